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
import { decodeLab, labAsked, labCodeFromHash, labHash } from "../lab/code";
import { labHost } from "../lab/host";
import { LabSession } from "../lab/session";
import { codeFromHash } from "../persist/code";
import type { HistoryEntry } from "../persist/history";
import { type SaveFile, tooLargeMessage } from "../persist/saves";
import { loadSettings, type Settings, saveSettings } from "../persist/settings";
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
import { followPageTitle } from "../ui/pageTitle";
import { StatusLine } from "../ui/Status";
import { StoryPanel } from "../ui/StoryPanel";
import { download } from "../ui/share";
import { COLORS } from "../ui/theme";
import { type AppScreen, localRunStore, type Place, systemClock } from "./ports";
import { Router } from "./router";
import { type ReportView, RunController } from "./run";
import type { GameSession, ScreenPlan } from "./session";

export type { AppScreen } from "./ports";
export { SCENES } from "./router";

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
  readonly panel: StoryPanel;
  readonly chrome: Chrome;
  private current: Settings;
  private menuOpen = false;
  readonly sound: SoundBoard;
  private readonly listeners = new Set<Listener>();
  readonly status: StatusLine;
  readonly router: Router;
  /** The run and everything that happens to it. */
  readonly runs: RunController;

  constructor(private readonly overlay: HTMLElement) {
    this.status = new StatusLine(overlay);
    const settings = loadSettings();
    this.current = settings;
    applyAppearance(settings);
    this.sound = new SoundBoard(import.meta.env.BASE_URL, settings.muted);
    this.sound.setVolumes(settings.musicVolume, settings.effectsVolume);
    this.router = new Router(this);
    this.runs = new RunController({
      store: localRunStore(),
      sound: this.sound,
      clock: systemClock,
      status: this.status,
      view: this.router,
      address: this.router,
      download: (text, name) => download(new Blob([text], { type: "application/json" }), name),
    });
    this.router.serve(this.runs);
    this.panel = new StoryPanel(overlay, {
      choose: (index) => this.runs.choose(index),
      continue: () => this.runs.continueStory(),
      rewind: () => this.runs.rewind(1),
      redo: () => this.runs.redo(1),
    });
    this.panel.setPacing(settings.pacing);
    this.panel.follow(this.runs);
    // The page title and the scenes read the state again after each operation.
    this.runs.subscribe((event) => {
      if (event.kind === "changed") this.emit();
    });
    this.chrome = new Chrome(overlay, document.getElementById("stage"), {
      toggleSound: () => this.updateSettings({ ...this.current, muted: !this.current.muted }),
      openMenu: () => void this.openMenu(),
    });
    this.chrome.setSound(settings.muted);
    window.addEventListener("resize", () => this.layoutChrome());
    // A lab link pasted into the address bar opens the Lab; a run link leaves it (the router
    // opens the run's card, a story screen).
    window.addEventListener("hashchange", () => {
      if (codeFromHash(location.hash) !== null) this.labSession = null;
      const lab = labCodeFromHash(location.hash);
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
        for (const scene of game.scene.scenes) {
          const named = scene as Partial<NamesItsScreen>;
          scene.events.on("create", () => {
            const screen = named.appScreen?.();
            if (screen) this.enterScreen(screen);
          });
        }
      });
    }
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

  /** The title's language button: keeps the choice with the settings and opens the page in it. */
  chooseLanguage(next: Language): void {
    this.updateSettings({ ...this.current, language: next });
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

  /** What "Save and return to title" does to this run, as the menu says it. */
  private quitLabel(): string {
    if (!this.runs.session) return t("quitNoRun");
    if (this.runs.isExploring) return t("quitExploring");
    return t("quitSave");
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
          this.runs.saveAndQuit();
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

  get screen(): AppScreen {
    return this.router.screen;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Scenes report themselves when they become the active screen. */
  enterScreen(screen: AppScreen): void {
    if (screen === "title" && !this.labAddressRead) {
      // `?lab` and `#lab=` on the first title, as the router reads `?screen=` and `#run=`.
      this.labAddressRead = true;
      const lab = labCodeFromHash(location.hash);
      if (lab !== null) setTimeout(() => this.openLab(lab), 0);
      else if (labAsked(location.search)) setTimeout(() => this.openLab(), 0);
    }
    this.router.entered(screen);
    this.chrome.setMenuVisible(
      MENU_SCREENS.has(screen) &&
        !this.labSession &&
        (this.runs.session !== null || screen === "report"),
    );
    // Each screen has its own controls: the bar finds its place again.
    this.layoutChrome();
    if (screen === "narrative" || screen === "ending") this.panel.show();
    else this.panel.hide();
    followPageTitle(this);
    this.emit();
  }

  /**
   * Runs `start` (a new game, a replay, an import) once the player agrees to replace the run
   * it would replace; at once when there is none. Resolves whether it ran.
   */
  guarded(start: () => void): Promise<boolean> {
    const replacing = this.runs.replaceable();
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
      if (answer === "export") this.runs.exportSave();
      start();
      return true;
    });
  }

  /** "Import save": a file too large is refused unread; one that reads asks before replacing a run. */
  importFile(file: PickedFile): void {
    if ("tooLarge" in file) {
      this.runs.refuseImport(tooLargeMessage(file.tooLarge));
      return;
    }
    const run = this.runs.runFromFile(file.text);
    if (run) void this.guarded(() => this.runs.adoptImported(run));
  }

  // ---- what scenes ask of the run (the controller answers) ----

  get session(): GameSession | null {
    return this.runs.session;
  }

  get report(): ReportView | null {
    return this.runs.report;
  }

  get importLimit(): number {
    return this.runs.importLimit;
  }

  setStory(json: string): void {
    this.runs.setStory(json);
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

  savedRun(): SaveFile | null {
    return this.runs.savedRun();
  }

  previousRun(): SaveFile | null {
    return this.runs.previousRun();
  }

  history(): HistoryEntry[] {
    return this.runs.history();
  }

  checkpoints(): { chapter: number; decisions: number }[] {
    return this.runs.checkpoints();
  }

  replayChapter(chapter: number): void {
    this.runs.replayChapter(chapter);
  }

  replayShownRun(): void {
    this.runs.replayShownRun();
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

  toTitle(): void {
    this.runs.toTitle();
  }

  // ---- the Lab (src/lab): the four screens on a design, without the story ----

  private labSession: LabSession | null = null;
  private labAddressRead = false;

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
    const run = this.runs.session;
    if (!run) throw new Error("no run in progress: start a new game first");
    return {
      mode: "story",
      world: () => run.world,
      hint: (screen) => (run.pendingScreen === screen ? run.screenHint : ""),
      commit: (plan) => this.runs.commit(plan),
      cancel: () => this.runs.cancelScreen(),
      advanceMonth: (allocation, research) => this.runs.advanceMonth(allocation, research),
    };
  }

  /**
   * Opens the Lab (the title's "Lab", `?lab`), or a design from a `#lab=` link: validated first; a
   * bad code is explained and the title shown. The Lab never reads or writes the save or history.
   */
  openLab(code?: string): boolean {
    if (code !== undefined) {
      const decoded = decodeLab(code, this.runs.work);
      if (!decoded.ok) {
        history.replaceState(null, "", location.pathname + location.search);
        this.labSession = null;
        if (this.screen !== "title") this.show("title");
        this.status.show(t("labLinkBad", { reason: decoded.message }), "problem");
        return false;
      }
      this.labSession = new LabSession(decoded.value);
    } else this.labSession ??= new LabSession();
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
    history.replaceState(null, "", location.pathname + location.search + labHash(lab.code()));
    this.show("lab");
  }

  /** A management screen on the Lab's active design. */
  openLabScreen(screen: ScreenName): void {
    if (this.labSession) this.show(screen);
  }

  /** Leaves the Lab for the title (its designs live on in the link, nowhere else). */
  closeLab(): void {
    this.labSession = null;
    if (labCodeFromHash(location.hash) !== null) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    this.show("title");
  }

  /** The active design's link, or null outside the Lab. */
  labLink(): string | null {
    const lab = this.labSession;
    return lab ? `${location.origin}${location.pathname}${labHash(lab.code())}` : null;
  }

  /** Another scene; messages about the one before no longer apply (callers speak after). */
  private show(place: Place): void {
    this.status.clear();
    this.router.show(place);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
