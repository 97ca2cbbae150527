/**
 * A compact binary form of a code's JSON payload, written in capitals and digits (run codes from
 * version 2, src/persist/code.ts): about a third as long as lz-string's text of the same JSON, and
 * made only of characters a QR code's alphanumeric mode holds (5.5 bits each against 8 for a
 * lowercase letter), so the QR code of a run link stays small enough to scan (src/ui/qr.ts).
 *
 * The bits are read five at a time as characters of ALPHABET (the last group padded with zeros).
 * The payload is a JSON tree; each value is a type (a prefix code: the commonest, a small whole
 * number such as a story choice, takes one bit) and its contents. Counts are varints: groups of
 * a few bits, each followed by a bit saying whether another group follows.
 *
 * | type      | value and contents                                                               |
 * | --------- | -------------------------------------------------------------------------------- |
 * | `0`       | a whole number 0-3, in 2 bits                                                    |
 * | `10`      | an array: its length (4-bit groups), then its items                              |
 * | `1100`    | a string: k (5-bit groups); k even: WORDS[k / 2]; k = 4n + 1: n code points      |
 * |           | (7-bit groups each); k = 4n + 3: n characters of 0-9a-z, 6 bits each             |
 * | `1101`    | a number ±m x 10^e: sign, m's length in 6 bits, m, e zigzagged (3-bit groups)    |
 * | `1110`    | an object: its keys of WORDS as gaps between indices (ascending) with values,    |
 * |           | then any other keys as strings with values                                       |
 * | `11110`   | a number as its 64 bits (IEEE 754), where m x 10^e would be longer              |
 * | `111110`  | a repeat: the index (as many bits as the table needs) of an earlier value        |
 * |           | written out whole in REPEAT_BITS or more: a plan committed twice, a number the   |
 * |           | Data Mix and the Model Designer share                                            |
 * | `111111`  | then 2 bits: `00` false, `01` true, `10` null                                    |
 *
 * As in JSON.stringify, an object's entries whose value is undefined are left out and an array's
 * undefined items are null. Every number is written exactly (m x 10^e only when it reads back as the same double), so a
 * payload unpacks to the JSON it was packed from, an object's keys possibly in another order (a
 * code's objects are patches, whose order does not matter). Reading is bounded: a count larger
 * than the bits left is refused before anything is allocated, nesting stops at MAX_DEPTH, and
 * repeats count towards the cap on what a code may unpack to, so a short code cannot stand for a
 * large payload (what LZ allowed: src/persist/unpack.ts).
 */

/**
 * The words a payload names by index: the screens' code tags, every plan field a patch may name
 * and common string values. Append only, fixed forever: a code made today must unpack the same
 * after fields are added (test/unit/pack.test.ts pins the list's start and checks every field a
 * code can hold is here; a string that is not is written out, which is longer but still exact).
 */
export const WORDS: readonly string[] = Object.freeze([
  // The decision tags (src/persist/code.ts) and the screens' tuple tags (src/screens/*/screen.ts).
  "f",
  "d",
  "m",
  "s",
  "p",
  "a",
  // String values the plans hold.
  "Next model",
  "dense",
  "moe",
  "mha",
  "gqa",
  "mqa",
  "none",
  "selective",
  "full",
  "fp16",
  "bf16",
  "int8",
  "int4",
  "static",
  "continuous",
  "GPT-3",
  "GPT-3.5",
  "GPT-4",
  "GPT-3.5 serving",
  "GPT-4 serving",
  // The Model Designer's fields (TRAINING_LEAVES).
  "name",
  "architecture",
  "layers",
  "dModel",
  "heads",
  "headDim",
  "attention",
  "gqaGroups",
  "vocab",
  "experts",
  "topK",
  "expertParams",
  "sharedParams",
  "mlpRatio",
  "gatedMlp",
  "flashAttention",
  "context.startTokens",
  "context.finalTokens",
  "context.finalShare",
  "batch.startTokens",
  "batch.finalTokens",
  "batch.rampShare",
  "parallel.tensor",
  "parallel.pipeline",
  "parallel.microbatchSequences",
  "parallel.interleave",
  "parallel.expertParallel",
  "parallel.sequenceParallel",
  "parallel.zeroStage",
  "parallel.recompute",
  "data.sources.web.uniqueTokens",
  "data.sources.web.epochs",
  "data.sources.books_licensed.uniqueTokens",
  "data.sources.books_licensed.epochs",
  "data.sources.books_shadow.uniqueTokens",
  "data.sources.books_shadow.epochs",
  "data.sources.papers_arxiv.uniqueTokens",
  "data.sources.papers_arxiv.epochs",
  "data.sources.papers_scihub.uniqueTokens",
  "data.sources.papers_scihub.epochs",
  "data.sources.code_github.uniqueTokens",
  "data.sources.code_github.epochs",
  "data.sources.audio_transcribed.uniqueTokens",
  "data.sources.audio_transcribed.epochs",
  "data.sources.image_text.uniqueTokens",
  "data.sources.image_text.epochs",
  // The Data Mix's fields (DATA_LEAVES).
  "sources.web.uniqueTokens",
  "sources.web.epochs",
  "sources.books_licensed.uniqueTokens",
  "sources.books_licensed.epochs",
  "sources.books_shadow.uniqueTokens",
  "sources.books_shadow.epochs",
  "sources.papers_arxiv.uniqueTokens",
  "sources.papers_arxiv.epochs",
  "sources.papers_scihub.uniqueTokens",
  "sources.papers_scihub.epochs",
  "sources.code_github.uniqueTokens",
  "sources.code_github.epochs",
  "sources.audio_transcribed.uniqueTokens",
  "sources.audio_transcribed.epochs",
  "sources.image_text.uniqueTokens",
  "sources.image_text.epochs",
  // The Serving Lab's fields (SERVING_LEAVES; its "name" is above).
  "model.name",
  "model.architecture",
  "model.layers",
  "model.dModel",
  "model.heads",
  "model.headDim",
  "model.attention",
  "model.gqaGroups",
  "model.vocab",
  "model.experts",
  "model.topK",
  "model.expertParams",
  "model.sharedParams",
  "model.mlpRatio",
  "model.gatedMlp",
  "model.capability",
  "precision",
  "batching",
  "gpusPerReplica",
  "maxBatch",
  "contextTokens",
  "speculative.enabled",
  "speculative.draftParams",
  "speculative.draftTokens",
  "speculative.threshold",
]);
const WORD_INDEX = new Map(WORDS.map((w, i) => [w, i]));
/** A value written out whole in this many bits or more may be repeated by its index. */
const REPEAT_BITS = 16;

/** The text's alphabet: 32 of the characters a QR code's alphanumeric mode holds. */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
const DIGIT = new Map([...ALPHABET].map((ch, i) => [ch, i]));
/** A string of only these is written six bits a character (a story build: "tli5wh"). */
const LOWER = "0123456789abcdefghijklmnopqrstuvwxyz";
/** Deepest nesting read (a payload nests three deep; a hostile one could nest thousands). */
const MAX_DEPTH = 8;

class Bits {
  readonly out: number[] = [];
  put(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.out.push(Math.floor(value / 2 ** i) % 2);
  }
  /** A whole number in groups of `group` bits, each followed by a bit saying whether more come. */
  varint(value: number, group: number): void {
    const size = 2 ** group;
    const groups: number[] = [];
    let rest = value;
    do {
      groups.push(rest % size);
      rest = Math.floor(rest / size);
    } while (rest > 0);
    groups.forEach((g, i) => {
      this.put(g, group);
      this.put(i < groups.length - 1 ? 1 : 0, 1);
    });
  }
}

/** A number as sign, m and e with value = ±m x 10^e, when that reads back as the same number. */
function decimalOf(x: number): { negative: boolean; m: number; e: number } | null {
  const negative = x < 0 || Object.is(x, -0);
  const text = String(Math.abs(x));
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) return null;
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  let digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  let e = Number(match[3] ?? 0) - fraction.length;
  while (digits.length > 1 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    e += 1;
  }
  const m = Number(digits);
  if (!Number.isSafeInteger(m) || Math.abs(e) > 400) return null;
  if (Number(`${negative ? "-" : ""}${digits}e${e}`) !== x) return null;
  return { negative, m, e };
}

const bitLength = (n: number) => (n === 0 ? 0 : Math.floor(Math.log2(n)) + 1);

function putNumber(bits: Bits, x: number): void {
  if (!Number.isFinite(x)) throw new Error("a code holds finite numbers only");
  if (Number.isInteger(x) && x >= 0 && x <= 3) {
    bits.put(0, 1);
    bits.put(x, 2);
    return;
  }
  const d = decimalOf(x);
  // sign + 6-bit length + m + e (zigzag, 3-bit groups): under the 64 bits of a double?
  if (d && 1 + 6 + bitLength(d.m) + 8 < 69) {
    bits.put(0b1101, 4);
    bits.put(d.negative ? 1 : 0, 1);
    const length = bitLength(d.m);
    bits.put(length, 6);
    bits.put(d.m, length);
    bits.varint(d.e >= 0 ? 2 * d.e : -2 * d.e - 1, 3);
    return;
  }
  bits.put(0b11110, 5);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  for (let i = 0; i < 8; i++) bits.put(view.getUint8(i), 8);
}

function putString(bits: Bits, s: string): void {
  bits.put(0b1100, 4);
  const word = WORD_INDEX.get(s);
  if (word !== undefined) {
    bits.varint(2 * word, 5);
    return;
  }
  if (/^[0-9a-z]+$/.test(s)) {
    bits.varint(4 * s.length + 3, 5);
    for (const ch of s) bits.put(LOWER.indexOf(ch), 6);
    return;
  }
  const points = [...s].map((ch) => ch.codePointAt(0) ?? 0);
  bits.varint(4 * points.length + 1, 5);
  for (const point of points) bits.varint(point, 7);
}

/** A value's key among earlier ones: its JSON with object keys sorted. */
function keyOf(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(keyOf).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Bits a table index takes when the table holds `n` values. */
const indexWidth = (n: number) => (n <= 1 ? 0 : bitLength(n - 1));

class Writer {
  readonly bits = new Bits();
  /** Values written out whole in REPEAT_BITS or more, by key, in the order they ended. */
  private readonly table = new Map<string, number>();

  value(value: unknown): void {
    const key = keyOf(value);
    const earlier = this.table.get(key);
    if (earlier !== undefined) {
      this.bits.put(0b111110, 6);
      this.bits.put(earlier, indexWidth(this.table.size));
      return;
    }
    const start = this.bits.out.length;
    this.whole(value);
    if (this.bits.out.length - start >= REPEAT_BITS) this.table.set(key, this.table.size);
  }

  private whole(value: unknown): void {
    const bits = this.bits;
    if (typeof value === "number") putNumber(bits, value);
    else if (typeof value === "string") putString(bits, value);
    else if (typeof value === "boolean") bits.put(value ? 0b11111101 : 0b11111100, 8);
    else if (value === null || value === undefined) bits.put(0b11111110, 8);
    else if (Array.isArray(value)) {
      bits.put(0b10, 2);
      bits.varint(value.length, 4);
      for (const item of value) this.value(item);
    } else if (typeof value === "object") this.object(value);
    else throw new Error(`a code cannot hold ${typeof value}`);
  }

  private object(value: object): void {
    const bits = this.bits;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const known = entries
      .filter(([k]) => WORD_INDEX.has(k))
      .sort(([a], [b]) => (WORD_INDEX.get(a) ?? 0) - (WORD_INDEX.get(b) ?? 0));
    const other = entries.filter(([k]) => !WORD_INDEX.has(k));
    bits.put(0b1110, 4);
    bits.varint(known.length, 3);
    let last = -1;
    for (const [k, v] of known) {
      const index = WORD_INDEX.get(k) ?? 0;
      bits.varint(index - last - 1, 3);
      last = index;
      this.value(v);
    }
    bits.varint(other.length, 3);
    for (const [k, v] of other) {
      putString(bits, k);
      this.value(v);
    }
  }
}

/** A JSON payload as capitals and digits (ALPHABET). */
export function packPayload(payload: unknown): string {
  const writer = new Writer();
  writer.value(payload);
  const b = writer.bits.out;
  let text = "";
  for (let i = 0; i < b.length; i += 5) {
    let digit = 0;
    for (let j = 0; j < 5; j++) digit = digit * 2 + (b[i + j] ?? 0);
    text += ALPHABET[digit];
  }
  return text;
}

/** What a text unpacks to: the payload and its size as JSON, or why not. */
export type Unpacked =
  | { ok: true; value: unknown; chars: number }
  /** `chars`: how much was unpacked before stopping (the work done). */
  | { ok: false; why: "damaged" | "too-big"; chars: number };

class Damaged extends Error {}
const damaged = (): never => {
  throw new Damaged();
};
class TooBig extends Error {}

class Reader {
  private at = 0;
  /** The values read whole in REPEAT_BITS or more, and their size as JSON. */
  private readonly table: { value: unknown; chars: number }[] = [];
  /** Characters of JSON unpacked so far, repeats counted each time. */
  chars = 0;

  constructor(
    private readonly bits: Uint8Array,
    private readonly maxChars: number,
  ) {}

  get left(): number {
    return this.bits.length - this.at;
  }

  take(count: number): number {
    if (count > this.left) throw new Damaged();
    let value = 0;
    for (let i = 0; i < count; i++) value = value * 2 + (this.bits[this.at++] ?? 0);
    return value;
  }

  varint(group: number): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      value += this.take(group) * scale;
      scale *= 2 ** group;
      if (scale > 2 ** 53) throw new Damaged();
      if (this.take(1) === 0) return value;
    }
  }

  /** Trailing bits: fewer than a character's five, all zero. */
  get clean(): boolean {
    return this.left < 5 && this.bits.subarray(this.at).every((b) => b === 0);
  }

  /** Counts what is about to be unpacked, refusing it (undone) past the cap. */
  private count(chars: number): void {
    if (this.chars + chars > this.maxChars) throw new TooBig();
    this.chars += chars;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Damaged();
    const start = this.at;
    const value = this.whole(depth);
    if (value === REPEAT) {
      const index = this.take(indexWidth(this.table.length));
      const earlier = this.table[index];
      if (!earlier) throw new Damaged();
      this.count(earlier.chars);
      return structuredClone(earlier.value);
    }
    if (this.at - start >= REPEAT_BITS) {
      const chars = JSON.stringify(value).length;
      this.table.push({ value, chars });
    }
    return value;
  }

  private string(): string {
    const k = this.varint(5);
    if (k % 2 === 0) {
      const word = WORDS[k / 2];
      if (word === undefined) throw new Damaged();
      this.count(word.length + 2);
      return word;
    }
    const lower = k % 4 === 3;
    const length = (k - (lower ? 3 : 1)) / 4;
    if (length * (lower ? 6 : 8) > this.left) throw new Damaged();
    let s = "";
    for (let i = 0; i < length; i++) {
      if (!lower) s += String.fromCodePoint(this.varint(7));
      else s += LOWER.charAt(this.take(6)) || damaged();
    }
    this.count(s.length + 2);
    return s;
  }

  private whole(depth: number): unknown {
    if (this.take(1) === 0) {
      this.count(1);
      return this.take(2);
    }
    if (this.take(1) === 0) {
      const length = this.varint(4);
      // Every item takes at least three bits.
      if (length * 3 > this.left) throw new Damaged();
      this.count(2 + length);
      return Array.from({ length }, () => this.value(depth + 1));
    }
    const kind = this.take(2);
    if (kind === 0b00) return this.string();
    if (kind === 0b01) {
      const negative = this.take(1) === 1;
      const length = this.take(6);
      if (length > 53) throw new Damaged();
      const m = this.take(length);
      const z = this.varint(3);
      const e = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      const x = Number(`${negative ? "-" : ""}${m}e${e}`);
      if (!Number.isFinite(x)) throw new Damaged();
      this.count(String(x).length);
      return x;
    }
    if (kind === 0b10) return this.object(depth);
    if (this.take(1) === 0) {
      const view = new DataView(new ArrayBuffer(8));
      for (let i = 0; i < 8; i++) view.setUint8(i, this.take(8));
      const x = view.getFloat64(0);
      if (!Number.isFinite(x)) throw new Damaged();
      this.count(String(x).length);
      return x;
    }
    if (this.take(1) === 0) return REPEAT;
    const last = this.take(2);
    if (last === 0b11) throw new Damaged();
    this.count(last === 0b10 ? 4 : 5);
    return last === 0b10 ? null : last === 0b01;
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const count = this.varint(3);
    // Every entry takes at least seven bits (a key's gap, a value).
    if (count * 7 > this.left) throw new Damaged();
    this.count(2);
    let last = -1;
    for (let i = 0; i < count; i++) {
      last += this.varint(3) + 1;
      const key = WORDS[last];
      if (key === undefined) throw new Damaged();
      this.count(key.length + 4);
      define(out, key, this.value(depth + 1));
    }
    const others = this.varint(3);
    if (others * 10 > this.left) throw new Damaged();
    for (let i = 0; i < others; i++) {
      if (this.take(4) !== 0b1100) throw new Damaged();
      const key = this.string();
      if (Object.hasOwn(out, key)) throw new Damaged();
      this.count(2);
      define(out, key, this.value(depth + 1));
    }
    return out;
  }
}

const REPEAT = Symbol("repeat");

/** An own property, whatever its name ("__proto__" included, as JSON.parse makes it). */
function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The payload of a text packPayload wrote, unpacking at most `maxChars` characters' worth of JSON
 * (a repeat counts each time it is read); anything else is damaged.
 */
export function unpackPayload(text: string, maxChars: number): Unpacked {
  const bits = new Uint8Array(text.length * 5);
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT.get(text.charAt(i));
    if (digit === undefined) return { ok: false, why: "damaged", chars: 0 };
    for (let j = 0; j < 5; j++) bits[i * 5 + j] = (digit >> (4 - j)) & 1;
  }
  const reader = new Reader(bits, maxChars);
  try {
    const value = reader.value(0);
    return reader.clean
      ? { ok: true, value, chars: reader.chars }
      : { ok: false, why: "damaged", chars: reader.chars };
  } catch (err) {
    if (err instanceof TooBig) return { ok: false, why: "too-big", chars: reader.chars };
    return { ok: false, why: "damaged", chars: reader.chars };
  }
}
