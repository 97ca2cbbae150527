/**
 * The decisions that moved a run most (src/game/decisive.ts) and how the card words them
 * (decisionLines in src/game/report.ts). Most cases play the small story in
 * fixtures/decisive-story.ink, worked out by hand:
 *
 *   a fleet screen → [Ask about lunch | Ask about robotics] (nothing the sim reads) →
 *   [Give the research GPUs to serving (`research_to_serving all`) | Keep them in research] →
 *   a second fleet screen → six months of API demand (advance to 2022-03) → the melted fleet if
 *   under 60% of the demand was served, else busy.
 */
import { describe, expect, it } from "vitest";
import { playRun } from "../../src/game/autoplay";
import { decisiveDecisions, type Outcome, outcomeDistance } from "../../src/game/decisive";
import {
  decisionLines,
  type HeadlineNumbers,
  headlineNumbers,
  numberRows,
} from "../../src/game/report";
import { GameSession } from "../../src/game/session";
import { unchangedPlan } from "../../src/screens/registry";
import { type Allocation, scoreRun } from "../../src/sim";
import storyJson from "../../story/main.ink";
import story from "./fixtures/decisive-story.ink";
import { TEN_X } from "./headline-numbers";

/** Plays the fixture: the first fleet split, a lunch or robotics question, the research vote. */
function played(split: Allocation, research: "give" | "keep" = "give"): GameSession {
  const s = new GameSession(story, 7);
  s.start();
  s.commit({ screen: "fleet", allocation: split, research: [] });
  s.choose(0);
  s.choose(research === "give" ? 0 : 1);
  s.toNextPause();
  // The second fleet screen, committed exactly as it opens: no edit, nothing to weigh.
  s.commit(unchangedPlan("fleet", s.world));
  s.toNextPause();
  return s;
}

const ending = (s: GameSession) => (s.beat.pause.kind === "ending" ? s.beat.pause.ending : "");
const linesOf = (s: GameSession) =>
  decisionLines(decisiveDecisions(s), headlineNumbers(scoreRun(s.world)), ending(s));

describe("the decisions that moved a run most", () => {
  it("put first the split that gave serving no GPU, and leave out what moved nothing", () => {
    // No GPU serves: nothing of the demand is served and the API melts.
    const run = played({ training: 10_000, serving: 0, research: 0 });
    expect(ending(run)).toBe("melted_fleet");
    expect(scoreRun(run.world).demandServedShare).toBe(0);
    const found = decisiveDecisions(run);
    // Without that split the screen keeps the starting one (1,500 serving, 500 research, which
    // the vote then hands to serving): well over the melt line, so the run ends busy.
    expect(found[0]?.at).toBe(0);
    expect(found[0]?.instead).toBeNull();
    expect(found[0]?.without.ending).toBe("busy");
    expect(found[0]?.without.demandServedShare).toBeGreaterThan(0.6);
    expect(found[0]?.parts.ending).toBe(1);
    // Lunch or robotics writes nothing into the sim; with research at 0 the vote has nothing to
    // hand over, whichever way it goes; the second screen was committed as it opened.
    expect(found.map((d) => d.at)).toEqual([0]);
    expect(linesOf(run)).toEqual([
      {
        month: "2021-09",
        kind: "commit",
        label: "Fleet: 10,000 train · 0 serve · 0 research",
        effect: "Without it: Busy for a While",
      },
    ]);
  });

  it("weigh a vote when it moves GPUs, after the split that mattered more", () => {
    // 500 research GPUs, which the vote gives to serving: the only GPUs that serve anything.
    const run = played({ training: 9_500, serving: 0, research: 500 });
    const served = numberRows(headlineNumbers(scoreRun(run.world))).find((r) => r.key === "served");
    const found = decisiveDecisions(run);
    expect(found.map((d) => d.at)).toEqual([0, 2]);
    // Kept in research, no GPU serves: nothing is served (the fleet melts either way).
    const vote = found[1];
    expect(vote?.instead).toBe("Keep them in research");
    expect(vote?.without.demandServedShare).toBe(0);
    expect(vote?.without.ending).toBe("melted_fleet");
    expect(linesOf(run)[1]).toEqual({
      month: "2021-09",
      kind: "choice",
      label: "Give the research GPUs to serving",
      effect: `Without it: 0% served, not ${served?.value}`,
    });
    expect(served?.value).not.toBe("0%");
  });

  it("are none for a run that has not ended", () => {
    const s = new GameSession(story, 7);
    s.start();
    s.commit({
      screen: "fleet",
      allocation: { training: 10_000, serving: 0, research: 0 },
      research: [],
    });
    expect(decisiveDecisions(s)).toEqual([]);
  });

  it("replay the real story from a mark as a replay without the decision plays it", () => {
    // The source's plans aimed at Turbo: the serving plan committed after launch is its last
    // screen, so without it the rest of the run is the same choices; GameSession.replay with
    // that commit replaced by the screen as it opened must end the same.
    const played = playRun(storyJson, 2, "aim-turbo", { keepSession: true }).session;
    if (!played) throw new Error("the run did not play");
    const decisions = [...played.decisions];
    const run = GameSession.replay(storyJson, 2, decisions, "all");
    const at = decisions.findLastIndex((d) => d.kind === "commit");
    const found = decisiveDecisions(run).find((d) => d.at === at);
    expect(found).toBeDefined();
    const before = GameSession.replay(storyJson, 2, decisions.slice(0, at));
    before.toNextPause();
    const last = decisions[at];
    if (last?.kind !== "commit") throw new Error("no commit");
    const asOpened = unchangedPlan(last.plan.screen, before.world);
    const without = GameSession.replay(
      storyJson,
      2,
      [...decisions.slice(0, at), { kind: "commit", plan: asOpened }, ...decisions.slice(at + 1)],
      "all",
    );
    const score = scoreRun(without.world);
    expect(found?.without).toEqual({
      ending: ending(without),
      costRatioVsLaunch: score.costRatioVsLaunch,
      perceivedQuality: score.perceivedQuality,
      demandServedShare: score.demandServedShare,
    });
    expect(found?.without.costRatioVsLaunch).not.toBe(scoreRun(run.world).costRatioVsLaunch);
  });
});

describe("how far an outcome moves", () => {
  const turbo: Outcome = {
    ending: "turbo",
    costRatioVsLaunch: 12,
    perceivedQuality: 0.97,
    demandServedShare: 0.9,
  };

  it("measures each number in its band of the verdict", () => {
    // Ten times cheaper again is one band; five points of quality (95% − 90%) is one; forty
    // points of demand served (100% − 60%) is one; another ending is one.
    expect(
      outcomeDistance(turbo, {
        ending: "nerfed",
        costRatioVsLaunch: 1.2,
        perceivedQuality: 0.92,
        demandServedShare: 0.5,
      }),
    ).toEqual({
      ending: 1,
      cost: expect.closeTo(1, 9),
      quality: expect.closeTo(1, 9),
      served: expect.closeTo(1, 9),
    });
    expect(outcomeDistance(turbo, turbo)).toEqual({ ending: 0, cost: 0, quality: 0, served: 0 });
  });

  it("counts a GPT-4 served against none as one band of cost, and no quality between them", () => {
    const none = {
      ...turbo,
      ending: "chinchilla_warning",
      costRatioVsLaunch: 0,
      perceivedQuality: 0.5,
    };
    expect(outcomeDistance(turbo, none)).toEqual({ ending: 1, cost: 1, quality: 0, served: 0 });
  });
});

describe("how the card words them", () => {
  // Twelve times cheaper than the launch yardstick: $18.5 / 12 = $1.54.
  const numbers: HeadlineNumbers = { ...TEN_X, usdPerMillionTokens: 1.54, costRatioVsLaunch: 12 };
  const commit = {
    kind: "commit" as const,
    month: "2023-04",
    plan: unchangedPlan("fleet", GameSession.replay(story, 7, []).world),
  };
  const weighed = (without: Partial<Outcome>, at = 0) => {
    const w: Outcome = {
      ending: "turbo",
      costRatioVsLaunch: 12,
      perceivedQuality: 0.97,
      demandServedShare: 0.9,
      ...without,
    };
    const parts = outcomeDistance({ ending: "turbo", ...numbers }, w);
    const impact = parts.ending + parts.cost + parts.quality + parts.served;
    return { at, decision: commit, instead: null, without: w, parts, impact };
  };

  it("names the number that moved most, as the verdict line prints it, against the card's", () => {
    const [line] = decisionLines(
      [weighed({ costRatioVsLaunch: 2.1, demandServedShare: 0.89 })],
      numbers,
      "turbo",
    );
    expect(line?.effect).toBe("Without it: 2.1x cheaper, not 12x cheaper");
  });

  it("names another ending first, and alone", () => {
    const [line] = decisionLines(
      [weighed({ ending: "nerfed", perceivedQuality: 0.6 })],
      numbers,
      "turbo",
    );
    expect(line?.effect).toBe("Without it: The Nerfed Model");
  });

  it("leaves out a decision whose numbers would print the same", () => {
    // 97.04% and 97% both print 97%: a line reading "97%, not 97%" says nothing.
    expect(decisionLines([weighed({ perceivedQuality: 0.9704 })], numbers, "turbo")).toEqual([]);
  });

  it("lists at most five", () => {
    const many = Array.from({ length: 8 }, (_, i) => weighed({ demandServedShare: 0.1 * i }, i));
    expect(decisionLines(many, numbers, "turbo")).toHaveLength(5);
  });
});
