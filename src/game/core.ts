/**
 * The game behind the title: the run controller and the story runtime (inkjs), the sim, the story
 * panel, the router and every scene after the title (the story, the four management screens, the
 * report, History and the Lab). It is a chunk of its own: the title screen draws without it, and
 * App.load fetches it (beside the compiled story) the moment the title is up, so a player who
 * presses New game a second later rarely waits; one who presses sooner sees the loading bar.
 *
 * Nothing here runs before it is loaded; the App (app.ts) reaches it through `app.core`, typed by
 * the GameCore interface (coreApi.ts), so that the App never imports this module: main.ts hands
 * the App a loader that does.
 */
import type Phaser from "phaser";
import { decodeLab, encodeLab, labAsked, labCodeFromHash, labHash } from "../lab/code";
import type { LabDesign } from "../lab/design";
import { labHost } from "../lab/host";
import { LabSession } from "../lab/session";
import type { TitleInfo } from "../persist/peek";
import { tooLargeMessage } from "../persist/saves";
import { SeenRecord } from "../persist/seen";
import { installServiceWorker } from "../pwa";
import { History } from "../scenes/History";
import { Lab } from "../scenes/Lab";
import { Narrative } from "../scenes/Narrative";
import { Report } from "../scenes/Report";
import { SCREEN_SCENES } from "../screens/scenes";
import { currentMonth, type WorldState } from "../sim";
import { showText } from "../ui/Dialog";
import { followPageTitle } from "../ui/pageTitle";
import { StoryPanel } from "../ui/StoryPanel";
import { download } from "../ui/share";
import type { CoreHost, GameCore } from "./coreApi";
import { gallery } from "./gallery";
import { localRunStore, systemClock, timeSliced } from "./ports";
import { Router } from "./router";
import { RunController } from "./run";

/** Builds the core (App.load calls it through main.ts's loader, once the chunks are here). */
export function createCore(host: CoreHost, overlay: HTMLElement, story: string): GameCore {
  return new Core(host, overlay, story);
}

class Core implements GameCore {
  readonly router: Router;
  readonly runs: RunController;
  readonly panel: StoryPanel;

  constructor(
    private readonly host: CoreHost,
    overlay: HTMLElement,
    story: string,
  ) {
    // The offline copy, now that the game behind the title is here (src/pwa.ts says why not sooner).
    installServiceWorker(host.status);
    this.router = new Router(host);
    this.runs = new RunController({
      store: localRunStore(),
      sound: host.sound,
      clock: systemClock,
      status: host.status,
      view: this.router,
      address: this.router,
      background: timeSliced(),
      download: (text, name) => download(new Blob([text], { type: "application/json" }), name),
    });
    this.router.serve(this.runs);
    this.panel = new StoryPanel(
      overlay,
      {
        choose: (index) => this.runs.choose(index),
        continue: (options) => this.runs.continueStory(options),
        rewind: () => this.runs.rewind(1),
        redo: () => this.runs.redo(1),
      },
      // What this browser has read before, for marking it and "Skip read text".
      new SeenRecord((problem) => host.status.show(problem, "problem")),
    );
    this.panel.setPacing(host.pacing);
    this.panel.follow(this.runs);
    // The page title and the scenes read the state again after each operation.
    this.runs.subscribe((event) => {
      if (event.kind === "changed") host.changed();
    });
    this.runs.setStory(story);
  }

  /** Adds the scenes behind the title to the game (each names its screen as it opens). */
  addScenes(game: Phaser.Game): void {
    for (const Scene of [Narrative, ...Object.values(SCREEN_SCENES), Report, History, Lab]) {
      const scene = new Scene();
      game.scene.add(scene.sys.settings.key, scene, false);
      this.host.watchScene(scene);
    }
  }

  /** The title's view of the runs, read in full: a damaged save or history is reported here. */
  titleInfo(): TitleInfo {
    const save = this.runs.savedRun();
    const runs = this.runs.history();
    const previous = this.runs.previousRun();
    return {
      save: save ? { ...save.summary } : null,
      previous: previous ? { ...previous.summary } : null,
      finishedRuns: runs.length,
      checkpoints: (runs[0]?.chapters ?? []).map((c) => ({
        ...c,
        ...(c.chose ? { chose: [...c.chose] } : {}),
      })),
      exportable: save !== null || this.runs.session !== null,
      endings: this.runs.reachedEndings(runs).map((r) => r.ending),
    };
  }

  /** The endings gallery over the page (a DOM dialog); resolves when the player closes it. */
  showEndings(parent: HTMLElement): Promise<void> {
    const { title, sections } = gallery(this.runs.reachedEndings());
    return showText(parent, title, sections, "endings");
  }

  /** "Import save" of a file over the size read, refused unread. */
  refuseTooLarge(chars: number): void {
    this.runs.refuseImport(tooLargeMessage(chars));
  }

  /** The page title, from the screen and the run (src/ui/pageTitle.ts). */
  followPageTitle(): void {
    followPageTitle(this.host);
  }

  // ---- the Lab (src/lab), for the App's Lab methods ----

  readonly lab = { decode: decodeLab, encode: encodeLab, hash: labHash, host: labHost };

  newLab(design?: LabDesign): LabSession {
    return new LabSession(design);
  }

  /** The lab code the address holds (`#lab=`), or whether it asks for the Lab (`?lab`). */
  labAddress(): { code: string | null; asked: boolean } {
    return { code: labCodeFromHash(location.hash), asked: labAsked(location.search) };
  }

  labCodeIn(hash: string): string | null {
    return labCodeFromHash(hash);
  }

  /** The month a world stands in ("2022-05"), for the automation hook. */
  monthOf(world: WorldState): string {
    return currentMonth(world);
  }
}
