/**
 * Serving: a plan for one served model on a pool of GPUs, its memory, decode roofline, speculative
 * decoding and cost per token. Split from plans.ts so the training and serving physics can change apart.
 */
import {
  ATTENTION_QUALITY_PENALTY,
  GPUS,
  type GpuId,
  INFERENCE_BANDWIDTH_EFFICIENCY,
  INFERENCE_COMPUTE_EFFICIENCY,
  MEAN_CONTEXT_SHARE,
  type Precision,
  QUANTISATION_QUALITY_PENALTY,
  RESEARCH_EFFECTS,
  SERVING_MEMORY_UTILISATION,
  SPECULATIVE_LENIENCY_QUALITY_PENALTY,
  STATIC_BATCH_OCCUPANCY,
} from "./constants";
import {
  computeBoundSeconds,
  draftAcceptance,
  expectedExpertsRead,
  kvCacheBytes,
  kvHeadsFor,
  memoryBoundSeconds,
  speculativeDecoding,
  usdPerMillionTokens,
} from "./inference";
import {
  type GpuPool,
  modelParams,
  researched,
  type ServingEvaluation,
  type ServingFit,
  type ServingPlan,
  type Unlocks,
} from "./plans";

// Source: [game] 8-bit KV values when the weights are 8-bit or 4-bit, fp16 otherwise.
export function kvBytesPerValue(precision: Precision): number {
  return precision === "int8" || precision === "int4" ? 1 : 2;
}

function bytesPerParam(precision: Precision): number {
  return precision === "int8" ? 1 : precision === "int4" ? 0.5 : 2;
}

interface DecodeStep {
  seconds: number;
  memorySeconds: number;
  computeSeconds: number;
}

// Source: FORMULAS.md §8 roofline: step = max(bytes / bandwidth, FLOPs / compute) for the target model,
// with MoE weight reads between active and total (expectedExpertsRead) and KV reads at the mean context.
function targetStep(
  plan: ServingPlan,
  batch: number,
  tokensPerSequence: number,
  gpu: GpuId,
  totalParams: number,
  activeParams: number,
  kvHeads: number,
  meanContext: number,
): DecodeStep {
  const m = plan.model;
  const spec = GPUS[gpu];
  const bpp = bytesPerParam(plan.precision);
  const tokens = batch * tokensPerSequence;
  const paramsRead =
    m.architecture === "moe"
      ? m.sharedParams +
        m.expertParams * expectedExpertsRead({ experts: m.experts, topK: m.topK, batch: tokens })
      : totalParams;
  const kvRead = kvCacheBytes({
    layers: m.layers,
    kvHeads,
    headDim: m.headDim,
    bytesPerValue: kvBytesPerValue(plan.precision),
    seqLen: meanContext,
    batch,
  });
  const n = plan.gpusPerReplica;
  const memorySeconds = memoryBoundSeconds(
    paramsRead * bpp + kvRead,
    n,
    spec.hbmBytesPerSecond * INFERENCE_BANDWIDTH_EFFICIENCY,
  );
  // Source: Kaplan §2.1: forward FLOPs per token 2N + 2·L·n_ctx·d.
  const flops = tokens * (2 * activeParams + 2 * m.layers * meanContext * m.heads * m.headDim);
  const peak =
    plan.precision === "int8" || plan.precision === "int4"
      ? spec.peak8BitOpsPerSecond
      : spec.peakFlopsPerSecond;
  const computeSeconds = computeBoundSeconds(flops, n, peak * INFERENCE_COMPUTE_EFFICIENCY);
  return {
    seconds: Math.max(memorySeconds, computeSeconds),
    memorySeconds,
    computeSeconds,
  };
}

/**
 * Evaluates a serving plan on a pool of GPUs against a demand in output tokens per second;
 * `unlocks` brings in finished research (quantisation, speculative decoding, long context).
 */
export function evaluateServingPlan(
  plan: ServingPlan,
  fleet: GpuPool,
  demand: number | { tokensPerSecond: number },
  unlocks?: Unlocks,
): ServingEvaluation {
  const demandTps = typeof demand === "number" ? demand : demand.tokensPerSecond;
  const demandTokensPerSecond = Math.max(demandTps, 0);
  const spec = GPUS[fleet.gpu];
  const m = plan.model;
  const { total, active } = modelParams(m);
  const n = Math.floor(plan.gpusPerReplica);
  const valid = n >= 1 && plan.maxBatch >= 1 && plan.contextTokens >= 1 && total > 0;
  const replicas = valid ? Math.floor(Math.max(0, fleet.gpus) / n) : 0;
  const kvHeads = kvHeadsFor(m.attention, m.heads, m.gqaGroups);
  const weights = total * bytesPerParam(plan.precision);
  const usable = n * spec.hbmBytes * SERVING_MEMORY_UTILISATION;
  const continuous = plan.batching === "continuous";
  const reservedWindow = continuous ? plan.contextTokens * MEAN_CONTEXT_SHARE : plan.contextTokens;
  const reservedContext =
    plan.contextTokens > RESEARCH_EFFECTS.longContextAboveTokens &&
    researched(unlocks, "long_context")
      ? reservedWindow * RESEARCH_EFFECTS.longContextReservationFactor
      : reservedWindow;
  const kvPerSequence = kvCacheBytes({
    layers: m.layers,
    kvHeads,
    headDim: m.headDim,
    bytesPerValue: kvBytesPerValue(plan.precision),
    seqLen: reservedContext,
    batch: 1,
  });
  const memoryLimitedBatch =
    usable > weights && kvPerSequence > 0 ? Math.floor((usable - weights) / kvPerSequence) : 0;
  const batch = Math.min(Math.floor(plan.maxBatch), memoryLimitedBatch);

  let reason: ServingFit = "ok";
  if (!valid) reason = "invalid";
  else if (weights > usable) reason = "weights";
  else if (batch < 1) reason = "kv_cache";
  else if (replicas < 1) reason = "too_few_gpus";

  const quantisationPenalty =
    QUANTISATION_QUALITY_PENALTY[plan.precision] *
    (researched(unlocks, "quantisation") ? RESEARCH_EFFECTS.quantisationPenaltyFactor : 1);
  const quality =
    (1 - quantisationPenalty) *
    (1 - ATTENTION_QUALITY_PENALTY[m.attention]) *
    (1 -
      (plan.speculative.enabled
        ? SPECULATIVE_LENIENCY_QUALITY_PENALTY *
          Math.min(1, Math.max(0, plan.speculative.threshold))
        : 0));

  if (reason === "invalid" || reason === "weights" || reason === "kv_cache") {
    return {
      fits: false,
      reason,
      replicas: 0,
      gpusUsed: 0,
      weightBytesPerGpu: n >= 1 ? weights / n : 0,
      kvBytesPerSequence: kvPerSequence,
      memoryLimitedBatch,
      reservedContextTokens: reservedContext,
      batch: 0,
      memoryBound: true,
      stepSeconds: 0,
      acceptance: 0,
      expectedTokensPerStep: 0,
      speculativeSpeedup: 1,
      tokensPerSecondPerReplica: 0,
      tokensPerSecondPerGpu: 0,
      tokensPerSecond: 0,
      secondsPerToken: 0,
      tokensPerSecondPerSequence: 0,
      usdPerMillionTokens: 0,
      demandTokensPerSecond,
      demandServedShare: demandTokensPerSecond > 0 ? 0 : 1,
      quality,
    };
  }

  const meanContext = plan.contextTokens * MEAN_CONTEXT_SHARE;
  const occupancy = continuous ? 1 : STATIC_BATCH_OCCUPANCY;
  const plain = targetStep(plan, batch, 1, fleet.gpu, total, active, kvHeads, meanContext);
  const plainTps = (batch * occupancy) / plain.seconds;

  let acceptance = 0;
  let expectedTokens = 1;
  let iterationSeconds = plain.seconds;
  let memoryBound = plain.memorySeconds >= plain.computeSeconds;
  if (plan.speculative.enabled && plan.speculative.draftTokens >= 1) {
    const gamma = Math.floor(plan.speculative.draftTokens);
    const draftParams = Math.max(0, plan.speculative.draftParams);
    acceptance = draftAcceptance({
      draftParams,
      targetParams: active,
      threshold: plan.speculative.threshold,
      bonus: researched(unlocks, "speculative_decoding")
        ? RESEARCH_EFFECTS.draftAcceptanceBonus
        : 0,
    });
    // Verification scores γ + 1 positions per sequence in one target pass (Leviathan et al. 2023 §3).
    const verify = targetStep(
      plan,
      batch,
      gamma + 1,
      fleet.gpu,
      total,
      active,
      kvHeads,
      meanContext,
    );
    const peak =
      plan.precision === "int8" || plan.precision === "int4"
        ? spec.peak8BitOpsPerSecond
        : spec.peakFlopsPerSecond;
    const draftStep = Math.max(
      memoryBoundSeconds(
        draftParams * bytesPerParam(plan.precision),
        n,
        spec.hbmBytesPerSecond * INFERENCE_BANDWIDTH_EFFICIENCY,
      ),
      computeBoundSeconds(2 * draftParams * batch, n, peak * INFERENCE_COMPUTE_EFFICIENCY),
    );
    expectedTokens = speculativeDecoding({
      acceptance,
      draftTokens: gamma,
      costRatio: draftStep / verify.seconds,
    }).expectedTokens;
    iterationSeconds = verify.seconds + gamma * draftStep;
    memoryBound = verify.memorySeconds >= verify.computeSeconds;
  }
  const perReplica = (batch * occupancy * expectedTokens) / iterationSeconds;
  const tokensPerSecond = perReplica * replicas;
  return {
    fits: reason === "ok",
    reason,
    replicas,
    gpusUsed: replicas * n,
    weightBytesPerGpu: weights / n,
    kvBytesPerSequence: kvPerSequence,
    memoryLimitedBatch,
    reservedContextTokens: reservedContext,
    batch,
    memoryBound,
    stepSeconds: iterationSeconds,
    acceptance,
    expectedTokensPerStep: expectedTokens,
    speculativeSpeedup: perReplica / plainTps,
    tokensPerSecondPerReplica: perReplica,
    tokensPerSecondPerGpu: perReplica / n,
    tokensPerSecond,
    secondsPerToken: iterationSeconds / expectedTokens,
    tokensPerSecondPerSequence: expectedTokens / iterationSeconds,
    usdPerMillionTokens: usdPerMillionTokens({
      usdPerHour: spec.usdPerHour,
      gpus: n,
      tokensPerSecond: perReplica,
    }),
    demandTokensPerSecond,
    demandServedShare:
      demandTokensPerSecond > 0 ? Math.min(1, tokensPerSecond / demandTokensPerSecond) : 1,
    quality,
  };
}
