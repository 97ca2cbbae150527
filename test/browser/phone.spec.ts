import { expect, type Page, test } from "@playwright/test";
import { poll, saveScreen, waitForScreen, watchProblems } from "./helpers";

const SCREENS = ["fleet", "designer", "data", "serving"];

/**
 * Every control a player can use on the canvas right now: inside the window, at least 24 x 24
 * CSS px (WCAG 2.2, 2.5.8), and not under a DOM element (the chrome bar, a panel): the point a
 * tap lands on, its centre, is the canvas.
 */
async function expectTappable(page: Page, where: string, minSize = 24): Promise<number> {
  const found = await page.evaluate((min) => {
    const canvas = document.querySelector("#stage canvas");
    const problems: string[] = [];
    const shown = window.andy.controls().filter((c) => c.enabled);
    for (const { id, bounds: b } of shown) {
      if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > innerWidth + 0.5) {
        problems.push(`${id} is outside the window`);
      }
      if (b.y + b.height > innerHeight + 0.5) problems.push(`${id} is below the window`);
      if (b.width < min || b.height < min) {
        problems.push(`${id} is ${b.width.toFixed(1)} x ${b.height.toFixed(1)} CSS px`);
      }
      const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
      if (hit !== canvas) problems.push(`${id} is covered by ${hit?.id || hit?.tagName}`);
    }
    return { problems, count: shown.length };
  }, minSize);
  expect(found.problems, where).toEqual([]);
  return found.count;
}

/** CSS px per game px: the canvas's on-screen width over the game's width. */
function canvasScale(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector("#stage canvas") as HTMLCanvasElement;
    return canvas.getBoundingClientRect().width / canvas.width;
  });
}

async function tapControl(page: Page, id: string): Promise<void> {
  const control = await page.evaluate(
    (cid) => window.andy.controls().find((c) => c.id === cid && c.enabled),
    id,
  );
  if (!control) throw new Error(`no control ${id} to tap`);
  const { bounds: b } = control;
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}

/** The story panel fits above the chrome bar, and its log has room for a few lines. */
async function expectStoryRoom(page: Page, minLog: number): Promise<void> {
  const box = await page.evaluate(() => {
    const rect = (el: Element | null) => el?.getBoundingClientRect() ?? null;
    return {
      panel: rect(document.getElementById("story-panel")),
      log: rect(document.querySelector(".story-log")),
      chrome: rect(document.getElementById("chrome") ?? document.getElementById("mute")),
    };
  });
  if (!box.panel || !box.log || !box.chrome) throw new Error("no story panel or chrome bar");
  expect(box.log.height).toBeGreaterThanOrEqual(minLog);
  expect(box.panel.bottom).toBeLessThanOrEqual(box.chrome.top);
  expect(box.panel.top).toBeGreaterThanOrEqual(0);
}

test.describe("a phone in portrait (390 x 844, touch)", () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 3,
  });

  test("a whole run by taps: title, story, every screen's Commit, ending, report and history", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems = watchProblems(page);
    await page.goto("./");
    await waitForScreen(page, "title");
    // Portrait game size: text of 15 game px and up reads at 12 CSS px or more.
    expect(await canvasScale(page)).toBeGreaterThanOrEqual(12 / 15);
    expect(await expectTappable(page, "title")).toBeGreaterThanOrEqual(3);
    await saveScreen(page, "title-portrait");

    await tapControl(page, "new-game");
    await waitForScreen(page, "narrative");
    const panel = page.locator("#story-panel");
    await expect(panel).toBeVisible();
    await expectStoryRoom(page, 100);
    await saveScreen(page, "story-portrait");

    const visited: string[] = [];
    for (let step = 0; step < 400; step++) {
      const waiting = await page.evaluate(() => window.andy.waitingFor());
      if (waiting === "ending") break;
      if (waiting === "choice") {
        // The first choice, tapped once the choices are on screen (the panel ignores earlier input).
        const decided = await page.evaluate(() => window.andy.decisions().length);
        await page.waitForSelector('.story-choices[data-ready="true"]');
        // Taps land a little apart each time, as a finger's do: two taps on one spot in quick
        // succession are a double tap, whose second half the panel ignores on purpose.
        const choice = page.locator(".story-choice").first();
        const box = await choice.boundingBox();
        if (!box) throw new Error("the first choice is not on screen");
        await choice.tap({
          position: { x: box.width * (step % 2 ? 0.3 : 0.7), y: box.height / 2 },
        });
        await page.waitForFunction((n) => window.andy.decisions().length > n, decided);
      } else if (waiting === "page") {
        const before = await page.evaluate(() => window.andy.text());
        const next = page.locator(".story-continue");
        const box = await next.boundingBox();
        if (!box) throw new Error("Continue is not on screen");
        await next.tap({ position: { x: box.width * (step % 2 ? 0.3 : 0.7), y: box.height / 2 } });
        await page.waitForFunction((text) => window.andy.text() !== text, before);
      } else if (waiting === "screen") {
        await page.locator(".story-continue").tap();
        await page.waitForFunction(() => window.andy.screen !== "narrative");
        const screen = await page.evaluate(() => window.andy.screen);
        expect(SCREENS).toContain(screen);
        const decided = await page.evaluate(() => window.andy.decisions().length);
        await expectTappable(page, `${screen} (visit ${visited.length + 1})`);
        if (!visited.includes(screen)) await saveScreen(page, `${screen}-portrait-run`);
        visited.push(screen);
        await tapControl(page, "commit");
        await page.waitForFunction(() => window.andy.screen === "narrative");
        expect(await page.evaluate(() => window.andy.decisions().length)).toBe(decided + 1);
      } else {
        throw new Error(`unexpected story state ${waiting}`);
      }
    }
    expect(await page.evaluate(() => window.andy.waitingFor())).toBe("ending");
    expect(new Set(visited)).toEqual(new Set(SCREENS));
    await expectStoryRoom(page, 100);

    await expect(page.locator(".story-continue")).toHaveText("See how your run ended");
    await page.locator(".story-continue").tap();
    await waitForScreen(page, "report");
    const size = await page.evaluate(() => {
      const c = document.querySelector("#stage canvas") as HTMLCanvasElement;
      return { width: c.width, height: c.height };
    });
    expect(size.height).toBeGreaterThan(size.width);
    expect(await expectTappable(page, "report")).toBe(7);
    // The phone's card lists the decisions that moved the run once they are weighed, and its
    // words for screen readers name them.
    await poll(() => page.evaluate(() => window.andy.report()?.decisions ?? null)).not.toBeNull();
    const decisions = (await page.evaluate(() => window.andy.report()?.decisions)) ?? [];
    for (const d of decisions) {
      await expect(page.locator("#screen-summary")).toContainText(`${d.label}: ${d.effect}`);
    }
    await saveScreen(page, "report-portrait");

    // History from the card: the comparison fits the panel (no sideways overflow).
    await tapControl(page, "history");
    await waitForScreen(page, "history");
    const fit = await page.evaluate(() => {
      const panel = document.getElementById("history-panel") as HTMLElement;
      const box = panel.getBoundingClientRect();
      const tables = [...panel.querySelectorAll("table, select")].map(
        (t) => t.getBoundingClientRect().right,
      );
      return {
        left: box.left,
        right: box.right,
        overflow: panel.scrollWidth - panel.clientWidth,
        widest: Math.max(...tables),
        tables: tables.length,
      };
    });
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(390);
    expect(fit.tables).toBeGreaterThanOrEqual(3);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.widest).toBeLessThanOrEqual(fit.right);
    await saveScreen(page, "history-portrait");
    await page.locator("#history-back").tap();
    await waitForScreen(page, "title");
    await expectTappable(page, "title after a run");
    expect(problems).toEqual([]);
  });
});

test.describe("200% zoom (a 1280 x 720 window: 640 x 360 CSS px)", () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test("a whole run with the mouse: the title, the story panel, every screen and the report stay usable and uncut", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems = watchProblems(page);
    await page.goto("./");
    await waitForScreen(page, "title");
    // The compact game size: 16 px text at 12 CSS px.
    expect(await canvasScale(page)).toBeGreaterThanOrEqual(12 / 16);
    expect(await expectTappable(page, "title")).toBeGreaterThanOrEqual(3);
    await saveScreen(page, "title-zoom");

    await page.evaluate(() => window.andy.newGame(5));
    await waitForScreen(page, "narrative");
    await expect(page.locator(".story-choice").first()).toBeVisible();
    // The log keeps a few lines (it was 5 px), the panel most of the window's height.
    await expectStoryRoom(page, 60);
    const panel = await page.locator("#story-panel").boundingBox();
    expect(panel?.height ?? 0).toBeGreaterThan(360 * 0.6);
    // Every choice can be scrolled into view inside the panel and picked.
    const choices = page.locator(".story-choice");
    const count = await choices.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await choices.nth(count - 1).scrollIntoViewIfNeeded();
    const last = await choices.nth(count - 1).boundingBox();
    expect(last?.y ?? -1).toBeGreaterThanOrEqual(panel?.y ?? 0);
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(
      (panel?.y ?? 0) + (panel?.height ?? 0),
    );
    await saveScreen(page, "story-zoom");
    await expect(page.locator(".story-choices")).toHaveAttribute("data-ready", "true");
    await choices.nth(count - 1).click();
    await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(1);

    // On to an ending with the mouse: the story's buttons, and each screen's Commit on the canvas.
    // The management screens keep their 1280 x 720 layout here (half size: a stepper's row is 20
    // CSS px), so they are checked for nothing cut off or covered, not for the 24 px size.
    for (let step = 0; step < 600; step++) {
      const waiting = await page.evaluate(() => window.andy.waitingFor());
      if (waiting === "ending") break;
      if (waiting === "choice") {
        const decided = await page.evaluate(() => window.andy.decisions().length);
        await page.waitForSelector('.story-choices[data-ready="true"]');
        await page.locator(".story-choice").first().click();
        await page.waitForFunction((n) => window.andy.decisions().length > n, decided);
      } else if (waiting === "page") {
        const before = await page.evaluate(() => window.andy.text());
        await page.locator(".story-continue").click();
        await page.waitForFunction((text) => window.andy.text() !== text, before);
      } else if (waiting === "screen") {
        await page.locator(".story-continue").click();
        await page.waitForFunction(() => window.andy.screen !== "narrative");
        const screen = await page.evaluate(() => window.andy.screen);
        await expectTappable(page, `${screen} at 200%`, 0);
        const { bounds: c } = await page.evaluate(
          () =>
            window.andy.controls().find((x) => x.id === "commit" && x.enabled) ?? { bounds: null },
        );
        if (!c) throw new Error(`no Commit on ${screen}`);
        await page.mouse.click(c.x + c.width / 2, c.y + c.height / 2);
        await page.waitForFunction(() => window.andy.screen === "narrative");
      } else {
        throw new Error(`unexpected story state ${waiting}`);
      }
    }
    await expectStoryRoom(page, 60);
    await page.locator(".story-continue").click();
    await waitForScreen(page, "report");
    expect(await expectTappable(page, "report")).toBe(7);
    await saveScreen(page, "report-zoom");
    expect(problems).toEqual([]);
  });
});
