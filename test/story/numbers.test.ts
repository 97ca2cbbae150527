import { describe, expect, it } from "vitest";
import { typedNumbers } from "./play";
import { SOURCE_FACTS } from "./source-facts";
import { ZH_SOURCE_FACTS } from "./source-facts.zh-CN";

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

  it("holds the Chinese telling to the same facts, as its prose writes them", () => {
    const zh = (text: string, sims: string[] = []) => typedNumbers(text, sims, ZH_SOURCE_FACTS);
    expect(zh("现在是 2021 年 9 月。凌晨 3:12，手机亮了。")).toEqual([]);
    expect(zh("保守方案：16 个专家，每个 111B 参数，另加 55B 共享参数。总计约 1,831B。")).toEqual(
      [],
    );
    expect(zh("它付的账是 2 乘 111 再加 55：277B 激活参数。")).toEqual([]);
    expect(zh("第 5 章：GPT-4 的诞生")).toEqual([]);
    expect(zh("3.5 真正的教训")).toEqual([]);
    // A source number outside its phrase, a typed quantity, and "3.5" as an amount all fail.
    expect(zh("训练要跑 16 天。")).toEqual(["16"]);
    expect(zh("便宜 3.5 倍，跑了 3.5 天")).toEqual(["3.5", "3.5"]);
    expect(zh("2021 年 13 月")).toEqual(["13"]);
    // A whole sim string vouches for its numbers; a part of one does not.
    expect(zh("训练要跑 24 天。", ["24 天"])).toEqual([]);
    expect(zh("训练要跑 124 天。", ["24 天"])).toEqual(["124"]);
  });
});
