import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import jsQR from "jsqr";
import LZString from "lz-string";
import { unpackPayload } from "../../src/persist/pack";
import { COLORS, FONTS } from "../../src/ui/theme";
import { clickControl, poll, saveScreen, waitForScreen, watchProblems } from "./helpers";

const SAVE_KEY = "if-i-trained-gpt4:save";
const SCREENS = ["fleet", "designer", "data", "serving"];

/**
 * Plays to an ending through window.andy the way a person would: pick a choice
 * (`pick(n)` chooses among n options; the first by default), Continue, open
 * each screen the story asks for and commit its current plan.
 */
async function finishRun(page: Page, firstChoice = 0, laterChoices = 0): Promise<void> {
  await page.evaluate(
    async ({ first, later, screens }) => {
      const a = window.andy;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const until = async (ok: () => boolean) => {
        for (let i = 0; i < 600 && !ok(); i++) await frame();
        if (!ok()) throw new Error(`stuck on ${a.screen} waiting for ${a.waitingFor()}`);
      };
      let choices = 0;
      for (let step = 0; step < 20_000; step++) {
        const waiting = a.waitingFor();
        if (waiting === "ending") return;
        if (screens.includes(a.screen)) {
          a.commit();
          await until(() => !screens.includes(a.screen));
        } else if (waiting === "choice") {
          const n = a.choices().length;
          a.choose(Math.min(choices === 0 ? first : later, n - 1));
          choices += 1;
        } else if (waiting === "page") {
          a.continue();
        } else if (waiting === "screen") {
          a.continue();
          await until(() => screens.includes(a.screen));
        } else {
          throw new Error(`unexpected state ${waiting} on ${a.screen}`);
        }
      }
      throw new Error("no ending after 20,000 steps");
    },
    { first: firstChoice, later: laterChoices, screens: SCREENS },
  );
}

async function finishAndReport(page: Page, seed: number, firstChoice = 0, laterChoices = 0) {
  await page.evaluate((s) => window.andy.newGame(s), seed);
  await waitForScreen(page, "narrative");
  await finishRun(page, firstChoice, laterChoices);
  await page.evaluate(() => window.andy.continue());
  await waitForScreen(page, "report");
  const report = await page.evaluate(() => window.andy.report());
  if (!report) throw new Error("no report on the Report screen");
  return report;
}

/**
 * The card on show once the decisions that moved the run are weighed (the game replays the run
 * without each in the background, so the card fills them in a moment after it shows).
 */
async function weighedReport(page: Page) {
  await poll(() => page.evaluate(() => window.andy.report()?.decisions ?? null), {
    message: "the card's decisions are weighed",
  }).not.toBeNull();
  const report = await page.evaluate(() => window.andy.report());
  if (!report?.decisions) throw new Error("no weighed report on the Report screen");
  return { ...report, decisions: report.decisions };
}

async function start(page: Page): Promise<void> {
  await page.goto("./");
  await waitForScreen(page, "title");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A PNG's pixels (RGBA), decoded by the page's browser. */
async function pixels(page: Page, bytes: Buffer) {
  const { width, height, rgba } = await page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D context");
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = "";
    for (let i = 0; i < px.length; i += 0x8000)
      binary += String.fromCharCode(...px.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
  }, bytes.toString("base64"));
  return { width, height, data: new Uint8ClampedArray(Buffer.from(rgba, "base64")) };
}

/**
 * Counts a PNG's colours and lit pixels (red + green + blue over 200), and the bright ones (text:
 * over 300) inside each of `regions` ([x, y, width, height]).
 */
async function imageStats(
  page: Page,
  bytes: Buffer,
  regions: [number, number, number, number][] = [],
) {
  const { width, data } = await pixels(page, bytes);
  // One word a pixel, red in its low byte; the colour is its low three bytes.
  const words = new Uint32Array(data.buffer, data.byteOffset, data.length / 4);
  const colours = new Set<number>();
  let lit = 0;
  const bright = regions.map(() => 0);
  words.forEach((w, i) => {
    colours.add(w & 0xffffff);
    const sum = (w & 0xff) + ((w >> 8) & 0xff) + ((w >> 16) & 0xff);
    if (sum > 200) lit++;
    if (sum <= 300) return;
    const x = i % width;
    const y = Math.floor(i / width);
    regions.forEach(([rx, ry, w, h], k) => {
      if (x >= rx && x < rx + w && y >= ry && y < ry + h) bright[k] = (bright[k] ?? 0) + 1;
    });
  });
  return { colours: colours.size, litShare: lit / words.length, bright };
}

/** How many pixels of each colour (0xRRGGBB) a region of a PNG holds, exactly that colour. */
async function colourCounts(
  page: Page,
  bytes: Buffer,
  [rx, ry, rw, rh]: [number, number, number, number],
  colours: number[],
): Promise<number[]> {
  const { width, data } = await pixels(page, bytes);
  const counts = colours.map(() => 0);
  for (let y = ry; y < ry + rh; y++) {
    for (let x = rx; x < rx + rw; x++) {
      const i = (y * width + x) * 4;
      const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      const k = colours.indexOf(rgb);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  return counts;
}

/** The x just past the rightmost bright pixel (text) of a region of a PNG; the region's x if none. */
async function brightRightEdge(
  page: Page,
  bytes: Buffer,
  [rx, ry, rw, rh]: [number, number, number, number],
): Promise<number> {
  const { width, data } = await pixels(page, bytes);
  let edge = rx;
  for (let y = ry; y < ry + rh; y++) {
    for (let x = rx; x < rx + rw; x++) {
      const i = (y * width + x) * 4;
      if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) > 300)
        edge = Math.max(edge, x + 1);
    }
  }
  return edge;
}

/** How wide a line of text is in a font, as this browser sets it. */
function textWidth(page: Page, text: string, font: string): Promise<number> {
  return page.evaluate(
    ([text, font]) => {
      const ctx = new OffscreenCanvas(1, 1).getContext("2d");
      if (!ctx) throw new Error("no 2D context");
      ctx.font = font;
      return ctx.measureText(text).width;
    },
    [text, font] as const,
  );
}

/** The text of the QR code in a PNG, read by jsQR (another library than the one that drew it). */
async function qrText(page: Page, bytes: Buffer): Promise<string | null> {
  const { width, height, data } = await pixels(page, bytes);
  return jsQR(data, width, height)?.data ?? null;
}

/** Saves the card on show as a PNG (the "Save image" button) and returns its bytes. */
async function savedCard(page: Page): Promise<Buffer> {
  const downloading = page.waitForEvent("download");
  await clickControl(page, "save-image");
  return readFileSync(await (await downloading).path());
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

test("a finished run shows its card, and Save image downloads a 1200x630 PNG of it", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  const report = await finishAndReport(page, 4242);
  expect(report.source).toBe("own");
  expect(report.title.length).toBeGreaterThan(2);
  expect(report.numbers.map((n) => n.label)).toEqual([
    "Capability",
    "Cost per million tokens",
    "Demand served",
    "Perceived quality",
    "Licence risk",
    "GPT-4's training bill",
    "Training days",
  ]);
  expect(report.timeline[0]?.month).toBe("2021-09");
  expect(report.code).toBe(await page.evaluate(() => window.andy.shareCode()));
  await expect(page.locator("#screen-summary")).toContainText(report.title);
  // What was built, in one line, on the card and in its words for screen readers. This run
  // commits every screen as it opens and never trains a GPT-4, and says so (the History test
  // below reads the line of a run that does).
  expect(await page.evaluate(() => window.andy.world()?.models.gpt4 ?? null)).toBeNull();
  expect(report.model).toBe("GPT-4 was never trained in this run");
  await expect(page.locator("#screen-summary")).toContainText(report.model);
  // Its verdict: no GPT-4 served, and the Demand served row's share.
  const served = report.numbers.find((n) => n.key === "served")?.value;
  expect(report.verdict).toBe(`no GPT-4 served · ${served} of demand served`);
  await expect(page.locator("#screen-summary")).toContainText(report.verdict);
  // And where to play it: this page's host and folder.
  expect(report.address).toBe(`${new URL(page.url()).host}/`);
  await saveScreen(page, "report");

  const downloading = page.waitForEvent("download");
  await clickControl(page, "save-image");
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^if-i-trained-gpt4-${report.ending}-[a-z0-9]+\\.png$`),
  );
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  const stats = await imageStats(page, bytes);
  expect(stats.colours).toBeGreaterThan(30);
  expect(stats.litShare).toBeGreaterThan(0.01);
  await expect(page.locator("#status")).toContainText("Saved the card");

  // The card's picture: the fleet month by month, a bar a month under the numbers (the strip at
  // x 60, y 492, 432 x 36 px), each as tall as that month's fleet against the largest, split
  // into training, serving and research GPUs in the screens' colours. So each pool's pixels are
  // its GPUs' share of the bars' area: a bar (434 / months) - 2 px wide and 36 px tall for the
  // largest fleet; each segment's edges blend into the next, up to two rows of it.
  const fleet = report.fleet;
  expect(fleet[0]?.month).toBe("2021-09");
  // (Its first month, in the card's words for screen readers: the fleet plan the story opens with,
  // 8,000 A100s training and 1,500 serving the API of the 10,000, committed as it opened.)
  await expect(page.locator("#screen-summary")).toContainText(
    "The fleet went from 8,000 GPUs training, 1,500 GPUs serving and 500 GPUs on research in September 2021 to",
  );
  // Every month played, one after another, up to the one before the run's last decision.
  const monthAfter = (m: string) => {
    const [y, mm] = m.split("-").map(Number) as [number, number];
    return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, "0")}`;
  };
  for (const [i, m] of fleet.slice(1).entries()) {
    expect(m.month).toBe(monthAfter(fleet[i]?.month ?? ""));
  }
  expect(monthAfter(fleet.at(-1)?.month ?? "")).toBe(report.timeline.at(-1)?.month);
  const barWidth = Math.floor(434 / fleet.length) - 2;
  const most = Math.max(...fleet.map((m) => m.trainingGpus + m.servingGpus + m.researchGpus));
  const pools = ["trainingGpus", "servingGpus"] as const;
  const counted = await colourCounts(page, bytes, [60, 492, 432, 36], [0x0a7bc2, 0xe69f00]);
  pools.forEach((pool, k) => {
    const heights = fleet.map((m) => (m[pool] / most) * 36).filter((h) => h > 0);
    const area = heights.reduce((sum, h) => sum + h * barWidth, 0);
    const rows = heights.reduce((sum, h) => sum + Math.ceil(h) * barWidth, 0);
    expect(counted[k], pool).toBeLessThanOrEqual(rows);
    expect(counted[k], pool).toBeGreaterThanOrEqual(area - 2 * barWidth * heights.length);
    expect(counted[k], pool).toBeGreaterThan(0);
  });

  // Share falls back to what this browser can do, and says which.
  await clickControl(page, "share");
  await expect(page.locator("#status")).toContainText(/Shared|Copied|downloaded/);
  expect(problems).toEqual([]);
});

test("a finished run's picture holds a QR code of its run link, the link Copy link gives; an old version 1 link's card holds the game's address", async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const problems = watchProblems(page);
  await start(page);
  // A run that chooses and plans differently from the first test's, so its code is its own.
  const report = await finishAndReport(page, 31337, 1, 1);
  expect(report.code).toMatch(/^2\.[0-9A-V]+$/);
  await clickControl(page, "copy-link");
  await expect(page.locator("#status")).toContainText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(report.link);
  expect(copied).toContain(`#run=${report.code}`);
  // jsQR reads the QR code in the saved picture as exactly that link.
  expect(await qrText(page, await savedCard(page))).toBe(copied);

  // The same run as a version 1 code (lz-string of the same payload, as links made before
  // version 2 are) still opens; its link is too long for a QR code that scans at the card's
  // size, so the card's QR code holds the game's address.
  const payload = unpackPayload(report.code.slice(2), 200_000);
  if (!payload.ok) throw new Error("the card's code does not unpack");
  const v1 = `1.${LZString.compressToEncodedURIComponent(JSON.stringify(payload.value))}`;
  expect(v1.length).toBeGreaterThan(2 * report.code.length);
  const visitor = await freshPage(browser);
  const visitorProblems = watchProblems(visitor);
  await visitor.goto(`./ending/${report.ending}.html#run=${v1}`);
  await waitForScreen(visitor, "report");
  const seen = await visitor.evaluate(() => window.andy.report());
  expect(seen?.numbers).toEqual(report.numbers);
  expect(seen?.timeline).toEqual(report.timeline);
  expect(seen?.link).toContain(`#run=${v1}`);
  expect(await qrText(visitor, await savedCard(visitor))).toBe(new URL("./", page.url()).href);
  expect(problems).toEqual([]);
  expect(visitorProblems).toEqual([]);
  await visitor.context().close();
});

/** The endings' titles, as the card names them. */
const ENDING_TITLES = [
  "The Subpoena",
  "The Melted Fleet",
  "The Dense Giant",
  "Chinchilla's Warning",
  "The Nerfed Model",
  "The 10x Turbo",
  "Busy for a While",
];

/**
 * The card's five decision rows on its image: the panel from x 574, 64 px a row, up to where the
 * QR code's light square may start (its 204 px and quiet margin: x 952).
 */
const DECISION_ROWS: [number, number, number, number][] = [0, 1, 2, 3, 4].map((i) => [
  574,
  212 + i * 64,
  952 - 574,
  52,
]);

test("a finished run's card lists the decisions that moved it most, each with what it would have been without it", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  // Seed 100, the third option first and the second after, every screen committed as it opens:
  // the run that ends with the fleet melted (the History test below plays it too).
  await finishAndReport(page, 100, 2, 1);
  const report = await weighedReport(page);
  expect(report.ending).toBe("melted_fleet");
  expect(report.decisions.length).toBeGreaterThanOrEqual(3);
  expect(report.decisions.length).toBeLessThanOrEqual(5);
  // Each is one of the run's own choices (every screen was committed exactly as it opened, so no
  // commit moved anything), with the month it was made.
  for (const d of report.decisions) {
    expect(d.kind).toBe("choice");
    expect(report.timeline).toContainEqual({ month: d.month, kind: d.kind, label: d.label });
  }
  // Each says what the run would have ended with without it: another ending, or a number of
  // the card's verdict and what the card shows for it ("Without it: 100% quality, not 94%").
  for (const d of report.decisions) {
    const effect = /^Without it: (.+?)(?:, not (.+))?$/.exec(d.effect);
    expect(effect, d.effect).not.toBeNull();
    const [, without, actual] = effect ?? [];
    if (actual) {
      expect(report.verdict).toContain(actual);
      expect(without).not.toContain(actual);
    } else {
      expect(ENDING_TITLES).toContain(without);
      expect(without).not.toBe(report.title);
    }
  }
  // The most decisive first: this run's sparse plan (the conservative one) kept its GPT-4; the
  // other plans on offer would have trained none, and it would have ended with Chinchilla's warning.
  expect(report.decisions[0]?.label).toBe("Back the conservative plan: one run, no heroics");
  expect(report.decisions[0]?.effect).toBe("Without it: Chinchilla's Warning");
  // In the card's words for screen readers too.
  const summary = page.locator("#screen-summary");
  for (const d of report.decisions) {
    await expect(summary).toContainText(`${d.label}: ${d.effect}`);
  }
  await saveScreen(page, "report-decisions");

  // And on the image: the model's line under the title, GPT-4 as this run trained it, as wide as
  // its words in the card's 16 px monospace (from x 48, at y 146)...
  expect(report.model).toMatch(
    /^GPT-4: a mixture of experts, .* tokens · \d+ days on [\d,]+ GPUs$/,
  );
  const png = await savedCard(page);
  const modelWidth = await textWidth(page, report.model, `16px ${FONTS.mono}`);
  const modelEdge = await brightRightEdge(page, png, [48, 146, 1104, 18]);
  expect(modelEdge).toBeGreaterThan(48 + modelWidth - 8);
  expect(modelEdge).toBeLessThanOrEqual(48 + Math.ceil(modelWidth) + 1);
  // ...and a row of text for each decision, and nothing below the last.
  const { bright } = await imageStats(page, png, DECISION_ROWS);
  bright.forEach((lit, i) => {
    if (i < report.decisions.length) expect(lit, `row ${i + 1}`).toBeGreaterThan(200);
    else expect(lit, `row ${i + 1}`).toBe(0);
  });
  expect(problems).toEqual([]);
});

test("a run link opens the same ending and numbers in a fresh browser, without touching its save", async ({
  page,
  browser,
}) => {
  await start(page);
  const report = await finishAndReport(page, 777);

  const visitor = await freshPage(browser);
  const problems = watchProblems(visitor);
  await start(visitor);
  // The visitor has a run of their own in progress.
  await visitor.evaluate(() => {
    window.andy.newGame(5);
    window.andy.choose(0);
  });
  const theirSave = await visitor.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  expect(theirSave).not.toBeNull();

  // The link the card shares opens its ending's page, whose preview shows that ending.
  const link = new URL(report.link);
  expect(link.origin + link.pathname).toBe(
    new URL(`./ending/${report.ending}.html`, page.url()).href,
  );
  expect(link.hash).toMatch(/^#run=/);
  // The card's address is still the game's folder, not the ending's page.
  expect(report.address).toBe(`${new URL(page.url()).host}/`);
  await visitor.goto(report.link);
  await waitForScreen(visitor, "report");
  // The status line that says whose run it is sits above their card, not over its title: the
  // card's accent rule (its top edge, the first canvas row mostly of the accent colour) is
  // below the status box.
  const statusBox = await visitor.locator("#status").boundingBox();
  const cardTop = await visitor.evaluate((accent) => {
    const source = document.querySelector("#stage canvas") as HTMLCanvasElement;
    const ctx = Object.assign(document.createElement("canvas"), {
      width: source.width,
      height: source.height,
    }).getContext("2d");
    if (!ctx) return null;
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, source.width, source.height);
    const near = (i: number, c: number) => Math.abs((data[i] ?? 0) - c) <= 12;
    for (let y = 0; y < source.height; y++) {
      let run = 0;
      for (let x = 0; x < source.width; x++) {
        const i = (y * source.width + x) * 4;
        if (
          near(i, accent >> 16) &&
          near(i + 1, (accent >> 8) & 0xff) &&
          near(i + 2, accent & 0xff)
        )
          run++;
      }
      // In CSS pixels, as the status box is measured.
      const box = source.getBoundingClientRect();
      if (run > source.width / 2) return box.top + (y * box.height) / source.height;
    }
    return null;
  }, COLORS.accent);
  expect(statusBox).not.toBeNull();
  expect(cardTop).not.toBeNull();
  expect(cardTop ?? 0).toBeGreaterThan((statusBox?.y ?? 0) + (statusBox?.height ?? 0));
  const seen = await visitor.evaluate(() => window.andy.report());
  expect(seen?.source).toBe("link");
  expect(seen?.ending).toBe(report.ending);
  expect(seen?.title).toBe(report.title);
  expect(seen?.address).toBe(report.address);
  expect(seen?.numbers).toEqual(report.numbers);
  expect(seen?.timeline).toEqual(report.timeline);
  // The same decisions moved it most, weighed again by the visitor's game.
  expect((await weighedReport(visitor)).decisions).toEqual((await weighedReport(page)).decisions);
  expect(await visitor.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(theirSave);
  await saveScreen(visitor, "report-from-link");
  // The card says whose run it is and what the visitor can do (in words for screen readers too).
  await expect(visitor.locator("#screen-summary")).toContainText(
    "Their run, not yours: watch it page by page, play on from one of its chapters, or play your own.",
  );

  // "Watch it": their run from its first page on a run that is never saved. Each Continue turns
  // a page; their choices and plans are made for the visitor, so no choice or screen waits.
  await clickControl(visitor, "watch-run");
  await waitForScreen(visitor, "narrative");
  const waits = await visitor.evaluate(async () => {
    const a = window.andy;
    const seenWaits = new Set<string>();
    for (let page = 0; page < 2000 && a.waitingFor() !== "ending"; page++) {
      seenWaits.add(a.waitingFor() ?? "nothing");
      a.continue();
    }
    return { waits: [...seenWaits], ended: a.waitingFor() === "ending" };
  });
  expect(waits).toEqual({ waits: ["page"], ended: true });
  await visitor.evaluate(() => window.andy.continue());
  await waitForScreen(visitor, "report");
  const watched = await visitor.evaluate(() => window.andy.report());
  expect(watched?.source).toBe("link");
  expect(watched?.link).toBe(seen?.link);
  expect(watched?.numbers).toEqual(report.numbers);
  expect(watched?.timeline).toEqual(report.timeline);
  expect(await visitor.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(theirSave);

  // "Play from a chapter" lists the chapters their run reached (the ones its player's own title
  // offers to replay) and what they chose in each.
  const theirChapters = await page.evaluate(() => window.andy.checkpoints());
  await clickControl(visitor, "play-from");
  const chapters = visitor.getByRole("dialog", {
    name: "Play their run from a chapter, as your own",
  });
  await expect(chapters.locator(".dialog-options button")).toHaveCount(theirChapters.length);
  await expect(chapters.locator(".dialog-options button").first()).toContainText("They chose: ");
  await saveScreen(visitor, "play-from-chapter");
  await visitor.keyboard.press("Escape");
  await expect(chapters).toHaveCount(0);

  // "Play your own" leaves the link's card for a new run; it asks first, since the visitor's
  // own run is unfinished, and keeps that run to restore.
  await clickControl(visitor, "play-own");
  const ask = visitor.locator("#confirm-replace");
  await expect(ask).toContainText("Restore previous run");
  await ask.getByRole("button", { name: "Start the new run" }).click();
  await waitForScreen(visitor, "narrative");
  expect(await visitor.evaluate(() => localStorage.getItem("if-i-trained-gpt4:previous"))).toBe(
    theirSave,
  );
  expect(await visitor.evaluate(() => location.hash)).toBe("");
  expect(problems).toEqual([]);
  await visitor.context().close();
});

/** The ending pages the build writes, one per ending of the verdict (src/sim/verdict.ts). */
const ENDING_IDS = [
  "subpoena",
  "melted_fleet",
  "dense_giant",
  "chinchilla_warning",
  "nerfed",
  "turbo",
  "busy",
];

test("each ending's page previews it with a 1200x630 picture of its own, and plays the game", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  const meta = (html: string, key: string) =>
    new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`).exec(html)?.[1] ?? null;
  const gameImage = (await page.request.get("./og-image.png")).body();
  const seen = new Set<string>([(await gameImage).toString("base64")]);
  const titles = new Set<string>();
  for (const id of ENDING_IDS) {
    const res = await page.request.get(`./ending/${id}.html`);
    expect(res.status(), id).toBe(200);
    expect(res.headers()["content-type"], id).toMatch(/^text\/html/);
    const html = await res.text();
    const at = new URL(`./ending/${id}.html`, page.url()).href;
    // Relative URLs on the page resolve against its <base>, the game's folder.
    const base = new URL(/<base\s+href="([^"]*)"/.exec(html)?.[1] ?? "", at).href;
    expect(base, id).toBe(new URL("./", page.url()).href);
    const image = meta(html, "og:image");
    expect(meta(html, "twitter:image"), id).toBe(image);
    expect(new URL(image ?? "", base).href, id).toBe(
      new URL(`./ending/${id}.png`, page.url()).href,
    );
    const picture = await page.request.get(new URL(image ?? "", base).href);
    expect(picture.status(), id).toBe(200);
    expect(picture.headers()["content-type"], id).toBe("image/png");
    const bytes = await picture.body();
    expect(pngSize(bytes), id).toEqual({ width: 1200, height: 630 });
    seen.add(bytes.toString("base64"));
    const title = meta(html, "og:title") ?? "";
    expect(title, id).toMatch(/ · If I Trained GPT-4$/);
    titles.add(title);
  }
  // Seven pictures and titles, none of them the game's own.
  expect(seen.size).toBe(ENDING_IDS.length + 1);
  expect(titles.size).toBe(ENDING_IDS.length);
  expect(meta(await (await page.request.get("./ending/turbo.html")).text(), "og:title")).toBe(
    "The 10x Turbo · If I Trained GPT-4",
  );

  // An ending's page is the game: its title screen, and `?screen=` as on index.html, with every
  // file it loads found one folder up.
  await page.goto("./ending/busy.html");
  await waitForScreen(page, "title");
  await page.goto("./ending/busy.html?screen=designer&seed=1");
  await waitForScreen(page, "designer");
  expect(await page.evaluate(() => window.andy.seed)).toBe(1);
  expect(problems).toEqual([]);
});

test("bad run links get a clear message and the title screen, never a crash or a changed save", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => {
    window.andy.newGame(12);
    window.andy.choose(1);
  });
  const save = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  const valid = await page.evaluate(() => window.andy.shareCode());
  if (!valid) throw new Error("no share code");
  const html = '<img src=x onerror="window.__pwned=1">';
  const cases: Array<[string, RegExp]> = [
    [`9${valid.slice(1)}`, /version 9/],
    [valid.slice(0, 5), /damaged|cut short|not a valid/i],
    ["not-a-code", /not a run code/],
    [`1.${LZString.compressToEncodedURIComponent(JSON.stringify([1, html, []]))}`, /valid run/],
    // A legal code that stops before an ending.
    [valid, /does not reach an ending/],
    // A choice the story does not offer.
    [`1.${LZString.compressToEncodedURIComponent(JSON.stringify([1, "", [7]]))}`, /choice 8/],
  ];
  for (const [code, message] of cases) {
    await page.goto(`./#run=${encodeURIComponent(code)}`);
    await waitForScreen(page, "title");
    await expect(page.locator("#status")).toContainText(message);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(save);
  }
  // Text from a code never reaches the page: the message names the field and its rule.
  await page.goto(
    `./#run=1.${LZString.compressToEncodedURIComponent(JSON.stringify([1, html, []]))}`,
  );
  await waitForScreen(page, "title");
  await expect(page.locator("#status")).toContainText("its story build has characters");
  await expect(page.locator("#status")).not.toContainText("<img");
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test("a run continues after reloading the page", async ({ page }) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => {
    window.andy.newGame(31);
    window.andy.choose(2);
    window.andy.choose(0);
  });
  const before = await page.evaluate(() => ({
    decisions: window.andy.decisions(),
    text: window.andy.text(),
    waiting: window.andy.waitingFor(),
  }));
  await page.reload();
  await waitForScreen(page, "title");
  await clickControl(page, "continue");
  await waitForScreen(page, "narrative");
  const after = await page.evaluate(() => ({
    decisions: window.andy.decisions(),
    text: window.andy.text(),
    waiting: window.andy.waitingFor(),
    seed: window.andy.seed,
  }));
  expect(after.seed).toBe(31);
  expect(after.decisions).toEqual(before.decisions);
  expect(after.waiting).toBe(before.waiting);
  expect(after.text).toBe(before.text);
  expect(problems).toEqual([]);
});

test("a corrupt save is reported and kept aside, settings survive, and a new game starts", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate((key) => {
    localStorage.setItem("if-i-trained-gpt4:settings", JSON.stringify({ version: 1, muted: true }));
    localStorage.setItem(key, '{"format":"if-i-trained-gpt4/save","version":1,"seed":"x"');
  }, SAVE_KEY);
  await page.reload();
  await waitForScreen(page, "title");
  await expect(page.locator("#status")).toContainText("could not be resumed");
  await expect(page.locator("#status")).toContainText("A copy was kept aside");
  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(stored[SAVE_KEY]).toBeUndefined();
  const kept = Object.keys(stored).filter((k) => k.startsWith("if-i-trained-gpt4:quarantine:"));
  expect(kept).toHaveLength(1);
  expect(stored[kept[0] as string]).toContain('"seed":"x"');
  expect(JSON.parse(stored["if-i-trained-gpt4:settings"] ?? "{}")).toMatchObject({ muted: true });
  expect(
    (await page.evaluate(() => window.andy.controls())).find((c) => c.id === "continue"),
  ).toMatchObject({ enabled: false });
  await clickControl(page, "new-game");
  await waitForScreen(page, "narrative");
  expect(problems).toEqual([]);
});

test("rewind undoes the last choice (ten times over) and another can be picked", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => window.andy.newGame(8));
  await waitForScreen(page, "narrative");
  const rewind = page.locator(".story-rewind");
  await expect(rewind).toBeHidden();
  const firstChoices = await page.evaluate(() => window.andy.choices());
  await page.locator(".story-choice").first().click();
  await expect(rewind).toBeVisible();
  await rewind.click();
  await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(0);
  expect(await page.evaluate(() => window.andy.choices())).toEqual(firstChoices);
  await page.locator(".story-choice").nth(1).click();
  const picked = await page.evaluate(() => window.andy.decisions());
  expect(picked[0]).toMatchObject({ kind: "choice", index: 1 });

  // Make a dozen decisions, then rewind ten of them one at a time.
  await page.evaluate(async (screens) => {
    const a = window.andy;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    while (a.decisions().length < 12 && a.waitingFor() !== "ending") {
      if (screens.includes(a.screen)) {
        a.commit();
        while (screens.includes(a.screen)) await frame();
      } else if (a.waitingFor() === "choice") a.choose(0);
      else if (a.waitingFor() === "page") a.continue();
      else {
        a.continue();
        while (!screens.includes(a.screen)) await frame();
      }
    }
  }, SCREENS);
  await waitForScreen(page, "narrative");
  const made = await page.evaluate(() => window.andy.decisions());
  expect(made.length).toBeGreaterThanOrEqual(12);
  for (let i = 1; i <= 10; i++) {
    await page.locator(".story-rewind").click();
    await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(made.length - i);
  }
  expect(await page.evaluate(() => window.andy.decisions())).toEqual(made.slice(0, -10));
  expect(problems).toEqual([]);
});

test("two finished runs compare side by side on the History screen, and chapters replay", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  const a = await finishAndReport(page, 100, 0);
  // Run B answers every later question with its second option too, so its numbers differ.
  const b = await finishAndReport(page, 100, 2, 1);
  // Run B trains a GPT-4: its card's one line says what it is and how long it took on how many
  // GPUs, the same days as its Training days row.
  const daysB = b.numbers.find((n) => n.key === "days")?.value ?? "";
  expect(daysB).toMatch(/^\d+ days$/);
  expect(b.model).toMatch(
    /^GPT-4: (a mixture of experts, [\d,.]+B \([\d,.]+B active\)|dense, [\d,.]+B)/,
  );
  expect(b.model).toMatch(/ · [\d.]+[TB] tokens · /);
  expect(b.model).toContain(` · ${daysB} on `);
  expect(b.model).toMatch(/ on [\d,]+ GPUs$/);
  // Its verdict reads the ratio off its cost row's detail, and its quality and served rows.
  const rowB = (key: string) => b.numbers.find((n) => n.key === key);
  const change = /· ([\d.]+x (cheaper|dearer)|no cheaper)$/.exec(rowB("cost")?.detail ?? "")?.[1];
  expect(b.verdict).toBe(
    `${change} than at launch · ${rowB("quality")?.value} quality · ${rowB("served")?.value} served`,
  );
  await saveScreen(page, "report-gpt4");
  await clickControl(page, "history");
  await waitForScreen(page, "history");
  const compare = page.locator("#history-compare");
  await expect(compare).toContainText(a.title);
  await expect(compare).toContainText(b.title);
  for (const n of [...a.numbers, ...b.numbers]) await expect(compare).toContainText(n.value);
  await expect(compare).toContainText("Both runs made the same first 0 decisions");
  const firstA = a.timeline[0]?.label ?? "";
  const firstB = b.timeline[0]?.label ?? "";
  expect(firstA).not.toBe(firstB);
  await expect(compare).toContainText(firstA);
  await expect(compare).toContainText(firstB);
  // Each number that differs is coloured better in one run and worse in the other, and says so
  // in words: more capability is better, a lower price a million tokens is better.
  const judged = await page.evaluate(() =>
    [...document.querySelectorAll(".history-numbers tr")].map((tr) => {
      const [name, x, y] = [...tr.children] as HTMLElement[];
      const side = (td?: HTMLElement) =>
        td?.classList.contains("better")
          ? "better"
          : td?.classList.contains("worse")
            ? "worse"
            : "";
      return {
        name: name?.textContent ?? "",
        a: x?.firstChild?.textContent ?? "",
        b: y?.firstChild?.textContent ?? "",
        verdicts: [side(x), side(y)],
        words: [
          x?.querySelector(".verdict")?.textContent ?? "",
          y?.querySelector(".verdict")?.textContent ?? "",
        ],
      };
    }),
  );
  const capability = judged.find((r) => r.name === "Capability");
  if (!capability) throw new Error("no capability row");
  const capA = Number.parseFloat(capability.a);
  const capB = Number.parseFloat(capability.b);
  expect(capA).not.toBe(capB);
  expect(capability.verdicts).toEqual(capA > capB ? ["better", "worse"] : ["worse", "better"]);
  expect(capability.words.map((w) => w.trim())).toEqual(capability.verdicts);
  for (const r of judged) {
    if (r.a === r.b) expect(r.verdicts, r.name).toEqual(["", ""]);
    else if (r.verdicts[0]) expect([...r.verdicts].sort(), r.name).toEqual(["better", "worse"]);
  }
  await saveScreen(page, "history");

  // Back to the title: its Endings button counts the endings the two runs reached, and opens a
  // gallery of all seven, the reached ones dated, the others with a hint.
  await page.locator("#history-back").click();
  await waitForScreen(page, "title");
  const reached = [...new Set([a.ending, b.ending])];
  const endingsLabel = () =>
    page.evaluate(() => window.andy.controls().find((c) => c.id === "endings")?.label);
  await poll(endingsLabel).toBe(`Endings ${reached.length}/7`);
  await clickControl(page, "endings");
  const gallery = page.getByRole("dialog", { name: `Endings reached: ${reached.length} of 7` });
  await expect(gallery).toBeVisible();
  await expect(gallery.locator("h3")).toHaveCount(7);
  const runsAt = (e: string) => [a.ending, b.ending].filter((x) => x === e).length;
  for (const [ending, title] of [
    [a.ending, a.title],
    [b.ending, b.title],
  ]) {
    const section = gallery
      .locator("h3", { hasText: title })
      .locator("xpath=following-sibling::p[2]");
    const runs = runsAt(ending ?? "") === 1 ? "in one run" : "in 2 runs";
    await expect(section).toHaveText(new RegExp(`^Reached: first in \\w+ \\d{4}, ${runs}\\.$`));
  }
  await expect(gallery.getByText("Not reached yet.")).toHaveCount(7 - reached.length);
  await expect(gallery.getByText(/^Hint: /)).toHaveCount(7 - reached.length);
  await saveScreen(page, "endings-gallery");
  await page.keyboard.press("Escape");
  await expect(gallery).toHaveCount(0);
  await poll(() =>
    page.evaluate(() => window.andy.controls().find((c) => c.id === "endings")?.focused),
  ).toBe(true);

  // The last run's chapters can be replayed with other choices.
  const checkpoints = await page.evaluate(() => window.andy.checkpoints());
  expect(checkpoints[0]).toMatchObject({ chapter: 1, decisions: 0 });
  const last = checkpoints.at(-1);
  if (!last) throw new Error("no checkpoints");
  // The dialog names each chapter as the story does and says what run B chose there first.
  const chapterOne = /^# chapter: 1 (.+)$/m.exec(readFileSync("story/chapter1.ink", "utf8"))?.[1];
  await clickControl(page, "replay-chapter");
  const dialog = page.getByRole("dialog");
  const options = dialog.locator(".dialog-options button");
  await expect(options).toHaveCount(checkpoints.length);
  await expect(options.first()).toContainText(`Chapter 1 · ${chapterOne}`);
  await expect(options.first()).toContainText(`Last time: ${firstB}`);
  await saveScreen(page, "replay-chapter");
  await options.last().click();
  await waitForScreen(page, "narrative");
  expect(await page.evaluate(() => window.andy.decisions().length)).toBe(last.decisions);
  expect(problems).toEqual([]);
});

test("a save exports to a file and imports in another browser", async ({ page, browser }) => {
  await start(page);
  await page.evaluate(() => {
    window.andy.newGame(64);
    window.andy.choose(1);
    window.andy.choose(1);
  });
  const decisions = await page.evaluate(() => window.andy.decisions());
  await page.evaluate(() => window.andy.continue()); // into the screen the story waits for, or on
  await page.goto("./");
  await waitForScreen(page, "title");
  const downloading = page.waitForEvent("download");
  await clickControl(page, "export-save");
  const file = readFileSync(await (await downloading).path(), "utf8");
  expect(JSON.parse(file)).toMatchObject({ format: "if-i-trained-gpt4/save", seed: 64 });

  const other = await freshPage(browser);
  const problems = watchProblems(other);
  await start(other);
  expect(await other.evaluate(() => window.andy.importSave("{ not json"))).toBe(false);
  await expect(other.locator("#status")).toContainText("cannot be imported");
  expect(await other.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
  expect(await other.evaluate((text) => window.andy.importSave(text), file)).toBe(true);
  await waitForScreen(other, "narrative");
  expect(await other.evaluate(() => window.andy.decisions())).toEqual(decisions);
  expect(problems).toEqual([]);
  await other.context().close();
});
