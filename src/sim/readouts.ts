/** Named quantities the Ink story and the screens can ask for by key. */
import {
  formatBytes,
  formatDays,
  formatFlops,
  formatGpus,
  formatLoss,
  formatMilliseconds,
  formatNumber,
  formatParams,
  formatPercent,
  formatRatio,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdPerMillionTokens,
  formatYesNo,
} from "./format";
import { evaluateDataPlan } from "./plans";
import { scoreRun } from "./score";
import {
  evaluateWorldTraining,
  servingEvaluation,
  servingOutlook,
  splitFleet,
  totalGpus,
  type WorldState,
  worldUnlocks,
} from "./world";

export interface Readout {
  label: string;
  unit: string;
  read(state: WorldState): number;
  format(n: number): string;
}

const flag = (b: boolean) => (b ? 1 : 0);

export const READOUTS: Readonly<Record<string, Readout>> = {
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
    format: formatTokens,
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
    format: formatNumber,
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
    format: formatNumber,
  },
  "model.gpt4.capability": {
    label: "GPT-4 capability",
    unit: "0-100",
    read: (s) => s.models.gpt4?.capability ?? 0,
    format: formatNumber,
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
    format: formatNumber,
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

export const READOUT_KEYS: readonly string[] = Object.keys(READOUTS);

function readout(key: string): Readout {
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

/** The formatted readout. Throws on an unknown key. */
export function formatReadout(state: WorldState, key: string): string {
  const r = readout(key);
  return r.format(readNumber(state, key));
}
