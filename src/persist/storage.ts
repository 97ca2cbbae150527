/**
 * localStorage, with every outcome reported. Private modes, full disks, other
 * pages of the same origin filling the quota and sandboxed frames all make
 * storage throw (reading `localStorage` itself can throw); the game must keep
 * running, and it must know, and tell the player, when something was not kept.
 * So nothing here answers "no value" for "could not read", or stays quiet about
 * a write that failed.
 */

import { persistText as t } from "../i18n/messages/persist";

/** Why storage did not do what was asked. */
export type StorageProblem = "unavailable" | "blocked" | "full" | "failed";

export type Stored<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** The problem in plain words, to follow "because" or a colon in a message to the player. */
export function describeProblem(problem: StorageProblem): string {
  switch (problem) {
    case "unavailable":
      return t("storageUnavailable");
    case "blocked":
      return t("storageBlocked");
    case "full":
      return t("storageFull");
    case "failed":
      return t("storageFailed");
  }
}

/** Which problem an exception from the Web Storage API stands for. */
export function problemOf(err: unknown): StorageProblem {
  const name = typeof err === "object" && err !== null ? (err as { name?: unknown }).name : "";
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : 0;
  // Chromium and WebKit say QuotaExceededError (legacy code 22); Firefox once said
  // NS_ERROR_DOM_QUOTA_REACHED (code 1014).
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return "full";
  if (code === 22 || code === 1014) return "full";
  if (name === "SecurityError") return "blocked";
  return "failed";
}

function backend(): Storage | null {
  // Reading the property throws a SecurityError where storage is denied (sandboxed frames,
  // cookies blocked): the caller's try turns that into "blocked".
  return globalThis.localStorage ?? null;
}

function attempt<T>(work: (storage: Storage) => T): Stored<T> {
  try {
    const storage = backend();
    if (!storage) return { ok: false, problem: "unavailable" };
    return { ok: true, value: work(storage) };
  } catch (err) {
    return { ok: false, problem: problemOf(err) };
  }
}

/** The stored text of a key (`value: null` when there is none). */
export function readKey(key: string): Stored<string | null> {
  return attempt((s) => s.getItem(key));
}

export function writeKey(key: string, value: string): Stored<null> {
  return attempt((s) => {
    s.setItem(key, value);
    return null;
  });
}

export function removeKey(key: string): Stored<null> {
  return attempt((s) => {
    s.removeItem(key);
    return null;
  });
}

/** Keys in storage that start with a prefix. */
export function listKeys(prefix: string): Stored<string[]> {
  return attempt((s) => {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  });
}

/** A read where "could not read" may be treated as "nothing there" (settings: defaults do). */
export function readStored(key: string): string | null {
  const read = readKey(key);
  return read.ok ? read.value : null;
}
