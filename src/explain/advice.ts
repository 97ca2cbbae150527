/**
 * Sentences for the player about a plan: why it does not fit or cannot start, and what a plan that
 * fits should still be told. Words only: every number in them is a field of the sim's evaluation.
 */

import { explainText as text } from "../i18n/messages/explain";
import {
  formatBytes,
  formatCount,
  formatMonthName,
  formatPercent,
  formatRatio,
  formatTokens,
} from "../i18n/numbers";
import {
  type ServingEvaluation,
  type ServingPlan,
  type TrainingEvaluation,
  type TrainingPlan,
  type Unlocks,
  unpublishedTechnique,
} from "../sim";

export type MemoryPart = "weights" | "gradients" | "optimiser state" | "activations";

/**
 * The largest of a training plan's four memory parts per GPU, and the changes to the plan that
 * shrink that part and are not made yet (ZeRO shards optimiser state at stage 1, gradients at 2,
 * weights at 3: Rajbhandari et al. 2020; recompute, sequence parallelism and smaller micro-batches
 * cut activations: Korthikanti et al. 2022; FlashAttention stores no attention matrix: Dao 2022).
 */
export function memoryAdvice(
  plan: TrainingPlan,
  ev: TrainingEvaluation,
): { part: MemoryPart; bytes: number; fixes: string[] } {
  const parts: [MemoryPart, number][] = [
    ["weights", ev.weightBytesPerGpu],
    ["gradients", ev.gradientBytesPerGpu],
    ["optimiser state", ev.optimizerBytesPerGpu],
    ["activations", ev.activationBytesPerGpu],
  ];
  const [part, bytes] = parts.reduce((a, b) => (b[1] > a[1] ? b : a));
  const p = plan.parallel;
  const fixes: string[] = [];
  if (part === "activations") {
    if (p.recompute !== "full")
      fixes.push(text(p.recompute === "none" ? "fixRecompute" : "fixFullRecompute"));
    if (!plan.flashAttention) fixes.push("FlashAttention");
    if (!p.sequenceParallel && p.tensor > 1) fixes.push(text("fixSequenceParallel"));
    if (p.microbatchSequences > 1) fixes.push(text("fixSmallerMicrobatch"));
    fixes.push(text("fixMorePipelineStages"));
  } else {
    const stage = part === "weights" ? 3 : part === "gradients" ? 2 : 1;
    if (p.zeroStage < stage) fixes.push(text("fixZeroStage", { stage }));
    fixes.push(text("fixMorePipelineStages"), text("fixWiderTensor"));
  }
  return { part, bytes, fixes };
}

/** "Activations are the largest part: try activation recompute, FlashAttention or ..." */
function memoryAdviceSentence(part: MemoryPart, fixes: readonly string[]): string {
  return text("largestPart", { part, fixes });
}

/**
 * The short form for the space under the Designer's memory bar (which already lists the four
 * parts): the verdict and the two likeliest fixes. Other reasons are short already.
 */
export function trainingFitNote(
  plan: TrainingPlan,
  ev: TrainingEvaluation,
  unlocks?: Unlocks,
): string {
  if (ev.reason !== "memory") return trainingFitMessage(plan, ev, unlocks);
  const { part, fixes } = memoryAdvice(plan, ev);
  return text("doesNotFit", { advice: memoryAdviceSentence(part, fixes.slice(0, 2)) });
}

/** A sentence saying why a training plan cannot start ("" when it fits). */
export function trainingFitMessage(
  plan: TrainingPlan,
  ev: TrainingEvaluation,
  unlocks?: Unlocks,
): string {
  const p = plan.parallel;
  const t = p.tensor;
  const pp = p.pipeline;
  switch (ev.reason) {
    case "ok":
      return "";
    case "invalid":
      return text("invalidPlan");
    case "no_data":
      return text("noData");
    case "pipeline_exceeds_layers":
      return text("pipelineExceedsLayers", { stages: pp, layers: plan.layers });
    case "too_many_chunks":
      return text("tooManyChunks", { chunks: p.interleave, layersPerStage: plan.layers / pp });
    case "layers_not_divisible":
      return text("layersNotDivisible", { layers: plan.layers, stages: pp, chunks: p.interleave });
    case "experts_not_divisible": {
      const ep = p.expertParallel ?? 1;
      return text("expertsNotDivisible", {
        experts: plan.experts,
        ways: ep,
        copies: formatCount(ev.dataParallel),
      });
    }
    case "batch_too_small":
      return text("batchTooSmall", {
        batch: formatTokens(plan.batch.finalTokens),
        microbatch: formatTokens(plan.context.finalTokens * p.microbatchSequences),
        copies: formatCount(ev.dataParallel),
      });
    case "heads_not_divisible":
      return text("headsNotDivisible", { heads: plan.heads, ways: t });
    case "too_few_gpus":
      return text("tooFewGpus", { tensor: t, pipeline: pp, gpus: t * pp });
    case "not_published": {
      const first = unpublishedTechnique(plan, unlocks);
      return first
        ? text("notPublished", {
            name: first.name,
            authors: first.authors,
            month: formatMonthName(first.month),
          })
        : text("notPublishedAny");
    }
    case "memory": {
      const { part, fixes } = memoryAdvice(plan, ev);
      return text("memory", {
        need: formatBytes(ev.memoryBytesPerGpu),
        capacity: formatBytes(ev.memoryCapacityBytes),
        weights: formatBytes(ev.weightBytesPerGpu),
        gradients: formatBytes(ev.gradientBytesPerGpu),
        optimiser: formatBytes(ev.optimizerBytesPerGpu),
        activations: formatBytes(ev.activationBytesPerGpu),
        advice: memoryAdviceSentence(part, fixes),
      });
    }
  }
}

/**
 * What a plan that fits should still be told: too big for its data (Chinchilla's warning,
 * Muennighoff et al. 2023) and a batch past its critical size, whose tokens count for less
 * (McCandlish et al. 2018; Kaplan et al. 2020 §5.1). "" when neither applies.
 */
export function trainingAdvice(ev: TrainingEvaluation): string {
  const notes: string[] = [];
  if (ev.tooBigForData)
    notes.push(text("tooBigForData", { ratio: formatRatio(ev.paramsToOptimalRatio) }));
  if (ev.batchEfficiency > 0 && ev.batchEfficiency < 1)
    notes.push(
      text("pastCriticalBatch", {
        batch: formatTokens(ev.batchTokens),
        critical: formatTokens(ev.criticalBatchTokens),
        worth: formatPercent(ev.batchEfficiency),
      }),
    );
  return text("adviceNotes", { notes });
}

/** A sentence saying why a serving plan cannot run ("" when it fits). */
export function servingFitMessage(plan: ServingPlan, ev: ServingEvaluation): string {
  switch (ev.reason) {
    case "ok":
      return "";
    case "invalid":
      return text("servingInvalid");
    case "pipeline_exceeds_layers":
      return text("servingPipelineExceedsLayers", {
        gpus: plan.gpusPerReplica,
        stages: ev.pipelineStages,
        tensor: ev.tensorParallel,
        layers: plan.model.layers,
      });
    case "weights":
      return text("servingWeights", {
        bytes: formatBytes(ev.weightBytesPerGpu * plan.gpusPerReplica),
        gpus: plan.gpusPerReplica,
      });
    case "kv_cache":
      return text("servingKvCache", { bytes: formatBytes(ev.kvBytesPerSequence) });
    case "too_few_gpus":
      return text("servingTooFewGpus", { gpus: plan.gpusPerReplica });
  }
}
