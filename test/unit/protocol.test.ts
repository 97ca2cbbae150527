import { describe, expect, it } from "vitest";
import { ProtocolError, parseTag } from "../../src/story/protocol";

describe("the story's tag protocol", () => {
  it("parses every tag the story may use", () => {
    expect(parseTag("chapter: 5 The Birth of GPT-4")).toEqual({
      kind: "chapter",
      number: 5,
      title: "The Birth of GPT-4",
    });
    expect(parseTag("screen: fleet")).toEqual({ kind: "screen", screen: "fleet" });
    expect(parseTag(" advance: 2022-03 ")).toEqual({ kind: "advance", month: "2022-03" });
    expect(parseTag("event: chatgpt_launch")).toEqual({ kind: "event", event: "chatgpt_launch" });
    expect(parseTag("music: tense")).toEqual({ kind: "music", track: "tense" });
    expect(parseTag("sfx: alert")).toEqual({ kind: "sfx", cue: "alert" });
    expect(parseTag("ending: turbo")).toEqual({ kind: "ending", ending: "turbo" });
    expect(parseTag("glossary: MoE, KV cache")).toEqual({
      kind: "glossary",
      terms: ["MoE", "KV cache"],
    });
    expect(parseTag("page")).toEqual({ kind: "page" });
    expect(parseTag("hint: Drag the split: commit when ready.")).toEqual({
      kind: "hint",
      text: "Drag the split: commit when ready.",
    });
    expect(parseTag("decide: refuse_source books_shadow")).toEqual({
      kind: "decide",
      decision: "refuse_source",
      value: "books_shadow",
    });
  });

  it("rejects unknown tags and malformed values instead of ignoring them", () => {
    expect(() => parseTag("scren: fleet")).toThrow(ProtocolError);
    expect(() => parseTag("screen: cockpit")).toThrow(/not one of fleet/);
    expect(() => parseTag("advance: March 2022")).toThrow(/2022-03/);
    expect(() => parseTag("music: disco")).toThrow(ProtocolError);
    expect(() => parseTag("chapter: The Birth")).toThrow(/N Title/);
    expect(() => parseTag("glossary:")).toThrow(ProtocolError);
    expect(() => parseTag("decide: attention")).toThrow(/decision value/);
  });
});
