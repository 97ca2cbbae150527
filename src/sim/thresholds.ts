/**
 * The verdict's thresholds, in one place (verdict.ts applies them; the score and the prose bands
 * read them too), and the one rule both the score and the verdict use: whether serving is
 * affordable. Kept apart from verdict.ts so the score can use them without a cycle.
 */

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
