/** Parallelism: pipeline bubble, ZeRO memory, activations, tensor-parallel traffic and the MFU model. */
import {
  ACTIVATION_BYTES_COEFF,
  ACTIVATION_COMM_BYTES_PER_VALUE,
  ACTIVATION_MLP_BYTES_COEFF,
  ACTIVATION_SCORE_BYTES_COEFF,
  BACKWARD_SHARE_OF_COMPUTE,
  BUBBLE_SHARE_FOR_GRADIENT_REDUCE,
  FULL_RECOMPUTE_FLOPS_FACTOR,
  GEMM_HALF_EFFICIENCY_ROWS,
  GPU_HOURS_PER_INTERRUPTION,
  GRADIENT_BYTES_PER_PARAM,
  GRADIENT_COMM_BYTES_PER_PARAM,
  HOURS_LOST_PER_INTERRUPTION,
  KERNEL_EFFICIENCY,
  MOE_ALL_TO_ALLS_PER_LAYER,
  OPTIMIZER_BYTES_PER_PARAM,
  SELECTIVE_RECOMPUTE_FLOPS_FACTOR,
  UNFUSED_ATTENTION_REFERENCE_HEAD_DIM,
  UNFUSED_ATTENTION_SLOWDOWN,
  WEIGHT_BYTES_PER_PARAM_TRAINING,
} from "./constants";

export type ZeroStage = 0 | 1 | 2 | 3;
export type Recompute = "none" | "selective" | "full";

// Source: Narayanan et al. 2021 (S-BUB, S-MEG): 1F1B bubble share of a step = (p − 1)/(m + p − 1).
export function pipelineBubble(pipe: { stages: number; microbatches: number }): number {
  const p = Math.max(1, pipe.stages);
  const m = Math.max(1, pipe.microbatches);
  return (p - 1) / (m + p - 1);
}

// Source: Narayanan et al. 2021: interleaved schedule, bubble/compute = (p − 1)/(m·v); share = r/(1 + r).
export function interleavedPipelineBubble(pipe: {
  stages: number;
  microbatches: number;
  chunks: number;
}): number {
  const p = Math.max(1, pipe.stages);
  const ratio = (p - 1) / (Math.max(1, pipe.microbatches) * Math.max(1, pipe.chunks));
  return ratio / (1 + ratio);
}

// Source: ZeRO (Rajbhandari et al. 2020, S-ZERO): fp16 weights 2Ψ, sharded over N_d at stage 3.
export function weightStateBytes(
  params: number,
  dataParallel: number,
  zeroStage: ZeroStage,
): number {
  const bytes = WEIGHT_BYTES_PER_PARAM_TRAINING * params;
  return zeroStage >= 3 ? bytes / Math.max(1, dataParallel) : bytes;
}

// Source: ZeRO (S-ZERO): fp16 gradients 2Ψ, sharded over N_d from stage 2.
export function gradientStateBytes(
  params: number,
  dataParallel: number,
  zeroStage: ZeroStage,
): number {
  const bytes = GRADIENT_BYTES_PER_PARAM * params;
  return zeroStage >= 2 ? bytes / Math.max(1, dataParallel) : bytes;
}

// Source: ZeRO (S-ZERO): Adam's fp32 master, momentum and variance 12Ψ, sharded over N_d from stage 1.
export function optimizerStateBytes(
  params: number,
  dataParallel: number,
  zeroStage: ZeroStage,
): number {
  const bytes = OPTIMIZER_BYTES_PER_PARAM * params;
  return zeroStage >= 1 ? bytes / Math.max(1, dataParallel) : bytes;
}

// Source: ZeRO (S-ZERO): model states 16Ψ per GPU at stage 0; 4Ψ + 12Ψ/N_d; 2Ψ + 14Ψ/N_d; 16Ψ/N_d.
/** @internal Not on the game's path: the tests check ZeRO's 16Ψ with it; memoryPerGpu adds its parts. */
export function modelStateBytes(state: {
  params: number;
  dataParallel: number;
  zeroStage: ZeroStage;
}): number {
  const { params, dataParallel, zeroStage } = state;
  return (
    weightStateBytes(params, dataParallel, zeroStage) +
    gradientStateBytes(params, dataParallel, zeroStage) +
    optimizerStateBytes(params, dataParallel, zeroStage)
  );
}

export interface ActivationShape {
  seqLen: number;
  microbatchSequences: number;
  dModel: number;
  heads: number;
  tensorParallel: number;
  sequenceParallel: boolean;
  flashAttention: boolean;
  /** Expert MLPs each token runs (top-k for MoE, 1 for dense). */
  mlpCopies: number;
}

// Source: Korthikanti et al. 2022 (S-ACT): bytes per layer without recompute. TP: s·b·h·(10 + 24/t + 5as/(ht));
// TP + SP: s·b·h·(34/t + 5as/(ht)); FlashAttention drops the 5as/h score term. MoE adds 19·s·b·h per extra expert.
export function activationBytesPerLayer(
  shape: ActivationShape,
  withScores: boolean = !shape.flashAttention,
): number {
  const t = Math.max(1, shape.tensorParallel);
  const sbh = shape.seqLen * shape.microbatchSequences * shape.dModel;
  const splittable =
    ACTIVATION_BYTES_COEFF - 10 + ACTIVATION_MLP_BYTES_COEFF * Math.max(0, shape.mlpCopies - 1);
  const score = !withScores
    ? 0
    : (ACTIVATION_SCORE_BYTES_COEFF * shape.heads * shape.seqLen) / shape.dModel;
  const unsplit = shape.sequenceParallel ? 10 / t : 10;
  return sbh * (unsplit + (splittable + score) / t);
}

// Source: Korthikanti et al. 2022 (S-ACT): selective recompute keeps everything but the attention scores
// (the 5as/h term); full recompute keeps only each layer's input, 2·s·b·h (÷ t under sequence parallelism).
export function storedActivationBytesPerLayer(
  shape: ActivationShape,
  recompute: Recompute,
): number {
  if (recompute === "full") {
    const sbh = shape.seqLen * shape.microbatchSequences * shape.dModel;
    return (2 * sbh) / (shape.sequenceParallel ? Math.max(1, shape.tensorParallel) : 1);
  }
  if (recompute === "selective") return activationBytesPerLayer(shape, false);
  return activationBytesPerLayer(shape);
}

// Source: Korthikanti et al. 2022 §4: under 1F1B the first stage holds p micro-batches of L/p layers
// (≈ L layers' worth); interleaving multiplies that by 1 + (p − 1)/(p·v). Full recompute also needs one
// layer's full activations while it recomputes.
export function pipelineActivationBytes(pipe: {
  storedPerLayer: number;
  workingPerLayer: number;
  layers: number;
  stages: number;
  microbatches: number;
  chunks: number;
}): number {
  const p = Math.max(1, pipe.stages);
  const inFlight = Math.min(Math.max(1, pipe.microbatches), p);
  const interleave = pipe.chunks > 1 ? 1 + (p - 1) / (p * pipe.chunks) : 1;
  return pipe.storedPerLayer * (pipe.layers / p) * inFlight * interleave + pipe.workingPerLayer;
}

// Source: Narayanan et al. 2021 (S-MEG): 2 all-reduces forward + 2 backward per layer of 2·s·b·h bytes;
// a ring all-reduce sends 2(t − 1)/t of the message from each GPU.
export function tensorParallelBytesPerLayer(shape: {
  seqLen: number;
  microbatchSequences: number;
  dModel: number;
  tensorParallel: number;
}): number {
  const t = Math.max(1, shape.tensorParallel);
  const message = 2 * shape.seqLen * shape.microbatchSequences * shape.dModel;
  return (4 * 2 * (t - 1) * message) / t;
}

// Source: Narayanan et al. 2021: TP all-reduces sit on the critical path; time share = comm / (comm + compute),
// compute = 6·(N_active/L)·tokens/t at the kernel rate.
export function tensorParallelCommShare(link: {
  commBytesPerLayer: number;
  linkBytesPerSecond: number;
  computeFlopsPerLayer: number;
  gpuFlopsPerSecond: number;
}): number {
  if (!(link.commBytesPerLayer > 0)) return 0;
  const commSeconds = link.commBytesPerLayer / link.linkBytesPerSecond;
  const computeSeconds = link.computeFlopsPerLayer / (link.gpuFlopsPerSecond * KERNEL_EFFICIENCY);
  return commSeconds / (commSeconds + computeSeconds);
}

// Source: [game] GEMM efficiency saturates with the rows of a micro-batch: rows / (rows + 256).
export function gemmEfficiency(microbatchTokens: number): number {
  return microbatchTokens / (microbatchTokens + GEMM_HALF_EFFICIENCY_ROWS);
}

// Source: PaLM App. B (attention FLOPs 12·L·d·s are not in 6N) and FlashAttention (P-FA, 3x on GPT-2):
// efficiency = 1 / (1 + share · slowdown), slowdown 1 with FlashAttention and without it
// 1 + (3 − 1) · 64/d_head (Dao et al. 2022 §2.2: the unfused excess is the N² score traffic per head,
// which falls per FLOP as heads widen; 3x at GPT-2's 64-wide heads).
export function attentionEfficiency(
  attentionShare: number,
  flashAttention: boolean,
  headDim: number = UNFUSED_ATTENTION_REFERENCE_HEAD_DIM,
): number {
  if (flashAttention) return 1 / (1 + attentionShare);
  const slowdown =
    1 + ((UNFUSED_ATTENTION_SLOWDOWN - 1) * UNFUSED_ATTENTION_REFERENCE_HEAD_DIM) / headDim;
  return 1 / (1 + attentionShare * slowdown);
}

// Source: Korthikanti et al. 2022 / PaLM App. B: recomputation costs hardware FLOPs that MFU does not count.
export function recomputeEfficiency(recompute: Recompute): number {
  if (recompute === "full") return 1 / FULL_RECOMPUTE_FLOPS_FACTOR;
  if (recompute === "selective") return 1 / SELECTIVE_RECOMPUTE_FLOPS_FACTOR;
  return 1;
}

// Source: Llama 3 (Dubey et al. 2024 §3.3.4) interruption rate; goodput = 1 / (1 + λ·hours lost), λ per hour.
export function trainingGoodput(gpus: number): number {
  return 1 / (1 + (Math.max(0, gpus) * HOURS_LOST_PER_INTERRUPTION) / GPU_HOURS_PER_INTERRUPTION);
}

// Source: Patarasuk & Yuan 2009 (ring all-reduce: each GPU sends 2(n − 1)/n of the message) and ZeRO
// (Rajbhandari et al. 2020 §7): stages 0-2 move 2Ψ per step (reduce-scatter + all-gather); stage 3
// only reduce-scatters the gradients, Ψ, and gathers the parameters separately (zeroGatherBytes).
export function gradientReduceBytes(dp: {
  params: number;
  ranks: number;
  zeroStage: ZeroStage;
}): number {
  const n = dp.ranks;
  if (!(n > 1)) return 0;
  const message = GRADIENT_COMM_BYTES_PER_PARAM * dp.params;
  return ((dp.zeroStage >= 3 ? 1 : 2) * (n - 1) * message) / n;
}

// Source: ZeRO (Rajbhandari et al. 2020 §7.2): stage 3 all-gathers the parameters before the forward
// and again before the backward pass, Ψ each, so with the gradients' Ψ a step moves 3Ψ: 1.5x plain data
// parallelism. DeepSpeed frees gathered parameters after use, so with gradient accumulation every
// micro-batch gathers them again: 2Ψ per micro-batch.
export function zeroGatherBytes(dp: {
  params: number;
  ranks: number;
  zeroStage: ZeroStage;
  microbatches: number;
}): number {
  const n = dp.ranks;
  if (dp.zeroStage < 3 || !(n > 1)) return 0;
  const message = GRADIENT_COMM_BYTES_PER_PARAM * dp.params;
  return (2 * Math.max(1, dp.microbatches) * (n - 1) * message) / n;
}

// Source: Narayanan et al. 2021 §2.2 and §4.1: each micro-batch crosses every stage boundary once
// forward (activations, s·b·h values) and once backward (their gradients); the scatter/gather
// optimisation sends 1/t of it per tensor-parallel rank; an interleaved schedule with v chunks per GPU
// crosses v times as many boundaries, so it multiplies this traffic by v.
export function pipelineP2pBytes(pipe: {
  seqLen: number;
  microbatchSequences: number;
  dModel: number;
  tensorParallel: number;
  stages: number;
  chunks: number;
  microbatches: number;
}): number {
  if (!(pipe.stages > 1)) return 0;
  const message =
    (ACTIVATION_COMM_BYTES_PER_VALUE * pipe.seqLen * pipe.microbatchSequences * pipe.dModel) /
    Math.max(1, pipe.tensorParallel);
  return 2 * message * Math.max(1, pipe.chunks) * Math.max(1, pipe.microbatches);
}

// Source: GShard (Lepikhin et al. 2021) and Switch (Fedus et al. 2022): each MoE layer sends every
// token's d_model vector to its k experts and back, forward and backward (4 all-to-alls); with the
// experts spread over e GPUs a share (e − 1)/e of it leaves the GPU. Each tensor-parallel rank sends
// its 1/t of the micro-batch's tokens (Megatron-style sequence-parallel dispatch).
export function moeAllToAllBytes(moe: {
  seqLen: number;
  microbatchSequences: number;
  dModel: number;
  tensorParallel: number;
  topK: number;
  expertParallel: number;
  layersPerGpu: number;
  microbatches: number;
}): number {
  const e = moe.expertParallel;
  if (!(e > 1)) return 0;
  const tokens = (moe.seqLen * moe.microbatchSequences) / Math.max(1, moe.tensorParallel);
  const perLayer =
    (MOE_ALL_TO_ALLS_PER_LAYER *
      moe.topK *
      tokens *
      moe.dModel *
      ACTIVATION_COMM_BYTES_PER_VALUE *
      (e - 1)) /
    e;
  return perLayer * moe.layersPerGpu * Math.max(1, moe.microbatches);
}

// Source: Li et al. 2020 (PyTorch DDP): the gradient reduce overlaps the backward pass; under gradient
// accumulation only the last micro-batch's backward (2/3 of its compute, Kaplan §2.1) and the
// pipeline's cool-down (half of the bubble) are left to hide it.
export function gradientReduceWindowSeconds(step: {
  busySeconds: number;
  bubbleSeconds: number;
  microbatches: number;
}): number {
  return (
    (BACKWARD_SHARE_OF_COMPUTE * step.busySeconds) / Math.max(1, step.microbatches) +
    BUBBLE_SHARE_FOR_GRADIENT_REDUCE * step.bubbleSeconds
  );
}
