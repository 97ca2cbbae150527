/**
 * `window.andy`: the automation hook, in every build. Read-only views of what a
 * player can see, and the actions a player can take, so browser tests (and
 * curious players in the console) drive the game the way a person would, never
 * through Phaser internals. Documented in the README.
 */

import Phaser from "phaser";
import type { WorldState } from "../sim";
import type { ScreenName } from "../story/protocol";
import { blinkingLights } from "../ui/Backdrop";
import { type ControlView, describeControl, type Rect } from "../ui/controls";
import type { FocusManager } from "../ui/FocusManager";
import type { Readout } from "../ui/Readout";
import type { App, AppScreen } from "./app";
import type { DecisionLine, FleetMonth } from "./report";
import type { Decision } from "./session";

export interface ReadoutView {
  key: string;
  label: string;
  text: string;
}

export interface AndyHook {
  /** "loading" | "title" | "narrative" | "fleet" | ... | "ending" | "lab" */
  readonly screen: AppScreen;
  /**
   * Whether the game behind the title has loaded (the title draws before it; src/game/core.ts).
   * Every action below but `newGame` and `openScreen` (which wait for it) needs it: wait first.
   */
  readonly loaded: boolean;
  /** "lab" while the Lab is open (its hub or a screen on a design), else "story". */
  readonly mode: "story" | "lab";
  /** The run's seed, or null before a run starts. */
  readonly seed: number | null;
  /** "WebGL" or "Canvas": which renderer Phaser started with. */
  readonly renderer: string;
  /** Whether the WebGL context multisamples its edges (off when WebGL runs in software). */
  readonly msaa: boolean;
  /**
   * Things moving on their own in the active scenes: tweens, and the backdrop's blinking lights
   * (0 under prefers-reduced-motion: the lights stay still).
   */
  readonly animations: number;
  /** What the sound is doing: unlocked, the bed playing and its volume, hidden (src/audio/sound.ts). */
  sound(): import("../audio/sound").SoundState;
  /** The story text on the page right now. */
  text(): string;
  /** The choices on offer (empty when the story waits for Continue or a screen). */
  choices(): { index: number; text: string }[];
  /** What the story asks the player to do on the screen it waits for ("" when none). */
  hint(): string;
  /** What the story is waiting for: "choice", "page", "screen" or "ending". */
  waitingFor(): string | null;
  /** The numbers the current management screen shows, as displayed. */
  readouts(): ReadoutView[];
  /** Every text the canvas shows right now (visible text objects of the active scenes, math tips too). */
  canvasText(): string[];
  /** The interactive controls of the current canvas screen, with page-pixel bounds. */
  controls(): ControlView[];
  /** Plans the player has committed so far (and every choice), in order. */
  decisions(): Decision[];
  /** The fleet split the world currently runs with. */
  plan(): { allocation: unknown; month: string } | null;
  /** A copy of the whole sim world (plans, fleet, history), or null before a run. */
  world(): WorldState | null;

  newGame(seed?: number): void;
  choose(position: number): void;
  continue(): void;
  /** Sets a slider or stepper of the current screen, as dragging it would. */
  set(controlId: string, value: number): void;
  /** Presses a button of the current screen by id. */
  press(controlId: string): void;
  /** Commits the current management screen (its Commit button). */
  commit(): void;
  /**
   * Opens a management screen directly ("fleet", "designer", "data", "serving"); starts a run with
   * `seed` (default 1) when none exists. Commit applies the plan and returns to the story.
   */
  openScreen(screen: ScreenName, seed?: number): void;

  // ---- saves, replay and sharing ----
  /** The end-state card on screen (own run or a run link), as displayed; null elsewhere. */
  report(): ReportHookView | null;
  /** The share code of the player's run as it stands (null before a run). */
  shareCode(): string | null;
  /** The message in the status line ("" when none is shown). */
  status(): string;
  /** Finished runs kept locally, newest first. */
  history(): { ending: string; title: string; seed: number; code: string; finishedAt: string }[];
  /** Chapters of the last finished run that "Replay a chapter" offers, with what was chosen in each. */
  checkpoints(): import("../persist/peek").Checkpoint[];
  /** Undoes the last `steps` decisions (default 1), like the Rewind button. */
  rewind(steps?: number): void;
  /** Brings back the last `steps` decisions rewound (default 1), like the Redo button. */
  redo(steps?: number): void;
  /**
   * Whether the run is being saved: `saving` false once a write failed (the player has been
   * told), `kept` the decisions in the last save written, `exploring` for a run opened by
   * `?screen=` (never saved).
   */
  saving(): { saving: boolean; kept: number | null; exploring: boolean };
  /** "Restore previous run" on the title: swaps back the unfinished run a new one replaced. */
  restorePrevious(): boolean;
  /** Work done on untrusted input since load: characters unpacked from codes, decisions replayed. */
  work(): { unpackedChars: number; decisionsReplayed: number };
  /** Continue on the title screen: resumes the autosave; false (and a message) if it cannot. */
  continueSaved(): boolean;
  /** Starts the last finished run again from a chapter it reached. */
  replayChapter(chapter: number): void;
  /** Opens the History screen. */
  showHistory(): void;
  /** Imports a save file's text, as "Import save" would; false (and a message) if refused. */
  importSave(text: string): boolean;

  // ---- the Lab ----
  /** The Lab's active design's link (`…#lab=<code>`), or null outside the Lab. */
  labLink(): string | null;
  /** The Lab's two designs as the hub names them, and the one being edited; null outside it. */
  lab(): LabHookView | null;
  /** Opens the Lab as the title's "Lab" does, or a design from a lab code; false if refused. */
  openLab(code?: string): boolean;
}

export interface LabHookView {
  active: "A" | "B";
  designs: Record<"A" | "B", { name: string; month: string; code: string }>;
}

export interface ReportHookView {
  source: "own" | "link";
  ending: string;
  title: string;
  /** GPT-4 in one line, as the card shows it (architecture, size, tokens, days on how many GPUs). */
  model: string;
  /** The run against the yardstick in one line, beside the card's title. */
  verdict: string;
  /** Where the game is played, as the card prints it ("example.com/gpt4/"). */
  address: string;
  seed: number;
  code: string;
  link: string;
  /** The headline numbers as the card shows them. */
  numbers: { key: string; label: string; value: string; detail: string }[];
  timeline: { month: string; kind: string; label: string }[];
  /**
   * The decisions that moved the run most, as the card lists them, each with what it would have
   * ended with without it (`effect`); null while they are being weighed.
   */
  decisions: DecisionLine[] | null;
  /** The fleet split month by month: the card's picture. */
  fleet: FleetMonth[];
}

interface ScreenScene extends Phaser.Scene {
  focus?: FocusManager;
  readouts?: Readout[];
}

/** The text of every visible Text object in a display list, through visible containers. */
function visibleTexts(list: readonly Phaser.GameObjects.GameObject[]): string[] {
  const out: string[] = [];
  for (const o of list) {
    if (o instanceof Phaser.GameObjects.Container) {
      if (o.visible && o.alpha > 0) out.push(...visibleTexts(o.list));
    } else if (o instanceof Phaser.GameObjects.Text && o.visible && o.alpha > 0 && o.text.trim()) {
      out.push(o.text);
    }
  }
  return out;
}

export function installHook(app: App): AndyHook {
  const activeScenes = (): ScreenScene[] =>
    app.game ? (app.game.scene.getScenes(true) as ScreenScene[]) : [];
  const controls = () => activeScenes().flatMap((s) => [...(s.focus?.all() ?? [])]);
  const findControl = (id: string) => {
    const control = controls().find((c) => c.id === id);
    if (!control) throw new Error(`no control "${id}" on the ${app.screen} screen`);
    if (!control.enabled()) throw new Error(`control "${id}" is disabled`);
    return control;
  };
  const toPage = (rect: Rect): Rect => {
    const canvas = app.game?.canvas;
    if (!canvas || !app.game) return rect;
    const box = canvas.getBoundingClientRect();
    const sx = box.width / app.game.scale.gameSize.width;
    const sy = box.height / app.game.scale.gameSize.height;
    return {
      x: box.left + rect.x * sx,
      y: box.top + rect.y * sy,
      width: rect.width * sx,
      height: rect.height * sy,
    };
  };

  const hook: AndyHook = {
    get screen() {
      return app.screen;
    },
    get loaded() {
      return app.loaded;
    },
    get mode() {
      return app.mode;
    },
    get seed() {
      return app.session?.seed ?? null;
    },
    get renderer() {
      return app.game?.renderer.type === Phaser.WEBGL ? "WebGL" : "Canvas";
    },
    get animations() {
      return activeScenes().reduce(
        (n, s) => n + s.tweens.getTweens().length + blinkingLights(s),
        0,
      );
    },
    get msaa() {
      const renderer = app.game?.renderer;
      if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return false;
      return renderer.gl.getContextAttributes()?.antialias === true;
    },
    text: () => (app.loaded ? app.panel.visibleText() : ""),
    sound: () => app.sound.state(),
    choices: () => app.session?.beat.choices.map((c) => ({ index: c.index, text: c.text })) ?? [],
    waitingFor: () => app.session?.beat.pause.kind ?? null,
    hint: () =>
      app.mode === "lab" && isScreenName(app.screen)
        ? app.screenHost().hint(app.screen)
        : (app.session?.screenHint ?? ""),
    readouts: () =>
      activeScenes().flatMap((s) =>
        (s.readouts ?? []).map((r) => ({ key: r.key, label: r.label, text: r.text })),
      ),
    canvasText: () => activeScenes().flatMap((s) => visibleTexts(s.children.list)),
    controls: () =>
      controls().map((c) => {
        const view = describeControl(c);
        const focused = activeScenes().some((s) => s.focus?.focused === c);
        return { ...view, bounds: toPage(view.bounds), focused };
      }),
    decisions: () => structuredClone([...(app.session?.decisions ?? [])]),
    plan: () => {
      const run = app.session;
      if (!run) return null;
      return {
        allocation: structuredClone(run.world.allocation),
        month: app.core.monthOf(run.world),
      };
    },
    world: () => (app.session ? structuredClone(app.session.world) : null),
    // These two wait for the game to load, as the title's buttons do.
    openScreen: (screen, seed) => void app.whenLoaded(() => app.openScreen(screen, seed)),
    newGame: (seed) => void app.whenLoaded(() => app.newGame(seed)),
    choose: (position) => {
      const choice = app.session?.beat.choices[position];
      if (!choice) throw new Error(`there is no choice ${position + 1}`);
      app.runs.choose(choice.index);
    },
    continue: () => app.runs.continueStory(),
    set: (id, value) => {
      const control = findControl(id);
      if (!control.setValue) throw new Error(`control "${id}" has no value to set`);
      control.setValue(value);
    },
    press: (id) => {
      const control = findControl(id);
      if (!control.press) throw new Error(`control "${id}" cannot be pressed`);
      control.press();
    },
    commit: () => hook.press("commit"),
    report: () => {
      const view = app.report;
      if (!view) return null;
      const r = view.report;
      return structuredClone({
        source: view.source,
        ending: r.ending,
        title: r.title,
        model: r.model,
        verdict: r.verdict,
        address: r.address,
        seed: r.seed,
        code: r.code,
        link: view.link,
        numbers: r.rows,
        timeline: r.timeline,
        decisions: r.decisions,
        fleet: r.fleet,
      });
    },
    shareCode: () => app.runs.shareCode(),
    status: () => app.status.message,
    history: () =>
      app.history().map((r) => ({
        ending: r.ending,
        title: r.title,
        seed: r.seed,
        code: r.code,
        finishedAt: r.finishedAt,
      })),
    checkpoints: () => app.checkpoints(),
    rewind: (steps) => app.runs.rewind(steps),
    redo: (steps) => app.runs.redo(steps),
    saving: () => ({ ...app.runs.saving }),
    restorePrevious: () => app.restorePrevious(),
    work: () => ({ ...app.runs.work }),
    continueSaved: () => app.continueSaved(),
    replayChapter: (chapter) => app.replayChapter(chapter),
    showHistory: () => app.showHistory(),
    importSave: (text) => app.runs.importSave(text),
    labLink: () => app.labLink(),
    lab: () => {
      const lab = app.lab;
      if (!lab) return null;
      const view = (slot: "A" | "B") => {
        const d = lab.design(slot);
        return { name: d.training.name, month: d.month, code: app.core.lab.encode(d) };
      };
      return { active: lab.active, designs: { A: view("A"), B: view("B") } };
    },
    openLab: (code) => app.openLab(code),
  };
  Object.defineProperty(window, "andy", { value: Object.freeze(hook), configurable: false });
  return hook;
}

const SCREEN_NAMES: readonly string[] = ["fleet", "designer", "data", "serving"];
const isScreenName = (screen: string): screen is ScreenName => SCREEN_NAMES.includes(screen);

declare global {
  interface Window {
    andy: AndyHook;
  }
}
