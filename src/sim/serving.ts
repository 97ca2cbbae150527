/**
 * Serving: a plan for one served model on a pool of GPUs. A replica is a real deployment: tensor
 * parallel inside a node times pipeline stages across nodes. A decode step of one micro-batch passes
 * every stage in turn (each reading its share of the weights and KV cache at its own GPUs'
 * bandwidth, all-reducing twice a layer over NVLink) and hops between stages over the node links;
 * several micro-batches in flight keep every stage busy, so throughput is not divided by the stage
 * count, while one token's latency is the sum of the stages (FORMULAS.md §13). Split from plans.ts
 * so the training and serving physics can change apart.
 */

import { attentionForwardFlopsPerToken, forwardFlopsPerToken } from "./compute";
import {
  ACTIVATION_BYTES_PER_VALUE,
  ATTENTION_QUALITY_PENALTY,
  GPUS,
  GPUS_PER_NODE,
  type GpuSpec,
  INFERENCE_ALLREDUCE_LATENCY_SECONDS,
  INFERENCE_BANDWIDTH_EFFICIENCY,
  INFINIBAND_BYTES_PER_SECOND_PER_GPU,
  KERNEL_EFFICIENCY,
  MEAN_CONTEXT_SHARE,
  PIPELINE_HOP_LATENCY_SECONDS,
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
  weightBytes,
} from "./inference";
import { gemmEfficiency } from "./parallel";
import {
  type GpuPool,
  type ModelSizes,
  modelSizes,
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

/** How a replica's GPUs are arranged: tensor-parallel width × pipeline stages. */
export interface ServingLayout {
  tensor: number;
  pipeline: number;
}

/**
 * The replica's layout for `gpusPerReplica` GPUs.
 */
// Source: Narayanan et al. 2021 (S-MEG) and FasterTransformer's multi-node guide: tensor parallelism
// stays inside the 8-GPU NVLink node and pipeline stages span nodes. [game] the tensor width is the
// largest power of two up to GPUS_PER_NODE that divides the replica; the rest are stages
// (128 → 8 × 16, the rumoured GPT-4 layout, FORMULAS.md §6; 12 → 4 × 3).
export function servingLayout(gpusPerReplica: number): ServingLayout {
  const n = Math.max(1, Math.floor(gpusPerReplica));
  let tensor = 1;
  while (tensor * 2 <= GPUS_PER_NODE && n % (tensor * 2) === 0) tensor *= 2;
  return { tensor, pipeline: n / tensor };
}

function finiteAtLeast(x: unknown, min: number): boolean {
  return typeof x === "number" && Number.isFinite(x) && x >= min;
}

/**
 * Whether a plan, pool and demand are numbers the physics can take: finite, in range and
 * consistent (positive sizes, top-k within 1..experts, a known GPU, precision and batching).
 */
export function servingInputValid(plan: ServingPlan, fleet: GpuPool, demandTps: number): boolean {
  const m = plan?.model;
  if (!m || !plan.speculative || !fleet) return false;
  if ((fleet.gpu !== "A100" && fleet.gpu !== "H100") || !finiteAtLeast(fleet.gpus, 0)) return false;
  if (!finiteAtLeast(demandTps, 0)) return false;
  const p = plan.precision;
  if (p !== "fp16" && p !== "bf16" && p !== "int8" && p !== "int4") return false;
  if (plan.batching !== "static" && plan.batching !== "continuous") return false;
  if (!finiteAtLeast(plan.gpusPerReplica, 1) || !finiteAtLeast(plan.maxBatch, 1)) return false;
  if (!finiteAtLeast(plan.contextTokens, 1)) return false;
  if (!finiteAtLeast(m.layers, 1) || !finiteAtLeast(m.dModel, 1)) return false;
  if (!finiteAtLeast(m.heads, 1) || !finiteAtLeast(m.headDim, 1) || !finiteAtLeast(m.vocab, 0)) {
    return false;
  }
  if (!finiteAtLeast(m.gqaGroups, m.attention === "gqa" ? 1 : 0)) return false;
  if (m.attention !== "mha" && m.attention !== "gqa" && m.attention !== "mqa") return false;
  if (!finiteAtLeast(m.capability, 0)) return false;
  if (m.architecture === "moe") {
    if (!finiteAtLeast(m.experts, 1) || !finiteAtLeast(m.topK, 1) || m.topK > m.experts) {
      return false;
    }
  } else if (m.architecture !== "dense") return false;
  const s = plan.speculative;
  if (typeof s.enabled !== "boolean" || !finiteAtLeast(s.threshold, 0) || s.threshold > 1) {
    return false;
  }
  if (!finiteAtLeast(s.draftParams, 0) || !finiteAtLeast(s.draftTokens, 0)) return false;
  if (s.enabled && !(s.draftParams > 0 && s.draftTokens >= 1)) return false;
  return true;
}

/** Per-replica terms of one stage, computed once per evaluation. */
interface Stage {
  moe: boolean;
  experts: number;
  topK: number;
  /** Parameters every token reads in one stage: all of a dense model's, an MoE's shared ones. */
  denseParams: number;
  /** One expert's parameters in one stage. */
  expertParams: number;
  /** The weights' precision (their bytes per parameter: BYTES_PER_PARAM, via weightBytes). */
  precision: Precision;
  /** KV bytes one sequence's attention reads in one stage, at the mean context. */
  kvBytesPerSequence: number;
  /** Attention FLOPs per token position in one stage (2 · layers · context · heads · d_head). */
  attentionFlopsPerToken: number;
  /** Query heads sharing one KV head: the rows of attention's matmul per position (MQA: all of them). */
  attentionRowsPerPosition: number;
  layers: number;
  dModel: number;
  /** GPUs of the stage (a power of two: servingLayout). */
  tensor: number;
  /** One GPU's bandwidth at the streaming efficiency, bytes/s. */
  bandwidthPerGpu: number;
  /** One GPU's matmul rate before GEMM efficiency (peak at the kernel efficiency), FLOP/s. */
  matmulRatePerGpu: number;
  nvlink: number;
}

interface StageTime {
  seconds: number;
  memorySeconds: number;
  computeSeconds: number;
  commSeconds: number;
  rows: number;
}

/** A stage's matmul seconds for `flops` whose matmuls see `rows` rows (FORMULAS.md §8 compute bound). */
function matmulSeconds(st: Stage, flops: number, rows: number): number {
  return computeBoundSeconds(flops, st.tensor, st.matmulRatePerGpu * gemmEfficiency(rows));
}

// Source: FORMULAS.md §8 roofline per stage, max(bytes / bandwidth, FLOPs / compute), Pope et al. 2022
// §2 (decode cost = weight + KV reads vs matmul FLOPs per chip). Matmuls run at the training rule,
// KERNEL_EFFICIENCY · gemmEfficiency(rows), with the rows a GPU's matmul sees: batch tokens for dense
// layers; for experts, the tokens routed to each expert hit (tokens · k / experts read, Fedus et al.
// 2022); for attention, positions × query heads per KV head (Shazeer 2019: MQA shares one K/V).
// Tensor parallelism adds two all-reduces a layer (Narayanan et al. 2021): latency + ring bytes
// 2(t − 1)/t · tokens · d · 2 over NVLink.
function stageTime(st: Stage, sequences: number, positions: number): StageTime {
  const tokens = sequences * positions;
  let read = st.denseParams;
  let computeSeconds =
    matmulSeconds(st, forwardFlopsPerToken(st.denseParams) * tokens, tokens) +
    matmulSeconds(st, st.attentionFlopsPerToken * tokens, positions * st.attentionRowsPerPosition);
  let rows = tokens;
  if (st.moe) {
    const hit = expectedExpertsRead({ experts: st.experts, topK: st.topK, batch: tokens });
    rows = (tokens * st.topK) / hit;
    read += st.expertParams * hit;
    computeSeconds += matmulSeconds(
      st,
      forwardFlopsPerToken(st.expertParams) * st.topK * tokens,
      rows,
    );
  }
  const memorySeconds = memoryBoundSeconds(
    weightBytes(read, st.precision) + st.kvBytesPerSequence * sequences,
    st.tensor,
    st.bandwidthPerGpu,
  );
  const t = st.tensor;
  const commSeconds =
    t > 1
      ? st.layers *
        2 *
        (INFERENCE_ALLREDUCE_LATENCY_SECONDS +
          (2 * (t - 1) * tokens * st.dModel * ACTIVATION_BYTES_PER_VALUE) / (t * st.nvlink))
      : 0;
  return {
    seconds: Math.max(memorySeconds, computeSeconds) + commSeconds,
    memorySeconds,
    computeSeconds,
    commSeconds,
    rows,
  };
}

// Source: Narayanan et al. 2021 §2.2, §4.1: one point-to-point send of tokens · d · 2 bytes per stage
// boundary, each of the t ranks sending its 1/t slice; stages sharing a node hop over NVLink, the
// others over the node's InfiniBand (INFINIBAND_BYTES_PER_SECOND_PER_GPU per GPU).
function hopSeconds(st: Stage, stages: number, tokens: number): number {
  if (stages <= 1) return 0;
  const message = tokens * st.dModel * ACTIVATION_BYTES_PER_VALUE;
  const stagesPerNode = Math.max(1, Math.floor(GPUS_PER_NODE / st.tensor));
  const interNode = Math.ceil(stages / stagesPerNode) - 1;
  const intraNode = stages - 1 - interNode;
  return (
    interNode *
      (PIPELINE_HOP_LATENCY_SECONDS + message / (st.tensor * INFINIBAND_BYTES_PER_SECOND_PER_GPU)) +
    intraNode * (PIPELINE_HOP_LATENCY_SECONDS + message / st.nvlink)
  );
}

function matmulPeak(spec: GpuSpec, precision: Precision): number {
  // Source: NVIDIA A100/H100 datasheets (S-HW): 8-bit weights run on the 8-bit tensor peak.
  return precision === "int8" || precision === "int4"
    ? spec.peak8BitOpsPerSecond
    : spec.peakFlopsPerSecond;
}

function zeroEvaluation(
  reason: ServingFit,
  parts: Partial<ServingEvaluation> & { demandTokensPerSecond: number; quality: number },
): ServingEvaluation {
  return {
    fits: false,
    reason,
    replicas: 0,
    gpusUsed: 0,
    weightBytesPerGpu: 0,
    kvBytesPerSequence: 0,
    memoryLimitedBatch: 0,
    reservedContextTokens: 0,
    batch: 0,
    tensorParallel: 0,
    pipelineStages: 0,
    microbatches: 0,
    stageSeconds: 0,
    tensorParallelSeconds: 0,
    passSeconds: 0,
    pipelineHopSeconds: 0,
    draftStepSeconds: 0,
    matmulRows: 0,
    matmulEfficiency: 0,
    memoryBound: true,
    stepSeconds: 0,
    plainCycleSeconds: 0,
    acceptance: 0,
    expectedTokensPerStep: 0,
    speculativeSpeedup: 1,
    tokensPerSecondPerReplica: 0,
    tokensPerSecondPerGpu: 0,
    tokensPerSecond: 0,
    secondsPerToken: 0,
    tokensPerSecondPerSequence: 0,
    usdPerMillionTokens: 0,
    demandServedShare: parts.demandTokensPerSecond > 0 ? 0 : 1,
    ...parts,
  };
}

function ok(x: number): boolean {
  return Number.isFinite(x) && x >= 0;
}

/**
 * Evaluates a serving plan on a pool of GPUs against a demand in output tokens per second;
 * `unlocks` brings in finished research (quantisation, speculative decoding, long context).
 * Input the physics cannot take (NaN, infinities, negative or zero sizes, top-k outside
 * 1..experts) returns fits false with reason "invalid" and zeros.
 */
export function evaluateServingPlan(
  plan: ServingPlan,
  fleet: GpuPool,
  demand: number | { tokensPerSecond: number },
  unlocks?: Unlocks,
): ServingEvaluation {
  const demandTps = typeof demand === "number" ? demand : demand?.tokensPerSecond;
  if (!servingInputValid(plan, fleet, demandTps)) {
    const d = finiteAtLeast(demandTps, 0) ? demandTps : 0;
    return zeroEvaluation("invalid", { demandTokensPerSecond: d, quality: 0 });
  }
  return (
    evaluateValid(plan, fleet, demandTps, unlocks) ??
    zeroEvaluation("invalid", { demandTokensPerSecond: demandTps, quality: 0 })
  );
}

function evaluateValid(
  plan: ServingPlan,
  fleet: GpuPool,
  demandTokensPerSecond: number,
  unlocks: Unlocks | undefined,
): ServingEvaluation | null {
  const spec = GPUS[fleet.gpu];
  const m = plan.model;
  // Sizes follow the shape (modelSizes): a served model's stored expert/shared fields may be stale.
  const sizes = modelSizes(m);
  const n = Math.floor(plan.gpusPerReplica);
  const { tensor, pipeline } = servingLayout(n);
  const kvHeads = kvHeadsFor(m.attention, m.heads, m.gqaGroups);
  const memory = replicaMemory(plan, spec, sizes.total, kvHeads, unlocks);
  const { weights, draftWeights, kvPerSequence, memoryLimitedBatch, batch } = memory;
  const replicas = Math.floor(fleet.gpus / n);

  let reason: ServingFit = "ok";
  if (pipeline > m.layers) reason = "pipeline_exceeds_layers";
  else if (weights + draftWeights > memory.usableBytes) reason = "weights";
  else if (batch < 1) reason = "kv_cache";
  else if (replicas < 1) reason = "too_few_gpus";

  const quality = perceivedQuality(plan, unlocks);

  // Sizes past what floats hold are refused, not shown: every number out is finite and non-negative.
  if (
    !(ok(weights) && ok(kvPerSequence) && ok(memoryLimitedBatch) && ok(replicas) && ok(quality))
  ) {
    return null;
  }
  const layout = { tensorParallel: tensor, pipelineStages: pipeline };
  if (reason === "pipeline_exceeds_layers" || reason === "weights" || reason === "kv_cache") {
    return zeroEvaluation(reason, {
      ...layout,
      weightBytesPerGpu: weights / n,
      kvBytesPerSequence: kvPerSequence,
      memoryLimitedBatch,
      reservedContextTokens: memory.reservedContextTokens,
      demandTokensPerSecond,
      quality,
    });
  }

  const stage = stageOf(plan, spec, sizes, kvHeads, tensor, pipeline);
  // Source: Narayanan et al. 2021 / FasterTransformer pipeline inference: the batch splits into
  // min(stages, batch) micro-batches in flight, the fewest that keep every stage busy (each one
  // re-reads the stage's weights, so more would only add reads).
  const microbatches = Math.min(pipeline, batch);
  const perMicrobatch = batch / microbatches;
  const occupancy = plan.batching === "continuous" ? 1 : STATIC_BATCH_OCCUPANCY;

  const plain = plainDecode(stage, pipeline, microbatches, perMicrobatch);
  const plainPerReplica = (batch * occupancy) / plain.cycle;
  const decode = plan.speculative.enabled
    ? speculativeDecode(plan, stage, sizes.active, draftWeights, plain, unlocks)
    : plain;
  const { acceptance, expectedTokens, cycle, step, pass, hops, draftStep } = decode;
  const perReplica = (batch * occupancy * expectedTokens) / cycle;
  const tokensPerSecond = perReplica * replicas;
  if (
    !(
      cycle > 0 &&
      Number.isFinite(1 / cycle) &&
      ok(pass) &&
      ok(draftStep) &&
      ok(expectedTokens) &&
      ok(tokensPerSecond) &&
      perReplica > 0 &&
      plainPerReplica > 0 &&
      ok(usdPerMillionTokens({ usdPerHour: spec.usdPerHour, gpus: n, tokensPerSecond: perReplica }))
    )
  ) {
    return null;
  }
  return {
    fits: reason === "ok",
    reason,
    replicas,
    gpusUsed: replicas * n,
    weightBytesPerGpu: weights / n,
    kvBytesPerSequence: kvPerSequence,
    memoryLimitedBatch,
    reservedContextTokens: memory.reservedContextTokens,
    batch,
    ...layout,
    microbatches,
    stageSeconds: step.seconds,
    tensorParallelSeconds: step.commSeconds,
    passSeconds: pass,
    pipelineHopSeconds: hops,
    draftStepSeconds: draftStep,
    matmulRows: step.rows,
    matmulEfficiency: gemmEfficiency(step.rows),
    memoryBound: step.memorySeconds >= step.computeSeconds,
    stepSeconds: cycle,
    plainCycleSeconds: plain.cycle,
    acceptance,
    expectedTokensPerStep: expectedTokens,
    speculativeSpeedup: perReplica / plainPerReplica,
    tokensPerSecondPerReplica: perReplica,
    tokensPerSecondPerGpu: perReplica / n,
    tokensPerSecond,
    secondsPerToken: cycle / expectedTokens,
    tokensPerSecondPerSequence: expectedTokens / cycle,
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

/** What one replica holds, and the batch that leaves room for. */
interface ReplicaMemory {
  /** 90% of the replica's HBM (SERVING_MEMORY_UTILISATION). */
  usableBytes: number;
  weights: number;
  /** The draft model's weights (0 without drafting). */
  draftWeights: number;
  /** Context tokens of KV cache reserved per sequence. */
  reservedContextTokens: number;
  kvPerSequence: number;
  memoryLimitedBatch: number;
  /** The plan's batch, capped by memory. */
  batch: number;
}

// Step 1, memory. Source: [game] memory is pooled over the replica: the weights (FORMULAS.md §11),
// the draft's weights (on the first stage) and every sequence's KV cache (FORMULAS.md §8) must fit 90%
// of the replica's HBM. Static batches reserve the whole window per slot; continuous batching the mean
// context (vLLM, Kwon et al. 2023); long-context research halves the reservation above 8k.
function replicaMemory(
  plan: ServingPlan,
  spec: GpuSpec,
  totalParams: number,
  kvHeads: number,
  unlocks: Unlocks | undefined,
): ReplicaMemory {
  const n = Math.floor(plan.gpusPerReplica);
  const weights = weightBytes(totalParams, plan.precision);
  const draftParams = plan.speculative.enabled ? plan.speculative.draftParams : 0;
  const draftWeights = weightBytes(draftParams, plan.precision);
  const usableBytes = n * spec.hbmBytes * SERVING_MEMORY_UTILISATION;
  const reservedWindow =
    plan.batching === "continuous" ? plan.contextTokens * MEAN_CONTEXT_SHARE : plan.contextTokens;
  const reservedContextTokens =
    plan.contextTokens > RESEARCH_EFFECTS.longContextAboveTokens &&
    researched(unlocks, "long_context")
      ? reservedWindow * RESEARCH_EFFECTS.longContextReservationFactor
      : reservedWindow;
  const kvPerSequence = kvCacheBytes({
    layers: plan.model.layers,
    kvHeads,
    headDim: plan.model.headDim,
    bytesPerValue: kvBytesPerValue(plan.precision),
    seqLen: reservedContextTokens,
    batch: 1,
  });
  const free = usableBytes - weights - draftWeights;
  const memoryLimitedBatch = free > 0 && kvPerSequence > 0 ? Math.floor(free / kvPerSequence) : 0;
  return {
    usableBytes,
    weights,
    draftWeights,
    reservedContextTokens,
    kvPerSequence,
    memoryLimitedBatch,
    batch: Math.min(Math.floor(plan.maxBatch), memoryLimitedBatch),
  };
}

// Step 2, quality. Source: QUANTISATION_QUALITY_PENALTY (LLM.int8(), GPTQ; halved by the quantisation
// research), ATTENTION_QUALITY_PENALTY (MQA/GQA) and the verifier's leniency τ costing
// SPECULATIVE_LENIENCY_QUALITY_PENALTY · τ ([game] sizes, constants.ts): the factors multiply.
function perceivedQuality(plan: ServingPlan, unlocks: Unlocks | undefined): number {
  const quantisationPenalty =
    QUANTISATION_QUALITY_PENALTY[plan.precision] *
    (researched(unlocks, "quantisation") ? RESEARCH_EFFECTS.quantisationPenaltyFactor : 1);
  return (
    (1 - quantisationPenalty) *
    (1 - ATTENTION_QUALITY_PENALTY[plan.model.attention]) *
    (1 -
      (plan.speculative.enabled
        ? SPECULATIVE_LENIENCY_QUALITY_PENALTY * plan.speculative.threshold
        : 0))
  );
}

// Step 3, one pipeline stage's share of the model: its parameters, its KV reads at the mean context
// and its attention FLOPs (Kaplan §2.1: 2 · n_layer · n_ctx · d_attn per token), on t GPUs.
function stageOf(
  plan: ServingPlan,
  spec: GpuSpec,
  sizes: ModelSizes,
  kvHeads: number,
  tensor: number,
  pipeline: number,
): Stage {
  const m = plan.model;
  const meanContext = plan.contextTokens * MEAN_CONTEXT_SHARE;
  const moe = m.architecture === "moe";
  return {
    moe,
    experts: m.experts,
    topK: m.topK,
    denseParams: (moe ? sizes.sharedParams : sizes.total) / pipeline,
    expertParams: moe ? sizes.expertParams / pipeline : 0,
    precision: plan.precision,
    kvBytesPerSequence:
      kvCacheBytes({
        layers: m.layers,
        kvHeads,
        headDim: m.headDim,
        bytesPerValue: kvBytesPerValue(plan.precision),
        seqLen: meanContext,
        batch: 1,
      }) / pipeline,
    attentionFlopsPerToken:
      attentionForwardFlopsPerToken({
        layers: m.layers,
        contextTokens: meanContext,
        heads: m.heads,
        headDim: m.headDim,
      }) / pipeline,
    attentionRowsPerPosition: m.heads / kvHeads,
    layers: m.layers / pipeline,
    dModel: m.dModel,
    tensor,
    bandwidthPerGpu: spec.hbmBytesPerSecond * INFERENCE_BANDWIDTH_EFFICIENCY,
    matmulRatePerGpu: matmulPeak(spec, plan.precision) * KERNEL_EFFICIENCY,
    nvlink: spec.nvlinkBytesPerSecond,
  };
}

/** One decode iteration of the pipeline: a micro-batch's stage, its pass, the cycle between iterations. */
interface Decode {
  acceptance: number;
  /** Tokens each sequence gains per iteration (1 without drafting). */
  expectedTokens: number;
  cycle: number;
  step: StageTime;
  pass: number;
  hops: number;
  draftStep: number;
}

// Step 4, plain decoding. A cycle is the time between two iterations of one micro-batch: its own pass
// through the stages, or, when that is shorter, the busiest stage working through every micro-batch.
function plainDecode(
  stage: Stage,
  pipeline: number,
  microbatches: number,
  perMicrobatch: number,
): Decode & { microbatches: number; perMicrobatch: number; pipeline: number } {
  const step = stageTime(stage, perMicrobatch, 1);
  const hops = hopSeconds(stage, pipeline, perMicrobatch);
  const pass = pipeline * step.seconds + hops;
  return {
    acceptance: 0,
    expectedTokens: 1,
    cycle: Math.max(pass, microbatches * step.seconds),
    step,
    pass,
    hops,
    draftStep: 0,
    microbatches,
    perMicrobatch,
    pipeline,
  };
}

// Step 5, speculative decoding. Source: Leviathan et al. 2023 §3 / vLLM and TensorRT-LLM speculative
// decoding: verification scores γ + 1 positions per sequence in one target pass; the draft runs on the
// target's GPUs ([game] the first stage's t GPUs), γ sequential steps per micro-batch, each reading the
// draft's weights: max(bytes / bandwidth, 2 · N_draft · b / compute). The first stage drafts and
// verifies every micro-batch, so it is the busiest.
function speculativeDecode(
  plan: ServingPlan,
  stage: Stage,
  targetParams: number,
  draftWeights: number,
  plain: ReturnType<typeof plainDecode>,
  unlocks: Unlocks | undefined,
): Decode {
  const { pipeline, microbatches, perMicrobatch } = plain;
  const gamma = Math.floor(plan.speculative.draftTokens);
  const draftParams = plan.speculative.draftParams;
  const acceptance = draftAcceptance({
    draftParams,
    targetParams,
    threshold: plan.speculative.threshold,
    bonus: researched(unlocks, "speculative_decoding") ? RESEARCH_EFFECTS.draftAcceptanceBonus : 0,
  });
  const step = stageTime(stage, perMicrobatch, gamma + 1);
  const hops = hopSeconds(stage, pipeline, perMicrobatch * (gamma + 1));
  const pass = pipeline * step.seconds + hops;
  const draftStep = Math.max(
    memoryBoundSeconds(draftWeights, stage.tensor, stage.bandwidthPerGpu),
    matmulSeconds(stage, forwardFlopsPerToken(draftParams) * perMicrobatch, perMicrobatch),
  );
  const expectedTokens = speculativeDecoding({
    acceptance,
    draftTokens: gamma,
    costRatio: draftStep / step.seconds,
  }).expectedTokens;
  return {
    acceptance,
    expectedTokens,
    cycle: Math.max(gamma * draftStep + pass, microbatches * (gamma * draftStep + step.seconds)),
    step,
    pass,
    hops,
    draftStep,
  };
}
