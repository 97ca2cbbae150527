/**
 * Loading a language (apart from index.ts, so that the catalogues, which import index.ts, and the
 * Chinese tables, which name the catalogues' types, make no cycle through the dynamic import).
 */
import { installTables, isLoaded, type Language, setLanguage } from "./index";

/**
 * Loads a language's tables into every catalogue (English is always there). The Chinese tables
 * are one chunk of their own, fetched only by a page that speaks Chinese: an English page never
 * downloads them. Call before setLanguage.
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || isLoaded(language)) return;
  const { CHINESE_TABLES } = await import("./messages/zh-CN/index");
  installTables(language, CHINESE_TABLES);
}

/** loadLanguage, then setLanguage: what the page and the scripts call. */
export async function useLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  setLanguage(language);
}
