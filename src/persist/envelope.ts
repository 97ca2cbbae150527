/**
 * The envelope every code shares (run codes, src/persist/code.ts; lab codes, src/lab/code.ts):
 * `<version>.` + a JSON payload, packed as its version says: `"lz"`, lz-string's URI-safe
 * compression of the JSON text (run codes' version 1, lab codes), or `"packed"`, the binary form in
 * capitals and digits of src/persist/pack.ts (run codes from version 2). A kind reads each version
 * it has a format for, so old links keep opening. Opening one checks, in this order and before any
 * work the input could inflate: that it is a non-empty string, its length, its shape, its version,
 * what it unpacks to (capped: see unpack.ts and pack.ts) and that the result parses. Each refusal
 * is a sentence in the player's words, naming the kind of code.
 */
import LZString from "lz-string";
import { persistText as t } from "../i18n/messages/persist";
import { packPayload, unpackPayload } from "./pack";
import type { Decoded } from "./patch";
import { unpackCode } from "./unpack";

/** How a version's text holds its payload (see the header). */
export type CodeFormat = "lz" | "packed";

export interface CodeKind {
  /**
   * "run" or "lab": the messages say "This run code …" (the catalogue names the two kinds in each
   * language; another kind is named in English from these fields).
   */
  readonly name: string;
  /** The version written. */
  readonly version: number;
  /** The format of each version read, the one written included. */
  readonly formats: Readonly<Record<number, CodeFormat>>;
  /** How a code of the version written starts, for the message about text that is not one. */
  readonly looksLike: string;
  /** Longest code accepted (characters). */
  readonly maxLength: number;
  /** Most characters it may unpack to. */
  readonly maxUnpackedChars: number;
  /** What makes such codes, for the length message: "a run of this game" makes codes of at most… */
  readonly maker: string;
  /** What it holds, for the size message: "more than any run of this game holds". */
  readonly holder: string;
}

/** How the messages name a kind of code, what makes such codes and what it holds. */
function wordsOf(kind: CodeKind): { code: string; maker: string; holder: string } {
  if (kind.name === "run")
    return { code: t("runCode"), maker: t("runMaker"), holder: t("runHolder") };
  if (kind.name === "lab")
    return { code: t("labCode"), maker: t("labMaker"), holder: t("labHolder") };
  return { code: `${kind.name} code`, maker: kind.maker, holder: kind.holder };
}

/** The code of a payload (no `#run=` or `#lab=`). */
export function sealCode(kind: CodeKind, payload: unknown): string {
  const text =
    kind.formats[kind.version] === "packed"
      ? packPayload(payload)
      : LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  return `${kind.version}.${text}`;
}

/** The versions a kind reads, oldest and newest. */
function versionsRead(kind: CodeKind): { oldest: number; newest: number } {
  const versions = Object.keys(kind.formats).map(Number);
  return { oldest: Math.min(...versions), newest: Math.max(...versions) };
}

/** The payload of a code, parsed but not yet validated; `work` counts what was unpacked. */
export function openCode(
  kind: CodeKind,
  code: unknown,
  work: { unpackedChars: number },
): Decoded<unknown> {
  const words = wordsOf(kind);
  const name = words.code;
  const n = (x: number) => x.toLocaleString("en-US");
  if (typeof code !== "string" || code.trim() === "") {
    return { ok: false, message: t("codeEmpty", { code: name }) };
  }
  const trimmed = code.trim();
  if (trimmed.length > kind.maxLength) {
    return {
      ok: false,
      message: t("codeTooLong", {
        code: name,
        length: n(trimmed.length),
        maker: words.maker,
        max: n(kind.maxLength),
      }),
    };
  }
  const match = /^(\d{1,4})\.([A-Za-z0-9+$-]+)$/.exec(trimmed);
  if (!match) {
    return { ok: false, message: t("codeMalformed", { code: name, start: kind.looksLike }) };
  }
  const version = Number(match[1]);
  const format = Object.hasOwn(kind.formats, version) ? kind.formats[version] : undefined;
  if (!format) {
    return {
      ok: false,
      message: t("codeVersion", { code: name, version, ...versionsRead(kind) }),
    };
  }
  const text = match[2] ?? "";
  if (format === "packed") {
    const unpacked = unpackPayload(text, kind.maxUnpackedChars);
    work.unpackedChars += unpacked.chars;
    if (unpacked.ok) return { ok: true, value: unpacked.value };
    return unpacked.why === "too-big"
      ? {
          ok: false,
          message: t("codeTooBig", {
            code: name,
            max: n(kind.maxUnpackedChars),
            holder: words.holder,
          }),
        }
      : { ok: false, message: t("codeNoUnpack", { code: name }) };
  }
  const unpacked = unpackCode(text, kind.maxUnpackedChars);
  work.unpackedChars += unpacked.chars;
  if (!unpacked.ok && unpacked.why === "too-big") {
    return {
      ok: false,
      message: t("codeTooBig", {
        code: name,
        max: n(kind.maxUnpackedChars),
        holder: words.holder,
      }),
    };
  }
  if (!unpacked.ok || unpacked.text === "") {
    return { ok: false, message: t("codeNoUnpack", { code: name }) };
  }
  try {
    return { ok: true, value: JSON.parse(unpacked.text) as unknown };
  } catch {
    return { ok: false, message: t("codeGarbled", { code: name }) };
  }
}

/** The hash fragment that carries a code of this kind: `#run=<code>`, `#lab=<code>`. */
export function hashOf(kind: CodeKind, code: string): string {
  return `#${kind.name}=${code}`;
}

/** The code of this kind in a location hash, if it has one (percent-escapes undone when valid). */
export function codeInHash(kind: CodeKind, hash: string): string | null {
  const prefix = `#${kind.name}=`;
  if (!hash.startsWith(prefix)) return null;
  const text = hash.slice(prefix.length);
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
