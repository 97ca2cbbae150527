import { describe, expect, it } from "vitest";
import type { Beat } from "../../src/story/director";
import { chapterOnPage, pageTitle } from "../../src/ui/pageTitle";

const beat = (...chapters: (number | null)[]): { beat: Beat } => ({
  beat: {
    passages: chapters.map((n) => ({
      text: "…",
      glossary: [],
      ...(n === null ? {} : { chapter: { number: n, title: `Part ${n}` } }),
    })),
    choices: [],
    pause: { kind: "page" },
  },
});

describe("pageTitle", () => {
  it("is the game's name alone on the title and loading screens", () => {
    expect(pageTitle({ screen: "title", chapter: null, ending: null })).toBe("If I Trained GPT-4");
    expect(pageTitle({ screen: "loading", chapter: null, ending: null })).toBe(
      "If I Trained GPT-4",
    );
  });

  it("names the chapter in the story and the screen with its chapter", () => {
    expect(pageTitle({ screen: "narrative", chapter: 1, ending: null })).toBe(
      "Chapter 1 · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "fleet", chapter: 3, ending: null })).toBe(
      "Fleet — Chapter 3 · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "data", chapter: 4, ending: null })).toBe(
      "Data Mix — Chapter 4 · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "serving", chapter: 6, ending: null })).toBe(
      "Serving Lab — Chapter 6 · If I Trained GPT-4",
    );
  });

  it("opened outside a chapter (exploring a screen before the first chapter tag), names the screen", () => {
    expect(pageTitle({ screen: "designer", chapter: null, ending: null })).toBe(
      "Model Designer · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "narrative", chapter: 0, ending: null })).toBe(
      "The story · If I Trained GPT-4",
    );
  });

  it("names the ending on the report, and the history", () => {
    expect(pageTitle({ screen: "ending", chapter: 9, ending: null })).toBe(
      "The end — Chapter 9 · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "report", chapter: 9, ending: "The 10x Turbo" })).toBe(
      "Report — The 10x Turbo · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "history", chapter: null, ending: null })).toBe(
      "Run history · If I Trained GPT-4",
    );
  });
});

describe("chapterOnPage", () => {
  it("is the last chapter opening shown, however far back", () => {
    expect(chapterOnPage([])).toBeNull();
    expect(chapterOnPage([beat(null, null)])).toBeNull();
    expect(chapterOnPage([beat(1, null), beat(null), beat(null, null)])).toBe(1);
    expect(chapterOnPage([beat(1), beat(null, 2, null), beat(null)])).toBe(2);
    expect(chapterOnPage([beat(1, 2)])).toBe(2);
  });
});
