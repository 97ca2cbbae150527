/**
 * Scaling curves (the plot chapter 3 draws, on the Fleet once the "scaling_laws" project is done):
 * predicted loss against training compute for a dense model at the compute-optimal allocation, and
 * for the source's Mixture-of-Experts (16 experts, top-2) spending the same compute. Every point goes
 * through the same loss law as evaluateTrainingPlan, so a curve's loss is the loss the Model Designer
 * predicts for that model on that many fresh tokens seen once.
 */
import { MUENNIGHOFF_2023, RESEARCH_EFFECTS } from "./constants";
import { moeParams } from "./params";
import { type Architecture, researched, type Unlocks } from "./plans";
import { computeOptimal, effectiveParams, lossFromEffective, moeEffectiveParams } from "./scaling";
import { SEED_PLANS } from "./seeds";

/** The source's MoE layout (FORMULAS.md §6: 16 x 111B experts + 55B shared, top-2), as a shape. */
const SOURCE_MOE = SEED_PLANS.gpt4Training;
export const CURVE_MOE = {
  experts: SOURCE_MOE.experts,
  topK: SOURCE_MOE.topK,
  /** Shared (attention, embeddings) parameters per expert's parameters: 55B / 111B. */
  sharedPerExpert: SOURCE_MOE.sharedParams / SOURCE_MOE.expertParams,
} as const;

/** The compute the curves sweep by default (FLOPs): GPT-2 scale to past GPT-4's ~2e25. */
export const CURVE_FLOPS_RANGE: readonly [number, number] = [1e21, 1e26];

export interface CurvePoint {
  /** Training compute, C = 6 · N_active · D (FLOPs). */
  flops: number;
  activeParams: number;
  totalParams: number;
  /** Dense-equivalent size the loss sees: N_eff (MoE) after Muennighoff's N' on D unique tokens. */
  effectiveParams: number;
  /** Tokens trained on, all unique (one epoch of fresh, reference-quality text). */
  tokens: number;
  loss: number;
}

// Source: the loss law of evaluateTrainingPlan (plans.ts): size N (dense) or N_eff = moeEffectiveParams
// (FORMULAS.md §5, Clark et al. 2022), N' = effectiveParams on the unique tokens and D' = D for one
// epoch of quality-1 text (Muennighoff et al. 2023, P-MUEN), L = E + A/N'^α + B/D'^β with the
// datablations fit; with the scaling-law research done the reducible part L − E is multiplied by
// RESEARCH_EFFECTS.tunedReducibleLossFactor (μTransfer; OpenAI 2023 §3 "predictable scaling").
export function freshDataLoss(
  model: { architecture: Architecture; activeParams: number; totalParams: number },
  tokens: number,
  unlocks?: Unlocks,
): { effectiveParams: number; loss: number } {
  const size =
    model.architecture === "moe"
      ? moeEffectiveParams({ active: model.activeParams, total: model.totalParams })
      : model.totalParams;
  if (!(size > 0) || !(tokens > 0)) return { effectiveParams: 0, loss: 0 };
  const nPrime = effectiveParams({ params: size, uniqueTokens: tokens });
  const predicted = lossFromEffective({ params: nPrime, tokens });
  const c = MUENNIGHOFF_2023;
  const loss = researched(unlocks, "scaling_laws")
    ? c.E + (predicted - c.E) * RESEARCH_EFFECTS.tunedReducibleLossFactor
    : predicted;
  return { effectiveParams: nPrime, loss };
}

// Source: Hoffmann et al. 2022 compute-optimal allocation (computeOptimal) with the game's loss fit
// (MUENNIGHOFF_2023): N = G·(C/6)^a, D = (C/6)^b / G. At Chinchilla's 5.76e23 FLOPs: 70B on 1.4T.
export function denseCurvePoint(flops: number, unlocks?: Unlocks): CurvePoint {
  const { params, tokens } = computeOptimal(flops, MUENNIGHOFF_2023);
  const model = { architecture: "dense" as const, activeParams: params, totalParams: params };
  return { flops, ...model, tokens, ...freshDataLoss(model, tokens, unlocks) };
}

// Source: FORMULAS.md §5 (Total = E·P_e + P_s, Active = k·P_e + P_s, training C = 6·N_active·D): the
// same compute as the dense optimum, spent on the same active size and tokens, with the MLP split into
// the source's 16 experts of which 2 run per token and its shared/expert ratio (55B / 111B).
export function moeCurvePoint(flops: number, unlocks?: Unlocks): CurvePoint {
  const { params: active, tokens } = computeOptimal(flops, MUENNIGHOFF_2023);
  const expertParams = active / (CURVE_MOE.topK + CURVE_MOE.sharedPerExpert);
  const sizes = moeParams({
    experts: CURVE_MOE.experts,
    topK: CURVE_MOE.topK,
    expertParams,
    sharedParams: CURVE_MOE.sharedPerExpert * expertParams,
  });
  const model = {
    architecture: "moe" as const,
    activeParams: sizes.active,
    totalParams: sizes.total,
  };
  return { flops, ...model, tokens, ...freshDataLoss(model, tokens, unlocks) };
}

/** Compute budgets evenly spaced in log10 between two ends (inclusive). */
export function logSweep(from: number, to: number, points: number): number[] {
  const n = Math.max(2, Math.floor(points));
  const lo = Math.log10(from);
  const hi = Math.log10(to);
  return Array.from({ length: n }, (_, i) => 10 ** (lo + ((hi - lo) * i) / (n - 1)));
}

export interface ScalingCurves {
  dense: CurvePoint[];
  moe: CurvePoint[];
}

/** Both curves over a log sweep of compute (default 1e21 to 1e26 FLOPs, 21 points). */
export function scalingCurves(
  unlocks?: Unlocks,
  range: readonly [number, number] = CURVE_FLOPS_RANGE,
  points = 21,
): ScalingCurves {
  const budgets = logSweep(range[0], range[1], points);
  return {
    dense: budgets.map((c) => denseCurvePoint(c, unlocks)),
    moe: budgets.map((c) => moeCurvePoint(c, unlocks)),
  };
}
