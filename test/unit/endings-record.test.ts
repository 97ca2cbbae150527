/**
 * The endings gallery's record (src/persist/endings.ts): every ending this browser has reached,
 * with its first finish and how many runs ended there, kept past the history's last twenty runs;
 * endings reached before the record existed come from the history, and a damaged record is kept
 * aside and reported, never the end of the gallery. The gallery's words (src/game/gallery.ts) say
 * the verdict's own thresholds.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gallery } from "../../src/game/gallery";
import { buildReport } from "../../src/game/report";
import { codeFingerprint, encodeRun, storyBuild } from "../../src/persist/code";
import { reachedEndings, recordEnding } from "../../src/persist/endings";
import { entryOf, type HistoryEntry } from "../../src/persist/history";
import { ENDINGS_KEY, HISTORY_KEY, QUARANTINE_PREFIX } from "../../src/persist/keys";
import { peekTitleInfo } from "../../src/persist/peek";
import story from "./fixtures/persist-story.ink";
import { finished } from "./persist-runs";
import { FaultyStorage, install, installDenied, uninstall } from "./storage-double";

let storage: FaultyStorage;
beforeEach(() => {
  storage = new FaultyStorage();
  install(storage);
});
afterEach(() => uninstall());

/** A history entry (the fixture story's run) said to have ended at `ending` at `finishedAt`. */
function run(ending: string, finishedAt: string): HistoryEntry {
  const s = finished(4);
  const code = encodeRun({ seed: 4, build: storyBuild(story), decisions: [...s.decisions] });
  return { ...entryOf(buildReport(s, code, codeFingerprint(code), "2022-01")), ending, finishedAt };
}

// The history, newest first: two Turbo runs around a Busy one.
const HISTORY = [
  run("turbo", "2026-12-01T10:00:00.000Z"),
  run("busy", "2026-11-20T10:00:00.000Z"),
  run("turbo", "2026-10-05T10:00:00.000Z"),
];
const NOW = new Date("2026-12-03T12:00:00.000Z");

describe("the endings reached", () => {
  it("are none on a first visit", () => {
    expect(reachedEndings([], NOW.getTime())).toEqual({ reached: [], problem: null });
    expect(peekTitleInfo().endings).toEqual([]);
  });

  it("come from the history before the record exists: first finish and runs per ending", () => {
    expect(reachedEndings(HISTORY, NOW.getTime()).reached).toEqual([
      // The verdict's order (turbo before busy), not the order reached.
      { ending: "turbo", firstAt: "2026-10-05T10:00:00.000Z", runs: 2 },
      { ending: "busy", firstAt: "2026-11-20T10:00:00.000Z", runs: 1 },
    ]);
  });

  it("are counted on from the history, and kept once the history has forgotten the runs", () => {
    // The first run finished since: the record starts from the history before it, then counts it.
    expect(recordEnding("turbo", HISTORY, NOW)).toEqual({ ok: true });
    expect(recordEnding("nerfed", HISTORY, NOW)).toEqual({ ok: true });
    // Twenty runs later the history holds none of these; the record still does.
    expect(reachedEndings([], NOW.getTime()).reached).toEqual([
      { ending: "nerfed", firstAt: NOW.toISOString(), runs: 1 },
      { ending: "turbo", firstAt: "2026-10-05T10:00:00.000Z", runs: 3 },
      { ending: "busy", firstAt: "2026-11-20T10:00:00.000Z", runs: 1 },
    ]);
    // The title's quick look counts the same three.
    expect(peekTitleInfo().endings.sort()).toEqual(["busy", "nerfed", "turbo"]);
  });

  it("keep an ending this build does not know (a later one's), without showing it", () => {
    expect(recordEnding("bold", [], NOW)).toEqual({ ok: true });
    expect(recordEnding("turbo", [], NOW)).toEqual({ ok: true });
    expect(reachedEndings([], NOW.getTime()).reached.map((r) => r.ending)).toEqual(["turbo"]);
    expect(JSON.parse(storage.peek(ENDINGS_KEY) ?? "").reached).toHaveLength(2);
  });

  it("start again from the history when the record is damaged, which is kept aside and reported", () => {
    storage.setItem(ENDINGS_KEY, '{"version":1,"reached":[{"ending":"turbo","runs":"many"}]}');
    const loaded = reachedEndings(HISTORY, NOW.getTime());
    expect(loaded.problem).toMatch(/^The record of the endings you have reached was damaged/);
    expect(loaded.reached.map((r) => r.ending)).toEqual(["turbo", "busy"]);
    expect(storage.peek(ENDINGS_KEY)).toBeNull();
    expect(storage.keys().some((k) => k.startsWith(`${QUARANTINE_PREFIX}endings-`))).toBe(true);
    // And the next finished run writes a good record again.
    expect(recordEnding("busy", HISTORY, NOW)).toEqual({ ok: true });
    expect(reachedEndings([], NOW.getTime())).toMatchObject({ problem: null });
  });

  it("are never written over when the record cannot be read", () => {
    storage.setItem(ENDINGS_KEY, '{"version":1,"reached":[]}');
    storage.failing.getItem = () => new DOMException("Access is denied.", "SecurityError");
    expect(reachedEndings([], NOW.getTime()).problem).toMatch(
      /^The endings you have reached cannot be read/,
    );
    expect(recordEnding("turbo", [], NOW)).toEqual({ ok: false, problem: "unwritable" });
    storage.heal();
    expect(storage.peek(ENDINGS_KEY)).toBe('{"version":1,"reached":[]}');
  });

  it("read as none, without failing the title, when storage is denied", () => {
    installDenied();
    expect(peekTitleInfo().endings).toEqual([]);
  });

  it("on the title's quick look, join the record and the history, and skip foreign text", () => {
    storage.setItem(HISTORY_KEY, JSON.stringify({ version: 1, runs: [HISTORY[1]] }));
    storage.setItem(ENDINGS_KEY, '{"reached":[{"ending":"subpoena"},{"ending":3}]}');
    expect(peekTitleInfo().endings.sort()).toEqual(["busy", "subpoena"]);
  });
});

describe("the endings gallery", () => {
  it("lists all seven endings: the reached ones with their first month and runs, hints for the others", () => {
    const { title, sections } = gallery([
      { ending: "turbo", firstAt: "2026-10-05T10:00:00.000Z", runs: 3 },
    ]);
    expect(title).toBe("Endings reached: 1 of 7");
    expect(sections.map((s) => s.heading)).toEqual([
      "The Subpoena",
      "The Melted Fleet",
      "The Dense Giant",
      "Chinchilla's Warning",
      "The Nerfed Model",
      "The 10x Turbo",
      "Busy for a While",
    ]);
    const turbo = sections[5]?.paragraphs ?? [];
    expect(turbo[1]).toBe("Reached: first in October 2026, in 3 runs.");
    // The hints carry the verdict's thresholds (src/sim/thresholds.ts): 60% served, 2x compute, a
    // 10x leap, 90% and 95% quality, 75% licence risk (70% with a trail).
    const hint = (i: number) => sections[i]?.paragraphs?.[1];
    expect(sections[1]?.paragraphs?.[0]).toBe("Not reached yet.");
    expect(hint(0)).toContain("reaches 75%, or 70% with Andy's name");
    expect(hint(1)).toBe("Hint: serve less than 60% of ChatGPT's demand over the run.");
    expect(hint(2)).toContain("more than 2x the compute of a sparse GPT-4");
    expect(hint(3)).toContain("less than 10x better than GPT-3.5");
    expect(hint(4)).toContain("below 90%, or reach ten times cheaper with it below 95%");
  });

  it("tells a player with no ending yet how endings are reached", () => {
    const { title, sections } = gallery([]);
    expect(title).toBe("Endings reached: 0 of 7");
    expect(sections[0]?.heading).toBe("No ending yet");
    expect(sections).toHaveLength(8);
  });
});
