/**
 * The router: which Phaser scene shows each place the run controller sends the player to, the
 * screen on show (scenes report it as they open), and the page's address: `?screen=` and
 * `#run=` are read when the title first shows, and a run link pasted into the address bar
 * later opens too.
 */
import type Phaser from "phaser";
import { codeFromHash, runHash } from "../persist/code";
import { isScreenName, SCREEN_LIST } from "../screens/registry";
import type { ScreenName } from "../story/protocol";
import type { AddressPort, AppScreen, Place, ViewPort } from "./ports";

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
  private current: AppScreen = "loading";
  private addressRead = false;
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
    return this.current;
  }

  /** A scene reports itself; the first title opens what the address asks for. */
  entered(screen: AppScreen): void {
    if (screen === "title" && !this.addressRead) {
      this.addressRead = true;
      const runs = this.runs;
      const asked = screenFromSearch(location.search);
      if (asked && runs) setTimeout(() => runs.openScreen(asked.screen, asked.seed), 0);
      const code = codeFromHash(location.hash);
      if (code !== null && runs) setTimeout(() => runs.openRunLink(code), 0);
    }
    this.current = screen;
  }

  show(place: Place): void {
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

  linkFor(code: string): string {
    return `${location.origin}${location.pathname}${location.search}${runHash(code)}`;
  }

  hasRunLink(): boolean {
    return codeFromHash(location.hash) !== null;
  }

  forgetLink(): void {
    history.replaceState(null, "", location.pathname + location.search);
  }
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
