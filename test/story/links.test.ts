/**
 * Story-to-world links: a choice writes the world (`# decide:`), the matching screen opens on it,
 * and after the player changes the plan on the screen the prose reads the plan, not the vote.
 */

import { describe, expect, it } from "vitest";
import { Dice, STRATEGIES } from "../../src/game/autoplay";
import { GameSession } from "../../src/game/session";
import { sourceViews } from "../../src/screens/data/view";
import { commitPlan } from "../../src/screens/registry";
import {
  applyEvent,
  applyStoryDecision,
  commitPlanChanges,
  ENDPOINT_GPUS,
  evaluateDataPlan,
  formatReadout,
  modelParams,
  newWorld,
  readNumber,
  SEED_PLANS,
  STORY_DECISIONS,
  StoryDecisionError,
  sourceAvailableTokens,
  stepMonth,
  WAITLIST_32K_GPUS,
  type WorldState,
  worldUnlocks,
} from "../../src/sim";
import { playMany, storyJson, where } from "./play";

describe("every decision the story can send changes the world", () => {
  // For each decision and value: what it changes, checked on a world where it can act.
  const cases: [string, string, (before: WorldState, after: WorldState) => void][] = [
    ["take_source", "books_shadow", (_, w) => expect(w.story.taken).toContain("books_shadow")],
    [
      "refuse_source",
      "papers_scihub",
      (_, w) => expect(readNumber(w, "story.refused.papers_scihub")).toBe(1),
    ],
    ["ledger", "kept", (_, w) => expect(readNumber(w, "story.ledger")).toBe(1)],
    [
      "audio_rights",
      "defensible",
      (b, w) => {
        // Half the transcribed tokens exist when only defensible audio is taken (AUDIO_RIGHTS).
        const withWhisper = (x: WorldState) => ({ ...worldUnlocks(x), whisper: true });
        const tokens = (x: WorldState) =>
          sourceAvailableTokens("audio_transcribed", withWhisper(x));
        expect(tokens(w)).toBeCloseTo(tokens(b) / 2, -6);
      },
    ],
    ["context", "8k", (_, w) => expect(readNumber(w, "plan.training.context_tokens")).toBe(8192)],
    [
      "context",
      "2k",
      (_, w) =>
        expect(w.plans.training.context).toMatchObject({ finalTokens: 2048, finalShare: 1 }),
    ],
    [
      "model",
      "moe_smaller",
      (_, w) =>
        // The drawing board's plan (a running job keeps its own plan until it ends). Sizes come from
        // the shape: 8 · 8192² · 112 = 60.13B per expert, 112 · (2 · 8192 · 16384 + 2 · 8192 · 256)
        // + 100256 · 8192 = 31.36B shared.
        expect(modelParams(w.plans.training).total).toBeCloseTo(8 * 60.13e9 + 31.36e9, -9),
    ],
    ["model", "moe_more_experts", (_, w) => expect(w.plans.training.experts).toBe(32)],
    ["model", "dense_sized", (_, w) => expect(w.plans.training.architecture).toBe("dense")],
    [
      "attention",
      "mqa",
      (_, w) => expect(w.plans.training).toMatchObject({ attention: "mqa", gqaGroups: 1 }),
    ],
    ["flash_attention", "on", (_, w) => expect(w.plans.training.flashAttention).toBe(true)],
    [
      "speculative",
      "mild",
      (_, w) => expect(readNumber(w, "plan.gpt4_serving.threshold")).toBeCloseTo(0.1, 9),
    ],
    [
      "speculative",
      "exact",
      (_, w) =>
        expect(w.plans.gpt4Serving.speculative).toMatchObject({ enabled: true, threshold: 0 }),
    ],
    ["gpt4_precision", "fp16", (_, w) => expect(w.plans.gpt4Serving.precision).toBe("fp16")],
    [
      "data_mix",
      "two_big_epochs",
      (_, w) => {
        // Text twice and code four times: 2 x (3.3 + 0.05 + 0.3 + 0.03 + 0.27) + 4 x 1.3 = 13.1T.
        expect(readNumber(w, "plan.data.seen_tokens")).toBeCloseTo(13.1e12, -9);
      },
    ],
    [
      "research_to_serving",
      "all",
      (b, w) => {
        expect(w.allocation.research).toBe(0);
        expect(w.allocation.serving).toBe(b.allocation.serving + b.allocation.research);
      },
    ],
    [
      "endpoint_gpus",
      "research",
      (b, w) => expect(w.allocation.research).toBe(b.allocation.research - ENDPOINT_GPUS),
    ],
    [
      "waitlist_32k",
      "on",
      (b, w) => expect(b.allocation.serving - w.allocation.serving).toBe(WAITLIST_32K_GPUS),
    ],
    [
      "learned",
      "quantisation",
      (_, w) => expect(readNumber(w, "research.quantisation.done")).toBe(1),
    ],
    [
      "fleet_split",
      "serve_demand",
      (_, w) => expect(readNumber(w, "world.demand_served_share")).toBeGreaterThanOrEqual(0.98),
    ],
    [
      "run_setback",
      "one_day",
      (b, w) => {
        const done = (x: WorldState) => x.run?.flopsDone ?? 0;
        expect(done(b) - done(w)).toBeCloseTo((1 / 93.2) * (b.run?.flopsTotal ?? 0), -23);
      },
    ],
    [
      "run_setback",
      "four_days",
      (b, w) => {
        // Four days at the run's own rate: 4 / 93 of the seed GPT-4's work.
        const done = (x: WorldState) => x.run?.flopsDone ?? 0;
        expect(done(b) - done(w)).toBeCloseTo((4 / 93.2) * (b.run?.flopsTotal ?? 0), -23);
      },
    ],
    [
      "h100s",
      "research",
      (b, w) => expect(w.allocation.research - b.allocation.research).toBe(w.fleet.h100),
    ],
  ];

  /** A world where every decision has something to act on: GPT-4 running, H100s in serving. */
  function busyWorld(): WorldState {
    let w = newWorld(9);
    w = applyEvent(w, "microsoft_deal");
    w = commitPlanChanges(w, {
      trainingPlan: SEED_PLANS.gpt4Training,
      allocation: { training: 24_960, serving: 4_540, research: 500 },
    });
    w = applyEvent(w, "gpt4_start");
    w = stepMonth(w);
    w = applyEvent(w, "h100_arrival");
    return w;
  }

  it("covers every decision name the sim accepts", () => {
    expect([...new Set(cases.map((c) => c[0]))].sort()).toEqual(
      Object.keys(STORY_DECISIONS).sort(),
    );
  });

  for (const [name, value, check] of cases) {
    it(`${name} ${value}`, () => {
      const before = busyWorld();
      check(before, applyStoryDecision(before, name, value));
    });
  }
});

describe("story decisions written into the world", () => {
  it("refusing the shadow library locks it out of every later mix, and the Data Mix says since when", () => {
    let w = newWorld(1);
    w = applyStoryDecision(w, "take_source", "books_shadow");
    expect(readNumber(w, "plan.data.uses.books_shadow")).toBe(1);
    w = newWorld(1);
    w = applyStoryDecision(w, "refuse_source", "books_shadow");
    expect(readNumber(w, "plan.data.uses.books_shadow")).toBe(0);
    const view = sourceViews(w, w.plans.training.data).find((s) => s.id === "books_shadow");
    expect(view?.locked).toBe(true);
    expect(view?.lockNote).toBe("refused in September 2021");
    // A mix that asks for it anyway (an old link, a hand-made plan) reads none of it.
    const asked = evaluateDataPlan(SEED_PLANS.gpt4Data, worldUnlocks(w));
    const without = evaluateDataPlan(
      {
        sources: {
          ...SEED_PLANS.gpt4Data.sources,
          books_shadow: { uniqueTokens: 0, epochs: 0 },
        },
      },
      worldUnlocks(w),
    );
    expect(asked.seenTokens).toBe(without.seenTokens);
    expect(() => applyStoryDecision(w, "take_source", "books_shadow")).toThrow(StoryDecisionError);
  });

  it("the attention vote pre-sets the designer; the prose then reads the committed plan", () => {
    let w = newWorld(2);
    w = applyStoryDecision(w, "attention", "mha");
    expect(w.plans.training.attention).toBe("mha");
    expect(formatReadout(w, "plan.training.attention")).toBe("full multi-head attention");
    // The player changes it on the designer: the readout the prose uses follows the plan.
    w = commitPlan(w, {
      screen: "designer",
      training: { ...w.plans.training, attention: "mqa", gqaGroups: 1 },
    });
    expect(formatReadout(w, "plan.training.attention")).toBe("multi-query attention");
  });

  it("the whiteboard's model is the shape the designer opens on", () => {
    let w = newWorld(3);
    w = applyStoryDecision(w, "model", "moe_conservative");
    // 16 x 111B + 55B shared, top-2 (SOURCE.md §5).
    expect(readNumber(w, "plan.training.total_params")).toBeCloseTo(1831e9, -9);
    expect(readNumber(w, "plan.training.active_params")).toBeCloseTo(277e9, -9);
    w = applyStoryDecision(w, "model", "dense_giant");
    expect(readNumber(w, "plan.training.dense")).toBe(1);
  });

  it("speculative and precision votes pre-set GPT-4's serving plan", () => {
    let w = newWorld(4);
    w = applyStoryDecision(w, "speculative", "lenient");
    expect(w.plans.gpt4Serving.speculative).toMatchObject({ enabled: true, threshold: 0.2 });
    expect(formatReadout(w, "plan.gpt4_serving.threshold")).toBe("20%");
    w = applyStoryDecision(w, "speculative", "off");
    expect(readNumber(w, "plan.gpt4_serving.speculative")).toBe(0);
    w = applyStoryDecision(w, "gpt4_precision", "int8");
    expect(readNumber(w, "plan.gpt4_serving.quantised")).toBe(1);
  });

  it("an unknown decision or value is refused with a clear reason", () => {
    expect(() => applyStoryDecision(newWorld(1), "attention", "gqa")).toThrow(
      /takes one of mha, mqa, got "gqa"/,
    );
    expect(() => applyStoryDecision(newWorld(1), "vibes", "on")).toThrow(/unknown story decision/);
  });

  it("in the played story, a player who refuses the shadow library never sees it back", () => {
    const session = new GameSession(storyJson, 7);
    let beat = session.start();
    const dice = new Dice(7);
    for (let guard = 0; beat.pause.kind !== "ending" && guard < 2000; guard++) {
      if (beat.pause.kind === "page") beat = session.continue();
      else if (beat.pause.kind === "choice") {
        const licensed = beat.choices.find((c) => c.text.startsWith("Licensed books only"));
        beat = session.choose(licensed?.index ?? beat.choices[0]?.index ?? 0);
      } else {
        const screen = beat.pause.screen;
        if (screen === "data") {
          const view = sourceViews(session.world, session.world.plans.training.data);
          if (session.world.story.refused.length > 0) {
            expect(view.find((v) => v.id === "books_shadow")?.refused).toBe(true);
          }
        }
        beat = session.commit(STRATEGIES.untouched.plan(screen, session.world, dice));
      }
    }
    expect(beat.pause.kind).toBe("ending");
    const w = session.world;
    expect(w.story.refused.map((r) => r.id)).toContain("books_shadow");
    const trained = w.models.gpt4 ?? w.models.gpt35;
    expect(trained).not.toBeNull();
    for (const model of [w.models.gpt35, w.models.gpt4]) {
      if (!model) continue;
      const shelf = evaluateDataPlan(model.data, worldUnlocks(w)).seenTokens;
      const withoutShelf = evaluateDataPlan(
        { sources: { ...model.data.sources, books_shadow: { uniqueTokens: 0, epochs: 0 } } },
        worldUnlocks(w),
      ).seenTokens;
      expect(shelf).toBe(withoutShelf);
    }
  });

  it("every screen the story opens says what to do there, in the game's voice", () => {
    const runs = [...playMany("random", 500, 40), ...playMany("seed-plan", 500, 10)];
    const screens = new Set<string>();
    for (const r of runs) {
      for (const { screen, hint } of r.screenHints) {
        screens.add(screen);
        expect(hint, `${where(r)}: the ${screen} screen`).toMatch(/^[A-Z].{20,}[.]$/);
        // Instructions are the game's, not Andy's: no first person in a hint.
        expect(hint, where(r)).not.toMatch(/\b(I|me|my)\b/);
      }
    }
    expect([...screens].sort()).toEqual(["data", "designer", "fleet", "serving"]);
  });
});
