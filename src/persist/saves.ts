/**
 * The autosave: written after every choice and commit, read by Continue.
 *
 * A save holds what determines a run (the seed and the decisions) plus the
 * page the player was on and a summary for the title screen; the story state
 * and the world are rebuilt from it exactly by GameSession.replay, which also
 * checks every decision is still allowed. A save that fails its schema or its
 * replay is moved aside to a quarantine key (never deleted silently) and the
 * player is told.
 */
import * as v from "valibot";
import type { Decision, GameSession } from "../game/session";
import { worldMonth } from "../game/world";
import { type Decoded, storyBuild } from "./code";
import { DecisionsSchema, describeIssues, MonthSchema, SeedSchema } from "./schema";
import { readStored, removeStored, writeStored } from "./storage";

export const SAVE_FORMAT = "if-i-trained-gpt4/save";
export const SAVE_VERSION = 1;
export const SAVE_KEY = "if-i-trained-gpt4:save";
export const QUARANTINE_PREFIX = "if-i-trained-gpt4:quarantine:";
/** Bigger than any real save; refuses a file that would only fill memory. */
export const MAX_SAVE_CHARS = 5_000_000;

export const SaveSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT),
  version: v.literal(SAVE_VERSION),
  seed: SeedSchema,
  /** Fingerprint of the story the run was played on. */
  build: v.pipe(v.string(), v.regex(/^[a-z0-9]{0,16}$/)),
  decisions: DecisionsSchema,
  /** Continue presses since the last decision. */
  pages: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  savedAt: v.pipe(v.string(), v.maxLength(40)),
  /** Where the run stands, for the title screen (recomputed on load). */
  summary: v.strictObject({
    chapter: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
    month: MonthSchema,
    ending: v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/))),
  }),
});

export type SaveFile = v.InferOutput<typeof SaveSchema>;

/** The save of a session as it stands. */
export function saveOf(session: GameSession, storyJson: string, now = new Date()): SaveFile {
  const pause = session.beat.pause;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    seed: session.seed,
    build: storyBuild(storyJson),
    decisions: structuredClone([...session.decisions]) as Decision[],
    pages: session.pages,
    savedAt: now.toISOString(),
    summary: {
      chapter: session.director.chapter,
      month: worldMonth(session.world),
      ending: pause.kind === "ending" ? pause.ending : null,
    },
  };
}

/** Parses a save (from storage or a file). Never throws. */
export function parseSave(raw: unknown): Decoded<SaveFile> {
  try {
    if (typeof raw !== "string" || raw.trim() === "") {
      return { ok: false, message: "The save is empty." };
    }
    if (raw.length > MAX_SAVE_CHARS) return { ok: false, message: "The save is too large." };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, message: "The save is damaged: it is not readable JSON." };
    }
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      const { format, version } = data as { format?: unknown; version?: unknown };
      if (format !== SAVE_FORMAT) {
        return { ok: false, message: "This is not a save of If I Trained GPT-4." };
      }
      if (version !== SAVE_VERSION) {
        return {
          ok: false,
          message: `The save has version ${String(version).slice(0, 20)}, which this version of the game cannot read.`,
        };
      }
    }
    const parsed = v.safeParse(SaveSchema, data);
    if (!parsed.success) {
      return { ok: false, message: `The save is damaged (${describeIssues(parsed.issues)}).` };
    }
    return { ok: true, value: parsed.output };
  } catch {
    return { ok: false, message: "The save is damaged and cannot be read." };
  }
}

export type LoadedSave =
  | { status: "none" }
  | { status: "ok"; save: SaveFile }
  | { status: "bad"; message: string; keptAs: string | null };

/** Reads the autosave; a bad one is moved aside and reported. */
export function loadAutosave(): LoadedSave {
  const raw = readStored(SAVE_KEY);
  if (raw === null) return { status: "none" };
  const parsed = parseSave(raw);
  if (parsed.ok) return { status: "ok", save: parsed.value };
  return { status: "bad", message: parsed.message, keptAs: quarantineAutosave() };
}

export function writeAutosave(save: SaveFile): boolean {
  return writeStored(SAVE_KEY, JSON.stringify(save));
}

/**
 * Moves the autosave to `…:quarantine:<timestamp>` (kept for a person to look
 * at or report) and clears the slot. Returns the key it was kept under.
 */
export function quarantineAutosave(now = Date.now()): string | null {
  const raw = readStored(SAVE_KEY);
  if (raw === null) return null;
  let key = `${QUARANTINE_PREFIX}${now}`;
  for (let n = 1; readStored(key) !== null; n++) key = `${QUARANTINE_PREFIX}${now}-${n}`;
  const kept = writeStored(key, raw);
  if (kept) removeStored(SAVE_KEY);
  return kept ? key : null;
}

/** The file name of an exported save. */
export function saveFileName(save: SaveFile): string {
  const day = save.savedAt.slice(0, 10).replace(/[^0-9-]/g, "") || "save";
  return `if-i-trained-gpt4-save-${day}.json`;
}

export function exportSaveText(save: SaveFile): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}
