/** Parameter counts of dense and Mixture-of-Experts transformers. */

// Source: Kaplan et al. 2020 §2.1 (S-KAP): N ≈ 12·L·d² non-embedding, plus V·d token embedding.
export function denseParams(shape: { layers: number; dModel: number; vocab: number }): number {
  const d = shape.dModel;
  return 12 * shape.layers * d * d + shape.vocab * d;
}

// Source: FORMULAS.md §1, Llama-style attention: Q and O are d², K and V are d·(n_kv·d_head) each.
export function attentionParamsPerLayer(dModel: number, kvHeads: number, headDim: number): number {
  return 2 * dModel * dModel + 2 * dModel * kvHeads * headDim;
}

// Source: Kaplan et al. 2020 §2.1: the MLP with d_ff = 4·d is 8·d² per layer.
export function mlpParamsPerLayer(dModel: number): number {
  return 8 * dModel * dModel;
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

// Source: FORMULAS.md §5: one expert's MLPs over all layers, 8·d²·L (the GPT-4 rumour: 111B at d ≈ 10.75k, L = 120).
export function expertParamsForShape(shape: { layers: number; dModel: number }): number {
  return mlpParamsPerLayer(shape.dModel) * shape.layers;
}

// Source: FORMULAS.md §5: solving a published (Total, Active) pair: P_e = (T − A)/(E − k), P_s = T − E·P_e.
export function moeSplitFromTotals(published: {
  total: number;
  active: number;
  experts: number;
  topK: number;
}): { expertParams: number; sharedParams: number } {
  const expertParams = (published.total - published.active) / (published.experts - published.topK);
  return { expertParams, sharedParams: published.total - published.experts * expertParams };
}
