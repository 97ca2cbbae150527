/**
 * The browser side of a run: it owns the session, the narrative panel and the
 * sound, and tells Phaser which scene to show. Scenes ask the App for state and
 * hand it the player's actions; they hold no game logic of their own.
 */
import type Phaser from "phaser";
import { SoundBoard } from "../audio/sound";
import { decodeLab, labAsked, labCodeFromHash, labHash } from "../lab/code";
import { labHost } from "../lab/host";
import { LabSession } from "../lab/session";
import {
  codeFingerprint,
  codeFromHash,
  type DecodeWork,
  decodeRun,
  encodeRun,
  storyBuild,
} from "../persist/code";
import { addToHistory, entryOf, type HistoryEntry, loadHistory } from "../persist/history";
import {
  badSaveMessage,
  exportSaveText,
  loadAutosave,
  MAX_SAVE_CHARS,
  parseSave,
  previousRun,
  quarantineAutosave,
  restorePrevious,
  type SaveFile,
  SaveKeeper,
  type SaveOutcome,
  saveFileName,
  saveOf,
  tooLargeMessage,
  unsavedMessage,
} from "../persist/saves";
import { loadSettings, type Settings, saveSettings } from "../persist/settings";
import { describeProblem } from "../persist/storage";
import type { ScreenHost } from "../screens/host";
import { isScreenName, sceneKeyOf } from "../screens/registry";
import { type Allocation, currentMonth, formatMonthName, type ResearchId } from "../sim";
import type { Beat } from "../story/director";
import { SCREENS, type ScreenName } from "../story/protocol";
import { applyAppearance } from "../ui/appearance";
import { Chrome } from "../ui/Chrome";
import { chooseOption, type PickedFile } from "../ui/Dialog";
import type { FocusManager } from "../ui/FocusManager";
import { type MenuAction, showBacklog, showGlossary, showMenu, showSettings } from "../ui/Menu";
import { followPageTitle } from "../ui/pageTitle";
import { StatusLine } from "../ui/Status";
import { StoryPanel } from "../ui/StoryPanel";
import { download } from "../ui/share";
import { COLORS } from "../ui/theme";
import { buildReport, type RunReport } from "./report";
import { type Decision, GameSession, type ReplayWork, type ScreenPlan } from "./session";

/** Phaser scene keys, one per screen. */
export const SCENES = {
  boot: "Boot",
  preloader: "Preloader",
  title: "Title",
  narrative: "Narrative",
  report: "Report",
  history: "History",
  lab: "Lab",
} as const;

export type AppScreen =
  | "loading"
  | "title"
  | "narrative"
  | ScreenName
  | "ending"
  | "report"
  | "history"
  | "lab";

/** What the Report scene shows: the player's own finished run, or a run from a link. */
export interface ReportView {
  report: RunReport;
  source: "own" | "link";
  /** The page address that opens this run. */
  link: string;
}

type Listener = () => void;

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

/** Screens where the Menu button shows (a run is on screen). */
const MENU_SCREENS: ReadonlySet<AppScreen> = new Set<AppScreen>([
  "narrative",
  "ending",
  ...SCREENS,
  "report",
]);

export class App {
  private phaser: Phaser.Game | null = null;
  readonly panel: StoryPanel;
  readonly chrome: Chrome;
  private current: Settings;
  private menuOpen = false;
  readonly sound: SoundBoard;
  private storyJson: string | null = null;
  private run: GameSession | null = null;
  private screenName: AppScreen = "loading";
  private readonly listeners = new Set<Listener>();
  private urlScreenTried = false;
  readonly status: StatusLine;
  private shownReport: ReportView | null = null;
  private readonly recorded = new WeakSet<GameSession>();
  private readonly keeper = new SaveKeeper();
  /**
   * The run was opened to explore a screen (`?screen=`, `andy.openScreen` with no run): a run of
   * its own that is never saved, so a link cannot touch the save.
   */
  private exploring = false;
  /** Decisions rewound and not yet redone, the next one to redo first. */
  private undone: Decision[] = [];
  private slot: SlotState = { kind: "empty" };
  readonly work: InputWork = { unpackedChars: 0, decisionsReplayed: 0 };

  constructor(private readonly overlay: HTMLElement) {
    this.status = new StatusLine(overlay);
    const settings = loadSettings();
    this.current = settings;
    applyAppearance(settings);
    this.sound = new SoundBoard(import.meta.env.BASE_URL, settings.muted);
    this.sound.setVolumes(settings.musicVolume, settings.effectsVolume);
    this.panel = new StoryPanel(overlay, {
      choose: (index) => this.choose(index),
      continue: () => this.continueStory(),
      rewind: () => this.rewind(1),
      redo: () => this.redo(1),
    });
    this.panel.setPacing(settings.pacing);
    window.addEventListener("hashchange", () => {
      const code = codeFromHash(location.hash);
      if (code !== null && this.storyJson) {
        // A run link leaves the Lab: its card is a story screen.
        this.labSession = null;
        this.openRunLink(code);
      }
      const lab = labCodeFromHash(location.hash);
      if (lab !== null && lab !== this.labSession?.code()) this.openLab(lab);
    });
    this.chrome = new Chrome(overlay, document.getElementById("stage"), {
      toggleSound: () => this.updateSettings({ ...this.current, muted: !this.current.muted }),
      openMenu: () => void this.openMenu(),
    });
    this.chrome.setSound(settings.muted);
    window.addEventListener("resize", () => this.layoutChrome());
    // Esc on the story opens the menu (management screens keep Esc for Cancel; the Report scene
    // binds it to the menu itself). Open dialogs take their keys before this sees them.
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || event.repeat) return;
      if (this.screenName !== "narrative" && this.screenName !== "ending") return;
      event.preventDefault();
      void this.openMenu();
    });
    // Browsers allow audio only after a gesture; the first one unlocks it.
    const unlock = () => this.sound.unlock();
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
  }

  get game(): Phaser.Game | null {
    return this.phaser;
  }

  set game(game: Phaser.Game | null) {
    this.phaser = game;
    // The portrait screens change the game size, and with it the room beside the canvas.
    game?.scale.on("resize", () => this.layoutChrome());
    this.layoutChrome();
  }

  /** Keeps the chrome bar off the canvas (src/ui/Chrome.ts); refits the canvas if the stage moved. */
  private layoutChrome(): void {
    const game = this.phaser;
    const size = game?.scale.gameSize;
    const controls = () =>
      (game?.scene.getScenes(true) ?? []).flatMap((scene) => [
        ...((scene as { focus?: FocusManager }).focus?.all() ?? []),
      ]);
    const moved = this.chrome.layout(
      size ? { width: size.width, height: size.height } : undefined,
      (box) =>
        controls().some((c) => {
          const b = c.bounds();
          return (
            b.x < box.x + box.width &&
            b.x + b.width > box.x &&
            b.y < box.y + box.height &&
            b.y + b.height > box.y
          );
        }),
    );
    if (moved) game?.scale.refresh();
  }

  // ---- settings and the in-game menu ----

  /** The settings in use. */
  get settings(): Settings {
    return this.current;
  }

  /**
   * Applies new settings at once and keeps them: sound, pacing, sizes, and, when the theme or the
   * motion setting changed, a repaint of the canvas (its scenes read COLORS when they draw).
   */
  updateSettings(next: Settings): void {
    const before = this.current;
    this.current = next;
    applyAppearance(next);
    this.sound.setMuted(next.muted);
    this.sound.setVolumes(next.musicVolume, next.effectsVolume);
    this.chrome.setSound(next.muted);
    this.panel.setPacing(next.pacing);
    this.layoutChrome();
    if (next.theme !== before.theme || next.reducedMotion !== before.reducedMotion) this.repaint();
    const saved = saveSettings(next);
    if (!saved.ok) {
      this.status.show(
        `The setting holds for this visit, but it could not be kept: ${describeProblem(saved.problem)}.`,
      );
    }
  }

  /** Redraws the canvas in the current COLORS: the clear colour, then each active scene anew. */
  private repaint(): void {
    const game = this.phaser;
    if (!game) return;
    const bg = COLORS.background;
    game.config.backgroundColor.setTo((bg >> 16) & 0xff, (bg >> 8) & 0xff, bg & 0xff, 255);
    for (const scene of game.scene.getScenes(true)) {
      // A management screen keeps its unsaved draft across the restart, as on a resize.
      const holder = scene as unknown as { draft?: () => unknown };
      scene.scene.restart(
        typeof holder.draft === "function" ? { draft: holder.draft() } : undefined,
      );
    }
  }

  /** The settings dialog (from the title screen and the menu). */
  openSettings(restoreTo?: HTMLElement | null): Promise<void> {
    return showSettings(
      this.overlay,
      () => this.current,
      (next) => this.updateSettings(next),
      restoreTo,
    );
  }

  /** What "Save and return to title" does to this run, as the menu says it. */
  private quitLabel(): string {
    if (!this.run) return "Return to title";
    if (this.exploring) return "Return to title (this exploring run is not saved)";
    return "Save and return to title";
  }

  /**
   * The in-game menu (Esc on the story and the report, the Menu button everywhere in a run).
   * Settings, the glossary and the backlog open from it and come back to it; Resume, Esc or a
   * click beside it close it.
   */
  async openMenu(): Promise<void> {
    if (this.menuOpen || this.overlay.querySelector(".dialog")) return;
    this.menuOpen = true;
    const restoreTo = document.activeElement as HTMLElement | null;
    try {
      let focus: MenuAction = "resume";
      for (;;) {
        const action = await showMenu(this.overlay, {
          quitLabel: this.quitLabel(),
          focus,
          restoreTo,
        });
        if (action === "resume") return;
        if (action === "quit") {
          this.saveAndQuit();
          return;
        }
        if (action === "settings") await this.openSettings(restoreTo);
        else if (action === "glossary") await showGlossary(this.overlay, restoreTo);
        else await showBacklog(this.overlay, this.panel.chapterText(), restoreTo);
        focus = action;
      }
    } finally {
      this.menuOpen = false;
    }
  }

  /** "Save and return to title": writes the save, then the title, where Continue resumes it. */
  saveAndQuit(): void {
    const own = this.run !== null && !this.exploring && this.storyJson !== null;
    this.toTitle();
    if (!own) return;
    // Written after the switch, so a message about the save is not cleared with the screen.
    this.autosave();
    if (this.keeper.saving) this.status.show("Your run is saved: Continue resumes it.");
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
      const lab = labCodeFromHash(location.hash);
      if (lab !== null) setTimeout(() => this.openLab(lab), 0);
      else if (labAsked(location.search)) setTimeout(() => this.openLab(), 0);
    }
    this.screenName = screen;
    this.chrome.setMenuVisible(
      MENU_SCREENS.has(screen) && !this.labSession && (this.run !== null || screen === "report"),
    );
    // Each screen has its own controls: the bar finds its place again.
    this.layoutChrome();
    if (screen === "narrative" || screen === "ending") this.panel.show();
    else this.panel.hide();
    followPageTitle(this);
    this.emit();
  }

  /**
   * Starts a fresh run with a seed (random when not given) and shows the story. It does not ask:
   * the buttons go through `guarded`, which does. The unfinished run it replaces is kept as the
   * previous run (or, if that cannot be done, this run is not saved, and the player is told).
   */
  newGame(seed: number = randomSeed()): void {
    if (!this.storyJson) throw new Error("the story has not loaded yet");
    const run = new GameSession(this.storyJson, seed);
    this.listenTo(run);
    this.run = run;
    this.exploring = false;
    this.undone = [];
    this.keeper.startRun();
    const beat = run.start();
    this.panel.reset();
    this.panel.render(beat);
    this.panel.setRewindable(false);
    this.switchTo(SCENES.narrative);
    this.afterRunChange();
  }

  /**
   * What a new run would replace, if anything the player would miss: the unfinished run in
   * progress or in the save, or a save that cannot be read.
   */
  private replaceable(): { title: string; message: string; unsaved: boolean } | null {
    const run = this.run;
    const slot = this.readSlot();
    if (slot.kind === "unreadable") {
      return {
        title: "Start a new run?",
        message:
          "This browser's storage cannot be read, so the game cannot tell whether a run is saved there. It will not write over it, and the new run will not be saved.",
        unsaved: false,
      };
    }
    if (run && !this.exploring && run.beat.pause.kind !== "ending") {
      const unsaved = !this.keeper.saving;
      const where = `Chapter ${run.director.chapter}, ${formatMonthName(currentMonth(run.world))}, ${run.decisions.length} decisions`;
      return {
        title: "Replace your run in progress?",
        message: unsaved
          ? `Your run in progress (${where}) is not saved in this browser, so a new run would lose it. Export it first to keep it.`
          : `Your run in progress (${where}) will be replaced. It is kept: "Restore previous run" on the title screen brings it back.`,
        unsaved,
      };
    }
    if (slot.kind === "run" && slot.save.summary.ending === null) {
      const s = slot.save.summary;
      return {
        title: "Replace your saved run?",
        message: `Your saved run (Chapter ${s.chapter}, ${formatMonthName(s.month)}, ${slot.save.decisions.length} decisions) will be replaced. It is kept: "Restore previous run" on the title screen brings it back.`,
        unsaved: false,
      };
    }
    return null;
  }

  /**
   * Runs `start` (a new game, a replay, an import) once the player agrees to replace the run
   * it would replace; at once when there is none. Resolves whether it ran.
   */
  guarded(start: () => void): Promise<boolean> {
    const replacing = this.replaceable();
    if (!replacing) {
      start();
      return Promise.resolve(true);
    }
    const options = replacing.unsaved
      ? [
          { label: "Export it first, then start", value: "export" as const },
          { label: "Start without keeping it", value: "start" as const },
        ]
      : [{ label: "Start the new run", value: "start" as const }];
    return chooseOption(this.overlay, replacing.title, options, {
      message: replacing.message,
      id: "confirm-replace",
    }).then((answer) => {
      if (answer === null) return false;
      if (answer === "export") this.exportSave();
      start();
      return true;
    });
  }

  private listenTo(run: GameSession): void {
    run.subscribe({
      cue: (tag) => {
        if (tag.kind === "music") this.sound.music(tag.track);
        else this.sound.cue(tag.cue);
      },
    });
  }

  /**
   * Makes a rebuilt run the player's run. `how`: "new" replaces the run in the slot (a
   * checkpoint, an import: the unfinished one there is kept as the previous run), "resumed"
   * is the run the slot holds (Continue, Restore), "same" is the player's run rebuilt
   * (rewind, redo).
   */
  private adopt(run: GameSession, how: "new" | "resumed" | "same", save?: SaveFile): void {
    this.listenTo(run);
    this.run = run;
    this.exploring = false;
    if (how === "new") {
      this.keeper.startRun();
      this.undone = [];
    } else if (how === "resumed") {
      if (save) this.keeper.resumed(save);
      this.undone = [];
    }
    this.panel.reset();
    // Rebuild the page as the player last saw it: the panel clears at each page break.
    for (const { beat, chosen } of run.beats) {
      this.panel.render(beat, chosen === undefined ? { instant: true } : { chosen, instant: true });
    }
    this.updateRewind();
    this.switchTo(SCENES.narrative);
    this.afterRunChange();
    if (run.beat.pause.kind === "ending") this.recordFinished(run);
  }

  private updateRewind(): void {
    this.panel.setRewindable((this.run?.decisions.length ?? 0) > 0, this.undone.length > 0);
  }

  /** Leaves a run link's address once the visitor moves on to their own game. */
  private afterRunChange(): void {
    this.shownReport = null;
    if (codeFromHash(location.hash) !== null) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    this.autosave();
  }

  /** A decision the player made: rewound decisions can no longer be redone. */
  private decided(): void {
    this.undone = [];
    this.autosave();
  }

  // ---- saves, replay and sharing (see src/persist) ----

  /** The fingerprint of the story this build plays. */
  get build(): string {
    return this.storyJson ? storyBuild(this.storyJson) : "";
  }

  /** Writes the autosave (after every choice, commit and page) and says at once if it failed. */
  private autosave(): void {
    if (!this.run || !this.storyJson || this.exploring) return;
    this.reportSave(this.keeper.write(saveOf(this.run, this.storyJson)));
  }

  private reportSave(outcome: SaveOutcome): void {
    if (outcome.kind === "not-saved") {
      // Raised again on each failure: the player may have dismissed it since.
      this.status.hold(unsavedMessage(outcome), {
        label: "Export save",
        run: () => this.exportSave(),
      });
      return;
    }
    if (outcome.recovered) {
      this.status.hold(null);
      this.status.show("Saving works again: your run is saved in this browser.");
    }
    if (outcome.freed > 0) {
      this.status.show(
        `To make room for your run, the game removed ${outcome.freed} damaged save${outcome.freed === 1 ? "" : "s"} it had kept aside.`,
      );
    }
  }

  /** Whether the run is being saved, and how many of its decisions the stored save holds. */
  get saving(): { saving: boolean; kept: number | null; exploring: boolean } {
    return { saving: this.keeper.saving, kept: this.keeper.kept, exploring: this.exploring };
  }

  /** Reads the save slot (moving a damaged save aside), and reports what it found. */
  private readSlot(report = false): SlotState {
    const loaded = loadAutosave();
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
          this.status.show(
            `Your saved run cannot be read: ${describeProblem(loaded.problem)}. It has not been changed, and the game will not write over it.`,
            "problem",
          );
        }
        break;
      case "bad": {
        const kept = loaded.kept;
        this.slot = kept.ok && kept.cleared ? { kind: "empty" } : { kind: "damaged" };
        // Reported every time: it is true every time, and a copy only happens once.
        const raw = loaded.raw;
        this.status.show(
          badSaveMessage(loaded.message, kept),
          "problem",
          kept.ok
            ? undefined
            : { label: "Download it", run: () => this.downloadText(raw, "damaged-save") },
        );
        break;
      }
    }
    return this.slot;
  }

  private downloadText(text: string, name: string): void {
    download(new Blob([text], { type: "application/json" }), `if-i-trained-gpt4-${name}.json`);
  }

  /** The save Continue would resume; a damaged or unreadable save is reported here. */
  savedRun(): SaveFile | null {
    const slot = this.readSlot(true);
    return slot.kind === "run" ? slot.save : null;
  }

  /** The run "Restore previous run" would bring back (the unfinished run a new one replaced). */
  previousRun(): SaveFile | null {
    return previousRun();
  }

  /** Continue on the title screen: rebuilds the saved run exactly where it was. */
  continueSaved(): boolean {
    const slot = this.readSlot(true);
    if (slot.kind !== "run" || !this.storyJson) {
      if (slot.kind === "empty") this.status.show("There is no saved run to continue.", "problem");
      return false;
    }
    const save = slot.save;
    try {
      const run = GameSession.replay(this.storyJson, save.seed, save.decisions, save.pages);
      this.adopt(run, "resumed", save);
      return true;
    } catch (err) {
      const kept = quarantineAutosave();
      // Redraw the title so Continue reflects what the slot holds now.
      if (this.screenName === "title") this.switchTo(SCENES.title);
      this.status.show(
        badSaveMessage(`it no longer fits this version of the story: ${messageOf(err)}`, kept),
        "problem",
      );
      return false;
    }
  }

  /** "Restore previous run": swaps the previous run back into the save and resumes it. */
  restorePrevious(): boolean {
    const restored = restorePrevious();
    if (!restored.ok) {
      this.status.show(
        `The previous run could not be restored: ${describeProblem(restored.problem)}. Both runs are as they were.`,
        "problem",
      );
      return false;
    }
    if (!restored.value) {
      this.status.show("There is no previous run to restore.", "problem");
      return false;
    }
    if (!this.continueSaved()) return false;
    this.status.show(
      'Restored your previous run. The run it replaced is now the previous one: "Restore previous run" brings it back.',
    );
    return true;
  }

  /** Undoes the last `steps` decisions (choices, commits, plans, months) by replaying the others. */
  rewind(steps = 1): void {
    const run = this.requireRun();
    if (!this.storyJson) return;
    if (run.decisions.length === 0) {
      this.status.show("There is nothing to rewind yet.");
      return;
    }
    const keep = Math.max(0, run.decisions.length - Math.max(1, Math.floor(steps)));
    const removed = run.decisions.slice(keep);
    const rebuilt = GameSession.replay(this.storyJson, run.seed, run.decisions.slice(0, keep));
    this.undone = [...removed, ...this.undone];
    this.adopt(rebuilt, "same");
    this.status.show(
      `Rewound ${removed.length === 1 ? "one decision" : `${removed.length} decisions`}: the story is back where you made ${removed.length === 1 ? "it" : "the first of them"}. Redo brings ${removed.length === 1 ? "it" : "them"} back.`,
    );
  }

  /** Brings back the last `steps` decisions rewound (until a new decision is made). */
  redo(steps = 1): void {
    const run = this.requireRun();
    if (!this.storyJson) return;
    if (this.undone.length === 0) {
      this.status.show("There is nothing to redo.");
      return;
    }
    const count = Math.min(this.undone.length, Math.max(1, Math.floor(steps)));
    const again = this.undone.slice(0, count);
    const rebuilt = GameSession.replay(this.storyJson, run.seed, [...run.decisions, ...again]);
    this.undone = this.undone.slice(count);
    this.adopt(rebuilt, "same");
    this.status.show(
      `Redone: ${count === 1 ? "the decision is" : `${count} decisions are`} back.${this.undone.length > 0 ? ` ${this.undone.length} more can come back.` : ""}`,
    );
  }

  /** Finished runs, newest first (a damaged history is reported, and kept aside if it can be). */
  history(): HistoryEntry[] {
    const { runs, problem } = loadHistory();
    if (problem) this.status.show(problem, "problem");
    return runs;
  }

  /** Chapters of the last finished run that can be replayed with other choices. */
  checkpoints(): { chapter: number; decisions: number }[] {
    return this.history()[0]?.chapters ?? [];
  }

  /** Starts the last finished run again from the opening of a chapter it reached (no question asked). */
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
      this.adopt(GameSession.replay(this.storyJson, decoded.value.seed, prefix), "new");
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
    return buildReport(run, code, codeFingerprint(code), currentMonth(run.world));
  }

  private linkFor(code: string): string {
    return `${location.origin}${location.pathname}${location.search}#run=${code}`;
  }

  private recordFinished(run: GameSession): void {
    if (this.recorded.has(run) || this.exploring) return;
    this.recorded.add(run);
    const added = addToHistory(entryOf(this.reportOf(run)));
    if (!added.ok) {
      this.status.show(
        added.problem === "unwritable"
          ? "This finished run was not added to your run history, which could not be read or kept aside (see the earlier message). Its card and link work as usual."
          : `This finished run could not be added to your run history: ${describeProblem(added.problem)}. Its card and link work as usual.`,
        "problem",
      );
    }
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
      history.replaceState(null, "", location.pathname + location.search);
      this.shownReport = null;
      if (this.screenName !== "title") this.switchTo(SCENES.title);
      this.status.show(message, "problem");
      return false;
    };
    if (!this.storyJson) return fail("The story has not loaded yet.");
    const decoded = decodeRun(code, this.work);
    if (!decoded.ok) return fail(`This run link cannot be opened. ${decoded.message}`);
    const { seed, decisions, build } = decoded.value;
    let run: GameSession;
    try {
      run = GameSession.replay(this.storyJson, seed, decisions, "all", this.work);
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
      currentMonth(run.world),
    );
    this.shownReport = { report, source: "link", link: this.linkFor(report.code) };
    this.switchTo(SCENES.report);
    if (build !== this.build) {
      this.status.show(
        "This run was played on another version of the game (its story or its physics); it was replayed on this one, so its numbers may differ.",
      );
    }
    return true;
  }

  /** "Replay this run": the same seed from chapter 1, to choose differently (no question asked). */
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
    const own = this.run && this.storyJson && !this.exploring;
    const save =
      own && this.run && this.storyJson ? saveOf(this.run, this.storyJson) : this.savedRun();
    if (!save) {
      this.status.show("There is no run to export yet.", "problem");
      return false;
    }
    const name = saveFileName(save);
    download(new Blob([exportSaveText(save)], { type: "application/json" }), name);
    this.status.show(`Exported your run as ${name}.`);
    return true;
  }

  /** "Import save": a file too large is refused unread; one that reads asks before replacing a run. */
  importFile(file: PickedFile): void {
    if ("tooLarge" in file) {
      this.refuseImport(tooLargeMessage(file.tooLarge));
      return;
    }
    const run = this.runFromFile(file.text);
    if (run) {
      void this.guarded(() => this.adoptImported(run.session, run.save));
    }
  }

  /**
   * Imports a save file's text: validated, replayed, and only then made the current run (the
   * unfinished run it replaces is kept as the previous run). No question asked: the Import
   * button goes through `importFile`, which asks.
   */
  importSave(text: string): boolean {
    const run = this.runFromFile(text);
    if (!run) return false;
    this.adoptImported(run.session, run.save);
    return true;
  }

  private runFromFile(text: string): { session: GameSession; save: SaveFile } | null {
    if (!this.storyJson) {
      this.refuseImport("The story has not loaded yet.");
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
      this.refuseImport(`${messageOf(err)}.`);
      return null;
    }
  }

  private adoptImported(run: GameSession, _save: SaveFile): void {
    this.adopt(run, "new");
    this.status.show("Imported the run: you are back where it was saved.");
  }

  private refuseImport(reason: string): void {
    this.status.show(
      `That file cannot be imported: ${reason} Your own save is unchanged.`,
      "problem",
    );
  }

  /** The import limit, for the file picker (bytes: a character is at least one). */
  get importLimit(): number {
    return MAX_SAVE_CHARS;
  }

  choose(index: number): void {
    const run = this.requireRun();
    const text = run.beat.choices.find((c) => c.index === index)?.text;
    const beat = run.choose(index);
    this.sound.cue("choice");
    this.decided();
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
      this.sound.cue("commit");
      this.panel.render(run.beat);
      this.switchTo(SCENES.narrative);
      // Saved after the switch, so a message about the save is not cleared with the screen.
      this.decided();
      this.emit();
      return;
    }
    const beat = run.commit(plan);
    this.sound.cue("commit");
    this.panel.render(beat);
    this.switchTo(SCENES.narrative);
    this.decided();
    this.afterBeat(beat, undefined, false);
  }

  /**
   * Opens a management screen. The story opens them with `# screen:` tags; players exploring and
   * tests may open any screen directly (`andy.openScreen`, `?screen=designer&seed=1`): without a
   * run, an exploring run starts with the seed (1 by default), which is never saved, so the save
   * is untouched. Committing a screen the story did not ask for applies its plan and returns to
   * the story where it was.
   */
  openScreen(screen: ScreenName, seed?: number): void {
    if (!isScreenName(screen)) throw new Error(`the ${screen} screen is not part of this build`);
    const scene = sceneKeyOf(screen);
    if (!this.storyJson) throw new Error("the story has not loaded yet");
    const explore = !this.run;
    if (explore) {
      const run = new GameSession(this.storyJson, seed ?? 1);
      this.listenTo(run);
      this.run = run;
      this.exploring = true;
      this.undone = [];
      const beat = run.start();
      this.panel.reset();
      this.panel.render(beat);
      this.panel.setRewindable(false);
    }
    this.switchTo(scene);
    if (explore) {
      this.status.show(
        `Exploring on a run of its own (seed ${seed ?? 1}): nothing you do here is saved, and your saved run is untouched. New game on the title screen starts a run that is saved.`,
      );
    }
  }

  /** The Fleet screen's "Advance a month": the world steps with this split (logged as a decision). */
  advanceMonth(allocation: Allocation, research?: ResearchId[]): void {
    const run = this.requireRun();
    run.advanceMonth(allocation, research);
    this.decided();
    this.sound.cue("page");
    this.emit();
  }

  // ---- the Lab (src/lab): the four screens on a design, without the story ----

  private labSession: LabSession | null = null;

  /** "lab" while the Lab is open (its hub, or a screen on one of its designs), else "story". */
  get mode(): "story" | "lab" {
    return this.labSession ? "lab" : "story";
  }

  get lab(): LabSession | null {
    return this.labSession;
  }

  /** What a management screen runs on: the Lab's active design, or the story's run. */
  screenHost(): ScreenHost {
    if (this.labSession) return labHost(this.labSession, () => this.showLab());
    const run = this.requireRun();
    return {
      mode: "story",
      world: () => run.world,
      hint: (screen) => (run.pendingScreen === screen ? run.screenHint : ""),
      commit: (plan) => this.commit(plan),
      cancel: () => this.cancelScreen(),
      advanceMonth: (allocation, research) => this.advanceMonth(allocation, research),
    };
  }

  /**
   * Opens the Lab (the title's "Lab", `?lab`), or a design from a `#lab=` link: validated first; a
   * bad code is explained and the title shown. The Lab never reads or writes the save or history.
   */
  openLab(code?: string): boolean {
    if (code !== undefined) {
      const decoded = decodeLab(code, this.work);
      if (!decoded.ok) {
        history.replaceState(null, "", location.pathname + location.search);
        this.labSession = null;
        if (this.screenName !== "title") this.switchTo(SCENES.title);
        this.status.show(`This lab link cannot be opened. ${decoded.message}`, "problem");
        return false;
      }
      this.labSession = new LabSession(decoded.value);
    } else this.labSession ??= new LabSession();
    this.showLab();
    if (code !== undefined) {
      this.status.show(
        "The design from the link is design A; B starts as a copy of it. Your saved run is untouched.",
      );
    }
    return true;
  }

  /** The Lab hub; the address carries the active design, so a reload or a copy keeps it. */
  showLab(): void {
    const lab = this.labSession;
    if (!lab) return;
    history.replaceState(null, "", location.pathname + location.search + labHash(lab.code()));
    this.switchTo(SCENES.lab);
  }

  /** A management screen on the Lab's active design. */
  openLabScreen(screen: ScreenName): void {
    if (this.labSession) this.switchTo(sceneKeyOf(screen));
  }

  /** Leaves the Lab for the title (its designs live on in the link, nowhere else). */
  closeLab(): void {
    this.labSession = null;
    if (labCodeFromHash(location.hash) !== null) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    this.switchTo(SCENES.title);
  }

  /** The active design's link, or null outside the Lab. */
  labLink(): string | null {
    const lab = this.labSession;
    return lab ? `${location.origin}${location.pathname}${labHash(lab.code())}` : null;
  }

  private afterBeat(beat: Beat, chosen?: string, render = true): void {
    if (render) this.panel.render(beat, chosen === undefined ? {} : { chosen });
    this.updateRewind();
    if (beat.pause.kind === "ending") {
      if (this.run) this.recordFinished(this.run);
      this.enterScreen("ending");
    }
    this.emit();
  }

  /** Shows another scene; messages about the one before no longer apply (callers speak after). */
  private switchTo(sceneKey: string): void {
    this.status.clear();
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

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** `?screen=designer&seed=1` opens a screen straight away (players exploring, tests). */
function screenFromUrl(): { screen: ScreenName; seed?: number } | null {
  if (typeof location === "undefined") return null;
  const params = new URLSearchParams(location.search);
  const screen = params.get("screen");
  if (!screen || !isScreenName(screen)) return null;
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
