/**
 * The protocol between the Ink story and the game, in one place.
 *
 * The story talks to the game in two ways, and only these two:
 *
 * 1. **Tags** (`# name: value` on a line of ink) carry *actions*: open a screen,
 *    advance the calendar, fire a world event, write a story decision into the
 *    world (`# decide: attention mqa`), play a sound, end the run. The
 *    director applies a line's action tags when it shows that line, so text that
 *    quotes the world *after* an action belongs on a later line.
 * 2. **External functions** carry *questions*: the story asks the game for a
 *    number or a formatted value. They never change anything, because inkjs may
 *    call them more than once while it looks ahead. Every external has a fallback
 *    written in ink (`story/externals.ink`) so the story also runs in Inky.
 *
 * A tag this module does not know is an error (the story tests play every line),
 * so a typo in a tag cannot silently do nothing in the shipped game.
 */

/** Management screens a `# screen:` tag can open. */
export const SCREENS = ["fleet", "designer", "data", "serving"] as const;
export type ScreenName = (typeof SCREENS)[number];

/** Music beds a `# music:` tag can start (`none` fades the music out). */
/** The music beds, one per mood (the build makes each, src/audio plays them). */
export const MUSIC_BEDS = ["calm", "tense", "launch"] as const;
export const MUSIC = [...MUSIC_BEDS, "none"] as const;
export type MusicName = (typeof MUSIC)[number];

/**
 * Short cues a `# sfx:` tag can play (made by scripts/sounds/cues.ts, which lists the same names):
 * interface sounds (choice, commit, page) and the story's moments: a run starts, a milestone
 * lands, a setback (a loss spike, a run that never started), the pager alert, an outage, ChatGPT
 * going viral, the launch and an ending.
 */
export const SFX = [
  "choice",
  "commit",
  "alert",
  "launch",
  "page",
  "start",
  "milestone",
  "setback",
  "viral",
  "outage",
  "ending",
] as const;
export type SfxName = (typeof SFX)[number];

export type Tag =
  /** `# chapter: 1 Joining` starts a chapter: a new page with a heading. */
  | { kind: "chapter"; number: number; title: string }
  /** `# screen: fleet` pauses the story until the player commits that screen. */
  | { kind: "screen"; screen: ScreenName }
  /** `# advance: 2022-03` runs the world's months up to (and including) that month. */
  | { kind: "advance"; month: string }
  /** `# event: microsoft_deal` applies a story event to the world (see src/sim). */
  | { kind: "event"; event: string }
  /**
   * `# decide: refuse_source books_shadow` writes a choice the story made into the world: a
   * source refused or taken, a vote that pre-sets a plan field. The names and values are the
   * sim's (STORY_DECISIONS in src/sim/decisions.ts); an unknown one is an error when applied.
   */
  | { kind: "decide"; decision: string; value: string }
  /**
   * `# hint: Drag the split between training and serving.` The instruction the next screen shows
   * in its header: what to do there, in the game's voice rather than Andy's.
   */
  | { kind: "hint"; text: string }
  /** `# music: tense` */
  | { kind: "music"; track: MusicName }
  /** `# sfx: alert` */
  | { kind: "sfx"; cue: SfxName }
  /** `# ending: turbo` marks the run's ending; the story stops after it. */
  | { kind: "ending"; ending: string }
  /** `# glossary: MoE, KV cache` links those terms in this line to the glossary. */
  | { kind: "glossary"; terms: string[] }
  /** `# page` waits for the player to press Continue before the next line. */
  | { kind: "page" };

export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProtocolError";
  }
}

function oneOf<T extends string>(list: readonly T[], value: string, tag: string): T {
  if ((list as readonly string[]).includes(value)) return value as T;
  throw new ProtocolError(`# ${tag}: "${value}" is not one of ${list.join(", ")}`);
}

/** Parses one raw ink tag (without the leading `#`). Throws ProtocolError if unknown. */
export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(":");
  const name = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon === -1 ? "" : text.slice(colon + 1).trim();
  switch (name) {
    case "chapter": {
      const match = /^(\d+)\s+(.+)$/.exec(value);
      if (!match) throw new ProtocolError(`# chapter: expected "N Title", got "${value}"`);
      return { kind: "chapter", number: Number(match[1]), title: match[2] ?? "" };
    }
    case "screen":
      return { kind: "screen", screen: oneOf(SCREENS, value, name) };
    case "advance":
      if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(value)) {
        throw new ProtocolError(`# advance: expected a month like 2022-03, got "${value}"`);
      }
      return { kind: "advance", month: value };
    case "event":
      if (!/^[a-z0-9_]+$/.test(value)) {
        throw new ProtocolError(`# event: expected an event id, got "${value}"`);
      }
      return { kind: "event", event: value };
    case "decide": {
      const match = /^([a-z0-9_]+)\s+([a-z0-9_.]+)$/.exec(value);
      if (!match) {
        throw new ProtocolError(`# decide: expected "decision value", got "${value}"`);
      }
      return { kind: "decide", decision: match[1] ?? "", value: match[2] ?? "" };
    }
    case "hint":
      if (!value) throw new ProtocolError("# hint: expected the instruction the screen shows");
      return { kind: "hint", text: value };
    case "music":
      return { kind: "music", track: oneOf(MUSIC, value, name) };
    case "sfx":
      return { kind: "sfx", cue: oneOf(SFX, value, name) };
    case "ending":
      if (!/^[a-z0-9_]+$/.test(value)) {
        throw new ProtocolError(`# ending: expected an ending id, got "${value}"`);
      }
      return { kind: "ending", ending: value };
    case "glossary": {
      const terms = value
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean);
      if (terms.length === 0) throw new ProtocolError("# glossary: expected at least one term");
      return { kind: "glossary", terms };
    }
    case "page":
      return { kind: "page" };
    default:
      throw new ProtocolError(`unknown tag "# ${text}"`);
  }
}

/**
 * What the story may ask the game. Implemented by the game session over the
 * sim; every method is a pure read of the current state.
 */
export interface StoryQuestions {
  /** The run's seed, so the story can `SEED_RANDOM` ink's own dice from it. */
  runSeed(): number;
  /** A number from the sim by readout key, e.g. `fleet.training_gpus`. */
  simNumber(key: string): number;
  /** The same number formatted for prose, e.g. `1,831B` or `94 days`. */
  simFormat(key: string): string;
  /** The current calendar month, `YYYY-MM`. */
  month(): string;
}

/**
 * The external functions the story declares in `story/externals.ink`, with the
 * arguments ink passes. Each maps to one StoryQuestions method.
 */
export const EXTERNALS = {
  /** `run_seed()` → int */
  run_seed: (q: StoryQuestions) => () => q.runSeed(),
  /** `sim_num("plan.training.days")` → float */
  sim_num: (q: StoryQuestions) => (key: unknown) => q.simNumber(String(key)),
  /** `sim_fmt("plan.training.days")` → string such as "94 days" */
  sim_fmt: (q: StoryQuestions) => (key: unknown) => q.simFormat(String(key)),
  /** `sim_month()` → "2022-03" */
  sim_month: (q: StoryQuestions) => () => q.month(),
} as const;

export type ExternalName = keyof typeof EXTERNALS;
export const EXTERNAL_NAMES = Object.keys(EXTERNALS) as ExternalName[];
