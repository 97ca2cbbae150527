import { afterEach, describe, expect, it } from "vitest";
import { languageFromTags, messages, pickLanguage, setLanguage } from "../../src/i18n";

const text = messages("test", {
  en: {
    resume: "Resume",
    rewound: (p: { n: number }) =>
      p.n === 1 ? "Rewound one decision." : `Rewound ${p.n} decisions.`,
  },
  "zh-CN": {
    resume: "继续",
    rewound: (p: { n: number }) => `已撤回 ${p.n} 个决定。`,
  },
});

afterEach(() => setLanguage("en"));

describe("message catalogues", () => {
  it("answer in the language set, whole sentences with their values", () => {
    expect(text("resume")).toBe("Resume");
    expect(text("rewound", { n: 2 })).toBe("Rewound 2 decisions.");
    setLanguage("zh-CN");
    expect(text("resume")).toBe("继续");
    expect(text("rewound", { n: 2 })).toBe("已撤回 2 个决定。");
  });

  it("hold the Chinese table to the English one, key for key", () => {
    // @ts-expect-error the Chinese table lacks "resume"
    messages("t1", { en: { resume: "Resume" }, "zh-CN": {} });
    // @ts-expect-error a key the English table does not have
    messages("t2", { en: { resume: "Resume" }, "zh-CN": { resume: "继续", extra: "多余" } });
    // @ts-expect-error a parameter the English message does not take
    text("resume", { n: 1 });
    expect(true).toBe(true);
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
