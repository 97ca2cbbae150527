import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

/** Collects console errors, page errors and failed requests for a page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => {
    // Music streams: Chromium cancels a paused audio element's download once it has buffered
    // enough and resumes it later with a range request. That abort is streaming, not a fault.
    const aborted = req.failure()?.errorText === "net::ERR_ABORTED";
    if (req.resourceType() === "media" && aborted) return;
    // The tab's icon is the browser's fetch, not the game's: a reload or a new page while it is
    // in flight cancels it, and the next page fetches it again.
    if (aborted && new URL(req.url()).pathname.includes("/icons/")) return;
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/**
 * expect.poll, looking again after 25 ms and then every 50 ms: left to itself it backs off to a
 * second between looks, and a test that waits for a fade or a file spends most of that second
 * after the fact.
 */
export function poll<T>(
  read: () => T | Promise<T>,
  options: { message?: string; timeout?: number } = {},
) {
  return expect.poll(read, { intervals: [25, 50], ...options });
}

/**
 * Asserts that the element `selector` comes to contain `text`, looking every animation frame
 * first: expect's own retries look again after 100, 250 and 500 ms, and a loop of checks that
 * each come true a frame later spends most of its time between looks. On a timeout the assertion
 * itself fails, with its message.
 */
export async function expectTextSoon(
  page: Page,
  selector: string,
  text: string,
  message?: string,
): Promise<void> {
  await page
    .waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent?.includes(text) ?? false,
      [selector, text] as const,
      { polling: "raf", timeout: 5_000 },
    )
    .catch(() => {});
  await expect(page.locator(selector), message).toContainText(text);
}

/**
 * Waits for a screen, checking every animation frame (expect.poll would back off to a second
 * between looks). The title draws before the game behind it has loaded (src/game/core.ts), so
 * waiting for the title also waits for that: the tests act on it at once, as a player a moment
 * later would.
 */
export async function waitForScreen(page: Page, screen: string, timeout = 15_000): Promise<void> {
  const there = (asked: string) => {
    const andy = window.andy;
    if (!andy) return false;
    return andy.screen === asked && (asked !== "title" || andy.loaded);
  };
  try {
    await page.waitForFunction(there, screen, { timeout });
  } catch (err) {
    const now = await page
      .evaluate(() =>
        window.andy ? `${window.andy.screen}, loaded ${window.andy.loaded}` : "no hook",
      )
      .catch(() => "the page is gone");
    throw new Error(`waiting for ${screen}: still on ${now} (${(err as Error).message})`);
  }
}

export async function controlBounds(page: Page, id: string) {
  const control = await page.evaluate(
    (cid) => window.andy.controls().find((c) => c.id === cid),
    id,
  );
  if (!control) throw new Error(`no control ${id} on screen`);
  return control;
}

/** Clicks the centre of a canvas control, as a player's mouse would. */
export async function clickControl(page: Page, id: string): Promise<void> {
  const { bounds } = await controlBounds(page, id);
  await page.mouse.click(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
}

/** Saves a screenshot for a person to look at, under test-results/screens/. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  mkdirSync("test-results/screens", { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** Statistics of the canvas pixels, read in the page (the canvas keeps its buffer). */
export function canvasStats(page: Page) {
  return page.evaluate(() => {
    const source = document.querySelector("#stage canvas") as HTMLCanvasElement | null;
    if (!source) return { colours: 0, litShare: 0, width: 0, height: 0 };
    const copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext("2d");
    if (!ctx) return { colours: 0, litShare: 0, width: 0, height: 0 };
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const colours = new Set<number>();
    let lit = 0;
    for (let i = 0; i < data.length; i += 16) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      colours.add((r << 16) | (g << 8) | b);
      if (r + g + b > 120) lit += 1;
    }
    return {
      colours: colours.size,
      litShare: lit / (data.length / 16),
      width: copy.width,
      height: copy.height,
    };
  });
}

/** What has the browser's focus: a twin's control id, or the element's tag and text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const twin = active?.closest("[data-control]") as HTMLElement | null;
    if (twin?.dataset.control) return twin.dataset.control;
    return `${active?.tagName ?? "none"}:${(active?.textContent ?? "").trim().slice(0, 40)}`;
  });
}

/**
 * Presses Tab, or Shift+Tab when that is the shorter way round, until the twin of `id` has the
 * focus, as a keyboard user would: Commit, the last control of a screen, is a few Shift+Tabs
 * from its first control but twenty Tabs. It counts the Tab stops between the focus and the
 * target in the page's order first (a radio group is one stop); forwards it presses that many,
 * then checks and steps on one at a time if the count was off (the browser's order is the
 * truth); backwards it checks after every stop.
 */
export async function tabTo(page: Page, id: string): Promise<void> {
  const stops = await page.evaluate((target) => {
    const all = [
      ...document.querySelectorAll<HTMLElement>(
        "button, input, [tabindex]:not([tabindex='-1']), a[href]",
      ),
    ].filter((el) => {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
      if (el.closest("[hidden]") || el.getClientRects().length === 0) return false;
      if (el instanceof HTMLInputElement && el.type === "radio") return el.checked;
      return true;
    });
    const active = document.activeElement;
    const from = active instanceof HTMLElement ? all.indexOf(active) : -1;
    const to = all.findIndex(
      (el) => el.closest("[data-control]")?.getAttribute("data-control") === target,
    );
    if (to === -1) return 0;
    if (from === -1) return to + 1;
    const forward = (to - from + all.length) % all.length;
    // Going back past the first stop, the focus leaves the page once before it wraps round to
    // the last: one stop more than the count.
    const backward = from >= to ? from - to : from + 1 + (all.length - to);
    return backward < forward ? -backward : forward;
  }, id);
  const key = stops < 0 ? "Shift+Tab" : "Tab";
  if (stops > 0) for (let i = 0; i < stops; i++) await page.keyboard.press(key);
  // Where the focus goes once it leaves the page is the browser's business: going back, check
  // after every stop.
  for (let i = 0; i < 120; i++) {
    if ((await focused(page)) === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${id}`);
}

/**
 * Waits until the game has stepped at least once since now: Phaser handles queued keys and
 * pointer moves once per step, and starts or restarts the scenes asked for then; its step runs
 * before any callback asked for after it, so the second animation frame from here comes after a
 * whole step.
 */
export function frames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
