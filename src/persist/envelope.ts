/**
 * The envelope every code shares (run codes, src/persist/code.ts; lab codes, src/lab/code.ts):
 * `<version>.` + lz-string's URI-safe compression of a JSON payload. Opening one checks, in this
 * order and before any work the input could inflate: that it is a non-empty string, its length,
 * its shape, its version, what it unpacks to (capped: see unpack.ts) and that the result parses.
 * Each refusal is a sentence in the player's words, naming the kind of code.
 */
import LZString from "lz-string";
import { persistText as t } from "../i18n/messages/persist";
import type { Decoded } from "./patch";
import { unpackCode } from "./unpack";

export interface CodeKind {
  /**
   * "run" or "lab": the messages say "This run code …" (the catalogue names the two kinds in each
   * language; another kind is named in English from these fields).
   */
  readonly name: string;
  readonly version: number;
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
  return `${kind.version}.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
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
    return { ok: false, message: t("codeMalformed", { code: name }) };
  }
  const version = Number(match[1]);
  if (version !== kind.version) {
    return {
      ok: false,
      message: t("codeVersion", { code: name, version, reads: kind.version }),
    };
  }
  const unpacked = unpackCode(match[2] ?? "", kind.maxUnpackedChars);
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
