import { describe, expect, it } from "vitest";
import { Dice, STRATEGIES } from "../../src/game/autoplay";
import { GameSession, type ScreenPlan } from "../../src/game/session";
import { playMany, storyJson, where } from "./play";

type Action =
  | { kind: "choose"; index: number }
  | { kind: "continue" }
  | { kind: "commit"; plan: ScreenPlan };

/** Plays a random run and records the player's actions. */
function recordRun(seed: number): Action[] {
  const session = new GameSession(storyJson, seed);
  const dice = new Dice(seed);
  const actions: Action[] = [];
  let beat = session.start();
  while (beat.pause.kind !== "ending" && actions.length < 2000) {
    if (beat.pause.kind === "choice") {
      const index = STRATEGIES.random.choose(beat, session.world, dice);
      actions.push({ kind: "choose", index });
      beat = session.choose(index);
    } else if (beat.pause.kind === "page") {
      actions.push({ kind: "continue" });
      beat = session.continue();
    } else {
      const plan = STRATEGIES.random.plan(beat.pause.screen, session.world, dice);
      actions.push({ kind: "commit", plan });
      beat = session.commit(plan);
    }
  }
  return actions;
}

function apply(session: GameSession, action: Action): void {
  if (action.kind === "choose") session.choose(action.index);
  else if (action.kind === "continue") session.continue();
  else session.commit(action.plan);
}

describe("a run rebuilt from its decisions, as saves, links and rewind rebuild it", () => {
  // A guard, not a speed test: 800 runs take well under a minute on an idle machine.
  it("800 more seeded random playthroughs end cleanly", { timeout: 300_000 }, () => {
    for (const r of playMany("random", 100_001, 800)) {
      expect(r.error, where(r)).toBeNull();
      expect(r.ending, where(r)).not.toBeNull();
    }
  });

  it("a run rebuilt after any choice continues identically", () => {
    for (const seed of [3, 17, 29, 41, 57, 73, 89, 97]) {
      const actions = recordRun(seed);
      const choicePoints = actions.flatMap((a, i) => (a.kind === "choose" ? [i + 1] : []));
      for (const cut of choicePoints.filter((_, i) => i % 3 === seed % 3)) {
        const original = new GameSession(storyJson, seed);
        original.start();
        for (const action of actions.slice(0, cut)) apply(original, action);
        // Its decisions through JSON, as a save file keeps them; replayed as Continue does.
        const saved = JSON.parse(JSON.stringify(original.decisions));
        const loaded = GameSession.replay(storyJson, seed, saved);
        for (const action of actions.slice(cut)) {
          apply(original, action);
          apply(loaded, action);
        }
        expect(loaded.transcript, `seed ${seed} cut ${cut}`).toEqual(original.transcript);
        expect(loaded.world, `seed ${seed} cut ${cut}`).toEqual(original.world);
        expect(loaded.beat.pause).toEqual({ kind: "ending", ending: expect.any(String) });
      }
    }
  });
});
