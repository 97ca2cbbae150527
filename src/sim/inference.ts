/** Inference: weight and KV bytes, roofline decode, MoE expert reads, speculative decoding, cost. */
import {
  BYTES_PER_PARAM,
  DRAFT_ACCEPTANCE_AT_REFERENCE,
  DRAFT_ACCEPTANCE_MAX,
  DRAFT_ACCEPTANCE_MIN,
  DRAFT_ACCEPTANCE_PER_DECADE,
  DRAFT_REFERENCE_SIZE_RATIO,
  GPUS,
  type GpuId,
  type Precision,
  SECONDS_PER_HOUR,
} from "./constants";

export type Attention = "mha" | "gqa" | "mqa";

// Source: FORMULAS.md §11: bytes = params × bytes per parameter (fp16 2, int8 1, int4 0.5).
export function weightBytes(params: number, precision: Precision): number {
  return params * BYTES_PER_PARAM[precision];
}

// Source: FORMULAS.md §8: KV cache = 2 · n_layers · n_kv_heads · d_head · bytes · seq_len · batch.
export function kvCacheBytes(kv: {
  layers: number;
  kvHeads: number;
  headDim: number;
  bytesPerValue: number;
  seqLen: number;
  batch: number;
}): number {
  return 2 * kv.layers * kv.kvHeads * kv.headDim * kv.bytesPerValue * kv.seqLen * kv.batch;
}

// Source: Shazeer 2019 (S-MQA): MQA has 1 KV head; MHA one per query head; GQA (P-GQA) groups in between.
export function kvHeadsFor(attention: Attention, heads: number, gqaGroups: number): number {
  if (attention === "mqa") return 1;
  if (attention === "mha") return heads;
  return Math.max(1, Math.min(heads, gqaGroups));
}

// Source: FORMULAS.md §8: ridge point = peak FLOP/s ÷ HBM bytes/s (A100 153, H100 295 FLOP/byte).
/** @internal Not on the game's path: the tests check the published ridge points; decoding compares memoryBoundSeconds and computeBoundSeconds. */
export function ridgePointFlopsPerByte(gpu: GpuId): number {
  return GPUS[gpu].peakFlopsPerSecond / GPUS[gpu].hbmBytesPerSecond;
}

// Source: FORMULAS.md §5 ("at large batch nearly all experts are read"); expected distinct experts hit by
// B tokens routed uniformly to k of E: E · (1 − (1 − k/E)^B).
export function expectedExpertsRead(route: {
  experts: number;
  topK: number;
  batch: number;
}): number {
  const e = route.experts;
  if (e <= route.topK) return e;
  return e * (1 - (1 - route.topK / e) ** Math.max(1, route.batch));
}

// Source: FORMULAS.md §8: decode time per step ≈ bytes read / (n_gpu · bandwidth) (bandwidth bound).
export function memoryBoundSeconds(
  bytes: number,
  gpus: number,
  bytesPerSecondPerGpu: number,
): number {
  return bytes / (gpus * bytesPerSecondPerGpu);
}

// Source: FORMULAS.md §8: compute time per step = 2 · N_active · tokens / (n_gpu · FLOP/s) (compute bound).
export function computeBoundSeconds(
  flops: number,
  gpus: number,
  flopsPerSecondPerGpu: number,
): number {
  return flops / (gpus * flopsPerSecondPerGpu);
}

// Source: Leviathan et al. 2023 Eq. 1 and Theorem 3.8 (S-SPEC): tokens per target call (1 − α^(γ+1))/(1 − α);
// walltime speedup (1 − α^(γ+1)) / ((1 − α)(γ·c + 1)).
export function speculativeDecoding(spec: {
  acceptance: number;
  draftTokens: number;
  costRatio: number;
}): { expectedTokens: number; speedup: number } {
  const a = spec.acceptance < 0 ? 0 : Math.min(spec.acceptance, 1);
  const g = Math.max(0, spec.draftTokens);
  const expectedTokens = 1 - a < 1e-12 ? g + 1 : (1 - a ** (g + 1)) / (1 - a);
  return { expectedTokens, speedup: expectedTokens / (g * Math.max(0, spec.costRatio) + 1) };
}

// Source: Leviathan et al. 2023 Table 2 (α ≈ 0.62 for a 0.7%-size draft); [game] +0.08 per decade of
// draft/target ratio, clamped to [0.3, 0.9]; the leniency threshold τ moves α toward 1: α + (1 − α)·τ.
export function draftAcceptance(draft: {
  draftParams: number;
  targetParams: number;
  threshold: number;
  /** Added before the clamp: a draft distilled on the target (RESEARCH_EFFECTS). */
  bonus?: number;
}): number {
  const ratio = Math.max(draft.draftParams, 1) / Math.max(draft.targetParams, 1);
  const raw =
    DRAFT_ACCEPTANCE_AT_REFERENCE +
    DRAFT_ACCEPTANCE_PER_DECADE * Math.log10(ratio / DRAFT_REFERENCE_SIZE_RATIO) +
    (draft.bonus ?? 0);
  const base =
    raw < DRAFT_ACCEPTANCE_MIN ? DRAFT_ACCEPTANCE_MIN : Math.min(raw, DRAFT_ACCEPTANCE_MAX);
  const tau = draft.threshold < 0 ? 0 : Math.min(draft.threshold, 1);
  return base + (1 - base) * tau;
}

// Source: FORMULAS.md §8: cost per token = ($/GPU-h · n_gpu) / (tokens/s · 3600); per million × 1e6.
export function usdPerMillionTokens(serve: {
  usdPerHour: number;
  gpus: number;
  tokensPerSecond: number;
}): number {
  if (!(serve.tokensPerSecond > 0)) return 0;
  return ((serve.usdPerHour * serve.gpus) / (serve.tokensPerSecond * SECONDS_PER_HOUR)) * 1e6;
}
