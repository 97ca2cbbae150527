/**
 * Benchmark of the sim's hot paths: `npm run bench`.
 * Prints plan evaluations per second (goal ≥ 1,000,000 each), months simulated per second and
 * readouts formatted per second.
 *
 * It measures the sim as the browser runs it: bundled into one module by Vite (the project's own
 * bundler), not through tsx, whose module interop turns every cross-file constant into a getter
 * call (a third of an evaluation's time under tsx, none in the game).
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import type * as Sim from "../src/sim/index";
import type { WorldState } from "../src/sim/index";

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
    lib: { entry: `${root}src/sim/index.ts`, formats: ["es"], fileName: () => "sim.mjs" },
  },
});
const sim: typeof Sim = await import(pathToFileURL(`${outDir}/sim.mjs`).href);
const {
  applyEvent,
  clonePlan,
  evaluateServingPlan,
  evaluateTrainingPlan,
  formatPercent,
  formatTokensPerSecond,
  formatUsd,
  newWorld,
  previewAllocation,
  SEED_PLANS,
  stepMonth,
} = sim;

function rate(label: string, run: (i: number) => number, minMs = 1000): number {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += run(i); // warm-up for the JIT
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 10_000; i++) sink += run(n + i);
    n += 10_000;
    elapsed = performance.now() - start;
  }
  const perSecond = Math.round((n * 1000) / elapsed);
  console.log(`${label}: ${perSecond.toLocaleString("en-US")}${sink === -1 ? "!" : ""}`);
  return perSecond;
}

function rateSlow(label: string, run: () => number, minMs = 1000): void {
  let sink = run();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    sink += run();
    n++;
  }
  const perSecond = Math.round((n * 1000) / (performance.now() - start));
  console.log(`${label}: ${perSecond.toLocaleString("en-US")}${sink === -1 ? "!" : ""}`);
}

const training = [SEED_PLANS.gpt4Training, SEED_PLANS.gpt35Training, SEED_PLANS.starterTraining];
const serving = [SEED_PLANS.gpt4Serving, SEED_PLANS.gpt35Serving];
const trainingCount = training.length;

const GOAL_PER_SECOND = 1_000_000;

console.log(`node ${process.version}`);
const trainingRate = rate("training plan evaluations/s", (i) => {
  const plan = training[i % trainingCount] ?? SEED_PLANS.gpt4Training;
  return evaluateTrainingPlan(plan, { gpu: "A100", gpus: 20_000 + (i & 8191) }).days;
});
if (trainingRate < GOAL_PER_SECOND) {
  // Why the goal is not met (measured before the issue-10 physics at ~0.48M/s on this machine, and
  // about the same after it): one evaluation validates ~40 fields, reads the data mix (a D'
  // exponential per repeated source), and computes about a dozen pow/exp/log (N_opt, N', the loss
  // once or twice, B_crit, capability, the MoE blend), the step's traffic and a 76-field result
  // object: about 2 µs bundled. The screens call it a few times a frame, far under budget, so the
  // goal stays as a mark to measure against rather than a reason to cache mutable plans.
  console.log(
    `  (goal ${GOAL_PER_SECOND.toLocaleString("en-US")}/s on an idle machine not met: about a dozen ` +
      "transcendental calls, the data mix and a 76-field result per evaluation; see scripts/bench.ts)",
  );
}
rate("serving plan evaluations/s", (i) => {
  const plan = serving[i & 1] ?? SEED_PLANS.gpt4Serving;
  return evaluateServingPlan(plan, { gpu: i & 2 ? "H100" : "A100", gpus: 1280 + (i & 1023) }, 1e6)
    .usdPerMillionTokens;
});

let world: WorldState = applyEvent(newWorld(1), "microsoft_deal");
world = stepMonth(world, { trainingPlan: clonePlan(SEED_PLANS.gpt4Training) });
world = applyEvent(applyEvent(world, "gpt4_start"), "chatgpt_launch");
const previewWorld = world;
rate(
  "allocation previews/s",
  (i) =>
    previewAllocation(previewWorld, { training: 20_000 + (i & 4095), serving: 5_000, research: 0 })
      .trainingDays,
  500,
);
rateSlow("months simulated/s", () => {
  world = stepMonth(world.monthIndex > 26 ? previewWorld : world);
  return world.moneyUsd;
});
rate("readouts formatted/s (cached Intl.NumberFormat)", (i) => {
  const x = 1234.5 * (i & 1023);
  return (
    formatPercent(x / 4e5).length + formatUsd(x * 1e3).length + formatTokensPerSecond(x).length
  );
});
