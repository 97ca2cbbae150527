/**
 * The card's picture (src/ui/Card.ts's fleet strip): the fleet split of every month played, as the
 * world recorded it (src/sim/world.ts's month history, src/game/report.ts's fleetMonths), drawn a
 * bar a month, as tall as that month's fleet against the largest, training at the bottom, then
 * serving, then research.
 */
import { describe, expect, it } from "vitest";
import { fleetMonths } from "../../src/game/report";
import { newWorld, stepMonth } from "../../src/sim";
import { fleetBars } from "../../src/ui/Card";

describe("the fleet the card draws", () => {
  it("is each month's split as played: the opening plan, a new one, one clamped to the fleet", () => {
    // The run opens with 10,000 A100s: 8,000 training, 1,500 serving the API, 500 on research.
    let world = stepMonth(newWorld(1));
    world = stepMonth(world, { allocation: { training: 5_000, serving: 4_000, research: 1_000 } });
    // Asking for 12,500 of 10,000 GPUs: training first, then serving, then research, get theirs.
    world = stepMonth(world, { allocation: { training: 9_000, serving: 3_000, research: 500 } });
    expect(fleetMonths(world.history)).toEqual([
      { month: "2021-09", trainingGpus: 8_000, servingGpus: 1_500, researchGpus: 500 },
      { month: "2021-10", trainingGpus: 5_000, servingGpus: 4_000, researchGpus: 1_000 },
      { month: "2021-11", trainingGpus: 9_000, servingGpus: 1_000, researchGpus: 0 },
    ]);
  });

  it("is a bar a month, to the largest month's scale, training at the bottom", () => {
    const fleet = [
      { month: "2021-09", trainingGpus: 600, servingGpus: 300, researchGpus: 100 },
      { month: "2021-10", trainingGpus: 1_000, servingGpus: 800, researchGpus: 200 },
      { month: "2021-11", trainingGpus: 0, servingGpus: 2_000, researchGpus: 0 },
    ];
    // 100 px for three bars with 2 px gaps: a step of floor(102 / 3) = 34 px, bars 32 px wide.
    // The largest month has 2,000 GPUs: 50 px. The first month's 1,000 stand 25 px tall:
    // training 15 px from the bottom (y 35 to 50), serving 7.5 px, research 2.5 px.
    expect(fleetBars(fleet, { x: 10, y: 0, width: 100, height: 50 })).toEqual([
      { pool: "trainingGpus", x: 10, y: 35, width: 32, height: 15 },
      { pool: "servingGpus", x: 10, y: 27.5, width: 32, height: 7.5 },
      { pool: "researchGpus", x: 10, y: 25, width: 32, height: 2.5 },
      { pool: "trainingGpus", x: 44, y: 25, width: 32, height: 25 },
      { pool: "servingGpus", x: 44, y: 5, width: 32, height: 20 },
      { pool: "researchGpus", x: 44, y: 0, width: 32, height: 5 },
      // A pool with no GPUs draws nothing.
      { pool: "servingGpus", x: 78, y: 0, width: 32, height: 50 },
    ]);
  });

  it("is nothing for a run that played no month", () => {
    expect(fleetBars([], { x: 0, y: 0, width: 100, height: 50 })).toEqual([]);
  });
});
