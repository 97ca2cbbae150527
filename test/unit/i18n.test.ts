import { afterEach, describe, expect, it } from "vitest";
import {
  CATALOGUES,
  type Like,
  languageFromTags,
  messages,
  pickLanguage,
  setLanguage,
} from "../../src/i18n";
import { loadLanguage, useLanguage } from "../../src/i18n/load";
import { uiText } from "../../src/i18n/messages/ui";
import { tidySpaces } from "../../src/i18n/spacing";

afterEach(() => setLanguage("en"));

describe("message catalogues", () => {
  it("answer in the language set once its tables are loaded, whole sentences with their values", async () => {
    expect(uiText("chapterHeading", { n: 5, title: "GPT-4" })).toBe("Chapter 5: GPT-4");
    // The Chinese tables are a chunk of their own: a page must load them before it speaks Chinese.
    expect(() => setLanguage("zh-CN")).toThrow(/loadLanguage/);
    expect(uiText.tables["zh-CN"]).toBeNull();
    await loadLanguage("zh-CN");
    setLanguage("zh-CN");
    expect(uiText("chapterHeading", { n: 5, title: "GPT-4 的诞生" })).toBe("第 5 章：GPT-4 的诞生");
    // Every catalogue has its Chinese table now, with the English one's keys.
    for (const { name, tables } of CATALOGUES) {
      expect(Object.keys(tables["zh-CN"] ?? {}).sort(), name).toEqual(
        Object.keys(tables.en).sort(),
      );
    }
    setLanguage("en");
    expect(uiText("chapterHeading", { n: 5, title: "GPT-4" })).toBe("Chapter 5: GPT-4");
  });

  it("close the gap between two Chinese characters around a value, and only in Chinese", async () => {
    await useLanguage("zh-CN");
    expect(tidySpaces("训练要跑 24 天 的时间，用 8,000 张 GPU 训练")).toBe(
      "训练要跑 24 天的时间，用 8,000 张 GPU 训练",
    );
    expect(tidySpaces("It runs 24 days on 8,000 GPUs")).toBe("It runs 24 days on 8,000 GPUs");
  });

  it("hold the Chinese table to the English one, key for key", () => {
    const en = messages("types-only", {
      resume: "Resume",
      rewound: (p: { n: number }) => `${p.n}`,
    });
    // @ts-expect-error the Chinese table lacks "resume"
    const missing: Like<typeof en.tables.en> = { rewound: (p: { n: number }) => `${p.n}` };
    const extra: Like<typeof en.tables.en> = {
      resume: "继续",
      rewound: (p) => `${p.n}`,
      // @ts-expect-error a key the English table does not have
      more: "多余",
    };
    // @ts-expect-error a parameter the English message does not take
    en("resume", { n: 1 });
    expect([missing, extra].length).toBe(2);
  });

  it("pick Chinese for any zh browser language, else English", () => {
    expect(languageFromTags(["zh-TW", "en"])).toBe("zh-CN");
    expect(languageFromTags(["zh"])).toBe("zh-CN");
    expect(languageFromTags(["en-GB", "zh-CN"])).toBe("en");
    expect(languageFromTags(["fr-FR"])).toBe("en");
    expect(languageFromTags([])).toBe("en");
  });

  it("open in the address's language, else the saved one, else the browser's", () => {
    const browser = ["zh-CN", "en"];
    expect(pickLanguage({ search: "?lang=en", saved: "zh-CN", browser })).toBe("en");
    expect(pickLanguage({ search: "?lab&lang=zh-CN", saved: "en", browser: [] })).toBe("zh-CN");
    expect(pickLanguage({ search: "?lang=zh", saved: null, browser: [] })).toBe("zh-CN");
    expect(pickLanguage({ search: "", saved: "en", browser })).toBe("en");
    expect(pickLanguage({ search: "?lang=klingon", saved: null, browser })).toBe("zh-CN");
    expect(pickLanguage({ search: "", saved: null, browser: ["en-US"] })).toBe("en");
  });
});
