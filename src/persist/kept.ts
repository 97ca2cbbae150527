/**
 * Reading a small record the game keeps for the player in one storage key (the run history, the
 * endings reached): validated in full, and a damaged one kept aside (if it can be) and an empty one
 * used. One that cannot be read, or kept aside, is left as it is and must not be written over:
 * `writable` says so. Each record names its own messages, since the player reads what was lost,
 * and whether a damaged one is kept aside: one not worth one of the few quarantine slots (they
 * keep damaged saves: QUARANTINE_LIMIT) is cleared instead, and the player told.
 */
import * as v from "valibot";
import { persistText as t } from "../i18n/messages/persist";
import { QUARANTINE_DAYS, QUARANTINE_LIMIT } from "./keys";
import { quarantine } from "./saves";
import { describeIssues } from "./schema";
import { describeProblem, readKey, removeKey } from "./storage";

/**
 * What the player reads when a record could not be read, or was damaged, and what is done with a
 * damaged one: kept aside under a quarantine key starting `aside` (then reset, or not cleared),
 * or, with `aside` null, cleared. `noCopy`: it could not be kept aside, or cleared.
 */
export type KeptTexts = {
  unreadable(p: { problem: string }): string;
  noCopy(p: { reason: string; why: string }): string;
} & (
  | {
      aside: string;
      reset(p: { reason: string; key: string; limit: number; days: number }): string;
      notCleared(p: { reason: string; key: string }): string;
    }
  | { aside: null; cleared(p: { reason: string }): string }
);

export type LoadedKept<T> = {
  /** The record, or null when there is none (or it could not be used). */
  value: T | null;
  /** What the player should read about it, if anything went wrong. */
  problem: string | null;
  /** False when the stored record must not be replaced (it could not be read, or kept). */
  writable: boolean;
};

export function loadKept<T>(
  key: string,
  schema: v.GenericSchema<unknown, T>,
  texts: KeptTexts,
  now: number,
): LoadedKept<T> {
  const read = readKey(key);
  if (!read.ok) {
    return {
      value: null,
      problem: texts.unreadable({ problem: describeProblem(read.problem) }),
      writable: false,
    };
  }
  const raw = read.value;
  if (raw === null) return { value: null, problem: null, writable: true };
  let message: string;
  try {
    const parsed = v.safeParse(schema, JSON.parse(raw));
    if (parsed.success) return { value: parsed.output, problem: null, writable: true };
    message = describeIssues(parsed.issues);
  } catch {
    message = t("keptNotJson");
  }
  if (texts.aside === null) {
    const removed = removeKey(key);
    return removed.ok
      ? { value: null, problem: texts.cleared({ reason: message }), writable: true }
      : {
          value: null,
          problem: texts.noCopy({ reason: message, why: describeProblem(removed.problem) }),
          writable: false,
        };
  }
  const kept = quarantine(raw, texts.aside, now);
  if (!kept.ok) {
    return {
      value: null,
      problem: texts.noCopy({
        reason: message,
        why: kept.why === "too-big" ? t("keptTooBig") : describeProblem(kept.why),
      }),
      writable: false,
    };
  }
  const cleared = removeKey(key).ok;
  return {
    value: null,
    problem: cleared
      ? texts.reset({
          reason: message,
          key: kept.key,
          limit: QUARANTINE_LIMIT,
          days: QUARANTINE_DAYS,
        })
      : texts.notCleared({ reason: message, key: kept.key }),
    writable: cleared,
  };
}
