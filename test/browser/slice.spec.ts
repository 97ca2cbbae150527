import { expect, test } from "@playwright/test";
import { fleetPreview } from "../../src/screens/fleet/view";
import { newWorld } from "../../src/sim";
import {
  canvasStats,
  clickControl,
  controlBounds,
  poll,
  saveScreen,
  waitForScreen,
  watchProblems,
} from "./helpers";

test("the page loads cleanly and renders the title with WebGL", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => window.andy.renderer)).toBe("WebGL");
  // The tests run Chromium with --disable-gpu, so WebGL is SwiftShader: the game must notice it
  // and leave multisampling off (it would halve the frame rate).
  expect(await page.evaluate(() => window.andy.msaa)).toBe(false);
  // The title screen marks when it first accepts input, for load-time measurement.
  const marks = await page.evaluate(() => performance.getEntriesByName("title-interactive").length);
  expect(marks).toBe(1);
  // Let thirty frames draw (counted, not timed), then check the canvas holds a real picture.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let n = 0;
        const tick = () => (++n >= 30 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
  const stats = await canvasStats(page);
  expect(stats.width).toBeGreaterThan(0);
  expect(stats.colours).toBeGreaterThan(20);
  expect(stats.litShare).toBeGreaterThan(0.002);
  await saveScreen(page, "title");
  expect(problems).toEqual([]);
});

test("the title is up before the rest of the game arrives, and New game pressed meanwhile waits for it", async ({
  page,
}) => {
  const problems = watchProblems(page);
  // Hold back the game behind the title (src/game/core.ts) until the title has been used.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/core-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await poll(() => page.evaluate(() => window.andy?.screen)).toBe("title");
  expect(await page.evaluate(() => window.andy.loaded)).toBe(false);
  // The title names what it is waiting for, and its buttons are there to press.
  await poll(() => page.evaluate(() => window.andy.canvasText())).toContain("Loading the game…");
  await clickControl(page, "new-game");
  expect(await page.evaluate(() => window.andy.screen)).toBe("title");
  release();
  // The press was kept: the story opens as soon as the game has arrived.
  await waitForScreen(page, "narrative");
  await expect(page.locator("#story-panel")).toContainText("Chapter 1: Joining");
  // The title was interactive before the core was even asked for.
  const order = await page.evaluate(() => {
    const mark = performance.getEntriesByName("title-interactive")[0]?.startTime ?? Infinity;
    const core = performance
      .getEntriesByType("resource")
      .find((r) => /\/assets\/core-[^/]*\.js$/.test(r.name));
    return { mark, core: core?.startTime ?? -1 };
  });
  expect(order.core).toBeGreaterThan(order.mark);
  expect(problems).toEqual([]);
});

test("a new player reads chapter 1, chooses by mouse and keyboard, plans the fleet and reads it back", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await clickControl(page, "new-game");
  await waitForScreen(page, "narrative");

  const panel = page.locator("#story-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Chapter 1: Joining");
  await expect(panel).toContainText("badge");
  await expect(page.locator(".story-log")).toHaveAttribute("aria-live", "polite");

  // First choice with the mouse.
  const choices = page.locator(".story-choice");
  await expect(choices).toHaveCount(3);
  const firstText = ((await choices.nth(1).textContent()) ?? "").replace(/^\d\s*/, "");
  await choices.nth(1).click();
  await expect(page.locator(".story-chosen")).toContainText(firstText.trim());

  // Second choice with the keyboard: "2" picks the second option, once the choices are on
  // screen (a key pressed before they were painted was meant for the page before).
  await expect(page.locator(".story-choice")).toHaveCount(2);
  await expect(page.locator(".story-choices")).toHaveAttribute("data-ready", "true");
  await page.keyboard.press("2");
  await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(2);
  await saveScreen(page, "story");

  // The story frames the fleet decision, then Enter opens the screen.
  await poll(() => page.evaluate(() => window.andy.waitingFor())).toBe("screen");
  // The screen's instruction is the game's (a # hint: tag), not a line of Andy's prose.
  expect(await page.evaluate(() => window.andy.hint())).toMatch(/^Drag the split/);
  expect(await page.evaluate(() => window.andy.text())).not.toMatch(/Drag the split/);
  await page.keyboard.press("Enter");
  await waitForScreen(page, "fleet");

  const seed = (await page.evaluate(() => window.andy.seed)) as number;
  const world = newWorld(seed);
  const readDays = async () =>
    (await page.evaluate(() => window.andy.readouts())).find((r) => r.key === "plan.training.days")
      ?.text;
  const before = await readDays();
  const slider = await controlBounds(page, "fleet.training");
  // The slider shares out what research does not use: serving gets the rest.
  const research = world.allocation.research;
  const split = (training: number) => ({
    training,
    serving: (slider.max ?? 0) - training,
    research,
  });
  expect(before).toBe(fleetPreview(world, split(slider.value ?? 0)).trainingDays);

  // Drag the handle from where it is to a quarter of the track, like a player.
  const { bounds } = slider;
  const from =
    bounds.x +
    (bounds.width * ((slider.value ?? 0) - (slider.min ?? 0))) /
      ((slider.max ?? 1) - (slider.min ?? 0));
  const y = bounds.y + bounds.height / 2;
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move(bounds.x + bounds.width * 0.25, y, { steps: 12 });
  await page.mouse.up();

  const dragged = await controlBounds(page, "fleet.training");
  expect(dragged.value).not.toBe(slider.value);
  const allocation = split(dragged.value ?? 0);
  const expected = fleetPreview(world, allocation);
  const after = await readDays();
  expect(after).toBe(expected.trainingDays);
  expect(after).not.toBe(before);
  await expect(page.locator("#screen-summary")).toContainText(expected.trainingDays);
  await saveScreen(page, "fleet");

  // Commit with the mouse; the story quotes the committed split and its days.
  await clickControl(page, "commit");
  await waitForScreen(page, "narrative");
  await expect(panel).toContainText(`the training run needs ${expected.trainingDays}`);
  await expect(panel).toContainText(expected.trainingGpus);
  const plan = await page.evaluate(() => window.andy.plan());
  expect(plan?.allocation).toMatchObject({
    training: allocation.training,
    serving: allocation.serving,
  });
  await saveScreen(page, "story-after-fleet");
  expect(problems).toEqual([]);
});
