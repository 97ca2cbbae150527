/**
 * What the run controller (run.ts) needs from the world around it, as interfaces, and the
 * implementations that need no browser: the store over src/persist (which reads
 * `globalThis.localStorage`, so a test installs a storage double there) and the system clock.
 * The page's own ports (the status line, the router, the address bar, downloads) are wired in
 * app.ts; tests pass fakes.
 */

import {
  type EndingWrite,
  type LoadedEndings,
  reachedEndings,
  recordEnding,
} from "../persist/endings";
import {
  addToHistory,
  type HistoryEntry,
  type HistoryWrite,
  loadHistory,
} from "../persist/history";
import {
  type LoadedSave,
  loadAutosave,
  type MovedAside,
  previousRun,
  quarantineAutosave,
  restorePrevious,
  type SaveFile,
  SaveKeeper,
  type SaveOutcome,
} from "../persist/saves";
import type { Stored } from "../persist/storage";
import type { MusicName, ScreenName, SfxName } from "../story/protocol";
import type { StatusAction } from "../ui/Status";

/** The checked autosave writer (persist/saves SaveKeeper): it knows whether saving works. */
export interface SaveWriter {
  readonly saving: boolean;
  readonly kept: number | null;
  /** A new run takes the slot: its first write keeps the unfinished run there as the previous one. */
  startRun(): void;
  /** The slot already holds this run (Continue, Restore). */
  resumed(save: SaveFile): void;
  write(save: SaveFile): SaveOutcome;
}

/** Where runs are kept: the save slot, the previous run, the history of finished runs. */
export interface RunStore {
  readonly saves: SaveWriter;
  /** Reads the save slot; a damaged save is moved aside (if it can be) and reported. */
  load(now: Date): LoadedSave;
  /** The run "Restore previous run" would bring back. */
  previous(): SaveFile | null;
  /** Swaps the previous run back into the slot. */
  restorePrevious(): Stored<SaveFile | null>;
  /** Moves a save that reads but no longer replays aside. */
  quarantine(now: Date): MovedAside;
  history(now: Date): { runs: HistoryEntry[]; problem: string | null };
  addToHistory(entry: HistoryEntry): HistoryWrite;
  /** The endings this browser has reached (the record and the history's runs, `runs`). */
  endings(runs: readonly HistoryEntry[], now: Date): LoadedEndings;
  /** A run finished at `ending`; `runs` is the history before it (seeds a first record). */
  recordEnding(ending: string, runs: readonly HistoryEntry[], now: Date): EndingWrite;
}

export interface SoundPort {
  cue(name: SfxName): void;
  music(track: MusicName): void;
}

export interface Clock {
  /** A seed for a new run (everything after it is deterministic). */
  randomSeed(): number;
  now(): Date;
}

/** The status line (src/ui/Status.ts): messages to the player. */
export interface StatusPort {
  show(message: string, tone?: "note" | "problem", action?: StatusAction): void;
  /** A warning that stands while its cause lasts (null: the cause is gone). */
  hold(message: string | null, action?: StatusAction): void;
  /** A new screen opened: earlier messages no longer apply. */
  clear(): void;
}

/** Every screen the App can be on (scenes report it as they open). */
export type AppScreen =
  | "loading"
  | "title"
  | "narrative"
  | ScreenName
  | "ending"
  | "report"
  | "history"
  /** The Lab's hub (src/scenes/Lab.ts); its screens are the four management screens. */
  | "lab";

/** Where the controller sends the player: a screen; "ending" is the story's last page. */
export type Place = Exclude<AppScreen, "loading">;

/** The router: shows a place (the page picks the scene) and says which screen is up. */
export interface ViewPort {
  readonly screen: AppScreen;
  show(place: Place): void;
}

/** The address bar: run links point at the run's ending page with `#run=<code>`. */
export interface AddressPort {
  /** The link that opens this run: its ending's page (`ending/<id>.html#run=<code>`). */
  linkFor(code: string, ending: string): string;
  /** Whether the address holds a run link now. */
  hasRunLink(): boolean;
  /** Drops the run link from the address (without a new history entry). */
  forgetLink(): void;
}

/**
 * Long work done in slices, so that the page keeps drawing: `slice` does a little of it and says
 * whether there is more (the card's decisions, src/game/decisive.ts, replay the run many times).
 */
export interface BackgroundPort {
  /** Calls `slice` until it returns false; the function returned stops it. */
  run(slice: () => boolean): () => void;
}

/**
 * The page's: slices for about `budgetMs` at a time, each batch a task of its own, so that frames
 * and input come between them.
 */
export function timeSliced(budgetMs = 12): BackgroundPort {
  return {
    run(slice) {
      let stopped = false;
      const batch = () => {
        if (stopped) return;
        const end = performance.now() + budgetMs;
        let more = true;
        while (more && !stopped && performance.now() < end) more = slice();
        if (more && !stopped) setTimeout(batch, 0);
      };
      setTimeout(batch, 0);
      return () => {
        stopped = true;
      };
    },
  };
}

export interface RunPorts {
  store: RunStore;
  sound: SoundPort;
  clock: Clock;
  status: StatusPort;
  view: ViewPort;
  address: AddressPort;
  background: BackgroundPort;
  /** Offers the player a JSON file to keep. */
  download(text: string, fileName: string): void;
}

/** The store over src/persist and the storage it finds on globalThis (localStorage). */
export function localRunStore(): RunStore {
  return {
    saves: new SaveKeeper(),
    load: (now) => loadAutosave(now.getTime()),
    previous: () => previousRun(),
    restorePrevious: () => restorePrevious(),
    quarantine: (now) => quarantineAutosave(now.getTime()),
    history: (now) => loadHistory(now.getTime()),
    addToHistory: (entry) => addToHistory(entry),
    endings: (runs, now) => reachedEndings(runs, now.getTime()),
    recordEnding: (ending, runs, now) => recordEnding(ending, runs, now),
  };
}

export const systemClock: Clock = {
  // Seeds come from the platform's RNG (browsers and Node both have Web Crypto).
  randomSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1,
  now: () => new Date(),
};
