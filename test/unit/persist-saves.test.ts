import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildReport } from "../../src/game/report";
import { GameSession } from "../../src/game/session";
import { codeFingerprint, encodeRun, storyBuild } from "../../src/persist/code";
import {
  addToHistory,
  compareRuns,
  entryOf,
  HISTORY_KEY,
  HISTORY_LIMIT,
  loadHistory,
} from "../../src/persist/history";
import {
  exportSaveText,
  loadAutosave,
  parseSave,
  QUARANTINE_PREFIX,
  SAVE_KEY,
  saveOf,
  writeAutosave,
} from "../../src/persist/saves";
import { loadSettings, saveSettings } from "../../src/persist/settings";
import story from "./fixtures/persist-story.ink";

/** A minimal localStorage for Node. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
  keys() {
    return [...this.items.keys()];
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, "localStorage");
});

function midRun(seed = 3): GameSession {
  const s = new GameSession(story, seed);
  s.start();
  s.choose(2);
  s.continue();
  s.commit({ screen: "fleet", allocation: { training: 6000, serving: 3500, research: 500 } });
  return s;
}

function finished(seed: number, first: number): GameSession {
  const s = new GameSession(story, seed);
  s.start();
  s.choose(first);
  s.continue();
  s.commit({ screen: "fleet", allocation: { training: 5000, serving: 4500, research: 500 } });
  s.choose(0);
  s.choose(0);
  s.continue();
  return s;
}

function reportOf(s: GameSession) {
  const code = encodeRun({ seed: s.seed, build: storyBuild(story), decisions: [...s.decisions] });
  return buildReport(s, code, codeFingerprint(code), "2022-01");
}

describe("saves", () => {
  it("round-trips through storage and replays to the same place, page and text", () => {
    const s = midRun();
    expect(writeAutosave(saveOf(s, story))).toBe(true);
    const loaded = loadAutosave();
    if (loaded.status !== "ok") throw new Error(`expected a save, got ${loaded.status}`);
    expect(loaded.save.summary).toEqual({ chapter: 1, month: "2021-09", ending: null });
    const back = GameSession.replay(
      story,
      loaded.save.seed,
      loaded.save.decisions,
      loaded.save.pages,
    );
    expect(back.beat).toEqual(s.beat);
    expect(back.world).toEqual(s.world);
    expect(back.beats).toEqual(s.beats);
  });

  it("keeps a corrupt or foreign save aside, reports it, and leaves settings alone", () => {
    saveSettings({ version: 1, muted: true });
    storage.setItem(SAVE_KEY, '{"format":"someone-else","version":1}');
    const loaded = loadAutosave();
    expect(loaded).toMatchObject({ status: "bad", message: expect.stringMatching(/not a save/) });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    const kept = storage.keys().filter((k) => k.startsWith(QUARANTINE_PREFIX));
    expect(kept).toHaveLength(1);
    expect(storage.getItem(kept[0] as string)).toContain("someone-else");
    expect(loadSettings().muted).toBe(true);
    expect(loadAutosave()).toEqual({ status: "none" });
  });

  it("explains an unknown save version", () => {
    const text = exportSaveText({ ...saveOf(midRun(), story), version: 7 as 1 });
    expect(parseSave(text)).toEqual({ ok: false, message: expect.stringMatching(/version 7/) });
  });

  it("1,000 random mutations of a valid save are rejected with a message or read as a valid save", () => {
    const text = exportSaveText(saveOf(midRun(), story));
    const chars = '{}[]",:0123456789abcdefghijklmnopqrstuvwxyz-. \\<>';
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(),
            op: fc.integer({ min: 0, max: 3 }),
            ch: fc.constantFrom(...chars),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (mutations) => {
          let t = text;
          for (const m of mutations) {
            const at = m.at % (t.length + 1);
            if (m.op === 0) t = t.slice(0, at) + m.ch + t.slice(at + 1);
            else if (m.op === 1) t = t.slice(0, at);
            else if (m.op === 2) t = t.slice(0, at) + m.ch + t.slice(at);
            else t = t.slice(0, at) + t.slice(at + 1);
          }
          const parsed = parseSave(t);
          if (!parsed.ok) {
            expect(parsed.message.length).toBeGreaterThan(5);
            return;
          }
          // A valid save either replays or is refused with a clear error (the App quarantines it).
          try {
            GameSession.replay(
              story,
              parsed.value.seed,
              parsed.value.decisions,
              parsed.value.pages,
            );
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
            expect(String(err)).toMatch(/decision|story|choice|screen/i);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("run history", () => {
  it("keeps the last twenty finished runs, newest first, once each", () => {
    for (let seed = 1; seed <= HISTORY_LIMIT + 3; seed++) {
      addToHistory(entryOf(reportOf(finished(seed, seed % 3))));
    }
    addToHistory(entryOf(reportOf(finished(HISTORY_LIMIT + 3, (HISTORY_LIMIT + 3) % 3))));
    const { runs, problem } = loadHistory();
    expect(problem).toBeNull();
    expect(runs).toHaveLength(HISTORY_LIMIT);
    expect(runs[0]?.seed).toBe(HISTORY_LIMIT + 3);
    expect(new Set(runs.map((r) => r.code)).size).toBe(HISTORY_LIMIT);
  });

  it("a damaged history is kept aside and reported", () => {
    storage.setItem(HISTORY_KEY, '{"version":1,"runs":[{"id":1}]}');
    const { runs, problem } = loadHistory();
    expect(runs).toEqual([]);
    expect(problem).toMatch(/damaged/);
    expect(storage.keys().some((k) => k.startsWith(`${QUARANTINE_PREFIX}history-`))).toBe(true);
  });

  it("compares two runs: where they diverged, then each side", () => {
    const a = entryOf(reportOf(finished(5, 0)));
    const b = entryOf(reportOf(finished(5, 1)));
    const c = compareRuns(a, b);
    expect(c.divergedAt).toBe(0);
    expect(c.a[0]?.label).toBe("Alpha");
    expect(c.b[0]?.label).toBe("Beta");
    expect(compareRuns(a, a).divergedAt).toBe(-1);
  });
});

describe("no text reaches the page as HTML", () => {
  it("no source file writes HTML strings into the DOM", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
      });
    for (const file of files("src")) {
      const source = readFileSync(file, "utf8");
      expect(source, file).not.toMatch(
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/,
      );
    }
  });
});
