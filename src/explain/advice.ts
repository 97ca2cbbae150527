/**
 * Sentences for the player about a plan: why it does not fit or cannot start, and what a plan that
 * fits should still be told. Words only: every number in them is a field of the sim's evaluation.
 */
import {
  formatBytes,
  formatCount,
  formatMonthName,
  formatPercent,
  formatRatio,
  formatTokens,
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
      fixes.push(`${p.recompute === "none" ? "" : "full "}activation recompute`);
    if (!plan.flashAttention) fixes.push("FlashAttention");
    if (!p.sequenceParallel && p.tensor > 1) fixes.push("sequence parallelism");
    if (p.microbatchSequences > 1) fixes.push("a smaller micro-batch");
    fixes.push("more pipeline stages");
  } else {
    const stage = part === "weights" ? 3 : part === "gradients" ? 2 : 1;
    if (p.zeroStage < stage) fixes.push(`ZeRO stage ${stage}`);
    fixes.push("more pipeline stages", "wider tensor parallelism");
  }
  return { part, bytes, fixes };
}

/** "Activations are the largest part: try activation recompute, FlashAttention or ..." */
function memoryAdviceSentence(part: MemoryPart, fixes: readonly string[]): string {
  const list =
    fixes.length > 1 ? `${fixes.slice(0, -1).join(", ")} or ${fixes.at(-1)}` : (fixes[0] ?? "");
  const subject = part[0]?.toUpperCase() + part.slice(1);
  return `${subject} ${part === "optimiser state" ? "is" : "are"} the largest part: try ${list}.`;
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
  return `Does not fit. ${memoryAdviceSentence(part, fixes.slice(0, 2))}`;
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
      return "The plan has a zero or negative size somewhere.";
    case "no_data":
      return "The data mix is empty: pick at least one source and one epoch.";
    case "pipeline_exceeds_layers":
      return `${pp} pipeline stages for ${plan.layers} layers: each stage needs at least one layer.`;
    case "too_many_chunks":
      return `${p.interleave} interleaved chunks per GPU for ${plan.layers / pp} layers per stage: each chunk needs at least one layer.`;
    case "layers_not_divisible":
      return `${plan.layers} layers do not split evenly into ${pp} stages x ${p.interleave} chunks.`;
    case "experts_not_divisible": {
      const ep = p.expertParallel ?? 1;
      return `${plan.experts} experts over ${ep}-way expert parallelism need the experts and the ${formatCount(ev.dataParallel)} data-parallel copies to divide evenly by ${ep}.`;
    }
    case "batch_too_small":
      return `A batch of ${formatTokens(plan.batch.finalTokens)} is less than one micro-batch (${formatTokens(plan.context.finalTokens * p.microbatchSequences)}) for each of ${formatCount(ev.dataParallel)} data-parallel copies: raise the batch or use fewer GPUs.`;
    case "heads_not_divisible":
      return `${plan.heads} attention heads do not split evenly over ${t}-way tensor parallelism.`;
    case "too_few_gpus":
      return `One model copy needs ${t} x ${pp} = ${t * pp} GPUs; the pool has fewer.`;
    case "not_published": {
      const first = unpublishedTechnique(plan, unlocks);
      return first
        ? `${first.name} does not exist yet: ${first.authors} publish it in ${formatMonthName(first.month)}.`
        : "The plan uses a technique that is not published yet.";
    }
    case "memory": {
      const { part, fixes } = memoryAdvice(plan, ev);
      return (
        `Needs ${formatBytes(ev.memoryBytesPerGpu)} per GPU but a GPU holds ` +
        `${formatBytes(ev.memoryCapacityBytes)}: weights ${formatBytes(ev.weightBytesPerGpu)}, ` +
        `gradients ${formatBytes(ev.gradientBytesPerGpu)}, optimiser ${formatBytes(ev.optimizerBytesPerGpu)}, ` +
        `activations ${formatBytes(ev.activationBytesPerGpu)}. ${memoryAdviceSentence(part, fixes)}`
      );
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
    notes.push(
      `Too big for its data: ${formatRatio(ev.paramsToOptimalRatio)} the compute-optimal size (Chinchilla's warning).`,
    );
  if (ev.batchEfficiency > 0 && ev.batchEfficiency < 1)
    notes.push(
      `A ${formatTokens(ev.batchTokens)} batch is past the critical batch (${formatTokens(ev.criticalBatchTokens)}): each token counts ${formatPercent(ev.batchEfficiency)}, so the same loss needs more tokens.`,
    );
  return notes.join(" ");
}

/** A sentence saying why a serving plan cannot run ("" when it fits). */
export function servingFitMessage(plan: ServingPlan, ev: ServingEvaluation): string {
  switch (ev.reason) {
    case "ok":
      return "";
    case "invalid":
      return "The serving plan has a zero or negative size somewhere.";
    case "pipeline_exceeds_layers":
      return `${plan.gpusPerReplica} GPUs make ${ev.pipelineStages} pipeline stages of ${ev.tensorParallel}, more than the model's ${plan.model.layers} layers.`;
    case "weights":
      return `The weights (${formatBytes(ev.weightBytesPerGpu * plan.gpusPerReplica)}) do not fit in ${plan.gpusPerReplica} GPUs.`;
    case "kv_cache":
      return `No room left for one sequence's KV cache (${formatBytes(ev.kvBytesPerSequence)}).`;
    case "too_few_gpus":
      return `One replica needs ${plan.gpusPerReplica} GPUs; the pool has fewer.`;
  }
}
