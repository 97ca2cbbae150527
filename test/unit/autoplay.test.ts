import { describe, expect, it } from "vitest";
import { carefulAllocation, Dice, listInkPaths, playRun } from "../../src/game/autoplay";
import { newWorldState } from "../../src/game/world";
import { previewAllocation } from "../../src/sim";
import storyJson from "../../story/main.ink";

describe("autoplay", () => {
  it("lists knots and stitches but not functions", () => {
    const source = [
      "=== chapter1 ===",
      "= first_day",
      "text",
      "= lunch",
      "=== function sim_num(key) ===",
      "~ return 0",
      "=== ending_turbo",
      "= epilogue",
    ].join("\n");
    expect(listInkPaths([source])).toEqual([
      "chapter1",
      "chapter1.first_day",
      "chapter1.lunch",
      "ending_turbo",
      "ending_turbo.epilogue",
    ]);
  });

  it("rolls the same dice for the same seed", () => {
    const a = new Dice(42);
    const b = new Dice(42);
    const rolls = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(rolls);
    expect(new Set(rolls).size).toBe(20);
  });

  it("plays the same run twice for the same seed and strategy", () => {
    const first = playRun(storyJson, 7, "random");
    const second = playRun(storyJson, 7, "random");
    expect(first.error).toBeNull();
    expect(second.text).toEqual(first.text);
    expect(second.score).toEqual(first.score);
    expect(playRun(storyJson, 8, "random").text).not.toEqual(first.text);
  });

  it("a careful fleet split serves nearly all demand with as many training GPUs as that allows", () => {
    const world = newWorldState(3);
    const split = carefulAllocation(world);
    expect(previewAllocation(world, split).demandServedShare).toBeGreaterThanOrEqual(0.98);
    const greedier = { ...split, training: split.training + 8, serving: split.serving - 8 };
    if (split.serving >= 8) {
      expect(previewAllocation(world, greedier).demandServedShare).toBeLessThan(0.98);
    }
  });
});
