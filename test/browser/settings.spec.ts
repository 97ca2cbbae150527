import { expect, type Page, test } from "@playwright/test";
import { clickControl, poll, saveScreen, waitForScreen, watchProblems } from "./helpers";

const SETTINGS_KEY = "if-i-trained-gpt4:settings";

/** The canvas pixel at a game position (1280 x 720 layout), read from the kept buffer. */
function canvasPixel(page: Page, x: number, y: number) {
  return page.evaluate(
    ({ x, y }) => {
      const source = document.querySelector("#stage canvas") as HTMLCanvasElement | null;
      if (!source) return null;
      const copy = document.createElement("canvas");
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext("2d");
      if (!ctx) return null;
      ctx.drawImage(source, 0, 0);
      const sx = source.width / 1280;
      const [r, g, b] = ctx.getImageData(Math.round(x * sx), Math.round(y * sx), 1, 1).data;
      return ((r ?? 0) << 16) | ((g ?? 0) << 8) | (b ?? 0);
    },
    { x, y },
  );
}

/**
 * Plays until the panel has moved past a page (a page break, or a screen committed) inside a
 * chapter; returns the text of the page before.
 */
async function pastAPageBreak(page: Page): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const waiting = await page.evaluate(() => window.andy.waitingFor());
    if (waiting === "choice") {
      await page.evaluate(() => window.andy.choose(0));
      continue;
    }
    const before = await page.evaluate(() => window.andy.text());
    if (waiting === "page") await page.evaluate(() => window.andy.continue());
    else if (waiting === "screen") {
      await page.evaluate(() => window.andy.continue());
      await poll(() => page.evaluate(() => window.andy.screen)).not.toBe("narrative");
      await page.evaluate(() => window.andy.commit());
      await waitForScreen(page, "narrative");
    } else throw new Error(`the story waits for ${waiting}`);
    const after = await page.evaluate(() => window.andy.text());
    if (!after.startsWith("Chapter")) return before;
  }
  throw new Error("no page break found");
}

test("settings changed in the dialog apply at once and persist across a reload", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  // The dark theme's background (0x0d1117) behind the title, between the backdrop's grid lines.
  await poll(() => canvasPixel(page, 20, 20)).toBe(0x0d1117);

  await clickControl(page, "settings");
  const dialog = page.locator("#settings");
  await expect(dialog).toBeVisible();
  await expect(page.locator("#setting-textScale")).toBeFocused();
  await page.locator("#setting-textScale").fill("150");
  await page.locator("#setting-musicVolume").fill("30");
  await page.locator("#setting-effectsVolume").fill("70");
  await dialog.getByLabel("Light").check();
  // Applied at once: the CSS variables, and the canvas repainted in the light background.
  const cssVar = (name: string) =>
    page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n), name);
  expect(await cssVar("--bg")).toBe("#f6f8fa");
  expect(await cssVar("--text-scale")).toBe("1.5");
  await poll(() => canvasPixel(page, 20, 20)).toBe(0xf6f8fa);
  // Tab stays inside the dialog; Esc closes it.
  for (let i = 0; i < 20; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("#settings"))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await page.reload();
  await waitForScreen(page, "title");
  expect(
    JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY)) ?? "{}"),
  ).toMatchObject({
    version: 2,
    textScale: 1.5,
    musicVolume: 0.3,
    effectsVolume: 0.7,
    theme: "light",
  });
  expect(await cssVar("--bg")).toBe("#f6f8fa");
  await poll(() => canvasPixel(page, 20, 20)).toBe(0xf6f8fa);
  await clickControl(page, "settings");
  await expect(page.locator("#setting-musicVolume")).toHaveValue("30");
  await expect(page.locator("#setting-effectsVolume")).toHaveValue("70");
  await expect(page.locator("#setting-textScale")).toHaveValue("150");
  await page.keyboard.press("Escape");

  // Text size reaches the story text: 1.08rem x 1.5 = 25.92 px.
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  const size = await page.evaluate(
    () => getComputedStyle(document.getElementById("story-panel") as HTMLElement).fontSize,
  );
  expect(Number.parseFloat(size)).toBeCloseTo(25.92, 1);
  expect(problems).toEqual([]);
});

test("Esc on the story opens the menu: the backlog keeps the page before, and Save and return to title reaches Continue", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  await expect(page.locator("#menu-button")).toBeVisible();
  const earlier = await pastAPageBreak(page);
  // The panel shows the new page only.
  const firstLine = earlier.split("\n").filter((l) => l.length > 20)[0] ?? "";
  expect(firstLine).not.toBe("");
  expect(await page.evaluate(() => window.andy.text())).not.toContain(firstLine);

  await page.keyboard.press("Escape");
  const menu = page.locator("#game-menu");
  await expect(menu).toBeVisible();
  await menu.getByRole("button", { name: "This chapter's text" }).click();
  const backlog = page.locator("#backlog");
  await expect(backlog).toContainText(firstLine);
  await page.keyboard.press("Escape");
  // Back in the menu, on the item that opened the backlog.
  await expect(menu.getByRole("button", { name: "This chapter's text" })).toBeFocused();
  await menu.getByRole("button", { name: "Glossary" }).click();
  await expect(page.locator("#glossary")).toContainText("Chinchilla");
  await page.keyboard.press("Escape");
  await menu.getByRole("button", { name: "Save and return to title" }).click();
  await waitForScreen(page, "title");
  const decisions = await page.evaluate(() => window.andy.decisions().length);
  expect(await page.evaluate(() => window.andy.saving().kept)).toBe(decisions);
  const resume = await page.evaluate(() => window.andy.controls().find((c) => c.id === "continue"));
  expect(resume?.enabled).toBe(true);
  expect(problems).toEqual([]);
});

test("the reduced motion setting stills the rack lights, and stays set", async ({ page }) => {
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => window.andy.animations)).toBeGreaterThan(100);
  await clickControl(page, "settings");
  await page.locator("#setting-reducedMotion").selectOption("reduce");
  await poll(() => page.evaluate(() => window.andy.animations)).toBe(0);
  await page.keyboard.press("Escape");
  await page.reload();
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => window.andy.animations)).toBe(0);
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  expect(await page.evaluate(() => window.andy.animations)).toBe(0);
});

test("line-by-line pacing shows one paragraph per Continue, and Space shows the rest", async ({
  page,
}) => {
  await page.addInitScript(
    (key) => localStorage.setItem(key, JSON.stringify({ version: 2, pacing: "line" })),
    SETTINGS_KEY,
  );
  await page.goto("./");
  await waitForScreen(page, "title");
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  const shown = () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll("#story-panel .story-log > *")).filter(
          (el) => !(el as HTMLElement).hidden,
        ).length,
    );
  const all = await page.evaluate(
    () => document.querySelectorAll("#story-panel .story-log > *").length,
  );
  expect(all).toBeGreaterThan(2);
  expect(await shown()).toBe(1);
  await page.locator(".story-continue").click();
  expect(await shown()).toBe(2);
  await page.keyboard.press(" ");
  expect(await shown()).toBe(all);
  await expect(page.locator(".story-show-all")).toBeHidden();
});

test("text read in an earlier run is marked, and Skip read text goes through it to the next choice, stopping at new text", async ({
  page,
}) => {
  const problems = watchProblems(page);
  // Line pacing, so that skipping has paragraphs to show as well as pages to turn.
  await page.addInitScript(
    (key) => localStorage.setItem(key, JSON.stringify({ version: 2, pacing: "line" })),
    SETTINGS_KEY,
  );
  await page.goto("./");
  await waitForScreen(page, "title");
  const log = page.locator("#story-panel .story-log");
  const paragraphs = log.locator("p:not(.story-skipped)");
  const shown = () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll("#story-panel .story-log p:not(.story-skipped)"))
          .map((el) => el as HTMLElement)
          .filter((el) => !el.closest("[hidden]")).length,
    );
  const skip = page.getByRole("button", { name: "Skip read text" });
  const choices = page.locator(".story-choices");
  const choose = async (key: string) => {
    await expect(choices).toHaveAttribute("data-ready", "true");
    await page.keyboard.press(key);
  };
  const throughTheFleet = async () => {
    await poll(() => page.evaluate(() => window.andy.waitingFor())).toBe("screen");
    await page.evaluate(() => window.andy.continue());
    await waitForScreen(page, "fleet");
    await page.evaluate(() => window.andy.commit());
    await waitForScreen(page, "narrative");
  };

  // The first run (seed 3): every page read to its end (Space), the first option each time, the
  // Fleet's plan as it opens, up to the choice after the page that follows the Fleet.
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  await expect(log).toContainText("Chapter 1");
  expect(await log.locator(".story-seen").count()).toBe(0);
  await expect(skip).toBeHidden();
  for (const key of ["1", "1"]) {
    await page.keyboard.press(" ");
    await choose(key);
  }
  await page.keyboard.press(" ");
  await throughTheFleet();
  expect(await page.evaluate(() => window.andy.waitingFor())).toBe("page");
  await page.keyboard.press(" ");
  await page.keyboard.press("Enter");
  await poll(() => page.evaluate(() => window.andy.waitingFor())).toBe("choice");
  await page.keyboard.press(" ");
  const choicesRead = await page.evaluate(() => window.andy.choices());

  // The second run, same seed: the opening was read, so it is marked and S shows it all at once,
  // choices and all (line pacing would have shown one paragraph per Continue).
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  await expect(log).toContainText("Chapter 1");
  expect(await shown()).toBe(1);
  await expect(paragraphs.first()).toHaveClass(/story-seen/);
  await expect(skip).toBeVisible();
  await page.keyboard.press("s");
  expect(await shown()).toBe(await paragraphs.count());
  expect(await log.locator("p.story-seen").count()).toBe(await paragraphs.count());
  await expect(choices).toBeVisible();
  await expect(skip).toBeHidden();
  // A choice is the player's: the skip stops at it.
  await choose("1");
  await skip.click();
  await choose("1");
  await skip.click();
  await throughTheFleet();

  // The page after the Fleet (the same plan, the same words) was read: the skip turns it and
  // stops at the next choice, its paragraphs shown, and says how many pages it turned.
  expect(await page.evaluate(() => window.andy.waitingFor())).toBe("page");
  expect(await log.locator("p.story-seen").count()).toBe(await paragraphs.count());
  await expect(skip).toBeVisible();
  await saveScreen(page, "story-read");
  await page.keyboard.press("s");
  await poll(() => page.evaluate(() => window.andy.waitingFor())).toBe("choice");
  await expect(log.locator(".story-skipped")).toHaveText("Skipped 1 page you had read.");
  await expect(choices).toBeVisible();
  expect(await page.evaluate(() => window.andy.choices())).toEqual(choicesRead);
  expect(await shown()).toBe(await paragraphs.count());

  // Another option than last time: its text is new, unmarked, and there is nothing to skip; S
  // leaves the page as it is (one paragraph, the rest on Continue).
  const made = await page.evaluate(() => window.andy.decisions().length);
  await choose("2");
  await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(made + 1);
  // (The page goes on below the choice made: the paragraphs after it are the new ones.)
  expect(await log.locator(".story-chosen ~ p").count()).toBeGreaterThan(1);
  expect(await log.locator(".story-chosen ~ p.story-seen").count()).toBe(0);
  await expect(skip).toBeHidden();
  const before = await shown();
  await page.keyboard.press("s");
  expect(await shown()).toBe(before);
  await expect(page.locator(".story-continue")).toHaveText("Next paragraph");
  expect(problems).toEqual([]);
});

for (const viewport of [
  { width: 640, height: 360, name: "200% zoom (640 x 360 CSS px)" },
  { width: 390, height: 844, name: "a 390 x 844 phone" },
]) {
  test(`at ${viewport.name} the chrome bar covers no canvas control and its targets are 24 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto("./");
    await waitForScreen(page, "title");
    const check = async (where: string) => {
      const result = await page.evaluate(() => {
        const bar = document.getElementById("chrome")?.getBoundingClientRect();
        if (!bar) return { covered: ["no chrome bar"], small: [] as string[] };
        const covered = window.andy
          .controls()
          .filter(
            ({ bounds: b }) =>
              b.x < bar.right &&
              b.x + b.width > bar.left &&
              b.y < bar.bottom &&
              b.y + b.height > bar.top,
          )
          .map((c) => c.id);
        const small = Array.from(document.querySelectorAll<HTMLElement>("#chrome button"))
          .filter((b) => !b.hidden)
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.width < 24 || r.height < 24)
          .map((r) => `${r.width}x${r.height}`);
        return { covered, small };
      });
      expect(result, where).toEqual({ covered: [], small: [] });
    };
    await check("title");
    await page.evaluate(() => window.andy.newGame(3));
    await waitForScreen(page, "narrative");
    await expect(page.locator("#menu-button")).toBeVisible();
    await check("narrative");
    for (const screen of ["fleet", "designer", "data", "serving"] as const) {
      await page.evaluate((s) => window.andy.openScreen(s), screen);
      await waitForScreen(page, screen);
      await check(screen);
      // The Menu button opens the menu on a management screen; Esc closes it, not the screen.
      await page.locator("#menu-button").click();
      await expect(page.locator("#game-menu")).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.locator("#game-menu")).toHaveCount(0);
      expect(await page.evaluate(() => window.andy.screen)).toBe(screen);
      await page.evaluate(() => window.andy.press("cancel"));
      await waitForScreen(page, "narrative");
    }
  });
}
