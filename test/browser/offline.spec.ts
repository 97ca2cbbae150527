import { expect, type Page, test } from "@playwright/test";
import { COLORS, css } from "../../src/ui/theme";
import { poll, waitForScreen, watchProblems } from "./helpers";

const GAME = "If I Trained GPT-4";

/** Waits until the service worker has installed (the app shell is cached) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? "none"), {
    message: "waiting for the service worker to control the page",
  }).toBe("activated");
}

/** Width and height from a PNG's IHDR. */
function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

test("after one visit the game reloads offline and plays to the story's first choice", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await waitForScreen(page, "title");
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const problems = watchProblems(page);
  const fromWorker: string[] = [];
  const fromNetwork: string[] = [];
  page.on("response", (res) =>
    (res.fromServiceWorker() ? fromWorker : fromNetwork).push(res.url()),
  );
  await page.reload();
  await waitForScreen(page, "title");

  await page.evaluate(() => window.andy.newGame(1));
  await waitForScreen(page, "narrative");
  await expect(page.locator("#story-panel")).toContainText("Chapter 1: Joining");
  await poll(() => page.evaluate(() => window.andy.waitingFor())).toBe("choice");
  const choices = await page.evaluate(() => window.andy.choices());
  expect(choices.length).toBeGreaterThan(1);
  await expect(page.locator(".story-choice")).toHaveCount(choices.length);

  // The page, its code (the story inside) and styles all came from the worker's cache.
  expect(fromNetwork).toEqual([]);
  expect(fromWorker.some((url) => /\/assets\/phaser-[\w-]+\.js$/.test(url))).toBe(true);
  expect(fromWorker.some((url) => /\/assets\/[\w-]+\.css$/.test(url))).toBe(true);
  expect(problems).toEqual([]);

  // The network really is gone, for the worker too: a file it does not keep cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch("./og-image.png").then(
      (res) => `HTTP ${res.status}`,
      () => "failed",
    ),
  );
  expect(uncached).toBe("failed");
});

test("an ending's page, with a query, opens offline from the worker as the game", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await waitForScreen(page, "title");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const problems = watchProblems(page);
  const fromNetwork: string[] = [];
  page.on("response", (res) => {
    if (!res.fromServiceWorker()) fromNetwork.push(res.url());
  });
  // The worker looks the page up without its query: the ending's page, not index.html (whose
  // relative paths would not resolve from ending/).
  await page.goto("./ending/turbo.html?screen=fleet&seed=1");
  await waitForScreen(page, "fleet");
  expect(
    await page.evaluate(() =>
      document.querySelector('meta[property="og:title"]')?.getAttribute("content"),
    ),
  ).toBe("The 10x Turbo · If I Trained GPT-4");
  expect(fromNetwork).toEqual([]);
  expect(problems).toEqual([]);
});

test("sounds heard once are kept by the worker and play offline", async ({ page, context }) => {
  await page.goto("./");
  await waitForScreen(page, "title");
  await waitForServiceWorker(page);
  const audio = new Set<string>();
  const heard = (req: { url(): string }) => {
    if (/\/audio\//.test(new URL(req.url()).pathname)) audio.add(req.url());
  };
  page.on("request", heard);
  // The first key press unlocks sound: the cues load (and the worker keeps them as they come).
  await page.keyboard.press("Shift");
  await poll(() => audio.size, { message: "waiting for the sounds to load" }).toBeGreaterThan(0);
  const kept = () =>
    page.evaluate(async () => (await (await caches.open("andy-audio")).keys()).map((r) => r.url));
  // Every sound fetched so far is kept (a later one, such as the music's next request on a busy
  // machine, joins the list and is waited for too).
  await poll(async () => {
    const cached = new Set(await kept());
    return [...audio].filter((url) => !cached.has(url));
  }).toEqual([]);
  page.off("request", heard);
  const fetched = audio.size;
  // Sounds are cached as they play, never precached: none sits in the app shell's cache.
  const precached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (name === "andy-audio") continue;
      for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    }
    return urls;
  });
  expect(precached.filter((url) => /\/audio\//.test(url))).toEqual([]);
  // Revisioned entries carry "?__WB_REVISION__=…".
  expect(precached.some((url) => new URL(url).pathname.endsWith("/index.html"))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await waitForScreen(page, "title");
  const problems = watchProblems(page);
  const served: string[] = [];
  page.on("response", (res) => {
    if (/\/audio\//.test(new URL(res.url()).pathname)) {
      served.push(`${res.status()} ${res.fromServiceWorker() ? "worker" : "network"}`);
    }
  });
  await page.keyboard.press("Shift");
  await poll(() => served.length).toBeGreaterThanOrEqual(fetched);
  expect(new Set(served)).toEqual(new Set(["200 worker"]));
  expect(problems).toEqual([]);
});

test("the page links a valid web app manifest whose icons load, and Chromium finds it installable", async ({
  page,
  request,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await waitForServiceWorker(page);

  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("./manifest.webmanifest");
  const manifestUrl = new URL(href ?? "", page.url()).href;
  const response = await request.get(manifestUrl);
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: GAME,
    short_name: "Train GPT-4",
    start_url: "./",
    scope: "./",
    display: "standalone",
    orientation: "any",
    theme_color: css(COLORS.background),
    background_color: css(COLORS.background),
  });
  expect(manifest.description.length).toBeGreaterThan(20);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  // Relative to the manifest: the game's own folder, wherever it is served.
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL("./", page.url()).href);

  const icons: { src: string; sizes: string; type: string; purpose: string }[] = manifest.icons;
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  const links = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLLinkElement>(
        'link[rel="icon"], link[rel="apple-touch-icon"]',
      ),
    ].map((l) => ({ href: l.href, sizes: l.sizes.value || "180x180" })),
  );
  expect(links).toHaveLength(3);
  for (const icon of [
    ...icons.map((i) => ({ href: new URL(i.src, manifestUrl).href, sizes: i.sizes })),
    ...links,
  ]) {
    const res = await request.get(icon.href);
    expect(res.status(), icon.href).toBe(200);
    expect(res.headers()["content-type"], icon.href).toContain("image/png");
    const [w, h] = pngSize(await res.body());
    expect(`${w}x${h}`, icon.href).toBe(icon.sizes);
  }

  // Chromium's own reading of the manifest, and its install criteria.
  const cdp = await page.context().newCDPSession(page);
  const parsed = await cdp.send("Page.getAppManifest");
  expect(parsed.errors).toEqual([]);
  expect(parsed.url).toBe(manifestUrl);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // A test's browser context is a throwaway profile, which Chromium never offers to install
  // into; every other criterion (manifest, icons, worker, scope) must hold.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
  expect(problems).toEqual([]);
});

test("the page title follows the screen: title, chapters, a screen, the ending, the report, history", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await expect(page).toHaveTitle(GAME);

  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  await expect(page).toHaveTitle(`Chapter 1 · ${GAME}`);

  // Play to the end through window.andy, noting the title on every screen and page.
  const seen = await page.evaluate(async () => {
    const a = window.andy;
    const screens = ["fleet", "designer", "data", "serving"];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 600 && !ok(); i++) await frame();
      if (!ok()) throw new Error(`stuck on ${a.screen} waiting for ${a.waitingFor()}`);
    };
    const log: { screen: string; title: string; heading: string | null }[] = [];
    const note = () => {
      const headings = document.querySelectorAll("#story-panel .story-chapter");
      log.push({
        screen: a.screen,
        title: document.title,
        heading: headings[headings.length - 1]?.textContent ?? null,
      });
    };
    for (let step = 0; step < 20_000; step++) {
      note();
      const waiting = a.waitingFor();
      if (waiting === "ending") return log;
      if (screens.includes(a.screen)) {
        a.commit();
        await until(() => !screens.includes(a.screen));
      } else if (waiting === "choice") a.choose(0);
      else if (waiting === "page") a.continue();
      else if (waiting === "screen") {
        a.continue();
        await until(() => screens.includes(a.screen));
      } else throw new Error(`unexpected state ${waiting} on ${a.screen}`);
    }
    throw new Error("no ending after 20,000 steps");
  });

  const NAMES: Record<string, string> = {
    fleet: "Fleet",
    designer: "Model Designer",
    data: "Data Mix",
    serving: "Serving Lab",
  };
  let last = 1;
  for (const { screen, title, heading } of seen) {
    const m =
      /^(?:(Fleet|Model Designer|Data Mix|Serving Lab|The end) — )?Chapter (\d+) · If I Trained GPT-4$/.exec(
        title,
      );
    expect(m, `${screen}: "${title}"`).not.toBeNull();
    const chapter = Number(m?.[2]);
    if (screen in NAMES) expect(m?.[1]).toBe(NAMES[screen]);
    // The chapter in the title is the one on the page, and chapters only move forward.
    if (screen === "narrative" && heading)
      expect(heading).toMatch(new RegExp(`^Chapter ${chapter}:`));
    expect(chapter).toBeGreaterThanOrEqual(last);
    last = chapter;
  }
  expect(last).toBeGreaterThan(3);
  expect(new Set(seen.map((s) => s.screen))).toEqual(
    new Set(["narrative", "fleet", "designer", "data", "serving", "ending"]),
  );
  await expect(page).toHaveTitle(`The end — Chapter ${last} · ${GAME}`);

  await page.evaluate(() => window.andy.continue());
  await waitForScreen(page, "report");
  const report = await page.evaluate(() => window.andy.report());
  expect(report?.title.length).toBeGreaterThan(3);
  await expect(page).toHaveTitle(`Report — ${report?.title} · ${GAME}`);

  await page.evaluate(() => window.andy.showHistory());
  await waitForScreen(page, "history");
  await expect(page).toHaveTitle(`Run history · ${GAME}`);
  expect(problems).toEqual([]);
});
