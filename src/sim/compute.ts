/** Compute and wall-clock: FLOPs, days, GPU-hours, dollars. */
import { GPUS, type GpuId, SECONDS_PER_DAY } from "./constants";

// Source: Kaplan et al. 2020 §2.1 (S-KAP): training C ≈ 6·N·D (forward 2N, backward 4N per token).
export function trainingFlops(activeParams: number, tokens: number): number {
  return 6 * activeParams * tokens;
}

// Source: Kaplan et al. 2020 §2.1: a forward pass costs ≈ 2·N FLOPs per token (N_active for MoE, FORMULAS.md §5).
export function forwardFlopsPerToken(activeParams: number): number {
  return 2 * activeParams;
}

// Source: PaLM App. B (Chowdhery et al. 2022, S-MFU): attention adds 12·L·H·Q·T training FLOPs per
// token, with H·Q = d_model and T = sequence length.
export function attentionTrainingFlopsPerToken(shape: {
  layers: number;
  dModel: number;
  seqLen: number;
}): number {
  return 12 * shape.layers * shape.dModel * shape.seqLen;
}

// Source: Kaplan et al. 2020 §2.1 (Table 1): a forward pass adds 2·n_layer·n_ctx·d_attn FLOPs per token
// for attention, d_attn = heads · d_head (decode reads the context it has: n_ctx is the mean context).
export function attentionForwardFlopsPerToken(shape: {
  layers: number;
  contextTokens: number;
  heads: number;
  headDim: number;
}): number {
  return 2 * shape.layers * shape.contextTokens * shape.heads * shape.headDim;
}

// Source: FORMULAS.md §6 wall-clock check: a run sustains n_gpu · peak · MFU FLOP/s.
export function sustainedFlopsPerSecond(run: { gpus: number; gpu: GpuId; mfu: number }): number {
  return run.gpus * GPUS[run.gpu].peakFlopsPerSecond * run.mfu;
}

// Source: FORMULAS.md §6 wall-clock check: days = C / (n_gpu · peak · MFU) / 86,400.
export function trainingDays(run: {
  flops: number;
  gpus: number;
  gpu: GpuId;
  mfu: number;
}): number {
  const flopsPerSecond = sustainedFlopsPerSecond(run);
  if (!(flopsPerSecond > 0)) return 0;
  return run.flops / flopsPerSecond / SECONDS_PER_DAY;
}

// Source: FORMULAS.md §6 cost check: GPUs × days × 24 h.
export function gpuHours(gpus: number, days: number): number {
  return gpus * days * 24;
}

// Source: Brown et al. 2020 Table D.1: one PF-day = 1e15 · 86,400 = 8.64e19 FLOP.
/** @internal Not on the game's path: the tests check GPT-3's published PF-days with it; the game shows FLOPs. */
export function flopsToPetaflopDays(flops: number): number {
  return flops / 8.64e19;
}
