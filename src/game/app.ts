/**
 * The page around a run: the chrome (the Menu and sound buttons), the settings, the in-game
 * menu, the story panel and the status line, wired to the run controller (run.ts, which owns
 * the run and its lifecycle) and the router (router.ts, which picks the scene). Scenes ask the
 * App for state and hand it the player's actions; they hold no game logic of their own, and
 * the App holds none of the run's: its run methods hand the action to the controller.
 */

import type Phaser from "phaser";
import { SoundBoard } from "../audio/sound";
import { type Language, language } from "../i18n";
import { gameText as t } from "../i18n/messages/game";
import { sceneText } from "../i18n/messages/scenes";
import type { LabSession } from "../lab/session";
import type { HistoryEntry } from "../persist/history";
import { MAX_SAVE_CHARS } from "../persist/keys";
import { type Checkpoint, peekTitleInfo, type TitleInfo } from "../persist/peek";
import { loadSettings, monthsPerPress, type Settings, saveSettings } from "../persist/settings";
import { describeProblem } from "../persist/storage";
import type { NamesItsScreen } from "../scenes/screenName";
import type { ScreenHost } from "../screens/host";
import type { Allocation, ResearchId } from "../sim";
import { SCREENS, type ScreenName } from "../story/protocol";
import { applyAppearance } from "../ui/appearance";
import { Chrome } from "../ui/Chrome";
import { chooseOption, type PickedFile } from "../ui/Dialog";
import type { FocusManager } from "../ui/FocusManager";
import { type MenuAction, showBacklog, showGlossary, showMenu, showSettings } from "../ui/Menu";
import { StatusLine } from "../ui/Status";
import type { StoryPanel } from "../ui/StoryPanel";
import { COLORS } from "../ui/theme";
import type { GameCore as Core, CoreLoaders } from "./coreApi";
import type { AppScreen, Place } from "./ports";
import type { Router } from "./router";
import type { ReportView, RunController } from "./run";
import { SCENES } from "./sceneKeys";
import type { GameSession, ScreenPlan } from "./session";

export type { AppScreen } from "./ports";
export { SCENES };

/** How far loading the game behind the title has got: parts arrived of all, and what is next. */
export interface LoadProgress {
  done: number;
  total: number;
  /** What is loading now, as the loading bar says it; the reason, once it failed. */
  label: string;
  failed: boolean;
}

type Listener = () => void;

/** Screens where the Menu button shows (a run is on screen). */
const MENU_SCREENS: ReadonlySet<AppScreen> = new Set<AppScreen>([
  "narrative",
  "ending",
  ...SCREENS,
  "report",
]);

export class App {
  private phaser: Phaser.Game | null = null;
  readonly chrome: Chrome;
  private current: Settings;
  private menuOpen = false;
  readonly sound: SoundBoard;
  private readonly listeners = new Set<Listener>();
  readonly status: StatusLine;
  /** The screen on show (scenes report themselves as they open). */
  private shown: AppScreen = "loading";
  /** The game behind the title (src/game/core.ts), once loaded. */
  private loadedCore: Core | null = null;
  private loading: Promise<Core> | null = null;
  private loadState: LoadProgress = { done: 0, total: 2, label: "", failed: false };

  constructor(
    private readonly overlay: HTMLElement,
    private readonly loaders: CoreLoaders,
  ) {
    this.status = new StatusLine(overlay);
    const settings = loadSettings();
    this.current = settings;
    applyAppearance(settings);
    this.sound = new SoundBoard(import.meta.env.BASE_URL, settings.muted);
    this.sound.setVolumes(settings.musicVolume, settings.effectsVolume);
    this.chrome = new Chrome(overlay, document.getElementById("stage"), {
      toggleSound: () => this.updateSettings({ ...this.current, muted: !this.current.muted }),
      openMenu: () => void this.openMenu(),
    });
    this.chrome.setSound(settings.muted);
    window.addEventListener("resize", () => this.layoutChrome());
    // A lab link pasted into the address bar opens the Lab; a run link leaves it (the router
    // opens the run's card, a story screen).
    window.addEventListener("hashchange", () => {
      const core = this.loadedCore;
      if (!core) return;
      if (core.router.hasRunLink()) this.labSession = null;
      const lab = core.labCodeIn(location.hash);
      if (lab !== null && lab !== this.labSession?.code()) this.openLab(lab);
    });
    // Esc on the story opens the menu (management screens keep Esc for Cancel; the Report scene
    // binds it to the menu itself). Open dialogs take their keys before this sees them.
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || event.repeat) return;
      if (this.screen !== "narrative" && this.screen !== "ending") return;
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
    if (game) {
      this.enterScreen("loading");
      // Each scene that is a screen names itself once it is built (src/scenes/screenName.ts);
      // the scene manager has added the configured scenes by the time the game is ready.
      game.events.once("ready", () => {
        for (const scene of game.scene.scenes) this.watchScene(scene);
      });
    }
    // The portrait screens change the game size, and with it the room beside the canvas.
    game?.scale.on("resize", () => this.layoutChrome());
    this.layoutChrome();
  }

  /** Follows a scene: when it is built, the screen it shows becomes the App's screen. */
  watchScene(scene: Phaser.Scene): void {
    const named = scene as Partial<NamesItsScreen>;
    const follow = () =>
      scene.sys.events.on("create", () => {
        const screen = named.appScreen?.();
        if (screen) this.enterScreen(screen);
      });
    // A scene added while the scene manager is busy (mid-step) joins at its next step: its events
    // exist once it has booted, which the step after has done.
    if (scene.sys.events) follow();
    else {
      this.phaser?.events.once("poststep", () => {
        // Started in the same step it joined: it has been created already.
        const created = scene.sys.events && scene.sys.isActive();
        this.watchScene(scene);
        const screen = created ? named.appScreen?.() : undefined;
        if (screen) this.enterScreen(screen);
      });
    }
  }

  // ---- the game behind the title (src/game/core.ts) ----

  /** Whether the game behind the title has loaded (the hook's `andy.loaded`). */
  get loaded(): boolean {
    return this.loadedCore !== null;
  }

  /** How far loading has got, for the loading bar. */
  get loadProgress(): LoadProgress {
    return { ...this.loadState };
  }

  /** The game behind the title; only asked for once it is loaded (every scene after the title). */
  get core(): Core {
    const core = this.loadedCore;
    if (!core) throw new Error("the game is still loading (wait for andy.loaded)");
    return core;
  }

  /**
   * Fetches the game behind the title and the compiled story, each a chunk of its own (the story
   * in the page's language), and builds the core from them; once. The loading bar shows each part
   * as it arrives; a failure is shown there and the next call tries again.
   */
  load(): Promise<Core> {
    if (this.loadedCore) return Promise.resolve(this.loadedCore);
    if (this.loading) return this.loading;
    let done = 0;
    const progress = (label: string) => {
      this.loadState = { done, total: 2, label, failed: false };
      this.emit();
    };
    const arrived = <T>(part: Promise<T>): Promise<T> =>
      part.then((value) => {
        done += 1;
        progress(sceneText("loadingGame"));
        return value;
      });
    progress(sceneText("loadingGame"));
    this.sound.preload().catch(() => {
      // No sound library: the game plays silent (SoundBoard.unlock says so).
    });
    this.loading = Promise.all([arrived(this.loaders.core()), arrived(this.loaders.story())])
      .then(([core, story]) => this.start(core.createCore(this, this.overlay, story)))
      .catch((err: unknown) => {
        this.loading = null;
        const reason = err instanceof Error ? err.message : String(err);
        this.loadState = {
          done,
          total: 2,
          label: sceneText("loadFailed", { reason }),
          failed: true,
        };
        this.emit();
        throw err;
      });
    return this.loading;
  }

  /** The core has loaded: its scenes join the game, and the address is read (once). */
  private start(core: Core): Core {
    this.loadedCore = core;
    const game = this.phaser;
    if (game) core.addScenes(game);
    // `#lab=` and `?lab` open the Lab; `?screen=` and `#run=` a screen or a run's card. The
    // loading screen (such a link was opening) gives way to the title when none of them did.
    const shows = core.router.shows;
    const lab = core.labAddress();
    if (lab.code !== null) this.openLab(lab.code);
    else if (lab.asked) this.openLab();
    core.router.readAddress();
    if (core.router.shows === shows && this.screen === "loading") this.show("title");
    core.followPageTitle();
    this.emit();
    return core;
  }

  // ---- the title screen ----

  /**
   * What the title shows of the player's runs: read in full once the game has loaded (a damaged
   * save is reported then), and leniently from storage before (src/persist/peek.ts).
   */
  titleInfo(): TitleInfo {
    return this.loadedCore ? this.loadedCore.titleInfo() : peekTitleInfo();
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

  /** The title's language button: keeps the choice with the settings and opens the page in it. */
  chooseLanguage(next: Language): void {
    this.updateSettings({ ...this.current, language: next });
  }

  /**
   * Applies new settings at once and keeps them: sound, pacing, sizes, and, when the theme, the
   * motion or the month speed changed, a repaint of the canvas (its scenes read them as they draw).
   */
  updateSettings(next: Settings): void {
    const before = this.current;
    this.current = next;
    applyAppearance(next);
    this.sound.setMuted(next.muted);
    this.sound.setVolumes(next.musicVolume, next.effectsVolume);
    this.chrome.setSound(next.muted);
    this.loadedCore?.panel.setPacing(next.pacing);
    this.layoutChrome();
    // The theme and motion are in every scene's drawing; the month speed in the Fleet's button.
    if (
      next.theme !== before.theme ||
      next.reducedMotion !== before.reducedMotion ||
      next.monthSpeed !== before.monthSpeed
    ) {
      this.repaint();
    }
    const saved = saveSettings(next);
    if (!saved.ok) {
      this.status.show(t("settingNotKept", { problem: describeProblem(saved.problem) }));
    }
    if (next.language !== null && next.language !== language()) this.reloadIn(next.language);
  }

  /**
   * Opens the page again in another language: the story is another telling (its own chunk) and
   * every screen is drawn in its words. The run in progress is in the save (Continue resumes it at
   * the same page: both tellings have the same shape); `?lang=` goes, the setting now says it.
   */
  private reloadIn(next: Language): void {
    const params = new URLSearchParams(location.search);
    params.delete("lang");
    if (next !== "en") params.set("lang", next);
    const search = params.toString();
    location.assign(`${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
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

  /** The story panel's pacing setting (the core's panel starts with it). */
  get pacing(): Settings["pacing"] {
    return this.current.pacing;
  }

  /** What "Save and return to title" does to this run, as the menu says it. */
  private quitLabel(runs: RunController): string {
    if (!runs.session) return t("quitNoRun");
    if (runs.isExploring) return t("quitExploring");
    return t("quitSave");
  }

  /**
   * The in-game menu (Esc on the story and the report, the Menu button everywhere in a run).
   * Settings, the glossary and the backlog open from it and come back to it; Resume, Esc or a
   * click beside it close it.
   */
  async openMenu(): Promise<void> {
    // The menu belongs to a run, and runs live in the core.
    const core = this.loadedCore;
    if (!core || this.menuOpen || this.overlay.querySelector(".dialog")) return;
    this.menuOpen = true;
    const restoreTo = document.activeElement as HTMLElement | null;
    try {
      let focus: MenuAction = "resume";
      for (;;) {
        const action = await showMenu(this.overlay, {
          quitLabel: this.quitLabel(core.runs),
          focus,
          restoreTo,
        });
        if (action === "resume") return;
        if (action === "quit") {
          core.runs.saveAndQuit();
          return;
        }
        if (action === "settings") await this.openSettings(restoreTo);
        else if (action === "glossary") await showGlossary(this.overlay, restoreTo);
        else await showBacklog(this.overlay, core.panel.chapterText(), restoreTo);
        focus = action;
      }
    } finally {
      this.menuOpen = false;
    }
  }

  get screen(): AppScreen {
    return this.shown;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Scenes report themselves when they become the active screen. */
  enterScreen(screen: AppScreen): void {
    this.shown = screen;
    const core = this.loadedCore;
    this.chrome.setMenuVisible(
      MENU_SCREENS.has(screen) &&
        !this.labSession &&
        (core?.runs.session != null || screen === "report"),
    );
    // Each screen has its own controls: the bar finds its place again.
    this.layoutChrome();
    if (core) {
      if (screen === "narrative" || screen === "ending") core.panel.show();
      else core.panel.hide();
      core.followPageTitle();
    } else document.title = sceneText("gameTitle");
    this.emit();
  }

  /**
   * Runs `start` (a new game, a replay, an import) once the player agrees to replace the run
   * it would replace; at once when there is none. Resolves whether it ran.
   */
  guarded(start: () => void): Promise<boolean> {
    return this.whenLoaded((core) => this.guardedWith(core, start)).then((ran) => ran);
  }

  private guardedWith(core: Core, start: () => void): Promise<boolean> {
    const replacing = core.runs.replaceable();
    if (!replacing) {
      start();
      return Promise.resolve(true);
    }
    const options = replacing.unsaved
      ? [
          { label: t("replaceExportFirst"), value: "export" as const },
          { label: t("replaceWithoutKeeping"), value: "start" as const },
        ]
      : [{ label: t("replaceStart"), value: "start" as const }];
    return chooseOption(this.overlay, replacing.title, options, {
      message: replacing.message,
      id: "confirm-replace",
    }).then((answer) => {
      if (answer === null) return false;
      if (answer === "export") core.runs.exportSave();
      start();
      return true;
    });
  }

  /** "Import save": a file too large is refused unread; one that reads asks before replacing a run. */
  importFile(file: PickedFile): void {
    void this.whenLoaded((core) => {
      if ("tooLarge" in file) {
        core.refuseTooLarge(file.tooLarge);
        return;
      }
      const run = core.runs.runFromFile(file.text);
      if (run) void this.guardedWith(core, () => core.runs.adoptImported(run));
    });
  }

  // ---- what scenes ask of the run (the controller answers) ----
  // Everything below needs the core: the scenes behind the title only run once it has loaded,
  // and the title wraps what it asks in `whenLoaded`.

  /**
   * Runs `action` once the game behind the title has loaded: at once when it has (synchronously,
   * as every scene after the title finds it), else when it arrives, the title showing the loading
   * bar meanwhile. Resolves with what the action returned.
   */
  whenLoaded<T>(action: (core: Core) => T): Promise<T> {
    const core = this.loadedCore;
    if (core) return Promise.resolve(action(core));
    return this.load().then(action);
  }

  /** The run controller (src/game/run.ts). */
  get runs(): RunController {
    return this.core.runs;
  }

  /** The story panel (src/ui/StoryPanel.ts). */
  get panel(): StoryPanel {
    return this.core.panel;
  }

  get router(): Router {
    return this.core.router;
  }

  /** The run in progress, or null (also before the game has loaded). */
  get session(): GameSession | null {
    return this.loadedCore?.runs.session ?? null;
  }

  get report(): ReportView | null {
    return this.loadedCore?.runs.report ?? null;
  }

  /** The largest save file "Import save" reads. */
  get importLimit(): number {
    return MAX_SAVE_CHARS;
  }

  newGame(seed?: number): void {
    this.runs.newGame(seed);
  }

  continueSaved(): boolean {
    return this.runs.continueSaved();
  }

  restorePrevious(): boolean {
    return this.runs.restorePrevious();
  }

  history(): HistoryEntry[] {
    return this.runs.history();
  }

  checkpoints(): Checkpoint[] {
    return this.runs.checkpoints();
  }

  replayChapter(chapter: number): void {
    this.runs.replayChapter(chapter);
  }

  replayShownRun(): void {
    this.runs.replayShownRun();
  }

  /** "Watch it" on a run link's card: their run page by page, never saved. */
  watchShownRun(): void {
    this.runs.watchShownRun();
  }

  /** "Play from a chapter" on a run link's card (ask first: it replaces an unfinished run). */
  playShownFrom(chapter: number): void {
    this.runs.playShownFrom(chapter);
  }

  openRunLink(code: string): boolean {
    return this.runs.openRunLink(code);
  }

  openScreen(screen: ScreenName, seed?: number): void {
    this.runs.openScreen(screen, seed);
  }

  commit(plan: ScreenPlan): void {
    this.runs.commit(plan);
  }

  cancelScreen(): void {
    this.runs.cancelScreen();
  }

  advanceMonth(allocation: Allocation, research?: ResearchId[]): void {
    this.runs.advanceMonth(allocation, research);
  }

  exportSave(): boolean {
    return this.runs.exportSave();
  }

  showHistory(): void {
    this.runs.showHistory();
  }

  /** The endings gallery the title opens; resolves when the player closes it. */
  showEndings(): Promise<void> {
    return this.whenLoaded((core) => core.showEndings(this.overlay)).then((shown) => shown);
  }

  toTitle(): void {
    this.runs.toTitle();
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
    if (this.labSession) return this.core.lab.host(this.labSession, () => this.showLab());
    const run = this.runs.session;
    if (!run) throw new Error("no run in progress: start a new game first");
    return {
      mode: "story",
      world: () => run.world,
      hint: (screen) => (run.pendingScreen === screen ? run.screenHint : ""),
      commit: (plan) => this.runs.commit(plan),
      cancel: () => this.runs.cancelScreen(),
      advanceMonth: (allocation, research) =>
        this.runs.advanceMonth(allocation, research, monthsPerPress(this.current.monthSpeed)),
      monthsPerPress: monthsPerPress(this.current.monthSpeed),
    };
  }

  /**
   * Opens the Lab (the title's "Lab", `?lab`), or a design from a `#lab=` link: validated first; a
   * bad code is explained and the title shown. The Lab never reads or writes the save or history.
   */
  openLab(code?: string): boolean {
    if (code !== undefined) {
      const decoded = this.core.lab.decode(code, this.runs.work);
      if (!decoded.ok) {
        history.replaceState(null, "", location.pathname + location.search);
        this.labSession = null;
        if (this.screen !== "title") this.show("title");
        this.status.show(t("labLinkBad", { reason: decoded.message }), "problem");
        return false;
      }
      this.labSession = this.core.newLab(decoded.value);
    } else this.labSession ??= this.core.newLab();
    this.showLab();
    if (code !== undefined) {
      this.status.show(t("labFromLink"));
    }
    return true;
  }

  /** The Lab hub; the address carries the active design, so a reload or a copy keeps it. */
  showLab(): void {
    const lab = this.labSession;
    if (!lab) return;
    const hash = this.core.lab.hash(lab.code());
    history.replaceState(null, "", location.pathname + location.search + hash);
    this.show("lab");
  }

  /** A management screen on the Lab's active design. */
  openLabScreen(screen: ScreenName): void {
    if (this.labSession) this.show(screen);
  }

  /** Leaves the Lab for the title (its designs live on in the link, nowhere else). */
  closeLab(): void {
    this.labSession = null;
    if (this.core.labCodeIn(location.hash) !== null) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    this.show("title");
  }

  /** The active design's link, or null outside the Lab. */
  labLink(): string | null {
    const lab = this.labSession;
    return lab ? `${location.origin}${location.pathname}${this.core.lab.hash(lab.code())}` : null;
  }

  /** Another scene; messages about the one before no longer apply (callers speak after). */
  private show(place: Place): void {
    this.status.clear();
    this.core.router.show(place);
  }

  /** The run changed (the core's controller says so): scenes and the page title read it again. */
  changed(): void {
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
