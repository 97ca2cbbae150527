import { describe, expect, it } from "vitest";
import { decodeRun, encodeRun } from "../../src/persist/code";
import { dataScreen } from "../../src/screens/data/screen";
import { designerScreen, withAttention, withHeads } from "../../src/screens/designer/screen";
import { fleetScreen } from "../../src/screens/fleet/screen";
import { fleetSetup, researchPages } from "../../src/screens/fleet/view";
import {
  commitPlan,
  planLabel,
  SCREEN_LIST,
  SCREEN_MODULES,
  type ScreenPlan,
  type ScreenRegistry,
  unchangedPlan,
} from "../../src/screens/registry";
import { newWorld, SEED_PLANS } from "../../src/sim";
import { SCREENS } from "../../src/story/protocol";

describe("the screen registry", () => {
  it("has one module per screen the story can open, each with its own scene, tag and title", () => {
    expect(SCREEN_LIST.map((m) => m.name)).toEqual([...SCREENS]);
    for (const key of ["sceneKey", "title"] as const) {
      expect(new Set(SCREEN_LIST.map((m) => m[key])).size).toBe(SCREENS.length);
    }
    expect(new Set(SCREEN_LIST.map((m) => m.code.tag)).size).toBe(SCREENS.length);
    // The tags are fixed forever: codes made by earlier builds must decode the same.
    expect(SCREEN_LIST.map((m) => m.code.tag)).toEqual(["f", "d", "m", "s"]);
  });

  it("does not compile without a module for every screen", () => {
    const complete: ScreenRegistry = { ...SCREEN_MODULES };
    // @ts-expect-error the Serving Lab is missing
    const missing: ScreenRegistry = {
      fleet: fleetScreen,
      designer: designerScreen,
      data: dataScreen,
    };
    // @ts-expect-error the Fleet's module under the Serving Lab's name
    const misnamed: ScreenRegistry = { ...SCREEN_MODULES, serving: fleetScreen };
    expect(misnamed.serving.name).toBe("fleet");
    expect(Object.keys(complete)).toEqual([...SCREENS]);
    expect(Object.keys(missing)).toHaveLength(3);
    expect(Object.keys(SCREEN_MODULES)).toHaveLength(4);
  });

  it("names the source's GPT-4 design on the timeline as its rumoured shape", () => {
    const plan: ScreenPlan = { screen: "designer", training: SEED_PLANS.gpt4Training };
    // SOURCE.md: GPT-4 as 16 experts over 120 layers.
    expect(planLabel(plan)).toBe("Model: GPT-4, MoE 16 experts, 120 layers");
    expect(
      planLabel({
        screen: "fleet",
        allocation: { training: 6_000, serving: 3_600, research: 400 },
      }),
    ).toBe("Fleet: 6,000 train · 3,600 serve · 400 research");
  });

  it("commits the Data Mix into the training plan and leaves the rest of the design alone", () => {
    const world = newWorld(3);
    const data = SEED_PLANS.gpt3Data;
    const after = commitPlan(world, { screen: "data", data });
    expect(after.plans.training.data).toEqual(data);
    expect(after.plans.training.layers).toBe(world.plans.training.layers);
  });

  it("round-trips every screen's unchanged plan through a share code", () => {
    const world = newWorld(5);
    const decisions = SCREENS.map((screen) => ({
      kind: "commit" as const,
      plan: unchangedPlan(screen, world),
    }));
    const decoded = decodeRun(encodeRun({ seed: 5, build: "b", decisions }));
    expect(decoded.ok && decoded.value.decisions).toEqual(decisions);
  });
});

describe("screen rules live in the screens' modules, not their scenes", () => {
  it("caps research at a quarter of the fleet, in whole slider steps", () => {
    const setup = fleetSetup(newWorld(1));
    // 10,000 A100s in September 2021 (SOURCE.md): a quarter is 2,500, in steps of 40 GPUs 2,480.
    expect(setup.totalGpus).toBe(10_000);
    expect(setup.researchMax).toBe(2_480);
  });

  it("keeps KV groups within the heads and sets MQA and GQA's groups", () => {
    const plan = structuredClone(SEED_PLANS.gpt3Training);
    withHeads(plan, 64);
    expect(plan.gqaGroups).toBe(64);
    withAttention(plan, "gqa");
    expect(plan.gqaGroups).toBe(8);
    withAttention(plan, "mqa");
    expect(plan.gqaGroups).toBe(1);
  });
});

describe("the Fleet's research panel holds any number of projects", () => {
  // Landscape: the panel's body is 448 px tall; a project takes a 40 px toggle, a 4 px gap and
  // its 30 px note (74 px); the pager takes a 40 px row and 8 px above it.
  it("keeps today's six projects on one page, with no pager", () => {
    expect(researchPages(6, 74, 448, 48)).toEqual([{ start: 0, end: 6 }]);
  });

  it("pages a seventh project instead of drawing it past the panel", () => {
    // (448 - 48) / 74 = 5.4: five a page once the pager takes its row.
    expect(researchPages(7, 74, 448, 48)).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 7 },
    ]);
    expect(researchPages(11, 74, 448, 48).map((p) => p.end - p.start)).toEqual([5, 5, 1]);
  });
});
