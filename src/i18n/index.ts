/**
 * The game's languages and its message catalogues (issue 13). Every sentence a player reads comes
 * from a catalogue: one per area of the code (src/i18n/messages/*.ts), each defined with
 * `messages({ en: {...}, "zh-CN": {...} })`, so the compiler holds the Chinese table to the English
 * one key for key, with the same parameters. Sentences are whole in each language: a message that
 * needs a value takes it as a parameter (`(p: { n: string }) => ...`), never as a fragment to glue.
 *
 * Pure: no DOM. The page sets the language once at start (src/main.ts, from `?lang=`, the saved
 * setting or the browser) before anything is drawn.
 */

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name, written in that language (the language picker lists these). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  "zh-CN": "简体中文",
};

let current: Language = "en";

/** The language every catalogue answers in from now on. */
export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a browser asks for: Chinese for any `zh` tag (Simplified is the only Chinese the
 * game has), else English.
 */
export function languageFromTags(tags: readonly string[]): Language {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    if (lower.startsWith("zh")) return "zh-CN";
    if (lower.startsWith("en")) return "en";
  }
  return "en";
}

/**
 * The language a page opens in: `?lang=zh-CN` or `?lang=en` in the address first (links), then
 * the player's saved choice, then the browser's languages.
 */
export function pickLanguage(from: {
  search: string;
  saved: Language | null;
  browser: readonly string[];
}): Language {
  const asked = new URLSearchParams(from.search).get("lang");
  if (isLanguage(asked)) return asked;
  if (asked?.toLowerCase().startsWith("zh")) return "zh-CN";
  if (asked?.toLowerCase().startsWith("en")) return "en";
  return from.saved ?? languageFromTags(from.browser);
}

/** A message: a whole sentence, or a function of its parameters that returns one. */
// biome-ignore lint/suspicious/noExplicitAny: a message's parameters are its own, checked per key
type Message = string | ((...args: any[]) => string);
type Table = Record<string, Message>;

/** The same keys with the same parameter lists as the English table. */
type Like<E extends Table> = { readonly [K in keyof E]: E[K] extends string ? string : E[K] };

type Args<M> = M extends (...args: infer A) => string ? A : [];

/** A catalogue: `text("key")`, or `text("key", params)` for a message with parameters. */
export type Messages<E extends Table> = (<K extends keyof E & string>(
  key: K,
  ...args: Args<E[K]>
) => string) & {
  /** The tables themselves (tests read them: every Chinese message is Chinese). */
  readonly tables: { readonly en: E; readonly "zh-CN": Like<E> };
};

/** Every catalogue defined so far, by the name its area gave it (tests walk them all). */
export const CATALOGUES: { name: string; tables: { en: Table; "zh-CN": Table } }[] = [];

/** Defines one area's catalogue. The Chinese table must have every English key, and no other. */
export function messages<const E extends Table>(
  name: string,
  tables: {
    en: E;
    // An object literal here may not add keys the English table lacks (excess property check).
    "zh-CN": Like<E>;
  },
): Messages<E> {
  CATALOGUES.push({ name, tables: tables as { en: Table; "zh-CN": Table } });
  const text = <K extends keyof E & string>(key: K, ...args: Args<E[K]>): string => {
    const table = (tables[current] ?? tables.en) as Table;
    const message = table[key] ?? tables.en[key];
    if (typeof message === "function") return message(...args);
    return message ?? key;
  };
  return Object.assign(text, { tables });
}
