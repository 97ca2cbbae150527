import { describe, expect, it } from "vitest";
import { Dice, STRATEGIES } from "../../src/game/autoplay";
import { type DecisionInput, GameSession, type ScreenPlan } from "../../src/game/session";
import { playMany, storyJson, where } from "./play";

type Action =
  | { kind: "choose"; index: number }
  | { kind: "continue" }
  | { kind: "commit"; plan: ScreenPlan };

/**
 * Plays a random run and records the player's actions, and at each choice its decisions so far
 * through JSON, as a save file keeps them (`saves`, by the number of actions taken).
 */
function recordRun(seed: number): {
  actions: Action[];
  session: GameSession;
  saves: Map<number, DecisionInput[]>;
} {
  const session = new GameSession(storyJson, seed);
  const dice = new Dice(seed);
  const actions: Action[] = [];
  const saves = new Map<number, DecisionInput[]>();
  let beat = session.start();
  while (beat.pause.kind !== "ending" && actions.length < 2000) {
    if (beat.pause.kind === "choice") {
      const index = STRATEGIES.random.choose(beat, session.world, dice);
      actions.push({ kind: "choose", index });
      beat = session.choose(index);
      saves.set(actions.length, JSON.parse(JSON.stringify(session.decisions)));
    } else if (beat.pause.kind === "page") {
      actions.push({ kind: "continue" });
      beat = session.continue();
    } else {
      const plan = STRATEGIES.random.plan(beat.pause.screen, session.world, dice);
      actions.push({ kind: "commit", plan });
      beat = session.commit(plan);
    }
  }
  return { actions, session, saves };
}

function apply(session: GameSession, action: Action): void {
  if (action.kind === "choose") session.choose(action.index);
  else if (action.kind === "continue") session.continue();
  else session.commit(action.plan);
}

describe("a run rebuilt from its decisions, as saves, links and rewind rebuild it", () => {
  // A guard, not a speed test: eight blocks of 100 runs, about 2 s each on an idle machine, so no
  // one test comes near the timeout on a busy one.
  const blocks = Array.from({ length: 8 }, (_, i) => 100_001 + 100 * i);
  it.each(blocks)("100 more seeded random playthroughs end cleanly, from seed %i", (first) => {
    for (const r of playMany("random", first, 100)) {
      expect(r.error, where(r)).toBeNull();
      expect(r.ending, where(r)).not.toBeNull();
    }
  });

  it.each([3, 17, 29, 41, 57, 73, 89, 97])(
    "a run rebuilt after any choice continues identically: seed %i",
    (seed) => {
      // The run played once, to its ending, is the original every rebuild must match: the same
      // seed and actions give the same session, so replaying the original afresh for each cut
      // (as this test once did) only repeated the same work.
      const { actions, session: original, saves } = recordRun(seed);
      const choicePoints = actions.flatMap((a, i) => (a.kind === "choose" ? [i + 1] : []));
      for (const cut of choicePoints.filter((_, i) => i % 3 === seed % 3)) {
        // Its decisions through JSON, as a save file keeps them; replayed as Continue does.
        const saved = saves.get(cut);
        if (!saved) throw new Error(`seed ${seed}: no save at cut ${cut}`);
        const loaded = GameSession.replay(storyJson, seed, saved);
        for (const action of actions.slice(cut)) apply(loaded, action);
        expect(loaded.transcript, `seed ${seed} cut ${cut}`).toEqual(original.transcript);
        expect(loaded.world, `seed ${seed} cut ${cut}`).toEqual(original.world);
        expect(loaded.beat.pause).toEqual({ kind: "ending", ending: expect.any(String) });
      }
    },
  );
});
