/**
 * Numbers the prose may type directly: facts of the source story
 * (../shared/design/SOURCE.md), model and card names, and the calendar.
 * Any other number in the story's text must come live from the sim
 * (`sim_fmt`), so the prose can never disagree with the screens. Listed
 * without thousands separators: "2,048" in prose matches "2048" here.
 */
export const SOURCE_NUMBERS: ReadonlySet<string> = new Set([
  // Calendar: Andy joins in September 2021; GPT-3 came out in 2020; the story runs to 2023.
  "2020",
  "2021",
  "2022",
  "2023",
  // Model and card names: GPT-2/3/3.5/4, A100, H100, FlashAttention-2, LLaMA-2.
  "2",
  "3",
  "3.5",
  "4",
  "100",
  // Context lengths: GPT-3's 2048, 3.5's 4096, GPT-4's 8k pre-training and 32k version.
  "2048",
  "4096",
  "8",
  "8192",
  "32",
  "32768",
  // GPT-3's 300B training tokens.
  "300",
  // The GPT-4 plan: 16 experts of 111B, 55B shared, 1,831B total, 2 routed, 277B ≈ 280B active.
  "16",
  "111",
  "55",
  "1831",
  "277",
  "280",
  // About 1.8T parameters, 120 layers, more than 10x GPT-3.
  "1.8",
  "120",
  "10",
  // Data: 40% code, 3.9T NL + 2 x 1.3T code = 6.5T a big epoch; about 13T tokens seen.
  "40",
  "3.9",
  "1.3",
  "6.5",
  "13",
  // Batch ramped to 60 million tokens; 8-way tensor and 15-way pipeline parallelism.
  "60",
  "15",
  // Multimodal: 2T tokens of continued training.
  // The rumoured run: 25,000 A100s, 90 to 100 days, 32 to 36% MFU, 2.15e25 FLOPs, about $63M at $1 an hour.
  "25000",
  "25",
  "90",
  "36",
  "2.15",
  "63",
  "1",
  // About 560 (G)FLOPs per generated token against 3,700 for a dense 1.8T model; 128-GPU inference clusters.
  "560",
  "3700",
  "128",
  // Small counts used in prose ("top-2", "5 minutes", "6 rounds", "7 days", "9 to 5").
  "0",
  "5",
  "6",
  "7",
  "9",
  // Not data: the running joke that the next version will be called GPT-3.14.
  "3.14",
]);
