/**
 * "Show the math": each readout's formula, the player's values substituted, and its source.
 * Kept apart from the hot evaluate functions so they stay allocation-light.
 */
import {
  ALIGNMENT_GPUS,
  ALIGNMENT_MONTHS,
  DATA_SOURCES,
  DAYS_PER_MONTH,
  GPUS,
  JOB_LABELS,
  type JobId,
  KERNEL_EFFICIENCY,
  LONG_CONTEXT_FINETUNE_CONTEXT,
  LONG_CONTEXT_FINETUNE_TOKENS,
  MUENNIGHOFF_2023,
  MULTIMODAL_CONTINUED_TOKENS,
  SECONDS_PER_DAY,
  type SourceId,
  UNALIGNED_QUALITY_PENALTY,
} from "./constants";
import {
  formatBytes,
  formatCount,
  formatDays,
  formatFlops,
  formatLoss,
  formatMilliseconds,
  formatMonthName,
  formatNumber,
  formatParams,
  formatPercent,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdPerMillionTokens,
} from "./format";
import { kvHeadsFor } from "./inference";
import {
  type DataPlan,
  evaluateDataPlan,
  evaluateDataSources,
  evaluateTrainingPlan,
  type GpuPool,
  modelParams,
  researched,
  type ServingEvaluation,
  type ServingPlan,
  type SourceInMix,
  type TrainingEvaluation,
  type TrainingPlan,
  type Unlocks,
  unpublishedTechnique,
} from "./plans";
import { evaluateServingPlan, kvBytesPerValue } from "./serving";
import {
  type Allocation,
  activeTrainingPlan,
  alignmentQualityFactor,
  jobDone,
  jobProgress,
  type ModelKey,
  monthlyFleetCostUsd,
  previewAllocation,
  splitFleet,
  trainingPool,
  type WorldState,
  worldUnlocks,
} from "./world";

export interface Explanation {
  label: string;
  value: number;
  unit: string;
  formula: string;
  substituted: string;
  source: string;
}

const e = (n: number) => (Number.isFinite(n) ? n.toPrecision(4).replace(/\.?0+(e|$)/, "$1") : "—");

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
export function memoryAdviceSentence(part: MemoryPart, fixes: readonly string[]): string {
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

/** A sentence saying why a serving plan cannot run ("" when it fits). */
export function servingFitMessage(plan: ServingPlan, ev: ServingEvaluation): string {
  switch (ev.reason) {
    case "ok":
      return "";
    case "invalid":
      return "The serving plan has a zero or negative size somewhere.";
    case "weights":
      return `The weights (${formatBytes(ev.weightBytesPerGpu * plan.gpusPerReplica)}) do not fit in ${plan.gpusPerReplica} GPUs.`;
    case "kv_cache":
      return `No room left for one sequence's KV cache (${formatBytes(ev.kvBytesPerSequence)}).`;
    case "too_few_gpus":
      return `One replica needs ${plan.gpusPerReplica} GPUs; the pool has fewer.`;
  }
}

export function explainTrainingPlan(
  plan: TrainingPlan,
  fleet: GpuPool,
  unlocks?: Unlocks,
): Record<string, Explanation> {
  const ev = evaluateTrainingPlan(plan, fleet, unlocks);
  const gpu = GPUS[fleet.gpu];
  const p = plan.parallel;
  const moe = plan.architecture === "moe";
  const c = MUENNIGHOFF_2023;
  return {
    totalParams: {
      label: "Total parameters",
      value: ev.totalParams,
      unit: "params",
      formula: moe ? "E · P_expert + P_shared" : "12 · L · d² + V · d",
      substituted: moe
        ? `${plan.experts} · ${e(ev.expertParams)} + ${e(ev.sharedParams)} = ${formatParams(ev.totalParams)}`
        : `12 · ${plan.layers} · ${plan.dModel}² + ${plan.vocab} · ${plan.dModel} = ${formatParams(ev.totalParams)}`,
      source: moe ? "FORMULAS.md §5 (MoE sizing)" : "Kaplan et al. 2020 §2.1",
    },
    activeParams: {
      label: "Active parameters",
      value: ev.activeParams,
      unit: "params",
      formula: moe ? "k · P_expert + P_shared" : "N (dense: all parameters)",
      substituted: moe
        ? `${plan.topK} · ${e(ev.expertParams)} + ${e(ev.sharedParams)} = ${formatParams(ev.activeParams)}`
        : formatParams(ev.activeParams),
      source: "FORMULAS.md §5",
    },
    effectiveSizeParams: {
      label: "Dense-equivalent size",
      value: ev.effectiveSizeParams,
      unit: "params",
      formula: moe ? "min(√(N_active · N_total), 5 · N_active)" : "N",
      substituted: moe
        ? `√(${e(ev.activeParams)} · ${e(ev.totalParams)}) = ${formatParams(ev.effectiveSizeParams)}`
        : formatParams(ev.effectiveSizeParams),
      source: "src/sim/README.md (GLaM, Mixtral data points; Clark et al. 2022)",
    },
    flops: {
      label: "Training compute",
      value: ev.flops,
      unit: "FLOP",
      formula: "6 · N_active · D",
      substituted: `6 · ${e(ev.activeParams)} · ${e(ev.seenTokens)} = ${formatFlops(ev.flops)}`,
      source: "Kaplan et al. 2020 §2.1",
    },
    effectiveTokens: {
      label: "Effective tokens",
      value: ev.effectiveTokens,
      unit: "tokens",
      formula: "Σ q · (U + U · R* · (1 − e^(−R/R*))), R = epochs − 1",
      substituted: `U = ${formatTokens(ev.uniqueTokens)}, seen ${formatTokens(ev.seenTokens)}, R* = ${c.rDStar} → D' = ${formatTokens(ev.effectiveTokens)}`,
      source: "Muennighoff et al. 2023 (datablations parametric fit)",
    },
    effectiveParams: {
      label: "Effective parameters",
      value: ev.effectiveParams,
      unit: "params",
      formula: "U_N + U_N · R_N* · (1 − e^(−R_N/R_N*)), U_N = min(N, N_opt(U))",
      substituted: `N = ${formatParams(ev.effectiveSizeParams)}, N_opt(U) = ${formatParams(ev.computeOptimalParams)} → N' = ${formatParams(ev.effectiveParams)}`,
      source: "Muennighoff et al. 2023",
    },
    loss: {
      label: "Predicted loss",
      value: ev.loss,
      unit: "nats/token",
      formula: "E + A / N'^α + B / D'^β",
      substituted: `${c.E.toFixed(3)} + ${c.A.toFixed(1)} / ${e(ev.effectiveParams)}^${c.alpha.toFixed(3)} + ${c.B.toFixed(1)} / ${e(ev.effectiveTokens)}^${c.beta.toFixed(3)} = ${formatLoss(ev.loss)}`,
      source: "Muennighoff et al. 2023 fit; Hoffmann et al. 2022 Eq. 10 form",
    },
    capability: {
      label: "Capability",
      value: ev.capability,
      unit: "0-100",
      formula: "100 · ln(R₀ / R) / ln(R₀ / R₁₀₀) + code bonus, R = L − E",
      substituted: `L = ${formatLoss(ev.loss)}, code ${formatPercent(ev.codeShare)} → ${formatNumber(ev.capability)}`,
      source: "src/sim/README.md (game mapping)",
    },
    bubble: {
      label: "Pipeline bubble",
      value: ev.bubble,
      unit: "share",
      formula: p.interleave > 1 ? "r / (1 + r), r = (p − 1) / (m · v)" : "(p − 1) / (m + p − 1)",
      substituted:
        p.interleave > 1
          ? `p = ${p.pipeline}, m = ${e(ev.microbatches)}, v = ${p.interleave} → ${formatPercent(ev.bubble)}`
          : `(${p.pipeline} − 1) / (${e(ev.microbatches)} + ${p.pipeline} − 1) = ${formatPercent(ev.bubble)}`,
      source: "Narayanan et al. 2021 (Megatron-LM PTD-P)",
    },
    tpCommShare: {
      label: "Tensor-parallel traffic",
      value: ev.tpCommShare,
      unit: "share",
      formula: "comm / (comm + compute), comm = 4 · 2(t−1)/t · 2·s·b·h / link",
      substituted: `t = ${p.tensor}, ${formatBytes(ev.tpBytesPerStep)} per GPU per step → ${formatPercent(ev.tpCommShare)}`,
      source: "Narayanan et al. 2021",
    },
    mfu: {
      label: "MFU",
      value: ev.mfu,
      unit: "share",
      formula: "kernel · (1 − bubble) · (1 − TP) · GEMM · attention · recompute · goodput",
      substituted: `${KERNEL_EFFICIENCY} · (1 − ${e(ev.bubble)}) · (1 − ${e(ev.tpCommShare)}) · … · ${e(ev.goodput)} = ${formatPercent(ev.mfu)}`,
      source: "PaLM App. B (MFU); src/sim/README.md (decomposition)",
    },
    memoryBytesPerGpu: {
      label: "Memory per GPU",
      value: ev.memoryBytesPerGpu,
      unit: "bytes",
      formula: "weights + gradients + optimiser (ZeRO) + activations + reserve",
      substituted: `${formatBytes(ev.weightBytesPerGpu)} + ${formatBytes(ev.gradientBytesPerGpu)} + ${formatBytes(ev.optimizerBytesPerGpu)} + ${formatBytes(ev.activationBytesPerGpu)} + 4 GB = ${formatBytes(ev.memoryBytesPerGpu)} of ${formatBytes(ev.memoryCapacityBytes)}`,
      source: "Rajbhandari et al. 2020 (ZeRO); Korthikanti et al. 2022",
    },
    days: {
      label: "Training days",
      value: ev.days,
      unit: "days",
      formula: "C / (n_gpu · peak · MFU) / 86,400",
      substituted: `${formatFlops(ev.flops)} / (${ev.gpusUsed} · ${e(gpu.peakFlopsPerSecond)} · ${e(ev.mfu)}) = ${formatDays(ev.days)}`,
      source: "FORMULAS.md §6 wall-clock check",
    },
    gpusUsed: {
      label: "GPUs used",
      value: ev.gpusUsed,
      unit: "GPUs",
      formula: "t · p · dp, dp = ⌊GPUs given to training / (t · p)⌋",
      substituted: `${p.tensor} · ${p.pipeline} · ${formatCount(ev.dataParallel)} = ${formatCount(ev.gpusUsed)} of ${formatCount(fleet.gpus)}`,
      source: "Narayanan et al. 2021 (PTD-P: tensor × pipeline × data parallelism)",
    },
    costUsd: {
      label: "Training cost",
      value: ev.costUsd,
      unit: "USD",
      formula: "n_gpu · days · 24 · $/GPU-hour",
      substituted: `${ev.gpusUsed} · ${e(ev.days)} · 24 · $${gpu.usdPerHour} = ${formatUsd(ev.costUsd)}`,
      source: "FORMULAS.md §6 cost check (SemiAnalysis $1/A100-h)",
    },
    licenceRisk: explainDataPlan(plan.data, unlocks).licenceRisk as Explanation,
  };
}

const sourceTerms = (data: DataPlan, unlocks?: Unlocks) =>
  evaluateDataSources(data, unlocks).filter((s) => s.seenTokens > 0);

const sum = (parts: string[], total: string) =>
  parts.length === 0 ? total : `${parts.join(" + ")} = ${total}`;

/** "Show the math" for the Data Mix's own numbers, source by source. */
export function explainDataPlan(
  data: DataPlan,
  unlocks?: Unlocks,
): Record<"uniqueTokens" | "seenTokens" | "codeShare" | "licenceRisk", Explanation> {
  const used = sourceTerms(data, unlocks);
  const whole = evaluateDataPlan(data, unlocks);
  const unique = whole.uniqueTokens;
  const seen = whole.seenTokens;
  const codeSeen = whole.codeShare * seen;
  const epochsOf = (id: SourceId) => data.sources[id].epochs;
  return {
    uniqueTokens: {
      label: "Unique tokens used",
      value: unique,
      unit: "tokens",
      formula: "Σ min(U, what exists), times the epochs when under one",
      substituted: sum(
        used.map((s) => formatTokens(s.uniqueTokens)),
        formatTokens(unique),
      ),
      source: "src/sim/constants.ts DATA_SOURCES (sizes, SOURCE.md §5)",
    },
    seenTokens: {
      label: "Tokens seen",
      value: seen,
      unit: "tokens",
      formula: "D = Σ U · epochs",
      substituted: sum(
        used.map((s) => `${formatTokens(s.perEpochTokens)} · ${e(epochsOf(s.id))}`),
        formatTokens(seen),
      ),
      source: "FORMULAS.md §4 (Muennighoff et al. 2023: D = U · epochs)",
    },
    codeShare: {
      label: "Code share",
      value: whole.codeShare,
      unit: "share",
      formula: "code tokens seen / all tokens seen; code beyond 50% counts half",
      substituted: `${formatTokens(codeSeen)} / ${formatTokens(seen)} = ${formatPercent(whole.codeShare)}`,
      source: "FORMULAS.md §4 (S-MUEN: code as extra data); src/sim/constants.ts (cap)",
    },
    licenceRisk: {
      label: "Licence risk",
      value: whole.licenceRisk,
      unit: "share",
      formula: "1 − Π (1 − r_source · share of the source used)",
      substituted: `1 − ${
        used
          .filter((s) => s.licenceRisk > 0)
          .map(
            (s) =>
              `(1 − ${DATA_SOURCES[s.id].licenceRisk} · ${formatPercent(s.uniqueTokens / DATA_SOURCES[s.id].uniqueTokensAvailable)})`,
          )
          .join("") || "1"
      } = ${formatPercent(whole.licenceRisk)}`,
      source: "src/sim/constants.ts DATA_SOURCES (game weights)",
    },
  };
}

/** One source's share of the mix and its own licence risk. */
export function explainDataSource(data: DataPlan, id: SourceId, unlocks?: Unlocks): Explanation {
  const one = evaluateDataSources(data, unlocks).find((s) => s.id === id) as SourceInMix;
  const seen = evaluateDataPlan(data, unlocks).seenTokens;
  const spec = DATA_SOURCES[id];
  const share = one.share;
  return {
    label: `${spec.label}: share of the mix`,
    value: share,
    unit: "share",
    formula: "U · epochs / tokens seen by the whole mix; risk = r · share of the source used",
    substituted:
      `${formatTokens(one.perEpochTokens)} · ${e(data.sources[id].epochs)} = ${formatTokens(one.seenTokens)} ` +
      `of ${formatTokens(seen)} → ${formatPercent(share)}; risk ${spec.licenceRisk} · ` +
      `${formatPercent(one.uniqueTokens / spec.uniqueTokensAvailable)} = ${formatPercent(one.licenceRisk)}`,
    source:
      "Muennighoff et al. 2023 (repeats); src/sim/constants.ts DATA_SOURCES (sizes, risk weights)",
  };
}

const kvHeadLabel = (n: number) => `${n} KV head${n === 1 ? "" : "s"}`;

export function explainServingPlan(
  plan: ServingPlan,
  fleet: GpuPool,
  demand: number,
  unlocks?: Unlocks,
): Record<string, Explanation> {
  const ev = evaluateServingPlan(plan, fleet, demand, unlocks);
  const gpu = GPUS[fleet.gpu];
  const { total } = modelParams(plan.model);
  return {
    weightBytes: {
      label: "Weights per GPU",
      value: ev.weightBytesPerGpu,
      unit: "bytes",
      formula: "N_total · bytes per parameter / GPUs per replica",
      substituted: `${formatParams(total)} · ${plan.precision} / ${plan.gpusPerReplica} = ${formatBytes(ev.weightBytesPerGpu)}`,
      source: "FORMULAS.md §11",
    },
    kvBytesPerSequence: {
      label: "KV cache per sequence",
      value: ev.kvBytesPerSequence,
      unit: "bytes",
      formula: "2 · L · n_kv · d_head · bytes · context",
      substituted: `2 · ${plan.model.layers} layers · ${kvHeadLabel(kvHeadsFor(plan.model.attention, plan.model.heads, plan.model.gqaGroups))} (${plan.model.attention.toUpperCase()}) · ${plan.model.headDim} · ${kvBytesPerValue(plan.precision)} B · ${formatCount(ev.reservedContextTokens)} tokens = ${formatBytes(ev.kvBytesPerSequence)}`,
      source: "FORMULAS.md §8; Shazeer 2019 (MQA)",
    },
    batch: {
      label: "Sequences per replica",
      value: ev.batch,
      unit: "sequences",
      formula: "min(max batch, (memory − weights) / KV per sequence)",
      substituted: `min(${plan.maxBatch}, ${ev.memoryLimitedBatch}) = ${ev.batch}`,
      source: "Kwon et al. 2023 (PagedAttention)",
    },
    tokensPerSecondPerGpu: {
      label: "Tokens/s per GPU",
      value: ev.tokensPerSecondPerGpu,
      unit: "tokens/s",
      formula: "batch · occupancy · tokens per step / max(bytes / bandwidth, FLOPs / compute)",
      substituted: `${ev.batch} · ${e(ev.expectedTokensPerStep)} / ${e(ev.stepSeconds)} s / ${plan.gpusPerReplica} (${ev.memoryBound ? "bandwidth" : "compute"} bound) = ${formatTokensPerSecond(ev.tokensPerSecondPerGpu)}`,
      source: "FORMULAS.md §8 (roofline, ridge point)",
    },
    speculative: {
      label: "Speculative speedup",
      value: ev.speculativeSpeedup,
      unit: "x",
      formula: "(1 − α^(γ+1)) / ((1 − α)(γ·c + 1))",
      substituted: `α = ${e(ev.acceptance)}${researched(unlocks, "speculative_decoding") ? " (distilled draft)" : ""}, γ = ${plan.speculative.draftTokens} → ${e(ev.expectedTokensPerStep)} tokens per step, ${e(ev.speculativeSpeedup)}x`,
      source: "Leviathan et al. 2023 Eq. 1, Theorem 3.8",
    },
    latency: {
      label: "Latency per token",
      value: ev.secondsPerToken,
      unit: "seconds",
      formula: "step time / tokens accepted per step",
      substituted: `${formatMilliseconds(ev.stepSeconds)} / ${e(ev.expectedTokensPerStep)} = ${formatMilliseconds(ev.secondsPerToken)}`,
      source: "FORMULAS.md §8 (roofline); Leviathan et al. 2023",
    },
    usdPerMillionTokens: {
      label: "Cost per million tokens",
      value: ev.usdPerMillionTokens,
      unit: "USD",
      formula: "$/GPU-h · GPUs / (tokens/s · 3600) · 1e6",
      substituted: `$${gpu.usdPerHour} · ${plan.gpusPerReplica} / (${e(ev.tokensPerSecondPerReplica)} · 3600) · 1e6 = ${formatUsdPerMillionTokens(ev.usdPerMillionTokens)}`,
      source: "FORMULAS.md §8 cost per token",
    },
    quality: {
      label: "Perceived quality",
      value: ev.quality,
      unit: "share",
      formula: "(1 − quantisation) · (1 − attention) · (1 − 0.3 · τ)",
      substituted: `${plan.precision}${researched(unlocks, "quantisation") ? " (calibrated: half the loss)" : ""}, ${plan.model.attention}, τ = ${plan.speculative.enabled ? plan.speculative.threshold : 0} → ${formatPercent(ev.quality)}`,
      source: "LLM.int8(), GPTQ, GQA papers; SOURCE.md §8",
    },
    demandServedShare: {
      label: "Demand served",
      value: ev.demandServedShare,
      unit: "share",
      formula: "min(1, capacity / demand)",
      substituted: `${formatTokensPerSecond(ev.tokensPerSecond)} / ${formatTokensPerSecond(ev.demandTokensPerSecond)} = ${formatPercent(ev.demandServedShare)}`,
      source: "GAME.md (serving)",
    },
  };
}

/**
 * The serving math as the world evaluates it (evaluateWorldServing): the plan's own terms, and
 * for GPT-4 the share of perceived quality its unfinished alignment costs.
 */
export function explainWorldServingPlan(
  state: WorldState,
  model: ModelKey,
  plan: ServingPlan,
  fleet: GpuPool,
  demand: number,
): Record<string, Explanation> {
  const out = explainServingPlan(plan, fleet, demand, worldUnlocks(state));
  const factor = model === "gpt4" ? alignmentQualityFactor(state) : 1;
  const q = out.quality;
  if (q && factor < 1) {
    const value = q.value * factor;
    out.quality = {
      ...q,
      value,
      formula: `${q.formula} · (1 − ${UNALIGNED_QUALITY_PENALTY} · unfinished alignment)`,
      substituted: `${formatPercent(q.value)} · (1 − ${UNALIGNED_QUALITY_PENALTY} · ${formatPercent(1 - jobProgress(state, "alignment"))}) = ${formatPercent(value)}`,
      source: `${q.source}; [game] alignment and evaluations before launch`,
    };
  }
  return out;
}

export function explainAllocation(
  state: WorldState,
  allocation: Allocation,
): Record<string, Explanation> {
  const pv = previewAllocation(state, allocation);
  const pools = splitFleet(state.fleet, allocation);
  const pool = trainingPool(pools.training);
  const plan = activeTrainingPlan(state);
  const ev = evaluateTrainingPlan(plan, pool, worldUnlocks(state));
  const count = (f: { a100: number; h100: number }) =>
    `${formatCount(f.a100)} A100 + ${formatCount(f.h100)} H100 = ${formatCount(f.a100 + f.h100)}`;
  return {
    trainingGpus: {
      label: "Training GPUs",
      value: pools.training.a100 + pools.training.h100,
      unit: "GPUs",
      formula: "the training share of the fleet; training takes A100s first",
      substituted: count(pools.training),
      source: "GAME.md (time and the fleet); src/sim/world.ts splitFleet",
    },
    servingGpus: {
      label: "Serving GPUs",
      value: pools.serving.a100 + pools.serving.h100,
      unit: "GPUs",
      formula: "fleet − training − research; serving takes H100s first",
      substituted: count(pools.serving),
      source: "GAME.md (time and the fleet); src/sim/world.ts splitFleet",
    },
    trainingDays: {
      label: "Training days",
      value: pv.trainingDays,
      unit: "days",
      formula: "C / (n_gpu · peak · MFU) / 86,400",
      substituted: `${formatFlops(ev.flops)} / (${ev.gpusUsed} · ${e(GPUS[pool.gpu].peakFlopsPerSecond)} · ${e(ev.mfu)}) = ${formatDays(pv.trainingDays)}`,
      source: "FORMULAS.md §6",
    },
    demandServedShare: {
      label: "Demand served",
      value: pv.demandServedShare,
      unit: "share",
      formula: "min(1, serving GPUs / GPUs needed)",
      substituted: `${formatTokensPerSecond(pv.servingTokensPerSecond)} for ${formatTokensPerSecond(pv.demandTokensPerSecond)} = ${formatPercent(pv.demandServedShare)}`,
      source: "GAME.md (serving)",
    },
    monthlyCostUsd: {
      label: "GPU bill per month",
      value: pv.monthlyCostUsd,
      unit: "USD",
      formula: "(A100 · $1 + H100 · $2) · 730.5 h",
      substituted: `(${state.fleet.a100} · $1 + ${state.fleet.h100} · $2) · 730.5 = ${formatUsd(monthlyFleetCostUsd(state.fleet))}`,
      source: "FORMULAS.md §12 prices",
    },
    monthlyRevenueUsd: {
      label: "Revenue per month",
      value: pv.monthlyRevenueUsd,
      unit: "USD",
      formula: "served tokens · $ per million tokens",
      substituted: formatUsd(pv.monthlyRevenueUsd),
      source: "OpenAI price list 2022-2023 (constants.ts)",
    },
  };
}

/** A post-training job's progress and where its FLOPs come from (postTrainingJobs in world.ts). */
export function explainPostTrainingJob(world: WorldState, id: string): Explanation | null {
  const job = world.jobs.find((j) => j.id === id);
  if (!job) return null;
  const gpt4 = world.models.gpt4;
  const active = gpt4 ? formatParams(gpt4.activeParams) : "N_active";
  const a100 = GPUS.A100.peakFlopsPerSecond;
  const totals: Record<JobId, { formula: string; substituted: string; source: string }> = {
    alignment: {
      formula: "A100s · months · peak · MFU · seconds a month",
      substituted: `${formatCount(ALIGNMENT_GPUS)} · ${ALIGNMENT_MONTHS} · ${formatFlops(a100)}/s · ${formatPercent(job.mfu)} · ${formatCount(DAYS_PER_MONTH * SECONDS_PER_DAY)} s`,
      source:
        "OpenAI's GPT-4 announcement (six months of alignment and evaluations); [game] pacing",
    },
    multimodal: {
      formula: "6 · N_active · D",
      substituted: `6 · ${active} · ${formatTokens(MULTIMODAL_CONTINUED_TOKENS)}`,
      source:
        "SOURCE.md §7, FORMULAS.md §6 (~2T tokens of multimodal continued training); Kaplan §2.1",
    },
    long_context: {
      formula: "6 · N_active · D + 12 · L · d · s · D",
      substituted: `6 · ${active} · ${formatTokens(LONG_CONTEXT_FINETUNE_TOKENS)} + attention at s = ${formatCount(LONG_CONTEXT_FINETUNE_CONTEXT)}`,
      source: "FORMULAS.md §6 (the 32k model fine-tuned from the 8k one); Kaplan §2.1; PaLM App. B",
    },
  };
  const t = totals[job.id as JobId];
  const done = jobDone(world, job.id);
  return {
    label: `${JOB_LABELS[job.id]}: ${done ? "done" : formatPercent(jobProgress(world, job.id))}`,
    value: jobProgress(world, job.id),
    unit: "share",
    formula: `FLOPs done / FLOPs total; total = ${t.formula}; a month adds GPUs · peak · MFU · seconds`,
    substituted:
      `${formatFlops(job.flopsDone)} / ${formatFlops(job.flopsTotal)}; total = ${t.substituted}` +
      (job.maxGpus === null
        ? "; runs on the training GPUs no run uses, shared with the other open jobs"
        : `; paced: at most ${formatCount(job.maxGpus)} GPUs a month`),
    source: `${t.source}; src/sim/world.ts stepMonth`,
  };
}
