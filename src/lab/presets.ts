/**
 * The Lab's presets: the source's three plans (src/sim/seeds.ts) and three published models,
 * mapped onto the sim's TrainingPlan fields. Each published number cites its paper; a field the
 * paper does not give is marked [lab] with the reason for the value chosen.
 */
import { labText } from "../i18n/messages/lab";
import {
  clonePlan,
  type DataPlan,
  type DataSourcePlan,
  SEED_PLANS,
  type ServingPlan,
  SOURCE_IDS,
  type SourceId,
  type TrainingPlan,
  withDerivedSizes,
} from "../sim";
import { type LabDesign, monthAllocation, withServedDesign } from "./design";

export const PRESET_IDS = [
  "gpt3",
  "gpt35",
  "gpt4",
  "chinchilla70b",
  "llama2_70b",
  "mixtral8x7b",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface LabPreset {
  id: PresetId;
  label: string;
  /** Where its numbers come from, as the hub shows it (in the player's language). */
  readonly source: string;
  /** The month it opens on: when the source trains it, or the first month its techniques exist. */
  month: string;
  training: TrainingPlan;
  /** The serving plan the design is priced with (the world's first, GPT-3.5 slot). */
  serving: ServingPlan;
}

function dataPlan(entries: Partial<Record<SourceId, DataSourcePlan>>): DataPlan {
  const sources = {} as Record<SourceId, DataSourcePlan>;
  for (const id of SOURCE_IDS) sources[id] = entries[id] ?? { uniqueTokens: 0, epochs: 0 };
  return { sources };
}

/** A serving plan from the source's GPT-3.5 plan (16 A100s, fp16, continuous batching) at a context. */
function chatServing(name: string, contextTokens: number): ServingPlan {
  return { ...clonePlan(SEED_PLANS.gpt35Serving), name, contextTokens };
}

/**
 * Chinchilla 70B (Hoffmann et al. 2022, Table 4): 80 layers, d_model 8,192, 64 heads of 128,
 * batch 1.5M then 3M tokens, 1.4T tokens; 2,048-token context and a 32,000-token SentencePiece
 * vocabulary as Gopher (Rae et al. 2021 §2 and Table 1; Hoffmann §4.1 keeps Gopher's architecture).
 * What the sim cannot express:
 * - Gopher's relative positional encoding (Dai et al. 2019) adds a d×d projection per layer, so the
 *   model is 13·L·d² + V·d = 70.0B, not the 12·L·d² = 64.4B of a plain transformer. The sim has no
 *   such matrix; an MLP ratio of 4.5 (2·4.5·d² instead of 8·d²) carries the extra d² per layer, so
 *   the parameters, the 6·N·D compute and the memory match the published 70B.
 * - MassiveText (Table A1: web, books, C4, news, GitHub 4%, Wikipedia) is not among the sim's
 *   sources: the 1.4T tokens are filtered web text once, with GitHub's 4% as code. Books (30% of
 *   the mix) would overdraw the sim's licensed books (50B tokens), so they count as web text.
 * - It trained on TPUv3/v4, which the sim does not model: the parallel layout is [lab] (TP 8 x PP 8
 *   on A100s, 10 layers a stage); FlashAttention is off (published May 2022, after the run).
 * - The batch doubles once during training; the sim ramps it linearly over the first half [lab].
 */
const chinchilla70b: TrainingPlan = withDerivedSizes({
  ...clonePlan(SEED_PLANS.gpt3Training),
  name: "Chinchilla 70B",
  architecture: "dense",
  layers: 80,
  dModel: 8192,
  heads: 64,
  headDim: 128,
  attention: "mha",
  gqaGroups: 64,
  vocab: 32_000,
  mlpRatio: 4.5,
  gatedMlp: false,
  experts: 1,
  topK: 1,
  flashAttention: false,
  context: { startTokens: 2048, finalTokens: 2048, finalShare: 1 },
  batch: { startTokens: 1.5e6, finalTokens: 3e6, rampShare: 0.5 },
  parallel: {
    tensor: 8,
    pipeline: 8,
    microbatchSequences: 1,
    interleave: 1,
    sequenceParallel: true,
    zeroStage: 1,
    recompute: "selective",
  },
  data: dataPlan({
    web: { uniqueTokens: 1.344e12, epochs: 1 },
    code_github: { uniqueTokens: 0.056e12, epochs: 1 },
  }),
});

/**
 * Llama 2 70B (Touvron et al. 2023, Table 1 and §2.2; the shape in Meta's released config): 80
 * layers, d_model 8,192, 64 heads of 128 with 8 KV heads (grouped-query attention), a SwiGLU
 * MLP of width 28,672 (ratio 3.5, three matrices), a 32,000-token vocabulary, a 4,096-token
 * context, a 4M-token batch and 2T tokens. What the sim cannot express:
 * - An untied output head (V·d = 0.26B more): the sim ties embeddings, so it counts 68.7B of
 *   Meta's 68.98B.
 * - Meta's mix of "publicly available sources" is not published by source (§2.1): the 2T tokens
 *   are filtered web text once.
 * - The parallel layout is not published: [lab] TP 8 x PP 4 (20 layers a stage), selective
 *   recompute, FlashAttention on (Llama's efficient causal attention, Touvron et al. 2023a §2.4).
 * GQA is published in May 2023 (Ainslie et al.), so the preset opens in July 2023, the paper's month.
 */
const llama2_70b: TrainingPlan = withDerivedSizes({
  ...clonePlan(SEED_PLANS.gpt3Training),
  name: "Llama 2 70B",
  architecture: "dense",
  layers: 80,
  dModel: 8192,
  heads: 64,
  headDim: 128,
  attention: "gqa",
  gqaGroups: 8,
  vocab: 32_000,
  mlpRatio: 3.5,
  gatedMlp: true,
  experts: 1,
  topK: 1,
  flashAttention: true,
  context: { startTokens: 4096, finalTokens: 4096, finalShare: 1 },
  batch: { startTokens: 4e6, finalTokens: 4e6, rampShare: 0 },
  parallel: {
    tensor: 8,
    pipeline: 4,
    microbatchSequences: 1,
    interleave: 1,
    sequenceParallel: true,
    zeroStage: 1,
    recompute: "selective",
  },
  data: dataPlan({ web: { uniqueTokens: 2e12, epochs: 1 } }),
});

/**
 * Mixtral 8x7B (Jiang et al. 2024, Table 1): 32 layers, d_model 4,096, 32 heads of 128 with 8 KV
 * heads, 8 experts with 2 active per token, SwiGLU experts of width 14,336 (ratio 3.5), a
 * 32,000-token vocabulary, a 32k context. What the sim cannot express or the paper does not give:
 * - The untied output head (0.13B) and the router (8·d per layer): the sim counts 46.6B total and
 *   12.8B active of the paper's 46.7B and 12.9B.
 * - Training tokens, data and batch are not published: [lab] Llama 2's 2T web tokens and 4M batch
 *   stand in (the paper compares Mixtral with Llama 2 70B throughout).
 * - The parallel layout is not published: [lab] TP 8 x PP 4 (8 layers a stage), experts on every
 *   data-parallel rank, full recompute (32k-token sequences), FlashAttention on.
 */
const mixtral8x7b: TrainingPlan = withDerivedSizes({
  ...clonePlan(SEED_PLANS.gpt4Training),
  name: "Mixtral 8x7B",
  architecture: "moe",
  layers: 32,
  dModel: 4096,
  heads: 32,
  headDim: 128,
  attention: "gqa",
  gqaGroups: 8,
  vocab: 32_000,
  mlpRatio: 3.5,
  gatedMlp: true,
  experts: 8,
  topK: 2,
  flashAttention: true,
  context: { startTokens: 32_768, finalTokens: 32_768, finalShare: 1 },
  batch: { startTokens: 4e6, finalTokens: 4e6, rampShare: 0 },
  parallel: {
    tensor: 8,
    pipeline: 4,
    microbatchSequences: 1,
    interleave: 1,
    expertParallel: 1,
    sequenceParallel: true,
    zeroStage: 1,
    recompute: "full",
  },
  data: dataPlan({ web: { uniqueTokens: 2e12, epochs: 1 } }),
});

export const LAB_PRESETS: Readonly<Record<PresetId, LabPreset>> = {
  gpt3: {
    id: "gpt3",
    label: "GPT-3 175B",
    get source() {
      return labText("sourceGpt3");
    },
    // The game opens with GPT-3 as the model in service (September 2021).
    month: "2021-09",
    training: SEED_PLANS.gpt3Training,
    serving: chatServing("GPT-3 serving", 2048),
  },
  gpt35: {
    id: "gpt35",
    label: "GPT-3.5",
    get source() {
      return labText("sourceGpt35");
    },
    // Its run starts in December 2021, on the partner's new cluster (story chapter 3).
    month: "2021-12",
    training: SEED_PLANS.gpt35Training,
    serving: SEED_PLANS.gpt35Serving,
  },
  gpt4: {
    id: "gpt4",
    label: "GPT-4",
    get source() {
      return labText("sourceGpt4");
    },
    // Its run starts in July 2022 (story chapter 5).
    month: "2022-07",
    training: SEED_PLANS.gpt4Training,
    serving: SEED_PLANS.gpt4Serving,
  },
  chinchilla70b: {
    id: "chinchilla70b",
    label: "Chinchilla 70B",
    get source() {
      return labText("sourceChinchilla");
    },
    // The paper's month (arXiv 2203.15556).
    month: "2022-03",
    training: chinchilla70b,
    serving: chatServing("Chinchilla serving", 2048),
  },
  llama2_70b: {
    id: "llama2_70b",
    label: "Llama 2 70B",
    get source() {
      return labText("sourceLlama2");
    },
    // The paper's month (arXiv 2307.09288); GQA exists from May 2023.
    month: "2023-07",
    training: llama2_70b,
    serving: chatServing("Llama 2 serving", 4096),
  },
  mixtral8x7b: {
    id: "mixtral8x7b",
    label: "Mixtral 8x7B",
    get source() {
      return labText("sourceMixtral");
    },
    // Released in December 2023, the calendar's last month.
    month: "2023-12",
    training: mixtral8x7b,
    serving: chatServing("Mixtral serving", 32_768),
  },
};

/**
 * A preset as a Lab design: its plan on its month's fleet with that month's split, priced with its
 * serving plan; the second serving plan is the source's GPT-4 launch recipe (128-GPU replicas,
 * speculative decoding) for the same model.
 */
export function presetDesign(id: PresetId, month?: string): LabDesign {
  const p = LAB_PRESETS[id];
  const at = month ?? p.month;
  return withServedDesign({
    month: at,
    training: clonePlan(p.training),
    serving: {
      gpt35: clonePlan(p.serving),
      gpt4: { ...clonePlan(SEED_PLANS.gpt4Serving), contextTokens: p.serving.contextTokens },
    },
    allocation: monthAllocation(at),
  });
}
