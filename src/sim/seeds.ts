/**
 * The seed's plans (SOURCE.md §3-§7 and the SemiAnalysis rumours in FORMULAS.md §6) and starting plans
 * for a new run. Plain JSON data: clone before editing.
 */
import { SOURCE_IDS, type SourceId } from "./constants";
import {
  type DataPlan,
  type DataSourcePlan,
  type ModelShape,
  modelShapeOf,
  type ServingPlan,
  servedModelFromTraining,
  type TrainingPlan,
  withDerivedSizes,
} from "./plans";

function dataPlan(entries: Partial<Record<SourceId, DataSourcePlan>>): DataPlan {
  const sources = {} as Record<SourceId, DataSourcePlan>;
  for (const id of SOURCE_IDS) sources[id] = entries[id] ?? { uniqueTokens: 0, epochs: 0 };
  return { sources };
}

// Source: SOURCE.md §5: NL 3.9T unique (web + shadow-library books + arXiv + Sci-Hub) and code 1.3T.
const GPT4_NL = {
  web: 3.3e12,
  books_shadow: 0.3e12,
  papers_arxiv: 0.03e12,
  papers_scihub: 0.27e12,
} as const;
const GPT4_CODE = 1.3e12;

/** One "big epoch": 3.9T natural language once + 1.3T code twice = 6.5T tokens (SOURCE.md §5). */
const gpt4BigEpochData: DataPlan = dataPlan({
  web: { uniqueTokens: GPT4_NL.web, epochs: 1 },
  books_shadow: { uniqueTokens: GPT4_NL.books_shadow, epochs: 1 },
  papers_arxiv: { uniqueTokens: GPT4_NL.papers_arxiv, epochs: 1 },
  papers_scihub: { uniqueTokens: GPT4_NL.papers_scihub, epochs: 1 },
  code_github: { uniqueTokens: GPT4_CODE, epochs: 2 },
});

/** Two big epochs: text seen twice, code four times = 13T tokens (FORMULAS.md §6). */
const gpt4Data: DataPlan = dataPlan({
  web: { uniqueTokens: GPT4_NL.web, epochs: 2 },
  books_shadow: { uniqueTokens: GPT4_NL.books_shadow, epochs: 2 },
  papers_arxiv: { uniqueTokens: GPT4_NL.papers_arxiv, epochs: 2 },
  papers_scihub: { uniqueTokens: GPT4_NL.papers_scihub, epochs: 2 },
  code_github: { uniqueTokens: GPT4_CODE, epochs: 4 },
});

/** GPT-3.5: text plus a share of code, trained well past GPT-3's 300B tokens (SOURCE.md §3). [game] sizes. */
const gpt35Data: DataPlan = dataPlan({
  web: { uniqueTokens: 1.2e12, epochs: 1 },
  books_licensed: { uniqueTokens: 0.05e12, epochs: 2 },
  papers_arxiv: { uniqueTokens: 0.03e12, epochs: 2 },
  code_github: { uniqueTokens: 0.4e12, epochs: 1 },
});

/** GPT-3's own mix: 300B tokens (Brown et al. 2020 Table 2.2), modelled as licensed sources + web. */
const gpt3Data: DataPlan = dataPlan({
  web: { uniqueTokens: 0.26e12, epochs: 1 },
  books_licensed: { uniqueTokens: 0.02e12, epochs: 2 },
});

// Source: Brown et al. 2020 Table 2.1: 96 layers, d_model 12288, 96 heads of 128, vocabulary 50257.
const gpt3Shape = {
  architecture: "dense",
  layers: 96,
  dModel: 12288,
  heads: 96,
  headDim: 128,
  attention: "mha",
  gqaGroups: 96,
  vocab: 50257,
  experts: 1,
  topK: 1,
  expertParams: 0,
  sharedParams: 0,
} as const;

/** GPT-3 175B as trained in 2020: 300B tokens at 2k context, batch 3.2M (Brown et al. 2020 Table 2.1). */
const gpt3Training: TrainingPlan = {
  name: "GPT-3",
  ...gpt3Shape,
  flashAttention: false,
  context: { startTokens: 2048, finalTokens: 2048, finalShare: 1 },
  batch: { startTokens: 32_000, finalTokens: 3.2e6, rampShare: 0.01 },
  parallel: {
    tensor: 8,
    pipeline: 8,
    microbatchSequences: 1,
    interleave: 1,
    sequenceParallel: false,
    zeroStage: 1,
    recompute: "full",
  },
  data: gpt3Data,
};

/** GPT-3.5: the GPT-3 architecture trained far longer, context grown 2k → 4k (SOURCE.md §3). */
const gpt35Training: TrainingPlan = {
  name: "GPT-3.5",
  ...gpt3Shape,
  flashAttention: false,
  context: { startTokens: 2048, finalTokens: 4096, finalShare: 0.7 },
  batch: { startTokens: 1e6, finalTokens: 8e6, rampShare: 0.02 },
  parallel: {
    tensor: 8,
    pipeline: 4,
    microbatchSequences: 1,
    interleave: 1,
    sequenceParallel: true,
    zeroStage: 1,
    recompute: "selective",
  },
  data: gpt35Data,
};

/**
 * GPT-4 as rumoured (FORMULAS.md §6): 16 x 111B experts + 55B shared, top-2, 120 layers, MQA, no
 * FlashAttention, TP 8 x PP 15, batch ramped to 60M tokens, 8k context, ZeRO stage 1.
 * d_model = 10,752 (8·d²·120 = 111.0B per expert, the FORMULAS.md §6 derivation). Sizes are derived
 * from the shape (plans.ts modelSizes), so the shape has to carry the rumoured 55B of attention.
 *
 * The tension, resolved: multi-query attention with the query width equal to d_model would be
 * 2·d²·120 + K/V ≈ 28B, half the rumour; the rumour's 55B is 4·d²·120, full-width attention. We read it
 * as MQA whose query is wider than d_model: 96 query heads of 216 (query width 20,736 ≈ 1.93·d), one
 * shared K/V head of 216. Q and O are then d x 20,736 each (53.5B over 120 layers), K and V stay one
 * head (0.56B), the tied embedding adds 1.08B: 55.1B shared (the rumour's 55B), so 1,830.8B total and
 * 277.1B active (the rumour's 1,831B / 277B). The head width is the one free number of the reading,
 * chosen for the 55B; 224-wide heads would give 57.1B. Precedents for wide heads and a query width
 * apart from d_model: PaLM 540B (MQA, 48 heads of 256 at d 18,432) and Gemma 7B (16 heads of 256 at
 * d 3,072). What it costs, physically: attention scores over a 20,736-wide query (1.93x the FLOPs of a
 * 10,752-wide one, fewer HBM round trips per FLOP for the wider heads), the KV cache of one 216-wide
 * head (1.93x a 112-wide one, still tiny), and the same d_model everywhere else (TP traffic,
 * activations, the MLPs).
 * [game] choices not in the rumours: micro-batch 1, sequence parallelism, an interleaved schedule
 * (4 chunks of 2 layers per stage, Narayanan et al. 2021), full activation recompute
 * (the only way 1,831B/120 parameters per GPU under ZeRO-1 leave room for 8k activations), experts
 * held by every data-parallel rank (no expert parallelism, so no all-to-all).
 */
const gpt4Training: TrainingPlan = withDerivedSizes({
  name: "GPT-4",
  architecture: "moe",
  layers: 120,
  dModel: 10752,
  heads: 96,
  headDim: 216,
  attention: "mqa",
  gqaGroups: 1,
  vocab: 100_256,
  // The rumour's 8·d² per expert and layer: GPT-3's MLP, d_ff = 4·d, two matrices (the defaults,
  // written out so share codes and saves see every field of a plan).
  mlpRatio: 4,
  gatedMlp: false,
  experts: 16,
  topK: 2,
  expertParams: 0,
  sharedParams: 0,
  flashAttention: false,
  context: { startTokens: 2048, finalTokens: 8192, finalShare: 0.9 },
  batch: { startTokens: 4e6, finalTokens: 60e6, rampShare: 0.02 },
  parallel: {
    tensor: 8,
    pipeline: 15,
    microbatchSequences: 1,
    interleave: 4,
    expertParallel: 1,
    sequenceParallel: true,
    zeroStage: 1,
    recompute: "full",
  },
  data: gpt4Data,
});

/**
 * GPT-3.5 serving: fp16, 16 A100s per replica (8-way TP x 2 stages), 32 sequences, with
 * iteration-level (continuous) batching: Orca (Yu et al., OSDI July 2022) published it on GPT-3 175B
 * before ChatGPT, and SOURCE.md §7 has GPT-4 reuse "3.5 experience: batching, continuous batching".
 * [game] replica size and batch.
 */
const gpt35Serving: ServingPlan = {
  name: "GPT-3.5 serving",
  model: servedModelFromTraining(gpt35Training, 45),
  precision: "fp16",
  batching: "continuous",
  gpusPerReplica: 16,
  maxBatch: 32,
  contextTokens: 4096,
  speculative: { enabled: false, draftParams: 1.3e9, draftTokens: 4, threshold: 0 },
};

/**
 * GPT-4 at launch (SOURCE.md §7, FORMULAS.md §6): MQA, continuous batching, speculative decoding,
 * fp16, 8k context, 128-GPU replicas (8-way TP x 16-way PP; the draft runs on the first stage).
 * [game] a launch batch of 512 sequences per replica (32 per micro-batch over 16 stages) and a 7B
 * draft. SemiAnalysis puts GPT-4 at ~$4.9/M tokens on A100s once OpenAI reached batches of 4k+;
 * the utilisation work that gets there is SOURCE.md §8's, after launch. At 512 the plan costs
 * ~$18/M on A100s (under the $60/M list price), about 3x a dense 175B served the same way
 * (SemiAnalysis: 3x Davinci), and decodes slower than GPT-3.5.
 */
const gpt4Serving: ServingPlan = {
  name: "GPT-4 serving",
  model: servedModelFromTraining(gpt4Training, 70),
  precision: "fp16",
  batching: "continuous",
  gpusPerReplica: 128,
  maxBatch: 512,
  contextTokens: 8192,
  speculative: { enabled: true, draftParams: 7e9, draftTokens: 4, threshold: 0 },
};

/**
 * "Fewer, smaller experts": 8 experts of 60B (8·8192²·112 = 60.1B each), 112 layers of width 8,192,
 * MQA with 64 query heads of 256 (query width 2·d, the seed GPT-4's reading): 31.4B shared, 512B total,
 * 152B active. [game]
 */
const smallerMoeShape = withDerivedSizes({
  ...modelShapeOf(gpt4Training),
  layers: 112,
  dModel: 8192,
  heads: 64,
  headDim: 256,
  experts: 8,
});

/** A new run's starting point: a Chinchilla-minded MoE the player will resize. [game] */
const starterTraining: TrainingPlan = {
  ...gpt4Training,
  ...smallerMoeShape,
  name: "Next model",
  // 112 layers over 14 stages of 2 chunks (4 layers each, Megatron's divisibility); 8 x 14 = 112 GPUs
  // a copy.
  parallel: { ...gpt4Training.parallel, pipeline: 14, interleave: 2 },
  data: gpt4BigEpochData,
};

/** A model shape and the parallelism that trains it: what the story's whiteboard puts on the designer. */
export interface ModelPresetSpec {
  label: string;
  shape: ModelShape;
  parallel: TrainingPlan["parallel"];
}

/**
 * The shapes the story's planning meetings argue for (SOURCE.md §4-§5). The conservative MoE is the
 * rumoured GPT-4; the others are [game] sizes for the alternatives the story offers.
 */
export const MODEL_PRESETS = {
  /** 16 experts of 111B + 55B shared, top-2: the source's conservative plan (SOURCE.md §5). */
  moe_conservative: {
    label: "16 x 111B experts + 55B shared",
    shape: modelShapeOf(gpt4Training),
    parallel: gpt4Training.parallel,
  },
  /** "Be bolder": twice the experts at the same size (more memory, the same arithmetic per token). */
  moe_more_experts: {
    label: "32 x 111B experts + 55B shared",
    shape: withDerivedSizes({ ...modelShapeOf(gpt4Training), experts: 32 }),
    parallel: gpt4Training.parallel,
  },
  /** Fewer, smaller experts and more passes over the data. */
  moe_smaller: {
    label: "8 x 60B experts + 31B shared",
    shape: smallerMoeShape,
    parallel: starterTraining.parallel,
  },
  /** "The biggest dense model we can train": 120 layers of width 24,576 (12·L·d² ≈ 870B). */
  dense_giant: {
    label: "dense, 120 layers of width 24,576",
    shape: {
      ...modelShapeOf(gpt4Training),
      architecture: "dense",
      dModel: 24_576,
      heads: 192,
      headDim: 128,
      attention: "mha",
      gqaGroups: 192,
      experts: 1,
      topK: 1,
      expertParams: 0,
      sharedParams: 0,
    },
    parallel: gpt4Training.parallel,
  },
  /** "Sized to the data": dense, 96 layers of width 16,384 (12·L·d² ≈ 309B). */
  dense_sized: {
    label: "dense, 96 layers of width 16,384",
    shape: {
      ...modelShapeOf(gpt4Training),
      architecture: "dense",
      layers: 96,
      dModel: 16_384,
      heads: 128,
      headDim: 128,
      attention: "mha",
      gqaGroups: 128,
      experts: 1,
      topK: 1,
      expertParams: 0,
      sharedParams: 0,
    },
    parallel: { ...gpt4Training.parallel, pipeline: 16, interleave: 3 },
  },
} as const satisfies Record<string, ModelPresetSpec>;
export type ModelPreset = keyof typeof MODEL_PRESETS;

export const SEED_PLANS = {
  gpt3Training,
  gpt3Data,
  gpt35Training,
  gpt35Data,
  gpt35Serving,
  gpt4Training,
  gpt4Data,
  gpt4BigEpochData,
  gpt4Serving,
  starterTraining,
} as const;

/**
 * A deep copy of a seed plan, safe to edit: exactly `JSON.parse(JSON.stringify(plan))`, what it
 * always was (an undefined field dropped, NaN and Infinity made null, −0 made 0), written out
 * for plain objects and arrays because the round trip through a string cost five times as much
 * and every commit, step and story decision copies a plan. Anything else (a class instance, a
 * `toJSON`, a bigint, a top-level undefined) takes the round trip itself, so it too gives what
 * JSON gives, errors included (test/sim/clone.test.ts). A plan is a tree: a cycle, which JSON
 * refuses with a TypeError, overflows the stack here instead.
 */
export function clonePlan<T>(plan: T): T {
  return jsonCopy(plan) as T;
}

function jsonCopy(x: unknown): unknown {
  if (typeof x === "number") return Number.isFinite(x) ? x + 0 : null;
  if (typeof x === "string" || typeof x === "boolean" || x === null) return x;
  if (typeof x === "object") {
    if (Array.isArray(x)) {
      const n = x.length;
      const out = new Array(n);
      for (let i = 0; i < n; i++) {
        const v: unknown = x[i];
        // JSON writes an array's undefined, function and symbol entries (and holes) as null.
        out[i] =
          v === undefined || typeof v === "function" || typeof v === "symbol" ? null : jsonCopy(v);
      }
      return out;
    }
    const o = x as Record<string, unknown>;
    if (Object.getPrototypeOf(o) === Object.prototype && typeof o.toJSON !== "function") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(o)) {
        const v = o[k];
        // JSON leaves out an object's undefined, function and symbol fields.
        if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
        // JSON.parse makes "__proto__" an own field; an assignment would set the prototype.
        if (k === "__proto__")
          Object.defineProperty(out, k, {
            value: jsonCopy(v),
            writable: true,
            enumerable: true,
            configurable: true,
          });
        else out[k] = jsonCopy(v);
      }
      return out;
    }
  }
  return JSON.parse(JSON.stringify(x) as string);
}
