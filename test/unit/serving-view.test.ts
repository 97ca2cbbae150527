import { describe, expect, it } from "vitest";
import { costOverThreshold, explainServing, servingView } from "../../src/game/screenModels";
import {
  advanceTo,
  alignmentQualityFactor,
  applyEvent,
  commitDecisions,
  newWorld,
  SEED_PLANS,
  UNALIGNED_QUALITY_PENALTY,
} from "../../src/sim";

/** GPT-4 trained, its alignment just begun (no training GPUs since): quality pays for it. */
function unalignedWorld() {
  let w = applyEvent(newWorld(5), "microsoft_deal");
  w = commitDecisions(w, {
    trainingPlan: SEED_PLANS.gpt4Training,
    allocation: { training: 24_960, serving: 4_540, research: 500 },
  });
  w = applyEvent(w, "gpt4_start");
  w = advanceTo(w, "2022-01");
  // Everything to serving: the jobs queued at the end of pre-training get no GPUs.
  w = commitDecisions(w, { allocation: { training: 0, serving: 29_500, research: 500 } });
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
