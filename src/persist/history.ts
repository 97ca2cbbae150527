/**
 * Run history: the last twenty finished runs, kept locally, newest first.
 * Each entry keeps the run's code (to replay it), its ending, headline numbers,
 * timeline and chapter checkpoints, so two runs compare without replaying.
 */
import * as v from "valibot";
import type { RunReport, TimelineEntry } from "../game/report";
import { persistText as t } from "../i18n/messages/persist";
import { MAX_CODE_LENGTH } from "./code";
import { type KeptTexts, loadKept } from "./kept";
import { HISTORY_KEY } from "./keys";
import { boundedArray, MAX_DECISIONS, MonthSchema, nameFieldsOf, SeedSchema } from "./schema";
import { type StorageProblem, writeKey } from "./storage";

export const HISTORY_LIMIT = 20;

const finite = v.pipe(v.number(), v.finite());

export const HistoryEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{1,16}$/)),
  finishedAt: v.pipe(v.string(), v.maxLength(40)),
  seed: SeedSchema,
  code: v.pipe(v.string(), v.maxLength(MAX_CODE_LENGTH)),
  ending: v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/)),
  title: v.pipe(v.string(), v.maxLength(80)),
  month: MonthSchema,
  numbers: v.strictObject({
    capability: finite,
    usdPerMillionTokens: finite,
    launchUsdPerMillionTokens: finite,
    costRatioVsLaunch: finite,
    demandServedShare: finite,
    perceivedQuality: finite,
    licenceRisk: finite,
    moneyUsd: finite,
    spentUsd: finite,
    trainingDays: finite,
    trainingCostUsd: v.optional(finite),
  }),
  timeline: boundedArray(
    v.strictObject({
      month: MonthSchema,
      kind: v.picklist(["choice", "commit"] as const),
      label: v.pipe(v.string(), v.maxLength(2000)),
    }),
    MAX_DECISIONS,
  ),
  chapters: boundedArray(
    v.strictObject({
      chapter: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
      decisions: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_DECISIONS)),
      // Kept since "Replay a chapter" names its chapters: absent in runs kept before.
      title: v.optional(v.pipe(v.string(), v.maxLength(200))),
      chose: v.optional(boundedArray(v.pipe(v.string(), v.maxLength(2000)), MAX_DECISIONS)),
    }),
    100,
  ),
});

export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

const HistorySchema = v.strictObject({
  version: v.literal(1),
  runs: boundedArray(HistoryEntrySchema, HISTORY_LIMIT),
});
nameFieldsOf(HistorySchema);

export function entryOf(report: RunReport, now = new Date()): HistoryEntry {
  return {
    id: report.codeId,
    finishedAt: now.toISOString(),
    seed: report.seed,
    code: report.code,
    ending: report.ending,
    title: report.title,
    month: report.month,
    numbers: { ...report.numbers },
    timeline: report.timeline.map((t) => ({ ...t })),
    chapters: report.chapters.map((c) => ({ ...c, chose: [...c.chose] })),
  };
}

export type LoadedHistory = {
  runs: HistoryEntry[];
  /** What the player should read about the history, if anything went wrong. */
  problem: string | null;
  /** False when the stored history must not be replaced (it could not be read, or kept). */
  writable: boolean;
};

const HISTORY_TEXTS: KeptTexts = {
  aside: "history-",
  unreadable: (p) => t("historyUnreadable", p),
  noCopy: (p) => t("historyNoCopy", p),
  reset: (p) => t("historyReset", p),
  notCleared: (p) => t("historyNotCleared", p),
};

/**
 * The stored history. A damaged one is kept aside (if it can be) and an empty
 * one used; one that cannot be read or kept aside is left as it is, and not
 * written over (kept.ts).
 */
export function loadHistory(now = Date.now()): LoadedHistory {
  const { value, problem, writable } = loadKept(HISTORY_KEY, HistorySchema, HISTORY_TEXTS, now);
  return { runs: value?.runs ?? [], problem, writable };
}

export type HistoryWrite =
  | { ok: true; runs: HistoryEntry[] }
  | { ok: false; runs: HistoryEntry[]; problem: StorageProblem | "unwritable" };

/** Adds a finished run (the same run twice is kept once, newest first); says if it was not kept. */
export function addToHistory(entry: HistoryEntry): HistoryWrite {
  const { runs, writable } = loadHistory();
  const next = [entry, ...runs.filter((r) => r.code !== entry.code)].slice(0, HISTORY_LIMIT);
  if (!writable) return { ok: false, runs: next, problem: "unwritable" };
  const written = writeKey(HISTORY_KEY, JSON.stringify({ version: 1, runs: next }));
  return written.ok
    ? { ok: true, runs: next }
    : { ok: false, runs: next, problem: written.problem };
}

export interface Comparison {
  /** Index in both timelines of the first decision that differs (-1: identical). */
  divergedAt: number;
  /** The two timelines from the divergence on (at most `max` each). */
  a: TimelineEntry[];
  b: TimelineEntry[];
  /** Decisions shared before the divergence. */
  shared: number;
}

export function compareRuns(a: HistoryEntry, b: HistoryEntry, max = 8): Comparison {
  const same = (x?: TimelineEntry, y?: TimelineEntry) =>
    !!x && !!y && x.kind === y.kind && x.label === y.label && x.month === y.month;
  let i = 0;
  while (i < a.timeline.length && i < b.timeline.length && same(a.timeline[i], b.timeline[i])) i++;
  const identical = i === a.timeline.length && i === b.timeline.length;
  return {
    divergedAt: identical ? -1 : i,
    a: a.timeline.slice(i, i + max),
    b: b.timeline.slice(i, i + max),
    shared: i,
  };
}
