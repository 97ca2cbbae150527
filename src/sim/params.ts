/** Parameter counts of dense and Mixture-of-Experts transformers, from the shape. */
import { DEFAULT_MLP_RATIO } from "./constants";

// Source: Kaplan et al. 2020 §2.1 (S-KAP): N ≈ 12·L·d² non-embedding, plus V·d token embedding.
/** @internal Not on the game's path: Kaplan's count, which the tests hold modelSizes to for a plain dense shape. */
export function denseParams(shape: { layers: number; dModel: number; vocab: number }): number {
  const d = shape.dModel;
  return 12 * shape.layers * d * d + shape.vocab * d;
}

// Source: FORMULAS.md §1, Llama-style attention: Q and O are d·(n_q·d_head) each (d² when the query
// width n_q·d_head equals d_model), K and V are d·(n_kv·d_head) each. PaLM 540B (48 × 256 at d 18,432)
// and Gemma 7B (16 × 256 at d 3,072) show the query width need not equal d_model.
export function attentionParamsPerLayer(
  dModel: number,
  kvHeads: number,
  headDim: number,
  queryWidth: number = dModel,
): number {
  return 2 * dModel * queryWidth + 2 * dModel * kvHeads * headDim;
}

// Source: Kaplan et al. 2020 §2.1: two matrices d × d_ff (8·d² per layer at d_ff = 4·d); a gated
// (SwiGLU) MLP has three (Shazeer 2020; FORMULAS.md §1: Llama's 3·d·d_ff).
export function mlpParamsPerLayer(
  dModel: number,
  mlpRatio: number = DEFAULT_MLP_RATIO,
  gated = false,
): number {
  return (gated ? 3 : 2) * dModel * mlpRatio * dModel;
}

// Source: FORMULAS.md §5: Total = E·P_e + P_s, Active = k·P_e + P_s.
export function moeParams(moe: {
  experts: number;
  expertParams: number;
  sharedParams: number;
  topK: number;
}): { total: number; active: number } {
  return {
    total: moe.experts * moe.expertParams + moe.sharedParams,
    active: Math.min(moe.topK, moe.experts) * moe.expertParams + moe.sharedParams,
  };
}

// Source: FORMULAS.md §5: solving a published (Total, Active) pair: P_e = (T − A)/(E − k), P_s = T − E·P_e.
/** @internal Not on the game's path: the tests check the published Mixtral and GLaM splits with it. */
export function moeSplitFromTotals(published: {
  total: number;
  active: number;
  experts: number;
  topK: number;
}): { expertParams: number; sharedParams: number } {
  const expertParams = (published.total - published.active) / (published.experts - published.topK);
  return { expertParams, sharedParams: published.total - published.experts * expertParams };
}
