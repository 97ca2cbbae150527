/**
 * The browser side of a run: it owns the session, the narrative panel and the
 * sound, and tells Phaser which scene to show. Scenes ask the App for state and
 * hand it the player's actions; they hold no game logic of their own.
 */
import type Phaser from "phaser";
import { SoundBoard } from "../audio/sound";
import { codeFingerprint, codeFromHash, decodeRun, encodeRun, storyBuild } from "../persist/code";
import { addToHistory, entryOf, type HistoryEntry, loadHistory } from "../persist/history";
import {
  exportSaveText,
  loadAutosave,
  parseSave,
  quarantineAutosave,
  type SaveFile,
  saveFileName,
  saveOf,
  writeAutosave,
} from "../persist/saves";
import { loadSettings, saveSettings } from "../persist/settings";
import type { ResearchId } from "../sim";
import type { Beat } from "../story/director";
import type { ScreenName } from "../story/protocol";
import { StatusLine } from "../ui/Status";
import { StoryPanel } from "../ui/StoryPanel";
import { download } from "../ui/share";
import { buildReport, type RunReport } from "./report";
import { GameSession, type ScreenPlan } from "./session";
import { type Allocation, worldMonth } from "./world";

/** Phaser scene keys, one per screen. */
export const SCENES = {
  boot: "Boot",
  preloader: "Preloader",
  title: "Title",
  narrative: "Narrative",
  fleet: "Fleet",
  designer: "Designer",
  data: "DataMix",
  serving: "Serving",
  report: "Report",
  history: "History",
} as const;

const SCREEN_SCENES: Record<ScreenName, string | null> = {
  fleet: SCENES.fleet,
  designer: SCENES.designer,
  data: SCENES.data,
  serving: SCENES.serving,
};

export type AppScreen =
  | "loading"
  | "title"
  | "narrative"
  | ScreenName
  | "ending"
  | "report"
  | "history";

/** What the Report scene shows: the player's own finished run, or a run from a link. */
export interface ReportView {
  report: RunReport;
  source: "own" | "link";
  /** The page address that opens this run. */
  link: string;
}

type Listener = () => void;

export class App {
  game: Phaser.Game | null = null;
  readonly panel: StoryPanel;
  readonly sound: SoundBoard;
  private storyJson: string | null = null;
  private run: GameSession | null = null;
  private screenName: AppScreen = "loading";
  private readonly listeners = new Set<Listener>();
  private urlScreenTried = false;
  readonly status: StatusLine;
  private shownReport: ReportView | null = null;
  private readonly recorded = new WeakSet<GameSession>();

  constructor(private readonly overlay: HTMLElement) {
    this.status = new StatusLine(overlay);
    const settings = loadSettings();
    this.sound = new SoundBoard(import.meta.env.BASE_URL, settings.muted);
    this.panel = new StoryPanel(overlay, {
      choose: (index) => this.choose(index),
      continue: () => this.continueStory(),
      rewind: () => this.rewind(1),
    });
    window.addEventListener("hashchange", () => {
      const code = codeFromHash(location.hash);
      if (code !== null && this.storyJson) this.openRunLink(code);
    });
    this.createMuteButton();
    // Browsers allow audio only after a gesture; the first one unlocks it.
    const unlock = () => this.sound.unlock();
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
  }

  get screen(): AppScreen {
    return this.screenName;
  }

  get session(): GameSession | null {
    return this.run;
  }

  get storyLoaded(): boolean {
    return this.storyJson !== null;
  }

  setStory(json: string): void {
    this.storyJson = json;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Scenes report themselves when they become the active screen. */
  enterScreen(screen: AppScreen): void {
    if (screen === "title" && !this.urlScreenTried) {
      this.urlScreenTried = true;
      const asked = screenFromUrl();
      if (asked) setTimeout(() => this.openScreen(asked.screen, asked.seed), 0);
      const code = codeFromHash(location.hash);
      if (code !== null) setTimeout(() => this.openRunLink(code), 0);
    }
    this.screenName = screen;
    if (screen === "narrative" || screen === "ending") this.panel.show();
    else this.panel.hide();
    this.emit();
  }

  /** Starts a fresh run with a seed (random when not given) and shows the story. */
  newGame(seed: number = randomSeed()): void {
    if (!this.storyJson) throw new Error("the story has not loaded yet");
    const run = new GameSession(this.storyJson, seed);
    this.listenTo(run);
    this.run = run;
    const beat = run.start();
    this.panel.reset();
    this.panel.render(beat);
    this.panel.setRewindable(false);
    this.afterRunChange();
    this.switchTo(SCENES.narrative);
  }

  private listenTo(run: GameSession): void {
    run.subscribe({
      cue: (tag) => {
        if (tag.kind === "music") this.sound.music(tag.track);
        else this.sound.cue(tag.cue);
      },
    });
  }

  /** Makes a rebuilt run (Continue, rewind, a checkpoint, an import) the player's run. */
  private adopt(run: GameSession): void {
    this.listenTo(run);
    this.run = run;
    this.panel.reset();
    // Rebuild the page as the player last saw it: the panel clears at each page break.
    for (const { beat, chosen } of run.beats) {
      this.panel.render(beat, chosen === undefined ? {} : { chosen });
    }
    this.panel.setRewindable(run.decisions.length > 0);
    this.afterRunChange();
    this.switchTo(SCENES.narrative);
    if (run.beat.pause.kind === "ending") this.recordFinished(run);
  }

  /** Leaves a run link's address once the visitor moves on to their own game. */
  private afterRunChange(): void {
    this.shownReport = null;
    if (codeFromHash(location.hash) !== null) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    this.autosave();
  }

  // ---- saves, replay and sharing (see src/persist) ----

  /** The fingerprint of the story this build plays. */
  get build(): string {
    return this.storyJson ? storyBuild(this.storyJson) : "";
  }

  /** Writes the autosave (after every choice, commit and page). */
  private autosave(): void {
    if (this.run && this.storyJson) writeAutosave(saveOf(this.run, this.storyJson));
  }

  /** The save Continue would resume; a damaged save is moved aside and reported here. */
  savedRun(): SaveFile | null {
    const loaded = loadAutosave();
    if (loaded.status === "bad") {
      this.status.show(
        `Your saved run could not be read (${loaded.message}). It was kept aside${loaded.keptAs ? ` as "${loaded.keptAs}"` : ""}; start a new game.`,
        "problem",
      );
      return null;
    }
    return loaded.status === "ok" ? loaded.save : null;
  }

  /** Continue on the title screen: rebuilds the saved run exactly where it was. */
  continueSaved(): boolean {
    const save = this.savedRun();
    if (!save || !this.storyJson) {
      if (!save) this.status.show("There is no saved run to continue.", "problem");
      return false;
    }
    try {
      this.adopt(GameSession.replay(this.storyJson, save.seed, save.decisions, save.pages));
      return true;
    } catch (err) {
      const keptAs = quarantineAutosave();
      this.status.show(
        `Your saved run no longer fits this version of the story (${messageOf(err)}). It was kept aside${keptAs ? ` as "${keptAs}"` : ""}; start a new game.`,
        "problem",
      );
      // Redraw the title so Continue reflects that there is no save any more.
      if (this.screenName === "title") this.switchTo(SCENES.title);
      return false;
    }
  }

  /** Undoes the last `steps` decisions (choices, commits, plans, months) by replaying the rest. */
  rewind(steps = 1): void {
    const run = this.requireRun();
    if (!this.storyJson) return;
    const keep = Math.max(0, run.decisions.length - Math.max(1, Math.floor(steps)));
    if (run.decisions.length === 0) {
      this.status.show("There is nothing to rewind yet.");
      return;
    }
    this.adopt(GameSession.replay(this.storyJson, run.seed, run.decisions.slice(0, keep)));
    this.status.show("Rewound: the story is back where you made that decision.");
  }

  /** Finished runs, newest first (a damaged history is reported and kept aside). */
  history(): HistoryEntry[] {
    const { runs, problem } = loadHistory();
    if (problem) this.status.show(problem, "problem");
    return runs;
  }

  /** Chapters of the last finished run that can be replayed with other choices. */
  checkpoints(): { chapter: number; decisions: number }[] {
    return this.history()[0]?.chapters ?? [];
  }

  /** Starts the last finished run again from the opening of a chapter it reached. */
  replayChapter(chapter: number): void {
    const last = this.history()[0];
    const start = last?.chapters.find((c) => c.chapter === chapter);
    if (!last || !start || !this.storyJson) {
      this.status.show(`Chapter ${chapter} has not been reached in a finished run yet.`, "problem");
      return;
    }
    const decoded = decodeRun(last.code);
    if (!decoded.ok) {
      this.status.show(decoded.message, "problem");
      return;
    }
    try {
      const prefix = decoded.value.decisions.slice(0, start.decisions);
      this.adopt(GameSession.replay(this.storyJson, decoded.value.seed, prefix));
      this.status.show(`Replaying from chapter ${chapter}: choose differently this time.`);
    } catch (err) {
      this.status.show(`That run cannot be replayed in this version: ${messageOf(err)}`, "problem");
    }
  }

  /** The report on screen (own run or a link), if any. */
  get report(): ReportView | null {
    return this.shownReport;
  }

  /** The share code of the player's run as it stands. */
  shareCode(): string | null {
    const run = this.run;
    if (!run || !this.storyJson) return null;
    return encodeRun({ seed: run.seed, build: this.build, decisions: [...run.decisions] });
  }

  private reportOf(run: GameSession): RunReport {
    const code = encodeRun({ seed: run.seed, build: this.build, decisions: [...run.decisions] });
    return buildReport(run, code, codeFingerprint(code), worldMonth(run.world));
  }

  private linkFor(code: string): string {
    return `${location.origin}${location.pathname}${location.search}#run=${code}`;
  }

  private recordFinished(run: GameSession): void {
    if (this.recorded.has(run)) return;
    this.recorded.add(run);
    addToHistory(entryOf(this.reportOf(run)));
  }

  /** The end-state card of the player's finished run. */
  showReport(): void {
    const run = this.requireRun();
    if (run.beat.pause.kind !== "ending") throw new Error("the run has not reached an ending");
    this.recordFinished(run);
    const report = this.reportOf(run);
    this.shownReport = { report, source: "own", link: this.linkFor(report.code) };
    this.switchTo(SCENES.report);
  }

  /**
   * Opens a run link: validates the code, replays it on a session of its own
   * (the visitor's run and save are untouched) and shows its card. Any problem
   * is explained and the title screen shown.
   */
  openRunLink(code: string): boolean {
    const fail = (message: string) => {
      this.status.show(message, "problem");
      history.replaceState(null, "", location.pathname + location.search);
      this.shownReport = null;
      if (this.screenName !== "title") this.switchTo(SCENES.title);
      return false;
    };
    if (!this.storyJson) return fail("The story has not loaded yet.");
    const decoded = decodeRun(code);
    if (!decoded.ok) return fail(`This run link cannot be opened. ${decoded.message}`);
    const { seed, decisions, build } = decoded.value;
    let run: GameSession;
    try {
      run = GameSession.replay(this.storyJson, seed, decisions, "all");
    } catch (err) {
      return fail(
        `This run link cannot be replayed in this version of the game: ${messageOf(err)}.`,
      );
    }
    if (run.beat.pause.kind !== "ending") {
      return fail("This run link's run does not reach an ending in this version of the game.");
    }
    const report = buildReport(
      run,
      code.trim(),
      codeFingerprint(code.trim()),
      worldMonth(run.world),
    );
    this.shownReport = { report, source: "link", link: this.linkFor(report.code) };
    if (build !== this.build) {
      this.status.show(
        "This run was played on another version of the story; it was replayed on this one.",
      );
    }
    this.switchTo(SCENES.report);
    return true;
  }

  /** "Replay this run": the same seed from chapter 1, to choose differently. */
  replayShownRun(): void {
    const seed = this.shownReport?.report.seed;
    this.newGame(seed ?? randomSeed());
  }

  showHistory(): void {
    this.switchTo(SCENES.history);
  }

  toTitle(): void {
    if (this.shownReport?.source === "link") {
      history.replaceState(null, "", location.pathname + location.search);
    }
    this.shownReport = null;
    this.switchTo(SCENES.title);
  }

  /** Downloads the run in progress (or the autosave) as a file. */
  exportSave(): boolean {
    const save = this.run && this.storyJson ? saveOf(this.run, this.storyJson) : this.savedRun();
    if (!save) {
      this.status.show("There is no run to export yet.", "problem");
      return false;
    }
    const name = saveFileName(save);
    download(new Blob([exportSaveText(save)], { type: "application/json" }), name);
    this.status.show(`Exported your run as ${name}.`);
    return true;
  }

  /** Imports a save file: validated, replayed, and only then made the current run. */
  importSave(text: string): boolean {
    const parsed = parseSave(text);
    if (!parsed.ok || !this.storyJson) {
      this.status.show(
        `That file cannot be imported: ${parsed.ok ? "the story has not loaded" : parsed.message} Your own save is unchanged.`,
        "problem",
      );
      return false;
    }
    const save = parsed.value;
    try {
      const run = GameSession.replay(this.storyJson, save.seed, save.decisions, save.pages);
      this.adopt(run);
      this.status.show("Imported the run: you are back where it was saved.");
      return true;
    } catch (err) {
      this.status.show(
        `That file cannot be imported: ${messageOf(err)}. Your own save is unchanged.`,
        "problem",
      );
      return false;
    }
  }

  choose(index: number): void {
    const run = this.requireRun();
    const text = run.beat.choices.find((c) => c.index === index)?.text;
    const beat = run.choose(index);
    this.sound.cue("choice");
    this.autosave();
    this.afterBeat(beat, text);
  }

  /** Continue: past a page break, or into the screen the story is waiting for. */
  continueStory(): void {
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
    this.sound.cue("page");
    const beat = run.continue();
    this.autosave();
    this.afterBeat(beat);
  }

  /** Leaves a management screen without committing: the story still waits for it. */
  cancelScreen(): void {
    this.requireRun();
    this.sound.cue("page");
    this.switchTo(SCENES.narrative);
  }

  /** A management screen commits its plan; the story resumes. */
  commit(plan: ScreenPlan): void {
    const run = this.requireRun();
    if (run.pendingScreen !== plan.screen) {
      // Opened outside the story's request (openScreen): the plan applies, the story stays put.
      run.applyPlan(plan);
      this.autosave();
      this.sound.cue("commit");
      this.panel.render(run.beat);
      this.switchTo(SCENES.narrative);
      this.emit();
      return;
    }
    const beat = run.commit(plan);
    this.autosave();
    this.sound.cue("commit");
    this.panel.render(beat);
    this.switchTo(SCENES.narrative);
    this.afterBeat(beat, undefined, false);
  }

  /**
   * Opens a management screen. The story opens them with `# screen:` tags; players exploring and
   * tests may open any screen directly (`andy.openScreen`, `?screen=designer&seed=1`): without a
   * run, a run starts with the seed (1 by default). Committing a screen the story did not ask for
   * applies its plan and returns to the story where it was.
   */
  openScreen(screen: ScreenName, seed?: number): void {
    const scene = SCREEN_SCENES[screen];
    if (!scene) throw new Error(`the ${screen} screen is not part of this build`);
    if (!this.run) this.newGame(seed ?? 1);
    this.switchTo(scene);
  }

  /** The Fleet screen's "Advance a month": the world steps with this split (logged as a decision). */
  advanceMonth(allocation: Allocation, research?: ResearchId[]): void {
    const run = this.requireRun();
    run.advanceMonth(allocation, research);
    this.autosave();
    this.sound.cue("page");
    this.emit();
  }

  private afterBeat(beat: Beat, chosen?: string, render = true): void {
    if (render) this.panel.render(beat, chosen === undefined ? {} : { chosen });
    this.panel.setRewindable((this.run?.decisions.length ?? 0) > 0);
    if (beat.pause.kind === "ending") {
      if (this.run) this.recordFinished(this.run);
      this.enterScreen("ending");
    }
    this.emit();
  }

  private switchTo(sceneKey: string): void {
    const game = this.game;
    if (!game) return;
    for (const scene of game.scene.getScenes(true)) {
      if (scene.scene.key !== sceneKey) game.scene.stop(scene.scene.key);
    }
    game.scene.start(sceneKey);
  }

  private requireRun(): GameSession {
    if (!this.run) throw new Error("no run in progress: start a new game first");
    return this.run;
  }

  private createMuteButton(): void {
    const button = document.createElement("button");
    button.type = "button";
    button.id = "mute";
    const render = () => {
      button.textContent = this.sound.muted ? "Sound: off" : "Sound: on";
      button.setAttribute("aria-pressed", String(this.sound.muted));
    };
    button.addEventListener("click", () => {
      this.sound.setMuted(!this.sound.muted);
      saveSettings({ version: 1, muted: this.sound.muted });
      render();
    });
    render();
    this.overlay.append(button);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** `?screen=designer&seed=1` opens a screen straight away (players exploring, tests). */
function screenFromUrl(): { screen: ScreenName; seed?: number } | null {
  if (typeof location === "undefined") return null;
  const params = new URLSearchParams(location.search);
  const screen = params.get("screen");
  if (!screen || !(screen in SCREEN_SCENES)) return null;
  const seed = Number(params.get("seed"));
  return {
    screen: screen as ScreenName,
    ...(Number.isInteger(seed) && seed >= 0 && params.has("seed") ? { seed } : {}),
  };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/[.\s]+$/, "");
}

function randomSeed(): number {
  // Seeds come from the browser's RNG; everything after that is deterministic.
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
