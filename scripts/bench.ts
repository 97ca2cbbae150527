/**
 * Benchmark of the sim's hot paths and of autoplay: `npm run bench` (about a minute; issue 15).
 * Every line names its goal and says whether this run met it, in the order printed:
 *
 * - training and serving plan evaluations per second (goal ≥ 1,000,000 each), allocation
 *   previews per second (≥ 500,000: a preview is one training and two to four serving ones);
 * - months simulated per second (goal ≥ 10,000: a run's 27 months in under 3 ms);
 * - numbers formatted per second (goal ≥ 1,000,000) and story readouts read and formatted per
 *   second, every key in turn (goal ≥ 100,000);
 * - one Fleet slider tick in ms (goal ≤ 0.05 ms, a three-hundredth of a 60 fps frame): the sim's
 *   work (the preview of the split and the readouts it prints), then the Fleet's whole view-model
 *   for a tick (fleetPreview, fleetOutlook, researchViews, as its refresh() calls them), the
 *   part of a tick outside Phaser;
 * - 1,000 autoplay playthroughs, wall time (goal ≤ 20 s), played by `scripts/autoplay.ts` as a
 *   person runs it (its worker threads included);
 * - weighing a finished run's decisions for its card (src/game/decisive.ts: the run replayed
 *   without each), over twenty autoplayed runs: the whole of it per run (goal ≤ 2 s: the page does
 *   it in slices while the player reads the ending) and its longest slice, one `next()` of
 *   `weighDecisions` (goal ≤ 50 ms, what browsers call a long task).
 *
 * It measures the sim as the browser runs it: bundled into one module by Vite (the project's own
 * bundler), not through tsx, whose module interop turns every cross-file constant into a getter
 * call (a third of an evaluation's time under tsx, none in the game). Figures are from whatever
 * machine runs it: a busy one gives lower rates, which is why these are a benchmark's figures and
 * no test's (README, "Contributing").
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import type * as Autoplay from "../src/game/autoplay";
import type * as Decisive from "../src/game/decisive";
import type * as FleetView from "../src/screens/fleet/view";
import type * as Sim from "../src/sim/index";
import type { Allocation, WorldState } from "../src/sim/index";
import { compileInk } from "./vite-plugin-ink.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = `${root}.tmp/bench`;
mkdirSync(outDir, { recursive: true });
await build({
  configFile: false,
  logLevel: "warn",
  root,
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    lib: {
      // Two entries, one bundle each way: the sim alone, and the Fleet's view-model with the sim,
      // the explain layer and the catalogues it reads (no Phaser: view-models run in Node).
      // A third and fourth: the weighing of a run's decisions, and autoplay to play the runs.
      entry: {
        sim: `${root}src/sim/index.ts`,
        fleet: `${root}src/screens/fleet/view.ts`,
        decisive: `${root}src/game/decisive.ts`,
        autoplay: `${root}src/game/autoplay.ts`,
      },
      formats: ["es"],
      fileName: (_format, name) => `${name}.mjs`,
    },
  },
});
const sim: typeof Sim = await import(pathToFileURL(`${outDir}/sim.mjs`).href);
const fleet: typeof FleetView = await import(pathToFileURL(`${outDir}/fleet.mjs`).href);
const decisive: typeof Decisive = await import(pathToFileURL(`${outDir}/decisive.mjs`).href);
const autoplayModule: typeof Autoplay = await import(pathToFileURL(`${outDir}/autoplay.mjs`).href);
const {
  applyEvent,
  clonePlan,
  evaluateServingPlan,
  evaluateTrainingPlan,
  formatDays,
  formatGpus,
  formatPercent,
  formatRateNumber,
  formatReadout,
  formatTokensPerSecond,
  formatUsd,
  newWorld,
  previewAllocation,
  READOUTS,
  SEED_PLANS,
  stepMonth,
} = sim;

/** "… (goal ≥ 1,000,000/s: met)": the goal beside every figure, and whether this run met it. */
function goal(met: boolean, text: string): string {
  return `(goal ${text}: ${met ? "met" : "NOT met"})`;
}
const n0 = (x: number) => Math.round(x).toLocaleString("en-US");

/** Calls per second of `run`, after a warm-up for the JIT, over at least `minMs`. */
function rate(run: (i: number) => number, minMs = 1000): number {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += run(i);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 10_000; i++) sink += run(n + i);
    n += 10_000;
    elapsed = performance.now() - start;
  }
  // The sink is read so the JIT cannot drop the work as unused.
  if (sink === -1) console.log("!");
  return (n * 1000) / elapsed;
}

/** The same for calls too slow to batch by ten thousand. */
function rateSlow(run: () => number, minMs = 1000): number {
  let sink = run();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    sink += run();
    n++;
  }
  if (sink === -1) console.log("!");
  return (n * 1000) / (performance.now() - start);
}

console.log(`node ${process.version}`);

// A world with GPT-4 training and ChatGPT serving, as in chapter 4: previews, months and ticks.
let world: WorldState = applyEvent(newWorld(1), "microsoft_deal");
world = stepMonth(world, { trainingPlan: clonePlan(SEED_PLANS.gpt4Training) });
world = applyEvent(applyEvent(world, "gpt4_start"), "chatgpt_launch");
const tickWorld = world;

// ---- Plan evaluations.
const EVALUATIONS_GOAL = 1_000_000;
const training = [SEED_PLANS.gpt4Training, SEED_PLANS.gpt35Training, SEED_PLANS.starterTraining];
const serving = [SEED_PLANS.gpt4Serving, SEED_PLANS.gpt35Serving];
const trainingRate = rate((i) => {
  const plan = training[i % training.length] ?? SEED_PLANS.gpt4Training;
  return evaluateTrainingPlan(plan, { gpu: "A100", gpus: 20_000 + (i & 8191) }).days;
});
console.log(
  `training plan evaluations/s: ${n0(trainingRate)} ${goal(trainingRate >= EVALUATIONS_GOAL, `≥ ${n0(EVALUATIONS_GOAL)}/s`)}`,
);
if (trainingRate < EVALUATIONS_GOAL) {
  // Why the goal is not met (measured before the issue-10 physics at ~0.48M/s on this machine, and
  // about the same after it): one evaluation validates ~40 fields, reads the data mix (a D'
  // exponential per repeated source), and computes about a dozen pow/exp/log (N_opt, N', the loss
  // once or twice, B_crit, capability, the MoE blend), the step's traffic and a 76-field result
  // object: about 2 µs bundled. The screens call it a few times a frame, far under budget, so the
  // goal stays as a mark to measure against rather than a reason to cache mutable plans.
  console.log(
    "  (about a dozen transcendental calls, the data mix and a 76-field result per evaluation; " +
      "see scripts/bench.ts)",
  );
}
const servingRate = rate((i) => {
  const plan = serving[i & 1] ?? SEED_PLANS.gpt4Serving;
  return evaluateServingPlan(plan, { gpu: i & 2 ? "H100" : "A100", gpus: 1280 + (i & 1023) }, 1e6)
    .usdPerMillionTokens;
});
console.log(
  `serving plan evaluations/s: ${n0(servingRate)} ${goal(servingRate >= EVALUATIONS_GOAL, `≥ ${n0(EVALUATIONS_GOAL)}/s`)}`,
);
const previewRate = rate(
  (i) =>
    previewAllocation(tickWorld, { training: 20_000 + (i & 4095), serving: 5_000, research: 0 })
      .trainingDays,
  500,
);
// A preview is one training and two to four serving evaluations: half the evaluations' goal.
console.log(
  `allocation previews/s: ${n0(previewRate)} ${goal(previewRate >= EVALUATIONS_GOAL / 2, `≥ ${n0(EVALUATIONS_GOAL / 2)}/s`)}`,
);

// ---- Months.
const MONTHS_GOAL = 10_000;
const monthsRate = rateSlow(() => {
  world = stepMonth(world.monthIndex > 26 ? tickWorld : world);
  return world.moneyUsd;
});
console.log(
  `months simulated/s: ${n0(monthsRate)} ${goal(monthsRate >= MONTHS_GOAL, `≥ ${n0(MONTHS_GOAL)}/s`)}`,
);

// ---- Formatting.
const FORMATS_GOAL = 1_000_000;
// Three numbers an iteration, counted one by one; 65,536 distinct values, more than the formatted
// strings' cache holds (src/sim/format.ts), so this is mostly the uncached path: the drag below
// repeats its values, as a real one does, and gets the cache's speed.
const formatsRate =
  3 *
  rate((i) => {
    const x = 1234.5 * (i & 0xffff);
    return (
      formatPercent(x / 4e5).length + formatUsd(x * 1e3).length + formatTokensPerSecond(x).length
    );
  });
console.log(
  `numbers formatted/s (cached Intl.NumberFormat): ${n0(formatsRate)} ${goal(formatsRate >= FORMATS_GOAL, `≥ ${n0(FORMATS_GOAL)}/s`)}`,
);
const READOUTS_GOAL = 100_000;
const keys = Object.keys(READOUTS);
const readoutsRate = rate((i) => formatReadout(tickWorld, keys[i % keys.length] ?? "").length);
console.log(
  `story readouts read and formatted/s (all ${keys.length} keys in turn): ${n0(readoutsRate)} ` +
    goal(readoutsRate >= READOUTS_GOAL, `≥ ${n0(READOUTS_GOAL)}/s`),
);

// ---- One Fleet slider tick, on that world (after the rates above, as they were measured before
// issue 15: the view-model shares the sim's code, and its calls change what the JIT makes of it).
const usable = tickWorld.fleet.a100 + tickWorld.fleet.h100 - tickWorld.allocation.research;
/** The i-th position of a drag: the split moves one 8-GPU node a step, back and forth. */
function dragged(i: number): Allocation {
  const training = 8 * (1000 + (i & 1023));
  return { training, serving: usable - training, research: tickWorld.allocation.research };
}

const TICK_GOAL_MS = 0.05;
// The sim's part of a tick: the preview of the split and the readouts the Fleet prints from it.
const simTicks = rate((i) => {
  const a = dragged(i);
  const p = previewAllocation(tickWorld, a);
  return (
    formatDays(p.trainingDays).length +
    formatPercent(p.demandServedShare).length +
    formatRateNumber(p.servingTokensPerSecond).length +
    formatRateNumber(p.demandTokensPerSecond).length +
    formatUsd(p.monthlyCostUsd).length +
    formatUsd(p.monthlyRevenueUsd).length +
    formatUsd(tickWorld.moneyUsd).length +
    formatGpus(a.training).length +
    formatGpus(a.serving).length
  );
}, 500);
const simTickMs = 1000 / simTicks;
console.log(
  `Fleet slider tick, sim work (previewAllocation + 9 readouts formatted): ${simTickMs.toFixed(4)} ms ` +
    goal(simTickMs <= TICK_GOAL_MS, `≤ ${TICK_GOAL_MS} ms`),
);
// The whole view-model of a tick, as FleetScene.refresh() asks for it (Phaser's drawing aside).
const funded = [...tickWorld.research.funded];
const viewTicks = rate((i) => {
  const a = dragged(i);
  const preview = fleet.fleetPreview(tickWorld, a);
  const outlook = fleet.fleetOutlook(tickWorld, a);
  return (
    preview.summary.length +
    outlook.monthlyRevenue.length +
    fleet.researchViews(tickWorld, funded).length
  );
}, 500);
const viewTickMs = 1000 / viewTicks;
console.log(
  `Fleet slider tick, view-model (fleetPreview + fleetOutlook + researchViews): ${viewTickMs.toFixed(4)} ms ` +
    goal(viewTickMs <= TICK_GOAL_MS, `≤ ${TICK_GOAL_MS} ms`),
);

// ---- 1,000 autoplay playthroughs: the CLI, as `npm run autoplay` runs it.
const AUTOPLAY_GOAL_SECONDS = 20;
const autoplay = spawnSync(
  process.execPath,
  ["--import", "tsx", "scripts/autoplay.ts", "--runs", "1000", "--seed", "1"],
  { cwd: root, encoding: "utf8" },
);
const timeLine = /^time: ([\d.]+) s \((\d+) runs\/s; ink compile ([\d.]+) s\)/m.exec(
  autoplay.stdout,
);
if (autoplay.status !== 0 || !timeLine) {
  console.log(`1,000 autoplay playthroughs: failed (exit ${autoplay.status})\n${autoplay.stderr}`);
  process.exitCode = 1;
} else {
  const seconds = Number(timeLine[1]);
  console.log(
    `1,000 autoplay playthroughs: ${seconds.toFixed(1)} s wall (${timeLine[2]} runs/s, ink compile ` +
      `${timeLine[3]} s more) ${goal(seconds <= AUTOPLAY_GOAL_SECONDS, `≤ ${AUTOPLAY_GOAL_SECONDS} s`)}`,
  );
}

// ---- Weighing a finished run's decisions for its card: twenty autoplayed runs, each weighed in
// the slices the page runs between frames.
const WEIGH_GOAL_MS = 2000;
const SLICE_GOAL_MS = 50;
const { json: storyJson } = compileInk(`${root}story/main.ink`);
const totals: number[] = [];
let longestSlice = 0;
let decisionsSeen = 0;
for (let seed = 1; seed <= 20; seed++) {
  const strategy =
    (["random", "seed-plan", "aim-turbo", "cautious"] as const)[seed % 4] ?? "random";
  const played = autoplayModule.playRun(storyJson, seed, strategy, { keepSession: true }).session;
  if (!played) continue;
  decisionsSeen += played.decisions.length;
  const weighing = decisive.weighDecisions(played);
  const start = performance.now();
  for (;;) {
    const sliceStart = performance.now();
    const next = weighing.next();
    longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
    if (next.done) break;
  }
  totals.push(performance.now() - start);
}
totals.sort((a, b) => a - b);
const medianWeigh = totals[Math.floor(totals.length / 2)] ?? 0;
const longestWeigh = totals[totals.length - 1] ?? 0;
console.log(
  `weighing a run's decisions for its card (${totals.length} runs, ${Math.round(decisionsSeen / Math.max(1, totals.length))} decisions each): ` +
    `median ${n0(medianWeigh)} ms, longest ${n0(longestWeigh)} ms ${goal(longestWeigh <= WEIGH_GOAL_MS, `≤ ${n0(WEIGH_GOAL_MS)} ms`)}; ` +
    `longest slice ${longestSlice.toFixed(1)} ms ${goal(longestSlice <= SLICE_GOAL_MS, `≤ ${SLICE_GOAL_MS} ms`)}`,
);
