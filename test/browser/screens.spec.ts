import { expect, type Page, test } from "@playwright/test";
import { servingFitMessage, trainingFitMessage } from "../../src/explain";
import { dataView } from "../../src/screens/data/view";
import { designView } from "../../src/screens/designer/view";
import { fleetPreview } from "../../src/screens/fleet/view";
import { servingView } from "../../src/screens/serving/view";
import { trainingPoolOf } from "../../src/screens/shared";
import {
  clonePlan,
  formatDays,
  formatLoss,
  formatReadout,
  formatTokens,
  formatUsd,
  formatUsdPerMillionTokens,
  SEED_PLANS,
  SOURCE_IDS,
  stepMonth,
  type TrainingPlan,
  type WorldState,
} from "../../src/sim";
import {
  clickControl,
  expectTextSoon,
  frames,
  poll,
  saveScreen,
  tabTo,
  waitForScreen,
  watchProblems,
} from "./helpers";

// The four management screens, driven as a player would: real mouse clicks and drags, real keys.

async function control(page: Page, id: string) {
  const c = await page.evaluate((cid) => window.andy.controls().find((x) => x.id === cid), id);
  if (!c) throw new Error(`no control ${id}`);
  return c;
}

async function readout(page: Page, key: string): Promise<string | undefined> {
  const all = await page.evaluate(() => window.andy.readouts());
  return all.find((r) => r.key === key)?.text;
}

async function world(page: Page): Promise<WorldState> {
  const w = await page.evaluate(() => window.andy.world());
  if (!w) throw new Error("no run");
  return w as WorldState;
}

/** Focus a control with Tab, then press arrows (Shift for ten steps) until it shows `target`. */
async function setByKeys(page: Page, id: string, target: number): Promise<void> {
  await tabTo(page, id);
  for (let round = 0; round < 60; round++) {
    const c = await control(page, id);
    if (!c.focused) throw new Error(`${id} lost the keyboard focus`);
    const value = c.value ?? 0;
    if (Math.abs(value - target) <= Math.abs(target) * 1e-9) return;
    const arrow = target > value ? "ArrowRight" : "ArrowLeft";
    const step = c.step ?? 0;
    if (step > 0) {
      const n = Math.round(Math.abs(target - value) / step);
      for (let i = 0; i < Math.floor(n / 10); i++) await page.keyboard.press(`Shift+${arrow}`);
      for (let i = 0; i < n % 10; i++) await page.keyboard.press(arrow);
    } else await page.keyboard.press(arrow);
    await frames(page);
  }
  throw new Error(`could not set ${id} to ${target}`);
}

/**
 * Drags a slider's handle with the mouse as a player fiddles: out to the far end and back to
 * `toShare` of the track, in steps, each step drawn before the next. No clock: the frame rate is
 * a benchmark's figure (`npm run bench:browser`), never a test's.
 */
async function dragSlider(page: Page, id: string, toShare: number): Promise<void> {
  const s = await control(page, id);
  const { bounds } = s;
  const share = ((s.value ?? 0) - (s.min ?? 0)) / ((s.max ?? 1) - (s.min ?? 0));
  const y = bounds.y + bounds.height / 2;
  const from = bounds.x + bounds.width * share;
  const to = bounds.x + bounds.width * toShare;
  const far = bounds.x + bounds.width * (toShare > share ? 0.98 : 0.02);
  await page.mouse.move(from, y);
  await page.mouse.down();
  const steps = 24;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const x = t < 0.5 ? from + (far - from) * (t * 2) : far + (to - far) * ((t - 0.5) * 2);
    await page.mouse.move(x, y);
    await frames(page);
  }
  await page.mouse.move(to, y);
  await page.mouse.up();
  await frames(page);
}

async function openScreen(page: Page, screen: string, seed: number): Promise<void> {
  await page.goto("./");
  await waitForScreen(page, "title");
  await page.evaluate(
    ([s, n]) => window.andy.openScreen(s as "fleet", n as number),
    [screen, seed],
  );
  await waitForScreen(page, screen);
}

/** The GPT-4 plan of the source, applied to the world's plan the way the test edits it on screen. */
function gpt4Edits(base: TrainingPlan): TrainingPlan {
  const p = clonePlan(base);
  p.architecture = "moe";
  p.experts = 16;
  p.topK = 2;
  p.layers = 120;
  p.dModel = 10_752;
  p.headDim = 216;
  p.attention = "mqa";
  p.gqaGroups = 1;
  p.context.finalTokens = 8192;
  p.batch.finalTokens = 60e6;
  p.parallel.tensor = 8;
  p.parallel.pipeline = 15;
  return p;
}

test("Model Designer: the source's GPT-4 shape reads 1,830B / 277B, overflows with a reason, commits", async ({
  page,
}) => {
  const problems = watchProblems(page);
  // A URL opens any screen directly, for players exploring and for tests.
  await page.goto("./?screen=designer&seed=11");
  await waitForScreen(page, "designer");
  const before = await world(page);
  expect(before.plans.training.architecture).toBe("dense");

  // Mouse: MoE on the architecture switch, one click on the experts' + (8 → 16).
  const arch = await control(page, "designer.architecture");
  await page.mouse.click(
    arch.bounds.x + arch.bounds.width - 30,
    arch.bounds.y + arch.bounds.height / 2,
  );
  expect((await control(page, "designer.architecture")).value).toBe(1);
  const experts = await control(page, "designer.experts");
  await page.mouse.click(
    experts.bounds.x + experts.bounds.width - 19,
    experts.bounds.y + experts.bounds.height / 2,
  );
  expect((await control(page, "designer.experts")).value).toBe(16);
  // Keys for the rest. Sizes follow the shape: 120 layers of width 10,752 with a 4x MLP give
  // 111B per expert; 96 query heads of 216 under MQA give the 55B shared (src/sim/seeds.ts).
  await setByKeys(page, "designer.topK", 2);
  await setByKeys(page, "designer.layers", 120);
  await setByKeys(page, "designer.width", 10_752);
  await setByKeys(page, "designer.headDim", 216);
  await setByKeys(page, "designer.attention", 2);
  await setByKeys(page, "designer.context", 2);
  await setByKeys(page, "designer.batch", 60e6);
  await setByKeys(page, "designer.tensor", 8);
  await setByKeys(page, "designer.pipeline", 15);

  const plan = gpt4Edits(before.plans.training);
  const view = designView(before, plan);
  // The Designer keeps the plan's vocabulary (GPT-3.5's 50,257, not GPT-4's 100,256): its tied
  // embedding is 0.54B smaller, so 16 · 111.0B + 54.6B reads 1,830B beside the source's 1,831B.
  expect(await readout(page, "plan.training.total_params")).toBe("1,830B");
  expect(await readout(page, "plan.training.active_params")).toBe("277B");
  expect(await readout(page, "plan.training.days")).toBe(formatDays(view.ev.days));
  expect(await readout(page, "plan.training.loss")).toBe(formatLoss(view.ev.loss));
  expect(await readout(page, "plan.training.cost_usd")).toBe(formatUsd(view.ev.costUsd));
  // Priced with the serving plan of the model it becomes (GPT-3.5's 16-GPU replicas here), which
  // cannot hold 1.8T parameters: the readout says so rather than printing $0.
  expect(view.servedAs).toBe("gpt35");
  expect(await readout(page, "designer.serving_usd_per_mtok")).toBe(
    view.serving.fits
      ? formatUsdPerMillionTokens(view.serving.usdPerMillionTokens)
      : "does not fit",
  );
  console.log(
    `designer: ${await readout(page, "plan.training.total_params")} total, ${await readout(page, "plan.training.active_params")} active, ` +
      `${await readout(page, "plan.training.days")} on ${trainingPoolOf(before).gpus} GPUs, loss ${await readout(page, "plan.training.loss")}`,
  );

  // Show the math: hovering a number shows its formula, mirrored in the DOM.
  const flops = await control(page, "plan.training.flops");
  await page.mouse.move(flops.bounds.x + 20, flops.bounds.y + 20);
  await expect(page.locator("#screen-math")).toContainText("6 · N_active · D");
  await saveScreen(page, "designer");

  // Overflow memory: no activation recompute. The screen says which part overflows and what to do.
  const recompute = (await control(page, "designer.recompute")).value ?? 1;
  await setByKeys(page, "designer.recompute", 0);
  const over = clonePlan(plan);
  over.parallel.recompute = "none";
  const overView = designView(before, over);
  expect(overView.ev.fits).toBe(false);
  await expect(page.locator("#screen-summary")).toContainText(
    trainingFitMessage(over, overView.ev),
  );
  await saveScreen(page, "designer-overflow");
  await setByKeys(page, "designer.recompute", recompute);

  // Ctrl+Enter commits from any control; the story continues with the committed plan.
  await page.keyboard.press("Control+Enter");
  await waitForScreen(page, "narrative");
  const after = await world(page);
  expect(formatReadout(after, "plan.training.total_params")).toBe("1,830B");
  expect(formatReadout(after, "plan.training.active_params")).toBe("277B");
  expect(after.plans.training.parallel.pipeline).toBe(15);
  await expect(page.locator("#story-panel")).toBeVisible();
  const last = (await page.evaluate(() => window.andy.decisions())).at(-1);
  expect(last?.kind).toBe("plan");
  expect(problems).toEqual([]);
});

test("Data Mix: the seed's big epoch by keys, a drag past the data wall, commit", async ({
  page,
}) => {
  // Forty-odd controls set by keys: slow on a loaded machine with software WebGL.
  test.setTimeout(240_000);
  const problems = watchProblems(page);
  await openScreen(page, "data", 3);
  const before = await world(page);
  const target = SEED_PLANS.gpt4BigEpochData;
  for (const id of SOURCE_IDS) {
    await setByKeys(page, `data.${id}.unique`, target.sources[id].uniqueTokens);
    await setByKeys(page, `data.${id}.epochs`, target.sources[id].epochs);
  }
  const expected = dataView(before, target);
  expect(await readout(page, "plan.data.seen_tokens")).toBe("6.5T");
  expect(await readout(page, "plan.data.effective_tokens")).toBe(
    formatTokens(expected.ev.effectiveTokens),
  );
  expect(await readout(page, "plan.training.loss")).toBe(formatLoss(expected.ev.loss));
  // Show the math: tokens seen add up source by source (code: 1.3T read twice).
  const seen = await control(page, "plan.data.seen_tokens");
  await page.mouse.move(seen.bounds.x + 20, seen.bounds.y + 20);
  await expect(page.locator("#screen-math")).toContainText("Σ min(U, U_exists) · epochs");
  await expect(page.locator("#screen-math")).toContainText("1.3T · 2");
  await saveScreen(page, "data-mix");

  // Drag the web crawl past what exists: the data wall shows.
  await dragSlider(page, "data.web.unique", 0.95);
  await expect(page.locator("#screen-summary")).toContainText("past the data wall");
  await saveScreen(page, "data-mix-wall");
  await setByKeys(page, "data.web.unique", target.sources.web.uniqueTokens);
  await expect(page.locator("#screen-summary")).not.toContainText("data wall");

  await page.mouse.click(...(await centre(page, "commit")));
  await waitForScreen(page, "narrative");
  expect((await world(page)).plans.training.data).toEqual(target);
  expect(problems).toEqual([]);
});

async function centre(page: Page, id: string): Promise<[number, number]> {
  const { bounds } = await control(page, id);
  return [bounds.x + bounds.width / 2, bounds.y + bounds.height / 2];
}

test("Serving Lab: GPT-4's launch plan, an overflow with its reason, the threshold drag, Esc and commit", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openScreen(page, "serving", 5);
  const before = await world(page);
  await setByKeys(page, "serving.model", 1);
  await poll(async () => (await control(page, "serving.model")).value).toBe(1);
  const plan = clonePlan(before.plans.gpt4Serving);
  expect(await readout(page, "serving.usd_per_mtok")).toBe(
    formatUsdPerMillionTokens(servingView(before, plan).ev.usdPerMillionTokens),
  );
  await saveScreen(page, "serving");

  // 16 GPUs cannot hold GPT-4's weights in fp16.
  await setByKeys(page, "serving.gpus", 16);
  const small = { ...clonePlan(plan), gpusPerReplica: 16 };
  await expect(page.locator("#screen-summary")).toContainText(
    servingFitMessage(small, servingView(before, small).ev),
  );
  await setByKeys(page, "serving.gpus", 128);
  await setByKeys(page, "serving.precision", 2);

  await dragSlider(page, "serving.threshold", 0.5);
  const threshold = (await control(page, "serving.threshold")).value ?? 0;
  expect(threshold).toBeGreaterThan(0.3);
  const edited = clonePlan(plan);
  edited.precision = "int8";
  edited.speculative.threshold = threshold;
  const ev = servingView(before, edited).ev;
  expect(await readout(page, "serving.usd_per_mtok")).toBe(
    formatUsdPerMillionTokens(ev.usdPerMillionTokens),
  );
  await saveScreen(page, "serving-edited");

  // Esc cancels: nothing changes. Reopen, edit, commit with Ctrl+Enter.
  await page.keyboard.press("Escape");
  await waitForScreen(page, "narrative");
  expect((await world(page)).plans.gpt4Serving).toEqual(before.plans.gpt4Serving);
  await page.evaluate(() => window.andy.openScreen("serving"));
  await waitForScreen(page, "serving");
  await setByKeys(page, "serving.model", 1);
  await setByKeys(page, "serving.precision", 2);
  await page.keyboard.press("Control+Enter");
  await waitForScreen(page, "narrative");
  expect((await world(page)).plans.gpt4Serving.precision).toBe("int8");
  expect(problems).toEqual([]);
});

test("Fleet at 5x months: Settings makes Next month move five months a press", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await clickControl(page, "settings");
  const settings = page.getByRole("dialog", { name: "Settings" });
  await settings.getByRole("radio", { name: "5x: five months" }).check();
  await settings.getByRole("button", { name: "Close" }).click();
  await page.evaluate(() => window.andy.openScreen("fleet", 2));
  await waitForScreen(page, "fleet");
  expect((await control(page, "advance")).label).toBe("Next 5 months ▸");
  await page.mouse.click(...(await centre(page, "advance")));
  // September 2021 + 5: February 2022, five months logged one by one.
  await poll(async () => (await world(page)).monthIndex).toBe(5);
  const decisions = await page.evaluate(() => window.andy.decisions());
  expect(decisions.map((d) => d.kind)).toEqual(Array(5).fill("advance"));
  expect(problems).toEqual([]);
});

test("Fleet: fund research, advance a month, drag the split, commit", async ({ page }) => {
  const problems = watchProblems(page);
  await openScreen(page, "fleet", 2);
  const before = await world(page);
  // Fund Whisper with a click on "Fund".
  const whisper = await control(page, "fleet.research.whisper");
  await page.mouse.click(
    whisper.bounds.x + whisper.bounds.width - 30,
    whisper.bounds.y + whisper.bounds.height / 2,
  );
  expect((await control(page, "fleet.research.whisper")).value).toBe(1);
  await page.mouse.click(...(await centre(page, "advance")));
  await poll(async () => (await world(page)).monthIndex).toBe(1);
  const stepped = stepMonth(before, { allocation: before.allocation, fundResearch: ["whisper"] });
  expect((await world(page)).research.gpuMonths.whisper).toBeCloseTo(
    stepped.research.gpuMonths.whisper,
  );
  const decisions = await page.evaluate(() => window.andy.decisions());
  expect(decisions.at(-1)?.kind).toBe("advance");

  await dragSlider(page, "fleet.training", 0.3);
  const slider = await control(page, "fleet.training");
  const now = await world(page);
  const allocation = {
    training: slider.value ?? 0,
    serving: (slider.max ?? 0) - (slider.value ?? 0),
    research: now.allocation.research,
  };
  expect(await readout(page, "plan.training.days")).toBe(
    fleetPreview(now, allocation).trainingDays,
  );
  await saveScreen(page, "fleet-screen");
  await page.keyboard.press("Control+Enter");
  await waitForScreen(page, "narrative");
  expect((await world(page)).allocation).toMatchObject({
    training: allocation.training,
    serving: allocation.serving,
  });
  expect(problems).toEqual([]);
});

test("Fleet: the scaling curves tab says what it needs, then draws the curves once the project is done", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openScreen(page, "fleet", 4);
  const view = await control(page, "fleet.research.view");
  const segment = (i: number): [number, number] => [
    view.bounds.x + (view.bounds.width * (i + 0.5)) / 2,
    view.bounds.y + view.bounds.height / 2,
  ];
  // Before the project: the tab holds a note, and the projects' toggles step aside.
  await page.mouse.click(...segment(1));
  expect((await control(page, "fleet.research.view")).value).toBe(1);
  expect((await control(page, "fleet.research.scaling_laws")).enabled).toBe(false);
  await saveScreen(page, "fleet-curves-locked");
  await page.mouse.click(...segment(0));
  expect((await control(page, "fleet.research.scaling_laws")).enabled).toBe(true);

  // Fund it alone with the most research GPUs the slider gives: one month finishes 1,200 GPU-months.
  const research = await control(page, "fleet.research");
  await setByKeys(page, "fleet.research", research.max ?? 0);
  const toggle = await control(page, "fleet.research.scaling_laws");
  await page.mouse.click(
    toggle.bounds.x + toggle.bounds.width - 30,
    toggle.bounds.y + toggle.bounds.height / 2,
  );
  await page.mouse.click(...(await centre(page, "advance")));
  await poll(async () => (await world(page)).research.done).toContain("scaling_laws");

  // The curves, and their math on hover.
  await page.mouse.click(...segment(1));
  const curves = await control(page, "fleet.research.view");
  await page.mouse.move(
    curves.bounds.x + curves.bounds.width / 2,
    curves.bounds.y + curves.bounds.height + 120,
  );
  await expect(page.locator("#screen-math")).toContainText("Scaling curves at");
  await expect(page.locator("#screen-math")).toContainText("Source: Hoffmann et al. 2022");
  await saveScreen(page, "fleet-curves");
  // Every readout still explains itself.
  const readouts = await page.evaluate(() => window.andy.readouts());
  const controls = await page.evaluate(() => window.andy.controls());
  for (const r of readouts) expect(controls.find((c) => c.id === r.key)?.enabled).toBe(true);
  expect(problems).toEqual([]);
});

test("Every number on every screen explains itself when hovered", async ({ page }) => {
  test.setTimeout(120_000);
  for (const screen of ["fleet", "designer", "data", "serving"] as const) {
    await openScreen(page, screen, 7);
    const readouts = await page.evaluate(() => window.andy.readouts());
    const controls = await page.evaluate(() => window.andy.controls());
    expect(readouts.length).toBeGreaterThan(5);
    for (const r of readouts) {
      const c = controls.find((x) => x.id === r.key);
      // A readout is a usable control exactly when it has its math.
      expect(c?.enabled, `${screen}: ${r.label} (${r.key}) has no math`).toBe(true);
      if (!c) continue;
      await page.evaluate(() => {
        const live = document.getElementById("screen-math");
        if (live) live.textContent = "";
      });
      await page.mouse.move(c.bounds.x + c.bounds.width / 2, c.bounds.y + c.bounds.height / 2);
      // (The tip comes a frame or two after the pointer: looked for every frame.)
      await expectTextSoon(page, "#screen-math", "Source:", `${screen}: ${r.label}`);
    }
    await page.keyboard.press("Escape");
  }
});

test("Keys pressed within one frame act once each (Tab twice moves the focus two stops)", async ({
  page,
}) => {
  await openScreen(page, "serving", 3);
  const focusedIndex = async () =>
    (await page.evaluate(() => window.andy.controls()))
      .filter((c) => c.enabled)
      .findIndex((c) => c.focused);
  const start = await focusedIndex();
  // Two full Tab presses dispatched back to back, so they reach the game in the same frame.
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) {
      for (const type of ["keydown", "keyup"]) {
        const init = { key: "Tab", code: "Tab", keyCode: 9, bubbles: true, cancelable: true };
        window.dispatchEvent(new KeyboardEvent(type, init));
      }
    }
  });
  await frames(page);
  expect(await focusedIndex()).toBe(start + 2);
});

test.describe("phone portrait (390 x 844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  for (const screen of ["fleet", "designer", "data", "serving"] as const) {
    test(`${screen} lays out in one column with tabs`, async ({ page }) => {
      const problems = watchProblems(page);
      await openScreen(page, screen, 9);
      const size = await page.evaluate(() => {
        const c = document.querySelector("#stage canvas") as HTMLCanvasElement;
        return { w: c.width, h: c.height };
      });
      expect(size.h).toBeGreaterThan(size.w);
      const controls = await page.evaluate(() => window.andy.controls());
      const shown = controls.filter((c) => c.enabled);
      expect(shown.length).toBeGreaterThan(3);
      for (const c of shown) {
        expect(c.bounds.x).toBeGreaterThanOrEqual(-1);
        expect(c.bounds.x + c.bounds.width).toBeLessThanOrEqual(391);
      }
      await saveScreen(page, `${screen}-portrait-controls`);
      // Tap the last tab: the prediction shows.
      const tab = await control(page, `${screen}.tab`);
      await page.touchscreen.tap(
        tab.bounds.x + tab.bounds.width - 20,
        tab.bounds.y + tab.bounds.height / 2,
      );
      await saveScreen(page, `${screen}-portrait`);
      expect(problems).toEqual([]);
    });
  }
});
