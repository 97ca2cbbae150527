/**
 * The autosave: written after every choice and commit, read by Continue.
 *
 * A save holds what determines a run (the seed and the decisions) plus the
 * page the player was on and a summary for the title screen; the story state
 * and the world are rebuilt from it exactly by GameSession.replay, which also
 * checks every decision is still allowed.
 *
 * What the player is promised, and where it is kept:
 * - every write is checked (SaveKeeper): a failed one comes back as an outcome
 *   the App tells the player about at once; the save already stored stays as it
 *   was (a write never leaves a half save: setItem replaces the value whole);
 * - a new run never replaces an unfinished one without a copy: the replaced
 *   save moves to `…:previous`, which "Restore previous run" swaps back;
 * - a save that fails its schema or its replay is moved to a quarantine key, at
 *   most QUARANTINE_LIMIT of them, each dropped after QUARANTINE_DAYS; one too
 *   big to copy is left where it is, and the message says so.
 */

import * as v from "valibot";
import type { Decision, GameSession } from "../game/session";
import { persistText as t } from "../i18n/messages/persist";
import { currentMonth } from "../sim";
import { type Decoded, storyBuild } from "./code";
import { DecisionsSchema } from "./decisions";
// The keys and limits live in keys.ts, where the title's look at the slot (peek.ts) reads them.
import {
  MAX_SAVE_CHARS,
  PREVIOUS_KEY,
  QUARANTINE_DAYS,
  QUARANTINE_LIMIT,
  QUARANTINE_MAX_CHARS,
  QUARANTINE_PREFIX,
  SAVE_FORMAT,
  SAVE_KEY,
  SAVE_VERSION,
} from "./keys";
import {
  describeIssues,
  MAX_DECISIONS,
  MonthSchema,
  nameFieldsOf,
  SeedSchema,
  tooMany,
} from "./schema";
import {
  describeProblem,
  listKeys,
  readKey,
  removeKey,
  type StorageProblem,
  type Stored,
  writeKey,
} from "./storage";

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
nameFieldsOf(SaveSchema);

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
      month: currentMonth(session.world),
      ending: pause.kind === "ending" ? pause.ending : null,
    },
  };
}

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/**
 * Parses a save (from storage or a file). Never throws, and never puts the
 * text it was given into its message: each message names what is wrong.
 */
export function parseSave(raw: unknown): Decoded<SaveFile> {
  try {
    if (typeof raw !== "string" || raw.trim() === "") {
      return { ok: false, message: t("saveEmpty") };
    }
    if (raw.length > MAX_SAVE_CHARS) return { ok: false, message: tooLargeMessage(raw.length) };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, message: t("saveNotJson") };
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { ok: false, message: t("notASave") };
    }
    const { format, version, decisions } = data as Record<string, unknown>;
    if (format !== SAVE_FORMAT) {
      return { ok: false, message: t("notASave") };
    }
    if (version === undefined) {
      return { ok: false, message: t("saveNoVersion") };
    }
    if (typeof version !== "number") {
      return { ok: false, message: t("saveVersionNotNumber", { reads: SAVE_VERSION }) };
    }
    if (version !== SAVE_VERSION) {
      const known = Number.isInteger(version) && version > 0 && version < 1000;
      return {
        ok: false,
        message: known
          ? t("saveVersionOther", { version, reads: SAVE_VERSION })
          : t("saveVersionUnknown", { reads: SAVE_VERSION }),
      };
    }
    // Counted before the schema walks them: a file of millions of decisions is refused at once.
    if (tooMany(decisions, MAX_DECISIONS)) {
      return {
        ok: false,
        message: t("saveTooManyDecisions", {
          count: (decisions as unknown[]).length.toLocaleString("en-US"),
          max: MAX_DECISIONS,
        }),
      };
    }
    const parsed = v.safeParse(SaveSchema, data);
    if (!parsed.success) {
      return {
        ok: false,
        message: t("saveDamagedBecause", { issues: describeIssues(parsed.issues) }),
      };
    }
    return { ok: true, value: parsed.output };
  } catch {
    return { ok: false, message: t("saveUnreadable") };
  }
}

/** A save file over MAX_SAVE_CHARS (also used when the file's size is known before reading it). */
export function tooLargeMessage(chars: number): string {
  return t("saveTooLarge", { size: megabytes(chars), max: megabytes(MAX_SAVE_CHARS) });
}

// ---- quarantine: damaged saves kept aside, bounded and dropped after a while ----

export type Quarantined =
  | { ok: true; key: string }
  | { ok: false; why: "too-big" | StorageProblem };

function quarantineAge(key: string): number {
  const match = /(\d{10,})(?:-\d+)?$/.exec(key);
  return match ? Number(match[1]) : 0;
}

/** The quarantine keys, oldest first. */
function quarantineKeys(): Stored<string[]> {
  const keys = listKeys(QUARANTINE_PREFIX);
  if (!keys.ok) return keys;
  return { ok: true, value: keys.value.sort((a, b) => quarantineAge(a) - quarantineAge(b)) };
}

/**
 * Drops damaged saves older than QUARANTINE_DAYS, and the oldest beyond `keep`.
 * Returns how many were removed.
 */
export function pruneQuarantine(now = Date.now(), keep = QUARANTINE_LIMIT): number {
  const keys = quarantineKeys();
  if (!keys.ok) return 0;
  const cutoff = now - QUARANTINE_DAYS * 86_400_000;
  let removed = 0;
  keys.value.forEach((key, i) => {
    const old = quarantineAge(key) < cutoff;
    const over = i < keys.value.length - keep;
    if ((old || over) && removeKey(key).ok) removed++;
  });
  return removed;
}

/** Keeps a damaged text aside under a new quarantine key (making room among older ones). */
export function quarantine(raw: string, label = "", now = Date.now()): Quarantined {
  if (raw.length > QUARANTINE_MAX_CHARS) return { ok: false, why: "too-big" };
  pruneQuarantine(now, QUARANTINE_LIMIT - 1);
  let key = `${QUARANTINE_PREFIX}${label}${now}`;
  for (let n = 1; n < 100; n++) {
    const taken = readKey(key);
    if (!taken.ok) return { ok: false, why: taken.problem };
    if (taken.value === null) break;
    key = `${QUARANTINE_PREFIX}${label}${now}-${n}`;
  }
  const written = writeKey(key, raw);
  return written.ok ? { ok: true, key } : { ok: false, why: written.problem };
}

// ---- reading the autosave ----

export type LoadedSave =
  | { status: "none" }
  | { status: "ok"; save: SaveFile }
  /** Storage would not be read: a save may be there, untouched. */
  | { status: "unreadable"; problem: StorageProblem }
  /** The save is damaged; `kept` says whether it was moved aside, and where. */
  | { status: "bad"; message: string; kept: MovedAside; raw: string };

export type MovedAside =
  | { ok: true; key: string; cleared: boolean }
  | { ok: false; why: "too-big" | StorageProblem };

/** Reads the autosave; a damaged one is moved aside (if it can be) and reported. */
export function loadAutosave(now = Date.now()): LoadedSave {
  pruneQuarantine(now);
  const read = readKey(SAVE_KEY);
  if (!read.ok) return { status: "unreadable", problem: read.problem };
  if (read.value === null) return { status: "none" };
  const parsed = parseSave(read.value);
  if (parsed.ok) return { status: "ok", save: parsed.value };
  return {
    status: "bad",
    message: parsed.message,
    kept: moveAside(read.value, now),
    raw: read.value,
  };
}

/** The saved run, if there is one and it reads (the previous-run slot too). */
function readSaveAt(key: string): Stored<SaveFile | null> {
  const read = readKey(key);
  if (!read.ok) return read;
  if (read.value === null) return { ok: true, value: null };
  const parsed = parseSave(read.value);
  return { ok: true, value: parsed.ok ? parsed.value : null };
}

/** The run "Restore previous run" would bring back, if any. */
export function previousRun(): SaveFile | null {
  const read = readSaveAt(PREVIOUS_KEY);
  return read.ok ? read.value : null;
}

/** Moves a damaged autosave (its text `raw`) to quarantine and clears the slot. */
function moveAside(raw: string, now: number): MovedAside {
  const kept = quarantine(raw, "", now);
  if (!kept.ok) return kept;
  return { ok: true, key: kept.key, cleared: removeKey(SAVE_KEY).ok };
}

/**
 * Moves the autosave aside when it parses but no longer replays (the story
 * changed under it). Returns where it went, or why it stayed.
 */
export function quarantineAutosave(now = Date.now()): MovedAside {
  const read = readKey(SAVE_KEY);
  if (!read.ok) return { ok: false, why: read.problem };
  if (read.value === null) return { ok: false, why: "failed" };
  return moveAside(read.value, now);
}

/** What the player reads about a damaged save: only what was done. */
export function badSaveMessage(reason: string, kept: MovedAside): string {
  const cause = reason.replace(/[.。\s]+$/, "");
  if (kept.ok) {
    const where = { cause, key: kept.key, limit: QUARANTINE_LIMIT, days: QUARANTINE_DAYS };
    return kept.cleared ? t("badSaveCleared", where) : t("badSaveNotCleared", where);
  }
  if (kept.why === "too-big") return t("badSaveTooBig", { cause });
  return t("badSaveNoCopy", { cause, why: describeProblemShort(kept.why) });
}

function describeProblemShort(problem: StorageProblem): string {
  return problem === "full" ? t("copyStorageFull") : t("copyStorageRefused");
}

// ---- writing: every write checked ----

export type SaveOutcome =
  | {
      kind: "saved";
      /** Saving had failed before this write: the player should hear it works again. */
      recovered: boolean;
      /** Damaged saves dropped from quarantine to make room for this one. */
      freed: number;
    }
  | {
      kind: "not-saved";
      /** Why: a storage problem, or "unchecked" (the save a new run would replace could not be read or copied). */
      problem: StorageProblem | "unchecked";
      /** The first failure since the last good write (the App tells the player at once). */
      first: boolean;
      /** Decisions in the save the slot still holds from this session (null: none written yet). */
      kept: number | null;
    };

/**
 * Writes the autosave and remembers how it went, so the App can tell the
 * player the moment saving stops working (and when it works again).
 */
export class SaveKeeper {
  private failing = false;
  private replacing = false;
  private keptDecisions: number | null = null;

  /** Whether the last write failed (the run lives in memory only). */
  get saving(): boolean {
    return !this.failing;
  }

  /** Decisions in the last save this session wrote (null before the first). */
  get kept(): number | null {
    return this.keptDecisions;
  }

  /**
   * A new run is about to take the slot: its first write keeps the unfinished
   * run there as the previous run, and writes nothing if that cannot be done.
   */
  startRun(): void {
    this.replacing = true;
    this.keptDecisions = null;
  }

  /** The slot holds `save` already (Continue, Restore): later writes just update it. */
  resumed(save: SaveFile): void {
    this.replacing = false;
    this.keptDecisions = save.decisions.length;
  }

  write(save: SaveFile): SaveOutcome {
    let freed = 0;
    if (this.replacing) {
      let kept = keepReplaced();
      if (!kept.ok && kept.problem === "full") {
        freed += clearQuarantine();
        kept = keepReplaced();
      }
      if (!kept.ok) return this.fail("unchecked");
      this.replacing = false;
    }
    const text = JSON.stringify(save);
    let written = writeKey(SAVE_KEY, text);
    if (!written.ok && written.problem === "full") {
      // Our own damaged copies give way to the player's run.
      const more = clearQuarantine();
      freed += more;
      if (more > 0) written = writeKey(SAVE_KEY, text);
    }
    if (!written.ok) return this.fail(written.problem);
    const recovered = this.failing;
    this.failing = false;
    this.keptDecisions = save.decisions.length;
    return { kind: "saved", recovered, freed };
  }

  private fail(problem: StorageProblem | "unchecked"): SaveOutcome {
    const first = !this.failing;
    this.failing = true;
    return { kind: "not-saved", problem, first, kept: this.keptDecisions };
  }
}

/** What the player reads the moment a write fails: what happened, and how to keep the run. */
export function unsavedMessage(outcome: Extract<SaveOutcome, { kind: "not-saved" }>): string {
  if (outcome.problem === "unchecked") {
    return t("unsavedUnchecked");
  }
  const kept =
    outcome.kept === null ? t("unsavedNothingKept") : t("unsavedKept", { n: outcome.kept });
  return t("unsaved", { problem: describeProblem(outcome.problem), kept });
}

/** Removes every quarantined copy (to make room for the real save); returns how many. */
function clearQuarantine(): number {
  const keys = listKeys(QUARANTINE_PREFIX);
  if (!keys.ok) return 0;
  return keys.value.filter((key) => removeKey(key).ok).length;
}

/** Copies the unfinished run in the slot to PREVIOUS_KEY before a new run replaces it. */
function keepReplaced(): Stored<null> {
  const read = readKey(SAVE_KEY);
  if (!read.ok) return read;
  if (read.value === null) return { ok: true, value: null };
  const parsed = parseSave(read.value);
  // A finished run is in the history already; a damaged save was moved aside or reported.
  if (!parsed.ok || parsed.value.summary.ending !== null) return { ok: true, value: null };
  return writeKey(PREVIOUS_KEY, read.value);
}

/**
 * "Restore previous run": the previous run goes back in the slot and the run
 * it replaced (if unfinished) becomes the previous one, so the swap can be undone.
 */
export function restorePrevious(): Stored<SaveFile | null> {
  const previous = readKey(PREVIOUS_KEY);
  if (!previous.ok) return previous;
  const parsed = parseSave(previous.value);
  if (!parsed.ok) return { ok: true, value: null };
  const current = readKey(SAVE_KEY);
  if (!current.ok) return current;
  const written = writeKey(SAVE_KEY, previous.value as string);
  if (!written.ok) return written;
  const currentSave = parseSave(current.value);
  const swap =
    currentSave.ok && currentSave.value.summary.ending === null && current.value !== null
      ? writeKey(PREVIOUS_KEY, current.value)
      : removeKey(PREVIOUS_KEY);
  if (!swap.ok && current.value !== null) {
    // The run in the slot would be lost: put it back and report.
    writeKey(SAVE_KEY, current.value);
    return swap;
  }
  return { ok: true, value: parsed.value };
}

/** The file name of an exported save. */
export function saveFileName(save: SaveFile): string {
  const day = save.savedAt.slice(0, 10).replace(/[^0-9-]/g, "") || "save";
  return `if-i-trained-gpt4-save-${day}.json`;
}

export function exportSaveText(save: SaveFile): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}
