/** The scores of a run and a documented helper that suggests an ending from them. */
import {
  currentUsdPerMillionTokens,
  type ModelKey,
  servingEvaluation,
  type TrainedModel,
  type WorldState,
} from "./world";

export interface RunScore {
  /** Which model is the flagship ("none" before any run finishes). */
  flagship: ModelKey | "none";
  capability: number;
  loss: number;
  usdPerMillionTokens: number;
  launchUsdPerMillionTokens: number;
  /** launch ÷ current: 10 means ten times cheaper than at launch. */
  costRatioVsLaunch: number;
  demandServedShare: number;
  gpt4DemandServedShare: number;
  perceivedQuality: number;
  licenceRisk: number;
  moneyUsd: number;
  spentUsd: number;
  trainingDays: number;
  reputation: number;
  tooBigForData: boolean;
  paramsToOptimalRatio: number;
  /** The flagship's serving plan fits its replicas and costs ≤ SERVABLE_USD_PER_MILLION_TOKENS. */
  servable: boolean;
  gpt4Trained: boolean;
  gpt4Launched: boolean;
  denseFlagship: boolean;
  capabilityLeapOverGpt35: number;
}

export type Ending =
  | "subpoena"
  | "melted_fleet"
  | "dense_giant"
  | "chinchilla_warning"
  | "nerfed"
  | "turbo"
  | "busy";

/** Thresholds behind `suggestEnding`, in one place for designers. [game] */
export const ENDING_THRESHOLDS = {
  /** Licence risk at or above this ends in a subpoena. */
  subpoenaLicenceRisk: 0.75,
  /** Demand served over the run below this melts the fleet. */
  meltedServedShare: 0.6,
  /** Serving cost above this ($ per million tokens) is a model nobody can afford to serve. */
  servableUsdPerMillionTokens: 10,
  /** Capability gain over GPT-3.5 below this is "3.5 again". */
  leapOverGpt35: 10,
  /** The 10x goal. */
  turboCostRatio: 10,
  /** Perceived quality below this is a nerfed model. */
  nerfedQuality: 0.9,
  /** Turbo needs the cost cut with quality at or above this. */
  turboQuality: 0.95,
} as const;

export const SERVABLE_USD_PER_MILLION_TOKENS = ENDING_THRESHOLDS.servableUsdPerMillionTokens;

function flagshipOf(state: WorldState): { key: ModelKey | "none"; model: TrainedModel | null } {
  if (state.models.gpt4) return { key: "gpt4", model: state.models.gpt4 };
  if (state.models.gpt35) return { key: "gpt35", model: state.models.gpt35 };
  return { key: "none", model: null };
}

/** Scores a run from its state. Plain numbers and booleans; finite always. */
export function scoreRun(state: WorldState): RunScore {
  const { key, model } = flagshipOf(state);
  const servingKey: ModelKey = key === "gpt35" ? "gpt35" : "gpt4";
  const ev = servingEvaluation(state, servingKey);
  const usd = currentUsdPerMillionTokens(state, servingKey);
  const launch = state.launchUsdPerMillionTokens ?? usd;
  const gpt35Capability = state.models.gpt35?.capability ?? 0;
  const t = state.totals;
  return {
    flagship: key,
    capability: model?.capability ?? 0,
    loss: model?.loss ?? 0,
    usdPerMillionTokens: usd,
    launchUsdPerMillionTokens: launch,
    costRatioVsLaunch: usd > 0 && launch > 0 ? launch / usd : 0,
    demandServedShare: t.demandTokens > 0 ? t.servedTokens / t.demandTokens : 1,
    gpt4DemandServedShare: t.gpt4DemandTokens > 0 ? t.gpt4ServedTokens / t.gpt4DemandTokens : 1,
    perceivedQuality: ev.quality,
    licenceRisk: model?.licenceRisk ?? 0,
    moneyUsd: state.moneyUsd,
    spentUsd: state.spentUsd,
    trainingDays: state.models.gpt4?.trainingDays ?? state.run?.days ?? 0,
    reputation: state.reputation,
    tooBigForData: model?.tooBigForData ?? false,
    paramsToOptimalRatio: model?.paramsToOptimalRatio ?? 0,
    servable: ev.fits && usd > 0 && usd <= SERVABLE_USD_PER_MILLION_TOKENS,
    gpt4Trained: state.models.gpt4 !== null,
    gpt4Launched: state.flags.gpt4Launched,
    denseFlagship: model?.architecture === "dense",
    capabilityLeapOverGpt35: key === "gpt4" ? (model?.capability ?? 0) - gpt35Capability : 0,
  };
}

/**
 * Suggests an ending (the story makes the final pick). First match wins:
 * 1. "subpoena": licenceRisk ≥ 0.75 (shadow-library books + Sci-Hub + more), or ≥ 0.5 with `flags.lawsuit`.
 * 2. "melted_fleet": demandServedShare < 0.6 (ChatGPT's demand starved serving).
 * 3. "dense_giant": the flagship is not servable (cost > $10/M tokens or no replica fits).
 * 4. "chinchilla_warning": tooBigForData, or GPT-4's capability leap over GPT-3.5 < 10 points.
 * 5. "turbo": costRatioVsLaunch ≥ 10 with perceivedQuality ≥ 0.95.
 * 6. "nerfed": perceivedQuality < 0.9 (int4, lenient speculative verifier...).
 * 7. "busy": shipped, not yet 10x ("It's going to be busy for a while").
 */
export function suggestEnding(score: RunScore, flags: { lawsuit?: boolean } = {}): Ending {
  const t = ENDING_THRESHOLDS;
  if (score.licenceRisk >= t.subpoenaLicenceRisk || (flags.lawsuit && score.licenceRisk >= 0.5)) {
    return "subpoena";
  }
  if (score.demandServedShare < t.meltedServedShare) return "melted_fleet";
  if (!score.servable) return "dense_giant";
  if (
    score.tooBigForData ||
    (score.gpt4Trained && score.capabilityLeapOverGpt35 < t.leapOverGpt35)
  ) {
    return "chinchilla_warning";
  }
  if (score.costRatioVsLaunch >= t.turboCostRatio && score.perceivedQuality >= t.turboQuality) {
    return "turbo";
  }
  if (score.perceivedQuality < t.nerfedQuality) return "nerfed";
  return "busy";
}
