/**
 * The browser side of a run: it owns the session, the narrative panel and the
 * sound, and tells Phaser which scene to show. Scenes ask the App for state and
 * hand it the player's actions; they hold no game logic of their own.
 */
import type Phaser from "phaser";
import { SoundBoard } from "../audio/sound";
import { loadSettings, saveSettings } from "../persist/settings";
import type { Beat } from "../story/director";
import type { ScreenName } from "../story/protocol";
import { StoryPanel } from "../ui/StoryPanel";
import { GameSession, type ScreenPlan } from "./session";

/** Phaser scene keys, one per screen. */
export const SCENES = {
  boot: "Boot",
  preloader: "Preloader",
  title: "Title",
  narrative: "Narrative",
  fleet: "Fleet",
} as const;

const SCREEN_SCENES: Record<ScreenName, string | null> = {
  fleet: SCENES.fleet,
  designer: null,
  data: null,
  serving: null,
};

export type AppScreen = "loading" | "title" | "narrative" | ScreenName | "ending";

type Listener = () => void;

export class App {
  game: Phaser.Game | null = null;
  readonly panel: StoryPanel;
  readonly sound: SoundBoard;
  private storyJson: string | null = null;
  private run: GameSession | null = null;
  private screenName: AppScreen = "loading";
  private readonly listeners = new Set<Listener>();

  constructor(private readonly overlay: HTMLElement) {
    const settings = loadSettings();
    this.sound = new SoundBoard(import.meta.env.BASE_URL, settings.muted);
    this.panel = new StoryPanel(overlay, {
      choose: (index) => this.choose(index),
      continue: () => this.continueStory(),
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
    this.screenName = screen;
    if (screen === "narrative" || screen === "ending") this.panel.show();
    else this.panel.hide();
    this.emit();
  }

  /** Starts a fresh run with a seed (random when not given) and shows the story. */
  newGame(seed: number = randomSeed()): void {
    if (!this.storyJson) throw new Error("the story has not loaded yet");
    const run = new GameSession(this.storyJson, seed);
    run.subscribe({
      cue: (tag) => {
        if (tag.kind === "music") this.sound.music(tag.track);
        else this.sound.cue(tag.cue);
      },
    });
    this.run = run;
    const beat = run.start();
    this.panel.render(beat);
    this.switchTo(SCENES.narrative);
  }

  choose(index: number): void {
    const run = this.requireRun();
    const text = run.beat.choices.find((c) => c.index === index)?.text;
    const beat = run.choose(index);
    this.sound.cue("choice");
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
      this.switchTo(SCENES.title);
      return;
    }
    if (pause.kind !== "page") return;
    this.sound.cue("page");
    this.afterBeat(run.continue());
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
    const beat = run.commit(plan);
    this.sound.cue("commit");
    this.panel.render(beat);
    this.switchTo(SCENES.narrative);
    this.afterBeat(beat, undefined, false);
  }

  private openScreen(screen: ScreenName): void {
    const scene = SCREEN_SCENES[screen];
    if (!scene) throw new Error(`the ${screen} screen is not part of this build`);
    this.switchTo(scene);
  }

  private afterBeat(beat: Beat, chosen?: string, render = true): void {
    if (render) this.panel.render(beat, chosen === undefined ? {} : { chosen });
    if (beat.pause.kind === "ending") this.enterScreen("ending");
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

function randomSeed(): number {
  // Seeds come from the browser's RNG; everything after that is deterministic.
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
