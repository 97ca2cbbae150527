/**
 * The run controller in Node: the run's lifecycle as a player lives it, through fakes of the
 * page (status line, router, address bar, downloads, sound, clock) and the real persist layer
 * over a storage double. The story is the small persistence fixture, so every page, save and
 * message below is worked out by hand from test/unit/fixtures/persist-story.ink:
 *
 *   chapter 1 "Start": "The first page." [Alpha | Beta | Gamma] → "<x> it is." "A page break
 *   follows." (page) → "Plan the fleet." (fleet screen) → "Planned: <training GPUs>."
 *   [Onwards | Onwards, boldly]; chapter 2 "Middle": "The second chapter." [Left | Right] →
 *   "Another page." (page) → "Bold to the end." (ending bold: Alpha, boldly, Left count two or
 *   more) or "Careful to the end." (ending careful).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppScreen, Place, RunPorts } from "../../src/game/ports";
import { localRunStore } from "../../src/game/ports";
import { RunController, type RunEvent, type ShownBeat } from "../../src/game/run";
import { GameSession, type ScreenPlan } from "../../src/game/session";
import { encodeRun, storyBuild } from "../../src/persist/code";

import { ENDINGS_KEY, HISTORY_KEY, PREVIOUS_KEY, SAVE_KEY } from "../../src/persist/keys";
import type { SaveFile } from "../../src/persist/saves";
import type { StatusAction } from "../../src/ui/Status";
import story from "./fixtures/persist-story.ink";
import { FaultyStorage, install, quotaError, securityError, uninstall } from "./storage-double";

const NOW = new Date("2026-03-14T09:26:53.000Z");
const FLEET: ScreenPlan = {
  screen: "fleet",
  allocation: { training: 6000, serving: 3500, research: 500 },
};
/** The page's run links, as the router makes them: the ending's page, then the code. */
const linkOf = (ending: string, code: string | null) =>
  `https://example.test/andy/ending/${ending}.html#run=${code}`;

/** The status line as a player reads it: the message on show, and a standing warning. */
class FakeStatus {
  line = "";
  tone: "note" | "problem" = "note";
  action: StatusAction | undefined;
  held: string | null = null;
  heldAction: StatusAction | undefined;
  /** Every message shown, in order. */
  readonly said: string[] = [];
  show(message: string, tone: "note" | "problem" = "note", action?: StatusAction): void {
    this.line = message;
    this.tone = tone;
    this.action = action;
    this.said.push(message);
  }
  hold(message: string | null, action?: StatusAction): void {
    const wasShown = this.held !== null && this.line === this.held;
    this.held = message;
    this.heldAction = action;
    if (message !== null) this.show(message, "problem", action);
    else if (wasShown) this.line = "";
  }
  clear(): void {
    this.line = this.held ?? "";
    this.action = this.held ? this.heldAction : undefined;
  }
}

/**
 * One page load: a controller over the storage installed on globalThis, with the page it draws (the story
 * panel's rule: a chapter opening or a page break starts a new page; a choice shows its text).
 */
function page(background?: RunPorts["background"]) {
  const status = new FakeStatus();
  const cues: string[] = [];
  const files: { name: string; text: string }[] = [];
  const places: Place[] = [];
  const address = { hash: null as string | null };
  let lines: string[] = [];
  let last: ShownBeat["beat"] | null = null;
  const events: RunEvent[] = [];
  const draw = ({ beat, chosen }: ShownBeat) => {
    const opens = beat.passages.some((p) => p.chapter);
    const afterPage = last?.pause.kind === "page" || last?.pause.kind === "screen";
    if (opens || afterPage) lines = [];
    else if (chosen) lines.push(chosen);
    for (const p of beat.passages) {
      if (p.chapter) lines.push(`Chapter ${p.chapter.number}: ${p.chapter.title}`);
      if (p.text) lines.push(p.text);
    }
    last = beat;
  };
  const view = {
    screen: "title" as AppScreen,
    show(place: Place) {
      places.push(place);
      // The Narrative scene names itself "ending" when the run it shows has ended.
      view.screen = place === "narrative" && runs.session?.director.ended ? "ending" : place;
    },
  };
  const ports: RunPorts = {
    store: localRunStore(),
    sound: { cue: (name) => cues.push(name), music: (track) => cues.push(`music:${track}`) },
    clock: { randomSeed: () => 41, now: () => NOW },
    status,
    view,
    address: {
      linkFor: (code, ending) => linkOf(ending, code),
      hasRunLink: () => address.hash !== null,
      forgetLink: () => {
        address.hash = null;
      },
    },
    // Background work (the card's decisions) runs through at once unless a test holds it: each
    // card has them when shown.
    background: background ?? {
      run(slice) {
        while (slice());
        return () => {};
      },
    },
    download: (text, name) => files.push({ name, text }),
  };
  const runs = new RunController(ports);
  runs.setStory(story);
  runs.subscribe((event) => {
    events.push(event);
    if (event.kind === "beat") draw(event);
    if (event.kind === "page") {
      lines = [];
      last = null;
      for (const shown of event.beats) draw(shown);
    }
  });
  return {
    runs,
    status,
    cues,
    files,
    places,
    address,
    view,
    events,
    /** The story text on the page, as the panel shows it. */
    text: () => [...lines],
    choices: () => runs.session?.beat.choices.map((c) => c.text) ?? [],
    waiting: () => runs.session?.beat.pause.kind ?? null,
    decisions: () => runs.session?.decisions.length ?? 0,
    /** What Rewind and Redo offer after the last operation. */
    undo: () => {
      const changed = events.filter((e) => e.kind === "changed").at(-1);
      return changed?.kind === "changed" ? changed.undo : null;
    },
  };
}

let storage: FaultyStorage;
beforeEach(() => {
  storage = new FaultyStorage();
  install(storage);
});
afterEach(() => uninstall());

function stored(key = SAVE_KEY): SaveFile | null {
  const text = storage.peek(key);
  return text === null ? null : (JSON.parse(text) as SaveFile);
}

/** Alpha, Continue, open the Fleet, commit it: the story offers Onwards. */
function toOnwards(p: ReturnType<typeof page>): void {
  p.runs.choose(0);
  p.runs.continueStory();
  p.runs.continueStory();
  p.runs.commit(FLEET);
}

/** A run played to its end: Alpha, the fleet, "Onwards, boldly", Left: the bold ending. */
function finish(p: ReturnType<typeof page>): void {
  toOnwards(p);
  p.runs.choose(1);
  p.runs.choose(0);
  p.runs.continueStory();
}

/** The share code of a finished run played directly on a session (Beta, Onwards, Right). */
function carefulCode(seed = 9): string {
  const s = new GameSession(story, seed);
  s.start();
  s.choose(1);
  s.continue();
  s.commit(FLEET);
  s.choose(0);
  s.choose(1);
  s.continue();
  return encodeRun({ seed, build: storyBuild(story), decisions: [...s.decisions] });
}

describe("a new run", () => {
  it("shows the first page, and saves each choice and commit as it is made", () => {
    const p = page();
    p.runs.newGame(3);
    expect(p.places).toEqual(["narrative"]);
    expect(p.text()).toEqual(["Chapter 1: Start", "The first page."]);
    expect(p.choices()).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(p.undo()).toEqual({ rewind: false, redo: false });
    expect(stored()?.decisions).toEqual([]);

    p.runs.choose(0);
    expect(p.cues).toEqual(["choice"]);
    expect(p.text()).toEqual([
      "Chapter 1: Start",
      "The first page.",
      "Alpha",
      "Alpha it is.",
      "A page break follows.",
    ]);
    expect(stored()?.decisions).toEqual([
      { kind: "choice", month: "2021-09", index: 0, text: "Alpha" },
    ]);
    expect(p.undo()).toEqual({ rewind: true, redo: false });

    p.runs.continueStory();
    expect(p.text()).toEqual(["Plan the fleet."]);
    expect(p.waiting()).toBe("screen");
    // Continue on a screen's request opens the screen.
    p.runs.continueStory();
    expect(p.view.screen).toBe("fleet");

    p.runs.commit(FLEET);
    expect(p.view.screen).toBe("narrative");
    expect(p.cues).toEqual(["choice", "page", "commit"]);
    expect(p.text()).toEqual(["Planned: 6,000 GPUs."]);
    expect(p.choices()).toEqual(["Onwards", "Onwards, boldly"]);
    const save = stored();
    expect(save?.decisions.map((d) => d.kind)).toEqual(["choice", "commit"]);
    expect(save?.summary).toEqual({ chapter: 1, month: "2021-09", ending: null });
    expect(save?.savedAt).toBe("2026-03-14T09:26:53.000Z");
    expect(p.status.said).toEqual([]);
  });

  it("a run without a seed takes the clock's", () => {
    const p = page();
    p.runs.newGame();
    expect(p.runs.session?.seed).toBe(41);
    expect(stored()?.seed).toBe(41);
  });
});

describe("Continue", () => {
  it("resumes a saved run at the same beat and on the same page, on a new page load", () => {
    const first = page();
    first.runs.newGame(3);
    first.runs.choose(0);
    first.runs.continueStory();
    expect(first.text()).toEqual(["Plan the fleet."]);

    const again = page();
    expect(again.runs.savedRun()?.summary).toEqual({
      chapter: 1,
      month: "2021-09",
      ending: null,
    });
    expect(again.runs.continueSaved()).toBe(true);
    expect(again.places).toEqual(["narrative"]);
    // One Continue after the choice was saved: the page after the break, not the one before.
    expect(again.text()).toEqual(["Plan the fleet."]);
    expect(again.waiting()).toBe("screen");
    expect(again.runs.session?.pendingScreen).toBe("fleet");
    expect(again.runs.session?.decisions).toEqual(first.runs.session?.decisions);
    // The resumed run goes on saving into the same slot.
    again.runs.continueStory();
    again.runs.commit(FLEET);
    expect(stored()?.decisions).toHaveLength(2);
    expect(storage.peek(PREVIOUS_KEY)).toBeNull();
  });

  it("with nothing saved, says so", () => {
    const p = page();
    expect(p.runs.continueSaved()).toBe(false);
    expect(p.status.line).toBe("There is no saved run to continue.");
    expect(p.runs.session).toBeNull();
  });
});

describe("rewind and redo", () => {
  it("take decisions back and bring them back, with the page and the save", () => {
    const p = page();
    p.runs.newGame(3);
    toOnwards(p);
    expect(p.decisions()).toBe(2);

    p.runs.rewind(1);
    expect(p.status.line).toBe(
      "Rewound one decision: the story is back where you made it. Redo brings it back.",
    );
    // Back on the page of the choice before the fleet (the replay stops at its page break).
    expect(p.text()).toEqual([
      "Chapter 1: Start",
      "The first page.",
      "Alpha",
      "Alpha it is.",
      "A page break follows.",
    ]);
    expect(p.decisions()).toBe(1);
    expect(stored()?.decisions).toHaveLength(1);
    expect(p.undo()).toEqual({ rewind: true, redo: true });

    p.runs.redo(1);
    expect(p.status.line).toBe("Redone: the decision is back.");
    expect(p.text()).toEqual(["Planned: 6,000 GPUs."]);
    expect(p.decisions()).toBe(2);
    expect(stored()?.decisions).toHaveLength(2);
    expect(p.undo()).toEqual({ rewind: true, redo: false });

    p.runs.rewind(2);
    expect(p.status.line).toBe(
      "Rewound 2 decisions: the story is back where you made the first of them. Redo brings them back.",
    );
    expect(p.text()).toEqual(["Chapter 1: Start", "The first page."]);
    expect(p.choices()).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(stored()?.decisions).toEqual([]);

    p.runs.redo(1);
    expect(p.status.line).toBe("Redone: the decision is back. 1 more can come back.");
    p.runs.redo(1);
    expect(p.status.line).toBe("Redone: the decision is back.");
    expect(p.text()).toEqual(["Planned: 6,000 GPUs."]);
    p.runs.redo(1);
    expect(p.status.line).toBe("There is nothing to redo.");
  });

  it("a new decision drops what was rewound; with no decision there is nothing to rewind", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.rewind(1);
    expect(p.status.line).toBe("There is nothing to rewind yet.");
    p.runs.choose(0);
    p.runs.rewind(1);
    p.runs.choose(2);
    expect(p.text()).toEqual([
      "Chapter 1: Start",
      "The first page.",
      "Gamma",
      "Gamma it is.",
      "A page break follows.",
    ]);
    p.runs.redo(1);
    expect(p.status.line).toBe("There is nothing to redo.");
    expect(stored()?.decisions.map((d) => (d.kind === "choice" ? d.text : d.kind))).toEqual([
      "Gamma",
    ]);
  });
});

describe("a finished run", () => {
  it("shows its card at once and fills in the decisions that moved it once they are weighed", async () => {
    // Work held until the test lets it run, as the page runs it between frames.
    const slices: (() => boolean)[] = [];
    const p = page({
      run(slice) {
        slices.push(slice);
        return () => {};
      },
    });
    p.runs.newGame(3);
    finish(p);
    // Weighing starts at the ending, before the card is asked for.
    expect(slices).toHaveLength(1);
    p.runs.continueStory();
    expect(p.view.screen).toBe("report");
    expect(p.runs.report?.report.decisions).toBeNull();
    const weighed = p.runs.reportWeighed();
    const changes = p.events.filter((e) => e.kind === "changed").length;
    const slice = slices[0] as () => boolean;
    while (slice());
    // Every choice of this story only moves its tallies, so only the fleet split is weighed:
    // its 3,500 serving GPUs serve all the demand, the starting split's 1,500 less.
    const card = p.runs.report?.report.decisions;
    expect(card).toHaveLength(1);
    expect(card?.[0]?.label).toBe("Fleet: 6,000 train · 3,500 serve · 500 research");
    expect(card?.[0]?.effect).toMatch(/^Without it: \d+% served, not 100%$/);
    // The card changed: one "changed" event, and whoever waited for it has it.
    expect(p.events.filter((e) => e.kind === "changed")).toHaveLength(changes + 1);
    expect((await weighed)?.report.decisions).toEqual(card);
  });

  it("goes to the history once, and a chapter of it replays from its opening", () => {
    const p = page();
    p.runs.newGame(3);
    finish(p);
    expect(p.text()).toEqual(["Bold to the end."]);
    expect(p.view.screen).toBe("ending");
    const history = p.runs.history();
    expect(history.map((r) => r.ending)).toEqual(["bold"]);
    // Chapter 1 opens before any decision; chapter 2 after Alpha, the fleet and "boldly".
    expect(p.runs.checkpoints()).toEqual([
      { chapter: 1, decisions: 0, title: "Start", chose: ["Alpha", "Onwards, boldly"] },
      { chapter: 2, decisions: 3, title: "Middle", chose: ["Left"] },
    ]);
    // Continue on the ending shows the card, which keeps the run in the history once.
    p.runs.continueStory();
    expect(p.view.screen).toBe("report");
    expect(p.runs.report?.source).toBe("own");
    expect(p.runs.report?.link).toBe(linkOf("bold", p.runs.shareCode()));
    // The card prints where to play: the game's folder, not the ending's page.
    expect(p.runs.report?.report.address).toBe("example.test/andy/");
    expect(p.runs.history()).toHaveLength(1);
    // And its ending in the endings gallery's record, once ("bold" is the fixture's own ending).
    expect(JSON.parse(storage.peek(ENDINGS_KEY) ?? "null")).toEqual({
      version: 1,
      reached: [{ ending: "bold", firstAt: expect.stringMatching(/^\d{4}-/), runs: 1 }],
    });

    p.runs.replayChapter(2);
    expect(p.status.line).toBe("Replaying from chapter 2: choose differently this time.");
    expect(p.view.screen).toBe("narrative");
    expect(p.runs.report).toBeNull();
    expect(p.text()).toEqual(["Chapter 2: Middle", "The second chapter."]);
    expect(p.choices()).toEqual(["Left", "Right"]);
    expect(stored()?.decisions).toHaveLength(3);
    // The finished run it replaced is in the history, not kept as a previous run.
    expect(storage.peek(PREVIOUS_KEY)).toBeNull();
    p.runs.choose(1);
    p.runs.continueStory();
    expect(p.text()).toEqual(["Bold to the end."]);
  });

  it("a chapter no finished run reached is refused", () => {
    const p = page();
    p.runs.replayChapter(2);
    expect(p.status.line).toBe("Chapter 2 has not been reached in a finished run yet.");
    expect(p.status.tone).toBe("problem");
    expect(p.runs.session).toBeNull();
  });
});

describe("run links", () => {
  it("a valid link shows its card and leaves the visitor's run and save alone", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    const saveBefore = storage.peek(SAVE_KEY);
    const code = carefulCode();
    p.address.hash = code;
    expect(p.runs.openRunLink(code)).toBe(true);
    expect(p.view.screen).toBe("report");
    expect(p.runs.report).toMatchObject({ source: "link", link: linkOf("careful", code) });
    expect(p.runs.report?.report.ending).toBe("careful");
    expect(p.runs.report?.report.seed).toBe(9);
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);
    expect(p.runs.session?.seed).toBe(3);
    expect(p.decisions()).toBe(1);
    expect(storage.peek(HISTORY_KEY)).toBeNull();
    // Back to the title: the link leaves the address.
    p.runs.toTitle();
    expect(p.address.hash).toBeNull();
    expect(p.runs.report).toBeNull();
  });

  it("a tampered link is explained, the title shown, and the save untouched", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    const saveBefore = storage.peek(SAVE_KEY);
    p.runs.showHistory();
    const bad = `${carefulCode()}!`;
    p.address.hash = bad;
    expect(p.runs.openRunLink(bad)).toBe(false);
    expect(p.status.line).toBe(
      "This run link cannot be opened. This is not a run code (it should look like 2.H…).",
    );
    expect(p.status.tone).toBe("problem");
    expect(p.view.screen).toBe("title");
    expect(p.address.hash).toBeNull();
    expect(p.runs.report).toBeNull();
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);

    // A character changed inside the code: still refused, still explained.
    const good = carefulCode();
    const at = Math.floor(good.length / 2);
    const flipped = `${good.slice(0, at)}${good[at] === "A" ? "B" : "A"}${good.slice(at + 1)}`;
    expect(p.runs.openRunLink(flipped)).toBe(false);
    expect(p.status.line.startsWith("This run link cannot ")).toBe(true);
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);
  });

  it("'Watch it' ends on their card with its decisions as weighed when the link opened, not weighed again", () => {
    let weighings = 0;
    const p = page({
      run(slice) {
        weighings += 1;
        while (slice());
        return () => {};
      },
    });
    p.runs.openRunLink(carefulCode());
    expect(weighings).toBe(1);
    const weighed = p.runs.report?.report.decisions;
    expect(weighed).not.toBeNull();
    p.runs.watchShownRun();
    for (let i = 0; i < 10 && p.view.screen !== "report"; i++) p.runs.continueStory();
    expect(p.view.screen).toBe("report");
    expect(p.runs.report?.report.decisions).toEqual(weighed);
    expect(weighings).toBe(1);
  });

  it("welcomes the visitor: whose card it is, and that their save is untouched", () => {
    const p = page();
    expect(p.runs.openRunLink(carefulCode())).toBe(true);
    expect(p.status.line).toBe(
      "Someone shared this run with you: this is their card. Your own save is untouched.",
    );
  });

  it("'Watch it' turns their pages with their choices made, ends on the same card, and saves nothing", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    const saveBefore = storage.peek(SAVE_KEY);
    const code = carefulCode();
    p.address.hash = code;
    p.runs.openRunLink(code);
    p.runs.watchShownRun();
    expect(p.view.screen).toBe("narrative");
    expect(p.runs.isWatching).toBe(true);
    expect(p.status.line).toMatch(/^Watching their run: Continue turns the pages/);
    // Their first choice (Beta) is made for the visitor, up to the first page break.
    expect(p.text()).toEqual([
      "Chapter 1: Start",
      "The first page.",
      "Beta",
      "Beta it is.",
      "A page break follows.",
    ]);
    expect(p.runs.undo).toEqual({ rewind: false, redo: false });
    // One Continue: their fleet plan is committed without opening the screen, then "Onwards",
    // and chapter 2 opens with their "Right".
    p.runs.continueStory();
    expect(p.view.screen).toBe("narrative");
    expect(p.text()).toEqual([
      "Chapter 2: Middle",
      "The second chapter.",
      "Right",
      "Another page.",
    ]);
    p.runs.continueStory();
    expect(p.text()).toEqual(["Careful to the end."]);
    expect(p.view.screen).toBe("ending");
    p.runs.continueStory();
    expect(p.view.screen).toBe("report");
    expect(p.runs.report).toMatchObject({ source: "link", link: linkOf("careful", code) });
    expect(p.runs.report?.report.code).toBe(code);
    // Their decisions, exactly; nothing of it kept: not the save, the history or the endings.
    expect(p.runs.session?.decisions.map((d) => d.kind)).toEqual([
      "choice",
      "commit",
      "choice",
      "choice",
    ]);
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);
    expect(storage.peek(HISTORY_KEY)).toBeNull();
    expect(storage.peek(ENDINGS_KEY)).toBeNull();
    // Leaving for the title drops the link from the address.
    p.runs.toTitle();
    expect(p.address.hash).toBeNull();
  });

  it("'Play from a chapter' makes their run the visitor's own from that chapter's opening", () => {
    const p = page();
    const code = carefulCode();
    p.address.hash = code;
    p.runs.openRunLink(code);
    p.runs.playShownFrom(7);
    expect(p.status.line).toBe("The run on this card did not reach chapter 7.");
    expect(p.runs.session).toBeNull();
    p.runs.playShownFrom(2);
    expect(p.status.line).toBe(
      "Playing from chapter 2 of their run, with their decisions before it: from here the run is yours, and saved.",
    );
    expect(p.view.screen).toBe("narrative");
    expect(p.runs.isExploring).toBe(false);
    // Chapter 2 opened after Beta, the fleet and "Onwards": the visitor chooses Left or Right.
    expect(p.runs.session?.seed).toBe(9);
    expect(p.decisions()).toBe(3);
    expect(p.choices()).toEqual(["Left", "Right"]);
    expect(stored()?.decisions).toHaveLength(3);
    expect(p.address.hash).toBeNull();
  });

  it("starting the visitor's own run drops the link from the address", () => {
    const p = page();
    const code = carefulCode();
    p.address.hash = code;
    p.runs.openRunLink(code);
    p.runs.replayShownRun();
    expect(p.runs.session?.seed).toBe(9);
    expect(p.address.hash).toBeNull();
    expect(p.runs.report).toBeNull();
  });
});

describe("save files", () => {
  it("an exported save imports on another page load, back where it was saved", () => {
    const first = page();
    first.runs.newGame(3);
    first.runs.choose(1);
    first.runs.continueStory();
    expect(first.runs.exportSave()).toBe(true);
    expect(first.files.map((f) => f.name)).toEqual(["if-i-trained-gpt4-save-2026-03-14.json"]);
    expect(first.status.line).toBe("Exported your run as if-i-trained-gpt4-save-2026-03-14.json.");
    const file = first.files[0]?.text ?? "";

    storage.clear();
    const other = page();
    other.runs.newGame(5);
    other.runs.choose(2);
    expect(other.runs.importSave(file)).toBe(true);
    expect(other.status.line).toBe("Imported the run: you are back where it was saved.");
    expect(other.text()).toEqual(["Plan the fleet."]);
    expect(other.runs.session?.seed).toBe(3);
    expect(stored()?.decisions).toEqual([
      { kind: "choice", month: "2021-09", index: 1, text: "Beta" },
    ]);
    // The unfinished run it replaced is kept: Restore previous run brings it back.
    expect(stored(PREVIOUS_KEY)?.seed).toBe(5);
  });

  it("a bad file is refused with its reason, and the run and save stay as they were", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    const saveBefore = storage.peek(SAVE_KEY);
    expect(p.runs.importSave("{not json")).toBe(false);
    expect(p.status.line).toBe(
      "That file cannot be imported: The save is damaged: it is not readable JSON. Your own save is unchanged.",
    );
    expect(p.status.tone).toBe("problem");
    expect(p.runs.importSave('{"format":"someone-else","version":1}')).toBe(false);
    expect(p.status.line).toBe(
      "That file cannot be imported: This is not a save of If I Trained GPT-4. Your own save is unchanged.",
    );
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);
    expect(p.runs.session?.seed).toBe(3);
    expect(p.decisions()).toBe(1);
  });
});

describe("an exploring run", () => {
  it("is never saved, whatever is done on it", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    const saveBefore = storage.peek(SAVE_KEY);
    const writes = storage.writes.length;
    p.runs.toTitle();

    const explorer = page();
    explorer.runs.openScreen("fleet");
    expect(explorer.view.screen).toBe("fleet");
    expect(explorer.status.line).toBe(
      "Exploring on a run of its own (seed 1): nothing you do here is saved, and your saved run is untouched. New game on the title screen starts a run that is saved.",
    );
    expect(explorer.runs.saving.exploring).toBe(true);
    explorer.runs.advanceMonth({ training: 6000, serving: 3500, research: 500 });
    // The story did not ask for the fleet: the plan applies and the story stays on its page.
    explorer.runs.commit(FLEET);
    expect(explorer.view.screen).toBe("narrative");
    expect(explorer.text()).toEqual(["Chapter 1: Start", "The first page."]);
    explorer.runs.choose(0);
    // Rewound and redone, it is the same exploring run, still never saved.
    explorer.runs.rewind(1);
    explorer.runs.redo(1);
    expect(explorer.runs.isExploring).toBe(true);
    explorer.runs.saveAndQuit();
    expect(explorer.view.screen).toBe("title");
    expect(explorer.runs.session?.decisions).toHaveLength(3);
    expect(storage.writes.length).toBe(writes);
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);
    // Nothing to replace: the exploring run is not the player's.
    expect(explorer.runs.replaceable()?.title).toBe("Replace your saved run?");
  });
});

describe("the month speed", () => {
  it("'Next month' moves as many months as asked, each its own decision, up to December 2023", () => {
    const p = page();
    p.runs.newGame(3);
    const split = { training: 6000, serving: 3500, research: 500 };
    p.runs.advanceMonth(split, [], 5);
    // September 2021 + 5 months: February 2022, five "advance" decisions a replay repeats.
    expect(p.runs.session?.world.monthIndex).toBe(5);
    expect(p.runs.session?.decisions.map((d) => d.kind)).toEqual(Array(5).fill("advance"));
    expect(stored()?.decisions).toHaveLength(5);
    // From index 5, the calendar (September 2021 to December 2023, 28 months) holds 23 more:
    // a press asking for more stops after the last.
    p.runs.advanceMonth(split, [], 100);
    expect(p.runs.session?.world.monthIndex).toBe(28);
    expect(p.runs.session?.decisions).toHaveLength(28);
  });
});

describe("save and quit, and the previous run", () => {
  it("save and quit writes the run and Continue on the title resumes it", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    p.runs.continueStory();
    p.runs.saveAndQuit();
    expect(p.view.screen).toBe("title");
    expect(p.status.line).toBe("Your run is saved: Continue resumes it.");
    expect(stored()?.pages).toBe(1);
    expect(p.runs.continueSaved()).toBe(true);
    expect(p.text()).toEqual(["Plan the fleet."]);
  });

  it("a new run keeps the one it replaces, and Restore previous swaps them back and forth", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    expect(p.runs.replaceable()).toEqual({
      title: "Replace your run in progress?",
      message:
        'Your run in progress (Chapter 1, September 2021, 1 decisions) will be replaced. It is kept: "Restore previous run" on the title screen brings it back.',
      unsaved: false,
    });
    p.runs.newGame(4);
    p.runs.choose(1);
    expect(p.runs.previousRun()?.seed).toBe(3);

    expect(p.runs.restorePrevious()).toBe(true);
    expect(p.status.line).toBe(
      'Restored your previous run. The run it replaced is now the previous one: "Restore previous run" brings it back.',
    );
    expect(p.runs.session?.seed).toBe(3);
    expect(p.text()).toEqual([
      "Chapter 1: Start",
      "The first page.",
      "Alpha",
      "Alpha it is.",
      "A page break follows.",
    ]);
    expect(stored()?.seed).toBe(3);
    expect(p.runs.previousRun()?.seed).toBe(4);

    expect(p.runs.restorePrevious()).toBe(true);
    expect(p.runs.session?.seed).toBe(4);
    expect(p.text()).toEqual([
      "Chapter 1: Start",
      "The first page.",
      "Beta",
      "Beta it is.",
      "A page break follows.",
    ]);
    expect(p.runs.previousRun()?.seed).toBe(3);
  });

  it("with no previous run, says so", () => {
    const p = page();
    expect(p.runs.restorePrevious()).toBe(false);
    expect(p.status.line).toBe("There is no previous run to restore.");
  });
});

describe("storage that fails", () => {
  it("a write that throws: the player is told at once, the run goes on, the save keeps what it had", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    storage.failing.setItem = quotaError;
    p.runs.continueStory();
    expect(p.status.held).toBe(
      "Your run is not being saved: this browser's storage for the game is full. It goes on in memory; export the save file now to keep it. The save kept here holds your first 1 decision.",
    );
    expect(p.status.line).toBe(p.status.held);
    expect(p.runs.saving.saving).toBe(false);
    expect(p.text()).toEqual(["Plan the fleet."]);
    expect(stored()).toMatchObject({ pages: 0, decisions: [{ text: "Alpha" }] });

    // The warning's button exports the run as it is in memory.
    p.status.heldAction?.run();
    const exported = JSON.parse(p.files[0]?.text ?? "{}") as SaveFile;
    expect(exported.pages).toBe(1);
    expect(exported.decisions).toHaveLength(1);

    // A new screen shows the warning again; saving coming back lifts it.
    p.runs.continueStory();
    expect(p.status.line).toBe(p.status.held);
    storage.heal();
    p.runs.commit(FLEET);
    expect(p.status.held).toBeNull();
    expect(p.status.line).toBe("Saving works again: your run is saved in this browser.");
    expect(stored()?.decisions).toHaveLength(2);
  });

  it("a slot that cannot be read is reported, never written over, and asked about", () => {
    const p = page();
    p.runs.newGame(3);
    p.runs.choose(0);
    const saveBefore = storage.peek(SAVE_KEY);
    storage.failing.getItem = securityError;

    const again = page();
    expect(again.runs.savedRun()).toBeNull();
    expect(again.status.line).toBe(
      "Your saved run cannot be read: this browser does not let the game use its storage (private browsing or a privacy setting can do that). It has not been changed, and the game will not write over it.",
    );
    expect(again.runs.replaceable()?.title).toBe("Start a new run?");
    again.runs.newGame(4);
    again.runs.choose(1);
    expect(again.status.held).toBe(
      "This run is not being saved: the game could not read or keep a copy of the unfinished run it would replace, so it left that run where it is. This run goes on in memory: export the save file to keep it.",
    );
    expect(storage.peek(SAVE_KEY)).toBe(saveBefore);
    expect(again.runs.session?.seed).toBe(4);
  });
});
