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

// With the file's extension: the build's config loads this module (scripts/ending-pages.ts), and
// Vite's config loader asks for extensions.
import { tidySpaces } from "./spacing.ts";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name, written in that language (the language picker lists these). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  "zh-CN": "简体中文",
};

let current: Language = "en";
const loaded = new Set<Language>(["en"]);
/** The Chinese tables by catalogue name, once loaded. */
let chinese: Readonly<Record<string, Table>> | null = null;

/** Whether a language's tables are loaded (English always is). */
export function isLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** The language every catalogue answers in from now on. Its tables must be loaded (src/i18n/load.ts). */
export function setLanguage(language: Language): void {
  if (!loaded.has(language)) {
    throw new Error(
      `the ${language} tables are not loaded: call loadLanguage("${language}") first`,
    );
  }
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

/** The same keys with the same parameter lists as the English table (a Chinese table's type). */
export type Like<E extends Table> = {
  readonly [K in keyof E]: E[K] extends string ? string : E[K];
};

type Args<M> = M extends (...args: infer A) => string ? A : [];

/** A catalogue's tables: English always, Chinese once loaded (loadLanguage). */
interface Tables<E extends Table> {
  readonly en: E;
  "zh-CN": Like<E> | null;
}

/** A catalogue: `text("key")`, or `text("key", params)` for a message with parameters. */
export type Messages<E extends Table> = (<K extends keyof E & string>(
  key: K,
  ...args: Args<E[K]>
) => string) & {
  /** The tables themselves (tests read them: every Chinese message is Chinese). */
  readonly tables: Tables<E>;
};

/** Every catalogue defined so far, by the name its area gave it (tests walk them all). */
export const CATALOGUES: { name: string; tables: Tables<Table> }[] = [];

/**
 * Defines one area's catalogue from its English table. The Chinese table lives in
 * messages/zh-CN/<area>.ts, typed `Like<typeof en>` (every English key, no other, the same
 * parameters), and joins it when the page loads Chinese.
 */
export function messages<const E extends Table>(name: string, en: E): Messages<E> {
  // A catalogue first imported after Chinese loaded takes its table at once.
  const tables: Tables<E> = { en, "zh-CN": (chinese?.[name] as Like<E> | undefined) ?? null };
  CATALOGUES.push({ name, tables: tables as Tables<Table> });
  const text = <K extends keyof E & string>(key: K, ...args: Args<E[K]>): string => {
    const table = (current === "en" ? en : tables[current]) as Table;
    const message = table[key] ?? en[key];
    // A Chinese message spaces its values as it would Latin ones; a value may end in a Chinese
    // unit ("24 天"), so the gap between two Chinese characters closes (tidySpaces).
    if (typeof message === "function") {
      const out = message(...args);
      return current === "en" ? out : tidySpaces(out);
    }
    return message ?? key;
  };
  return Object.assign(text, { tables });
}

/**
 * Gives every catalogue a language's tables, by catalogue name (src/i18n/load.ts fetches them;
 * a catalogue defined later takes its table when it is defined). Throws on a catalogue the
 * tables lack, so a missing Chinese file is found at once, not as English on a Chinese page.
 */
export function installTables(
  language: Exclude<Language, "en">,
  byName: Readonly<Record<string, Table>>,
): void {
  chinese = byName;
  for (const catalogue of CATALOGUES) {
    const table = byName[catalogue.name];
    if (!table) throw new Error(`no ${language} table for the "${catalogue.name}" catalogue`);
    catalogue.tables[language] = table;
  }
  loaded.add(language);
}
