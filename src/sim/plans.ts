/**
 * Plans (plain JSON data) and their evaluations: the hot functions the screens call every frame.
 * Every number is computed by a cited formula in params / compute / scaling / parallel / inference.
 */

import { attentionTrainingFlopsPerToken, trainingFlops } from "./compute";
import {
  AUDIO_RIGHTS,
  type AudioRights,
  CODE_EXCESS_VALUE,
  CODE_FULL_VALUE_SHARE,
  CODE_REASONING_BONUS_MAX,
  CODE_REASONING_FULL_SHARE,
  DATA_SOURCES,
  GPUS,
  GPUS_PER_NODE,
  type GpuId,
  INFINIBAND_BYTES_PER_SECOND_PER_GPU,
  MUENNIGHOFF_2023,
  type Precision,
  PUBLISHED_MONTH_INDEX,
  RESEARCH_EFFECTS,
  RESERVED_BYTES_PER_GPU,
  type ResearchId,
  SOURCE_IDS,
  type SourceId,
} from "./constants";
import { type Attention, kvHeadsFor } from "./inference";
import {
  activationBytesPerLayer,
  attentionEfficiency,
  gemmEfficiency,
  gradientStateBytes,
  interleavedPipelineBubble,
  modelFlopsUtilisation,
  optimizerStateBytes,
  pipelineActivationBytes,
  pipelineBubble,
  type Recompute,
  recomputeEfficiency,
  storedActivationBytesPerLayer,
  tensorParallelBytesPerLayer,
  tensorParallelCommShare,
  trainingGoodput,
  weightStateBytes,
  type ZeroStage,
} from "./parallel";
import { attentionParamsPerLayer, denseParams, mlpParamsPerLayer, moeParams } from "./params";
import {
  capabilityFromLoss,
  computeOptimalParamsForUniqueTokens,
  effectiveParams,
  effectiveTokens,
  lossFromEffective,
  moeEffectiveParams,
} from "./scaling";

export type { Attention } from "./inference";
export type { Recompute, ZeroStage } from "./parallel";
export type Architecture = "dense" | "moe";
export type Batching = "static" | "continuous";

/** GPUs of one type given to a job. */
export interface GpuPool {
  gpu: GpuId;
  gpus: number;
}

export interface DataSourcePlan {
  /** Unique tokens taken from the source (≤ its uniqueTokensAvailable). */
  uniqueTokens: number;
  /** Passes over those tokens (0 = unused; fractional allowed). */
  epochs: number;
}

export interface DataPlan {
  sources: Record<SourceId, DataSourcePlan>;
}

export interface ModelShape {
  architecture: Architecture;
  layers: number;
  dModel: number;
  heads: number;
  headDim: number;
  attention: Attention;
  /** KV heads when attention is "gqa". */
  gqaGroups: number;
  vocab: number;
  /** MoE only: experts, experts routed per token, parameters per expert and shared parameters. */
  experts: number;
  topK: number;
  expertParams: number;
  sharedParams: number;
}

export interface TrainingPlan extends ModelShape {
  name: string;
  flashAttention: boolean;
  /** Context-length curriculum: `finalShare` of tokens at `finalTokens`, the rest at `startTokens`. */
  context: { startTokens: number; finalTokens: number; finalShare: number };
  /** Batch-size ramp (tokens per step): `rampShare` of tokens while ramping from start to final. */
  batch: { startTokens: number; finalTokens: number; rampShare: number };
  parallel: {
    tensor: number;
    pipeline: number;
    microbatchSequences: number;
    /** Interleaved pipeline chunks per device (1 = plain 1F1B). */
    interleave: number;
    sequenceParallel: boolean;
    zeroStage: ZeroStage;
    recompute: Recompute;
  };
  data: DataPlan;
}

export interface ServedModel extends ModelShape {
  name: string;
  /** Capability (0..100) of the trained model, from its loss. */
  capability: number;
}

export interface ServingPlan {
  name: string;
  model: ServedModel;
  precision: Precision;
  batching: Batching;
  /**
   * GPUs holding one copy of the model: tensor-parallel inside a node × pipeline stages
   * (servingLayout: the widest power-of-two split up to 8 that divides it is the tensor width).
   * A speculative draft runs on the first stage's GPUs, so it adds no GPUs of its own.
   */
  gpusPerReplica: number;
  /** Most sequences decoded together per replica. */
  maxBatch: number;
  /** Longest context a request may use (tokens). */
  contextTokens: number;
  speculative: {
    enabled: boolean;
    draftParams: number;
    /** γ: tokens drafted per step. */
    draftTokens: number;
    /** Verifier leniency τ, 0 = exact (lossless) to 1 = accept every draft. */
    threshold: number;
  };
}

export type TrainingFit =
  | "ok"
  | "invalid"
  | "no_data"
  | "pipeline_exceeds_layers"
  | "heads_not_divisible"
  | "not_published"
  | "too_few_gpus"
  | "memory";

export type ServingFit =
  | "ok"
  | "invalid"
  | "pipeline_exceeds_layers"
  | "too_few_gpus"
  | "weights"
  | "kv_cache";

export interface DataEvaluation {
  uniqueTokens: number;
  seenTokens: number;
  /** Muennighoff D' summed per source, weighted by source quality and the code cap. */
  effectiveTokens: number;
  codeShare: number;
  licenceRisk: number;
  /** Some source asks for more unique tokens than exist, or a locked source. */
  overdrawn: boolean;
}

export interface TrainingEvaluation {
  fits: boolean;
  reason: TrainingFit;
  totalParams: number;
  activeParams: number;
  /** MoE dense-equivalent size (= total for dense). */
  effectiveSizeParams: number;
  /** After Muennighoff's decay of parameters the unique data cannot feed. */
  effectiveParams: number;
  computeOptimalParams: number;
  paramsToOptimalRatio: number;
  tooBigForData: boolean;
  seenTokens: number;
  uniqueTokens: number;
  effectiveTokens: number;
  codeShare: number;
  licenceRisk: number;
  flops: number;
  gpusUsed: number;
  dataParallel: number;
  microbatches: number;
  bubble: number;
  tpCommShare: number;
  tpBytesPerStep: number;
  attentionShare: number;
  goodput: number;
  mfu: number;
  weightBytesPerGpu: number;
  gradientBytesPerGpu: number;
  optimizerBytesPerGpu: number;
  activationBytesPerGpu: number;
  memoryBytesPerGpu: number;
  memoryCapacityBytes: number;
  days: number;
  gpuHours: number;
  costUsd: number;
  loss: number;
  capability: number;
}

export interface ServingEvaluation {
  fits: boolean;
  reason: ServingFit;
  replicas: number;
  gpusUsed: number;
  weightBytesPerGpu: number;
  kvBytesPerSequence: number;
  memoryLimitedBatch: number;
  /** Context tokens of KV cache held per sequence (the window, less with continuous batching). */
  reservedContextTokens: number;
  batch: number;
  /** GPUs of one pipeline stage, splitting every layer's matmuls inside one node. */
  tensorParallel: number;
  /** Pipeline stages of a replica (gpusPerReplica / tensorParallel). */
  pipelineStages: number;
  /** Micro-batches in flight through the pipeline (min(stages, batch)). */
  microbatches: number;
  /** One stage's time for one micro-batch (the verification pass when drafting). */
  stageSeconds: number;
  /** Of stageSeconds, the tensor-parallel all-reduces. */
  tensorParallelSeconds: number;
  /** One micro-batch through every stage and every link between them: a token's latency before drafting. */
  passSeconds: number;
  /** Of passSeconds, the hops between stages. */
  pipelineHopSeconds: number;
  /** One draft step of one micro-batch on the first stage's GPUs (0 without drafting). */
  draftStepSeconds: number;
  /** Rows the replica's largest matmuls see (batch tokens; tokens per expert for MoE). */
  matmulRows: number;
  /** GEMM efficiency at those rows (the training rule, gemmEfficiency). */
  matmulEfficiency: number;
  memoryBound: boolean;
  /** Time between a sequence's iterations: the pipeline's cycle (a pass, or the busiest stage's share). */
  stepSeconds: number;
  acceptance: number;
  expectedTokensPerStep: number;
  speculativeSpeedup: number;
  tokensPerSecondPerReplica: number;
  tokensPerSecondPerGpu: number;
  tokensPerSecond: number;
  secondsPerToken: number;
  tokensPerSecondPerSequence: number;
  usdPerMillionTokens: number;
  demandTokensPerSecond: number;
  demandServedShare: number;
  quality: number;
}

/**
 * What the world has unlocked: Whisper's audio source (absent = every source is available) and
 * the research projects finished so far (absent = none; see RESEARCH_EFFECTS).
 */
export interface Unlocks {
  whisper: boolean;
  research?: readonly ResearchId[];
  /** Sources the story refused: they exist for nobody from then on (GAME.md "One decision, one place"). */
  refused?: readonly SourceId[];
  /** What Whisper was allowed to transcribe (absent = the source's default size and risk). */
  audioRights?: AudioRights;
  /** The world's month (absent = any technique is available): nothing unpublished may be used. */
  monthIndex?: number;
}

/** The first technique the plan uses before the world's month publishes it, or null. */
export function unpublishedTechnique(
  plan: Pick<TrainingPlan, "flashAttention" | "attention">,
  unlocks?: Unlocks,
): (typeof PUBLISHED_MONTH_INDEX)[keyof typeof PUBLISHED_MONTH_INDEX] | null {
  const month = unlocks?.monthIndex;
  if (month === undefined) return null;
  const p = PUBLISHED_MONTH_INDEX;
  if (plan.flashAttention && month < p.flashAttention.index) return p.flashAttention;
  if (plan.attention === "gqa" && month < p.gqa.index) return p.gqa;
  return null;
}

/** Whether a research project is finished in these unlocks. */
export function researched(unlocks: Unlocks | undefined, id: ResearchId): boolean {
  return unlocks?.research?.includes(id) ?? false;
}

/** A source as the world offers it: its size and licence weight after the story's decisions. */
export function offeredSource(
  id: SourceId,
  unlocks?: Unlocks,
): { tokens: number; licenceRisk: number } {
  const spec = DATA_SOURCES[id];
  if (id === "audio_transcribed" && unlocks?.audioRights) {
    const rights = AUDIO_RIGHTS[unlocks.audioRights];
    return {
      tokens: spec.uniqueTokensAvailable * rights.tokenShare,
      licenceRisk: rights.licenceRisk,
    };
  }
  return { tokens: spec.uniqueTokensAvailable, licenceRisk: spec.licenceRisk };
}

/**
 * Unique tokens of a source that exist for the player: 0 while a research project locks it or
 * after the story refused it.
 */
export function sourceAvailableTokens(id: SourceId, unlocks?: Unlocks): number {
  const spec = DATA_SOURCES[id];
  if (spec.requires === "whisper" && unlocks && !unlocks.whisper) return 0;
  if (unlocks?.refused?.includes(id)) return 0;
  return offeredSource(id, unlocks).tokens;
}

/** What one source contributes to a data plan. */
export interface SourceEvaluation {
  id: SourceId;
  /** Unique tokens that exist now (0 while locked). */
  availableTokens: number;
  /** Unique tokens the plan asks for (0 when it takes no epochs). */
  askedTokens: number;
  /** U in U · epochs: what is asked, capped at what exists. */
  perEpochTokens: number;
  /** Unique tokens actually read: capped at what exists, a fraction when epochs < 1. */
  uniqueTokens: number;
  seenTokens: number;
  /** Quality-weighted effective tokens, before the code cap of the whole mix. */
  effectiveTokens: number;
  /** This source's own chance of licence trouble. */
  licenceRisk: number;
  /** Asks for more unique tokens than exist. */
  overdrawn: boolean;
}

// Source: Muennighoff et al. 2023 (P-MUEN) per source, quality-weighted ([game] ±30%); licence risk
// r_s · share of the source used ([game]). Asking for more than exists trains on what exists.
export function evaluateDataSource(
  id: SourceId,
  plan: { uniqueTokens: number; epochs: number } | undefined,
  unlocks?: Unlocks,
): SourceEvaluation {
  const spec = DATA_SOURCES[id];
  const terms = offeredSource(id, unlocks);
  const availableTokens = sourceAvailableTokens(id, unlocks);
  const epochs = Math.max(plan?.epochs ?? 0, 0);
  const askedTokens = epochs > 0 ? Math.max(plan?.uniqueTokens ?? 0, 0) : 0;
  const overdrawn = askedTokens > availableTokens * (1 + 1e-9);
  const u = overdrawn ? availableTokens : askedTokens;
  const uniqueTokens = epochs < 1 ? u * epochs : u;
  return {
    id,
    availableTokens,
    askedTokens,
    perEpochTokens: u,
    uniqueTokens,
    seenTokens: u * epochs,
    effectiveTokens: u > 0 ? spec.quality * effectiveTokens({ uniqueTokens: u, epochs }) : 0,
    licenceRisk: u > 0 ? terms.licenceRisk * (uniqueTokens / terms.tokens) : 0,
    overdrawn,
  };
}

/** A source inside its mix: its evaluation and its share of the tokens the mix sees. */
export interface SourceInMix extends SourceEvaluation {
  share: number;
}

/** Every source's part of a data plan, in SOURCE_IDS order. */
export function evaluateDataSources(data: DataPlan, unlocks?: Unlocks): SourceInMix[] {
  const sources = SOURCE_IDS.map((id) => evaluateDataSource(id, data.sources[id], unlocks));
  const seen = sources.reduce((sum, s) => sum + s.seenTokens, 0);
  return sources.map((s) => ({ ...s, share: seen > 0 ? s.seenTokens / seen : 0 }));
}

// Source: the sum of evaluateDataSource over the mix; code beyond half of the mix counts half
// (S-MUEN); licence risk 1 − Π(1 − r_s · share of source used) ([game]).
export function evaluateDataPlan(data: DataPlan, unlocks?: Unlocks): DataEvaluation {
  let unique = 0;
  let seen = 0;
  let codeSeen = 0;
  let textEffective = 0;
  let codeEffective = 0;
  let keepProbability = 1;
  let overdrawn = false;
  for (let i = 0; i < SOURCE_IDS.length; i++) {
    const id = SOURCE_IDS[i] as SourceId;
    const one = evaluateDataSource(id, data.sources[id], unlocks);
    overdrawn ||= one.overdrawn;
    unique += one.uniqueTokens;
    seen += one.seenTokens;
    if (DATA_SOURCES[id].isCode) {
      codeSeen += one.seenTokens;
      codeEffective += one.effectiveTokens;
    } else {
      textEffective += one.effectiveTokens;
    }
    keepProbability *= 1 - one.licenceRisk;
  }
  const codeShare = seen > 0 ? codeSeen / seen : 0;
  if (codeShare > CODE_FULL_VALUE_SHARE) {
    const excess = (codeShare - CODE_FULL_VALUE_SHARE) / codeShare;
    codeEffective *= 1 - (1 - CODE_EXCESS_VALUE) * excess;
  }
  return {
    uniqueTokens: unique,
    seenTokens: seen,
    effectiveTokens: textEffective + codeEffective,
    codeShare,
    licenceRisk: 1 - keepProbability,
    overdrawn,
  };
}

// Source: Kaplan §2.1 (12·L·d² + V·d for MHA) and FORMULAS.md §1/§5 (Llama-style attention, MoE totals).
export function modelParams(shape: ModelShape): { total: number; active: number } {
  if (shape.architecture === "moe") {
    return moeParams({
      experts: shape.experts,
      expertParams: shape.expertParams,
      sharedParams: shape.sharedParams,
      topK: shape.topK,
    });
  }
  if (shape.attention === "mha" && shape.heads * shape.headDim === shape.dModel) {
    const n = denseParams(shape);
    return { total: n, active: n };
  }
  const kv = kvHeadsFor(shape.attention, shape.heads, shape.gqaGroups);
  const perLayer =
    attentionParamsPerLayer(shape.dModel, kv, shape.headDim) + mlpParamsPerLayer(shape.dModel);
  const n = shape.layers * perLayer + shape.vocab * shape.dModel;
  return { total: n, active: n };
}

/** Ratio of the MoE-effective size to the compute-optimal size for the unique data that flags "too big". */
// Source: Muennighoff et al. 2023: beyond ~4x N_opt(U) (R_N ≈ 3) excess parameters keep under 3/4 of their value.
export const TOO_BIG_FOR_DATA_RATIO = 4;

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

interface SegmentRate {
  mfu: number;
  bubble: number;
  microbatches: number;
  tpShare: number;
}

function segmentMfu(
  plan: TrainingPlan,
  batchTokens: number,
  dataParallel: number,
  gpusUsed: number,
  gpu: GpuId,
  attentionShare: number,
  activeParams: number,
): SegmentRate {
  const p = plan.parallel;
  const seq = plan.context.finalTokens;
  const mbTokens = seq * p.microbatchSequences;
  const microbatches = Math.max(1, batchTokens / (mbTokens * dataParallel));
  const bubble =
    p.interleave > 1
      ? interleavedPipelineBubble({
          stages: p.pipeline,
          microbatches,
          chunks: p.interleave,
        })
      : pipelineBubble({ stages: p.pipeline, microbatches });
  const spec = GPUS[gpu];
  const tpBytes = tensorParallelBytesPerLayer({
    seqLen: seq,
    microbatchSequences: p.microbatchSequences,
    dModel: plan.dModel,
    tensorParallel: p.tensor,
  });
  const tpShare = tensorParallelCommShare({
    commBytesPerLayer: tpBytes,
    linkBytesPerSecond:
      p.tensor <= GPUS_PER_NODE ? spec.nvlinkBytesPerSecond : INFINIBAND_BYTES_PER_SECOND_PER_GPU,
    computeFlopsPerLayer: (6 * (activeParams / plan.layers) * mbTokens) / Math.max(1, p.tensor),
    gpuFlopsPerSecond: spec.peakFlopsPerSecond,
  });
  const mfu = modelFlopsUtilisation({
    bubble,
    tpCommShare: tpShare,
    gemm: gemmEfficiency(mbTokens),
    attention: attentionEfficiency(attentionShare, plan.flashAttention),
    recompute: recomputeEfficiency(p.recompute),
    goodput: trainingGoodput(gpusUsed),
  });
  return { mfu, bubble, microbatches, tpShare };
}

function validShape(plan: TrainingPlan): boolean {
  const p = plan.parallel;
  return (
    plan.layers >= 1 &&
    plan.dModel >= 1 &&
    plan.heads >= 1 &&
    plan.headDim >= 1 &&
    plan.context.finalTokens >= 1 &&
    plan.batch.finalTokens >= 1 &&
    p.tensor >= 1 &&
    p.pipeline >= 1 &&
    p.microbatchSequences >= 1 &&
    p.interleave >= 1 &&
    (plan.architecture === "dense" ||
      (plan.experts >= 1 && plan.topK >= 1 && plan.expertParams > 0 && plan.sharedParams >= 0))
  );
}

/**
 * Evaluates a training plan on a pool of GPUs: sizes, FLOPs, memory per GPU, MFU, days, loss.
 * Days and cost are reported whenever a data-parallel replica fits in the pool, even if memory does
 * not fit (so the screen can show both); `fits` says whether the run may start.
 */
export function evaluateTrainingPlan(
  plan: TrainingPlan,
  fleet: GpuPool,
  unlocks?: Unlocks,
): TrainingEvaluation {
  const spec = GPUS[fleet.gpu];
  const data = evaluateDataPlan(plan.data, unlocks);
  const valid = validShape(plan);
  const { total, active } = modelParams(plan);
  const moe = plan.architecture === "moe";
  const sizeParams = moe ? moeEffectiveParams({ active, total }) : total;
  const optimal = computeOptimalParamsForUniqueTokens(data.uniqueTokens);
  const nPrime = effectiveParams({ params: sizeParams, uniqueTokens: data.uniqueTokens });
  const predicted = lossFromEffective({ params: nPrime, tokens: data.effectiveTokens });
  // Scaling-law research: hyperparameters fitted on small runs shave the reducible loss.
  const lossRaw = researched(unlocks, "scaling_laws")
    ? MUENNIGHOFF_2023.E +
      (predicted - MUENNIGHOFF_2023.E) * RESEARCH_EFFECTS.tunedReducibleLossFactor
    : predicted;
  const loss = data.uniqueTokens > 0 && sizeParams > 0 ? lossRaw : 0;
  let capability = loss > 0 ? capabilityFromLoss(loss) : 0;
  if (capability > 0) {
    const codeBonus =
      CODE_REASONING_BONUS_MAX * Math.min(1, data.codeShare / CODE_REASONING_FULL_SHARE);
    capability = Math.min(100, capability + codeBonus);
  }
  const flops = trainingFlops(active, data.seenTokens);

  const p = plan.parallel;
  const t = Math.max(1, Math.floor(p.tensor));
  const pp = Math.max(1, Math.floor(p.pipeline));
  const perReplica = t * pp;
  const dataParallel = Math.floor(Math.max(0, fleet.gpus) / perReplica);
  const gpusUsed = dataParallel * perReplica;
  const dp = Math.max(1, dataParallel);

  const meanSeq =
    plan.context.finalShare * plan.context.finalTokens +
    (1 - plan.context.finalShare) * plan.context.startTokens;
  const attentionShare =
    active > 0
      ? attentionTrainingFlopsPerToken({
          layers: plan.layers,
          dModel: plan.heads * plan.headDim,
          seqLen: meanSeq,
        }) /
        (6 * active)
      : 0;
  // FlashAttention kernels tuned in-house (research) make attention cheaper still.
  const attentionCost =
    plan.flashAttention && researched(unlocks, "flash_attention")
      ? attentionShare * RESEARCH_EFFECTS.tunedFlashAttentionCostFactor
      : attentionShare;
  const final = segmentMfu(
    plan,
    plan.batch.finalTokens,
    dp,
    gpusUsed,
    fleet.gpu,
    attentionCost,
    active,
  );
  const rampShare = Math.min(1, Math.max(0, plan.batch.rampShare));
  let mfu = final.mfu;
  if (rampShare > 0) {
    const rampBatch = 0.5 * (plan.batch.startTokens + plan.batch.finalTokens);
    const ramp = segmentMfu(plan, rampBatch, dp, gpusUsed, fleet.gpu, attentionCost, active);
    mfu = 1 / (rampShare / ramp.mfu + (1 - rampShare) / final.mfu);
  }

  // Memory per GPU on the first pipeline stage (the fullest).
  const paramsPerGpu = total / perReplica;
  const zero = p.zeroStage;
  const weightBytesPerGpu = weightStateBytes(paramsPerGpu, dp, zero);
  const gradientBytesPerGpu = gradientStateBytes(paramsPerGpu, dp, zero);
  const optimizerBytesPerGpu = optimizerStateBytes(paramsPerGpu, dp, zero);
  const shape = {
    seqLen: plan.context.finalTokens,
    microbatchSequences: p.microbatchSequences,
    dModel: plan.dModel,
    heads: plan.heads,
    tensorParallel: t,
    sequenceParallel: p.sequenceParallel,
    flashAttention: plan.flashAttention,
    mlpCopies: moe ? Math.min(plan.topK, plan.experts) : 1,
  };
  const activationBytesPerGpu = pipelineActivationBytes({
    storedPerLayer: storedActivationBytesPerLayer(shape, p.recompute),
    workingPerLayer: p.recompute === "full" ? activationBytesPerLayer(shape) : 0,
    layers: plan.layers,
    stages: pp,
    microbatches: final.microbatches,
    chunks: p.interleave,
  });
  const memoryBytesPerGpu =
    weightBytesPerGpu +
    gradientBytesPerGpu +
    optimizerBytesPerGpu +
    activationBytesPerGpu +
    RESERVED_BYTES_PER_GPU;
  const tpBytesPerStep =
    tensorParallelBytesPerLayer({
      seqLen: plan.context.finalTokens,
      microbatchSequences: p.microbatchSequences,
      dModel: plan.dModel,
      tensorParallel: t,
    }) *
    (plan.layers / pp) *
    final.microbatches;

  let reason: TrainingFit = "ok";
  if (!valid) reason = "invalid";
  else if (!(data.uniqueTokens > 0)) reason = "no_data";
  else if (pp > plan.layers) reason = "pipeline_exceeds_layers";
  else if (plan.heads % t !== 0) reason = "heads_not_divisible";
  else if (unpublishedTechnique(plan, unlocks)) reason = "not_published";
  else if (dataParallel < 1) reason = "too_few_gpus";
  else if (memoryBytesPerGpu > spec.hbmBytes) reason = "memory";

  const running = dataParallel >= 1 && valid && mfu > 0;
  const days = running ? flops / (gpusUsed * spec.peakFlopsPerSecond * mfu) / 86_400 : 0;
  const gpuHours = gpusUsed * days * 24;
  const ratio = optimal > 0 ? sizeParams / optimal : 0;
  return {
    fits: reason === "ok",
    reason,
    totalParams: total,
    activeParams: active,
    effectiveSizeParams: sizeParams,
    effectiveParams: finite(nPrime),
    computeOptimalParams: optimal,
    paramsToOptimalRatio: finite(ratio),
    tooBigForData: ratio > TOO_BIG_FOR_DATA_RATIO,
    seenTokens: data.seenTokens,
    uniqueTokens: data.uniqueTokens,
    effectiveTokens: data.effectiveTokens,
    codeShare: data.codeShare,
    licenceRisk: data.licenceRisk,
    flops,
    gpusUsed,
    dataParallel,
    microbatches: final.microbatches,
    bubble: final.bubble,
    tpCommShare: final.tpShare,
    tpBytesPerStep: finite(tpBytesPerStep),
    attentionShare: finite(attentionShare),
    goodput: trainingGoodput(gpusUsed),
    mfu: finite(mfu),
    weightBytesPerGpu: finite(weightBytesPerGpu),
    gradientBytesPerGpu: finite(gradientBytesPerGpu),
    optimizerBytesPerGpu: finite(optimizerBytesPerGpu),
    activationBytesPerGpu: finite(activationBytesPerGpu),
    memoryBytesPerGpu: finite(memoryBytesPerGpu),
    memoryCapacityBytes: spec.hbmBytes,
    days: finite(days),
    gpuHours: finite(gpuHours),
    costUsd: finite(gpuHours * spec.usdPerHour),
    loss: finite(loss),
    capability: finite(capability),
  };
}

/** The shape fields of a model (a plan, a served model), copied. */
export function modelShapeOf(model: ModelShape): ModelShape {
  return {
    architecture: model.architecture,
    layers: model.layers,
    dModel: model.dModel,
    heads: model.heads,
    headDim: model.headDim,
    attention: model.attention,
    gqaGroups: model.gqaGroups,
    vocab: model.vocab,
    experts: model.experts,
    topK: model.topK,
    expertParams: model.expertParams,
    sharedParams: model.sharedParams,
  };
}

/** The serving view of a trained model. */
export function servedModelFromTraining(plan: TrainingPlan, capability: number): ServedModel {
  return { name: plan.name, ...modelShapeOf(plan), capability };
}
