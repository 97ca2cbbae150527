/**
 * The title draws before the game behind it has loaded, from a lenient look at the save slot
 * (src/persist/peek.ts). What it shows must be what the full readers would show, or Continue
 * would promise a run the game then cannot find; and an address with something to open goes to
 * the loading bar instead of the title (src/game/address.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addressAsksBeyondTitle } from "../../src/game/address";
import { buildReport } from "../../src/game/report";
import { codeFingerprint, encodeRun, storyBuild } from "../../src/persist/code";
import { addToHistory, entryOf, loadHistory } from "../../src/persist/history";
import { HISTORY_KEY, PREVIOUS_KEY, SAVE_KEY } from "../../src/persist/keys";
import { peekTitleInfo, summaryOf } from "../../src/persist/peek";
import { SaveKeeper, saveOf } from "../../src/persist/saves";
import story from "./fixtures/persist-story.ink";
import { finished, midRun } from "./persist-runs";
import { FaultyStorage, install, installDenied, uninstall } from "./storage-double";

let storage: FaultyStorage;
beforeEach(() => {
  storage = new FaultyStorage();
  install(storage);
});
afterEach(() => uninstall());

describe("the title's look at the save slot", () => {
  it("shows nothing to continue, restore or replay on a first visit", () => {
    expect(peekTitleInfo()).toEqual({
      save: null,
      previous: null,
      finishedRuns: 0,
      checkpoints: [],
      exportable: false,
      endings: [],
    });
  });

  it("reads a saved run where the game left it: chapter 1, September 2021, no ending yet", () => {
    expect(new SaveKeeper().write(saveOf(midRun(), story)).kind).toBe("saved");
    const info = peekTitleInfo();
    expect(info.save).toEqual({ chapter: 1, month: "2021-09", ending: null });
    expect(info.exportable).toBe(true);
  });

  it("counts finished runs and offers the chapters the last one reached", () => {
    for (const seed of [4, 5]) {
      const s = finished(seed);
      const code = encodeRun({ seed, build: storyBuild(story), decisions: [...s.decisions] });
      const report = buildReport(s, code, codeFingerprint(code), "2022-01");
      expect(addToHistory(entryOf(report)).ok).toBe(true);
      // The newest run's chapters are the ones offered.
      expect(peekTitleInfo().checkpoints).toEqual(report.chapters);
    }
    expect(peekTitleInfo().finishedRuns).toBe(2);
  });

  it("names each chapter and what was chosen in it, and still offers a run kept before it did", () => {
    const s = finished(4);
    const code = encodeRun({ seed: 4, build: storyBuild(story), decisions: [...s.decisions] });
    const entry = entryOf(buildReport(s, code, codeFingerprint(code), "2022-01"));
    expect(addToHistory(entry).ok).toBe(true);
    // The fixture's chapters are "1 Start" and "2 Middle", each with its story choices.
    const [one, two] = peekTitleInfo().checkpoints;
    expect(one).toMatchObject({ chapter: 1, decisions: 0, title: "Start" });
    expect(two).toMatchObject({ chapter: 2, title: "Middle" });
    expect(one?.chose?.length).toBeGreaterThan(0);
    expect(loadHistory().runs[0]?.chapters).toEqual(peekTitleInfo().checkpoints);

    // A history written before chapters had titles: both readers take it as it is.
    const old = {
      ...entry,
      chapters: entry.chapters.map((c) => ({ chapter: c.chapter, decisions: c.decisions })),
    };
    storage.setItem(HISTORY_KEY, JSON.stringify({ version: 1, runs: [old] }));
    expect(loadHistory().problem).toBeNull();
    expect(loadHistory().runs[0]?.chapters).toEqual(old.chapters);
    expect(peekTitleInfo().checkpoints).toEqual(old.chapters);
  });

  it("offers to restore only an unfinished previous run", () => {
    const save = saveOf(midRun(), story);
    storage.setItem(PREVIOUS_KEY, JSON.stringify(save));
    expect(peekTitleInfo().previous).toEqual(save.summary);
    storage.setItem(
      PREVIOUS_KEY,
      JSON.stringify({ ...save, summary: { ...save.summary, ending: "x" } }),
    );
    expect(peekTitleInfo().previous).toBeNull();
  });

  it("reads damaged or foreign text as nothing rather than failing the title", () => {
    const save = saveOf(midRun(), story);
    for (const text of [
      "{not json",
      "null",
      "[]",
      JSON.stringify({ ...save, format: "another-game/save" }),
      JSON.stringify({ ...save, summary: { chapter: "two", month: "2021-09", ending: null } }),
      JSON.stringify({ ...save, summary: { chapter: 1, month: "September", ending: null } }),
      JSON.stringify({ ...save, summary: { chapter: -1, month: "2021-09", ending: null } }),
    ]) {
      expect(summaryOf(text)).toBeNull();
    }
    storage.setItem(SAVE_KEY, "{not json");
    storage.setItem(HISTORY_KEY, '{"version":1,"runs":"many"}');
    expect(peekTitleInfo()).toMatchObject({ save: null, finishedRuns: 0, checkpoints: [] });
  });

  it("shows an empty slot when storage cannot be read at all", () => {
    installDenied();
    expect(peekTitleInfo().save).toBeNull();
  });
});

describe("an address that asks for more than the title", () => {
  it("is a run or lab link, a screen or the Lab; a language or nothing is not", () => {
    expect(addressAsksBeyondTitle("", "#run=1.N4Ig")).toBe(true);
    expect(addressAsksBeyondTitle("", "#lab=1.N4Ig")).toBe(true);
    expect(addressAsksBeyondTitle("?screen=fleet&seed=1", "")).toBe(true);
    expect(addressAsksBeyondTitle("?lab", "")).toBe(true);
    expect(addressAsksBeyondTitle("?lang=zh-CN", "")).toBe(false);
    expect(addressAsksBeyondTitle("", "")).toBe(false);
    expect(addressAsksBeyondTitle("", "#")).toBe(false);
  });
});
