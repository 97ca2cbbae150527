/**
 * The run controller: the player's run and everything that happens to it (new game, Continue,
 * rewind and redo, a chapter replayed, a run link opened, a save imported or exported, save and
 * quit, the previous run restored), with no Phaser and no DOM. It reaches the outside only
 * through the ports of ports.ts, so vitest drives it in Node (test/unit/run-controller.test.ts).
 *
 * The view follows it: each operation ends with one "changed" event (the page title, the
 * story's backdrop, the Rewind buttons read the state then), the story panel draws each
 * "beat" as the session produces it and starts its page over on "page" (a run started, or
 * rebuilt by a replay). The controller sends the player to a place (`view.show`); the router
 * picks the scene.
 */

import { gameText as t } from "../i18n/messages/game";
import { formatMonthName } from "../i18n/numbers";
import {
  codeFingerprint,
  type DecodeWork,
  decodeRun,
  encodeRun,
  storyBuild,
} from "../persist/code";
import type { ReachedEnding } from "../persist/endings";
import { entryOf, type HistoryEntry } from "../persist/history";
import type { Checkpoint } from "../persist/peek";
import {
  badSaveMessage,
  exportSaveText,
  parseSave,
  type SaveFile,
  type SaveOutcome,
  saveFileName,
  saveOf,
  unsavedMessage,
} from "../persist/saves";
import { describeProblem } from "../persist/storage";
import { type Allocation, currentMonth, LAST_MONTH_INDEX, type ResearchId } from "../sim";
import type { Beat } from "../story/director";
import { SCREENS, type ScreenName } from "../story/protocol";
import { type DecisiveDecision, weighDecisions } from "./decisive";
import type { Place, RunPorts } from "./ports";
import { buildReport, decisionLines, gameAddress, type RunReport } from "./report";
import {
  type Decision,
  type DecisionInput,
  GameSession,
  type ReplayWork,
  type ScreenPlan,
} from "./session";

/** What the Report scene shows: the player's own finished run, or a run from a link. */
export interface ReportView {
  report: RunReport;
  source: "own" | "link";
  /** The page address that opens this run. */
  link: string;
}

/** Work done on untrusted input since the page loaded (the hook shows it; tests bound it). */
export interface InputWork extends DecodeWork, ReplayWork {}

/** What the save slot holds, as the title screen and "would this replace a run?" need it. */
export type SlotState =
  | { kind: "empty" }
  | { kind: "run"; save: SaveFile }
  /** Storage would not be read: a run may be there; nothing will write over it. */
  | { kind: "unreadable" }
  /** A damaged save that could not be moved aside. */
  | { kind: "damaged" };

/** A beat and the choice that led to it, as the story panel draws it. */
export interface ShownBeat {
  beat: Beat;
  chosen?: string;
}

export type RunEvent =
  /** A new beat of the run on screen: the panel adds it to the page. */
  | ({ kind: "beat" } & ShownBeat)
  /** The page starts over with these beats, already read (empty: a run about to start). */
  | { kind: "page"; beats: readonly ShownBeat[] }
  /** An operation ended; `undo` is what Rewind and Redo can do now. */
  | { kind: "changed"; undo: { rewind: boolean; redo: boolean } };

/** What a new run would replace, as the question before it says. */
export interface Replaceable {
  title: string;
  message: string;
  /** The run would be lost (it is not saved): the question offers to export it first. */
  unsaved: boolean;
}

/** A save file read and replayed, not yet the player's run. */
export interface ImportedRun {
  session: GameSession;
  save: SaveFile;
}

export class RunController {
  private storyJson: string | null = null;
  private run: GameSession | null = null;
  private unfollow: (() => void) | null = null;
  /**
   * The run was opened to explore a screen (`?screen=`, `andy.openScreen` with no run): a run of
   * its own that is never saved, so a link cannot touch the save.
   */
  private exploring = false;
  /**
   * A run link being watched ("Watch it" on its card): an exploring run of the same seed that
   * makes the link's decisions for the visitor as they turn the pages. Its decisions so far are
   * always a prefix of the link's, so the next one is the link's at the run's decision count.
   */
  private watching: { decisions: readonly DecisionInput[]; code: string } | null = null;
  /** Decisions rewound and not yet redone, the next one to redo first. */
  private undone: Decision[] = [];
  private shownReport: ReportView | null = null;
  /** The run whose card is on show (its decisions are weighed for it). */
  private shownRun: GameSession | null = null;
  /** The decisions that moved each finished run most, once weighed (decisive.ts). */
  private readonly weights = new WeakMap<GameSession, DecisiveDecision[]>();
  /** The run being weighed in the background, and how to stop it. */
  private weighing: { run: GameSession; stop: () => void } | null = null;
  /** Who waits for the card on show to have its decisions (Save image, Share). */
  private waitingForWeights: ((view: ReportView | null) => void)[] = [];
  private readonly recorded = new WeakSet<GameSession>();
  private slot: SlotState = { kind: "empty" };
  readonly work: InputWork = { unpackedChars: 0, decisionsReplayed: 0 };
  private readonly listeners = new Set<(event: RunEvent) => void>();
  /** Operations under way (one may call another): "changed" is sent when the outer one ends. */
  private depth = 0;

  constructor(private readonly ports: RunPorts) {}

  // ---- state ----

  get session(): GameSession | null {
    return this.run;
  }

  /** Whether the run on screen is an exploring run (never saved). */
  get isExploring(): boolean {
    return this.exploring;
  }

  /** Whether the run on screen is someone's run link being watched (never saved). */
  get isWatching(): boolean {
    return this.watching !== null;
  }

  /** The report on screen (own run or a link), if any. */
  get report(): ReportView | null {
    return this.shownReport;
  }

  get storyLoaded(): boolean {
    return this.storyJson !== null;
  }

  setStory(json: string): void {
    this.storyJson = json;
  }

  /** The fingerprint of the story this build plays. */
  get build(): string {
    return this.storyJson ? storyBuild(this.storyJson) : "";
  }

  /** Whether the run is being saved, and how many of its decisions the stored save holds. */
  get saving(): { saving: boolean; kept: number | null; exploring: boolean } {
    const saves = this.ports.store.saves;
    return { saving: saves.saving, kept: saves.kept, exploring: this.exploring };
  }

  /** The import limit, for the file picker (bytes: a character is at least one). */

  /** What Rewind and Redo can do now. */
  get undo(): { rewind: boolean; redo: boolean } {
    // A watched run only goes forward: its choices are the link's, not the visitor's.
    if (this.watching) return { rewind: false, redo: false };
    return { rewind: (this.run?.decisions.length ?? 0) > 0, redo: this.undone.length > 0 };
  }

  subscribe(listener: (event: RunEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- starting and resuming runs ----

  /**
   * Starts a fresh run with a seed (random when not given) and shows the story. It does not ask
   * (the App's `guarded` does). The unfinished run it replaces is kept as the previous run (or,
   * if that cannot be done, this run is not saved, and the player is told).
   */
  newGame(seed: number = this.ports.clock.randomSeed()): void {
    this.op(() => {
      this.begin(new GameSession(this.story(), seed), false);
      this.ports.store.saves.startRun();
      this.go("narrative");
      this.afterRunChange();
    });
  }

  /**
   * What a new run would replace, if anything the player would miss: the unfinished run in
   * progress or in the save, or a save that cannot be read.
   */
  replaceable(): Replaceable | null {
    const run = this.run;
    const slot = this.readSlot();
    if (slot.kind === "unreadable") {
      return {
        title: t("replaceUnreadableTitle"),
        message: t("replaceUnreadableMessage"),
        unsaved: false,
      };
    }
    if (run && !this.exploring && run.beat.pause.kind !== "ending") {
      const unsaved = !this.ports.store.saves.saving;
      const where = {
        chapter: run.director.chapter,
        month: formatMonthName(currentMonth(run.world)),
        decisions: run.decisions.length,
      };
      return {
        title: t("replaceRunTitle"),
        message: unsaved ? t("replaceRunUnsaved", where) : t("replaceRunKept", where),
        unsaved,
      };
    }
    if (slot.kind === "run" && slot.save.summary.ending === null) {
      const s = slot.save.summary;
      return {
        title: t("replaceSavedTitle"),
        message: t("replaceSavedMessage", {
          chapter: s.chapter,
          month: formatMonthName(s.month),
          decisions: slot.save.decisions.length,
        }),
        unsaved: false,
      };
    }
    return null;
  }

  /** The save Continue would resume; a damaged or unreadable save is reported here. */
  savedRun(): SaveFile | null {
    const slot = this.readSlot(true);
    return slot.kind === "run" ? slot.save : null;
  }

  /** The run "Restore previous run" would bring back (the unfinished run a new one replaced). */
  previousRun(): SaveFile | null {
    return this.ports.store.previous();
  }

  /** Continue on the title screen: rebuilds the saved run exactly where it was. */
  continueSaved(): boolean {
    return this.op(() => {
      const slot = this.readSlot(true);
      if (slot.kind !== "run" || !this.storyJson) {
        if (slot.kind === "empty") {
          this.ports.status.show(t("noSavedRun"), "problem");
        }
        return false;
      }
      const save = slot.save;
      try {
        const run = GameSession.replay(this.storyJson, save.seed, save.decisions, save.pages);
        this.adopt(run, "resumed", save);
        return true;
      } catch (err) {
        const kept = this.ports.store.quarantine(this.ports.clock.now());
        // Redraw the title so Continue reflects what the slot holds now.
        if (this.ports.view.screen === "title") this.go("title");
        this.ports.status.show(
          badSaveMessage(t("noLongerFits", { error: messageOf(err) }), kept),
          "problem",
        );
        return false;
      }
    });
  }

  /** "Restore previous run": swaps the previous run back into the save and resumes it. */
  restorePrevious(): boolean {
    return this.op(() => {
      const restored = this.ports.store.restorePrevious();
      if (!restored.ok) {
        this.ports.status.show(
          t("restoreFailed", { problem: describeProblem(restored.problem) }),
          "problem",
        );
        return false;
      }
      if (!restored.value) {
        this.ports.status.show(t("noPreviousRun"), "problem");
        return false;
      }
      if (!this.continueSaved()) return false;
      this.ports.status.show(t("restored"));
      return true;
    });
  }

  // ---- rewind, redo, chapters ----

  /** Undoes the last `steps` decisions (choices, commits, plans, months) by replaying the others. */
  rewind(steps = 1): void {
    this.op(() => {
      const run = this.requireRun();
      if (!this.storyJson || this.watching) return;
      if (run.decisions.length === 0) {
        this.ports.status.show(t("nothingToRewind"));
        return;
      }
      const keep = Math.max(0, run.decisions.length - Math.max(1, Math.floor(steps)));
      const removed = run.decisions.slice(keep);
      const rebuilt = GameSession.replay(this.storyJson, run.seed, run.decisions.slice(0, keep));
      this.undone = [...removed, ...this.undone];
      this.adopt(rebuilt, "same");
      this.ports.status.show(t("rewound", { n: removed.length }));
    });
  }

  /** Brings back the last `steps` decisions rewound (until a new decision is made). */
  redo(steps = 1): void {
    this.op(() => {
      const run = this.requireRun();
      if (this.watching) return;
      if (!this.storyJson) return;
      if (this.undone.length === 0) {
        this.ports.status.show(t("nothingToRedo"));
        return;
      }
      const count = Math.min(this.undone.length, Math.max(1, Math.floor(steps)));
      const again = this.undone.slice(0, count);
      const rebuilt = GameSession.replay(this.storyJson, run.seed, [...run.decisions, ...again]);
      this.undone = this.undone.slice(count);
      this.adopt(rebuilt, "same");
      this.ports.status.show(t("redone", { n: count, more: this.undone.length }));
    });
  }

  /** Finished runs, newest first (a damaged history is reported, and kept aside if it can be). */
  history(): HistoryEntry[] {
    const { runs, problem } = this.ports.store.history(this.ports.clock.now());
    if (problem) this.ports.status.show(problem, "problem");
    return runs;
  }

  /** The endings this browser has reached, in the verdict's order (a damaged record is reported). */
  reachedEndings(runs: readonly HistoryEntry[] = this.history()): ReachedEnding[] {
    const now = this.ports.clock.now();
    const { reached, problem } = this.ports.store.endings(runs, now);
    if (problem) this.ports.status.show(problem, "problem");
    return reached;
  }

  /** Chapters of the last finished run that can be replayed with other choices. */
  checkpoints(): Checkpoint[] {
    return this.history()[0]?.chapters ?? [];
  }

  /** Starts the last finished run again from the opening of a chapter it reached (no question asked). */
  replayChapter(chapter: number): void {
    this.op(() => {
      const last = this.history()[0];
      const start = last?.chapters.find((c) => c.chapter === chapter);
      if (!last || !start || !this.storyJson) {
        this.ports.status.show(t("chapterNotReached", { chapter }), "problem");
        return;
      }
      const decoded = decodeRun(last.code);
      if (!decoded.ok) {
        this.ports.status.show(decoded.message, "problem");
        return;
      }
      try {
        const prefix = decoded.value.decisions.slice(0, start.decisions);
        this.adopt(GameSession.replay(this.storyJson, decoded.value.seed, prefix), "new");
        this.ports.status.show(t("replayingFrom", { chapter }));
      } catch (err) {
        this.ports.status.show(t("cannotReplay", { error: messageOf(err) }), "problem");
      }
    });
  }

  // ---- playing ----

  choose(index: number): void {
    this.op(() => {
      const run = this.requireRun();
      const beat = run.choose(index);
      this.ports.sound.cue("choice");
      this.decided();
      this.afterBeat(beat);
    });
  }

  /**
   * Continue: past a page break, or into the screen the story is waiting for. `quiet`: no page
   * sound (the story panel's "Skip read text" turning page after page sounds the first only).
   */
  continueStory(options: { quiet?: boolean } = {}): void {
    this.op(() => {
      const run = this.requireRun();
      const pause = run.beat.pause;
      if (pause.kind === "screen") {
        this.openScreen(pause.screen);
        return;
      }
      if (pause.kind === "ending") {
        this.showReport();
        return;
      }
      if (pause.kind !== "page") return;
      if (!options.quiet) this.ports.sound.cue("page");
      const beat = run.continue();
      this.autosave();
      this.afterBeat(beat);
      this.stepWatch();
    });
  }

  /** Leaves a management screen without committing: the story still waits for it. */
  cancelScreen(): void {
    this.op(() => {
      this.requireRun();
      this.ports.sound.cue("page");
      this.go("narrative");
    });
  }

  /** A management screen commits its plan; the story resumes. */
  commit(plan: ScreenPlan): void {
    this.op(() => {
      const run = this.requireRun();
      if (run.pendingScreen !== plan.screen) {
        // Opened outside the story's request (openScreen): the plan applies, the story stays put.
        run.applyPlan(plan);
        this.ports.sound.cue("commit");
        this.emit({ kind: "page", beats: run.beats });
        this.go("narrative");
        // Saved after the switch, so a message about the save is not cleared with the screen.
        this.decided();
        return;
      }
      const beat = run.commit(plan);
      this.ports.sound.cue("commit");
      this.go("narrative");
      this.decided();
      this.afterBeat(beat);
    });
  }

  /**
   * Opens a management screen. The story opens them with `# screen:` tags; players exploring and
   * tests may open any screen directly (`andy.openScreen`, `?screen=designer&seed=1`): without a
   * run, an exploring run starts with the seed (1 by default), which is never saved, so the save
   * is untouched. Committing a screen the story did not ask for applies its plan and returns to
   * the story where it was.
   */
  openScreen(screen: ScreenName, seed?: number): void {
    this.op(() => {
      if (!SCREENS.includes(screen))
        throw new Error(`the ${screen} screen is not part of this build`);
      const explore = !this.run;
      if (explore) this.begin(new GameSession(this.story(), seed ?? 1), true);
      this.go(screen);
      if (explore) {
        this.ports.status.show(t("exploring", { seed: seed ?? 1 }));
      }
    });
  }

  /**
   * The Fleet screen's "Next month": `months` months pass with this split (the month speed
   * setting), each logged as a decision of its own, up to the calendar's last month.
   */
  advanceMonth(allocation: Allocation, research?: ResearchId[], months = 1): void {
    this.op(() => {
      const run = this.requireRun();
      const left = LAST_MONTH_INDEX + 1 - run.world.monthIndex;
      const count = Math.max(1, Math.min(Math.floor(months), left));
      for (let i = 0; i < count; i++) run.advanceMonth(allocation, research);
      this.decided();
      this.ports.sound.cue("page");
    });
  }

  // ---- places ----

  showHistory(): void {
    this.op(() => this.go("history"));
  }

  toTitle(): void {
    this.op(() => {
      if (this.shownReport?.source === "link" || this.watching) this.ports.address.forgetLink();
      this.showCard(null, null);
      this.go("title");
    });
  }

  /** "Save and return to title": writes the save, then the title, where Continue resumes it. */
  saveAndQuit(): void {
    this.op(() => {
      const own = this.run !== null && !this.exploring && this.storyJson !== null;
      this.toTitle();
      if (!own) return;
      // Written after the switch, so a message about the save is not cleared with the screen.
      this.autosave();
      if (this.ports.store.saves.saving) {
        this.ports.status.show(t("savedAndQuit"));
      }
    });
  }

  // ---- reports and run links ----

  /** The share code of the player's run as it stands. */
  shareCode(): string | null {
    const run = this.run;
    if (!run || !this.storyJson) return null;
    return encodeRun({ seed: run.seed, build: this.build, decisions: [...run.decisions] });
  }

  /** The end-state card of the player's finished run (or of the run link watched to its end). */
  showReport(): void {
    this.op(() => {
      const run = this.requireRun();
      if (run.beat.pause.kind !== "ending") throw new Error("the run has not reached an ending");
      const watched = this.watching;
      if (watched) {
        const code = watched.code;
        this.present(
          buildReport(run, code, codeFingerprint(code), currentMonth(run.world)),
          "link",
          run,
        );
        return;
      }
      this.recordFinished(run);
      this.present(this.reportOf(run), "own", run);
    });
  }

  /**
   * Shows a card: its run link (a QR code on the card), the game's address on the card taken
   * from that link, and the decisions that moved the run most once they are weighed (in the
   * background: the card shows first and fills them in, with a "changed" event).
   */
  private present(report: RunReport, source: "own" | "link", run: GameSession): void {
    const link = this.ports.address.linkFor(report.code, report.ending);
    this.showCard({ report: { ...report, address: gameAddress(link), link }, source, link }, run);
    this.weigh(run);
    this.fillDecisions();
    this.go("report");
  }

  /** The card on show and its run; whoever waits for the one before gets what is on show now. */
  private showCard(view: ReportView | null, run: GameSession | null): void {
    this.shownReport = view;
    this.shownRun = run;
    if (view && !view.report.decisions) return;
    for (const resolve of this.waitingForWeights.splice(0)) resolve(view);
  }

  /** The card on show once its decisions are weighed (at once when they are; null: no card). */
  reportWeighed(): Promise<ReportView | null> {
    const view = this.shownReport;
    if (!view || view.report.decisions) return Promise.resolve(view);
    return new Promise((resolve) => this.waitingForWeights.push(resolve));
  }

  /**
   * Weighs a finished run's decisions in the background (src/game/decisive.ts: the run replayed
   * without each), once per run: from its ending, so that its card usually has them when shown.
   */
  private weigh(run: GameSession): void {
    if (this.weights.has(run) || this.weighing?.run === run) return;
    this.weighing?.stop();
    const work = weighDecisions(run);
    const weighing = { run, stop: () => {} };
    this.weighing = weighing;
    weighing.stop = this.ports.background.run(() => {
      let found: DecisiveDecision[];
      try {
        const next = work.next();
        if (!next.done) return true;
        found = next.value;
      } catch {
        // A run that cannot be weighed has a card without them, never a broken one.
        found = [];
      }
      this.weights.set(run, found);
      if (this.weighing === weighing) this.weighing = null;
      if (this.shownRun === run) this.op(() => this.fillDecisions());
      return false;
    });
  }

  /** Puts the weighed decisions on the card on show, if they are ready. */
  private fillDecisions(): void {
    const view = this.shownReport;
    const found = this.shownRun && this.weights.get(this.shownRun);
    if (!view || !found || view.report.decisions) return;
    const r = view.report;
    const decisions = decisionLines(found, r.numbers, r.ending);
    this.showCard({ ...view, report: { ...r, decisions } }, this.shownRun);
  }

  /**
   * Opens a run link: validates the code, replays it on a session of its own (the visitor's run
   * and save are untouched) and shows its card. Any problem is explained and the title shown.
   */
  openRunLink(code: string): boolean {
    return this.op(() => {
      const fail = (message: string) => {
        this.ports.address.forgetLink();
        this.showCard(null, null);
        if (this.ports.view.screen !== "title") this.go("title");
        this.ports.status.show(message, "problem");
        return false;
      };
      if (!this.storyJson) return fail(t("storyNotLoaded"));
      const decoded = decodeRun(code, this.work);
      if (!decoded.ok) return fail(t("runLinkBad", { reason: decoded.message }));
      const { seed, decisions, build } = decoded.value;
      let run: GameSession;
      try {
        run = GameSession.replay(this.storyJson, seed, decisions, "all", this.work);
      } catch (err) {
        return fail(t("runLinkReplay", { error: messageOf(err) }));
      }
      if (run.beat.pause.kind !== "ending") {
        return fail(t("runLinkNoEnding"));
      }
      const trimmed = code.trim();
      this.present(
        buildReport(run, trimmed, codeFingerprint(trimmed), currentMonth(run.world)),
        "link",
        run,
      );
      // Whose card this is and what the visitor can do with it, and whether it replayed as played.
      const welcome = t("runLinkWelcome");
      this.ports.status.show(
        build === this.build ? welcome : `${welcome} ${t("runLinkOtherBuild")}`,
      );
      return true;
    });
  }

  /**
   * "Watch it" on a run link's card: the run again from its first page, on a run of its own that
   * is never saved (the visitor's save is untouched). Each Continue turns a page; the link's
   * choices and plans are made as the story reaches them, and its ending shows the same card.
   */
  watchShownRun(): void {
    this.op(() => {
      const shown = this.shownReport;
      if (shown?.source !== "link") return;
      const decoded = decodeRun(shown.report.code, this.work);
      if (!decoded.ok) {
        this.ports.status.show(t("runLinkBad", { reason: decoded.message }), "problem");
        return;
      }
      const weighed = this.shownRun && this.weights.get(this.shownRun);
      this.begin(new GameSession(this.story(), decoded.value.seed), true);
      this.watching = { decisions: decoded.value.decisions, code: shown.report.code };
      // The same decisions end in the same card: what the link's run weighed is this run's too.
      if (weighed && this.run) this.weights.set(this.run, weighed);
      this.go("narrative");
      this.stepWatch();
      this.ports.status.show(t("watching"));
    });
  }

  /**
   * "Play from a chapter" on a run link's card: the visitor's own run from the opening of a
   * chapter the linked run reached, its decisions before it kept, saved from then on (the App
   * asks first when that would replace an unfinished run).
   */
  playShownFrom(chapter: number): void {
    this.op(() => {
      const shown = this.shownReport;
      const start = shown?.report.chapters.find((c) => c.chapter === chapter);
      if (shown?.source !== "link" || !start || !this.storyJson) {
        this.ports.status.show(t("chapterNotInLink", { chapter }), "problem");
        return;
      }
      const decoded = decodeRun(shown.report.code, this.work);
      if (!decoded.ok) {
        this.ports.status.show(t("runLinkBad", { reason: decoded.message }), "problem");
        return;
      }
      const { seed, decisions } = decoded.value;
      try {
        const prefix = decisions.slice(0, start.decisions);
        this.adopt(GameSession.replay(this.storyJson, seed, prefix, 0, this.work), "new");
        this.ports.status.show(t("playingFromLink", { chapter }));
      } catch (err) {
        this.ports.status.show(t("cannotReplay", { error: messageOf(err) }), "problem");
      }
    });
  }

  /** "Replay this run": the same seed from chapter 1, to choose differently (no question asked). */
  replayShownRun(): void {
    const seed = this.shownReport?.report.seed;
    this.newGame(seed ?? this.ports.clock.randomSeed());
  }

  // ---- save files ----

  /** Downloads the run in progress (or the autosave) as a file. */
  exportSave(): boolean {
    const own = this.run && this.storyJson && !this.exploring;
    const save =
      own && this.run && this.storyJson
        ? saveOf(this.run, this.storyJson, this.ports.clock.now())
        : this.savedRun();
    if (!save) {
      this.ports.status.show(t("noRunToExport"), "problem");
      return false;
    }
    const name = saveFileName(save);
    this.ports.download(exportSaveText(save), name);
    this.ports.status.show(t("exported", { name }));
    return true;
  }

  /**
   * Imports a save file's text: validated, replayed, and only then made the current run (the
   * unfinished run it replaces is kept as the previous run). No question asked: the Import
   * button goes through the App's `importFile`, which asks.
   */
  importSave(text: string): boolean {
    const run = this.runFromFile(text);
    if (!run) return false;
    this.adoptImported(run);
    return true;
  }

  /** A save file's text read and replayed (not yet the player's run); null, and why, if not. */
  runFromFile(text: string): ImportedRun | null {
    if (!this.storyJson) {
      this.refuseImport(t("storyNotLoaded"));
      return null;
    }
    const parsed = parseSave(text);
    if (!parsed.ok) {
      this.refuseImport(parsed.message);
      return null;
    }
    const save = parsed.value;
    try {
      const session = GameSession.replay(
        this.storyJson,
        save.seed,
        save.decisions,
        save.pages,
        this.work,
      );
      return { session, save };
    } catch (err) {
      this.refuseImport(t("importReplayError", { error: messageOf(err) }));
      return null;
    }
  }

  /** Makes an imported run the player's run. */
  adoptImported(run: ImportedRun): void {
    this.op(() => {
      this.adopt(run.session, "new");
      this.ports.status.show(t("imported"));
    });
  }

  refuseImport(reason: string): void {
    this.ports.status.show(t("importRefused", { reason }), "problem");
  }

  // ---- inside ----

  /** Runs an operation; the outermost one ends with "changed". */
  private op<T>(work: () => T): T {
    this.depth += 1;
    try {
      return work();
    } finally {
      this.depth -= 1;
      if (this.depth === 0) this.emit({ kind: "changed", undo: this.undo });
    }
  }

  private emit(event: RunEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private story(): string {
    if (!this.storyJson) throw new Error("the story has not loaded yet");
    return this.storyJson;
  }

  /** Follows a session: its beats go to the view, its cues to the sound. */
  private follow(run: GameSession): void {
    this.unfollow?.();
    this.run = run;
    // Weighing a run nobody will see the card of is work wasted.
    if (this.weighing && this.weighing.run !== this.shownRun) {
      this.weighing.stop();
      this.weighing = null;
    }
    this.unfollow = run.subscribe({
      beat: (beat, chosen) =>
        this.emit(chosen === undefined ? { kind: "beat", beat } : { kind: "beat", beat, chosen }),
      cue: (tag) => {
        if (tag.kind === "music") this.ports.sound.music(tag.track);
        else this.ports.sound.cue(tag.cue);
      },
    });
  }

  /** A session not started yet becomes the run: the page starts over with its first beat. */
  private begin(run: GameSession, exploring: boolean): void {
    this.follow(run);
    this.exploring = exploring;
    this.watching = null;
    this.undone = [];
    this.emit({ kind: "page", beats: [] });
    run.start();
  }

  /**
   * Makes a rebuilt run the player's run. `how`: "new" replaces the run in the slot (a
   * checkpoint, an import: the unfinished one there is kept as the previous run), "resumed"
   * is the run the slot holds (Continue, Restore), "same" is the player's run rebuilt
   * (rewind, redo).
   */
  private adopt(run: GameSession, how: "new" | "resumed" | "same", save?: SaveFile): void {
    this.follow(run);
    // The same run rebuilt stays what it was: an exploring run is not saved after a rewind.
    if (how !== "same") {
      this.exploring = false;
      this.watching = null;
    }
    if (how === "new") {
      this.ports.store.saves.startRun();
      this.undone = [];
    } else if (how === "resumed") {
      if (save) this.ports.store.saves.resumed(save);
      this.undone = [];
    }
    // Rebuild the page as the player last saw it: the panel clears at each page break.
    this.emit({ kind: "page", beats: run.beats });
    this.go("narrative");
    this.afterRunChange();
    if (run.beat.pause.kind === "ending") {
      this.recordFinished(run);
      this.weigh(run);
    }
  }

  /**
   * A watched run link: makes the link's next decisions while the story waits for them (a choice,
   * a screen) or where it stands (plans and months made outside the story's request), and stops
   * at a page for the visitor to turn, or at the end.
   */
  private stepWatch(): void {
    const run = this.run;
    const watched = this.watching;
    if (!run || !watched) return;
    for (;;) {
      const next = watched.decisions[run.decisions.length];
      if (!next) return;
      const pause = run.beat.pause.kind;
      const storyDecision = next.kind === "choice" || next.kind === "commit";
      if ((storyDecision && pause === "page") || pause === "ending") return;
      try {
        if (next.kind === "choice") this.afterBeat(run.choose(next.index));
        else if (next.kind === "commit") this.afterBeat(run.commit(next.plan));
        else if (next.kind === "plan") run.applyPlan(next.plan);
        else run.advanceMonth(next.allocation, next.research);
      } catch (err) {
        // The link replayed when it was opened, so this is a defect; the visitor keeps the page.
        this.watching = null;
        this.ports.status.show(t("runLinkReplay", { error: messageOf(err) }), "problem");
        return;
      }
    }
  }

  private afterBeat(beat: Beat): void {
    if (beat.pause.kind !== "ending") return;
    if (this.run) {
      this.recordFinished(this.run);
      this.weigh(this.run);
    }
    this.ports.view.show("ending");
  }

  /** Shows another place; messages about the one before no longer apply (callers speak after). */
  private go(place: Place): void {
    this.ports.status.clear();
    this.ports.view.show(place);
  }

  /** Leaves a run link's address once the visitor moves on to their own game. */
  private afterRunChange(): void {
    this.showCard(null, null);
    if (this.ports.address.hasRunLink()) this.ports.address.forgetLink();
    this.autosave();
  }

  /** A decision the player made: rewound decisions can no longer be redone. */
  private decided(): void {
    this.undone = [];
    this.autosave();
  }

  /** Writes the autosave (after every choice, commit and page) and says at once if it failed. */
  private autosave(): void {
    if (!this.run || !this.storyJson || this.exploring) return;
    const save = saveOf(this.run, this.storyJson, this.ports.clock.now());
    this.reportSave(this.ports.store.saves.write(save));
  }

  private reportSave(outcome: SaveOutcome): void {
    const status = this.ports.status;
    if (outcome.kind === "not-saved") {
      // Raised again on each failure: the player may have dismissed it since.
      status.hold(unsavedMessage(outcome), {
        label: t("exportSaveAction"),
        run: () => this.exportSave(),
      });
      return;
    }
    if (outcome.recovered) {
      status.hold(null);
      status.show(t("savingWorksAgain"));
    }
    if (outcome.freed > 0) {
      status.show(t("freedDamaged", { n: outcome.freed }));
    }
  }

  /** Reads the save slot (moving a damaged save aside), and reports what it found. */
  private readSlot(report = false): SlotState {
    const loaded = this.ports.store.load(this.ports.clock.now());
    switch (loaded.status) {
      case "none":
        this.slot = { kind: "empty" };
        break;
      case "ok":
        this.slot = { kind: "run", save: loaded.save };
        break;
      case "unreadable":
        this.slot = { kind: "unreadable" };
        if (report) {
          this.ports.status.show(
            t("saveUnreadable", { problem: describeProblem(loaded.problem) }),
            "problem",
          );
        }
        break;
      case "bad": {
        const kept = loaded.kept;
        this.slot = kept.ok && kept.cleared ? { kind: "empty" } : { kind: "damaged" };
        // Reported every time: it is true every time, and a copy only happens once.
        const raw = loaded.raw;
        this.ports.status.show(
          badSaveMessage(loaded.message, kept),
          "problem",
          kept.ok
            ? undefined
            : {
                label: t("downloadIt"),
                run: () => this.ports.download(raw, "if-i-trained-gpt4-damaged-save.json"),
              },
        );
        break;
      }
    }
    return this.slot;
  }

  private reportOf(run: GameSession): RunReport {
    const code = encodeRun({ seed: run.seed, build: this.build, decisions: [...run.decisions] });
    return buildReport(run, code, codeFingerprint(code), currentMonth(run.world));
  }

  private recordFinished(run: GameSession): void {
    if (this.recorded.has(run) || this.exploring) return;
    this.recorded.add(run);
    const now = this.ports.clock.now();
    const report = this.reportOf(run);
    // The endings gallery first: the history before this run seeds a first record of it.
    const before = this.ports.store.history(now).runs;
    const reached = this.ports.store.recordEnding(report.ending, before, now);
    if (!reached.ok) {
      this.ports.status.show(
        reached.problem === "unwritable"
          ? t("endingUnwritable")
          : t("endingNotAdded", { problem: describeProblem(reached.problem) }),
        "problem",
      );
    }
    const added = this.ports.store.addToHistory(entryOf(report, now));
    if (!added.ok) {
      this.ports.status.show(
        added.problem === "unwritable"
          ? t("historyUnwritable")
          : t("historyNotAdded", { problem: describeProblem(added.problem) }),
        "problem",
      );
    }
  }

  private requireRun(): GameSession {
    if (!this.run) throw new Error("no run in progress: start a new game first");
    return this.run;
  }
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/[.。\s]+$/, "");
}
