/**
 * The story text this browser has shown, for marking what a player already read and skipping it
 * on the next run (the story panel's "Skip read text"). A paragraph is known by a 53-bit hash of
 * its words as shown, so the record holds no story text, a paragraph whose numbers differ from
 * the last run counts as new (it says something new), and one read in English is new in Chinese.
 *
 * The record keeps the last SEEN_LIMIT paragraphs read. A run shows about 275 (forty autoplayed
 * runs of every strategy showed 884 different ones: after the first few runs, each adds some ten,
 * their numbers new), so it holds the story read over hundreds of runs, in about 41 kB. It is
 * read again before each write, so two tabs add to it rather than write over each other.
 */
import * as v from "valibot";
import { persistText as t } from "../i18n/messages/persist";
import { type KeptTexts, loadKept } from "./kept";
import { SEEN_KEY } from "./keys";
import { boundedArray, nameFieldsOf } from "./schema";
import { writeKey } from "./storage";

/** Paragraphs remembered; the oldest read is forgotten first. */
export const SEEN_LIMIT = 3000;

/** A hash's digits: 53 bits in base 36 are at most 11. */
const ID = /^[0-9a-z]{1,11}$/;

const SeenSchema = v.strictObject({
  version: v.literal(1),
  texts: boundedArray(v.pipe(v.string(), v.regex(ID)), SEEN_LIMIT),
});
nameFieldsOf(SeenSchema);

const SEEN_TEXTS: KeptTexts = {
  unreadable: (p) => t("seenUnreadable", p),
  noCopy: (p) => t("seenNoCopy", p),
  // Not kept aside when damaged: marks of text read are not worth a slot a damaged save needs.
  aside: null,
  cleared: (p) => t("seenCleared", p),
};

/**
 * cyrb53 (bryc, public domain: github.com/bryc/code, jshash/experimental/cyrb53.js): two 32-bit
 * multiply-xorshift lanes folded to 53 bits. For 3,000 paragraphs the odds that two share a hash
 * are about 3000² / 2⁵⁴ ≈ 5e-10; with a 32-bit hash they would be about 1 in 1,000.
 */
export function textId(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What the story panel asks of the record (src/ui/StoryPanel.ts's SeenText). */
export class SeenRecord {
  private ids: Set<string> | null = null;
  private writable = true;

  /** `report`: shows the player what went wrong with the record (once per problem). */
  constructor(
    private readonly report: (problem: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this paragraph was shown before, in this run or an earlier one. */
  seen(text: string): boolean {
    return this.known().has(textId(text));
  }

  /** Remembers paragraphs as read, and keeps them at once (if the record can be written). */
  read(texts: readonly string[]): void {
    const ids = this.known();
    const fresh = [...new Set(texts.map(textId))].filter((id) => !ids.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) ids.add(id);
    if (!this.writable) return;
    // Another tab may have added to it since: keep theirs too.
    const stored = this.load();
    if (!this.writable) return;
    const merged = [...new Set([...stored, ...ids])].slice(-SEEN_LIMIT);
    const written = writeKey(SEEN_KEY, JSON.stringify({ version: 1, texts: merged }));
    // A full storage keeps the marks for this page's life; the save matters more than they do.
    if (!written.ok) this.writable = false;
    this.ids = new Set(merged);
  }

  private known(): Set<string> {
    this.ids ??= new Set(this.load());
    return this.ids;
  }

  private load(): string[] {
    const loaded = loadKept(SEEN_KEY, SeenSchema, SEEN_TEXTS, this.now());
    if (loaded.problem) this.report(loaded.problem);
    this.writable &&= loaded.writable;
    return loaded.value?.texts ?? [];
  }
}
