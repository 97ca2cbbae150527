import { describe, expect, it } from "vitest";
import {
  BESIROGLU_2024,
  chinchillaLoss,
  computeOptimal,
  dataConstrainedLoss,
  denseParams,
  effectiveTokens,
  expectedExpertsRead,
  flopsToPetaflopDays,
  forwardFlopsPerToken,
  GPUS,
  HOFFMANN_2022,
  HOFFMANN_2022_TEX,
  kvCacheBytes,
  modelStateBytes,
  moeEffectiveParams,
  moeParams,
  moeSplitFromTotals,
  pipelineBubble,
  ridgePointFlopsPerByte,
  speculativeDecoding,
  trainingDays,
  trainingFlops,
  weightBytes,
} from "../../src/sim/index";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("FORMULAS.md open checks", () => {
  it("GPT-4 rumour: 1,831B total, 277B active, 5.54e11 FLOP per token (FORMULAS §6)", () => {
    const m = moeParams({ experts: 16, expertParams: 111e9, sharedParams: 55e9, topK: 2 });
    expect(m.total).toBe(1831e9);
    expect(m.active).toBe(277e9);
    expect(forwardFlopsPerToken(m.active)).toBeCloseTo(5.54e11, -8);
  });

  it("GPT-4 training 6·280e9·13e12 = 2.18e25, within 2% of the rumoured 2.15e25 (FORMULAS §6)", () => {
    const c = trainingFlops(280e9, 13e12);
    expect(rel(c, 2.184e25)).toBeLessThan(1e-3);
    expect(rel(c, 2.15e25)).toBeLessThan(0.02);
    expect(rel(trainingFlops(277e9, 13e12), 2.15e25)).toBeLessThan(0.02);
  });

  it("Chinchilla loss at N = 70e9, D = 1.4e12 with the rounded constants is 1.9366 (Hoffmann 2022 Eq. 10)", () => {
    expect(chinchillaLoss(70e9, 1.4e12, HOFFMANN_2022)).toBeCloseTo(1.9366, 4);
    expect(chinchillaLoss(70e9, 1.4e12, HOFFMANN_2022_TEX)).toBeCloseTo(1.9208, 3);
    expect(chinchillaLoss(70e9, 1.4e12, BESIROGLU_2024)).toBeCloseTo(1.9739, 3);
  });

  it("Chinchilla Table 3: 1T parameters on 21.2T tokens is 1.27e26 FLOP by 6ND", () => {
    expect(rel(trainingFlops(1e12, 21.2e12), 1.272e26)).toBeLessThan(1e-3);
    expect(rel(trainingFlops(175e9, 3.7e12), 3.85e24)).toBeLessThan(0.02);
    expect(rel(trainingFlops(520e9, 11e12), 3.43e25)).toBeLessThan(0.01);
  });

  it("datablations: 4 epochs (R_D = 3) give D' = 3.7257·U (Muennighoff 2023)", () => {
    expect(effectiveTokens({ uniqueTokens: 1, epochs: 4 })).toBeCloseTo(3.7257, 4);
    expect(effectiveTokens({ uniqueTokens: 1, epochs: 2 })).toBeCloseTo(1.968, 3);
    expect(effectiveTokens({ uniqueTokens: 1, epochs: 16 })).toBeCloseTo(10.58, 2);
    expect(effectiveTokens({ uniqueTokens: 1, epochs: 1e6 })).toBeCloseTo(16.388, 2);
  });

  it("datablations README reference values reproduce exactly (P-MUEN)", () => {
    expect(dataConstrainedLoss({ params: 6.34e9, tokens: 242e9, uniqueTokens: 25e9 })).toBeCloseTo(
      2.2256440889984477,
      12,
    );
    expect(dataConstrainedLoss({ params: 8.67e9, tokens: 178e9, uniqueTokens: 25e9 })).toBeCloseTo(
      2.2269634075087867,
      12,
    );
  });

  it("weights of a 70e9 model: 140 / 70 / 35 GB at fp16 / int8 / int4 (FORMULAS §11)", () => {
    expect(weightBytes(70e9, "fp16")).toBe(140e9);
    expect(weightBytes(70e9, "bf16")).toBe(140e9);
    expect(weightBytes(70e9, "int8")).toBe(70e9);
    expect(weightBytes(70e9, "int4")).toBe(35e9);
    expect(weightBytes(1831e9, "fp16")).toBeCloseTo(3.662e12, -9);
  });
});

describe("published figures", () => {
  it("GPT-3 175B: 12·96·12288² + V·d = 174.6B (Brown et al. 2020 Table 2.1, D.1)", () => {
    const n = denseParams({ layers: 96, dModel: 12288, vocab: 50257 });
    expect(rel(n, 174.57e9)).toBeLessThan(5e-4);
    expect(rel(n + 2048 * 12288, 174.59e9)).toBeLessThan(5e-4);
  });

  it("GPT-3 compute: 6·174.6e9·300e9 = 3.14e23 FLOP = 3,640 PF-days (Table D.1)", () => {
    const c = trainingFlops(174.6e9, 300e9);
    expect(rel(c, 3.14e23)).toBeLessThan(0.01);
    expect(rel(flopsToPetaflopDays(c), 3640)).toBeLessThan(0.01);
  });

  it("Chinchilla's own run: 6·70e9·1.4e12 = 5.88e23, near Gopher's 5.76e23 budget", () => {
    expect(rel(trainingFlops(70e9, 1.4e12), 5.88e23)).toBeLessThan(1e-3);
  });

  it("compute-optimal allocations match FORMULAS §3's table", () => {
    const h = computeOptimal(5.76e23, HOFFMANN_2022);
    expect(rel(h.params, 32.2e9)).toBeLessThan(0.01);
    expect(rel(h.tokens, 2.98e12)).toBeLessThan(0.01);
    const b = computeOptimal(5.76e23, BESIROGLU_2024);
    expect(rel(b.params, 72.3e9)).toBeLessThan(0.01);
    expect(b.tokens / b.params).toBeCloseTo(18.4, 0);
    const g4 = computeOptimal(2.15e25, BESIROGLU_2024);
    expect(rel(g4.params, 462e9)).toBeLessThan(0.01);
    expect(6 * h.params * h.tokens).toBeCloseTo(5.76e23, -20);
  });

  it("wall-clock: 2.15e25 on 25,000 A100s is 99.7 / 93.8 / 88.6 days at 32 / 34 / 36% MFU (FORMULAS §6)", () => {
    const d = (mfu: number) => trainingDays({ flops: 2.15e25, gpus: 25000, gpu: "A100", mfu });
    expect(d(0.32)).toBeCloseTo(99.7, 1);
    expect(d(0.34)).toBeCloseTo(93.8, 1);
    expect(d(0.36)).toBeCloseTo(88.6, 1);
  });

  it("ZeRO paper: 7.5B model, 120 GB of states; 31.4 / 16.6 / 1.875 GB at N_d = 64 (Rajbhandari 2020)", () => {
    const p = 7.5e9;
    expect(modelStateBytes({ params: p, dataParallel: 64, zeroStage: 0 })).toBe(120e9);
    expect(modelStateBytes({ params: p, dataParallel: 64, zeroStage: 1 }) / 1e9).toBeCloseTo(
      31.4,
      1,
    );
    expect(modelStateBytes({ params: p, dataParallel: 64, zeroStage: 2 }) / 1e9).toBeCloseTo(
      16.6,
      1,
    );
    expect(modelStateBytes({ params: p, dataParallel: 64, zeroStage: 3 }) / 1e9).toBeCloseTo(
      1.875,
      3,
    );
    expect(modelStateBytes({ params: 1831e9, dataParallel: 1, zeroStage: 0 }) / 1e12).toBeCloseTo(
      29.3,
      1,
    );
  });

  it("pipeline bubble (p−1)/(m+p−1) (Narayanan 2021)", () => {
    expect(pipelineBubble({ stages: 1, microbatches: 8 })).toBe(0);
    expect(pipelineBubble({ stages: 4, microbatches: 12 })).toBeCloseTo(3 / 15, 12);
    expect(pipelineBubble({ stages: 15, microbatches: 35 })).toBeCloseTo(14 / 49, 12);
  });

  it("KV cache of Llama-2-70B: 320 KiB per token, 1.34 GB at 4k, 10.74 GB as MHA, 0.168 GB as MQA (FORMULAS §8)", () => {
    const kv = (kvHeads: number, seqLen: number, batch = 1) =>
      kvCacheBytes({ layers: 80, kvHeads, headDim: 128, bytesPerValue: 2, seqLen, batch });
    expect(kv(8, 1)).toBe(327_680);
    expect(kv(8, 4096)).toBe(1_342_177_280);
    expect(kv(8, 4096, 32) / 1e9).toBeCloseTo(42.9, 1);
    expect(kv(64, 4096) / 1e9).toBeCloseTo(10.74, 2);
    expect(kv(1, 4096) / 1e9).toBeCloseTo(0.168, 3);
  });

  it("ridge points: A100 153, H100 295 FLOP/byte (FORMULAS §8)", () => {
    expect(Math.round(ridgePointFlopsPerByte("A100"))).toBe(153);
    expect(Math.round(ridgePointFlopsPerByte("H100"))).toBe(295);
  });

  it("decode bound: Llama-2-70B fp16 on 2x H100 is 20.6 ms/token (FORMULAS §8)", () => {
    const seconds = weightBytes(68.98e9, "fp16") / (2 * GPUS.H100.hbmBytesPerSecond);
    expect(seconds * 1000).toBeCloseTo(20.6, 1);
  });

  it("speculative decoding: α = 0.75, γ = 7 gives 3.5995 tokens per call; c ≈ 0.0084 gives 3.4x (Leviathan 2023 Table 2)", () => {
    const s = speculativeDecoding({ acceptance: 0.75, draftTokens: 7, costRatio: 0.0084 });
    expect(s.expectedTokens).toBeCloseTo(3.5995, 4);
    expect(s.speedup).toBeCloseTo(3.4, 1);
  });

  it("MoE splits: Mixtral P_e = 5.633B, P_s = 1.633B; GLaM P_e = 17.80B, P_s = 61.0B (FORMULAS §5)", () => {
    const mix = moeSplitFromTotals({ total: 46.7e9, active: 12.9e9, experts: 8, topK: 2 });
    expect(mix.expertParams / 1e9).toBeCloseTo(5.633, 3);
    expect(mix.sharedParams / 1e9).toBeCloseTo(1.633, 2);
    const glam = moeSplitFromTotals({ total: 1.2e12, active: 96.6e9, experts: 64, topK: 2 });
    expect(glam.expertParams / 1e9).toBeCloseTo(17.8, 1);
    expect(glam.sharedParams / 1e9).toBeCloseTo(61.0, 0);
  });

  it("MoE effective size lands the data points in the 1.8-5x band; GLaM ≳ GPT-3 175B (FORMULAS §5)", () => {
    const glam = moeEffectiveParams({ active: 96.6e9, total: 1.2e12 });
    const mixtral = moeEffectiveParams({ active: 12.9e9, total: 46.7e9 });
    const gpt4 = moeEffectiveParams({ active: 277e9, total: 1831e9 });
    for (const [n, active] of [
      [glam, 96.6e9],
      [mixtral, 12.9e9],
      [gpt4, 277e9],
    ] as const) {
      expect(n / active).toBeGreaterThanOrEqual(1.8);
      expect(n / active).toBeLessThanOrEqual(5);
    }
    expect(glam).toBeGreaterThan(175e9);
    expect(moeEffectiveParams({ active: 10e9, total: 10e9 })).toBeCloseTo(10e9, -1);
  });

  it("expected experts read: 2 at batch 1 (top-2), nearly all 16 at batch 128", () => {
    expect(expectedExpertsRead({ experts: 16, topK: 2, batch: 1 })).toBeCloseTo(2, 10);
    expect(expectedExpertsRead({ experts: 16, topK: 2, batch: 128 })).toBeGreaterThan(15.99);
  });
});
