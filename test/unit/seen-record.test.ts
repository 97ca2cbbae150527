/**
 * The record of story text read (src/persist/seen.ts), behind the story panel's read marks and
 * "Skip read text": what one run reads, the next one knows; it holds hashes, not text; it keeps
 * the newest paragraphs past its limit; two tabs add to it; and a damaged or unwritable record is
 * reported, cleared (it takes no quarantine slot from a damaged save) or left alone, never a crash.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUARANTINE_PREFIX, SEEN_KEY } from "../../src/persist/keys";
import { SEEN_LIMIT, SeenRecord, textId } from "../../src/persist/seen";
import { FaultyStorage, install, quotaError, securityError, uninstall } from "./storage-double";

let storage: FaultyStorage;
let problems: string[];
beforeEach(() => {
  storage = new FaultyStorage();
  install(storage);
  problems = [];
});
afterEach(() => uninstall());

const record = () => new SeenRecord((p) => problems.push(p));

const OPENING = "September 2021. The office smells of new carpet and old coffee.";
const LATER = "Dana slides a printout across the desk: 25,000 A100s, and a date.";

describe("the paragraph's id", () => {
  it("is cyrb53 as its author publishes it (bryc/code, jshash), in base 36", () => {
    // cyrb53's README: "a" -> 7929297801672961, "revenge" -> 4051478007546757, "revenue" ->
    // 8309097637345594 (one letter apart, far apart).
    expect(textId("a")).toBe((7929297801672961).toString(36));
    expect(textId("revenge")).toBe((4051478007546757).toString(36));
    expect(textId("revenue")).toBe((8309097637345594).toString(36));
  });

  it("differs when a number in the paragraph does (a page with new figures is new)", () => {
    expect(textId("The run costs $30.8M.")).not.toBe(textId("The run costs $31.2M."));
  });
});

describe("the text read", () => {
  it("is known to the next run (a new page's record), and holds no story text", () => {
    const first = record();
    expect(first.seen(OPENING)).toBe(false);
    first.read([OPENING]);
    expect(first.seen(OPENING)).toBe(true);
    const next = record();
    expect(next.seen(OPENING)).toBe(true);
    expect(next.seen(LATER)).toBe(false);
    const stored = storage.peek(SEEN_KEY) ?? "";
    expect(JSON.parse(stored)).toEqual({ version: 1, texts: [textId(OPENING)] });
    expect(stored).not.toContain("carpet");
    expect(problems).toEqual([]);
  });

  it("is written once per new paragraph, not again for text already read", () => {
    const seen = record();
    seen.read([OPENING, OPENING]);
    seen.read([OPENING]);
    expect(storage.writes).toEqual([SEEN_KEY]);
    seen.read([OPENING, LATER]);
    expect(storage.writes).toEqual([SEEN_KEY, SEEN_KEY]);
  });

  it("from two tabs adds up rather than one writing over the other", () => {
    const tabA = record();
    const tabB = record();
    expect(tabB.seen(OPENING)).toBe(false);
    tabA.read([OPENING]);
    tabB.read([LATER]);
    const fresh = record();
    expect(fresh.seen(OPENING) && fresh.seen(LATER)).toBe(true);
  });

  it(`keeps the ${SEEN_LIMIT} paragraphs read last, forgetting the oldest`, () => {
    const seen = record();
    const texts = Array.from({ length: SEEN_LIMIT + 5 }, (_, i) => `Paragraph ${i}.`);
    seen.read(texts);
    const fresh = record();
    expect(JSON.parse(storage.peek(SEEN_KEY) ?? "").texts).toHaveLength(SEEN_LIMIT);
    expect(fresh.seen("Paragraph 4.")).toBe(false);
    expect(fresh.seen("Paragraph 5.")).toBe(true);
    expect(fresh.seen(`Paragraph ${SEEN_LIMIT + 4}.`)).toBe(true);
  });

  it("when damaged, is cleared and reported, not kept aside, and starts again with nothing marked", () => {
    storage.put(SEEN_KEY, '{"version":1,"texts":["<p>not an id</p>"]}');
    const seen = record();
    expect(seen.seen(OPENING)).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^The record of the story text you have read was damaged \(.+\), so it was cleared/,
    );
    // The few quarantine slots are for damaged saves: marks of text read take none.
    expect(storage.keys().some((k) => k.startsWith(QUARANTINE_PREFIX))).toBe(false);
    expect(storage.peek(SEEN_KEY)).toBeNull();
    seen.read([OPENING]);
    expect(record().seen(OPENING)).toBe(true);
    expect(problems).toHaveLength(1);
  });

  it("when damaged and it cannot be cleared, is left as it is, reported, and not written to", () => {
    const damaged = '{"version":1,"texts":[7]}';
    storage.put(SEEN_KEY, damaged);
    storage.failing.removeItem = securityError;
    const seen = record();
    seen.read([OPENING]);
    expect(seen.seen(OPENING)).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/is damaged \(.+\) and could not be cleared \(.+\)/);
    storage.heal();
    expect(storage.peek(SEEN_KEY)).toBe(damaged);
  });

  it("that cannot be read is left as it is, reported once, and marks this page's reading only", () => {
    storage.put(SEEN_KEY, JSON.stringify({ version: 1, texts: [textId(LATER)] }));
    storage.failing.getItem = () => new DOMException("Access is denied.", "SecurityError");
    const seen = record();
    expect(seen.seen(LATER)).toBe(false);
    seen.read([OPENING]);
    seen.read([LATER]);
    expect(seen.seen(OPENING)).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The record of the story text you have read cannot be read/);
    storage.heal();
    expect(JSON.parse(storage.peek(SEEN_KEY) ?? "").texts).toEqual([textId(LATER)]);
  });

  it("in a full storage stays marked for this page, and stops trying to write", () => {
    storage.failing.setItem = quotaError;
    const seen = record();
    seen.read([OPENING]);
    seen.read([LATER]);
    expect(seen.seen(OPENING) && seen.seen(LATER)).toBe(true);
    storage.heal();
    expect(storage.peek(SEEN_KEY)).toBeNull();
    expect(problems).toEqual([]);
  });
});
