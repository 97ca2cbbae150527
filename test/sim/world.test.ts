import { describe, expect, it } from "vitest";
import { explainAllocation, explainServingPlan } from "../../src/explain";
import {
  advanceTo,
  applyEvent,
  applyStoryDecision,
  clonePlan,
  DATA_SOURCES,
  evaluateDataPlan,
  evaluateTrainingPlan,
  formatReadout,
  idleTrainingGpus,
  monthIndexOf,
  monthLabel,
  newWorld,
  previewAllocation,
  READOUTS,
  type RunScore,
  readNumber,
  runPool,
  runVerdict,
  SEED_PLANS,
  SOURCE_IDS,
  scoreRun,
  stepMonth,
  trainingPool,
  type WorldState,
  worldUnlocks,
} from "../../src/sim/index";

/** The seed's story, beat by beat (SOURCE.md), with the player's `tweak` before launch. */
function playSeed(seed: number, tweak: (s: WorldState) => WorldState = (s) => s): WorldState {
  let s = newWorld(seed);
  s = applyEvent(s, "gpt35_start");
  s = advanceTo(s, "2022-01");
  s = applyEvent(s, "microsoft_deal");
  s = applyEvent(s, "chinchilla_hire");
  s = stepMonth(s, {
    trainingPlan: SEED_PLANS.gpt4Training,
    allocation: { training: 25_000, serving: 4_000, research: 1_000 },
    fundResearch: ["whisper"],
  });
  s = advanceTo(s, "2022-08");
  s = applyEvent(s, "gpt4_start");
  s = advanceTo(s, "2022-12");
  s = applyEvent(s, "chatgpt_launch");
  s = advanceTo(s, "2023-01");
  s = applyEvent(s, "borrow_compute");
  s = applyEvent(s, "quantise_chatgpt");
  s = stepMonth(s, { allocation: { training: 5_000, serving: 32_000, research: 1_000 } });
  s = advanceTo(s, "2023-03");
  s = applyEvent(s, "gpt4_launch");
  s = applyEvent(s, "h100_arrival");
  s = tweak(s);
  return advanceTo(s, "2024-01");
}

describe("calendar", () => {
  it("runs from 2021-09 (index 0) to 2023-12 (index 27)", () => {
    expect(monthLabel(0)).toBe("2021-09");
    expect(monthLabel(4)).toBe("2022-01");
    expect(monthLabel(27)).toBe("2023-12");
    expect(monthIndexOf("2023-03")).toBe(18);
    expect(() => monthIndexOf("March")).toThrow(/month/);
  });
});

describe("world", () => {
  it("starts in 2021-09 with A100s, money and API demand (~69k tokens/s: 4.5B words/day)", () => {
    const s = newWorld(1);
    expect(s.monthIndex).toBe(0);
    expect(s.fleet.a100).toBeGreaterThan(5_000);
    expect(s.fleet.h100).toBe(0);
    expect(s.demand.apiTokensPerSecond).toBeGreaterThan(60_000);
    expect(s.demand.apiTokensPerSecond).toBeLessThan(80_000);
  });

  it("events are pure and unknown events throw", () => {
    const s = newWorld(1);
    const before = JSON.stringify(s);
    const t = applyEvent(s, "microsoft_deal");
    expect(JSON.stringify(s)).toBe(before);
    expect(t.fleet.a100).toBeGreaterThan(s.fleet.a100);
    expect(() => applyEvent(s, "alien_invasion")).toThrow(/unknown world event "alien_invasion"/);
  });

  it("stepMonth is pure and advances one month", () => {
    const s = newWorld(3);
    const before = JSON.stringify(s);
    const t = stepMonth(s);
    expect(JSON.stringify(s)).toBe(before);
    expect(t.monthIndex).toBe(1);
  });

  it("state stays plain JSON with finite numbers through a whole run", () => {
    const s = playSeed(11);
    const text = JSON.stringify(s);
    expect(JSON.parse(text)).toEqual(s);
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it("the seed's GPT-4 trains in ~3 months on ~25,000 A100s and launches", () => {
    const s = playSeed(5);
    expect(s.models.gpt4).not.toBeNull();
    expect(s.models.gpt4?.progress).toBe(1);
    expect(s.models.gpt4?.trainingDays).toBeGreaterThan(90);
    expect(s.models.gpt4?.trainingDays).toBeLessThan(100);
    expect(s.launchUsdPerMillionTokens).toBeGreaterThan(0);
    expect(s.history).toHaveLength(28);
  });

  it("training progresses month by month and the loss curve falls", () => {
    let s = applyEvent(newWorld(2), "microsoft_deal");
    s = stepMonth(s, {
      trainingPlan: SEED_PLANS.gpt4Training,
      allocation: { training: 25_000, serving: 4_000, research: 0 },
    });
    s = applyEvent(s, "gpt4_start");
    s = stepMonth(s);
    s = stepMonth(s);
    const [first = 0, second = 0] = s.run?.lossCurve ?? [];
    expect(s.run?.lossCurve).toHaveLength(2);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(first);
    expect(readNumber(s, "run.training_progress")).toBeGreaterThan(0.6);
  });

  it("gpt4_start refuses a plan that does not fit and says why", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel.zeroStage = 0;
    let s = applyEvent(newWorld(2), "microsoft_deal");
    s = stepMonth(s, { trainingPlan: plan });
    s = applyEvent(s, "gpt4_start");
    expect(s.run).toBeNull();
    expect(s.lastStart).toBe("memory");
  });

  it("ChatGPT's demand explodes; starving serving melts the fleet", () => {
    let s = applyEvent(newWorld(9), "microsoft_deal");
    s = advanceTo(s, "2022-12");
    const before = readNumber(s, "world.demand_tokens_per_second");
    s = applyEvent(s, "chatgpt_launch");
    s = stepMonth(s, { allocation: { training: 29_000, serving: 500, research: 500 } });
    s = advanceTo(s, "2023-04");
    expect(readNumber(s, "world.demand_tokens_per_second")).toBeGreaterThan(5 * before);
    expect(scoreRun(s).demandServedShare).toBeLessThan(0.6);
    expect(runVerdict(scoreRun(s)).allowed).toContain("melted_fleet");
  });

  it("previewAllocation is cheap and honest: more training GPUs, fewer days", () => {
    const s = applyEvent(newWorld(4), "microsoft_deal");
    const t = { ...SEED_PLANS.gpt4Training };
    const w = stepMonth(s, { trainingPlan: t });
    const a = previewAllocation(w, { training: 12_000, serving: 2_000, research: 0 });
    const b = previewAllocation(w, { training: 25_000, serving: 2_000, research: 0 });
    expect(b.trainingDays).toBeLessThan(a.trainingDays);
    expect(b.monthlyCostUsd).toBeGreaterThan(0);
    expect(a.demandServedShare).toBeGreaterThan(0);
    const ex = explainAllocation(w, { training: 25_000, serving: 2_000, research: 0 });
    expect(ex.trainingDays?.value).toBeCloseTo(b.trainingDays, 6);
  });
});

describe("a training job runs on one GPU type", () => {
  // Peak dense bf16: A100 312 TFLOP/s, H100 989.4 (NVIDIA datasheets).
  it("20,000 A100s and 2,000 H100s: the run uses the 20,000 A100s (6.24e18 > 1.98e18 FLOP/s)", () => {
    expect(trainingPool({ a100: 20_000, h100: 2_000 })).toEqual({ gpu: "A100", gpus: 20_000 });
    expect(idleTrainingGpus({ a100: 20_000, h100: 2_000 })).toEqual({ gpu: "H100", gpus: 2_000 });
  });
  it("10,000 A100s and 5,000 H100s: the run uses the 5,000 H100s (4.95e18 > 3.12e18), not 15,000", () => {
    expect(trainingPool({ a100: 10_000, h100: 5_000 })).toEqual({ gpu: "H100", gpus: 5_000 });
    expect(idleTrainingGpus({ a100: 10_000, h100: 5_000 })).toEqual({ gpu: "A100", gpus: 10_000 });
  });
});

describe("a run uses the GPUs its batch can feed", () => {
  it("no tensor or pipeline split, a 60M batch of 8k sequences: 7,324 copies, not 25,000 (runPool)", () => {
    // 60e6 / 8,192 = 7,324.2 micro-batches of one sequence: one per data-parallel copy at most.
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel = { ...plan.parallel, tensor: 1, pipeline: 1, interleave: 1, zeroStage: 3 };
    const pool = { gpu: "A100" as const, gpus: 25_000 };
    expect(evaluateTrainingPlan(plan, pool).reason).toBe("batch_too_small");
    expect(runPool(plan, pool)).toEqual({ gpu: "A100", gpus: 7_324 });
    expect(evaluateTrainingPlan(plan, runPool(plan, pool)).reason).not.toBe("batch_too_small");
    // The seed's 8 x 15 layout feeds 7,324 · 120 = 878,880 GPUs: the cap never binds there.
    expect(runPool(SEED_PLANS.gpt4Training, pool)).toEqual(pool);
  });
});

describe("show the math", () => {
  it("fills the KV-cache formula with the plan's own KV heads, precision and context", () => {
    const mqa = explainServingPlan(SEED_PLANS.gpt4Serving, { gpu: "A100", gpus: 1024 }, 1e5);
    // 2 · layers · KV heads · head width · bytes · reserved context, the attention named above it.
    expect(mqa.kvBytesPerSequence?.label).toContain("MQA: 1 KV head");
    expect(mqa.kvBytesPerSequence?.substituted).toMatch(/^2 · 120 · 1 · 216 · 2 · /);
    const mha = {
      ...SEED_PLANS.gpt4Serving,
      model: { ...SEED_PLANS.gpt4Serving.model, attention: "mha" as const },
    };
    const explained = explainServingPlan(mha, { gpu: "A100", gpus: 1024 }, 1e5);
    expect(explained.kvBytesPerSequence?.label).toContain("MHA: 96 KV heads");
    expect(explained.kvBytesPerSequence?.substituted).toMatch(/^2 · 120 · 96 · 216 · 2 · /);
  });
});

describe("the GPT-3.5 run", () => {
  it("trains the committed plan when it fits", () => {
    const plan = { ...clonePlan(SEED_PLANS.gpt35Training), name: "Andy's 3.5", layers: 80 };
    const s = applyEvent(
      { ...newWorld(4), plans: { ...newWorld(4).plans, training: plan } },
      "gpt35_start",
    );
    expect(s.run?.model).toBe("gpt35");
    expect(s.run?.plan.name).toBe("Andy's 3.5");
    expect(s.plans.training.name).not.toBe("Andy's 3.5");
  });

  it("falls back on the seed's GPT-3.5 plan when the committed one cannot start (SOURCE.md §3)", () => {
    const broken = {
      ...clonePlan(SEED_PLANS.gpt35Training),
      name: "too big",
      layers: 96,
      dModel: 65_536,
    };
    const world = newWorld(4);
    const s = applyEvent({ ...world, plans: { ...world.plans, training: broken } }, "gpt35_start");
    expect(s.run?.model).toBe("gpt35");
    expect(s.run?.plan.name).toBe(SEED_PLANS.gpt35Training.name);
  });
});

describe("scores and endings", () => {
  const base: RunScore = scoreRun(playSeed(21));

  it("the seed run launches GPT-4 clearly above GPT-3.5 with finite scores", () => {
    expect(base.flagship).toBe("gpt4");
    expect(base.capabilityLeapOverGpt35).toBeGreaterThan(10);
    expect(base.costRatioVsLaunch).toBeCloseTo(1, 6);
    for (const v of Object.values(base))
      if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  });

  it("GPT-4's training bill is its GPU-hours at the A100's $1 an hour (FORMULAS.md §6), not the fleet's money", () => {
    const gpt4 = playSeed(21).models.gpt4;
    expect(gpt4?.gpuHours).toBeGreaterThan(0);
    // The seed run trains on A100s only: $1 × GPU-hours (SemiAnalysis: ~$63M for 2.15e25 FLOPs).
    expect(base.trainingCostUsd).toBeCloseTo((gpt4?.gpuHours ?? 0) * 1, 0);
    expect(base.trainingCostUsd).toBeGreaterThan(40e6);
    expect(base.trainingCostUsd).toBeLessThan(90e6);
  });

  it("turbo: 10x cheaper than launch at full quality (int8, big batches, no drafting)", () => {
    const s = playSeed(21, (w) =>
      stepMonth(w, {
        gpt4Serving: {
          ...w.plans.gpt4Serving,
          precision: "int8",
          // 32-GPU int8 replicas hold the 1.83 TB of weights and 4,096 sequences' KV cache; big
          // micro-batches give every expert's matmul enough rows to run near the kernel rate.
          maxBatch: 4096,
          gpusPerReplica: 32,
          // Past the ridge point verification is compute bound: drafting stops paying.
          speculative: { ...w.plans.gpt4Serving.speculative, enabled: false },
        },
        // Training keeps the GPUs alignment can use, so its quality penalty lifts.
        allocation: { training: 6_000, serving: 39_000, research: 1_000 },
      }),
    );
    const sc = scoreRun(s);
    expect(sc.costRatioVsLaunch).toBeGreaterThanOrEqual(10);
    expect(runVerdict(sc).allowed).toEqual(["turbo"]);
  });

  it("nerfed: quality under 90%, or 10x bought with quality under 95%; never turbo then", () => {
    expect(runVerdict({ ...base, perceivedQuality: 0.8, costRatioVsLaunch: 4 }).allowed).toEqual([
      "nerfed",
    ]);
    const cutByQuality = runVerdict({ ...base, perceivedQuality: 0.93, costRatioVsLaunch: 12 });
    expect(cutByQuality.allowed).toContain("nerfed");
    expect(cutByQuality.allowed).not.toContain("turbo");
    // 9.9x at full quality is not the goal yet: busy.
    expect(runVerdict({ ...base, costRatioVsLaunch: 9.9 }).allowed).toEqual(["busy"]);
  });

  it("the subpoena follows licence risk, and the paper trail lowers its line", () => {
    expect(runVerdict({ ...base, licenceRisk: 0.76 }).allowed).toContain("subpoena");
    const trail = { ...base, licenceRisk: 0.72, namedOnRiskySource: true, ledgerKept: false };
    expect(runVerdict(trail).allowed).toContain("subpoena");
    expect(runVerdict({ ...trail, ledgerKept: true }).allowed).not.toContain("subpoena");
    expect(runVerdict({ ...base, licenceRisk: 0.72 }).allowed).not.toContain("subpoena");
    // The seed's own mix (shadow books and Sci-Hub, 0.648) stays under both lines.
    expect(runVerdict({ ...base, licenceRisk: 0.648, namedOnRiskySource: true }).allowed).toEqual([
      "busy",
    ]);
  });

  it("the subpoena is reachable from a real mix: every source at its maximum, audio scraped", () => {
    let s = newWorld(3);
    s = applyStoryDecision(s, "audio_rights", "everything");
    const sources = {} as Parameters<typeof evaluateDataPlan>[0]["sources"];
    for (const id of SOURCE_IDS) {
      sources[id] = { uniqueTokens: DATA_SOURCES[id].uniqueTokensAvailable, epochs: 1 };
    }
    const risk = evaluateDataPlan(
      { sources },
      { whisper: true, audioRights: "everything" },
    ).licenceRisk;
    // 1 − (0.95 · 1 · 0.6 · 0.98 · 0.7 · 0.9 · 0.65 · 0.9): web, licensed books, shadow books,
    // arXiv, Sci-Hub, GitHub, audio scraped (0.35), image-text.
    expect(risk).toBeCloseTo(1 - 0.95 * 0.6 * 0.98 * 0.7 * 0.9 * 0.65 * 0.9, 6);
    expect(risk).toBeGreaterThanOrEqual(0.75);
    expect(s.story.audioRights).toBe("everything");
  });

  it("the dense giant needs a dense GPT-4 too costly to serve; an MoE or 3.5 never gets it", () => {
    expect(runVerdict({ ...base, denseFlagship: true, servable: false }).allowed).toContain(
      "dense_giant",
    );
    expect(runVerdict({ ...base, denseFlagship: false, servable: false }).allowed).toEqual([
      "busy",
    ]);
    // A dense 870B (12 · 120 · 24,576²) needs 870 / 277 = 3.1x the source's compute per token.
    expect(
      runVerdict({ ...base, denseFlagship: true, computePerTokenVsSource: 870 / 277 }).allowed,
    ).toContain("dense_giant");
    expect(
      runVerdict({ ...base, denseFlagship: true, computePerTokenVsSource: 309 / 277 }).allowed,
    ).toEqual(["busy"]);
    // Without a GPT-4 the flagship is 3.5, dense and dear: that is Chinchilla's warning, not a giant.
    expect(
      runVerdict({ ...base, gpt4Trained: false, denseFlagship: true, servable: false }).allowed,
    ).toEqual(["chinchilla_warning"]);
    expect(runVerdict({ ...base, tooBigForData: true }).allowed).toEqual(["chinchilla_warning"]);
    expect(runVerdict(base).allowed).toEqual(["busy"]);
  });
});

describe("readouts", () => {
  it("every key reads a finite number and formats without NaN/undefined", () => {
    const s = playSeed(8);
    for (const key of Object.keys(READOUTS)) {
      expect(Number.isFinite(readNumber(s, key))).toBe(true);
      expect(formatReadout(s, key)).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(formatReadout(s, "plan.training.total_params")).toBe("1,831B");
    expect(formatReadout(s, "plan.data.seen_tokens")).toBe("13T");
  });

  it("an unknown key throws a clear error", () => {
    expect(() => readNumber(newWorld(1), "gpt5.params")).toThrow(
      /unknown sim readout "gpt5.params"/,
    );
    expect(() => formatReadout(newWorld(1), "toString")).toThrow(/unknown sim readout/);
  });
});

describe("research", () => {
  it("a funded project finishes after its GPU-months and then serves cheaper (speculative decoding)", () => {
    let s = newWorld(4);
    const before = readNumber(s, "plan.gpt4_serving.usd_per_mtok");
    expect(worldUnlocks(s).research).toEqual([]);
    // 1,000 research GPUs for one month: the 1,000 GPU-months the distilled draft needs.
    s = stepMonth(s, {
      allocation: { training: 6_500, serving: 2_500, research: 1_000 },
      fundResearch: ["speculative_decoding"],
    });
    expect(s.research.done).toContain("speculative_decoding");
    expect(worldUnlocks(s).research).toContain("speculative_decoding");
    expect(readNumber(s, "plan.gpt4_serving.usd_per_mtok")).toBeLessThan(before);
  });
});
