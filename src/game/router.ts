/**
 * The router: which Phaser scene shows each place the run controller sends the player to, and
 * the page's address: `?screen=` and `#run=` are read once the game behind the title has
 * loaded (src/game/core.ts), and a run link pasted into the address bar later opens too.
 */
import type Phaser from "phaser";
import { codeFromHash, runHash } from "../persist/code";
import { isScreenName, SCREEN_LIST } from "../screens/registry";
import type { ScreenName } from "../story/protocol";
import { endingPagePath, gameFolder, isEnding } from "./endings";
import type { AddressPort, AppScreen, Place, ViewPort } from "./ports";
import { SCENES } from "./sceneKeys";

export { SCENES };

/** The scene of each place ("ending" is the story's scene, already on show). */
const PLACE_SCENES: Record<Exclude<Place, "ending">, string> = {
  title: SCENES.title,
  narrative: SCENES.narrative,
  report: SCENES.report,
  history: SCENES.history,
  lab: SCENES.lab,
  ...(Object.fromEntries(SCREEN_LIST.map((m) => [m.name, m.sceneKey])) as Record<
    ScreenName,
    string
  >),
};

export interface RouterHost {
  readonly game: Phaser.Game | null;
  /** The screen on show (the App keeps it: scenes report themselves to it as they open). */
  readonly screen: AppScreen;
  /** Names the screen on show (the chrome, the panel and the page title follow it). */
  enterScreen(screen: AppScreen): void;
}

/** What the address asks the router to open. */
export interface AddressRuns {
  readonly storyLoaded: boolean;
  openScreen(screen: ScreenName, seed?: number): void;
  openRunLink(code: string): boolean;
}

export class Router implements ViewPort, AddressPort {
  private addressRead = false;
  /** Places shown so far (the App tells from it whether reading the address opened one). */
  private showCount = 0;
  private runs: AddressRuns | null = null;

  constructor(private readonly host: RouterHost) {
    window.addEventListener("hashchange", () => {
      const code = codeFromHash(location.hash);
      if (code !== null && this.runs?.storyLoaded) this.runs.openRunLink(code);
    });
  }

  /** Who opens what the address asks for (the run controller, made after the router). */
  serve(runs: AddressRuns): void {
    this.runs = runs;
  }

  get screen(): AppScreen {
    return this.host.screen;
  }

  /**
   * Opens what the address asked for when the page loaded (`?screen=`, `#run=`), once: called when
   * the game behind the title has loaded (src/game/core.ts).
   */
  readAddress(): void {
    const runs = this.runs;
    if (this.addressRead || !runs) return;
    this.addressRead = true;
    const asked = screenFromSearch(location.search);
    if (asked) runs.openScreen(asked.screen, asked.seed);
    const code = codeFromHash(location.hash);
    if (code !== null) runs.openRunLink(code);
  }

  get shows(): number {
    return this.showCount;
  }

  show(place: Place): void {
    this.showCount += 1;
    if (place === "ending") {
      // The story's last page: the Narrative scene stays, the screen's name changes.
      this.host.enterScreen("ending");
      return;
    }
    const game = this.host.game;
    if (!game) return;
    const key = PLACE_SCENES[place];
    for (const scene of game.scene.getScenes(true)) {
      if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    }
    game.scene.start(key);
  }

  linkFor(code: string, ending: string): string {
    return runLink(location, code, ending);
  }

  hasRunLink(): boolean {
    return codeFromHash(location.hash) !== null;
  }

  forgetLink(): void {
    history.replaceState(null, "", location.pathname + location.search);
  }
}

/**
 * A run's link, from the page it is made on: its ending's page in the game's folder (from index.html
 * or any ending's page alike), so a link preview shows how the run ended, with the page's query
 * (`?lang=`) and the run in the fragment. An ending this build has no page for links the folder.
 */
export function runLink(
  page: { readonly origin: string; readonly pathname: string; readonly search: string },
  code: string,
  ending: string,
): string {
  const folder = gameFolder(page.pathname);
  const file = isEnding(ending) ? endingPagePath(ending) : "";
  return `${page.origin}${folder}${file}${page.search}${runHash(code)}`;
}

/** `?screen=designer&seed=1` opens a screen straight away (players exploring, tests). */
export function screenFromSearch(search: string): { screen: ScreenName; seed?: number } | null {
  const params = new URLSearchParams(search);
  const screen = params.get("screen");
  if (!screen || !isScreenName(screen)) return null;
  const seed = Number(params.get("seed"));
  return {
    screen,
    ...(Number.isInteger(seed) && seed >= 0 && params.has("seed") ? { seed } : {}),
  };
}
