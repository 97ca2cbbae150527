/**
 * The verdict: which endings a run's numbers allow (GAME.md "The numbers give the verdict").
 * Every threshold lives here. The story asks for the verdict through `sim_num("verdict.<ending>")`
 * (1 = allowed) and may only choose among the allowed endings, colouring the telling with its
 * narrative tallies; it never re-types a threshold.
 */
import type { RunScore } from "./score";

export const ENDINGS = [
  "subpoena",
  "melted_fleet",
  "dense_giant",
  "chinchilla_warning",
  "nerfed",
  "turbo",
  "busy",
] as const;
export type Ending = (typeof ENDINGS)[number];

/** [game] thresholds of the verdict, in one place. */
export const VERDICT_THRESHOLDS = {
  /** The 10x goal: the launch yardstick ÷ GPT-4's cost now. */
  turboCostRatio: 10,
  /** Turbo keeps perceived quality at or above this ("without losing quality", SOURCE.md §8). */
  turboQuality: 0.95,
  /** Perceived quality below this is a nerfed model whatever the cost. */
  nerfedQuality: 0.9,
  /** Demand served over the whole run below this melts the fleet. */
  meltedServedShare: 0.6,
  /**
   * Serving above this many times the launch yardstick is "too costly" for a plan (the prose's
   * warning on the Serving Lab's result).
   */
  servableCostFactor: 2,
  /**
   * A dense GPT-4 is too costly to serve at scale when each token needs more than this many times
   * the compute of the source's sparse GPT-4: SemiAnalysis puts a dense 1.8T model at ~3,700
   * against ~560 GFLOP per token (6.6x, FORMULAS.md §6); once batches are large, decoding is
   * compute-bound and the bill follows FLOPs per token.
   */
  denseGiantComputeFactor: 2,
  /** Capability gain over GPT-3.5 below this is "3.5 again". */
  leapOverGpt35: 10,
  /** Licence risk of the flagship's data at which a claim sticks whatever was written down. */
  subpoenaLicenceRisk: 0.75,
  /** The same with Andy's name on a risky source and no provenance ledger. */
  subpoenaLicenceRiskWithTrail: 0.7,
} as const;

/**
 * How GPT-4 compares with GPT-3.5, for the prose: 0 no better, 1 better but under the leap line,
 * 2 a leap, 3 a leap three times the line. [game] bands around `leapOverGpt35`.
 */
export function leapBand(score: RunScore): number {
  const leap = score.capabilityLeapOverGpt35;
  const line = VERDICT_THRESHOLDS.leapOverGpt35;
  if (!score.gpt4Trained || leap <= 0) return 0;
  return leap < line ? 1 : leap < 3 * line ? 2 : 3;
}

/**
 * A serving plan is affordable when it fits its replicas and costs at most servableCostFactor
 * times the launch yardstick: the one rule behind the score's `servable` and the prose's warning.
 */
export function affordableToServe(
  ev: { fits: boolean; usdPerMillionTokens: number },
  yardstickUsdPerMillionTokens: number,
): boolean {
  return (
    ev.fits &&
    ev.usdPerMillionTokens > 0 &&
    ev.usdPerMillionTokens <= yardstickUsdPerMillionTokens * VERDICT_THRESHOLDS.servableCostFactor
  );
}

/** Which of the numbers allowed an ending: a code, not a sentence (words belong to src/explain). */
export type VerdictReason =
  | "licence_risk"
  | "licence_risk_with_trail"
  | "demand_unserved"
  | "dense_too_costly"
  | "no_gpt4"
  | "too_big_for_data"
  | "small_leap"
  | "quality_cut"
  | "ten_x_quality_kept"
  | "not_ten_x";

export interface Verdict {
  /** The endings the numbers allow, in ENDINGS order; "busy" only when no other is allowed. */
  allowed: Ending[];
  /** One reason per allowed ending: the numbers that allowed it. */
  reasons: Partial<Record<Ending, VerdictReason>>;
}

/** Which endings a run's scores allow. */
export function runVerdict(score: RunScore): Verdict {
  const t = VERDICT_THRESHOLDS;
  const reasons: Partial<Record<Ending, VerdictReason>> = {};
  const trail = score.namedOnRiskySource && !score.ledgerKept;
  if (
    score.licenceRisk >= t.subpoenaLicenceRisk ||
    (trail && score.licenceRisk >= t.subpoenaLicenceRiskWithTrail)
  ) {
    reasons.subpoena = trail ? "licence_risk_with_trail" : "licence_risk";
  }
  if (score.demandServedShare < t.meltedServedShare) {
    reasons.melted_fleet = "demand_unserved";
  }
  if (
    score.gpt4Trained &&
    score.denseFlagship &&
    (!score.servable || score.computePerTokenVsSource > t.denseGiantComputeFactor)
  ) {
    reasons.dense_giant = "dense_too_costly";
  }
  if (
    !score.gpt4Trained ||
    score.tooBigForData ||
    score.capabilityLeapOverGpt35 < t.leapOverGpt35
  ) {
    reasons.chinchilla_warning = !score.gpt4Trained
      ? "no_gpt4"
      : score.tooBigForData
        ? "too_big_for_data"
        : "small_leap";
  }
  const tenX = score.gpt4Launched && score.costRatioVsLaunch >= t.turboCostRatio;
  if (
    score.perceivedQuality < t.nerfedQuality ||
    (tenX && score.perceivedQuality < t.turboQuality)
  ) {
    reasons.nerfed = "quality_cut";
  }
  if (tenX && score.perceivedQuality >= t.turboQuality) {
    reasons.turbo = "ten_x_quality_kept";
  }
  const allowed = ENDINGS.filter((e) => reasons[e] !== undefined);
  if (allowed.length === 0) {
    reasons.busy = "not_ten_x";
    allowed.push("busy");
  }
  return { allowed, reasons };
}
