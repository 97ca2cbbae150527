import { showText, type TextSection } from "./Dialog";

/** What the game is built from and who it is not about (also summarised in README.md). */
export const CREDITS: readonly TextSection[] = [
  {
    heading: "The story it comes from",
    paragraphs: [
      [
        "The facts and the beats of the story come from a Chinese blog post published by the AINLP community, ",
        { text: "如果我在OpenAI训GPT4", lang: "zh" },
        " (“If I were training GPT-4 at OpenAI”). The post calls itself speculative fiction: public rumours stitched together with imagination, to be read as a made-up story. The game keeps its facts and its spirit; all of the game’s prose is original, none of it translated.",
      ],
    ],
  },
  {
    heading: "The rumoured figures",
    paragraphs: [
      "The GPT-4 numbers the game treats as rumours (experts and parameters, tokens, the fleet, the days and the cost of the run) come from SemiAnalysis: Dylan Patel and Gerald Wong, “GPT-4 Architecture, Infrastructure, Training Dataset, Costs, Vision, MoE”, July 2023.",
    ],
  },
  {
    heading: "The formulas",
    paragraphs: ["Every figure on screen is computed from published work:"],
    items: [
      "Kaplan et al. 2020, “Scaling Laws for Neural Language Models”: training compute and loss.",
      "Hoffmann et al. 2022, “Training Compute-Optimal Large Language Models” (Chinchilla): parameters against tokens.",
      "Muennighoff et al. 2023, “Scaling Data-Constrained Language Models”: what repeated data is worth.",
      "Narayanan et al. 2021, “Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM”: tensor and pipeline parallelism, the pipeline bubble.",
      "Korthikanti et al. 2022, “Reducing Activation Recomputation in Large Transformer Models”: activation memory.",
      "Leviathan et al. 2023, “Fast Inference from Transformers via Speculative Decoding”.",
      "Kwon et al. 2023, “Efficient Memory Management for Large Language Model Serving with PagedAttention”: batching and the KV cache.",
      "Shazeer 2019, “Fast Transformer Decoding: One Write-Head is All You Need”: multi-query attention.",
      "Dao et al. 2022, “FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness”.",
    ],
  },
  {
    heading: "The people",
    paragraphs: [
      "Andy, Dana, Marcus, Ruth, Suki and Henrik are fictional characters. Nothing in the game describes, or claims to know, the internals of any real company.",
    ],
  },
];

/** Opens the credits; resolves when the player closes them. */
export function showCredits(parent: HTMLElement): Promise<void> {
  return showText(parent, "Credits", CREDITS, "credits");
}
