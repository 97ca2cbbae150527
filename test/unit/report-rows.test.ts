import { describe, expect, it } from "vitest";
import { type HeadlineNumbers, numberRows } from "../../src/game/report";

const base: HeadlineNumbers = {
  capability: 74.9,
  usdPerMillionTokens: 1.85,
  launchUsdPerMillionTokens: 18.5,
  costRatioVsLaunch: 10,
  demandServedShare: 0.9,
  perceivedQuality: 0.97,
  licenceRisk: 0.3,
  moneyUsd: 10.6e9,
  spentUsd: 650e6,
  trainingDays: 95.5,
  trainingCostUsd: 57.2e6,
};

const row = (n: HeadlineNumbers, key: string) => numberRows(n).find((r) => r.key === key)?.value;

describe("the card's numbers", () => {
  it("show GPT-4's training bill, not the money every run ends with", () => {
    expect(numberRows(base).map((r) => r.key)).not.toContain("money");
    expect(row(base, "bill")).toBe("$57.2M");
    expect(row(base, "days")).toBe("96 days");
  });

  it("say there was no GPT-4 run instead of printing $0.00 and 0 days", () => {
    const none = { ...base, trainingDays: 0, trainingCostUsd: 0 };
    expect(row(none, "bill")).toBe("no GPT-4 run");
    expect(row(none, "days")).toBe("no GPT-4 run");
    const cost = numberRows({ ...none, costRatioVsLaunch: 0 }).find((r) => r.key === "cost");
    expect(cost?.detail).toBe("yardstick $18.5 · 10x goal $1.85 · no GPT-4 served");
  });

  it("a run kept before the bill was on the card shows a dash for it", () => {
    const old: HeadlineNumbers = { ...base };
    delete old.trainingCostUsd;
    expect(row(old, "bill")).toBe("—");
  });
});
