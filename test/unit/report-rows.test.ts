import { describe, expect, it } from "vitest";
import {
  compareNumbers,
  gameAddress,
  type HeadlineNumbers,
  modelSpec,
  numberRows,
  verdictLine,
} from "../../src/game/report";
import type { TrainedModel } from "../../src/sim";
import { TEN_X } from "./headline-numbers";

const base: HeadlineNumbers = TEN_X;

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

describe("two runs' numbers side by side (History)", () => {
  const verdicts = (a: HeadlineNumbers, b: HeadlineNumbers) =>
    Object.fromEntries(compareNumbers(a, b).map((r) => [r.key, r.better]));

  it("mark the run each number is better in: more capability, a lower price, sooner", () => {
    // B: capability 80.2 > 74.9, $1.20 < $1.85 a million tokens, 82% served < 90%, a $40M bill
    // under $57.2M and 70 days under 96; quality and licence risk read the same.
    const b = {
      ...base,
      capability: 80.2,
      usdPerMillionTokens: 1.2,
      costRatioVsLaunch: 15.4,
      demandServedShare: 0.82,
      trainingCostUsd: 40e6,
      trainingDays: 70,
    };
    expect(verdicts(base, b)).toEqual({
      capability: "b",
      cost: "b",
      served: "a",
      quality: "same",
      licence: "same",
      bill: "b",
      days: "b",
    });
    // Licence risk: less is better.
    expect(verdicts({ ...base, licenceRisk: 0.1 }, base).licence).toBe("a");
  });

  it("call two figures that read alike the same, even when the raw numbers differ", () => {
    // 74.91 and 74.94 both show as 74.9 / 100.
    expect(
      verdicts({ ...base, capability: 74.91 }, { ...base, capability: 74.94 }).capability,
    ).toBe("same");
  });

  it("do not judge a price, bill or days a run without GPT-4 does not have", () => {
    const none = { ...base, trainingDays: 0, trainingCostUsd: 0, costRatioVsLaunch: 0 };
    // Its price is another model's ($0.40 looks cheaper): no colour either way.
    const judged = verdicts({ ...none, usdPerMillionTokens: 0.4 }, base);
    expect(judged.cost).toBeNull();
    expect(judged.bill).toBeNull();
    expect(judged.days).toBeNull();
    expect(judged.capability).toBe("same");
  });
});

describe("the model on the card, in one line", () => {
  // The source's GPT-4: 1.83T parameters, 277B active, 13T tokens, ~25,000 A100s for ~95 days.
  const gpt4 = {
    architecture: "moe",
    totalParams: 1.83e12,
    activeParams: 277e9,
    seenTokens: 13e12,
    trainingDays: 95.5,
    // 25,000 GPUs around the clock for 95.5 days: 25,000 x 95.5 x 24 = 57.3M GPU-hours.
    gpuHours: 57.3e6,
  } as TrainedModel;

  it("says what was built: the experts, its size, the tokens it read, days on how many GPUs", () => {
    expect(modelSpec(gpt4)).toBe(
      "GPT-4: a mixture of experts, 1,830B (277B active) · 13T tokens · 96 days on 25,000 GPUs",
    );
    expect(modelSpec({ ...gpt4, architecture: "dense", totalParams: 175e9 })).toBe(
      "GPT-4: dense, 175B · 13T tokens · 96 days on 25,000 GPUs",
    );
  });

  it("has no line for a run without GPT-4, and leaves out tokens a model made before did not keep", () => {
    expect(modelSpec(null)).toBeNull();
    const { seenTokens: _unused, ...older } = gpt4;
    expect(modelSpec(older as TrainedModel)).toBe(
      "GPT-4: a mixture of experts, 1,830B (277B active) · 96 days on 25,000 GPUs",
    );
  });
});

describe("the card's verdict against the yardstick", () => {
  it("says how much cheaper than at launch, at what quality, with how much demand served", () => {
    // $18.50 at launch over $1.85 now: 10x cheaper; 97% quality; 90% of demand served.
    expect(verdictLine(base)).toBe("10x cheaper than at launch · 97% quality · 90% served");
    // $18.50 over $30.20: 1.63x dearer.
    expect(verdictLine({ ...base, costRatioVsLaunch: 18.5 / 30.2 })).toBe(
      "1.63x dearer than at launch · 97% quality · 90% served",
    );
  });

  it("gives no ratio for a run that served no GPT-4", () => {
    expect(verdictLine({ ...base, costRatioVsLaunch: 0, demandServedShare: 0.82 })).toBe(
      "no GPT-4 served · 82% of demand served",
    );
  });
});

describe("the game's address on the card", () => {
  it("is the run link's host and folder, without the scheme, the page's name or the run", () => {
    expect(gameAddress("https://example.com/gpt4/#run=1.abc")).toBe("example.com/gpt4/");
    expect(gameAddress("https://example.com/gpt4/index.html#run=1.abc")).toBe("example.com/gpt4/");
    expect(gameAddress("http://127.0.0.1:4317/#run=1.abc")).toBe("127.0.0.1:4317/");
    // Run links open on their ending's page; the card still names the game's folder.
    expect(gameAddress("https://example.com/gpt4/ending/turbo.html#run=1.abc")).toBe(
      "example.com/gpt4/",
    );
    expect(gameAddress("http://127.0.0.1:4317/ending/subpoena.html?lang=zh-CN#run=1.abc")).toBe(
      "127.0.0.1:4317/",
    );
    // A folder that merely ends in "ending" is the game's folder, not an ending page.
    expect(gameAddress("https://example.com/my-ending/#run=1.abc")).toBe("example.com/my-ending/");
    expect(gameAddress("not a link")).toBe("");
  });
});
