/**
 * What the title screen shows of the player's runs, read before the rest of the game has loaded:
 * whether the save slot holds a run and where it stands, the previous run, how many finished runs
 * History keeps, the chapters "Replay a chapter" offers and the endings reached. The title appears before the schemas,
 * the sim and the story that validate a save in full (saves.ts, history.ts) have arrived, so this
 * reads the same keys leniently: a field of the wrong type reads as nothing here. Once the game
 * has loaded, the title asks the full readers (run.ts) instead, and draws itself again if they
 * disagree (a damaged save is then reported and moved aside, exactly as before).
 */
import { ENDINGS_KEY, HISTORY_KEY, PREVIOUS_KEY, SAVE_FORMAT, SAVE_KEY } from "./keys";
import { readStored } from "./storage";

/** Where a kept run stands, as its save's summary says. */
export interface RunSummary {
  chapter: number;
  /** "2022-05" */
  month: string;
  /** The ending reached, or null for a run still going. */
  ending: string | null;
}

/** The title screen's view of the player's runs. */
export interface TitleInfo {
  /** The run Continue resumes. */
  save: RunSummary | null;
  /** The unfinished run a new one replaced ("Restore previous run"). */
  previous: RunSummary | null;
  /** Finished runs in History. */
  finishedRuns: number;
  /** Chapters of the last finished run that "Replay a chapter" offers. */
  checkpoints: Checkpoint[];
  /** Whether "Export save" has a run to export (the save, or a run in progress). */
  exportable: boolean;
  /** The endings this browser has reached (ids; the gallery counts the ones it knows). */
  endings: string[];
}

/**
 * A chapter a finished run reached: where it opened (its decision count), and, for runs kept
 * since "Replay a chapter" showed them, the chapter's title and the story choices made in it.
 */
export interface Checkpoint {
  chapter: number;
  decisions: number;
  title?: string;
  chose?: string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A save's summary, if the text looks like a save of this game. */
export function summaryOf(text: string | null): RunSummary | null {
  const save = parse(text);
  if (!isRecord(save) || save.format !== SAVE_FORMAT || !isRecord(save.summary)) return null;
  const { chapter, month, ending } = save.summary;
  if (!isCount(chapter) || typeof month !== "string" || !/^\d{4}-\d{2}$/.test(month)) return null;
  if (ending !== null && typeof ending !== "string") return null;
  return { chapter, month, ending };
}

/** The title's view, read leniently from storage (nothing is written or moved). */
export function peekTitleInfo(): TitleInfo {
  const save = summaryOf(readStored(SAVE_KEY));
  const previous = summaryOf(readStored(PREVIOUS_KEY));
  const history = parse(readStored(HISTORY_KEY));
  const runs = isRecord(history) && Array.isArray(history.runs) ? history.runs : [];
  const last: unknown = runs[0];
  const chapters = isRecord(last) && Array.isArray(last.chapters) ? last.chapters : [];
  const checkpoints = chapters.flatMap((c: unknown): Checkpoint[] => {
    if (!isRecord(c) || !isCount(c.chapter) || !isCount(c.decisions)) return [];
    const point: Checkpoint = { chapter: c.chapter, decisions: c.decisions };
    if (typeof c.title === "string") point.title = c.title;
    if (Array.isArray(c.chose) && c.chose.every((x) => typeof x === "string")) {
      point.chose = c.chose as string[];
    }
    return [point];
  });
  // The endings gallery's count: the record's endings and the history's (endings.ts merges both).
  const record = parse(readStored(ENDINGS_KEY));
  const recorded = isRecord(record) && Array.isArray(record.reached) ? record.reached : [];
  const endings = new Set<string>();
  for (const r of [...recorded, ...runs]) {
    if (isRecord(r) && typeof r.ending === "string") endings.add(r.ending);
  }
  return {
    save,
    // Restore offers only an unfinished run (saves.ts keeps nothing else there).
    previous: previous?.ending === null ? previous : null,
    finishedRuns: runs.length,
    checkpoints,
    exportable: save !== null,
    endings: [...endings],
  };
}
