import { describe, expect, it } from "vitest";
import {
  explainDataPlan,
  explainDataSource,
  explainServingPlan,
  explainTrainingPlan,
  memoryAdvice,
  trainingFitMessage,
  trainingFitNote,
} from "../../src/explain";
import {
  clonePlan,
  evaluateDataPlan,
  evaluateDataSources,
  evaluateServingPlan,
  evaluateTrainingPlan,
  formatParams,
  MUENNIGHOFF_2023,
  type ResearchId,
  SEED_PLANS,
  type TrainingPlan,
  type Unlocks,
} from "../../src/sim/index";

const A100_25K = { gpu: "A100", gpus: 25_000 } as const;

describe("the seed's GPT-4 plan (SOURCE.md §5, FORMULAS.md §6)", () => {
  const ev = evaluateTrainingPlan(SEED_PLANS.gpt4Training, A100_25K);

  it("is 1,831B total and 277B active, derived from its shape", () => {
    // P_e = 8 · 10752² · 120 = 110.98B; P_s = 120 · (2 · 10752 · 96 · 216 + 2 · 10752 · 216)
    // + 100256 · 10752 = 54.07B + 1.08B = 55.14B. Total 16 · 110.98 + 55.14 = 1,830.8B,
    // active 2 · 110.98 + 55.14 = 277.1B: the rumour's 1,831B / 277B within 0.1%.
    expect(Math.abs(ev.totalParams - 1831e9) / 1831e9).toBeLessThan(0.01);
    expect(Math.abs(ev.activeParams - 277e9) / 277e9).toBeLessThan(0.01);
    expect(ev.expertParams / 1e9).toBeCloseTo(110.98, 1);
    expect(ev.sharedParams / 1e9).toBeCloseTo(55.14, 1);
    expect(formatParams(ev.totalParams)).toBe("1,831B");
    expect(formatParams(ev.activeParams)).toBe("277B");
  });

  it("sees 13T tokens (text twice, code four times) for ~2.16e25 FLOP, within 2% of 2.15e25", () => {
    expect(ev.seenTokens).toBeCloseTo(13e12, -3);
    expect(ev.uniqueTokens).toBeCloseTo(5.2e12, -3);
    expect(Math.abs(ev.flops - 2.15e25) / 2.15e25).toBeLessThan(0.02);
  });

  it("fits in 80 GB per A100 under TP 8 x PP 15, ZeRO-1", () => {
    expect(ev.fits).toBe(true);
    expect(ev.memoryBytesPerGpu).toBeLessThan(80e9);
    expect(ev.dataParallel).toBe(208);
  });

  it("derives 32-36% MFU (S-G4-mfu) and 90-100 days on 25,000 A100s (S-G4-cn)", () => {
    expect(ev.mfu).toBeGreaterThanOrEqual(0.32);
    expect(ev.mfu).toBeLessThanOrEqual(0.36);
    expect(ev.days).toBeGreaterThanOrEqual(90);
    expect(ev.days).toBeLessThanOrEqual(100);
  });

  it("costs $54-63M at $1/A100-hour (FORMULAS §6 cost check)", () => {
    expect(ev.costUsd).toBeGreaterThan(54e6);
    expect(ev.costUsd).toBeLessThan(63e6);
  });

  it("is not too big for its data and beats the GPT-3.5 seed by a clear margin", () => {
    const g35 = evaluateTrainingPlan(SEED_PLANS.gpt35Training, { gpu: "A100", gpus: 10_000 });
    const g3 = evaluateTrainingPlan(SEED_PLANS.gpt3Training, { gpu: "A100", gpus: 10_000 });
    expect(ev.tooBigForData).toBe(false);
    expect(ev.loss).toBeLessThan(g35.loss);
    expect(g35.loss).toBeLessThan(g3.loss);
    expect(ev.capability - g35.capability).toBeGreaterThan(10);
    expect(g3.capability).toBeGreaterThan(25);
    expect(g3.capability).toBeLessThan(45);
  });

  it("without full recompute the activations do not fit, and the reason says so", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel.recompute = "selective";
    const bad = evaluateTrainingPlan(plan, A100_25K);
    expect(bad.fits).toBe(false);
    expect(bad.reason).toBe("memory");
    expect(trainingFitMessage(plan, bad)).toMatch(/per GPU/);
    // The advice names the part that overflows and only fixes not made yet (FlashAttention is
    // off and sequence parallelism on in the seed plan).
    const advice = memoryAdvice(plan, bad);
    expect(advice.part).toBe("activations");
    expect(advice.fixes[0]).toBe("full activation recompute");
    expect(advice.fixes).toContain("FlashAttention");
    expect(advice.fixes).not.toContain("sequence parallelism");
    expect(trainingFitMessage(plan, bad)).toContain(
      "Activations are the largest part: try full activation recompute, FlashAttention",
    );
    expect(trainingFitNote(plan, bad)).toBe(
      "Does not fit. Activations are the largest part: try full activation recompute or FlashAttention.",
    );
  });

  it("a dense giant on too few ways of model parallelism overflows with its weights, and ZeRO-3 is advised", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel.tensor = 1;
    plan.parallel.pipeline = 1;
    plan.parallel.zeroStage = 1;
    // 25,000 data-parallel copies need at least 25,000 · 8,192 = 204.8M tokens a step.
    plan.batch.finalTokens = 205e6;
    const bad = evaluateTrainingPlan(plan, A100_25K);
    expect(bad.reason).toBe("memory");
    const advice = memoryAdvice(plan, bad);
    // 1,831B parameters in bf16 on one GPU: 3.66 TB of weights (and as much of gradients).
    expect(advice.part).toBe("weights");
    expect(advice.bytes).toBeCloseTo(3.662e12, -9);
    expect(advice.fixes).toEqual([
      "ZeRO stage 3",
      "more pipeline stages",
      "wider tensor parallelism",
    ]);
    plan.parallel.zeroStage = 3;
    const sharded = memoryAdvice(plan, evaluateTrainingPlan(plan, A100_25K));
    expect(sharded.fixes).not.toContain("ZeRO stage 3");
  });

  it("FlashAttention speeds the run up (Dao et al. 2022)", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.flashAttention = true;
    expect(evaluateTrainingPlan(plan, A100_25K).days).toBeLessThan(ev.days);
  });
});

describe("the big epoch (SOURCE.md §5)", () => {
  it("3.9T natural language once + 1.3T code twice = 6.5T tokens, 40% code", () => {
    const d = evaluateDataPlan(SEED_PLANS.gpt4BigEpochData);
    expect(d.seenTokens).toBeCloseTo(6.5e12, -3);
    expect(d.uniqueTokens).toBeCloseTo(5.2e12, -3);
    expect(d.codeShare).toBeCloseTo(0.4, 10);
  });

  it("two big epochs are the 13T plan: NL x2 and code x4", () => {
    const d = evaluateDataPlan(SEED_PLANS.gpt4Data);
    expect(d.seenTokens).toBeCloseTo(13e12, -3);
    expect(d.codeShare).toBeCloseTo(0.4, 10);
  });

  it("locked sources (audio before Whisper) do not count", () => {
    const data = clonePlan(SEED_PLANS.gpt4BigEpochData);
    data.sources.audio_transcribed = { uniqueTokens: 0.5e12, epochs: 1 };
    const locked = evaluateDataPlan(data, { whisper: false });
    const open = evaluateDataPlan(data, { whisper: true });
    expect(locked.overdrawn).toBe(true);
    expect(open.seenTokens - locked.seenTokens).toBeCloseTo(0.5e12, -3);
    const audio = evaluateDataSources(data, { whisper: false }).find(
      (s) => s.id === "audio_transcribed",
    );
    expect(audio).toMatchObject({ availableTokens: 0, askedTokens: 0.5e12, seenTokens: 0 });
    expect(audio?.overdrawn).toBe(true);
  });

  it("source by source: the web once, code twice, and the parts add up to the mix", () => {
    const data = SEED_PLANS.gpt4BigEpochData;
    const sources = evaluateDataSources(data);
    const whole = evaluateDataPlan(data);
    const sum = (f: (s: (typeof sources)[number]) => number) =>
      sources.reduce((a, s) => a + f(s), 0);
    expect(sum((s) => s.seenTokens)).toBeCloseTo(whole.seenTokens, -3);
    expect(sum((s) => s.uniqueTokens)).toBeCloseTo(whole.uniqueTokens, -3);
    const keep = sources.reduce((a, s) => a * (1 - s.licenceRisk), 1);
    expect(1 - keep).toBeCloseTo(whole.licenceRisk, 12);
    const code = sources.find((s) => s.id === "code_github");
    expect(code?.seenTokens).toBeCloseTo(2.6e12, -3);
    // The Data Mix's own "show the math" adds the same terms.
    const math = explainDataPlan(data);
    expect(math.seenTokens.value).toBeCloseTo(6.5e12, -3);
    expect(math.seenTokens.substituted).toContain("1.3T · 2");
    expect(math.seenTokens.substituted).toMatch(/= 6\.5T$/);
    expect(math.codeShare.substituted).toBe("2.6T / 6.5T = 40%");
    expect(sum((s) => s.share)).toBeCloseTo(1, 12);
    expect(code?.share).toBeCloseTo(0.4, 10);
  });

  it("half an epoch of a source reads half of it, and its math says so", () => {
    const data = clonePlan(SEED_PLANS.gpt4BigEpochData);
    data.sources.web = { uniqueTokens: 3e12, epochs: 0.5 };
    const web = evaluateDataSources(data).find((s) => s.id === "web");
    expect(web?.uniqueTokens).toBeCloseTo(1.5e12, -3);
    expect(web?.seenTokens).toBeCloseTo(1.5e12, -3);
    // Its risk is its weight times the share of the source read: 0.05 · 1.5T / 3.3T = 2.3%.
    expect(explainDataSource(data, "web").substituted).toMatch(
      /^risk = 0\.05 · 1\.5T \/ 3\.3T = 2\.3%; 3T · 0\.5 \/ /,
    );
  });
});

describe("training plan reasons", () => {
  const base = (): TrainingPlan => clonePlan(SEED_PLANS.gpt4Training);
  it("too few GPUs for one model copy", () => {
    const ev = evaluateTrainingPlan(base(), { gpu: "A100", gpus: 100 });
    expect(ev.reason).toBe("too_few_gpus");
    expect(ev.days).toBe(0);
  });
  it("heads must split over tensor parallelism", () => {
    const p = base();
    p.parallel.tensor = 7;
    expect(evaluateTrainingPlan(p, A100_25K).reason).toBe("heads_not_divisible");
  });
  it("no data", () => {
    const p = base();
    for (const s of Object.values(p.data.sources)) s.epochs = 0;
    expect(evaluateTrainingPlan(p, A100_25K).reason).toBe("no_data");
  });
  it("a dense 1.8T model on the same data is too big for it (Chinchilla's warning)", () => {
    const p = base();
    p.architecture = "dense";
    p.attention = "mha";
    p.heads = 160;
    p.headDim = 128;
    p.dModel = 20480;
    p.layers = 360;
    const ev = evaluateTrainingPlan(p, A100_25K);
    expect(ev.totalParams).toBeGreaterThan(1.8e12);
    expect(ev.tooBigForData).toBe(true);
  });
});

describe("serving", () => {
  const plan = SEED_PLANS.gpt4Serving;
  // 10 replicas of ~277 tokens/s (64 sequences, serving-physics.test.ts) serve 1,000 tokens/s in full.
  const ev = evaluateServingPlan(plan, { gpu: "A100", gpus: 1280 }, 1e3);

  it("128-GPU replicas hold 1,831B at fp16 in under 30 GB per GPU (S-G4-inf)", () => {
    expect(ev.fits).toBe(true);
    expect(ev.weightBytesPerGpu).toBeLessThan(30e9);
    expect(ev.replicas).toBe(10);
  });

  it("decode at the launch batch (512) is matmul bound under the GEMM rule; drafting pays", () => {
    // 32 sequences per micro-batch x 5 verified positions = 160 tokens, all 16 experts hit, 20 rows
    // each: gemm(20) = 20/276 ≈ 7%, so each expert's matmul costs 2·W·(rows + 256) FLOP at 0.75 of
    // peak, more than reading W at 80% of HBM bandwidth. A plain step's 32 tokens already hit 15.3
    // of 16 experts, so verifying 5 positions reads hardly more weights; the accepted tokens
    // (1 − α⁵)/(1 − α) ≤ 2.8 at α ≈ 0.7 bound the gain from above.
    expect(ev.memoryBound).toBe(false);
    expect(ev.speculativeSpeedup).toBeGreaterThan(1.25);
    expect(ev.speculativeSpeedup).toBeLessThan(2.8);
    expect(ev.usdPerMillionTokens).toBeGreaterThan(0);
  });

  it("int8 and a larger batch cut the cost; a lenient verifier costs quality", () => {
    const cheap = clonePlan(plan);
    cheap.precision = "int8";
    cheap.maxBatch = 4096;
    const c = evaluateServingPlan(cheap, { gpu: "A100", gpus: 1280 }, 1e5);
    expect(c.usdPerMillionTokens).toBeLessThan(ev.usdPerMillionTokens / 2);
    const lenient = clonePlan(plan);
    lenient.speculative.threshold = 0.5;
    const l = evaluateServingPlan(lenient, { gpu: "A100", gpus: 1280 }, 1e5);
    expect(l.quality).toBeLessThan(ev.quality);
    expect(l.tokensPerSecond).toBeGreaterThan(ev.tokensPerSecond);
  });

  it("continuous batching beats static batching (Orca, vLLM)", () => {
    const st = clonePlan(plan);
    st.batching = "static";
    expect(evaluateServingPlan(st, { gpu: "A100", gpus: 1280 }, 1e5).tokensPerSecond).toBeLessThan(
      ev.tokensPerSecond,
    );
  });

  it("the weights of 1,831B at fp16 do not fit 16 GPUs", () => {
    const small = clonePlan(plan);
    small.gpusPerReplica = 16;
    const s = evaluateServingPlan(small, { gpu: "A100", gpus: 1280 }, 1e5);
    expect(s.fits).toBe(false);
    expect(s.reason).toBe("weights");
  });

  it("demand served is capacity over demand, capped at 1", () => {
    const big = evaluateServingPlan(plan, { gpu: "A100", gpus: 1280 }, ev.tokensPerSecond * 2);
    expect(big.demandServedShare).toBeCloseTo(0.5, 10);
    expect(ev.demandServedShare).toBe(1);
  });
});

describe("explanations", () => {
  it("fill the player's values into each formula", () => {
    const t = explainTrainingPlan(SEED_PLANS.gpt4Training, A100_25K);
    expect(t.flops?.formula).toBe("6 · N_active · D");
    expect(t.flops?.substituted).toMatch(/2\.16e25 FLOP/);
    expect(t.totalParams?.substituted).toMatch(/1,831B/);
    const s = explainServingPlan(SEED_PLANS.gpt4Serving, { gpu: "A100", gpus: 1280 }, 1e5);
    for (const x of [...Object.values(t), ...Object.values(s)]) {
      expect(Number.isFinite(x.value)).toBe(true);
      expect(x.source.length).toBeGreaterThan(3);
      expect(x.substituted).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});

describe("finished research changes the numbers it names (RESEARCH_EFFECTS)", () => {
  const A100_128 = { gpu: "A100", gpus: 128 } as const;
  const done = (id: ResearchId): Unlocks => ({ whisper: true, research: [id] });
  const serving = () => clonePlan(SEED_PLANS.gpt4Serving);

  it("no research, no change: an empty list evaluates like no unlocks at all", () => {
    const plan = serving();
    expect(evaluateServingPlan(plan, A100_128, 0, { whisper: true, research: [] })).toEqual(
      evaluateServingPlan(plan, A100_128, 0),
    );
  });

  it("quantisation halves int8's quality loss", () => {
    const plan = { ...serving(), precision: "int8" as const };
    const fp16 = evaluateServingPlan(serving(), A100_128, 0).quality;
    const before = evaluateServingPlan(plan, A100_128, 0).quality / fp16;
    const after = evaluateServingPlan(plan, A100_128, 0, done("quantisation")).quality / fp16;
    expect(1 - after).toBeCloseTo((1 - before) / 2, 10);
    expect(before).toBeLessThan(1);
  });

  it("a distilled draft is accepted more often and serving gets cheaper", () => {
    const before = evaluateServingPlan(serving(), A100_128, 0);
    const after = evaluateServingPlan(serving(), A100_128, 0, done("speculative_decoding"));
    expect(after.acceptance).toBeCloseTo(before.acceptance + 0.05, 10);
    expect(after.usdPerMillionTokens).toBeLessThan(before.usdPerMillionTokens);
  });

  it("long-context research fits more 32k conversations and leaves 8k alone", () => {
    const long = { ...serving(), contextTokens: 32_768 };
    const before = evaluateServingPlan(long, A100_128, 0);
    const after = evaluateServingPlan(long, A100_128, 0, done("long_context"));
    expect(after.memoryLimitedBatch).toBeGreaterThan(before.memoryLimitedBatch);
    expect(evaluateServingPlan(serving(), A100_128, 0, done("long_context"))).toEqual(
      evaluateServingPlan(serving(), A100_128, 0),
    );
  });

  it("tuned FlashAttention kernels raise MFU, only with FlashAttention on", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    expect(evaluateTrainingPlan(plan, A100_25K, done("flash_attention")).mfu).toBe(
      evaluateTrainingPlan(plan, A100_25K).mfu,
    );
    plan.flashAttention = true;
    const before = evaluateTrainingPlan(plan, A100_25K);
    const after = evaluateTrainingPlan(plan, A100_25K, done("flash_attention"));
    expect(after.mfu).toBeGreaterThan(before.mfu);
    expect(after.days).toBeLessThan(before.days);
  });

  it("scaling-law research lowers the reducible loss by 3%", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    const before = evaluateTrainingPlan(plan, A100_25K);
    const after = evaluateTrainingPlan(plan, A100_25K, done("scaling_laws"));
    const E = MUENNIGHOFF_2023.E;
    expect(after.loss - E).toBeCloseTo((before.loss - E) * 0.97, 10);
    expect(after.capability).toBeGreaterThan(before.capability);
  });
});
