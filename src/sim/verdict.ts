/**
 * The verdict: which endings a run's numbers allow (GAME.md "The numbers give the verdict").
 * Every threshold lives in thresholds.ts. The story asks for the verdict through `sim_num("verdict.<ending>")`
 * (1 = allowed) and may only choose among the allowed endings, colouring the telling with its
 * narrative tallies; it never re-types a threshold.
 */
import { ENDINGS, type Ending } from "./endings.ts";
import type { RunScore } from "./score";
// With the file's extension: the build's config loads this module (scripts/ending-pages.ts), and
// Vite's config loader asks for extensions.
import { VERDICT_THRESHOLDS } from "./thresholds.ts";

export { ENDINGS, type Ending };

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
