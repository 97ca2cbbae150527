import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trainingAdvice, trainingFitMessage } from "../../src/explain";
import {
  clonePlan,
  evaluateDataPlan,
  evaluateTrainingPlan,
  GPUS,
  MUENNIGHOFF_2023,
  modelParams,
  SEED_PLANS,
  SOURCE_IDS,
  type TrainingEvaluation,
  type TrainingPlan,
} from "../../src/sim/index";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const A100_25K = { gpu: "A100", gpus: 25_000 } as const;

/** A dense plan on fresh web data, from the GPT-3 seed with the fields a test names replaced. */
function densePlan(o: Partial<TrainingPlan>): TrainingPlan {
  return { ...clonePlan(SEED_PLANS.gpt3Training), ...o };
}

describe("parameters follow the shape", () => {
  it("Llama-2-70B's shape is ~70B (FORMULAS §1: Meta's 68.98B with an untied head)", () => {
    // 80 · (2 · 8192² + 2 · 8192 · 8 · 128 + 3 · 8192 · 28672) + 32000 · 8192
    // = 80 · (134.22M + 16.78M + 704.64M) + 0.262B = 68.45B + 0.262B = 68.71B. Meta's 68.98B adds the
    // untied output matrix (another V · d = 0.262B) and the norms.
    const shape = densePlan({
      layers: 80,
      dModel: 8192,
      heads: 64,
      headDim: 128,
      attention: "gqa",
      gqaGroups: 8,
      vocab: 32_000,
      mlpRatio: 28_672 / 8192,
      gatedMlp: true,
    });
    const n = modelParams(shape).total;
    expect(n / 1e9).toBeCloseTo(68.71, 2);
    expect(rel(n, 68.98e9)).toBeLessThan(0.005);
  });

  it("PaLM 540B's shape is 540.35B (Chowdhery et al. 2022 Table 1: MQA, 48 heads of 256, SwiGLU)", () => {
    // Query width 48 · 256 = 12,288 < d = 18,432. Per layer: 2 · 18432 · 12288 + 2 · 18432 · 256
    // = 462.42M attention, 3 · 18432 · 73728 = 4,076.86M MLP; × 118 = 535.64B, + 256000 · 18432 =
    // 4.72B shared embedding = 540.35B.
    const palm = densePlan({
      layers: 118,
      dModel: 18_432,
      heads: 48,
      headDim: 256,
      attention: "mqa",
      gqaGroups: 1,
      vocab: 256_000,
      mlpRatio: 4,
      gatedMlp: true,
    });
    expect(modelParams(palm).total / 1e9).toBeCloseTo(540.35, 2);
    // PaLM's MFU counts attention as 12 · L · H · Q · T FLOPs per token with H · Q the query width
    // (App. B), not d_model: 12 · 118 · 12288 · 2048 / (6 · 540.35e9) = 3.5635e10 / 3.2421e12 = 1.099%.
    // (PaLM's 46.2% itself is on TPU v4, which the sim does not model; see src/sim/README.md.)
    palm.context = { startTokens: 2048, finalTokens: 2048, finalShare: 1 };
    const ev = evaluateTrainingPlan(palm, A100_25K);
    expect(ev.attentionShare * 100).toBeCloseTo(1.099, 2);
  });

  it("an MoE's size grows with width and depth: 1.83T no longer fits in 4 layers of width 512", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.layers = 4;
    plan.dModel = 512;
    plan.heads = 4;
    plan.headDim = 128;
    plan.parallel.pipeline = 1;
    plan.parallel.interleave = 1;
    const small = evaluateTrainingPlan(plan, A100_25K);
    // 16 · 8 · 512² · 4 + 4 · (2 · 512 · 512 + 2 · 512 · 128) + 100256 · 512 = 134.2M + 2.6M + 51.3M.
    expect(small.totalParams / 1e6).toBeCloseTo(188.2, 1);
    // Twice the layers: twice every per-layer part, the embedding unchanged.
    const deeper = evaluateTrainingPlan({ ...plan, layers: 8 }, A100_25K);
    expect(deeper.totalParams - small.totalParams).toBeCloseTo(small.totalParams - 51.33e6, -5);
    // The stored expert and shared fields are not trusted.
    const stale = { ...plan, expertParams: 111e9, sharedParams: 55e9 };
    expect(evaluateTrainingPlan(stale, A100_25K).totalParams).toBe(small.totalParams);
  });
});

describe("communication is charged where it is paid", () => {
  const seed = evaluateTrainingPlan(SEED_PLANS.gpt4Training, A100_25K);

  it("the seed's data-parallel all-reduce moves 2 · (207/208) · 2 B · 1,830.8B/120 = 60.7 GB per GPU a step", () => {
    expect(seed.dpGradientBytesPerStep / 1e9).toBeCloseTo(60.7, 1);
    // On 25 GB/s of InfiniBand: 2.43 s, against a window of the last micro-batch's backward (2/3 of
    // 29.8 s / 35.2) plus half the 3.0 s bubble ≈ 2.0 s: most of it hides.
    expect(seed.dpGradientSeconds).toBeCloseTo(2.43, 2);
    expect(seed.dpOverlapShare).toBeGreaterThan(0.75);
    expect(seed.dpOverlapShare).toBeLessThan(1);
    expect(seed.zeroGatherBytesPerStep).toBe(0);
    expect(seed.allToAllBytesPerStep).toBe(0);
  });

  it("interleaving multiplies pipeline traffic by its chunk count (Narayanan et al. 2021 §2.2)", () => {
    // Per micro-batch and chunk: 2 directions · 2 B · 8192 · 10752 / 8 = 44.0 MB.
    expect(seed.pipelineBytesPerStep / (seed.microbatches * 4)).toBeCloseTo(44.04e6, -4);
    const plain = clonePlan(SEED_PLANS.gpt4Training);
    plain.parallel.interleave = 1;
    const one = evaluateTrainingPlan(plain, A100_25K);
    expect(seed.pipelineBytesPerStep / one.pipelineBytesPerStep).toBeCloseTo(4, 10);
    // It still pays: the bubble falls from 28% to 9%.
    expect(one.bubble).toBeGreaterThan(0.25);
    expect(seed.mfu).toBeGreaterThan(one.mfu);
  });

  it("ZeRO-3 with no model parallelism over 24,960 GPUs is communication-bound", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel = { ...plan.parallel, tensor: 1, pipeline: 1, interleave: 1, zeroStage: 3 };
    // One micro-batch per rank needs 24,960 · 8,192 = 204.5M tokens a step.
    plan.batch.finalTokens = 24_960 * 8192;
    const ev = evaluateTrainingPlan(plan, { gpu: "A100", gpus: 24_960 });
    expect(ev.fits).toBe(true);
    // ZeRO §7: 3Ψ = 3 · 2 B · 1,830.8B = 10.98 TB per GPU a step, 439 s on 25 GB/s.
    expect((ev.dpGradientBytesPerStep + ev.zeroGatherBytesPerStep) / 1e12).toBeCloseTo(10.98, 1);
    expect(ev.dpGradientSeconds + ev.zeroGatherSeconds).toBeCloseTo(439, -1);
    expect(ev.exposedCommSeconds).toBeGreaterThan(2 * ev.computeSecondsPerStep);
    expect(ev.days).toBeGreaterThan(3 * seed.days);
  });

  it("expert parallelism trades memory for all-to-all traffic (GShard, Switch)", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel.expertParallel = 16;
    const ev = evaluateTrainingPlan(plan, A100_25K);
    expect(ev.fits).toBe(true);
    // 4 all-to-alls · top-2 · 8192/8 tokens · 10752 · 2 B · 15/16 = 165.2 MB per layer and micro-batch,
    // × 8 layers per stage × 35.2 micro-batches = 46.5 GB a step.
    expect(ev.allToAllBytesPerStep / 1e9).toBeCloseTo(46.5, 0);
    expect(ev.memoryBytesPerGpu).toBeLessThan(seed.memoryBytesPerGpu / 2);
    plan.parallel.expertParallel = 3;
    expect(evaluateTrainingPlan(plan, A100_25K).reason).toBe("experts_not_divisible");
  });
});

describe("shapes real frameworks refuse", () => {
  it("layers must divide into stages × chunks, and a chunk needs a layer (Megatron-LM)", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel.pipeline = 16; // 120 layers over 16 stages of 4 chunks: 120 / 64 is not whole
    const uneven = evaluateTrainingPlan(plan, A100_25K);
    expect(uneven.reason).toBe("layers_not_divisible");
    expect(trainingFitMessage(plan, uneven)).toBe(
      "120 layers do not split evenly into 16 stages x 4 chunks.",
    );
    const shallow = clonePlan(SEED_PLANS.gpt4Training);
    shallow.layers = 30;
    shallow.parallel.pipeline = 1;
    shallow.parallel.interleave = 120; // 120 chunks for 30 layers
    const many = evaluateTrainingPlan(shallow, A100_25K);
    expect(many.reason).toBe("too_many_chunks");
    expect(trainingFitMessage(shallow, many)).toMatch(
      /^120 interleaved chunks per GPU for 30 layers/,
    );
  });

  it("a batch under one micro-batch per data-parallel rank is refused, not grown", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    // 208 copies · 8,192 tokens = 1.70M tokens is the least a step can hold.
    plan.batch.finalTokens = 1.6e6;
    const ev = evaluateTrainingPlan(plan, A100_25K);
    expect(ev.reason).toBe("batch_too_small");
    expect(trainingFitMessage(plan, ev)).toMatch(/less than one micro-batch/);
    plan.batch.finalTokens = 1.71e6;
    expect(evaluateTrainingPlan(plan, A100_25K).reason).not.toBe("batch_too_small");
  });
});

describe("the critical batch (McCandlish et al. 2018; Kaplan et al. 2020 §5.1)", () => {
  const seed = evaluateTrainingPlan(SEED_PLANS.gpt4Training, A100_25K);

  it("puts the seed's 60M-token batch just under B_crit, at full worth", () => {
    // B_crit = 1.5e9 / 1.9401^(1/0.21) = 1.5e9 / 23.47 = 63.9M tokens.
    expect(seed.criticalBatchTokens / 1e6).toBeCloseTo(63.9, 0);
    expect(seed.batchEfficiency).toBe(1);
  });

  it("a 4x batch is faster but its tokens are worth less: (1 + 1)/(1 + 240/63.9) = 0.42", () => {
    // Token-weighted over the ramp: 2% at the ramp's mean (4M + 240M)/2 = 122M, worth
    // 2/(1 + 122/63.9) = 0.687, and 98% at 240M, worth 0.421: 0.0137 + 0.4124 = 0.426.
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.batch.finalTokens = 240e6;
    const big = evaluateTrainingPlan(plan, A100_25K);
    expect(big.days).toBeLessThan(seed.days);
    // B_crit is read at the loss before the batch's cost, the seed's own: 63.9M.
    expect(big.criticalBatchTokens).toBeCloseTo(seed.criticalBatchTokens, -3);
    expect(big.batchEfficiency).toBeCloseTo(
      0.02 * (2 / (1 + 122 / 63.9)) + 0.98 * (2 / (1 + 240 / 63.9)),
      2,
    );
    expect(big.loss).toBeGreaterThan(seed.loss);
    expect(big.effectiveTokens).toBeCloseTo(big.dataEffectiveTokens * big.batchEfficiency, -3);
  });

  it("the Designer says so: the seed's batch gets no note, a 240M batch is told what it costs", () => {
    expect(trainingAdvice(seed)).toBe("");
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.batch.finalTokens = 240e6;
    // Worth 0.426 (above) prints 43%; B_crit 63.9M prints 63.9M.
    expect(trainingAdvice(evaluateTrainingPlan(plan, A100_25K))).toBe(
      "A 240M batch is past the critical batch (63.9M): each token counts 43%, so the same loss needs more tokens.",
    );
  });
});

describe("published figures the sim was not tuned on", () => {
  it("Megatron-LM 1T on 3,072 A100s: 163 TFLOP/s per GPU (Narayanan et al. 2021 Table 1), within -10%..+16%", () => {
    // 128 layers, d 25,600, 160 heads, TP 8 × PP 64 × DP 6, batch 3,072 × 2,048, micro-batch 1, full
    // recompute. Hand: m = 512, bubble 63/575 = 11.0%, GEMM 2048/2304 = 0.889, attention
    // 1/(1 + 0.0133 · 1.8) = 0.977, TP 2.3%, goodput 0.982: MFU ≈ 0.75 · 0.890 · 0.977 · 0.889 ·
    // 0.977 · 0.75 · 0.982 = 0.417, less 0.5 s of pipeline traffic in a 94 s step. Megatron's 163
    // counts the recompute (its 96·B·s·l·h² FLOPs are 4 passes), so compare HFU = 4/3 · MFU · 312.
    const plan = densePlan({
      layers: 128,
      dModel: 25_600,
      heads: 160,
      headDim: 160,
      gqaGroups: 160,
      vocab: 51_200,
      context: { startTokens: 2048, finalTokens: 2048, finalShare: 1 },
      batch: { startTokens: 3072 * 2048, finalTokens: 3072 * 2048, rampShare: 0 },
      parallel: {
        tensor: 8,
        pipeline: 64,
        microbatchSequences: 1,
        interleave: 1,
        sequenceParallel: false,
        zeroStage: 0,
        recompute: "full",
      },
    });
    const ev = evaluateTrainingPlan(plan, { gpu: "A100", gpus: 3072 });
    expect(ev.fits).toBe(true);
    expect(rel(ev.totalParams, 1008e9)).toBeLessThan(0.005);
    const hfuTflops = ((ev.mfu * 4) / 3) * GPUS.A100.peakFlopsPerSecond * 1e-12;
    expect(hfuTflops).toBeGreaterThan(163 * 0.9);
    expect(hfuTflops).toBeLessThan(163 * 1.16);
  });

  it("Llama 3 405B: 43% MFU on 8,192 H100s and 41% on 16,384 (Dubey et al. 2024 Table 4), within 15%", () => {
    // 126 layers (the pipeline balances them as 128: one layer less on the first and last stages,
    // §3.3.2), d 16,384, 128 heads of 128, 8 KV heads, SwiGLU 53,248, vocabulary 128,256, 8k
    // sequences, 16M-token batch, TP 8 × PP 16, DP 64 / 128. [reading] interleaved with 2 chunks,
    // ZeRO-2-like sharding, selective recompute, FlashAttention. Hand: m = 32 / 16, bubble
    // r/(1 + r) with r = 15/(m · 2) = 19% / 32%; the MFU falls with the bubble as DP doubles.
    const plan = densePlan({
      layers: 128,
      dModel: 16_384,
      heads: 128,
      headDim: 128,
      attention: "gqa",
      gqaGroups: 8,
      vocab: 128_256,
      mlpRatio: 53_248 / 16_384,
      gatedMlp: true,
      flashAttention: true,
      context: { startTokens: 8192, finalTokens: 8192, finalShare: 1 },
      batch: { startTokens: 16 * 2 ** 20, finalTokens: 16 * 2 ** 20, rampShare: 0 },
      parallel: {
        tensor: 8,
        pipeline: 16,
        microbatchSequences: 1,
        interleave: 2,
        sequenceParallel: true,
        zeroStage: 2,
        recompute: "selective",
      },
    });
    const at8k = evaluateTrainingPlan(plan, { gpu: "H100", gpus: 8192 });
    const at16k = evaluateTrainingPlan(plan, { gpu: "H100", gpus: 16_384 });
    expect(rel(at8k.mfu, 0.43)).toBeLessThan(0.15);
    expect(rel(at16k.mfu, 0.41)).toBeLessThan(0.15);
    expect(at16k.mfu).toBeLessThan(at8k.mfu);
  });
});

describe("the boundary refuses bad input", () => {
  it("a negative vocabulary is invalid, with every number 0 (not fits: true at a negative cost)", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.vocab = -100_000;
    const ev = evaluateTrainingPlan(plan, A100_25K);
    expect(ev.fits).toBe(false);
    expect(ev.reason).toBe("invalid");
    expect(ev.costUsd).toBe(0);
    expect(ev.totalParams).toBe(0);
  });

  it("NaN anywhere (shape, batch, data, fleet) is invalid and never leaks into an output", () => {
    const cases: ((p: TrainingPlan) => void)[] = [
      (p) => {
        p.dModel = Number.NaN;
      },
      (p) => {
        p.batch.finalTokens = Number.POSITIVE_INFINITY;
      },
      (p) => {
        p.data.sources.web.epochs = Number.NaN;
      },
      (p) => {
        p.parallel.tensor = 2.5;
      },
    ];
    for (const edit of cases) {
      const plan = clonePlan(SEED_PLANS.gpt4Training);
      edit(plan);
      const ev = evaluateTrainingPlan(plan, A100_25K);
      expect(ev.reason).toBe("invalid");
      expectFinite(ev);
    }
    const nanFleet = evaluateTrainingPlan(SEED_PLANS.gpt4Training, {
      gpu: "A100",
      gpus: Number.NaN,
    });
    expect(nanFleet.reason).toBe("invalid");
    const data = clonePlan(SEED_PLANS.gpt4Data);
    data.sources.web.uniqueTokens = -1;
    const d = evaluateDataPlan(data);
    expect(d.valid).toBe(false);
    expect(d.seenTokens).toBeCloseTo(13e12 - 6.6e12, -3);
  });
});

function expectFinite(ev: TrainingEvaluation): void {
  for (const [key, value] of Object.entries(ev)) {
    if (typeof value === "number") expect(Number.isFinite(value), key).toBe(true);
  }
}

const wild = fc.oneof(
  fc.constantFrom(Number.NaN, 0, -1, -1e30, 1e30, Number.POSITIVE_INFINITY, 0.5),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.integer({ min: 1, max: 200 }),
);

describe("properties over wide random plans (fast-check)", () => {
  it("every numeric output is finite, and a plan that fits has positive days, cost and MFU ≤ 1", () => {
    const keys = [
      "layers",
      "dModel",
      "heads",
      "headDim",
      "gqaGroups",
      "vocab",
      "experts",
      "topK",
      "mlpRatio",
    ] as const;
    const parallelKeys = ["tensor", "pipeline", "microbatchSequences", "interleave"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), wild), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom(...parallelKeys), wild), { maxLength: 3 }),
        fc.tuple(wild, wild, wild),
        fc.tuple(fc.constantFrom(...SOURCE_IDS), wild, wild),
        fc.oneof(wild, fc.integer({ min: 0, max: 40_000 })),
        (shapeEdits, parallelEdits, [batch, context, ramp], [source, tokens, epochs], gpus) => {
          const plan = clonePlan(SEED_PLANS.gpt4Training);
          for (const [k, v] of shapeEdits) plan[k] = v;
          for (const [k, v] of parallelEdits) plan.parallel[k] = v;
          plan.batch.finalTokens = Math.abs(batch) > 1 ? batch * 1e5 : batch;
          plan.context.finalTokens = context;
          plan.batch.rampShare = ramp;
          plan.data.sources[source] = { uniqueTokens: tokens * 1e9, epochs };
          const ev = evaluateTrainingPlan(plan, { gpu: "A100", gpus });
          for (const value of Object.values(ev)) {
            if (typeof value === "number" && !Number.isFinite(value)) return false;
          }
          if (!ev.fits) return true;
          return (
            ev.days > 0 &&
            ev.costUsd > 0 &&
            ev.mfu > 0 &&
            ev.mfu <= 1 &&
            ev.totalParams > 0 &&
            ev.loss > MUENNIGHOFF_2023.E &&
            ev.batchEfficiency > 0 &&
            ev.batchEfficiency <= 1 &&
            ev.memoryBytesPerGpu <= ev.memoryCapacityBytes
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a data plan's outputs are finite whatever its numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(wild, wild), { minLength: 8, maxLength: 8 }), (parts) => {
        const data = {
          sources: Object.fromEntries(
            SOURCE_IDS.map((id, i) => [
              id,
              { uniqueTokens: (parts[i]?.[0] ?? 0) * 1e10, epochs: parts[i]?.[1] ?? 0 },
            ]),
          ),
        } as typeof SEED_PLANS.gpt4Data;
        const d = evaluateDataPlan(data);
        return Object.values(d).every((v) => typeof v !== "number" || Number.isFinite(v));
      }),
      { numRuns: 300 },
    );
  });
});
