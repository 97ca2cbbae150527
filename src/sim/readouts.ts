/** Named quantities the Ink story and the screens can ask for by key. */

import { proseBand } from "./bands";
import { JOB_IDS, JOB_LABELS, RESEARCH_GPU_MONTHS, RESEARCH_IDS, SOURCE_IDS } from "./constants";
import {
  formatAttention,
  formatBytes,
  formatCapability,
  formatContext,
  formatCostChange,
  formatDays,
  formatFlops,
  formatGpus,
  formatLoss,
  formatMilliseconds,
  formatNumber,
  formatParams,
  formatPeople,
  formatPercent,
  formatRatio,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdPerMillionTokens,
  formatYesNo,
  type NumberLocale,
} from "./format";
import { evaluateDataPlan, evaluateDataSource, modelParams } from "./plans";
import { scoreRun } from "./score";
import { affordableToServe, VERDICT_THRESHOLDS } from "./thresholds";
import { ENDINGS, leapBand, runVerdict } from "./verdict";
import {
  activeTrainingPlan,
  evaluateWorldTraining,
  jobDone,
  jobProgress,
  servingEvaluation,
  servingOutlook,
  splitFleet,
  totalGpus,
  type WorldState,
  worldUnlocks,
} from "./world";

export interface ReadoutSpec {
  label: string;
  unit: string;
  read(state: WorldState): number;
  format(n: number, locale?: NumberLocale): string;
}

const flag = (b: boolean) => (b ? 1 : 0);
const attentionCode = (a: string) => (a === "mqa" ? 2 : a === "gqa" ? 1 : 0);

/** One readout per ending: 1 when the run's numbers allow it (verdict.ts). */
const VERDICT_READOUTS: Record<string, ReadoutSpec> = Object.fromEntries(
  ENDINGS.map((ending) => [
    `verdict.${ending}`,
    {
      label: `Numbers allow ${ending}`,
      unit: "1/0",
      read: (s: WorldState) => flag(runVerdict(scoreRun(s)).allowed.includes(ending)),
      format: formatYesNo,
    } satisfies ReadoutSpec,
  ]),
);

/** One readout per research project: 1 once it is funded and finished. */
const RESEARCH_READOUTS: Record<string, ReadoutSpec> = Object.fromEntries(
  RESEARCH_IDS.flatMap((id) => [
    [
      `research.${id}.done`,
      {
        label: `${id} finished`,
        unit: "1/0",
        read: (s: WorldState) => flag(s.research.done.includes(id)),
        format: formatYesNo,
      } satisfies ReadoutSpec,
    ],
    [
      `research.${id}.progress`,
      {
        label: `${id} progress`,
        unit: "share",
        read: (s: WorldState) =>
          s.research.done.includes(id)
            ? 1
            : Math.min(1, s.research.gpuMonths[id] / RESEARCH_GPU_MONTHS[id]),
        format: formatPercent,
      } satisfies ReadoutSpec,
    ],
    [
      `research.${id}.funded`,
      {
        label: `${id} funded`,
        unit: "1/0",
        read: (s: WorldState) => flag(s.research.funded.includes(id)),
        format: formatYesNo,
      } satisfies ReadoutSpec,
    ],
  ]),
);

/** GPT-4's post-training jobs: progress and done, and whether any is still open. */
const JOB_READOUTS: Record<string, ReadoutSpec> = {
  ...Object.fromEntries(
    JOB_IDS.flatMap((id) => [
      [
        `jobs.${id}.progress`,
        {
          label: `${JOB_LABELS[id]} progress`,
          unit: "share",
          read: (s: WorldState) => jobProgress(s, id),
          format: formatPercent,
        } satisfies ReadoutSpec,
      ],
      [
        `jobs.${id}.done`,
        {
          label: `${JOB_LABELS[id]} done`,
          unit: "1/0",
          read: (s: WorldState) => flag(jobDone(s, id)),
          format: formatYesNo,
        } satisfies ReadoutSpec,
      ],
    ]),
  ),
  "jobs.open": {
    label: "GPT-4 work still running",
    unit: "1/0",
    read: (s) => flag(s.jobs.some((j) => j.finishedMonthIndex === null)),
    format: formatYesNo,
  },
};

/** Which prose band a number is in (bands.ts): the story's words for shares and meters. */
const BAND_READOUTS: Record<string, ReadoutSpec> = {
  "band.demand_served": {
    label: "Demand served, in words",
    unit: "band 0-5",
    read: (s) =>
      proseBand(
        "demandServed",
        servingOutlook(s, splitFleet(s.fleet, s.allocation).serving).servedShare,
      ),
    format: formatNumber,
  },
  "band.licence_risk": {
    label: "Licence risk, in words",
    unit: "band 0-2",
    read: (s) =>
      proseBand(
        "licenceRisk",
        evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).licenceRisk,
      ),
    format: formatNumber,
  },
  "band.code_share": {
    label: "Code share, in words",
    unit: "band 0-3",
    read: (s) =>
      proseBand("codeShare", evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).codeShare),
    format: formatNumber,
  },
  "band.mfu": {
    label: "MFU, in words",
    unit: "band 0-1",
    read: (s) => proseBand("mfu", evaluateWorldTraining(s).mfu),
    format: formatNumber,
  },
};

/** One readout per data source: 1 while the training plan reads it; 1 once the story refused it. */
const SOURCE_READOUTS: Record<string, ReadoutSpec> = Object.fromEntries(
  SOURCE_IDS.flatMap((id) => [
    [
      `plan.data.uses.${id}`,
      {
        label: `Mix uses ${id}`,
        unit: "1/0",
        read: (s: WorldState) =>
          flag(
            evaluateDataSource(id, s.plans.training.data.sources[id], worldUnlocks(s)).seenTokens >
              0,
          ),
        format: formatYesNo,
      } satisfies ReadoutSpec,
    ],
    [
      `story.refused.${id}`,
      {
        label: `${id} refused`,
        unit: "1/0",
        read: (s: WorldState) => flag(s.story.refused.some((r) => r.id === id)),
        format: formatYesNo,
      } satisfies ReadoutSpec,
    ],
  ]),
);

export const READOUTS: Readonly<Record<string, ReadoutSpec>> = {
  ...VERDICT_READOUTS,
  ...RESEARCH_READOUTS,
  ...SOURCE_READOUTS,
  ...JOB_READOUTS,
  ...BAND_READOUTS,
  "world.month_index": {
    label: "Month",
    unit: "index",
    read: (s) => s.monthIndex,
    format: formatNumber,
  },
  "world.money_usd": { label: "Money", unit: "USD", read: (s) => s.moneyUsd, format: formatUsd },
  "world.spent_usd": {
    label: "Spent on GPUs",
    unit: "USD",
    read: (s) => s.spentUsd,
    format: formatUsd,
  },
  "world.revenue_usd": {
    label: "Revenue",
    unit: "USD",
    read: (s) => s.revenueUsd,
    format: formatUsd,
  },
  "world.reputation": {
    label: "Reputation",
    unit: "0-100",
    read: (s) => s.reputation,
    format: formatNumber,
  },
  "world.chatgpt_users": {
    label: "ChatGPT users",
    unit: "users",
    read: (s) => s.chatgptUsers,
    format: formatPeople,
  },
  "world.demand_tokens_per_second": {
    label: "Demand",
    unit: "tokens/s",
    read: (s) => servingOutlook(s, splitFleet(s.fleet, s.allocation).serving).demandTokensPerSecond,
    format: formatTokensPerSecond,
  },
  "world.serving_capacity_tokens_per_second": {
    label: "Serving capacity",
    unit: "tokens/s",
    read: (s) =>
      servingOutlook(s, splitFleet(s.fleet, s.allocation).serving).capacityTokensPerSecond,
    format: formatTokensPerSecond,
  },
  "world.demand_served_share": {
    label: "Demand served",
    unit: "share",
    read: (s) => servingOutlook(s, splitFleet(s.fleet, s.allocation).serving).servedShare,
    format: formatPercent,
  },
  "fleet.total_gpus": {
    label: "GPUs",
    unit: "GPUs",
    read: (s) => totalGpus(s.fleet),
    format: formatGpus,
  },
  "fleet.a100": { label: "A100s", unit: "GPUs", read: (s) => s.fleet.a100, format: formatGpus },
  "fleet.h100": { label: "H100s", unit: "GPUs", read: (s) => s.fleet.h100, format: formatGpus },
  "fleet.training_gpus": {
    label: "Training GPUs",
    unit: "GPUs",
    read: (s) => s.allocation.training,
    format: formatGpus,
  },
  "fleet.serving_gpus": {
    label: "Serving GPUs",
    unit: "GPUs",
    read: (s) => s.allocation.serving,
    format: formatGpus,
  },
  "fleet.research_gpus": {
    label: "Research GPUs",
    unit: "GPUs",
    read: (s) => s.allocation.research,
    format: formatGpus,
  },
  "plan.training.total_params": {
    label: "Total parameters",
    unit: "params",
    read: (s) => evaluateWorldTraining(s).totalParams,
    format: formatParams,
  },
  "plan.training.active_params": {
    label: "Active parameters",
    unit: "params",
    read: (s) => evaluateWorldTraining(s).activeParams,
    format: formatParams,
  },
  "plan.training.effective_params": {
    label: "Effective parameters",
    unit: "params",
    read: (s) => evaluateWorldTraining(s).effectiveParams,
    format: formatParams,
  },
  "plan.training.flops": {
    label: "Training compute",
    unit: "FLOP",
    read: (s) => evaluateWorldTraining(s).flops,
    format: formatFlops,
  },
  "plan.training.days": {
    label: "Training days",
    unit: "days",
    read: (s) => evaluateWorldTraining(s).days,
    format: formatDays,
  },
  "plan.training.cost_usd": {
    label: "Training cost",
    unit: "USD",
    read: (s) => evaluateWorldTraining(s).costUsd,
    format: formatUsd,
  },
  "plan.training.loss": {
    label: "Predicted loss",
    unit: "nats/token",
    read: (s) => evaluateWorldTraining(s).loss,
    format: formatLoss,
  },
  "plan.training.capability": {
    label: "Capability",
    unit: "0-100",
    read: (s) => evaluateWorldTraining(s).capability,
    format: formatCapability,
  },
  "plan.training.mfu": {
    label: "MFU",
    unit: "share",
    read: (s) => evaluateWorldTraining(s).mfu,
    format: formatPercent,
  },
  "plan.training.bubble": {
    label: "Pipeline bubble",
    unit: "share",
    read: (s) => evaluateWorldTraining(s).bubble,
    format: formatPercent,
  },
  "plan.training.comm_share": {
    label: "Communication on the critical path",
    unit: "share",
    read: (s) => evaluateWorldTraining(s).commShare,
    format: formatPercent,
  },
  "plan.training.critical_batch_tokens": {
    label: "Critical batch",
    unit: "tokens",
    read: (s) => evaluateWorldTraining(s).criticalBatchTokens,
    format: formatTokens,
  },
  "plan.training.fits": {
    label: "Fits in memory",
    unit: "1/0",
    read: (s) => flag(evaluateWorldTraining(s).fits),
    format: formatYesNo,
  },
  "plan.training.memory_per_gpu_bytes": {
    label: "Memory per GPU",
    unit: "bytes",
    read: (s) => evaluateWorldTraining(s).memoryBytesPerGpu,
    format: formatBytes,
  },
  "plan.training.gpus_used": {
    label: "GPUs used",
    unit: "GPUs",
    read: (s) => evaluateWorldTraining(s).gpusUsed,
    format: formatGpus,
  },
  "plan.training.too_big_for_data": {
    label: "Too big for the data",
    unit: "1/0",
    read: (s) => flag(evaluateWorldTraining(s).tooBigForData),
    format: formatYesNo,
  },
  "plan.training.params_to_optimal": {
    label: "Size vs compute-optimal for the data",
    unit: "ratio",
    read: (s) => evaluateWorldTraining(s).paramsToOptimalRatio,
    format: formatRatio,
  },
  "plan.training.dense": {
    label: "Dense model",
    unit: "1/0",
    read: (s) => flag(activeTrainingPlan(s).architecture === "dense"),
    format: formatYesNo,
  },
  "plan.training.experts": {
    label: "Experts",
    unit: "experts",
    read: (s) => (activeTrainingPlan(s).architecture === "moe" ? activeTrainingPlan(s).experts : 0),
    format: formatNumber,
  },
  "plan.training.attention": {
    label: "Attention",
    unit: "0 MHA, 1 GQA, 2 MQA",
    read: (s) => attentionCode(activeTrainingPlan(s).attention),
    format: formatAttention,
  },
  "plan.training.flash_attention": {
    label: "FlashAttention",
    unit: "1/0",
    read: (s) => flag(activeTrainingPlan(s).flashAttention),
    format: formatYesNo,
  },
  "plan.training.context_tokens": {
    label: "Training context",
    unit: "tokens",
    read: (s) => activeTrainingPlan(s).context.finalTokens,
    format: formatContext,
  },
  "plan.data.seen_tokens": {
    label: "Tokens seen",
    unit: "tokens",
    read: (s) => evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).seenTokens,
    format: formatTokens,
  },
  "plan.data.unique_tokens": {
    label: "Unique tokens",
    unit: "tokens",
    read: (s) => evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).uniqueTokens,
    format: formatTokens,
  },
  "plan.data.effective_tokens": {
    label: "Effective tokens",
    unit: "tokens",
    read: (s) => evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).effectiveTokens,
    format: formatTokens,
  },
  "plan.data.code_share": {
    label: "Code share",
    unit: "share",
    read: (s) => evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).codeShare,
    format: formatPercent,
  },
  "plan.data.licence_risk": {
    label: "Licence risk",
    unit: "share",
    read: (s) => evaluateDataPlan(s.plans.training.data, worldUnlocks(s)).licenceRisk,
    format: formatPercent,
  },
  "plan.serving.usd_per_mtok": {
    label: "Serving cost",
    unit: "USD per million tokens",
    read: (s) => servingEvaluation(s, s.flags.gpt4Launched ? "gpt4" : "gpt35").usdPerMillionTokens,
    format: formatUsdPerMillionTokens,
  },
  "plan.serving.tokens_per_second_per_gpu": {
    label: "Tokens/s per GPU",
    unit: "tokens/s",
    read: (s) =>
      servingEvaluation(s, s.flags.gpt4Launched ? "gpt4" : "gpt35").tokensPerSecondPerGpu,
    format: formatTokensPerSecond,
  },
  "plan.serving.latency_seconds_per_token": {
    label: "Latency per token",
    unit: "s",
    read: (s) => servingEvaluation(s, s.flags.gpt4Launched ? "gpt4" : "gpt35").secondsPerToken,
    format: formatMilliseconds,
  },
  "plan.serving.quality": {
    label: "Perceived quality",
    unit: "share",
    read: (s) => servingEvaluation(s, s.flags.gpt4Launched ? "gpt4" : "gpt35").quality,
    format: formatPercent,
  },
  "plan.gpt4_serving.usd_per_mtok": {
    label: "GPT-4 serving cost",
    unit: "USD per million tokens",
    read: (s) => servingEvaluation(s, "gpt4").usdPerMillionTokens,
    format: formatUsdPerMillionTokens,
  },
  "plan.gpt4_serving.tokens_per_second_per_gpu": {
    label: "GPT-4 tokens/s per GPU",
    unit: "tokens/s",
    read: (s) => servingEvaluation(s, "gpt4").tokensPerSecondPerGpu,
    format: formatTokensPerSecond,
  },
  "plan.gpt4_serving.latency_seconds_per_token": {
    label: "GPT-4 latency per token",
    unit: "s",
    read: (s) => servingEvaluation(s, "gpt4").secondsPerToken,
    format: formatMilliseconds,
  },
  "plan.gpt4_serving.quality": {
    label: "GPT-4 perceived quality",
    unit: "share",
    read: (s) => servingEvaluation(s, "gpt4").quality,
    format: formatPercent,
  },
  "plan.gpt4_serving.fits": {
    label: "GPT-4 serving plan fits",
    unit: "1/0",
    read: (s) => flag(servingEvaluation(s, "gpt4").fits),
    format: formatYesNo,
  },
  "plan.gpt4_serving.nerfed": {
    label: "GPT-4 quality below the nerf line",
    unit: "1/0",
    read: (s) => flag(servingEvaluation(s, "gpt4").quality < VERDICT_THRESHOLDS.nerfedQuality),
    format: formatYesNo,
  },
  "plan.gpt4_serving.servable": {
    label: "GPT-4 affordable to serve",
    unit: "1/0",
    read: (s) =>
      flag(affordableToServe(servingEvaluation(s, "gpt4"), scoreRun(s).launchUsdPerMillionTokens)),
    format: formatYesNo,
  },
  "plan.gpt4_serving.speculative": {
    label: "GPT-4 speculative decoding",
    unit: "1/0",
    read: (s) => flag(s.plans.gpt4Serving.speculative.enabled),
    format: formatYesNo,
  },
  "plan.gpt4_serving.threshold": {
    label: "GPT-4 verifier leniency",
    unit: "share",
    read: (s) =>
      s.plans.gpt4Serving.speculative.enabled ? s.plans.gpt4Serving.speculative.threshold : 0,
    format: formatPercent,
  },
  "plan.gpt4_serving.quantised": {
    label: "GPT-4 weights quantised",
    unit: "1/0",
    read: (s) =>
      flag(s.plans.gpt4Serving.precision === "int8" || s.plans.gpt4Serving.precision === "int4"),
    format: formatYesNo,
  },
  "plan.gpt4_serving.attention": {
    label: "Served GPT-4 attention",
    unit: "0 MHA, 1 GQA, 2 MQA",
    read: (s) => attentionCode(s.plans.gpt4Serving.model.attention),
    format: formatAttention,
  },
  "plan.gpt4_serving.dense": {
    label: "Served GPT-4 is dense",
    unit: "1/0",
    read: (s) => flag(s.plans.gpt4Serving.model.architecture === "dense"),
    format: formatYesNo,
  },
  "plan.gpt4_serving.active_params": {
    label: "Served GPT-4 active parameters",
    unit: "params",
    read: (s) => modelParams(s.plans.gpt4Serving.model).active,
    format: formatParams,
  },
  "plan.gpt35_serving.usd_per_mtok": {
    label: "GPT-3.5 serving cost",
    unit: "USD per million tokens",
    read: (s) => servingEvaluation(s, "gpt35").usdPerMillionTokens,
    format: formatUsdPerMillionTokens,
  },
  "run.active": {
    label: "Training run active",
    unit: "1/0",
    read: (s) => flag(s.run !== null),
    format: formatYesNo,
  },
  "run.training_progress": {
    label: "Training progress",
    unit: "share",
    read: (s) => (s.run && s.run.flopsTotal > 0 ? s.run.flopsDone / s.run.flopsTotal : 0),
    format: formatPercent,
  },
  "run.days": {
    label: "Days trained",
    unit: "days",
    read: (s) => s.run?.days ?? 0,
    format: formatDays,
  },
  "run.loss": {
    label: "Current loss",
    unit: "nats/token",
    read: (s) => s.run?.lossCurve[s.run.lossCurve.length - 1] ?? 0,
    format: formatLoss,
  },
  "model.gpt35.capability": {
    label: "GPT-3.5 capability",
    unit: "0-100",
    read: (s) => s.models.gpt35?.capability ?? 0,
    format: formatCapability,
  },
  "model.gpt35.progress": {
    label: "GPT-3.5 share of its plan trained",
    unit: "share",
    read: (s) => s.models.gpt35?.progress ?? 0,
    format: formatPercent,
  },
  "model.gpt35.context_tokens": {
    label: "GPT-3.5 context",
    unit: "tokens",
    read: (s) => s.models.gpt35?.contextTokens ?? 0,
    format: formatContext,
  },
  "model.gpt4.capability": {
    label: "GPT-4 capability",
    unit: "0-100",
    read: (s) => s.models.gpt4?.capability ?? 0,
    format: formatCapability,
  },
  "model.gpt4.training_days": {
    label: "GPT-4 days trained",
    unit: "days",
    read: (s) => s.models.gpt4?.trainingDays ?? 0,
    format: formatDays,
  },
  "model.gpt4.trained": {
    label: "GPT-4 trained",
    unit: "1/0",
    read: (s) => flag(s.models.gpt4 !== null),
    format: formatYesNo,
  },
  "score.capability": {
    label: "Capability",
    unit: "0-100",
    read: (s) => scoreRun(s).capability,
    format: formatCapability,
  },
  "score.usd_per_mtok": {
    label: "Serving cost",
    unit: "USD per million tokens",
    read: (s) => scoreRun(s).usdPerMillionTokens,
    format: formatUsdPerMillionTokens,
  },
  "score.launch_usd_per_mtok": {
    label: "Serving cost at launch",
    unit: "USD per million tokens",
    read: (s) => scoreRun(s).launchUsdPerMillionTokens,
    format: formatUsdPerMillionTokens,
  },
  "score.cost_ratio_vs_launch": {
    label: "Cheaper than launch",
    unit: "x",
    read: (s) => scoreRun(s).costRatioVsLaunch,
    format: formatRatio,
  },
  "score.cost_vs_launch": {
    label: "Against the launch yardstick",
    unit: "x",
    read: (s) => scoreRun(s).costRatioVsLaunch,
    format: formatCostChange,
  },
  "score.compute_vs_source": {
    label: "Compute per token against the rumoured GPT-4",
    unit: "x",
    read: (s) => scoreRun(s).computePerTokenVsSource,
    format: formatRatio,
  },
  "score.serving_fits": {
    label: "The flagship's serving plan fits",
    unit: "1/0",
    read: (s) =>
      flag(servingEvaluation(s, scoreRun(s).flagship === "gpt35" ? "gpt35" : "gpt4").fits),
    format: formatYesNo,
  },
  "score.gpt4_launched": {
    label: "GPT-4 launched",
    unit: "1/0",
    read: (s) => flag(scoreRun(s).gpt4Launched),
    format: formatYesNo,
  },
  "score.dense_flagship": {
    label: "Dense flagship",
    unit: "1/0",
    read: (s) => flag(scoreRun(s).denseFlagship),
    format: formatYesNo,
  },
  "score.leap_over_gpt35": {
    label: "Capability over GPT-3.5",
    unit: "points",
    read: (s) => scoreRun(s).capabilityLeapOverGpt35,
    format: formatNumber,
  },
  "score.leap_band": {
    label: "GPT-4 against GPT-3.5",
    unit: "0 none, 1 better, 2 a leap, 3 a huge leap",
    read: (s) => leapBand(scoreRun(s)),
    format: formatNumber,
  },
  "story.ledger": {
    label: "Provenance ledger kept",
    unit: "1/0",
    read: (s) => flag(s.story.ledger),
    format: formatYesNo,
  },
  "score.demand_served": {
    label: "Demand served",
    unit: "share",
    read: (s) => scoreRun(s).demandServedShare,
    format: formatPercent,
  },
  "score.quality": {
    label: "Perceived quality",
    unit: "share",
    read: (s) => scoreRun(s).perceivedQuality,
    format: formatPercent,
  },
  "score.licence_risk": {
    label: "Licence risk",
    unit: "share",
    read: (s) => scoreRun(s).licenceRisk,
    format: formatPercent,
  },
  "score.money_usd": {
    label: "Money",
    unit: "USD",
    read: (s) => scoreRun(s).moneyUsd,
    format: formatUsd,
  },
  "score.training_days": {
    label: "GPT-4 training days",
    unit: "days",
    read: (s) => scoreRun(s).trainingDays,
    format: formatDays,
  },
  "score.too_big_for_data": {
    label: "Too big for the data",
    unit: "1/0",
    read: (s) => flag(scoreRun(s).tooBigForData),
    format: formatYesNo,
  },
  "score.servable": {
    label: "Servable",
    unit: "1/0",
    read: (s) => flag(scoreRun(s).servable),
    format: formatYesNo,
  },
};

const READOUT_KEYS: readonly string[] = Object.keys(READOUTS);

function readout(key: string): ReadoutSpec {
  const r = Object.hasOwn(READOUTS, key) ? READOUTS[key] : undefined;
  if (!r) {
    throw new Error(`unknown sim readout "${key}"; known keys: ${READOUT_KEYS.join(", ")}`);
  }
  return r;
}

/** The number behind a readout key (always finite). Throws on an unknown key. */
export function readNumber(state: WorldState, key: string): number {
  const n = readout(key).read(state);
  return Number.isFinite(n) ? n : 0;
}

/** The formatted readout, in `locale`'s habits (English by default). Throws on an unknown key. */
export function formatReadout(state: WorldState, key: string, locale: NumberLocale = "en"): string {
  const r = readout(key);
  return r.format(readNumber(state, key), locale);
}
