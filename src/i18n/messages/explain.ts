/**
 * The explain layer's sentences (src/explain): why a plan does not fit or cannot start, the advice
 * a plan that fits is still given, and the labels and notes of "show the math". Formulas' symbols
 * and the printed values stay in the code; numbers arrive formatted.
 */
import { messages } from "..";

/** A training plan's four memory parts, as src/explain/advice.ts names them. */
export type MemoryPart = "weights" | "gradients" | "optimiser state" | "activations";

/** "a, b or c" */
const enOrList = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");

const EN_REPEATS =
  "Muennighoff et al. 2023 (data-constrained scaling: repeated tokens are worth less)";
const EN_LOSS = "Muennighoff et al. 2023 fit; Hoffmann et al. 2022 Eq. 10 form";
const EN_TUNED = "hyperparameters fitted on small runs (the scaling-law research; OpenAI 2023 §3)";

/** The English table (the Chinese one, messages/zh-CN/explain.ts, loads only when chosen). */
export const explainEn = {
  // --- advice.ts: the fixes memory advice lists
  fixFullRecompute: "full activation recompute",
  fixRecompute: "activation recompute",
  fixSequenceParallel: "sequence parallelism",
  fixSmallerMicrobatch: "a smaller micro-batch",
  fixMorePipelineStages: "more pipeline stages",
  fixZeroStage: (p: { stage: number }) => `ZeRO stage ${p.stage}`,
  fixWiderTensor: "wider tensor parallelism",
  largestPart: (p: { part: MemoryPart; fixes: readonly string[] }) => {
    const subject = p.part[0]?.toUpperCase() + p.part.slice(1);
    const verb = p.part === "optimiser state" ? "is" : "are";
    return `${subject} ${verb} the largest part: try ${enOrList(p.fixes)}.`;
  },
  doesNotFit: (p: { advice: string }) => `Does not fit. ${p.advice}`,
  // --- advice.ts: why a training plan cannot start
  invalidPlan: "The plan has a zero or negative size somewhere.",
  noData: "The data mix is empty: pick at least one source and one epoch.",
  pipelineExceedsLayers: (p: { stages: number; layers: number }) =>
    `${p.stages} pipeline stages for ${p.layers} layers: each stage needs at least one layer.`,
  tooManyChunks: (p: { chunks: number; layersPerStage: number }) =>
    `${p.chunks} interleaved chunks per GPU for ${p.layersPerStage} layers per stage: each chunk needs at least one layer.`,
  layersNotDivisible: (p: { layers: number; stages: number; chunks: number }) =>
    `${p.layers} layers do not split evenly into ${p.stages} stages x ${p.chunks} chunks.`,
  expertsNotDivisible: (p: { experts: number; ways: number; copies: string }) =>
    `${p.experts} experts over ${p.ways}-way expert parallelism need the experts and the ${p.copies} data-parallel copies to divide evenly by ${p.ways}.`,
  batchTooSmall: (p: { batch: string; microbatch: string; copies: string }) =>
    `A batch of ${p.batch} is less than one micro-batch (${p.microbatch}) for each of ${p.copies} data-parallel copies: raise the batch or use fewer GPUs.`,
  headsNotDivisible: (p: { heads: number; ways: number }) =>
    `${p.heads} attention heads do not split evenly over ${p.ways}-way tensor parallelism.`,
  tooFewGpus: (p: { tensor: number; pipeline: number; gpus: number }) =>
    `One model copy needs ${p.tensor} x ${p.pipeline} = ${p.gpus} GPUs; the pool has fewer.`,
  notPublished: (p: { name: string; authors: string; month: string }) =>
    `${p.name} does not exist yet: ${p.authors} publish it in ${p.month}.`,
  notPublishedAny: "The plan uses a technique that is not published yet.",
  memory: (p: {
    need: string;
    capacity: string;
    weights: string;
    gradients: string;
    optimiser: string;
    activations: string;
    advice: string;
  }) =>
    `Needs ${p.need} per GPU but a GPU holds ${p.capacity}: weights ${p.weights}, ` +
    `gradients ${p.gradients}, optimiser ${p.optimiser}, activations ${p.activations}. ${p.advice}`,
  // --- advice.ts: what a plan that fits is still told
  tooBigForData: (p: { ratio: string }) =>
    `Too big for its data: ${p.ratio} the compute-optimal size (Chinchilla's warning).`,
  pastCriticalBatch: (p: { batch: string; critical: string; worth: string }) =>
    `A ${p.batch} batch is past the critical batch (${p.critical}): each token counts ${p.worth}, so the same loss needs more tokens.`,
  adviceNotes: (p: { notes: readonly string[] }) => p.notes.join(" "),
  // --- advice.ts: why a serving plan cannot run
  servingInvalid: "The serving plan has a zero or negative size somewhere.",
  servingPipelineExceedsLayers: (p: {
    gpus: number;
    stages: number;
    tensor: number;
    layers: number;
  }) =>
    `${p.gpus} GPUs make ${p.stages} pipeline stages of ${p.tensor}, more than the model's ${p.layers} layers.`,
  servingWeights: (p: { bytes: string; gpus: number }) =>
    `The weights (${p.bytes}) do not fit in ${p.gpus} GPUs.`,
  servingKvCache: (p: { bytes: string }) =>
    `No room left for one sequence's KV cache (${p.bytes}).`,
  servingTooFewGpus: (p: { gpus: number }) =>
    `One replica needs ${p.gpus} GPUs; the pool has fewer.`,
  // --- math.ts: labels, notes and sources of "show the math"
  sourceMoeSizing:
    "FORMULAS.md §5 (MoE sizing: experts are the MLPs, attention and embeddings are shared)",
  sourceDenseSizing: "Kaplan et al. 2020 §2.1; FORMULAS.md §1 (attention and MLP per layer)",
  labelTotalParams: "Total parameters",
  labelActiveParams: "Active parameters",
  labelDenseEquivalent: "Dense-equivalent size",
  sourceMoeEffective:
    "GLaM and Mixtral data points; Clark et al. 2022 (unified scaling laws for routed models)",
  sourceDenseOwnSize: "a dense model is its own size",
  labelTrainingCompute: "Training compute",
  labelBubble: "Pipeline bubble",
  labelMemoryPerGpu: "Memory per GPU",
  sourceMemory: "Rajbhandari et al. 2020 (ZeRO); Korthikanti et al. 2022 (activations)",
  labelTrainingDays: "Training days",
  sourceWallClock: "FORMULAS.md §6 wall-clock check",
  whyNoCopyFits: "Not running: no data-parallel copy of the model fits in the pool.",
  labelGpusUsed: "GPUs used",
  sourceGpusUsed: "Narayanan et al. 2021 (PTD-P: tensor × pipeline × data parallelism)",
  labelTrainingCost: "Training cost",
  sourceTrainingCost: "FORMULAS.md §6 cost check (SemiAnalysis: $1 an A100-hour)",
  labelEffectiveTokens: "Effective tokens",
  labelEffectiveTokensPastCritical: (p: { critical: string }) =>
    `Effective tokens (the batch is past its critical size, ${p.critical} tokens)`,
  sourceRepeats: EN_REPEATS,
  sourceRepeatsPastCritical: `${EN_REPEATS}; McCandlish et al. 2018 and Kaplan et al. 2020 §5.1 (past the critical batch a token is worth less)`,
  sourceTensorParallel: "Narayanan et al. 2021 (Megatron-LM: 4 all-reduces of 2·s·b·h per layer)",
  labelTensorParallelNone: "Tensor-parallel traffic (none at t = 1)",
  labelTensorParallel: "Tensor-parallel traffic, per layer and micro-batch",
  sourceMfu:
    "PaLM App. B (MFU); Narayanan et al. 2021 (bubble, TP); FORMULAS.md §13 (the step's traffic)",
  labelMfuBlended: "MFU (the batch ramp and the final batch, blended by tokens)",
  sourceCommunication:
    "Li et al. 2020 (DDP overlap); Rajbhandari et al. 2020 (ZeRO-3 gathers); Narayanan et al. 2021 (pipeline); Lepikhin et al. 2021 (all-to-all)",
  labelCommunication: "Communication",
  whyNoStep: "Not running: no step to time.",
  labelCommunicationShare: "Communication on the critical path, share of a step",
  labelEffectiveParams: "Effective parameters",
  whyNoUniqueData: "No unique data yet, so no parameter is worth anything.",
  sourceLoss: EN_LOSS,
  sourceLossTuned: `${EN_LOSS}; ${EN_TUNED}`,
  labelLoss: "Predicted loss",
  whyNoLoss: "No loss without data and a model.",
  labelScalingCurves: (p: {
    flops: string;
    denseParams: string;
    denseTokens: string;
    moeTotal: string;
    moeActive: string;
    experts: number;
    topK: number;
  }) =>
    `Scaling curves at ${p.flops}: dense ${p.denseParams} on ${p.denseTokens}, MoE ${p.moeTotal} total (${p.moeActive} active, ${p.experts} experts, top-${p.topK})`,
  sourceScalingCurves: (p: { tuned: boolean }) =>
    `Hoffmann et al. 2022 (compute-optimal N and D); ${EN_LOSS}; FORMULAS.md §5 (MoE effective size)${p.tuned ? `; ${EN_TUNED}` : ""}`,
  sourceCapability:
    "[game] scale from GPT-2 (0) to a 10T model on 100T tokens (100), on the Muennighoff et al. 2023 reducible loss; code helps reasoning (Ma et al. 2023)",
  labelCapability: "Capability",
  whyNoCapability: "No capability without a loss.",
  labelUniqueTokens: "Unique tokens used",
  sourceSourceSizes: "SOURCE.md §5 (the sizes of the sources)",
  labelTokensSeen: "Tokens seen",
  sourceTokensSeen: "FORMULAS.md §4 (Muennighoff et al. 2023: D = U · epochs)",
  labelCodeShare: "Code share",
  sourceCodeShare: "FORMULAS.md §4 (Muennighoff et al. 2023: code as extra data)",
  labelLicenceRisk: "Licence risk",
  sourceLicenceRisk: "[game] weights per source (SOURCE.md §5: where each source came from)",
  labelSourceShare: (p: { source: string }) => `${p.source}: share of the mix`,
  sourceDataSource: "Muennighoff et al. 2023 (repeats); SOURCE.md §5 (sizes); [game] risk weights",
  whyNotInMix: "Not in the mix.",
  sourceServe:
    "Pope et al. 2022 §2 (decode roofline per chip); Narayanan et al. 2021 (stages, hops)",
  whyServingDoesNotRun: "The serving plan does not run.",
  labelWeightsPerGpu: "Weights per GPU",
  sourceBytesPerParam: "FORMULAS.md §11 (bytes per parameter)",
  labelKvPerSequence: (p: { attention: string; heads: number }) =>
    `KV cache per sequence (${p.attention}: ${p.heads} KV head${p.heads === 1 ? "" : "s"})`,
  labelSequencesPerReplica: "Sequences per replica",
  sourcePagedAttention:
    "Kwon et al. 2023 (PagedAttention: the KV cache fills what the weights leave)",
  labelTokensPerGpu: (p: { tensor: number; stages: number; memoryBound: boolean }) =>
    `Tokens/s per GPU (${p.tensor} x ${p.stages}: ${p.memoryBound ? "reads" : "matmuls"} bound)`,
  labelSpeculativeOff: "Speculative speedup (drafting is off)",
  labelSpeculative: (p: { distilled: boolean }) =>
    `Speculative speedup${p.distilled ? " (distilled draft)" : ""}: tokens per cycle against the cycle without drafting`,
  sourceSpeculative:
    "Leviathan et al. 2023 Eq. 1 (tokens per target call); throughput against the same plan undrafted",
  labelLatency: "Latency per token",
  labelCostPerMillion: "Cost per million tokens",
  sourceCostPerToken: "FORMULAS.md §8 cost per token",
  labelQuality: "Perceived quality",
  sourceQuality: (p: { alignment: boolean }) =>
    `LLM.int8() and GPTQ (quantisation); Ainslie et al. 2023 (GQA); SOURCE.md §8 (a lenient verifier)${p.alignment ? "; OpenAI's GPT-4 announcement (six months of alignment)" : ""}`,
  labelDemandServed: "Demand served",
  sourceGameServing: "GAME.md (serving)",
  labelDemandServedNone: "Demand served (no demand)",
  sourceFleet: "GAME.md (time and the fleet: training takes A100s first, serving H100s)",
  sourceServed: "GAME.md (serving: every stream gets the same share of what it asks)",
  labelDemandServedNoneYet: "Demand served (no demand yet)",
  whyServingDoesNotFit: "A serving plan does not fit its GPUs, so nothing is served.",
  labelTrainingGpus: "Training GPUs",
  labelServingGpus: "Serving GPUs",
  whyNoCopyFitsTraining:
    "Not running: no data-parallel copy of the model fits in the training GPUs.",
  labelGpuBill: "GPU bill per month",
  sourcePrices: "FORMULAS.md §12 prices (SemiAnalysis: $1 an A100-hour, $2 an H100-hour)",
  labelRevenue: "Revenue per month",
  sourceRevenue: "OpenAI's price lists of 2022-2023 (API, ChatGPT Plus per token, GPT-4 API)",
  labelMoney: "Money",
  sourceMoney: "SOURCE.md §1 (the Microsoft deal); FORMULAS.md §12 prices; OpenAI's price lists",
  sourceAlignmentJob:
    "OpenAI's GPT-4 announcement (six months of alignment and evaluations); [game] pacing",
  sourceMultimodalJob:
    "SOURCE.md §7, FORMULAS.md §6 (~2T tokens of multimodal continued training); Kaplan et al. 2020 §2.1",
  sourceLongContextJob:
    "FORMULAS.md §6 (the 32k model fine-tuned from the 8k one); Kaplan et al. 2020 §2.1; PaLM App. B",
  labelJob: (p: { job: string; done: boolean; progress: string; maxGpus: string | null }) =>
    `${p.job}: ${p.done ? "done" : p.progress} (${
      p.maxGpus === null
        ? "runs on the training GPUs no run uses, shared with the other open jobs"
        : `paced: at most ${p.maxGpus} GPUs a month`
    })`,
};

export const explainText = messages("explain", explainEn);
