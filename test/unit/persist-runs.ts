/** Runs of the small persistence story (fixtures/persist-story.ink) the save tests keep and read. */
import { GameSession } from "../../src/game/session";
import story from "./fixtures/persist-story.ink";

/** A run in chapter 1 with a fleet plan committed: it has a save and no ending. */
export function midRun(seed = 3): GameSession {
  const s = new GameSession(story, seed);
  s.start();
  s.choose(2);
  s.continue();
  s.commit({ screen: "fleet", allocation: { training: 6000, serving: 3500, research: 500 } });
  return s;
}

/** A finished run, its first choice `first`. */
export function finished(seed: number, first = 0): GameSession {
  const s = new GameSession(story, seed);
  s.start();
  s.choose(first);
  s.continue();
  s.commit({ screen: "fleet", allocation: { training: 5000, serving: 4500, research: 500 } });
  s.choose(0);
  s.choose(0);
  s.continue();
  return s;
}
