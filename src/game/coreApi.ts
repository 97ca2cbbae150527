/**
 * What the App (app.ts) and the game behind the title (core.ts) know of each other, as types: the
 * App holds a GameCore once main.ts's loader has fetched the core's chunk; the core reads the App
 * through CoreHost. Neither imports the other, so the title's chunk holds none of the core.
 */
import type Phaser from "phaser";
import type { SoundBoard } from "../audio/sound";
import type { LabDecoded } from "../lab/code";
import type { LabDesign } from "../lab/design";
import type { LabSession } from "../lab/session";
import type { TitleInfo } from "../persist/peek";
import type { ScreenHost } from "../screens/host";
import type { WorldState } from "../sim";
import type { TitleSource } from "../ui/pageTitle";
import type { StatusLine } from "../ui/Status";
import type { StoryPanel } from "../ui/StoryPanel";
import type { Router, RouterHost } from "./router";
import type { RunController } from "./run";

/** What the core needs of the App around it. */
export interface CoreHost extends RouterHost, TitleSource {
  readonly status: StatusLine;
  readonly sound: SoundBoard;
  readonly pacing: "page" | "line";
  /** Tells the scenes and the page title that the run changed. */
  changed(): void;
  /** Follows a scene added now, as the App follows the first ones (it names its screen). */
  watchScene(scene: Phaser.Scene): void;
}

/** The game behind the title, as the App reaches it. */
export interface GameCore {
  readonly router: Router;
  readonly runs: RunController;
  readonly panel: StoryPanel;
  /** Adds the scenes behind the title to the game. */
  addScenes(game: Phaser.Game): void;
  /** The title's view of the runs, read in full (a damaged save is reported). */
  titleInfo(): TitleInfo;
  /** The endings gallery (a dialog in `parent`); resolves when it closes. */
  showEndings(parent: HTMLElement): Promise<void>;
  /** "Import save" of a file over the size read, refused unread. */
  refuseTooLarge(chars: number): void;
  followPageTitle(): void;
  readonly lab: {
    decode(code: unknown, work?: { unpackedChars: number }): LabDecoded;
    encode(design: LabDesign): string;
    hash(code: string): string;
    host(lab: LabSession, back: () => void): ScreenHost;
  };
  newLab(design?: LabDesign): LabSession;
  labAddress(): { code: string | null; asked: boolean };
  labCodeIn(hash: string): string | null;
  monthOf(world: WorldState): string;
}

/** The core's chunk, as main.ts's loader returns it. */
export interface CoreModule {
  createCore(host: CoreHost, overlay: HTMLElement, story: string): GameCore;
}

/** How the App fetches what lies behind the title (main.ts supplies them: dynamic imports). */
export interface CoreLoaders {
  core(): Promise<CoreModule>;
  /** The compiled story in the page's language. */
  story(): Promise<string>;
}
