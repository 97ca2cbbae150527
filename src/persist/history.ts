/**
 * Run history: the last twenty finished runs, kept locally, newest first.
 * Each entry keeps the run's code (to replay it), its ending, headline numbers,
 * timeline and chapter checkpoints, so two runs compare without replaying.
 */
import * as v from "valibot";
import type { RunReport, TimelineEntry } from "../game/report";
import { MAX_CODE_LENGTH } from "./code";
import { QUARANTINE_PREFIX } from "./saves";
import { describeIssues, MonthSchema, SeedSchema } from "./schema";
import { readStored, removeStored, writeStored } from "./storage";

export const HISTORY_KEY = "if-i-trained-gpt4:history";
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
  timeline: v.pipe(
    v.array(
      v.strictObject({
        month: MonthSchema,
        kind: v.picklist(["choice", "commit"] as const),
        label: v.pipe(v.string(), v.maxLength(2000)),
      }),
    ),
    v.maxLength(2000),
  ),
  chapters: v.pipe(
    v.array(
      v.strictObject({
        chapter: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
        decisions: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
      }),
    ),
    v.maxLength(100),
  ),
});

export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

const HistorySchema = v.strictObject({
  version: v.literal(1),
  runs: v.pipe(v.array(HistoryEntrySchema), v.maxLength(HISTORY_LIMIT)),
});

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
    chapters: report.chapters.map((c) => ({ ...c })),
  };
}

export type LoadedHistory = { runs: HistoryEntry[]; problem: string | null };

/** The stored history; a damaged one is kept aside and reported, and an empty one used. */
export function loadHistory(): LoadedHistory {
  const raw = readStored(HISTORY_KEY);
  if (raw === null) return { runs: [], problem: null };
  let message: string;
  try {
    const parsed = v.safeParse(HistorySchema, JSON.parse(raw));
    if (parsed.success) return { runs: parsed.output.runs, problem: null };
    message = describeIssues(parsed.issues);
  } catch {
    message = "it is not readable JSON";
  }
  const key = `${QUARANTINE_PREFIX}history-${Date.now()}`;
  writeStored(key, raw);
  removeStored(HISTORY_KEY);
  return {
    runs: [],
    problem: `Your run history was damaged (${message}); it was kept aside as "${key}" and a new one started.`,
  };
}

/** Adds a finished run (the same run twice is kept once, newest first). */
export function addToHistory(entry: HistoryEntry): HistoryEntry[] {
  const { runs } = loadHistory();
  const next = [entry, ...runs.filter((r) => r.code !== entry.code)].slice(0, HISTORY_LIMIT);
  writeStored(HISTORY_KEY, JSON.stringify({ version: 1, runs: next }));
  return next;
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
