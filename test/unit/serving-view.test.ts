import { describe, expect, it } from "vitest";
import { designView } from "../../src/screens/designer/view";
import { costOverThreshold, explainServing, servingView } from "../../src/screens/serving/view";
import {
  advanceTo,
  alignmentQualityFactor,
  applyEvent,
  commitPlanChanges,
  newWorld,
  SEED_PLANS,
  UNALIGNED_QUALITY_PENALTY,
} from "../../src/sim";

/** GPT-4 trained, its alignment just begun (no training GPUs since): quality pays for it. */
function unalignedWorld() {
  let w = applyEvent(newWorld(5), "microsoft_deal");
  w = commitPlanChanges(w, {
    trainingPlan: SEED_PLANS.gpt4Training,
    allocation: { training: 24_960, serving: 4_540, research: 500 },
  });
  w = applyEvent(w, "gpt4_start");
  w = advanceTo(w, "2022-01");
  // Everything to serving: the jobs queued at the end of pre-training get no GPUs.
  w = commitPlanChanges(w, { allocation: { training: 0, serving: 29_500, research: 500 } });
  return advanceTo(w, "2022-03");
}

describe("the Serving Lab shows GPT-4 as the world evaluates it", () => {
  it("quality with unfinished alignment: the readout, its math and the chart agree", () => {
    const w = unalignedWorld();
    expect(w.models.gpt4).not.toBeNull();
    // No GPUs for alignment: the whole 15% penalty applies.
    expect(alignmentQualityFactor(w)).toBeCloseTo(1 - UNALIGNED_QUALITY_PENALTY, 9);
    const plan = w.plans.gpt4Serving;
    const shown = servingView(w, plan, "gpt4").ev.quality;
    // The launch plan: MQA (1.5%) and exact drafting, fp16: 0.985 · 0.85.
    expect(shown).toBeCloseTo(0.985 * 0.85, 9);
    expect(explainServing(w, plan, "quality", "gpt4")?.value).toBeCloseTo(shown, 12);
    const atTau = costOverThreshold(w, plan, "gpt4").quality.find((p) => p.x === 0);
    expect(atTau?.y).toBeCloseTo(shown, 12);
  });
});

describe("screens that agree", () => {
  it("with drafting off the threshold chart is empty and says why, instead of drafting anyway", () => {
    const w = unalignedWorld();
    const plan = {
      ...w.plans.gpt4Serving,
      speculative: { ...w.plans.gpt4Serving.speculative, enabled: false },
    };
    const sweep = costOverThreshold(w, plan, "gpt4");
    expect(sweep.cost).toEqual([]);
    expect(sweep.empty).toMatch(/Drafting is off/);
    // With drafting on, every point is a drafted cost and the plan's own τ sits on the curve.
    const on = costOverThreshold(w, w.plans.gpt4Serving, "gpt4");
    const here = on.cost.find((p) => p.x === w.plans.gpt4Serving.speculative.threshold);
    expect(here?.y).toBeCloseTo(
      servingView(w, w.plans.gpt4Serving, "gpt4").ev.usdPerMillionTokens,
      9,
    );
  });

  it("the Designer prices GPT-3.5's design with GPT-3.5's serving plan, as the Serving Lab does", () => {
    const w = newWorld(5);
    const design = designView(w, SEED_PLANS.gpt35Training);
    expect(design.servedAs).toBe("gpt35");
    const lab = servingView(w, w.plans.gpt35Serving, "gpt35").ev;
    // Same model shape, same plan, same GPU type: the same cost per million tokens.
    expect(design.serving.usdPerMillionTokens).toBeCloseTo(lab.usdPerMillionTokens, 9);
  });
});
