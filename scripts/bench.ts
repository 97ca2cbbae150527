/**
 * Benchmark of the sim's hot paths: `npm run bench`.
 * Prints plan evaluations per second (goal ≥ 1,000,000 each) and months simulated per second.
 */
import {
  applyEvent,
  clonePlan,
  evaluateServingPlan,
  evaluateTrainingPlan,
  newWorld,
  previewAllocation,
  SEED_PLANS,
  stepMonth,
  type WorldState,
} from "../src/sim/index";

function rate(label: string, run: (i: number) => number, minMs = 1000): void {
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

console.log(`node ${process.version}`);
rate("training plan evaluations/s", (i) => {
  const plan = training[i % trainingCount] ?? SEED_PLANS.gpt4Training;
  return evaluateTrainingPlan(plan, { gpu: "A100", gpus: 20_000 + (i & 8191) }).days;
});
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
