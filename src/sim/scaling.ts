/** Scaling laws: Chinchilla, Epoch's refit, data-constrained scaling, MoE effective size, capability. */
import {
  CAPABILITY_HUNDRED,
  CAPABILITY_ZERO,
  CRITICAL_BATCH_TOKENS_AT_UNIT_LOSS,
  type DataConstrainedConstants,
  FIT_BATCH_OVER_CRITICAL,
  KAPLAN_CRITICAL_BATCH_ALPHA,
  type LossConstants,
  MOE_MAX_EFFECTIVE_RATIO,
  MOE_TOTAL_WEIGHT,
  MUENNIGHOFF_2023,
} from "./constants";

// Source: Hoffmann et al. 2022, Eq. 10 (Approach 3): L(N, D) = E + A/N^α + B/D^β.
export function chinchillaLoss(params: number, tokens: number, c: LossConstants): number {
  return c.E + c.A / params ** c.alpha + c.B / tokens ** c.beta;
}

// Source: Hoffmann et al. 2022 (S-CH-deep): G = (αA/(βB))^(1/(α+β)), N_opt = G·(C/6)^a, D_opt = G⁻¹·(C/6)^b.
export function computeOptimal(
  flops: number,
  c: LossConstants,
): { params: number; tokens: number } {
  const g = ((c.alpha * c.A) / (c.beta * c.B)) ** (1 / (c.alpha + c.beta));
  const a = c.beta / (c.alpha + c.beta);
  const b = c.alpha / (c.alpha + c.beta);
  return { params: g * (flops / 6) ** a, tokens: (flops / 6) ** b / g };
}

// Source: Muennighoff et al. 2023 (P-MUEN): D' = U + U·R_D*·(1 − exp(−R_D/R_D*)), R_D = epochs − 1.
// Below one epoch every token seen is fresh, so D' = epochs · U.
export function effectiveTokens(
  data: { uniqueTokens: number; epochs: number },
  c: DataConstrainedConstants = MUENNIGHOFF_2023,
): number {
  const u = data.uniqueTokens;
  if (!(u > 0) || !(data.epochs > 0)) return 0;
  if (data.epochs <= 1) return data.epochs * u;
  const rStar = c.rDStar;
  return u + u * rStar * (1 - Math.exp(-(data.epochs - 1) / rStar));
}

function allocationG(c: LossConstants): number {
  return ((c.alpha * c.A) / (c.beta * c.B)) ** (1 / (c.alpha + c.beta));
}
// The game's fit is fixed, so its G and exponent are computed once (the evaluations call this often).
const MUENNIGHOFF_G = allocationG(MUENNIGHOFF_2023);
const MUENNIGHOFF_BETA_OVER_ALPHA = MUENNIGHOFF_2023.beta / MUENNIGHOFF_2023.alpha;

// Source: datablations README code (P-MUEN): N_opt(U) = (U·G)^(β/α)·G, G = (αA/(βB))^(1/(α+β)).
export function computeOptimalParamsForUniqueTokens(
  uniqueTokens: number,
  c: DataConstrainedConstants = MUENNIGHOFF_2023,
): number {
  if (c === MUENNIGHOFF_2023) {
    return (uniqueTokens * MUENNIGHOFF_G) ** MUENNIGHOFF_BETA_OVER_ALPHA * MUENNIGHOFF_G;
  }
  const g = allocationG(c);
  return (uniqueTokens * g) ** (c.beta / c.alpha) * g;
}

// Source: Muennighoff et al. 2023 (P-MUEN): U_N = min(N, N_opt(U)), R_N = N/U_N − 1,
// N' = U_N + U_N·R_N*·(1 − exp(−R_N/R_N*)). `optimalParams` is N_opt(U) when the caller has it.
export function effectiveParams(
  model: { params: number; uniqueTokens: number },
  c: DataConstrainedConstants = MUENNIGHOFF_2023,
  optimalParams: number = computeOptimalParamsForUniqueTokens(model.uniqueTokens, c),
): number {
  if (!(model.params > 0)) return 0;
  const uN = Math.min(model.params, optimalParams);
  if (!(uN > 0)) return 0;
  const rN = Math.max(model.params / uN - 1, 0);
  return uN + uN * c.rNStar * (1 - Math.exp(-rN / c.rNStar));
}

// Source: Muennighoff et al. 2023, datablations README `scaling_law(N, D, U)` (P-MUEN), same fit constants.
// D' is effectiveTokens at D/U epochs, read as at least one: the README's code clamps R_D = D/U − 1 at
// 0, so fewer tokens than U still count as U (the game's evaluations never ask for that).
/** @internal Not on the game's path: the datablations reference function, checked by the tests; training.ts composes the same steps (effectiveParams, effectiveTokens, lossFromEffective). */
export function dataConstrainedLoss(
  run: { params: number; tokens: number; uniqueTokens: number },
  c: DataConstrainedConstants = MUENNIGHOFF_2023,
): number {
  const u = run.uniqueTokens;
  const dPrime = effectiveTokens({ uniqueTokens: u, epochs: Math.max(run.tokens / u, 1) }, c);
  const nPrime = effectiveParams({ params: run.params, uniqueTokens: u }, c);
  return c.E + c.A / nPrime ** c.alpha + c.B / dPrime ** c.beta;
}

// Source: Muennighoff et al. 2023 parametric form L = E + A/N'^α + B/D'^β with N', D' already effective.
export function lossFromEffective(
  effective: { params: number; tokens: number },
  c: LossConstants = MUENNIGHOFF_2023,
): number {
  return chinchillaLoss(Math.max(effective.params, 1), Math.max(effective.tokens, 1), c);
}

// Source: FORMULAS.md §5 data points (GLaM ≥1.8x, Mixtral ≈5x, band 1.8-5x) and Clark et al. 2022's
// log-bilinear law: N_eff = N_active^(1−w) · N_total^w with w = 0.5, capped at 5 · N_active.
export function moeEffectiveParams(model: { active: number; total: number }): number {
  if (!(model.active > 0)) return 0;
  const total = Math.max(model.total, model.active);
  const geometric =
    MOE_TOTAL_WEIGHT === 0.5
      ? Math.sqrt(model.active * total)
      : model.active ** (1 - MOE_TOTAL_WEIGHT) * total ** MOE_TOTAL_WEIGHT;
  return Math.min(geometric, MOE_MAX_EFFECTIVE_RATIO * model.active);
}

/** The reducible losses R = L − E at capability 0 (GPT-2 scale) and 100 (see capabilityFromLoss). */
export const CAPABILITY_REDUCIBLE_LOSS = {
  zero: lossFromEffective(CAPABILITY_ZERO) - MUENNIGHOFF_2023.E,
  hundred: lossFromEffective(CAPABILITY_HUNDRED) - MUENNIGHOFF_2023.E,
} as const;
const capabilityZeroReducible = CAPABILITY_REDUCIBLE_LOSS.zero;
const capabilityLogSpan = Math.log(capabilityZeroReducible / CAPABILITY_REDUCIBLE_LOSS.hundred);

// Source: [game] capability = 100 · ln(R₀/R) / ln(R₀/R₁₀₀) with R = L − E the reducible loss of the
// Muennighoff fit; R₀ = GPT-2 scale (1.5B, 30B tokens), R₁₀₀ = 10T params on 100T tokens; clamped 0..100.
export function capabilityFromLoss(loss: number): number {
  const reducible = loss - MUENNIGHOFF_2023.E;
  if (!(reducible > 0)) return 100;
  const score = (100 * Math.log(capabilityZeroReducible / reducible)) / capabilityLogSpan;
  return score < 0 ? 0 : Math.min(score, 100);
}

// Source: Kaplan et al. 2020 §5.1 Eq. 5.3: B_crit(L) = B*/L^(1/α_B), α_B = 0.21, with B* calibrated to this
// sim's loss units (CRITICAL_BATCH_TOKENS_AT_UNIT_LOSS).
export function criticalBatchTokens(loss: number): number {
  if (!(loss > 0)) return 0;
  return CRITICAL_BATCH_TOKENS_AT_UNIT_LOSS / loss ** (1 / KAPLAN_CRITICAL_BATCH_ALPHA);
}

// Source: McCandlish et al. 2018 §2.3: E = E_min·(1 + B/B_crit); relative to the fit's runs at
// B = B_crit (FIT_BATCH_OVER_CRITICAL) a token is worth (1 + 1)/(1 + B/B_crit), at most 1 ([game]).
export function batchDataEfficiency(batchTokens: number, criticalTokens: number): number {
  if (!(criticalTokens > 0) || !(batchTokens > 0)) return 1;
  const worth = (1 + FIT_BATCH_OVER_CRITICAL) / (1 + batchTokens / criticalTokens);
  return Math.min(worth, 1);
}
