/**
 * Plans (plain JSON data), the data mix's evaluation and the model's sizes from its shape. The
 * training evaluation is training.ts, the serving one serving.ts; every number is computed by a cited
 * formula in params / compute / scaling / parallel / inference.
 */
import {
  AUDIO_RIGHTS,
  type AudioRights,
  CODE_EXCESS_VALUE,
  CODE_FULL_VALUE_SHARE,
  DATA_SOURCES,
  DEFAULT_MLP_RATIO,
  type GpuId,
  type Precision,
  PUBLISHED_MONTH_INDEX,
  type ResearchId,
  SOURCE_IDS,
  type SourceId,
} from "./constants";
import { type Attention, kvHeadsFor } from "./inference";
import type { Recompute, ZeroStage } from "./parallel";
import { attentionParamsPerLayer, mlpParamsPerLayer } from "./params";
import { effectiveTokens } from "./scaling";

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
