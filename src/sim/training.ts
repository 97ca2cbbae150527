/**
 * The training evaluation: a training plan on a pool of GPUs, in named steps (layout, loss, a busy
 * GPU, traffic, the step, MFU, memory, refusals). Every number comes from a cited formula in params /
 * compute / scaling / parallel; split from plans.ts (plan types and the data mix) so the training and
 * serving physics can change apart, as serving.ts is.
 */
import { attentionTrainingFlopsPerToken, gpuHours, trainingDays, trainingFlops } from "./compute";
import {
  CODE_REASONING_BONUS_MAX,
  CODE_REASONING_FULL_SHARE,
  GPUS,
  GPUS_PER_NODE,
  type GpuSpec,
  INFINIBAND_BYTES_PER_SECOND_PER_GPU,
  KERNEL_EFFICIENCY,
  MUENNIGHOFF_2023,
  RESEARCH_EFFECTS,
  RESERVED_BYTES_PER_GPU,
  TOO_BIG_FOR_DATA_RATIO,
} from "./constants";
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
  recomputeEfficiency,
  storedActivationBytesPerLayer,
  tensorParallelBytesPerLayer,
  tensorParallelCommShare,
  trainingGoodput,
  weightStateBytes,
  zeroGatherBytes,
} from "./parallel";
import {
  type DataEvaluation,
  evaluateDataPlan,
  type GpuPool,
  type ModelSizes,
  modelSizes,
  researched,
  type TrainingEvaluation,
  type TrainingFit,
  type TrainingPlan,
  type Unlocks,
  unpublishedTechnique,
} from "./plans";
import {
  batchDataEfficiency,
  capabilityFromLoss,
  computeOptimalParamsForUniqueTokens,
  criticalBatchTokens,
  effectiveParams,
  lossFromEffective,
  moeEffectiveParams,
} from "./scaling";

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
