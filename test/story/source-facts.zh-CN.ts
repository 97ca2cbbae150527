/**
 * The phrases in which the Chinese telling (story/zh-CN/) may type a number directly: the same
 * facts of the source story as SOURCE_FACTS (./source-facts.ts, with the section of SOURCE.md each
 * comes from), written the way the Chinese prose writes them: "16 个专家", "2021 年 9 月",
 * "凌晨 3:12", "15 级流水线". Names that read the same in both languages (GPT-3.5, A100, int8,
 * provenance_FINAL_v7, 1,831B, 8k) are taken from the English list as they are. Every other number
 * must be a whole string the sim formatted in the run, in Chinese ("24 天", "6300 万美元").
 */
import { SOURCE_FACTS } from "./source-facts";

/** English facts that are names, identical in the Chinese prose. */
const SHARED: readonly (string | RegExp)[] = SOURCE_FACTS.filter((fact) =>
  typeof fact === "string"
    ? /^(?:GPT-[\d.]+|A100|H100|FlashAttention-2|LLaMA-2|provenance_FINAL_v7|111B|1,831B|277B|280B|3\.9T|1\.3T|6\.5T|8k|32k|10x)$/.test(
        fact,
      )
    : fact.source.includes("int4|int8"),
);

export const ZH_SOURCE_FACTS: readonly (string | RegExp)[] = [
  ...SHARED,
  // The half-step's name, "3.5" (§3), never a quantity: not before a unit, a magnitude or 倍.
  /(?<![$\d.])3\.5(?![\d.]|\s*(?:%|x\b|[kKMBT]\b|倍|天|周|个月|月|年|小时|分钟|秒|个|张|万|亿|美元|bit|ms|token))/,
  // The calendar (§0, §1, §4): years alone, and a month of one ("2021 年 9 月").
  /\b202[0-3](?: 年 (?:1[0-2]|[1-9]) 月)?/,
  // The clock: "凌晨 3:12", "凌晨 4 点" (a time of day is not a quantity).
  /凌晨 (?:1[0-2]|[1-9])(?::[0-5]\d| 点)/,
  // Chapter headings, "第 5 章：GPT-4 的诞生".
  /第 [1-8] 章/,
  // §6, §7: the bits of a number format when the prose explains quantisation.
  /\b(?:4|8|16) bit\b/,
  // §3: GPT-3's context of 2,048 tokens, grown to 4,096; trained on 300B tokens.
  "2,048 个 token",
  /从 2,048 起步，到 4,096 收尾/,
  "300B 个 token",
  // §5: the conservative MoE, 16 experts of 111B and 55B shared; 2 experts a token, 2 x 111 + 55.
  "16 个专家",
  "55B 共享参数",
  "2 个专家",
  "2 乘 111 再加 55",
  // §5: code at 40% of one big epoch.
  "代码占配比的 40%",
  // §5: a batch curriculum to 60M tokens a step; 8-way tensor parallelism, 15 pipeline stages.
  "60M 个 token",
  "8 路",
  "15 级流水线",
  // §7: 2T tokens of continued training on image-text data.
  "2T token",
];
