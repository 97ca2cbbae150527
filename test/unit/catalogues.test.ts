/**
 * Every message catalogue (src/i18n/messages/*.ts) speaks Chinese in its Chinese table: each
 * message, with sample values put in, either contains Chinese or is a name, an acronym or a value
 * on its own (no English sentence left on a Chinese screen). The English tables are today's text,
 * which the rest of the tests pin.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUES } from "../../src/i18n";
import { loadLanguage } from "../../src/i18n/load";

// Every catalogue, loaded the way the game loads them (each registers itself).
const modules = import.meta.glob("../../src/i18n/messages/*.ts", { eager: true });

/** Sample parameters: any field reads as "7" (a number-like string works for counts and labels). */
const sample = new Proxy(
  {},
  {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => "7" : "7"),
  },
);

function rendered(message: unknown): string | null {
  if (typeof message === "string") return message;
  if (typeof message !== "function") return null;
  try {
    return String(message(sample, sample, sample));
  } catch {
    // A message that needs a real value (a list, a number's method) is checked by its own tests.
    return null;
  }
}

/** Four English words in a row: a sentence, not a name or an acronym. */
const ENGLISH_SENTENCE = /[A-Za-z']{2,}(?:[\s,]+[A-Za-z']{2,}){3,}/;

beforeAll(() => loadLanguage("zh-CN"));

describe("message catalogues", () => {
  it("are all loaded, each under its own name", () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    const names = CATALOGUES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    // Each with its Chinese table, key for key (the compiler checks the types; this, the names).
    for (const { name, tables } of CATALOGUES) {
      expect(Object.keys(tables["zh-CN"] ?? {}).sort(), name).toEqual(
        Object.keys(tables.en).sort(),
      );
    }
  });

  it("have Chinese in every Chinese message that is a sentence", () => {
    const left: string[] = [];
    for (const { name, tables } of CATALOGUES) {
      for (const [key, message] of Object.entries(tables["zh-CN"] ?? {})) {
        const text = rendered(message);
        if (text === null) continue;
        if (ENGLISH_SENTENCE.test(text) && !/[\u3400-\u9fff]/.test(text)) {
          left.push(`${name}.${key}: ${text}`);
        }
      }
    }
    expect(left).toEqual([]);
  });
});
