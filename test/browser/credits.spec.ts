import { expect, test } from "@playwright/test";
import { clickControl, poll, saveScreen, waitForScreen, watchProblems } from "./helpers";

const creditsFocused = (page: import("@playwright/test").Page) =>
  page.evaluate(() => window.andy.controls().find((c) => c.id === "credits")?.focused ?? false);

test("the title's Credits button names the source post and SemiAnalysis, and Escape closes it", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");

  // With the mouse: the dialog opens over the title and takes the keyboard focus.
  await clickControl(page, "credits");
  const dialog = page.getByRole("dialog", { name: "Credits" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("AINLP");
  await expect(dialog).toContainText("如果我在OpenAI训GPT4");
  await expect(dialog).toContainText("If I were training GPT-4 at OpenAI");
  await expect(dialog).toContainText("SemiAnalysis");
  await expect(dialog).toContainText("Dylan Patel and Gerald Wong");
  await expect(dialog).toContainText("Hoffmann et al. 2022");
  await expect(dialog).toContainText("fictional");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await saveScreen(page, "credits");

  // Escape closes it, leaves the title where it was and gives the focus back to the button.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(".dialog-backdrop")).toHaveCount(0);
  expect(await page.evaluate(() => window.andy.screen)).toBe("title");
  await poll(() => creditsFocused(page)).toBe(true);
  await saveScreen(page, "title-after-credits");

  // With the keyboard: Enter on the focused button opens it again, and Close closes it.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await poll(() => creditsFocused(page)).toBe(true);
  expect(await page.evaluate(() => window.andy.screen)).toBe("title");
  expect(problems).toEqual([]);
});
