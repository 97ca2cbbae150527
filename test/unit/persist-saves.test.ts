import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildReport } from "../../src/game/report";
import { GameSession, ReplayError } from "../../src/game/session";
import { codeFingerprint, encodeRun, storyBuild } from "../../src/persist/code";
import { DecisionsSchema } from "../../src/persist/decisions";
import {
  addToHistory,
  compareRuns,
  entryOf,
  HISTORY_LIMIT,
  loadHistory,
} from "../../src/persist/history";
import {
  HISTORY_KEY,
  MAX_SAVE_CHARS,
  PREVIOUS_KEY,
  QUARANTINE_DAYS,
  QUARANTINE_LIMIT,
  QUARANTINE_PREFIX,
  SAVE_KEY,
} from "../../src/persist/keys";
import {
  badSaveMessage,
  exportSaveText,
  loadAutosave,
  parseSave,
  quarantine,
  restorePrevious,
  type SaveFile,
  SaveKeeper,
  type SaveOutcome,
  saveOf,
  unsavedMessage,
} from "../../src/persist/saves";
import { MAX_DECISIONS } from "../../src/persist/schema";
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from "../../src/persist/settings";
import story from "./fixtures/persist-story.ink";
import { finished, midRun } from "./persist-runs";
import {
  FaultyStorage,
  install,
  installDenied,
  quotaError,
  securityError,
  uninstall,
} from "./storage-double";

let storage: FaultyStorage;
beforeEach(() => {
  storage = new FaultyStorage();
  install(storage);
});
afterEach(() => {
  uninstall();
});

/** Writes a save the way the App does after a decision. */
function writeAutosave(save: SaveFile): boolean {
  return new SaveKeeper().write(save).kind === "saved";
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
    saveSettings({ ...DEFAULT_SETTINGS, muted: true });
    storage.put(SAVE_KEY, '{"format":"someone-else","version":1}');
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

  it("1,000 random mutations of a valid save: each kind of damage gets its own, true message", () => {
    const save = saveOf(midRun(), story);
    const text = exportSaveText(save);
    const MARK = "EVIL-MARK visit evil.example";
    /** Every leaf of the save (path and value), outside format and version. */
    const leaves: Array<{ path: (string | number)[]; value: unknown }> = [];
    const walk = (at: unknown, path: (string | number)[]) => {
      if (typeof at === "object" && at !== null) {
        for (const [k, x] of Object.entries(at))
          walk(x, [...path, Array.isArray(at) ? Number(k) : k]);
      } else if (path[0] !== "format" && path[0] !== "version") leaves.push({ path, value: at });
    };
    walk(save, []);
    const objects: (string | number)[][] = [[]];
    const walkObjects = (at: unknown, path: (string | number)[]) => {
      if (typeof at !== "object" || at === null) return;
      if (!Array.isArray(at)) objects.push(path);
      for (const [k, x] of Object.entries(at))
        walkObjects(x, [...path, Array.isArray(at) ? Number(k) : k]);
    };
    for (const [k, x] of Object.entries(save)) walkObjects(x, [k]);
    const setAt = (root: Record<string, unknown>, path: (string | number)[], value: unknown) => {
      let at = root as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1) as string | number] = value;
    };
    const getAt = (root: unknown, path: (string | number)[]) =>
      path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], root);
    const TEMPLATES = [
      /^The save is empty\.$/,
      /^The save is damaged: it is not readable JSON\.$/,
      /^This is not a save of If I Trained GPT-4\.$/,
      /^The save has version \d+, which this version/,
      /^The save has a version number this game does not know/,
      /^The save's version is not a number/,
      /^The save has no version number/,
      /^The save is damaged \([a-zA-Z0-9 .,()]+\)\.$/,
    ];
    const kind = fc.constantFrom("cut", "format", "version", "extra", "retype", "bytes");
    fc.assert(
      fc.property(kind, fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), (k, r1, r2, ch) => {
        const data = structuredClone(save) as unknown as Record<string, unknown>;
        let t: string;
        let expected: RegExp | null = null;
        switch (k) {
          case "cut": {
            const at = r1 % text.trimEnd().length;
            t = text.slice(0, at);
            expected = at === 0 || t.trim() === "" ? /^The save is empty\.$/ : /not readable JSON/;
            break;
          }
          case "format":
            data.format = `${MARK}${r1}`;
            t = JSON.stringify(data);
            expected = /^This is not a save of If I Trained GPT-4\.$/;
            break;
          case "version": {
            const n = 2 + (r1 % 997);
            const choice = r2 % 3;
            if (choice === 0) data.version = n;
            else if (choice === 1) data.version = String(n);
            else delete data.version;
            t = JSON.stringify(data);
            expected = [
              new RegExp(`^The save has version ${n}, which this version of the game cannot read`),
              /^The save's version is not a number/,
              /^The save has no version number/,
            ][choice] as RegExp;
            break;
          }
          case "extra": {
            const path = objects[r1 % objects.length] ?? [];
            const target = (path.length ? getAt(data, path) : data) as Record<string, unknown>;
            target[`${MARK}${r2}`] = 1;
            t = JSON.stringify(data);
            expected = /has a field this game does not use\)\.$/;
            break;
          }
          case "retype": {
            const leaf = leaves[r1 % leaves.length];
            if (!leaf) throw new Error("no leaves");
            const wrong = typeof leaf.value === "string" ? r2 : MARK;
            setAt(data, leaf.path, wrong);
            t = JSON.stringify(data);
            // The message names the field by our name and says the rule, never the value.
            const last = leaf.path.at(-1);
            const named = typeof last === "string" && last !== "kind" && last !== "screen";
            expected = named
              ? new RegExp(
                  `^The save is damaged \\(.*\\b${last} (should be|has characters or a form|is too long)`,
                )
              : /^The save is damaged \(/;
            break;
          }
          default: {
            t = text;
            for (const c of [r1, r2]) {
              const at = c % (t.length + 1);
              t = c % 2 ? t.slice(0, at) + ch + t.slice(at + 1) : t.slice(0, at) + t.slice(at + 2);
            }
          }
        }
        const parsed = parseSave(t);
        if (parsed.ok) {
          // Only byte damage can still read as a save; then it replays or names what it refused.
          expect(k).toBe("bytes");
          try {
            GameSession.replay(
              story,
              parsed.value.seed,
              parsed.value.decisions,
              parsed.value.pages,
            );
          } catch (err) {
            expect(err).toBeInstanceOf(ReplayError);
          }
          return;
        }
        expect(parsed.message).not.toContain("EVIL");
        expect(parsed.message.length).toBeLessThan(240);
        if (expected) expect(parsed.message).toMatch(expected);
        expect(
          TEMPLATES.some((re) => re.test(parsed.message)),
          parsed.message,
        ).toBe(true);
      }),
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
    storage.put(HISTORY_KEY, '{"version":1,"runs":[{"id":1}]}');
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

// ---- storage that fails: every mode a browser has ----

/** A whole run on the fixture story, one decision at a time, as the App plays it. */
function playSteps(seed: number): Array<(s: GameSession) => void> {
  return [
    (s) => s.choose(0),
    (s) => {
      s.continue();
      s.commit({ screen: "fleet", allocation: { training: 5000, serving: 4500, research: 500 } });
    },
    (s) => s.choose(seed % 2),
    (s) => s.choose(0),
  ];
}

const FAULTS: Record<string, (st: FaultyStorage) => void> = {
  "every write over quota": (st) => {
    st.failing.setItem = quotaError;
  },
  "every call a SecurityError": (st) => {
    for (const call of ["getItem", "setItem", "removeItem", "key", "length"] as const) {
      st.failing[call] = securityError;
    }
  },
  "reading localStorage itself throws": () => installDenied(),
  "writes fail after five": (st) => {
    st.writesLeft = 5;
  },
  "another key fills the quota": (st) => {
    st.quota = 20_000;
    st.put("someone-else:cache", "x".repeat(20_000 - 40 - st.used()));
  },
  "reads throw, writes work": (st) => {
    st.failing.getItem = securityError;
  },
  "removes and listings throw": (st) => {
    st.failing.removeItem = () => new Error("boom");
    st.failing.key = () => new Error("boom");
  },
};

describe("saves under failing storage", () => {
  for (const [mode, fault] of Object.entries(FAULTS)) {
    it(`${mode}: no decision is lost without the player being told, and the good save survives`, () => {
      // A good unfinished save from an earlier visit.
      const earlier = midRun(11);
      const good = JSON.stringify(saveOf(earlier, story));
      storage.put(SAVE_KEY, good);
      fault(storage);

      const keeper = new SaveKeeper();
      const s = new GameSession(story, 21);
      s.start();
      keeper.startRun();
      let told = false;
      const outcomes: SaveOutcome[] = [];
      const record = () => {
        const outcome = keeper.write(saveOf(s, story));
        outcomes.push(outcome);
        if (outcome.kind === "not-saved") {
          told = true;
          // What the App shows: plain words and the way to keep the run.
          expect(unsavedMessage(outcome)).toMatch(/not being saved/);
          expect(unsavedMessage(outcome)).toMatch(/export the save file/i);
        } else {
          told = false;
        }
        const stored = storage.peek(SAVE_KEY);
        const parsed = parseSave(stored);
        // The invariant: the stored save holds every decision made, or the player was told.
        const holdsAll =
          parsed.ok &&
          parsed.value.seed === 21 &&
          parsed.value.decisions.length === s.decisions.length;
        expect(holdsAll || told, `after decision ${s.decisions.length}`).toBe(true);
        // Whatever happened, the slot holds a readable save: the earlier one or this run's.
        expect(parsed.ok).toBe(true);
      };
      record();
      for (const step of playSteps(21)) {
        step(s);
        record();
      }
      storage.heal();
      install(storage);
      // The earlier unfinished run is never lost: it is in the slot, or kept as the previous run.
      const slot = parseSave(storage.peek(SAVE_KEY));
      const previous = storage.peek(PREVIOUS_KEY);
      expect(storage.peek(SAVE_KEY) === good || previous === good).toBe(true);
      expect(slot.ok).toBe(true);
      // Only the first failure of a streak is "first": the App raises its warning at once.
      const firsts = outcomes.filter((o) => o.kind === "not-saved" && o.first).length;
      const streaks = outcomes.filter(
        (o, i) => o.kind === "not-saved" && (i === 0 || outcomes[i - 1]?.kind === "saved"),
      ).length;
      expect(firsts).toBe(streaks);
    });
  }

  it("a failure is followed by 'saving works again' once storage recovers", () => {
    const keeper = new SaveKeeper();
    const s = midRun();
    storage.failing.setItem = quotaError;
    expect(keeper.write(saveOf(s, story))).toMatchObject({
      kind: "not-saved",
      problem: "full",
      first: true,
      kept: null,
    });
    expect(keeper.write(saveOf(s, story))).toMatchObject({ kind: "not-saved", first: false });
    storage.heal();
    expect(keeper.write(saveOf(s, story))).toEqual({ kind: "saved", recovered: true, freed: 0 });
    expect(keeper.write(saveOf(s, story))).toEqual({ kind: "saved", recovered: false, freed: 0 });
  });

  it("damaged copies kept aside give way to the player's run when the quota is full", () => {
    const s = midRun();
    const size = JSON.stringify(saveOf(s, story)).length;
    for (let i = 0; i < 3; i++)
      storage.put(`${QUARANTINE_PREFIX}${1_700_000_000_000 + i}`, "x".repeat(900));
    // Room for the save once the three copies (about 2,800 characters) go, not before.
    storage.quota = storage.used() + size + SAVE_KEY.length - 500;
    const outcome = new SaveKeeper().write(saveOf(s, story));
    expect(outcome).toMatchObject({ kind: "saved", freed: 3 });
    expect(parseSave(storage.peek(SAVE_KEY))).toMatchObject({ ok: true });
  });

  it("a save that cannot be read is reported as such, and a new run does not write over it", () => {
    const good = JSON.stringify(saveOf(midRun(11), story));
    storage.put(SAVE_KEY, good);
    storage.failing.getItem = securityError;
    expect(loadAutosave()).toEqual({ status: "unreadable", problem: "blocked" });
    const keeper = new SaveKeeper();
    keeper.startRun();
    const outcome = keeper.write(saveOf(midRun(12), story));
    expect(outcome).toMatchObject({ kind: "not-saved", problem: "unchecked", first: true });
    expect(storage.peek(SAVE_KEY)).toBe(good);
  });
});

describe("a new run keeps the one it replaces", () => {
  it("the unfinished run goes to the previous slot, and Restore swaps them (twice over)", () => {
    const first = saveOf(midRun(11), story);
    expect(writeAutosave(first)).toBe(true);
    const keeper = new SaveKeeper();
    keeper.startRun();
    const second = saveOf(midRun(12), story);
    expect(keeper.write(second).kind).toBe("saved");
    expect(JSON.parse(storage.peek(PREVIOUS_KEY) ?? "null")).toEqual(first);
    expect(JSON.parse(storage.peek(SAVE_KEY) ?? "null")).toEqual(second);

    expect(restorePrevious()).toEqual({ ok: true, value: first });
    expect(JSON.parse(storage.peek(SAVE_KEY) ?? "null")).toEqual(first);
    expect(JSON.parse(storage.peek(PREVIOUS_KEY) ?? "null")).toEqual(second);
    expect(restorePrevious()).toEqual({ ok: true, value: second });
  });

  it("a finished run is not copied (it is in the history), and later writes of the new run only update", () => {
    const done = saveOf(finished(5, 0), story);
    expect(done.summary.ending).not.toBeNull();
    writeAutosave(done);
    const keeper = new SaveKeeper();
    keeper.startRun();
    keeper.write(saveOf(midRun(12), story));
    expect(storage.peek(PREVIOUS_KEY)).toBeNull();
    const writes = storage.writes.length;
    keeper.write(saveOf(midRun(12), story));
    expect(storage.writes.slice(writes)).toEqual([SAVE_KEY]);
  });

  it("when the copy cannot be written, the unfinished run stays in the slot and the new one is not saved", () => {
    const first = JSON.stringify(saveOf(midRun(11), story));
    storage.put(SAVE_KEY, first);
    storage.quota = first.length + SAVE_KEY.length + 10;
    const keeper = new SaveKeeper();
    keeper.startRun();
    expect(keeper.write(saveOf(midRun(12), story))).toMatchObject({
      kind: "not-saved",
      problem: "unchecked",
    });
    expect(storage.peek(SAVE_KEY)).toBe(first);
  });
});

describe("quarantine is bounded and truthful", () => {
  const now = Date.UTC(2026, 0, 31);
  it(`keeps at most ${QUARANTINE_LIMIT} damaged saves, and drops them after ${QUARANTINE_DAYS} days`, () => {
    for (let i = 0; i < 5; i++) {
      storage.put(SAVE_KEY, `{"damaged":${i}`);
      const loaded = loadAutosave(now + i);
      expect(loaded).toMatchObject({ status: "bad", kept: { ok: true, cleared: true } });
    }
    const kept = storage
      .keys()
      .filter((k) => k.startsWith(QUARANTINE_PREFIX))
      .sort();
    expect(kept).toEqual([2, 3, 4].map((i) => `${QUARANTINE_PREFIX}${now + i}`));
    expect(storage.peek(kept[0] as string)).toBe('{"damaged":2');
    loadAutosave(now + QUARANTINE_DAYS * 86_400_000 + 10);
    expect(storage.keys().filter((k) => k.startsWith(QUARANTINE_PREFIX))).toEqual([]);
  });

  it("a damaged save too big to copy stays where it is, and the message says exactly that", () => {
    const big = `{"format":"if-i-trained-gpt4/save","version":1,"pad":"${"x".repeat(300_000)}"}`;
    storage.put(SAVE_KEY, big);
    const loaded = loadAutosave(now);
    if (loaded.status !== "bad") throw new Error(`expected a bad save, got ${loaded.status}`);
    expect(loaded.kept).toEqual({ ok: false, why: "too-big" });
    expect(storage.peek(SAVE_KEY)).toBe(big);
    const message = badSaveMessage(loaded.message, loaded.kept);
    expect(message).toMatch(/too big to keep a copy of, so it stays where it is/);
    expect(message).not.toMatch(/kept aside/);
    expect(message).not.toContain("xxxxxx");
  });

  it("when storage is full, the damaged save is not reported as kept anywhere", () => {
    storage.put(SAVE_KEY, '{"broken"');
    storage.failing.setItem = quotaError;
    const loaded = loadAutosave(now);
    if (loaded.status !== "bad") throw new Error("expected a bad save");
    expect(loaded.kept).toEqual({ ok: false, why: "full" });
    expect(badSaveMessage(loaded.message, loaded.kept)).toMatch(
      /no copy could be kept: the storage is full, so it stays where it is/,
    );
    expect(storage.keys()).toEqual([SAVE_KEY]);
    expect(quarantine("x", "", now)).toEqual({ ok: false, why: "full" });
  });

  it("a damaged history with full storage is left as it is, named nowhere, and not written over", () => {
    storage.put(HISTORY_KEY, '{"version":1,"runs":[{"id":1}]}');
    storage.failing.setItem = quotaError;
    const { problem, writable } = loadHistory(now);
    expect(writable).toBe(false);
    expect(problem).toMatch(/no copy could be kept.*left as it is/);
    expect(problem).not.toMatch(/quarantine/);
    expect(storage.peek(HISTORY_KEY)).toBe('{"version":1,"runs":[{"id":1}]}');
    storage.heal();
    storage.failing.getItem = undefined;
    const added = addToHistory(entryOf(reportOf(finished(5, 0))));
    expect(added).toMatchObject({ ok: true });
  });
});

describe("save files: refused at once, with a message for the case", () => {
  const base = () => JSON.parse(exportSaveText(saveOf(midRun(), story))) as Record<string, unknown>;
  it("names each case truthfully", () => {
    expect(parseSave("x".repeat(MAX_SAVE_CHARS + 1))).toEqual({
      ok: false,
      message: expect.stringMatching(/^The save is 1\.0 MB, larger than any save/),
    });
    expect(parseSave(JSON.stringify({ ...base(), version: "1" }))).toEqual({
      ok: false,
      message: expect.stringMatching(/version is not a number/),
    });
    const { version: _, ...noVersion } = base();
    expect(parseSave(JSON.stringify(noVersion))).toEqual({
      ok: false,
      message: expect.stringMatching(/has no version number/),
    });
    const extra = parseSave(
      JSON.stringify({ ...base(), "SECURITY NOTICE: visit evil.example": 1 }),
    );
    expect(extra).toEqual({
      ok: false,
      message: "The save is damaged (it has a field this game does not use).",
    });
  });

  it("a file with 2.4 million decisions is refused before any of them is looked at", () => {
    let reads = 0;
    const decisions = new Proxy(new Array(2_400_000).fill(0), {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(v.safeParse(DecisionsSchema, decisions).success).toBe(false);
    expect(reads).toBe(0);
    const text = JSON.stringify({ ...base(), decisions: new Array(MAX_DECISIONS + 1).fill(0) });
    expect(parseSave(text)).toEqual({
      ok: false,
      message: `The save holds 401 decisions; a run of this game makes at most ${MAX_DECISIONS}.`,
    });
  });
});
