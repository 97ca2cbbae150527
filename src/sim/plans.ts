/**
 * Plans (plain JSON data) and their evaluations: the hot functions the screens call every frame.
 * Every number is computed by a cited formula in params / compute / scaling / parallel / inference.
 */

import { attentionTrainingFlopsPerToken, gpuHours, trainingDays, trainingFlops } from "./compute";
import {
  AUDIO_RIGHTS,
  type AudioRights,
  CODE_EXCESS_VALUE,
  CODE_FULL_VALUE_SHARE,
  CODE_REASONING_BONUS_MAX,
  CODE_REASONING_FULL_SHARE,
  DATA_SOURCES,
  DEFAULT_MLP_RATIO,
  GPUS,
  GPUS_PER_NODE,
  type GpuId,
  type GpuSpec,
  INFINIBAND_BYTES_PER_SECOND_PER_GPU,
  KERNEL_EFFICIENCY,
  MUENNIGHOFF_2023,
  type Precision,
  PUBLISHED_MONTH_INDEX,
  RESEARCH_EFFECTS,
  RESERVED_BYTES_PER_GPU,
  type ResearchId,
  SOURCE_IDS,
  type SourceId,
  TOO_BIG_FOR_DATA_RATIO,
} from "./constants";
import { type Attention, kvHeadsFor } from "./inference";
import {
  activationBytesPerLayer,
  attentionEfficiency,
  gemmEfficiency,
  gradientReduceBytes,
  gradientReduceWindowSeconds,
  gradientStateBytes,
  interleavedPipelineBubble,
  moeAllToAllBytes,
  optimizerStateBytes,
  pipelineActivationBytes,
  pipelineBubble,
  pipelineP2pBytes,
  type Recompute,
  recomputeEfficiency,
  storedActivationBytesPerLayer,
  tensorParallelBytesPerLayer,
  tensorParallelCommShare,
  trainingGoodput,
  weightStateBytes,
  type ZeroStage,
  zeroGatherBytes,
} from "./parallel";
import { attentionParamsPerLayer, mlpParamsPerLayer } from "./params";
import {
  batchDataEfficiency,
  capabilityFromLoss,
  computeOptimalParamsForUniqueTokens,
  criticalBatchTokens,
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
  /** Query heads; the query width heads · headDim may differ from dModel (PaLM, Gemma). */
  heads: number;
  headDim: number;
  attention: Attention;
  /** KV heads when attention is "gqa". */
  gqaGroups: number;
  vocab: number;
  /** d_ff / d_model of each MLP (each expert's, for MoE). Absent: 4 (GPT-3). Llama-2-70B: 3.5. */
  mlpRatio?: number;
  /** A gated (SwiGLU) MLP with three matrices instead of two. Absent: false. */
  gatedMlp?: boolean;
  /** MoE only: experts and experts routed per token. */
  experts: number;
  topK: number;
  /**
   * MoE only, derived: one expert's and the shared parameters as the shape gives them
   * (modelSizes). modelShapeOf writes them; evaluations never read
   * what is stored here, so a stale value (an old save, a Designer field) cannot detach the size
   * from the shape.
   */
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
    /**
     * MoE only: GPUs of the data-parallel group one layer's experts are spread over (expert
     * parallelism); each holds experts / expertParallel of them and tokens reach the others by
     * all-to-all. Absent: 1 (every data-parallel rank holds every expert, sliced by t and p).
     */
    expertParallel?: number;
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
  /** More interleaved chunks than layers per pipeline stage. */
  | "too_many_chunks"
  /** Layers do not divide evenly into stages × chunks (Megatron-LM refuses). */
  | "layers_not_divisible"
  | "heads_not_divisible"
  /** Experts or data-parallel ranks do not divide evenly by the expert parallelism. */
  | "experts_not_divisible"
  | "not_published"
  | "too_few_gpus"
  /** The batch is under one micro-batch per data-parallel rank. */
  | "batch_too_small"
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
  /**
   * False when a source's tokens or epochs are not finite non-negative numbers; such a source
   * counts as unused, so every output stays finite.
   */
  valid: boolean;
}

export interface TrainingEvaluation {
  fits: boolean;
  reason: TrainingFit;
  totalParams: number;
  activeParams: number;
  /** MoE: one expert's parameters and the shared ones, from the shape (0 for dense). */
  expertParams: number;
  sharedParams: number;
  /** MoE dense-equivalent size (= total for dense). */
  effectiveSizeParams: number;
  /** After Muennighoff's decay of parameters the unique data cannot feed. */
  effectiveParams: number;
  computeOptimalParams: number;
  paramsToOptimalRatio: number;
  tooBigForData: boolean;
  seenTokens: number;
  uniqueTokens: number;
  /** Muennighoff D' of the data mix, before the batch's data efficiency. */
  dataEffectiveTokens: number;
  /** The tokens the loss sees: D' · batchEfficiency. */
  effectiveTokens: number;
  /** Tokens per optimizer step at the end of the ramp. */
  batchTokens: number;
  /** B_crit at the plan's loss (Kaplan Eq. 5.3, calibrated B*). */
  criticalBatchTokens: number;
  /** Token-weighted worth of a token at the plan's batches: (1 + 1)/(1 + B/B_crit), at most 1. */
  batchEfficiency: number;
  codeShare: number;
  licenceRisk: number;
  flops: number;
  gpusUsed: number;
  dataParallel: number;
  /** GPUs one layer's experts are spread over (1 for dense). */
  expertParallel: number;
  microbatches: number;
  bubble: number;
  tpCommShare: number;
  tpBytesPerStep: number;
  /** Per GPU per step at the final batch: gradient reduce, ZeRO-3 gathers, pipeline, MoE all-to-all. */
  dpGradientBytesPerStep: number;
  dpGradientSeconds: number;
  zeroGatherBytesPerStep: number;
  zeroGatherSeconds: number;
  pipelineBytesPerStep: number;
  pipelineSeconds: number;
  allToAllBytesPerStep: number;
  allToAllSeconds: number;
  /** Compute (with TP traffic) and bubble seconds of a step, before the traffic above. */
  computeSecondsPerStep: number;
  bubbleSecondsPerStep: number;
  /** Seconds the gradient reduce may hide in: the last micro-batch's backward + half the bubble. */
  overlapWindowSeconds: number;
  /** Share of gradient + ZeRO-3 traffic hidden behind compute. */
  dpOverlapShare: number;
  /** Traffic seconds left on the critical path, and their share of the step. */
  exposedCommSeconds: number;
  commShare: number;
  stepSeconds: number;
  /** The factors of a busy GPU's rate (kernel · (1 − TP) · GEMM · attention · recompute). */
  gemmEfficiency: number;
  attentionEfficiency: number;
  recomputeEfficiency: number;
  busyEfficiency: number;
  /** Model FLOPs one GPU does per micro-batch (6 · N_active · tokens / (t · p)). */
  microbatchModelFlops: number;
  /** TP all-reduce bytes per layer and micro-batch, the link they cross, and the layer's FLOPs per GPU. */
  tpBytesPerLayer: number;
  tpLinkBytesPerSecond: number;
  tpComputeFlopsPerLayer: number;
  /** MFU at the final batch and over the ramp (mfu blends them by the ramp's share of tokens). */
  finalMfu: number;
  rampMfu: number;
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
  /** The same cycle without drafting (what the speculative speedup is measured against). */
  plainCycleSeconds: number;
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

/** A source's unique tokens as the world offers it, after the story's decisions (Whisper's rights). */
function sourceOfferedTokens(id: SourceId, unlocks?: Unlocks): number {
  const spec = DATA_SOURCES[id];
  if (id === "audio_transcribed" && unlocks?.audioRights) {
    return spec.uniqueTokensAvailable * AUDIO_RIGHTS[unlocks.audioRights].tokenShare;
  }
  return spec.uniqueTokensAvailable;
}

/** A source's licence weight after the story's decisions. */
function sourceLicenceWeight(id: SourceId, unlocks?: Unlocks): number {
  if (id === "audio_transcribed" && unlocks?.audioRights) {
    return AUDIO_RIGHTS[unlocks.audioRights].licenceRisk;
  }
  return DATA_SOURCES[id].licenceRisk;
}

/** A source as the world offers it: its size and licence weight after the story's decisions. */
export function offeredSource(
  id: SourceId,
  unlocks?: Unlocks,
): { tokens: number; licenceRisk: number } {
  return {
    tokens: sourceOfferedTokens(id, unlocks),
    licenceRisk: sourceLicenceWeight(id, unlocks),
  };
}

/**
 * Unique tokens of a source that exist for the player: 0 while a research project locks it or
 * after the story refused it.
 */
export function sourceAvailableTokens(id: SourceId, unlocks?: Unlocks): number {
  const spec = DATA_SOURCES[id];
  if (spec.requires === "whisper" && unlocks && !unlocks.whisper) return 0;
  if (unlocks?.refused?.includes(id)) return 0;
  return sourceOfferedTokens(id, unlocks);
}

/** A finite non-negative number as given, or 0 (the boundary: NaN, ±∞ and negatives count as unused). */
function amount(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) && x > 0 ? x : 0;
}

/** Whether a source plan's fields are usable numbers (absent counts as unused, so it is fine). */
function validSourcePlan(plan: DataSourcePlan | undefined): boolean {
  if (plan === undefined) return true;
  return (
    Number.isFinite(plan.uniqueTokens) &&
    plan.uniqueTokens >= 0 &&
    Number.isFinite(plan.epochs) &&
    plan.epochs >= 0
  );
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
  const availableTokens = sourceAvailableTokens(id, unlocks);
  const epochs = amount(plan?.epochs);
  const askedTokens = epochs > 0 ? amount(plan?.uniqueTokens) : 0;
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
    licenceRisk:
      u > 0
        ? sourceLicenceWeight(id, unlocks) * (uniqueTokens / sourceOfferedTokens(id, unlocks))
        : 0,
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

/** DATA_SOURCES in SOURCE_IDS order, so the hot loop indexes an array instead of keying a record. */
const SOURCE_SPECS = SOURCE_IDS.map((id) => DATA_SOURCES[id]);

// Source: the sum of evaluateDataSource over the mix (the same terms, without allocating a source
// evaluation each); code beyond half of the mix counts half (S-MUEN); licence risk
// 1 − Π(1 − r_s · share of source used) ([game]). A source whose fields are not finite non-negative
// numbers counts as unused and marks the plan invalid.
export function evaluateDataPlan(data: DataPlan, unlocks?: Unlocks): DataEvaluation {
  let unique = 0;
  let seen = 0;
  let codeSeen = 0;
  let textEffective = 0;
  let codeEffective = 0;
  let keepProbability = 1;
  let overdrawn = false;
  let valid = data !== null && typeof data === "object" && typeof data.sources === "object";
  const sources = valid ? data.sources : undefined;
  if (sources === null) valid = false;
  // The terms of sourceAvailableTokens / sourceOfferedTokens / sourceLicenceWeight, read once per source.
  const audioRights = unlocks?.audioRights ? AUDIO_RIGHTS[unlocks.audioRights] : undefined;
  const refused = unlocks?.refused;
  const whisperLocked = unlocks !== undefined && !unlocks.whisper;
  for (let i = 0; i < SOURCE_IDS.length; i++) {
    const id = SOURCE_IDS[i] as SourceId;
    const plan = sources?.[id];
    if (!validSourcePlan(plan)) valid = false;
    const epochs = amount(plan?.epochs);
    const asked = epochs > 0 ? amount(plan?.uniqueTokens) : 0;
    if (asked === 0) continue;
    const spec = SOURCE_SPECS[i] as (typeof SOURCE_SPECS)[number];
    let offered = spec.uniqueTokensAvailable;
    let weight = spec.licenceRisk;
    if (audioRights !== undefined && id === "audio_transcribed") {
      offered *= audioRights.tokenShare;
      weight = audioRights.licenceRisk;
    }
    const locked = (spec.requires === "whisper" && whisperLocked) || refused?.includes(id) === true;
    const available = locked ? 0 : offered;
    const over = asked > available * (1 + 1e-9);
    overdrawn ||= over;
    const u = over ? available : asked;
    if (!(u > 0)) continue;
    const oneUnique = epochs < 1 ? u * epochs : u;
    const oneSeen = u * epochs;
    const oneEffective = spec.quality * effectiveTokens({ uniqueTokens: u, epochs });
    unique += oneUnique;
    seen += oneSeen;
    if (spec.isCode) {
      codeSeen += oneSeen;
      codeEffective += oneEffective;
    } else {
      textEffective += oneEffective;
    }
    keepProbability *= 1 - weight * (oneUnique / offered);
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
    valid,
  };
}

/** A model's parameter counts, all from its shape. */
export interface ModelSizes {
  total: number;
  active: number;
  /** MoE: one expert's MLPs over all layers (0 for dense). */
  expertParams: number;
  /** MoE: attention and embeddings, which every token passes through (0 for dense). */
  sharedParams: number;
}

// Source: FORMULAS.md §1 (attention 2·d·q + 2·d·n_kv·d_head, MLP 2 or 3 · d · d_ff per layer, V·d
// embedding; Kaplan's 12·L·d² + V·d for MHA at d_ff = 4·d) and §5 (Total = E·P_e + P_s,
// Active = k·P_e + P_s with P_e the MLPs of one expert and P_s the rest).
export function modelSizes(shape: ModelShape): ModelSizes {
  const kvHeads = kvHeadsFor(shape.attention, shape.heads, shape.gqaGroups);
  const d = shape.dModel;
  const mlp =
    mlpParamsPerLayer(d, shape.mlpRatio ?? DEFAULT_MLP_RATIO, shape.gatedMlp === true) *
    shape.layers;
  const shared =
    attentionParamsPerLayer(d, kvHeads, shape.headDim, shape.heads * shape.headDim) * shape.layers +
    shape.vocab * d;
  if (shape.architecture !== "moe") {
    const n = shared + mlp;
    return { total: n, active: n, expertParams: 0, sharedParams: 0 };
  }
  return {
    total: shape.experts * mlp + shared,
    active: Math.min(shape.topK, shape.experts) * mlp + shared,
    expertParams: mlp,
    sharedParams: shared,
  };
}

// Source: modelSizes (FORMULAS.md §1, §5): total and active parameters from the shape.
export function modelParams(shape: ModelShape): { total: number; active: number } {
  const sizes = modelSizes(shape);
  return { total: sizes.total, active: sizes.active };
}

/**
 * The plan's boundary: the ranges a plan may take. Outside them (or NaN, ±∞, a fraction where a
 * count is meant) the evaluation is "invalid" with every output 0. The upper bounds are far past any
 * real run and keep every product (parameters, FLOPs, bytes) finite in float64.
 */
// Source: [game] bounds; the persisted schema (src/persist/schema.ts) uses the same maxima.
export const PLAN_LIMITS = {
  layers: 100_000,
  dModel: 10_000_000,
  heads: 100_000,
  headDim: 100_000,
  vocab: 100_000_000,
  experts: 100_000,
  mlpRatio: 1_000,
  contextTokens: 100_000_000,
  batchTokens: 1e16,
  parallel: 100_000,
  microbatchSequences: 10_000_000,
  gpus: 1e9,
} as const;

function count(x: number, max: number): boolean {
  return Number.isInteger(x) && x >= 1 && x <= max;
}

function within(x: number, min: number, max: number): boolean {
  return Number.isFinite(x) && x >= min && x <= max;
}

// Source: [game] the boundary of PLAN_LIMITS: counts are whole numbers from 1, shares in [0, 1].
export function validShape(plan: TrainingPlan, fleet?: GpuPool): boolean {
  if (plan === null || typeof plan !== "object") return false;
  const p = plan.parallel;
  const c = plan.context;
  const b = plan.batch;
  if (!p || !c || !b) return false;
  const L = PLAN_LIMITS;
  const moe = plan.architecture === "moe";
  if (!moe && plan.architecture !== "dense") return false;
  if (plan.attention !== "mha" && plan.attention !== "mqa" && plan.attention !== "gqa") {
    return false;
  }
  if (fleet !== undefined && !(GPUS[fleet.gpu] && within(fleet.gpus, 0, L.gpus))) return false;
  return (
    count(plan.layers, L.layers) &&
    count(plan.dModel, L.dModel) &&
    count(plan.heads, L.heads) &&
    count(plan.headDim, L.headDim) &&
    count(plan.vocab, L.vocab) &&
    (plan.attention !== "gqa" || count(plan.gqaGroups, L.heads)) &&
    (plan.mlpRatio === undefined || (within(plan.mlpRatio, 0, L.mlpRatio) && plan.mlpRatio > 0)) &&
    (plan.gatedMlp === undefined || typeof plan.gatedMlp === "boolean") &&
    (!moe ||
      (count(plan.experts, L.experts) &&
        count(plan.topK, L.experts) &&
        plan.topK <= plan.experts)) &&
    typeof plan.flashAttention === "boolean" &&
    within(c.startTokens, 1, L.contextTokens) &&
    within(c.finalTokens, 1, L.contextTokens) &&
    within(c.finalShare, 0, 1) &&
    within(b.startTokens, 1, L.batchTokens) &&
    within(b.finalTokens, 1, L.batchTokens) &&
    within(b.rampShare, 0, 1) &&
    count(p.tensor, L.parallel) &&
    count(p.pipeline, L.parallel) &&
    count(p.microbatchSequences, L.microbatchSequences) &&
    count(p.interleave, L.parallel) &&
    (p.expertParallel === undefined || count(p.expertParallel, L.parallel)) &&
    typeof p.sequenceParallel === "boolean" &&
    (p.zeroStage === 0 || p.zeroStage === 1 || p.zeroStage === 2 || p.zeroStage === 3) &&
    (p.recompute === "none" || p.recompute === "selective" || p.recompute === "full")
  );
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

/** What a refused-at-the-boundary plan evaluates to: nothing runs, every number 0. */
function invalidEvaluation(memoryCapacityBytes: number): TrainingEvaluation {
  return {
    fits: false,
    reason: "invalid",
    totalParams: 0,
    activeParams: 0,
    expertParams: 0,
    sharedParams: 0,
    effectiveSizeParams: 0,
    effectiveParams: 0,
    computeOptimalParams: 0,
    paramsToOptimalRatio: 0,
    tooBigForData: false,
    seenTokens: 0,
    uniqueTokens: 0,
    dataEffectiveTokens: 0,
    effectiveTokens: 0,
    batchTokens: 0,
    criticalBatchTokens: 0,
    batchEfficiency: 0,
    codeShare: 0,
    licenceRisk: 0,
    flops: 0,
    gpusUsed: 0,
    dataParallel: 0,
    expertParallel: 0,
    microbatches: 0,
    bubble: 0,
    tpCommShare: 0,
    tpBytesPerStep: 0,
    dpGradientBytesPerStep: 0,
    dpGradientSeconds: 0,
    zeroGatherBytesPerStep: 0,
    zeroGatherSeconds: 0,
    pipelineBytesPerStep: 0,
    pipelineSeconds: 0,
    allToAllBytesPerStep: 0,
    allToAllSeconds: 0,
    computeSecondsPerStep: 0,
    bubbleSecondsPerStep: 0,
    overlapWindowSeconds: 0,
    dpOverlapShare: 0,
    exposedCommSeconds: 0,
    commShare: 0,
    stepSeconds: 0,
    gemmEfficiency: 0,
    attentionEfficiency: 0,
    recomputeEfficiency: 0,
    busyEfficiency: 0,
    microbatchModelFlops: 0,
    tpBytesPerLayer: 0,
    tpLinkBytesPerSecond: 0,
    tpComputeFlopsPerLayer: 0,
    finalMfu: 0,
    rampMfu: 0,
    attentionShare: 0,
    goodput: 0,
    mfu: 0,
    weightBytesPerGpu: 0,
    gradientBytesPerGpu: 0,
    optimizerBytesPerGpu: 0,
    activationBytesPerGpu: 0,
    memoryBytesPerGpu: 0,
    memoryCapacityBytes,
    days: 0,
    gpuHours: 0,
    costUsd: 0,
    loss: 0,
    capability: 0,
  };
}

function bubbleFor(stages: number, chunks: number, microbatches: number): number {
  return chunks > 1
    ? interleavedPipelineBubble({ stages, microbatches, chunks })
    : pipelineBubble({ stages, microbatches });
}

/**
 * Seconds of one optimizer step with m micro-batches per pipeline, from the terms that do not
 * depend on m: a micro-batch's busy seconds on a GPU (TP traffic included), the gradient reduce's
 * seconds, and the per-micro-batch seconds of ZeRO-3 gathers, pipeline and all-to-all traffic.
 */
// Source: FORMULAS.md §13 and the README "MFU model": step = busy + bubble + exposed traffic, with
// busy = m · (micro-batch compute), bubble from Narayanan 2021, the gradient reduce hidden up to the
// window (gradientReduceWindowSeconds), ZeRO-3 gathers prefetched behind the busy time, pipeline and
// all-to-all traffic on the critical path.
export function stepSeconds(
  microbatches: number,
  microbatchSeconds: number,
  stages: number,
  chunks: number,
  gradientSeconds: number,
  gatherSecondsPerMicrobatch: number,
  onPathSecondsPerMicrobatch: number,
): number {
  const m = Math.max(1, microbatches);
  const busy = m * microbatchSeconds;
  const bubble = bubbleFor(stages, chunks, m);
  const bubbleSeconds = (busy * bubble) / (1 - bubble);
  const window = gradientReduceWindowSeconds({ busySeconds: busy, bubbleSeconds, microbatches: m });
  return (
    busy +
    bubbleSeconds +
    Math.max(0, gradientSeconds - window) +
    Math.max(0, m * gatherSecondsPerMicrobatch - busy) +
    m * onPathSecondsPerMicrobatch
  );
}

/**
 * Evaluates a training plan on a pool of GPUs: sizes, FLOPs, memory per GPU, communication, MFU,
 * days, loss. Days and cost are reported whenever a data-parallel replica fits in the pool, even if
 * the plan may not start (so the screen can show both); `fits` says whether the run may start.
 * A plan outside PLAN_LIMITS (or with a data source that is not a finite non-negative number) is
 * "invalid" with every number 0.
 */
export function evaluateTrainingPlan(
  plan: TrainingPlan,
  fleet: GpuPool,
  unlocks?: Unlocks,
): TrainingEvaluation {
  const spec = GPUS[fleet?.gpu];
  if (!spec || !validShape(plan, fleet)) return invalidEvaluation(spec?.hbmBytes ?? 0);
  const data = evaluateDataPlan(plan.data, unlocks);
  if (!data.valid) return invalidEvaluation(spec.hbmBytes);

  const sizes = modelSizes(plan);
  const layout = trainingLayout(plan, fleet);
  const outcome = trainingOutcome(plan, sizes, data, layout, unlocks);
  const flops = trainingFlops(sizes.active, data.seenTokens);
  const compute = microbatchCompute(plan, spec, sizes.active, layout, unlocks);
  const held = heldParams(plan, sizes, layout);
  const traffic = stepTraffic(plan, spec, layout, held);
  const step = finalStep(layout, compute, traffic);
  const goodput = trainingGoodput(layout.gpusUsed);
  const mfu = runMfu(layout, compute, traffic, step, goodput, spec.peakFlopsPerSecond);
  const memory = memoryPerGpu(plan, layout, held, step.microbatches);
  const reason = trainingFitReason(plan, layout, data, memory.memoryBytesPerGpu, spec, unlocks);

  // Wall clock and cost: FORMULAS.md §6 (trainingDays, gpuHours) at the run's MFU.
  const { gpusUsed, dataParallel, finalBatch, pp, chunks } = layout;
  const running = dataParallel >= 1 && mfu.mfu > 0;
  const days = running ? trainingDays({ flops, gpus: gpusUsed, gpu: fleet.gpu, mfu: mfu.mfu }) : 0;
  const hours = gpuHours(gpusUsed, days);
  const { optimal, sizeParams } = outcome;
  const ratio = optimal > 0 ? sizeParams / optimal : 0;
  const m = step.microbatches;
  const tpBytesPerStep = compute.tpBytesPerLayer * (plan.layers / pp) * chunks * m;
  return {
    fits: reason === "ok",
    reason,
    totalParams: sizes.total,
    activeParams: sizes.active,
    expertParams: sizes.expertParams,
    sharedParams: sizes.sharedParams,
    effectiveSizeParams: sizeParams,
    effectiveParams: finite(outcome.nPrime),
    computeOptimalParams: finite(optimal),
    paramsToOptimalRatio: finite(ratio),
    tooBigForData: ratio > TOO_BIG_FOR_DATA_RATIO,
    seenTokens: data.seenTokens,
    uniqueTokens: data.uniqueTokens,
    dataEffectiveTokens: data.effectiveTokens,
    effectiveTokens: finite(outcome.trainedTokens),
    batchTokens: finalBatch,
    criticalBatchTokens: finite(outcome.criticalTokens),
    batchEfficiency: finite(outcome.batchEfficiency),
    codeShare: data.codeShare,
    licenceRisk: data.licenceRisk,
    flops,
    gpusUsed,
    dataParallel,
    expertParallel: layout.ep,
    microbatches: finite(m),
    bubble: finite(step.bubble),
    tpCommShare: finite(compute.tpShare),
    tpBytesPerStep: finite(tpBytesPerStep),
    dpGradientBytesPerStep: finite(traffic.dpGradientBytesPerStep),
    dpGradientSeconds: finite(traffic.gradientSeconds),
    zeroGatherBytesPerStep: finite(m * traffic.gatherBytesPerMicrobatch),
    zeroGatherSeconds: finite(step.gatherSeconds),
    pipelineBytesPerStep: finite(m * traffic.pipelineBytesPerMicrobatch),
    pipelineSeconds: finite(step.pipelineSeconds),
    allToAllBytesPerStep: finite(m * traffic.allToAllBytesPerMicrobatch),
    allToAllSeconds: finite(step.allToAllSeconds),
    computeSecondsPerStep: finite(step.busySeconds),
    bubbleSecondsPerStep: finite(step.bubbleSeconds),
    overlapWindowSeconds: finite(step.window),
    dpOverlapShare:
      step.dpSeconds > 0 ? finite((step.dpSeconds - step.dpExposed) / step.dpSeconds) : 0,
    exposedCommSeconds: finite(step.exposedCommSeconds),
    commShare:
      step.finalStepSeconds > 0 ? finite(step.exposedCommSeconds / step.finalStepSeconds) : 0,
    stepSeconds: finite(step.finalStepSeconds),
    gemmEfficiency: finite(compute.gemm),
    attentionEfficiency: finite(compute.attentionRate),
    recomputeEfficiency: finite(compute.recomputeRate),
    busyEfficiency: finite(compute.busyEfficiency),
    microbatchModelFlops: finite(compute.microbatchModelFlops),
    tpBytesPerLayer: finite(compute.tpBytesPerLayer),
    tpLinkBytesPerSecond: compute.tpLink,
    tpComputeFlopsPerLayer: finite(compute.tpComputeFlopsPerLayer),
    finalMfu: finite(mfu.finalMfu),
    rampMfu: finite(mfu.rampMfu),
    attentionShare: finite(compute.attentionShare),
    goodput,
    mfu: finite(mfu.mfu),
    weightBytesPerGpu: finite(memory.weightBytesPerGpu),
    gradientBytesPerGpu: finite(memory.gradientBytesPerGpu),
    optimizerBytesPerGpu: finite(memory.optimizerBytesPerGpu),
    activationBytesPerGpu: finite(memory.activationBytesPerGpu),
    memoryBytesPerGpu: finite(memory.memoryBytesPerGpu),
    memoryCapacityBytes: spec.hbmBytes,
    days: finite(days),
    gpuHours: finite(hours),
    costUsd: finite(hours * spec.usdPerHour),
    loss: finite(outcome.loss),
    capability: finite(outcome.capability),
  };
}

/** How the plan lays the model over the pool: replicas, micro-batches, the batch ramp. */
interface TrainingLayout {
  t: number;
  pp: number;
  chunks: number;
  /** Expert parallelism (1 for dense). */
  ep: number;
  /** GPUs of one model replica (t · p). */
  perReplica: number;
  /** Whole replicas the pool holds (0 when it cannot hold one). */
  dataParallel: number;
  gpusUsed: number;
  /** dataParallel, at least 1 (so a plan that cannot start still shows its numbers). */
  dp: number;
  seq: number;
  /** Tokens of one micro-batch (sequence · micro-batch sequences). */
  mbTokens: number;
  finalBatch: number;
  finalMicrobatches: number;
  rampShare: number;
  /** The ramp's mean batch, at least one micro-batch per data-parallel rank. */
  rampBatch: number;
}

// Step 1, the layout. Source: Narayanan et al. 2021 (S-MEG): a replica is t · p GPUs, the pool holds
// ⌊n / (t · p)⌋ of them, and each pipeline runs batch / (micro-batch tokens · dp) micro-batches.
function trainingLayout(plan: TrainingPlan, fleet: GpuPool): TrainingLayout {
  const p = plan.parallel;
  const t = p.tensor;
  const pp = p.pipeline;
  const perReplica = t * pp;
  const dataParallel = Math.floor(fleet.gpus / perReplica);
  const dp = Math.max(1, dataParallel);
  const seq = plan.context.finalTokens;
  const mbTokens = seq * p.microbatchSequences;
  const finalBatch = plan.batch.finalTokens;
  return {
    t,
    pp,
    chunks: p.interleave,
    ep: plan.architecture === "moe" ? (p.expertParallel ?? 1) : 1,
    perReplica,
    dataParallel,
    gpusUsed: dataParallel * perReplica,
    dp,
    seq,
    mbTokens,
    finalBatch,
    finalMicrobatches: finalBatch / (mbTokens * dp),
    rampShare: plan.batch.rampShare,
    // A ramp cannot run under one micro-batch per rank: the ramp's mean batch is at least that.
    rampBatch: Math.max(0.5 * (plan.batch.startTokens + finalBatch), mbTokens * dp),
  };
}

/** What the run buys: effective sizes, the batch's worth, the loss and the capability. */
interface TrainingOutcome {
  /** The size the loss sees before N' (the MoE-effective size for MoE). */
  sizeParams: number;
  optimal: number;
  nPrime: number;
  criticalTokens: number;
  batchEfficiency: number;
  trainedTokens: number;
  loss: number;
  capability: number;
}

// Step 2, the loss. Source: Muennighoff et al. 2023 (N', D'), FORMULAS.md §5 (MoE-effective size),
// McCandlish et al. 2018 and Kaplan et al. 2020 §5.1: B_crit at the loss the data would give at full
// worth; each token is worth batchDataEfficiency of the fit's, token-weighted over the ramp.
function trainingOutcome(
  plan: TrainingPlan,
  sizes: ModelSizes,
  data: DataEvaluation,
  layout: TrainingLayout,
  unlocks: Unlocks | undefined,
): TrainingOutcome {
  const { active, total } = sizes;
  const sizeParams = plan.architecture === "moe" ? moeEffectiveParams({ active, total }) : total;
  const optimal = computeOptimalParamsForUniqueTokens(data.uniqueTokens);
  const nPrime = effectiveParams(
    { params: sizeParams, uniqueTokens: data.uniqueTokens },
    MUENNIGHOFF_2023,
    optimal,
  );
  const { rampShare, rampBatch, finalBatch, mbTokens, dp } = layout;
  const fullWorthLoss = lossFromEffective({ params: nPrime, tokens: data.effectiveTokens });
  const criticalTokens = data.uniqueTokens > 0 ? criticalBatchTokens(fullWorthLoss) : 0;
  const batchEfficiency =
    rampShare * batchDataEfficiency(rampBatch, criticalTokens) +
    (1 - rampShare) * batchDataEfficiency(Math.max(finalBatch, mbTokens * dp), criticalTokens);
  const trainedTokens = data.effectiveTokens * batchEfficiency;
  const predicted =
    batchEfficiency === 1
      ? fullWorthLoss
      : lossFromEffective({ params: nPrime, tokens: trainedTokens });
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
  return {
    sizeParams,
    optimal,
    nPrime,
    criticalTokens,
    batchEfficiency,
    trainedTokens,
    loss,
    capability,
  };
}

/** One micro-batch on one GPU: its FLOPs, its efficiency factors and its busy seconds. */
interface MicrobatchCompute {
  attentionShare: number;
  tpBytesPerLayer: number;
  tpLink: number;
  tpComputeFlopsPerLayer: number;
  tpShare: number;
  gemm: number;
  attentionRate: number;
  recomputeRate: number;
  busyEfficiency: number;
  microbatchModelFlops: number;
  microbatchSeconds: number;
}

// Step 3, a busy GPU: kernel · (1 − TP share) · GEMM · attention · recompute (README "MFU model").
// Source: PaLM App. B (attention's share of the training FLOPs), Narayanan et al. 2021 (TP
// all-reduces per layer, on NVLink inside a node), Dao et al. 2022 (FlashAttention), Korthikanti et
// al. 2022 (recompute).
function microbatchCompute(
  plan: TrainingPlan,
  spec: GpuSpec,
  active: number,
  layout: TrainingLayout,
  unlocks: Unlocks | undefined,
): MicrobatchCompute {
  const p = plan.parallel;
  const { t, seq, mbTokens, perReplica } = layout;
  const meanSeq =
    plan.context.finalShare * plan.context.finalTokens +
    (1 - plan.context.finalShare) * plan.context.startTokens;
  const attentionShare =
    attentionTrainingFlopsPerToken({
      layers: plan.layers,
      dModel: plan.heads * plan.headDim,
      seqLen: meanSeq,
    }) / trainingFlops(active, 1);
  // FlashAttention kernels tuned in-house (research) make attention cheaper still.
  const attentionCost =
    plan.flashAttention && researched(unlocks, "flash_attention")
      ? attentionShare * RESEARCH_EFFECTS.tunedFlashAttentionCostFactor
      : attentionShare;
  const tpBytesPerLayer = tensorParallelBytesPerLayer({
    seqLen: seq,
    microbatchSequences: p.microbatchSequences,
    dModel: plan.dModel,
    tensorParallel: t,
  });
  const tpLink =
    t <= GPUS_PER_NODE ? spec.nvlinkBytesPerSecond : INFINIBAND_BYTES_PER_SECOND_PER_GPU;
  const tpComputeFlopsPerLayer = trainingFlops(active / plan.layers, mbTokens) / t;
  const tpShare = tensorParallelCommShare({
    commBytesPerLayer: tpBytesPerLayer,
    linkBytesPerSecond: tpLink,
    computeFlopsPerLayer: tpComputeFlopsPerLayer,
    gpuFlopsPerSecond: spec.peakFlopsPerSecond,
  });
  const gemm = gemmEfficiency(mbTokens);
  const attentionRate = attentionEfficiency(attentionCost, plan.flashAttention, plan.headDim);
  const recomputeRate = recomputeEfficiency(p.recompute);
  const busyEfficiency = KERNEL_EFFICIENCY * (1 - tpShare) * gemm * attentionRate * recomputeRate;
  const microbatchModelFlops = trainingFlops(active, mbTokens) / perReplica;
  return {
    attentionShare,
    tpBytesPerLayer,
    tpLink,
    tpComputeFlopsPerLayer,
    tpShare,
    gemm,
    attentionRate,
    recomputeRate,
    busyEfficiency,
    microbatchModelFlops,
    microbatchSeconds: microbatchModelFlops / (spec.peakFlopsPerSecond * busyEfficiency),
  };
}

/** Parameters each GPU holds: the shared part over t·p, the experts over t·p·e. */
interface HeldParams {
  sharedPerGpu: number;
  expertPerGpu: number;
  /** Data-parallel ranks holding the same experts (dp / e). */
  expertRanks: number;
}

// Source: FORMULAS.md §5 and Lepikhin et al. 2021 (GShard): experts split over e expert-parallel ranks.
function heldParams(plan: TrainingPlan, sizes: ModelSizes, layout: TrainingLayout): HeldParams {
  const moe = plan.architecture === "moe";
  const { perReplica, ep, dp } = layout;
  return {
    sharedPerGpu: (moe ? sizes.sharedParams : sizes.total) / perReplica,
    expertPerGpu: moe ? (plan.experts * sizes.expertParams) / (perReplica * ep) : 0,
    expertRanks: Math.max(1, Math.floor(dp / ep)),
  };
}

/** A step's traffic that does not depend on the micro-batch count, in bytes and seconds. */
interface StepTraffic {
  dpGradientBytesPerStep: number;
  gatherBytesPerMicrobatch: number;
  pipelineBytesPerMicrobatch: number;
  allToAllBytesPerMicrobatch: number;
  ppLink: number;
  a2aLink: number;
  gradientSeconds: number;
  gatherSecondsPerMicrobatch: number;
  onPathSecondsPerMicrobatch: number;
}

// Step 4, traffic. Source: FORMULAS.md §13: traffic leaving the node runs on InfiniBand, inside it
// on NVLink; gradientReduceBytes, zeroGatherBytes, pipelineP2pBytes and moeAllToAllBytes (parallel.ts).
function stepTraffic(
  plan: TrainingPlan,
  spec: GpuSpec,
  layout: TrainingLayout,
  held: HeldParams,
): StepTraffic {
  const p = plan.parallel;
  const { t, pp, chunks, ep, perReplica, gpusUsed, dp, seq } = layout;
  const { sharedPerGpu, expertPerGpu, expertRanks } = held;
  const zero = p.zeroStage;
  const ib = INFINIBAND_BYTES_PER_SECOND_PER_GPU;
  const nvlink = spec.nvlinkBytesPerSecond;
  const dpLink = gpusUsed <= GPUS_PER_NODE ? nvlink : ib;
  const ppLink = perReplica <= GPUS_PER_NODE ? nvlink : ib;
  const a2aLink = perReplica * ep <= GPUS_PER_NODE ? nvlink : ib;
  const dpGradientBytesPerStep =
    gradientReduceBytes({ params: sharedPerGpu, ranks: dp, zeroStage: zero }) +
    gradientReduceBytes({ params: expertPerGpu, ranks: expertRanks, zeroStage: zero });
  const gatherBytesPerMicrobatch =
    zeroGatherBytes({ params: sharedPerGpu, ranks: dp, zeroStage: zero, microbatches: 1 }) +
    zeroGatherBytes({ params: expertPerGpu, ranks: expertRanks, zeroStage: zero, microbatches: 1 });
  const pipelineBytesPerMicrobatch = pipelineP2pBytes({
    seqLen: seq,
    microbatchSequences: p.microbatchSequences,
    dModel: plan.dModel,
    tensorParallel: t,
    stages: pp,
    chunks,
    microbatches: 1,
  });
  const allToAllBytesPerMicrobatch =
    plan.architecture === "moe"
      ? moeAllToAllBytes({
          seqLen: seq,
          microbatchSequences: p.microbatchSequences,
          dModel: plan.dModel,
          tensorParallel: t,
          topK: Math.min(plan.topK, plan.experts),
          expertParallel: ep,
          layersPerGpu: plan.layers / pp,
          microbatches: 1,
        })
      : 0;
  return {
    dpGradientBytesPerStep,
    gatherBytesPerMicrobatch,
    pipelineBytesPerMicrobatch,
    allToAllBytesPerMicrobatch,
    ppLink,
    a2aLink,
    gradientSeconds: dpGradientBytesPerStep / dpLink,
    gatherSecondsPerMicrobatch: gatherBytesPerMicrobatch / dpLink,
    onPathSecondsPerMicrobatch:
      pipelineBytesPerMicrobatch / ppLink + allToAllBytesPerMicrobatch / a2aLink,
  };
}

/** The final batch's optimizer step, term by term (stepSeconds' formula, kept for the readouts). */
interface FinalStep {
  microbatches: number;
  bubble: number;
  busySeconds: number;
  bubbleSeconds: number;
  window: number;
  gatherSeconds: number;
  pipelineSeconds: number;
  allToAllSeconds: number;
  dpExposed: number;
  dpSeconds: number;
  exposedCommSeconds: number;
  finalStepSeconds: number;
}

// Step 5, the step (README "MFU model"): busy + bubble + exposed traffic, the gradient reduce hidden
// up to gradientReduceWindowSeconds, ZeRO-3 gathers behind the busy time.
function finalStep(
  layout: TrainingLayout,
  compute: MicrobatchCompute,
  traffic: StepTraffic,
): FinalStep {
  const m = Math.max(1, layout.finalMicrobatches);
  const bubble = bubbleFor(layout.pp, layout.chunks, m);
  const busySeconds = m * compute.microbatchSeconds;
  const bubbleSeconds = (busySeconds * bubble) / (1 - bubble);
  const window = gradientReduceWindowSeconds({ busySeconds, bubbleSeconds, microbatches: m });
  const gatherSeconds = m * traffic.gatherSecondsPerMicrobatch;
  const pipelineSeconds = (m * traffic.pipelineBytesPerMicrobatch) / traffic.ppLink;
  const allToAllSeconds = (m * traffic.allToAllBytesPerMicrobatch) / traffic.a2aLink;
  const dpExposed =
    Math.max(0, traffic.gradientSeconds - window) + Math.max(0, gatherSeconds - busySeconds);
  const dpSeconds = traffic.gradientSeconds + gatherSeconds;
  const exposedCommSeconds = dpExposed + pipelineSeconds + allToAllSeconds;
  return {
    microbatches: m,
    bubble,
    busySeconds,
    bubbleSeconds,
    window,
    gatherSeconds,
    pipelineSeconds,
    allToAllSeconds,
    dpExposed,
    dpSeconds,
    exposedCommSeconds,
    finalStepSeconds: busySeconds + bubbleSeconds + exposedCommSeconds,
  };
}

// Step 6, MFU. Source: PaLM App. B: MFU = model FLOPs / (peak · time), here per GPU and step, times
// goodput; with a batch ramp the run's MFU is the time-weighted (harmonic) mean of the two phases.
function runMfu(
  layout: TrainingLayout,
  compute: MicrobatchCompute,
  traffic: StepTraffic,
  step: FinalStep,
  goodput: number,
  peak: number,
): { finalMfu: number; rampMfu: number; mfu: number } {
  const { rampShare, rampBatch, mbTokens, dp } = layout;
  const finalMfu =
    ((step.microbatches * compute.microbatchModelFlops) / (peak * step.finalStepSeconds)) * goodput;
  if (!(rampShare > 0)) return { finalMfu, rampMfu: finalMfu, mfu: finalMfu };
  const rampM = Math.max(1, rampBatch / (mbTokens * dp));
  const rampStep = stepSeconds(
    rampM,
    compute.microbatchSeconds,
    layout.pp,
    layout.chunks,
    traffic.gradientSeconds,
    traffic.gatherSecondsPerMicrobatch,
    traffic.onPathSecondsPerMicrobatch,
  );
  const rampMfu = ((rampM * compute.microbatchModelFlops) / (peak * rampStep)) * goodput;
  return { finalMfu, rampMfu, mfu: 1 / (rampShare / rampMfu + (1 - rampShare) / finalMfu) };
}

/** Memory per GPU on the first pipeline stage (the fullest). */
interface MemoryPerGpu {
  weightBytesPerGpu: number;
  gradientBytesPerGpu: number;
  optimizerBytesPerGpu: number;
  activationBytesPerGpu: number;
  memoryBytesPerGpu: number;
}

// Step 7, memory. Source: Rajbhandari et al. 2020 (model states, ZeRO sharding), Korthikanti et al.
// 2022 (activations), Narayanan et al. 2021 (in-flight micro-batches of the first stage).
function memoryPerGpu(
  plan: TrainingPlan,
  layout: TrainingLayout,
  held: HeldParams,
  microbatches: number,
): MemoryPerGpu {
  const p = plan.parallel;
  const zero = p.zeroStage;
  const { sharedPerGpu, expertPerGpu, expertRanks } = held;
  const { dp } = layout;
  const weightBytesPerGpu =
    weightStateBytes(sharedPerGpu, dp, zero) + weightStateBytes(expertPerGpu, expertRanks, zero);
  const gradientBytesPerGpu =
    gradientStateBytes(sharedPerGpu, dp, zero) +
    gradientStateBytes(expertPerGpu, expertRanks, zero);
  const optimizerBytesPerGpu =
    optimizerStateBytes(sharedPerGpu, dp, zero) +
    optimizerStateBytes(expertPerGpu, expertRanks, zero);
  const shape = {
    seqLen: layout.seq,
    microbatchSequences: p.microbatchSequences,
    dModel: plan.dModel,
    heads: plan.heads,
    tensorParallel: layout.t,
    sequenceParallel: p.sequenceParallel,
    flashAttention: plan.flashAttention,
    mlpCopies: plan.architecture === "moe" ? Math.min(plan.topK, plan.experts) : 1,
  };
  const activationBytesPerGpu = pipelineActivationBytes({
    storedPerLayer: storedActivationBytesPerLayer(shape, p.recompute),
    workingPerLayer: p.recompute === "full" ? activationBytesPerLayer(shape) : 0,
    layers: plan.layers,
    stages: layout.pp,
    microbatches,
    chunks: layout.chunks,
  });
  return {
    weightBytesPerGpu,
    gradientBytesPerGpu,
    optimizerBytesPerGpu,
    activationBytesPerGpu,
    memoryBytesPerGpu:
      weightBytesPerGpu +
      gradientBytesPerGpu +
      optimizerBytesPerGpu +
      activationBytesPerGpu +
      RESERVED_BYTES_PER_GPU,
  };
}

// Step 8, the refusals in order (README "Refusals"): Megatron-LM's divisibility rules, published
// techniques, the pool, the batch, then memory.
function trainingFitReason(
  plan: TrainingPlan,
  layout: TrainingLayout,
  data: DataEvaluation,
  memoryBytesPerGpu: number,
  spec: GpuSpec,
  unlocks: Unlocks | undefined,
): TrainingFit {
  const { t, pp, chunks, ep, dataParallel, finalMicrobatches } = layout;
  if (!(data.uniqueTokens > 0)) return "no_data";
  if (pp > plan.layers) return "pipeline_exceeds_layers";
  if (chunks > plan.layers / pp) return "too_many_chunks";
  if (plan.layers % (pp * chunks) !== 0) return "layers_not_divisible";
  if (plan.heads % t !== 0) return "heads_not_divisible";
  if (ep > 1 && (plan.experts % ep !== 0 || dataParallel % ep !== 0)) {
    return "experts_not_divisible";
  }
  if (unpublishedTechnique(plan, unlocks)) return "not_published";
  if (dataParallel < 1) return "too_few_gpus";
  if (finalMicrobatches < 1 - 1e-9) return "batch_too_small";
  if (memoryBytesPerGpu > spec.hbmBytes) return "memory";
  return "ok";
}

/**
 * The shape fields of a model (a plan, a served model), copied, with the MoE sizes written from the
 * shape (so code that reads expertParams / sharedParams, such as serving's expert reads, sees the
 * sizes the evaluation uses).
 */
export function modelShapeOf(model: ModelShape): ModelShape {
  const sizes = modelSizes(model);
  const shape: ModelShape = {
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
    expertParams: sizes.expertParams,
    sharedParams: sizes.sharedParams,
  };
  if (model.mlpRatio !== undefined) shape.mlpRatio = model.mlpRatio;
  if (model.gatedMlp !== undefined) shape.gatedMlp = model.gatedMlp;
  return shape;
}

/** A shape with its MoE sizes written from the shape (what seeds and presets store). */
export function withDerivedSizes<T extends ModelShape>(model: T): T {
  const sizes = modelSizes(model);
  return { ...model, expertParams: sizes.expertParams, sharedParams: sizes.sharedParams };
}

/** The serving view of a trained model. */
export function servedModelFromTraining(plan: TrainingPlan, capability: number): ServedModel {
  return { name: plan.name, ...modelShapeOf(plan), capability };
}
