import { expect, test } from "@playwright/test";
import { clickControl, waitForScreen, watchProblems } from "./helpers";

/** Chinese characters (CJK Unified Ideographs). */
const HAN = /[\u4e00-\u9fff]/;

test("?lang=zh-CN opens the game in Chinese: the page, the title, the story and a screen", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./?lang=zh-CN");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  expect(await page.title()).toBe("如果我训练了 GPT-4");
  // The title's buttons, as a screen reader and a keyboard find them (their HTML twins).
  await expect(page.getByRole("button", { name: "新游戏" })).toBeAttached();

  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  // Chapter 1's first page, in the Chinese telling, and its choices.
  await expect.poll(() => page.evaluate(() => window.andy.text())).toContain("工牌刷到第三次才亮");
  const choices = await page.evaluate(() => window.andy.choices());
  expect(choices).toHaveLength(3);
  for (const c of choices) expect(c.text).toMatch(HAN);

  await page.goto("./?lang=zh-CN&screen=fleet&seed=1");
  await waitForScreen(page, "fleet");
  await expect(page.locator("h1").first()).toHaveText("集群");
  expect(await page.title()).toBe("集群（第 1 章） · 如果我训练了 GPT-4");
  const labels = (await page.evaluate(() => window.andy.readouts())).map((r) => r.label);
  expect(labels.length).toBeGreaterThan(5);
  for (const label of labels) expect(label).toMatch(HAN);
  expect(problems).toEqual([]);
});

test("English stays the default, and a run started in English continues in Chinese from Settings", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.evaluate(() => window.andy.newGame(5));
  await waitForScreen(page, "narrative");
  await expect.poll(() => page.evaluate(() => window.andy.choices().length)).toBe(3);
  await page.evaluate(() => window.andy.choose(1));
  await expect.poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(1);
  const before = await page.evaluate(() => window.andy.decisions());
  await expect.poll(() => page.evaluate(() => window.andy.text())).toContain("Dana");

  // Settings, from the menu: the language group names each language in its own script.
  await page.locator("#menu-button").click();
  await page.getByRole("button", { name: "Settings" }).click();
  await page.locator("#settings").getByLabel("简体中文").click();
  // The page opens again in Chinese; the saved run continues where it was.
  await page.waitForURL(/lang=zh-CN/);
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await clickControl(page, "continue");
  await waitForScreen(page, "narrative");
  const after = await page.evaluate(() => window.andy.decisions());
  expect(after.map((d) => (d.kind === "choice" ? d.index : d.kind))).toEqual(
    before.map((d) => (d.kind === "choice" ? d.index : d.kind)),
  );
  await expect.poll(() => page.evaluate(() => window.andy.text())).toMatch(HAN);

  // The choice is kept: without ?lang= the game opens in Chinese; English brings it back.
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await clickControl(page, "settings");
  await page.locator("#settings").getByLabel("English").click();
  await page.waitForURL((url) => !url.search.includes("lang="));
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(problems).toEqual([]);
});
