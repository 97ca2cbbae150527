/**
 * The endings this browser has reached, for the title's endings gallery: each ending's first
 * finish and how many runs ended there. The history keeps only the last twenty runs; this keeps
 * every ending ever reached. Endings reached before this record existed are read from the history
 * (`reachedEndings` merges both), so no player loses one.
 */
import * as v from "valibot";
import { persistText as t } from "../i18n/messages/persist";
import { ENDINGS, type Ending, isEnding } from "../sim/endings";
import type { HistoryEntry } from "./history";
import { type KeptTexts, loadKept } from "./kept";
import { ENDINGS_KEY } from "./keys";
import { boundedArray, nameFieldsOf } from "./schema";
import { type StorageProblem, writeKey } from "./storage";

/** One ending reached: when first, and in how many finished runs. */
export interface ReachedEnding {
  ending: Ending;
  /** ISO time of the first run that ended here. */
  firstAt: string;
  runs: number;
}

/** An ISO time's start, "2026-12-03T": the gallery shows its month. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;

const EndingsSchema = v.strictObject({
  version: v.literal(1),
  // Ids the game does not know (a later build's endings) are kept but not shown: see knownOnly.
  reached: boundedArray(
    v.strictObject({
      ending: v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/)),
      firstAt: v.pipe(v.string(), v.maxLength(40), v.regex(ISO_TIME)),
      runs: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
    }),
    100,
  ),
});
nameFieldsOf(EndingsSchema);
type Stored = v.InferOutput<typeof EndingsSchema>["reached"];

const ENDINGS_TEXTS: KeptTexts = {
  aside: "endings-",
  unreadable: (p) => t("endingsUnreadable", p),
  noCopy: (p) => t("endingsNoCopy", p),
  reset: (p) => t("endingsReset", p),
  notCleared: (p) => t("endingsNotCleared", p),
};

function loadStored(now: number) {
  const loaded = loadKept(ENDINGS_KEY, EndingsSchema, ENDINGS_TEXTS, now);
  return { ...loaded, reached: loaded.value?.reached ?? [] };
}

/** The endings a set of stored entries and history runs have reached, in ENDINGS order. */
function merge(stored: Stored, runs: readonly HistoryEntry[], now: number): ReachedEnding[] {
  const byEnding = new Map<Ending, ReachedEnding>();
  for (const r of stored) {
    if (isEnding(r.ending)) byEnding.set(r.ending, { ...r, ending: r.ending });
  }
  // Runs finished before this record existed: the history's oldest run is the first finish.
  for (const run of [...runs].reverse()) {
    if (!isEnding(run.ending) || byEnding.has(run.ending)) continue;
    const runsThere = runs.filter((r) => r.ending === run.ending).length;
    // (The history checks its times less strictly: one that is not ISO counts from now.)
    const firstAt = ISO_TIME.test(run.finishedAt) ? run.finishedAt : new Date(now).toISOString();
    byEnding.set(run.ending, { ending: run.ending, firstAt, runs: runsThere });
  }
  return ENDINGS.flatMap((e) => byEnding.get(e) ?? []);
}

export interface LoadedEndings {
  reached: ReachedEnding[];
  problem: string | null;
}

/** The endings reached, from this record and the history's runs. */
export function reachedEndings(runs: readonly HistoryEntry[], now = Date.now()): LoadedEndings {
  const { reached, problem } = loadStored(now);
  return { reached: merge(reached, runs, now), problem };
}

export type EndingWrite = { ok: true } | { ok: false; problem: StorageProblem | "unwritable" };

/**
 * A finished run reached `ending` (at `now`). The runs already in the history (`runs`, without
 * this one) seed the record the first time it is written, so endings reached before it existed
 * keep their first date and count.
 */
export function recordEnding(
  ending: string,
  runs: readonly HistoryEntry[],
  now = new Date(),
): EndingWrite {
  const { reached, writable } = loadStored(now.getTime());
  if (!writable) return { ok: false, problem: "unwritable" };
  const seeded: Stored = reached.length > 0 ? reached : merge([], runs, now.getTime());
  const entry = seeded.find((r) => r.ending === ending);
  const next: Stored = entry
    ? seeded.map((r) => (r === entry ? { ...r, runs: r.runs + 1 } : r))
    : [...seeded, { ending, firstAt: now.toISOString(), runs: 1 }];
  const written = writeKey(ENDINGS_KEY, JSON.stringify({ version: 1, reached: next }));
  return written.ok ? { ok: true } : { ok: false, problem: written.problem };
}
