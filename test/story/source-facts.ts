/**
 * The phrases in which the prose may type a number directly: facts of the source story
 * (../shared/design/SOURCE.md, section numbers in the comments), the names of models, cards,
 * number formats and chapters, the calendar and the clock. Each is written with its unit or its
 * context, never as a bare number: "16 experts" vouches for that 16 and no other, so a
 * hand-typed "16 days" still fails. Every other number in the story's text must be a whole
 * string the sim formatted in the run (`sim_fmt`), so the prose can never disagree with the
 * screens. Strings match literally and case-sensitively; a match that would cut a number in two
 * vouches for nothing ("8k" does not cover the 8 of "128k"). See `typedNumbers` in play.ts.
 */
export const SOURCE_FACTS: readonly (string | RegExp)[] = [
  // The calendar: GPT-3 came out in 2020, Andy joins in September 2021, the story runs to the
  // end of 2023 (§0, §1, §4). Years stand alone.
  /\b202[0-3]\b/,
  // The clock: a time of day is not a quantity ("at 3:12 a.m.", "at 4 a.m.").
  /\b(?:1[0-2]|[1-9])(?::[0-5]\d)? [ap]\.m\./,
  // Chapter headings, "Chapter 5: The Birth of GPT-4" (story/README.md).
  /\bChapter [1-8]\b/,

  // Model names (§1, §3, §5). GPT-3.14 is the running joke about the next version's name.
  "GPT-3.14",
  "GPT-3.5",
  "GPT-3",
  "GPT-4",
  // The source calls the half-step plain "3.5" (§3): the name, not a quantity, so never before a
  // unit ("3.5 days", "3.5x", "3.5B" fail) nor after a dollar sign.
  /(?<!\$)3\.5(?!\s*%|\s*(?:x|[kKMBT]|days?|weeks?|months?|hours?|minutes?|seconds?|years?|times|tokens|GPUs|points|bits|experts|layers|ms)\b)/,
  // Open-source work on Andy's to-read list (§0).
  "FlashAttention-2",
  "LLaMA-2",
  // The cards: A100s, and the H100s of 2023.
  "A100",
  "H100",
  // Number formats the Serving Lab offers (int8, int4, fp16, bf16), and what they mean in bits
  // when the prose explains quantisation (§6, §7).
  /\b(?:int4|int8|fp16|bf16)\b/i,
  /\b(?:4|8|16) bits\b/,
  "8 bits instead of 16",
  // The provenance ledger's file name (chapter 2).
  "provenance_FINAL_v7",

  // §3: GPT-3's context of 2,048 tokens, grown by a curriculum to 4,096.
  "2,048 tokens",
  "4,096 tokens",
  /2,048(?: tokens)?(?: to|, finish at) 4,096/,
  // §3: GPT-3 trained on 300B tokens.
  "300B tokens",

  // §5: the conservative MoE: 16 experts of 111B, 55B shared, about 1,831B in all; 2 experts per
  // token, 2 x 111 + 55 = 277B active, "about 280B".
  "16 experts",
  "111B",
  "55B shared",
  "1,831B",
  "2 experts",
  "2 times 111 plus 55",
  "277B",
  "280B",
  // §5: one big epoch of about 6.5T tokens: code at 40% of the mix, 3.9T of language and 1.3T of
  // code (read twice).
  "40% of the mix",
  "3.9T",
  "1.3T",
  "6.5T",
  // §5: a batch-size curriculum growing to 60 million tokens; mostly trained at 8k context.
  "60 million tokens",
  "8k",
  // §5: 8-way tensor parallelism over NVLink, 15-way pipeline parallelism.
  "8 ways",
  "15 pipeline stages",
  // §7: the multimodal demo had only 2T tokens of continued training; the 32k context version.
  "2T tokens",
  "32k",
  // §8: the target, like 3.5 Turbo: 10x cheaper without losing quality.
  "10x",
];
