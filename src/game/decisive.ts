/**
 * The decisions that moved a finished run's final numbers most (issue 16: the card's "three to
 * five decisions"), found by replaying the run without each of them.
 *
 * **What "without it" means.**
 * - A screen's commit: the screen committed exactly as it opened (`unchangedPlan`: the plan the
 *   world already ran with, the story's votes in it), so the player's own edits on that screen
 *   are what is taken away. A commit that changed nothing is never weighed.
 * - A story choice: each other option on offer in its place; the decision counts with the option
 *   that moves the numbers most (the road not taken that would have made the most difference).
 *   Options that write nothing different into the sim before the next decision and lead to the
 *   same next question or screen (the same `# decide:`, `# event:` and `# advance:` tags, the
 *   same pause) are not replayed: they only move the story's tallies, which the numbers never
 *   read. Choices all of whose options are such are not weighed at all.
 * - Month advances and plans made outside the story are never candidates themselves; they are
 *   replayed with the screen commit or choice they came before.
 *
 * **The rest of the run** proceeds as close to the player's as the story allows: each later
 * question is answered as the player answered it (matched by where in the story the question is
 * written, `StoryDirector.choicePaths`, in the same chapter), and each later screen keeps the
 * player's own edits (the fields the player changed from what that screen opened on) on top of
 * what it opens on now, so a vote the player never overrode follows the new road. A decision for
 * a question or screen the new road skips is dropped, as is every decision of a chapter the story
 * has left; a question the player never saw gets its first option and a screen the player never
 * saw is committed as it opens (autoplay's "untouched" player). An alternative whose road fails
 * to reach an ending is left out.
 *
 * **How far the outcome moves** is measured on the card's yardstick (verdictLine and the ending),
 * each number in the width of its own band of the verdict (thresholds.ts), so that crossing one
 * band weighs 1 whichever number crossed it: GPT-4's cost ratio to the launch yardstick in
 * orders of the 10x goal, perceived quality in the gap between the nerfed and Turbo lines,
 * demand served in the span above the melted-fleet line, and a different ending as one band.
 *
 * It runs on one session that marks where each candidate stands and returns there after each
 * counterfactual (`GameSession.mark`/`restore`), so no road replays the decisions before its
 * branch; `npm run bench` prints what it costs.
 */

import { type ScreenPlan, unchangedPlan } from "../screens/registry";
import { scoreRun, VERDICT_THRESHOLDS } from "../sim";
import { type Decision, GameSession, type SessionMark, waitsForStory } from "./session";

/** What a run ends with, as the card's yardstick reads it. */
export interface Outcome {
  ending: string;
  /** The launch yardstick ÷ GPT-4's cost (scoreRun: 0 when no GPT-4 was served). */
  costRatioVsLaunch: number;
  perceivedQuality: number;
  demandServedShare: number;
}

/** The parts of an outcome a decision can move. */
export type Moved = "ending" | "cost" | "quality" | "served";

export interface DecisiveDecision {
  /** Its position in the run's decisions. */
  at: number;
  decision: Extract<Decision, { kind: "choice" | "commit" }>;
  /** The option replayed in its place (a choice's text), or null: the screen as it opened. */
  instead: string | null;
  /** The outcome without it. */
  without: Outcome;
  /** How far each part of the outcome moves without it (`outcomeDistance`). */
  parts: Record<Moved, number>;
  /** Their sum: what decisions are ranked by. */
  impact: number;
}

/** A finished run as saves and links keep it: the story, the seed, the decisions. */
export interface FinishedRun {
  readonly storyJson: string;
  readonly seed: number;
  readonly decisions: readonly Decision[];
}

const T = VERDICT_THRESHOLDS;

/**
 * How far apart two outcomes are, part by part, each in the width of its band of the verdict
 * ([game] normalisation of the thresholds in thresholds.ts): the cost ratio in orders of the
 * Turbo goal (log10 of the ratio's change ÷ log10 of 10x: ten times cheaper again is 1; a run
 * that served a GPT-4 against one that served none is 1), perceived quality in the Turbo-nerfed
 * gap (95% − 90%: five points is 1; only between two runs that served a GPT-4, as verdictLine
 * shows it), demand served in the span above the melted-fleet line (100% − 60%: forty points is
 * 1), and a different ending is 1.
 */
export function outcomeDistance(a: Outcome, b: Outcome): Record<Moved, number> {
  const servedA = a.costRatioVsLaunch > 0;
  const servedB = b.costRatioVsLaunch > 0;
  const both = servedA && servedB;
  return {
    ending: a.ending === b.ending ? 0 : 1,
    cost: both
      ? Math.abs(Math.log10(a.costRatioVsLaunch / b.costRatioVsLaunch)) /
        Math.log10(T.turboCostRatio)
      : servedA === servedB
        ? 0
        : 1,
    quality: both
      ? Math.abs(a.perceivedQuality - b.perceivedQuality) / (T.turboQuality - T.nerfedQuality)
      : 0,
    served: Math.abs(a.demandServedShare - b.demandServedShare) / (1 - T.meltedServedShare),
  };
}

/** The outcome of a session that has reached its ending (null before). */
function outcomeOf(session: GameSession): Outcome | null {
  const pause = session.beat.pause;
  if (pause.kind !== "ending") return null;
  const score = scoreRun(session.world);
  return {
    ending: pause.ending,
    costRatioVsLaunch: score.costRatioVsLaunch,
    perceivedQuality: score.perceivedQuality,
    demandServedShare: score.demandServedShare,
  };
}

// ---- the player's edits on a screen, carried onto what another road opens it on ----

interface Edit {
  path: string[];
  /** The field's value as the player left it (undefined: the player removed it). */
  value: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** The fields of a plan (leaves; a list is one field) that `to` changes from `from`. */
function editsBetween(from: unknown, to: unknown, path: string[] = [], out: Edit[] = []): Edit[] {
  if (isRecord(from) && isRecord(to)) {
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
      editsBetween(from[key], to[key], [...path, key], out);
    }
  } else if (JSON.stringify(from) !== JSON.stringify(to)) {
    out.push({ path, value: to });
  }
  return out;
}

function withEdits(plan: ScreenPlan, edits: readonly Edit[]): ScreenPlan {
  const out = structuredClone(plan) as unknown as Record<string, unknown>;
  for (const { path, value } of edits) {
    let at = out;
    for (const key of path.slice(0, -1)) {
      if (!isRecord(at[key])) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string;
    if (value === undefined) delete at[last];
    else at[last] = structuredClone(value);
  }
  return out as unknown as ScreenPlan;
}

// ---- the run as it was played, read once ----

/** What the first pass learns about each decision, where the story stood when it was made. */
interface Step {
  decision: Decision;
  chapter: number;
  /** A choice: where its question is written and the path of the option taken. */
  path?: string;
  /** A commit: the player's edits on what the screen opened on. */
  edits?: Edit[];
  /** A candidate: the run just before it. */
  mark?: SessionMark;
  /** What the story wrote into the world after it, until the next decision. */
  wrote: string[];
  /** Where the story stood when the next decision was made (or at the end). */
  waitsAfter: string;
}

/** Where the story waits, as a key two roads can be compared by. */
function pauseKey(session: GameSession): string {
  const pause = session.beat.pause;
  switch (pause.kind) {
    case "choice":
      return `choice:${session.director.choicePaths().join("|")}`;
    case "screen":
      return `screen:${pause.screen}`;
    case "ending":
      return `ending:${pause.ending}`;
    case "page":
      return "page";
  }
}

/**
 * The decisions of a finished run that moved its outcome, the most decisive first (every one
 * that moves it at all; the card shows the first few). Empty when the run has not ended. All at
 * once: the game weighs in slices (`weighDecisions`); tests and the bench call this.
 * @internal
 */
export function decisiveDecisions(run: FinishedRun): DecisiveDecision[] {
  const weighing = weighDecisions(run);
  for (;;) {
    const next = weighing.next();
    if (next.done) return next.value;
  }
}

/**
 * `decisiveDecisions` in slices: each `next()` replays eight decisions or so, of the run itself
 * or of a road not taken (a few milliseconds), so a page can weigh a run between frames; the
 * generator returns the list.
 */
export function* weighDecisions(run: FinishedRun): Generator<void, DecisiveDecision[], void> {
  const session = new GameSession(run.storyJson, run.seed);
  let wrote: string[] = [];
  session.subscribe({
    wrote: (tag) => {
      wrote.push(
        tag.kind === "advance"
          ? `advance:${tag.month}`
          : tag.kind === "event"
            ? `event:${tag.event}`
            : `decide:${tag.decision}:${tag.value}`,
      );
    },
  });
  session.start();

  // The run as played (as GameSession.replay plays it), with a mark before each candidate.
  const steps: Step[] = [];
  for (const decision of run.decisions) {
    if (waitsForStory(decision)) session.toNextPause();
    const previous = steps[steps.length - 1];
    if (previous) previous.waitsAfter = pauseKey(session);
    const step: Step = { decision, chapter: session.director.chapter, wrote: [], waitsAfter: "" };
    if (decision.kind === "choice") {
      step.path = session.director.choicePaths()[decision.index];
      if (session.beat.choices.length > 1) step.mark = session.mark();
    } else if (decision.kind === "commit") {
      step.edits = editsBetween(unchangedPlan(decision.plan.screen, session.world), decision.plan);
      if (step.edits.length > 0) step.mark = session.mark();
    }
    wrote = step.wrote;
    session.apply(decision);
    steps.push(step);
    // A slice every eight decisions, as on each road.
    if (steps.length % 8 === 0) yield;
  }
  session.toNextPause();
  const last = steps[steps.length - 1];
  if (last) last.waitsAfter = pauseKey(session);
  const actual = outcomeOf(session);
  if (!actual) return [];
  const lastWaiting = steps.findLastIndex((s) => waitsForStory(s.decision));

  /**
   * Plays the steps from `next` on where they still apply, to the ending (null if it never
   * ends), a slice every eight decisions.
   */
  function* follow(next: number): Generator<void, Outcome | null, void> {
    for (let guard = 0; guard < 20_000; guard++) {
      if (guard % 8 === 7) yield;
      const beat = session.beat;
      const pause = beat.pause;
      if (pause.kind === "ending") {
        // Month advances and outside plans the player made after the last question or screen.
        for (let k = Math.max(next, lastWaiting + 1); k < steps.length; k++) {
          tryApply(steps[k] as Step);
        }
        return outcomeOf(session);
      }
      if (pause.kind === "page") {
        session.continue();
        continue;
      }
      const chapter = session.director.chapter;
      // The decisions of chapters the story has left no longer apply.
      while (next < steps.length && (steps[next] as Step).chapter < chapter) next++;
      const paths = pause.kind === "choice" ? session.director.choicePaths() : [];
      let match = -1;
      for (let j = next; j < steps.length && (steps[j] as Step).chapter === chapter; j++) {
        const { decision: d, path } = steps[j] as Step;
        const fits =
          pause.kind === "choice"
            ? d.kind === "choice" && path !== undefined && paths.includes(path)
            : d.kind === "commit" && d.plan.screen === pause.screen;
        if (fits) {
          match = j;
          break;
        }
      }
      if (match < 0) {
        // A question or screen the player never met: the untouched player's answer.
        if (pause.kind === "choice") session.choose(beat.choices[0]?.index ?? 0);
        else session.commit(unchangedPlan(pause.screen, session.world));
        continue;
      }
      // The month advances and outside plans made just before it come with it.
      let first = match;
      while (first > next && !waitsForStory((steps[first - 1] as Step).decision)) first--;
      for (let k = first; k < match; k++) tryApply(steps[k] as Step);
      const step = steps[match] as Step;
      if (pause.kind === "choice") {
        session.choose(beat.choices[paths.indexOf(step.path as string)]?.index ?? 0);
      } else {
        session.commit(withEdits(unchangedPlan(pause.screen, session.world), step.edits ?? []));
      }
      next = match + 1;
    }
    return null;
  }
  const tryApply = (step: Step) => {
    try {
      session.apply(step.decision);
    } catch {
      // Refused on this road (the calendar has run out): dropped.
    }
  };
  /** Replaces decision `at` from its mark, plays the rest of the run, scores it. */
  function* road(
    at: number,
    mark: SessionMark,
    replace: () => void,
  ): Generator<void, Outcome | null, void> {
    session.restore(mark);
    wrote = [];
    try {
      replace();
      return yield* follow(at + 1);
    } catch {
      // A road that breaks (or takes the player's own road: SameRoad) is left out.
      return null;
    }
  }

  const found: DecisiveDecision[] = [];
  for (const [at, step] of steps.entries()) {
    const { decision, mark } = step;
    if (!mark || (decision.kind !== "choice" && decision.kind !== "commit")) continue;
    let best: DecisiveDecision | null = null;
    const weigh = (instead: string | null, without: Outcome | null) => {
      if (!without) return;
      const parts = outcomeDistance(actual, without);
      const impact = parts.ending + parts.cost + parts.quality + parts.served;
      if (impact > 0 && (!best || impact > best.impact)) {
        best = { at, decision, instead, without, parts, impact };
      }
    };
    if (decision.kind === "commit") {
      const screen = decision.plan.screen;
      weigh(
        null,
        yield* road(at, mark, () => session.commit(unchangedPlan(screen, session.world))),
      );
    } else {
      for (const option of mark.current?.choices ?? []) {
        if (option.index === decision.index) continue;
        const without = yield* road(at, mark, () => {
          session.choose(option.index);
          // The option's writes up to the next decision, and where the story then waits: the
          // player's own, and it is the player's road as far as the sim can tell.
          const next = steps[at + 1];
          if (!next || waitsForStory(next.decision)) {
            session.toNextPause();
            if (pauseKey(session) === step.waitsAfter && wrote.join() === step.wrote.join()) {
              throw new SameRoad();
            }
          }
        });
        weigh(option.text, without);
      }
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.impact - a.impact || a.at - b.at);
}

/** An option that takes the same road as the player's as far as the sim can tell. */
class SameRoad extends Error {}
