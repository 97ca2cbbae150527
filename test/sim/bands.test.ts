import { describe, expect, it } from "vitest";
import { trainingFitMessage } from "../../src/explain";
import {
  evaluateTrainingPlan,
  monthIndexOf,
  PUBLISHED_MONTH_INDEX,
  proseBand,
  SEED_PLANS,
  VERDICT_THRESHOLDS,
} from "../../src/sim";

describe("prose bands: the story's words for a number, with the lines in the sim", () => {
  it("the starved band ends exactly at the melted-fleet line", () => {
    const line = VERDICT_THRESHOLDS.meltedServedShare;
    expect(proseBand("demandServed", line - 0.001)).toBe(0);
    expect(proseBand("demandServed", line)).toBe(1);
    expect(proseBand("demandServed", 1)).toBe(5);
  });

  it("the seed's mix (shadow books and Sci-Hub, risk 0.648) is a lot of red; all web is low", () => {
    expect(proseBand("licenceRisk", 0.648)).toBe(2);
    expect(proseBand("licenceRisk", 0.05)).toBe(0);
  });

  it("40% code is Codex's lesson taken seriously, 55% is more code than English", () => {
    expect(proseBand("codeShare", 0.4)).toBe(2);
    expect(proseBand("codeShare", 0.55)).toBe(3);
    expect(proseBand("codeShare", 0.05)).toBe(0);
  });
});

describe("techniques exist from the month they are published", () => {
  it("FlashAttention from May 2022 and GQA from May 2023, with the paper named", () => {
    const p = PUBLISHED_MONTH_INDEX;
    expect(monthIndexOf(p.flashAttention.month)).toBe(p.flashAttention.index);
    expect(monthIndexOf(p.gqa.month)).toBe(p.gqa.index);
    const plan = { ...SEED_PLANS.gpt35Training, flashAttention: true };
    const pool = { gpu: "A100" as const, gpus: 8_000 };
    const dec2021 = { whisper: false, monthIndex: monthIndexOf("2021-12") };
    const ev = evaluateTrainingPlan(plan, pool, dec2021);
    expect(ev.reason).toBe("not_published");
    expect(trainingFitMessage(plan, ev, dec2021)).toBe(
      "FlashAttention does not exist yet: Dao et al. publish it in May 2022.",
    );
    expect(
      evaluateTrainingPlan(plan, pool, { whisper: false, monthIndex: monthIndexOf("2022-07") })
        .reason,
    ).not.toBe("not_published");
    const gqa = { ...SEED_PLANS.gpt4Training, attention: "gqa" as const, gqaGroups: 8 };
    expect(
      evaluateTrainingPlan(gqa, pool, { whisper: true, monthIndex: monthIndexOf("2022-07") })
        .reason,
    ).toBe("not_published");
  });
});
