import { expect, test } from "@playwright/test";
import { waitForScreen, watchProblems } from "./helpers";

// WCAG 2.3.3: with "reduce motion" set in the system, the backdrop's rack lights stay still.
test.describe("with prefers-reduced-motion: reduce", () => {
  test.use({ reducedMotion: "reduce" });

  test("the title and the story run no animation", async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto("./");
    await waitForScreen(page, "title");
    expect(await page.evaluate(() => window.andy.animations)).toBe(0);
    await page.evaluate(() => window.andy.newGame(3));
    await waitForScreen(page, "narrative");
    expect(await page.evaluate(() => window.andy.animations)).toBe(0);
    expect(problems).toEqual([]);
  });
});

test("without the preference the rack lights blink", async ({ page }) => {
  await page.goto("./");
  await waitForScreen(page, "title");
  // Four lights in each of 8 slots of every rack, each blinking.
  expect(await page.evaluate(() => window.andy.animations)).toBeGreaterThan(100);
});
