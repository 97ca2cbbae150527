import { describe, expect, it } from "vitest";
import { explainScalingCurves } from "../../src/explain";
import {
  CURVE_FLOPS_RANGE,
  CURVE_MOE,
  clonePlan,
  denseCurvePoint,
  evaluateTrainingPlan,
  freshDataLoss,
  logSweep,
  moeCurvePoint,
  SEED_PLANS,
  SOURCE_IDS,
  scalingCurves,
  type TrainingPlan,
  type Unlocks,
} from "../../src/sim/index";

// Expected values are worked by hand from the datablations fit (huggingface/datablations README):
// A = e^6.255414 = 520.4, B = e^7.3049974 = 1,487.6, E = e^0.6254804 = 1.86914, α = β = 0.3526596.
// With α = β, G = (A/B)^(1/(2α)) = e^(−1.0495834 · 1.417797) = 0.225802, so
// N = G·√(C/6) and D = √(C/6)/G: D/N = 1/G² = 19.61 tokens per parameter (Chinchilla: ~20).

const CHINCHILLA_FLOPS = 5.76e23; // Hoffmann et al. 2022: 70B parameters on 1.4T tokens
const tuned: Unlocks = { whisper: false, research: ["scaling_laws"] };

describe("dense compute-optimal curve", () => {
  it("at Chinchilla's 5.76e23 FLOPs the sim's fit allocates Chinchilla's 70B on 1.4T tokens", () => {
    // √(5.76e23 / 6) = √9.6e22 = 3.0984e11; N = 0.225802 · 3.0984e11 = 6.996e10, D = 1.3722e12.
    const p = denseCurvePoint(CHINCHILLA_FLOPS);
    expect(p.totalParams / 1e9).toBeCloseTo(69.96, 1);
    expect(p.activeParams).toBe(p.totalParams);
    expect(p.tokens / 1e12).toBeCloseTo(1.372, 2);
    expect(p.tokens / p.totalParams).toBeCloseTo(19.61, 1);
    // C = 6·N·D holds for the allocation.
    expect((6 * p.totalParams * p.tokens) / CHINCHILLA_FLOPS).toBeCloseTo(1, 9);
  });

  it("its loss there is E + 2 · 0.07801 = 2.0252 (at the optimum both terms are equal when α = β)", () => {
    // A/N^α = e^(6.255414 − 0.3526596 · ln 6.996e10) = e^(−2.55101) = 0.07801 = B/D^β.
    const p = denseCurvePoint(CHINCHILLA_FLOPS);
    expect(p.effectiveParams / p.totalParams).toBeCloseTo(1, 9); // N' = N: D feeds exactly N_opt(D)
    expect(p.loss).toBeCloseTo(2.0252, 3);
  });

  it("scaling-law research takes 3% off the reducible loss: 1.8691 + 0.97 · 0.15602 = 2.0205", () => {
    expect(denseCurvePoint(CHINCHILLA_FLOPS, tuned).loss).toBeCloseTo(2.0205, 3);
  });

  it("at 1e21 FLOPs (2.9B on 57B tokens) 2.348; at 1e26 (922B on 18T) 1.932", () => {
    const lo = denseCurvePoint(1e21);
    expect(lo.totalParams / 1e9).toBeCloseTo(2.915, 2);
    expect(lo.loss).toBeCloseTo(2.3477, 3);
    const hi = denseCurvePoint(1e26);
    expect(hi.totalParams / 1e9).toBeCloseTo(921.8, 0);
    expect(hi.tokens / 1e12).toBeCloseTo(18.08, 1);
    expect(hi.loss).toBeCloseTo(1.932, 3);
  });
});

describe("MoE curve (the source's 16 experts, top-2)", () => {
  it("spends the same compute: same active size and tokens, 6.61x the parameters in total", () => {
    const d = denseCurvePoint(CHINCHILLA_FLOPS);
    const m = moeCurvePoint(CHINCHILLA_FLOPS);
    expect(CURVE_MOE.experts).toBe(16);
    expect(CURVE_MOE.topK).toBe(2);
    expect(m.activeParams / d.totalParams).toBeCloseTo(1, 9);
    expect(m.tokens).toBe(d.tokens);
    // The seed's shape gives P_e = 8 · 10752² · 120 = 110.98B and P_s = 120 · (2 · 10752 · 20736 +
    // 2 · 10752 · 216) + 100256 · 10752 = 55.14B: (16 · 110.98 + 55.14) / (2 · 110.98 + 55.14) =
    // 1,830.8 / 277.1 = 6.607, the source's 1,831 / 277 = 6.610 within 0.05%.
    expect(m.totalParams / m.activeParams).toBeCloseTo(6.607, 3);
    expect(m.totalParams / m.activeParams).toBeCloseTo(1831 / 277, 2);
  });

  it("N_eff = √6.61 · N_active = 2.571x, and N' on 1.37T unique tokens 2.360x (R_N* = 5.31)", () => {
    // U_N = N_opt(D) = N_active; R_N = 1.571; N' = N(1 + 5.309743 · (1 − e^(−1.571/5.309743))).
    const m = moeCurvePoint(CHINCHILLA_FLOPS);
    expect(m.effectiveParams / m.activeParams).toBeCloseTo(2.3599, 3);
    // Loss: E + 0.07801 · 2.3599^(−0.35266) + 0.07801 = 2.0048.
    expect(m.loss).toBeCloseTo(2.0048, 3);
  });

  it("sits below the dense curve at every compute budget", () => {
    const { dense, moe } = scalingCurves();
    expect(dense).toHaveLength(21);
    expect(moe).toHaveLength(21);
    dense.forEach((d, i) => {
      const m = moe[i];
      expect(m?.flops).toBe(d.flops);
      expect(m?.loss ?? 0).toBeLessThan(d.loss);
      expect(m?.loss ?? 0).toBeGreaterThan(1.869); // never below the irreducible E
    });
  });
});

describe("the sweep", () => {
  it("is log-spaced from 1e21 to 1e26 (half a decade per two points at 21 points)", () => {
    const c = logSweep(CURVE_FLOPS_RANGE[0], CURVE_FLOPS_RANGE[1], 21);
    expect(c[0]).toBeCloseTo(1e21, -15);
    expect((c[2] ?? 0) / (c[0] ?? 1)).toBeCloseTo(10 ** 0.5, 9);
    expect((c[20] ?? 0) / 1e26).toBeCloseTo(1, 9);
  });

  it("loss falls as compute grows, on both curves", () => {
    const { dense, moe } = scalingCurves(tuned);
    for (const curve of [dense, moe]) {
      for (let i = 1; i < curve.length; i++) {
        expect(curve[i]?.loss ?? 0).toBeLessThan(curve[i - 1]?.loss ?? 0);
      }
    }
  });
});

/** A plan trained on `tokens` of the filtered web crawl (quality 1) seen once. */
function onFreshWeb(base: TrainingPlan, tokens: number): TrainingPlan {
  const p = clonePlan(base);
  for (const id of SOURCE_IDS) p.data.sources[id] = { uniqueTokens: 0, epochs: 0 };
  p.data.sources.web = { uniqueTokens: tokens, epochs: 1 };
  // The curves price no batch: they hold for a batch at or under the critical batch, where a token is
  // worth what the loss fit says. On 1.37T tokens GPT-4's loss is ~1.99, so B_crit = 1.5e9 / 1.99^(1/0.21)
  // ≈ 57M and the seed's 60M-token batch would cost 3% of the tokens; 16M is well under it.
  p.batch = { ...p.batch, finalTokens: Math.min(p.batch.finalTokens, 16e6) };
  return p;
}

describe("agrees with the Model Designer", () => {
  const pool = { gpu: "A100" as const, gpus: 0 };
  for (const unlocks of [undefined, tuned]) {
    const when = unlocks ? "with scaling-law research" : "without research";
    it(`the source's GPT-4 on 1.37T fresh web tokens: the same loss (${when})`, () => {
      const plan = onFreshWeb(SEED_PLANS.gpt4Training, 1.372e12);
      const ev = evaluateTrainingPlan(plan, pool, unlocks);
      const curve = freshDataLoss(
        { architecture: "moe", activeParams: ev.activeParams, totalParams: ev.totalParams },
        1.372e12,
        unlocks,
      );
      expect(curve.loss).toBeCloseTo(ev.loss, 10);
      expect(curve.effectiveParams).toBeCloseTo(ev.effectiveParams, -3);
    });

    it(`GPT-3 (dense 175B) on 300B fresh web tokens: the same loss (${when})`, () => {
      const plan = onFreshWeb(SEED_PLANS.gpt3Training, 300e9);
      const ev = evaluateTrainingPlan(plan, pool, unlocks);
      const curve = freshDataLoss(
        { architecture: "dense", activeParams: ev.activeParams, totalParams: ev.totalParams },
        300e9,
        unlocks,
      );
      expect(curve.loss).toBeCloseTo(ev.loss, 10);
    });
  }
});

describe("show the math", () => {
  it("names both models at the compute asked about and cites the sources", () => {
    const ex = explainScalingCurves(CHINCHILLA_FLOPS, tuned);
    expect(ex.label).toContain("5.76e23 FLOP");
    // Chinchilla's compute buys a dense 70B on 1.37T tokens; the research's 0.97 scales both losses.
    expect(ex.label).toContain("dense 70B on 1.37T");
    expect(ex.substituted).toMatch(/^L_dense = 1\.869 \+ 0\.97 · /);
    expect(ex.value).toBeCloseTo(moeCurvePoint(CHINCHILLA_FLOPS, tuned).loss, 12);
    expect(ex.source).toMatch(/Hoffmann et al\. 2022.*Muennighoff et al\. 2023/);
  });
});
