import { describe, expect, it } from "vitest";
import { typedNumbers } from "./play";
import { SOURCE_FACTS } from "./source-facts";

// The checker behind "print only source facts and numbers the sim formatted in that run": it
// must be able to fail.
describe("typedNumbers: the prose's number check", () => {
  it("fails a number typed by hand, with no sim string to vouch for it", () => {
    expect(typedNumbers("The run takes 8 days.", [])).toEqual(["8"]);
    expect(typedNumbers("The run takes 8 days.", new Set(["10,000 GPUs", "54%"]))).toEqual(["8"]);
  });

  it("passes a number inside a whole string the sim formatted in the run", () => {
    expect(typedNumbers("the run takes 94 days", new Set(["94 days"]))).toEqual([]);
    expect(
      typedNumbers("It serves at $3.82 / M tokens, 2.9x cheaper.", [
        "$3.82 / M tokens",
        "2.9x cheaper",
      ]),
    ).toEqual([]);
  });

  it("fails a number that is only part of a different sim string", () => {
    // "4" is a substring of "94 days", but "94 days" is not in this passage.
    expect(typedNumbers("Call it 4.", new Set(["94 days"]))).toEqual(["4"]);
    // A sim string inside a longer number vouches for nothing: "94 days" is not "194 days".
    expect(typedNumbers("the run takes 194 days", ["94 days"])).toEqual(["194"]);
    // Nor does a bare sim number vouch for a digit of a longer one.
    expect(typedNumbers("the run takes 94 days", ["4"])).toEqual(["94"]);
    expect(typedNumbers("a window of 4,096 tokens, or 4.5", ["4"])).toEqual(["4.5"]);
  });

  it("checks each number of a passage on its own", () => {
    expect(typedNumbers("94 days on 8 GPUs, then 94 days more", ["94 days"])).toEqual(["8"]);
  });

  it("passes the source's facts written with their unit or context", () => {
    expect(typedNumbers("16 experts of 111B", [])).toEqual([]);
    expect(typedNumbers("16 experts of 111B parameters each, plus 55B shared", [])).toEqual([]);
    expect(typedNumbers("About 1,831B in all; 277B active, call it 280B.", [])).toEqual([]);
    expect(typedNumbers("GPT-3 reads 2,048 tokens; GPT-3.5 and GPT-4 read more.", [])).toEqual([]);
    expect(typedNumbers("It is September 2021. At 3:12 a.m. my phone lights up.", [])).toEqual([]);
    expect(typedNumbers("25,000 A100s, then H100s", ["25,000"])).toEqual([]);
    expect(typedNumbers("The real lesson of 3.5 is in the curves.", [])).toEqual([]);
  });

  it("fails a source number used outside its phrase", () => {
    expect(typedNumbers("The run takes 16 days.", [])).toEqual(["16"]);
    expect(typedNumbers("We need 8 more nodes and 10 more weeks.", [])).toEqual(["8", "10"]);
    expect(typedNumbers("It trained for 3.5 days at 3.5x the cost.", [])).toEqual(["3.5", "3.5"]);
    // "8k" is the source's context; "128k" is not, and neither is a 16 hidden in "116 experts".
    expect(typedNumbers("a 128k window and 116 experts", [])).toEqual(["128", "116"]);
    expect(typedNumbers("GPT-5 at $3.5 / M tokens", [])).toEqual(["5", "3.5"]);
  });

  it("lists every fact as a phrase or a pattern, never a bare number", () => {
    for (const fact of SOURCE_FACTS) {
      const text = typeof fact === "string" ? fact : fact.source;
      expect(text, String(fact)).not.toMatch(/^[\d,.]+$/);
    }
  });
});
