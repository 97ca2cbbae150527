/**
 * Every constant of the sim in one place, each with its source. Source keys (S-KAP, P-MUEN...)
 * refer to the list at the end of shared/design/FORMULAS.md. "[game]" marks a game-design
 * assumption: a documented choice, not a published figure.
 */

export type GpuId = "A100" | "H100";
export type Precision = "fp16" | "bf16" | "int8" | "int4";

export interface GpuSpec {
  readonly name: string;
  /** Dense bf16/fp16 tensor-core peak, FLOP/s. */
  readonly peakFlopsPerSecond: number;
  /** Dense 8-bit tensor-core peak (A100 int8, H100 fp8), op/s. */
  readonly peak8BitOpsPerSecond: number;
  readonly hbmBytes: number;
  readonly hbmBytesPerSecond: number;
  readonly nvlinkBytesPerSecond: number;
  /** Default rental price, $ per GPU-hour. */
  readonly usdPerHour: number;
}

// Source: FORMULAS.md §12 (S-HW, NVIDIA datasheets); prices: SemiAnalysis assumptions $1/A100-h and
// $2/H100-h (FORMULAS.md §6, §12). A100 dense int8 624 TOPS: NVIDIA A100 datasheet (S-HW).
export const GPUS: Readonly<Record<GpuId, GpuSpec>> = {
  A100: {
    name: "A100 SXM 80GB",
    peakFlopsPerSecond: 312e12,
    peak8BitOpsPerSecond: 624e12,
    hbmBytes: 80e9,
    hbmBytesPerSecond: 2.039e12,
    nvlinkBytesPerSecond: 600e9,
    usdPerHour: 1,
  },
  H100: {
    name: "H100 SXM5 80GB",
    peakFlopsPerSecond: 989.4e12,
    peak8BitOpsPerSecond: 1978.9e12,
    hbmBytes: 80e9,
    hbmBytesPerSecond: 3.35e12,
    nvlinkBytesPerSecond: 900e9,
    usdPerHour: 2,
  },
};

/** GPUs per NVLink node: tensor parallelism beyond this crosses InfiniBand. */
// Source: Narayanan et al. 2021 (S-MEG): keep TP inside the 8-GPU NVLink domain.
export const GPUS_PER_NODE = 8;
// Source: DGX A100 / DGX H100 have one 200 Gb/s HDR (A100) or 400 Gb/s NDR (H100) InfiniBand port
// per GPU; [game] 25 GB/s per GPU is used for traffic that leaves the node.
export const INFINIBAND_BYTES_PER_SECOND_PER_GPU = 25e9;

export interface LossConstants {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
}

// Source: Hoffmann et al. 2022, Approach 3, Eq. 10, rounded constants as printed (S-CH-const).
/** @internal Not on the game's path: a published fit the tests compare the game's loss constants with. */
export const HOFFMANN_2022: LossConstants = {
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
};

// Source: Hoffmann et al. 2022 TeX source values quoted by Epoch (S-EPOCH-const).
/** @internal Not on the game's path: a published fit the tests compare the game's loss constants with. */
export const HOFFMANN_2022_TEX: LossConstants = {
  E: 1.6934,
  A: 406.4,
  B: 410.7,
  alpha: 0.3392,
  beta: 0.2849,
};

// Source: Besiroglu, Erdil, Barnett, You 2024 (arXiv 2404.10102), refit table (S-EPOCH-const).
/** @internal Not on the game's path: a published fit the tests compare the game's loss constants with. */
export const BESIROGLU_2024: LossConstants = {
  E: 1.8172,
  A: 482.01,
  B: 2085.43,
  alpha: 0.3478,
  beta: 0.3658,
};

export interface DataConstrainedConstants extends LossConstants {
  /** R_D*: repetitions after which repeated data is worth 1 − 1/e of fresh. */
  readonly rDStar: number;
  /** R_N*: the same decay constant for excess parameters. */
  readonly rNStar: number;
}

// Source: Muennighoff et al. 2023, huggingface/datablations README "Parametric Fit" (P-MUEN):
// a = 6.255414, b = 7.3049974, e = 0.6254804 (A = e^a, B = e^b, E = e^e), α = β = 0.3526596.
export const MUENNIGHOFF_2023: DataConstrainedConstants = {
  E: Math.exp(0.6254804),
  A: Math.exp(6.255414),
  B: Math.exp(7.3049974),
  alpha: 0.3526596,
  beta: 0.3526596,
  rDStar: 15.387756,
  rNStar: 5.309743,
};

// Source: FORMULAS.md §11: fp32 4, fp16/bf16 2, int8 1, int4 0.5 bytes per parameter.
export const BYTES_PER_PARAM: Readonly<Record<Precision, number>> = {
  fp16: 2,
  bf16: 2,
  int8: 1,
  int4: 0.5,
};

// Source: ZeRO (Rajbhandari et al. 2020, S-ZERO): mixed-precision Adam = 2 (weights) + 2 (grads)
// + 12 (fp32 master, momentum, variance) bytes per parameter.
export const WEIGHT_BYTES_PER_PARAM_TRAINING = 2;
export const GRADIENT_BYTES_PER_PARAM = 2;
export const OPTIMIZER_BYTES_PER_PARAM = 12;

/** Bytes reserved per GPU for the CUDA context, NCCL buffers and fragmentation. */
// Source: [game] ZeRO's practical 18-20 bytes/param note (FORMULAS.md §7) rounded to a flat 4 GB.
export const RESERVED_BYTES_PER_GPU = 4e9;

// Source: Korthikanti et al. 2022 (S-ACT): 34·s·b·h bytes per layer without parallelism; of those
// 19·s·b·h are the MLP block (2 input + 8 GeLU input + 8 GeLU output + 1 dropout mask).
export const ACTIVATION_BYTES_COEFF = 34;
export const ACTIVATION_MLP_BYTES_COEFF = 19;
export const ACTIVATION_SCORE_BYTES_COEFF = 5;

/**
 * MFU model constants (see README "MFU model"). KERNEL_EFFICIENCY is the share of peak the
 * step's matmuls reach before the bubble, TP communication, attention and restarts are taken off.
 */
// Source: [game, calibrated] large bf16 GEMMs reach ~70-80% of A100 peak; 0.75 puts the
// seed GPT-4 layout at 32-36% MFU (S-G4-mfu) and a Llama-2-70B-like layout near 43.5% (S-L2-gpuh).
export const KERNEL_EFFICIENCY = 0.75;

/** Micro-batch rows (tokens) at which a GEMM reaches half of its asymptotic efficiency. */
// Source: [game] tensor-core tiles of 128-256 rows fill at a few hundred rows; 256 is used.
export const GEMM_HALF_EFFICIENCY_ROWS = 256;

// Source: FlashAttention (Dao et al. 2022, P-FA): 3x faster on GPT-2 (seq 1K); unfused attention
// is therefore taken as 3x slower per attention FLOP than matmul-rate attention at GPT-2's head width.
export const UNFUSED_ATTENTION_SLOWDOWN = 3;
// Source: Dao et al. 2022 §2.2: unfused attention writes and reads each head's N×N score and
// probability matrices (Θ(N²) HBM traffic per head) for Θ(N²·d_head) FLOPs, so its memory-bound excess
// per FLOP falls as 1/d_head. The 3x above was measured on GPT-2, whose heads are 64 wide.
export const UNFUSED_ATTENTION_REFERENCE_HEAD_DIM = 64;

// Source: Korthikanti et al. 2022 (S-ACT-abs) and PaLM App. B (S-MFU): full recompute repeats the
// forward pass, so hardware FLOPs are 8/6 of model FLOPs (HFU ≈ 4/3 · MFU).
export const FULL_RECOMPUTE_FLOPS_FACTOR = 4 / 3;
// Source: Korthikanti et al. 2022: selective recompute costs a few percent (">90% less recompute
// overhead" than full); 2.7% of the step is used.
export const SELECTIVE_RECOMPUTE_FLOPS_FACTOR = 1.027;

// Source: Llama 3 paper (Dubey et al. 2024 §3.3.4): 419 unexpected interruptions in 54 days on
// 16,384 GPUs, i.e. one interruption per 16,384·54·24/419 ≈ 50,700 GPU-hours.
export const GPU_HOURS_PER_INTERRUPTION = 50_700;
// Source: [game] hours of progress lost per interruption (half a checkpoint interval plus restart)
// with a 2022-era stack; Llama 3's >90% effective training time at 16k GPUs implies ~0.3 h.
export const HOURS_LOST_PER_INTERRUPTION = 0.3;

/**
 * Share of peak HBM bandwidth reached by memory streaming at inference. Decode-time matmuls run at
 * the training rule instead (KERNEL_EFFICIENCY · gemmEfficiency(rows), serving.ts stageTime).
 */
// Source: [game] serving kernels stream weights and KV cache at 80% of peak HBM bandwidth.
export const INFERENCE_BANDWIDTH_EFFICIENCY = 0.8;
/** Share of each GPU's HBM the server may fill with weights and KV cache. */
// Source: [game] vLLM's default gpu_memory_utilization is 0.9.
export const SERVING_MEMORY_UTILISATION = 0.9;

// Source: vLLM / PagedAttention (Kwon et al. 2023, S-VLLM): 2-4x higher throughput than
// FasterTransformer/Orca-style static batches; static batching keeps 1/2.5 of its slots busy.
export const STATIC_BATCH_OCCUPANCY = 0.4;
// Source: [game] a static batch reserves KV cache for the full context of every slot; continuous
// (paged) batching reserves the mean context in use, taken as this share of the maximum.
export const MEAN_CONTEXT_SHARE = 0.35;

/** Perceived-quality penalties (0..1) on the served model's answers. */
// Source: LLM.int8() (P-INT8) "without performance degradation"; GPTQ/AWQ (P-GPTQ, S-AWQ) 4-bit
// "negligible"/"near-lossless": [game] 0.5% for int8, 3% for int4 as perceived by users.
export const QUANTISATION_QUALITY_PENALTY: Readonly<Record<Precision, number>> = {
  fp16: 0,
  bf16: 0,
  int8: 0.005,
  int4: 0.03,
};
// Source: GQA (Ainslie et al. 2023, P-GQA): MQA loses some quality, GQA is "close to MHA":
// [game] 1.5% for MQA, 0.5% for GQA.
export const ATTENTION_QUALITY_PENALTY = { mha: 0, gqa: 0.005, mqa: 0.015 } as const;
// Source: SOURCE.md §8: accepting more drafts "users online feel quality dropped": [game] a fully
// lenient verifier (threshold 1, every draft kept) loses 30% perceived quality.
export const SPECULATIVE_LENIENCY_QUALITY_PENALTY = 0.3;

// Source: Leviathan et al. 2023 Table 2 (S-SPEC): T5-small (77M) drafting for T5-XXL (11B), size
// ratio 0.007, accepted α = 0.62 (sampling) to 0.75 (argmax); [game] α rises 0.08 per decade of
// draft/target size ratio, clamped to [0.3, 0.9].
export const DRAFT_ACCEPTANCE_AT_REFERENCE = 0.62;
export const DRAFT_REFERENCE_SIZE_RATIO = 77e6 / 11e9;
export const DRAFT_ACCEPTANCE_PER_DECADE = 0.08;
export const DRAFT_ACCEPTANCE_MIN = 0.3;
export const DRAFT_ACCEPTANCE_MAX = 0.9;

/**
 * MoE effective size: N_eff = active^(1−w) · total^w, capped at MOE_MAX_EFFECTIVE_RATIO · active.
 */
// Source: FORMULAS.md §5 data points: GLaM 96.6B active / 1.2T total ≳ GPT-3 175B (ratio ≥ 1.8);
// Mixtral 12.9B / 46.7B ≈ Llama-2-70B; ratios 1.8-5x. w = 0.5 (geometric mean) lands GLaM at 3.5x
// and Mixtral at 1.9x; Clark et al. 2022 (S-CLARK) saturate the benefit of more experts: capped at 5x.
export const MOE_TOTAL_WEIGHT = 0.5;
export const MOE_MAX_EFFECTIVE_RATIO = 5;

/** Capability anchors: loss of these (params, tokens) pairs under MUENNIGHOFF_2023 → 0 and 100. */
// Source: [game] 0 = a GPT-2-scale model (1.5B parameters, 30B tokens; Radford et al. 2019);
// 100 = a 10T-effective-parameter model on 100T fresh tokens (beyond any 2023 run).
export const CAPABILITY_ZERO = { params: 1.5e9, tokens: 30e9 } as const;
export const CAPABILITY_HUNDRED = { params: 10e12, tokens: 100e12 } as const;
// Source: SOURCE.md §2 (Codex: a high share of code improves symbolic reasoning) and Muennighoff
// et al. 2023 (up to 50% code costs nothing on NL tasks): [game] up to +3 capability points,
// reached at a 40% code share of tokens seen.
export const CODE_REASONING_BONUS_MAX = 3;
export const CODE_REASONING_FULL_SHARE = 0.4;
// Source: Muennighoff et al. 2023 (S-MUEN): code counts as fresh data up to half the mix; each
// code token beyond a 50% share counts half.
export const CODE_FULL_VALUE_SHARE = 0.5;
export const CODE_EXCESS_VALUE = 0.5;

export type SourceId =
  | "web"
  | "books_licensed"
  | "books_shadow"
  | "papers_arxiv"
  | "papers_scihub"
  | "code_github"
  | "audio_transcribed"
  | "image_text";

export const SOURCE_IDS: readonly SourceId[] = [
  "web",
  "books_licensed",
  "books_shadow",
  "papers_arxiv",
  "papers_scihub",
  "code_github",
  "audio_transcribed",
  "image_text",
];

export interface DataSourceSpec {
  readonly label: string;
  /** Unique tokens the world offers (tokens). */
  readonly uniqueTokensAvailable: number;
  /** Chance-like weight (0..1) that using all of it leads to a claim that sticks. */
  readonly licenceRisk: number;
  /** Multiplier on its effective tokens (1 = filtered web text). */
  readonly quality: number;
  readonly isCode: boolean;
  /** An event flag that must be set before the source exists (Whisper for audio). */
  readonly requires: "whisper" | null;
}

// Source: [game] sizes chosen so the seed's mix is exact: NL 3.9T (web 3.3 + shadow books 0.3 +
// arXiv 0.03 + Sci-Hub 0.27) and code 1.3T (SOURCE.md §5). Anchors: RedPajama's arXiv slice is 28B
// tokens; GPT-3's web+books was ~0.5T (Brown et al. 2020 Table 2.2). Quality ±30% is a [game]
// choice (higher for edited prose); licence weights are [game] (shadow libraries highest).
export const DATA_SOURCES: Readonly<Record<SourceId, DataSourceSpec>> = {
  web: {
    label: "Filtered web crawl",
    uniqueTokensAvailable: 3.3e12,
    licenceRisk: 0.05,
    quality: 1,
    isCode: false,
    requires: null,
  },
  books_licensed: {
    label: "Licensed books",
    uniqueTokensAvailable: 0.05e12,
    licenceRisk: 0,
    quality: 1.3,
    isCode: false,
    requires: null,
  },
  books_shadow: {
    label: "Shadow-library e-books",
    uniqueTokensAvailable: 0.3e12,
    licenceRisk: 0.4,
    quality: 1.3,
    isCode: false,
    requires: null,
  },
  papers_arxiv: {
    label: "arXiv papers",
    uniqueTokensAvailable: 0.03e12,
    licenceRisk: 0.02,
    quality: 1.3,
    isCode: false,
    requires: null,
  },
  papers_scihub: {
    label: "Sci-Hub papers",
    uniqueTokensAvailable: 0.27e12,
    licenceRisk: 0.3,
    quality: 1.3,
    isCode: false,
    requires: null,
  },
  code_github: {
    label: "All of GitHub",
    uniqueTokensAvailable: 1.3e12,
    licenceRisk: 0.1,
    quality: 1,
    isCode: true,
    requires: null,
  },
  audio_transcribed: {
    label: "Transcribed audio (Whisper)",
    uniqueTokensAvailable: 0.8e12,
    licenceRisk: 0.15,
    quality: 0.85,
    isCode: false,
    requires: "whisper",
  },
  image_text: {
    label: "Image-text pairs",
    uniqueTokensAvailable: 0.5e12,
    licenceRisk: 0.1,
    quality: 0.7,
    isCode: false,
    requires: null,
  },
};

/** What Whisper may transcribe, as the story decides it (chapter 4). */
export type AudioRights = "defensible" | "everything";
// Source: [game] only public-domain, licensed and openly published recordings give half the
// transcribed tokens at a low licence weight; everything reachable gives all of them at a weight
// between Sci-Hub's and the shadow libraries' (rights "sorted out later", SOURCE.md §4 rumours).
export const AUDIO_RIGHTS: Readonly<
  Record<AudioRights, { readonly tokenShare: number; readonly licenceRisk: number }>
> = {
  defensible: { tokenShare: 0.5, licenceRisk: 0.05 },
  everything: { tokenShare: 1, licenceRisk: 0.35 },
};

/** Calendar: month index 0 is 2021-09; the last playable month is 2023-12 (index 27). */
// Source: SOURCE.md §0 (Andy joins in September 2021) and GAME.md (runs to 2023-12).
export const START_YEAR = 2021;
export const START_MONTH = 9;
export const LAST_MONTH_INDEX = 27;
// Source: Gregorian mean month, 365.2425 / 12 days.
export const DAYS_PER_MONTH = 30.436875;
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_HOUR = 3_600;
export const HOURS_PER_MONTH = DAYS_PER_MONTH * 24;

/** World: fleet, demand and money. */
// Source: Microsoft's 2020 Azure supercomputer for OpenAI had 10,000 GPUs (Microsoft blog,
// May 2020); [game] the run starts with 10,000 A100s.
export const START_A100 = 10_000;
// Source: [game] the opening split of those GPUs: most train, 15% serve the API, 5% do research.
export const START_ALLOCATION = { training: 8_000, serving: 1_500, research: 500 } as const;
// Source: [game] research may take at most a quarter of the fleet: the story's research team never
// had more than a fraction of OpenAI's GPUs; the cap keeps "all GPUs to research" off the slider.
export const RESEARCH_SHARE_MAX = 0.25;
// Source: [game] the Microsoft deal brings the fleet to ~30,000 A100s, enough for the ~25,000-GPU
// GPT-4 run (S-G4-cn) plus serving.
export const MICROSOFT_DEAL_A100 = 20_000;
// Source: [game] extra A100s borrowed from Microsoft after ChatGPT (SOURCE.md §6).
export const BORROWED_A100 = 8_000;
// Source: SemiAnalysis "today" estimate uses 8,192 H100s (FORMULAS.md §6).
export const H100_ARRIVAL = 8_192;
// Source: [game] ~$1B Microsoft investment (2019) as the starting balance; $10B reported in 2023.
export const START_MONEY_USD = 1e9;
export const MICROSOFT_DEAL_USD = 10e9;
// Source: OpenAI blog (March 2021) "GPT-3 generates an average of 4.5 billion words per day":
// ≈ 6e9 tokens/day at 1.33 tokens/word ≈ 69,000 tokens/s.
export const START_API_TOKENS_PER_SECOND = (4.5e9 * 1.33) / SECONDS_PER_DAY;
// Source: [game] API demand grows 6% a month before ChatGPT.
export const API_MONTHLY_GROWTH = 0.06;
// Source: UBS note (Feb 2023, widely reported): ChatGPT reached 100M monthly users two months after
// launch. [game] the seeded ceiling is 100M-180M users, half reached 2 months after launch.
export const CHATGPT_USERS_MIN = 100e6;
export const CHATGPT_USERS_MAX = 180e6;
export const CHATGPT_MIDPOINT_MONTHS = 2;
export const CHATGPT_GROWTH_MIN = 1.2;
export const CHATGPT_GROWTH_MAX = 2.0;
// Source: [game] output tokens per user per day (a few answers a day at ~400 tokens each).
export const CHATGPT_TOKENS_PER_USER_PER_DAY = 1200;
// Source: GPT-4 launched to ChatGPT Plus subscribers only (a few percent of ChatGPT's users), capped
// at 100 and then 25 messages every 3 hours, and to a waitlisted API (OpenAI, March 2023); [game]
// its demand is 3% of ChatGPT's tokens, ramping over 3 months. At launch one GPU serves ~15 GPT-4
// tokens/s against ~33 for GPT-3.5 (the seed plans), so this share asks for about 7% more GPUs.
export const GPT4_DEMAND_SHARE_OF_CHATGPT = 0.03;
export const GPT4_DEMAND_RAMP_MONTHS = 3;
// Source: OpenAI pricing: davinci $0.02/1K tokens (Sept 2022), gpt-3.5-turbo $0.002/1K (March 2023),
// GPT-4 8k $0.06/1K completion (March 2023). ChatGPT: [game] Plus subscriptions ≈ $1/M tokens.
export const API_USD_PER_MILLION_TOKENS = 20;
export const CHATGPT_USD_PER_MILLION_TOKENS = 1;
export const GPT4_USD_PER_MILLION_TOKENS = 60;
/** Reputation (0..100 scale): where it starts and how fast it moves toward REPUTATION_TARGET. */
// Source: [game] a neutral 50 at the start; each month it closes 25% of the gap to its target.
export const START_REPUTATION = 50;
export const REPUTATION_MONTHLY_PULL = 0.25;
// Source: [game] the reputation a month's service earns: 20 + 60·served share + 20·quality (0..100).
export const REPUTATION_TARGET = { base: 20, perServedShare: 60, perQuality: 20 } as const;
// Source: [game] unserved ChatGPT demand loses users: the ceiling drops 10% × unserved share a month.
export const UNSERVED_CEILING_LOSS_PER_MONTH = 0.1;

/** When a technique first exists in the world (month index; 0 = 2021-09). A plan cannot use it earlier. */
// Source: Dao et al., "FlashAttention", arXiv 2205.14135, 27 May 2022 (2022-05 = index 8);
// Ainslie et al., "GQA", arXiv 2305.13245, 22 May 2023 (2023-05 = index 20).
export const PUBLISHED_MONTH_INDEX = {
  flashAttention: { month: "2022-05", index: 8, name: "FlashAttention", authors: "Dao et al." },
  gqa: { month: "2023-05", index: 20, name: "Grouped-query attention", authors: "Ainslie et al." },
} as const;

/** What some story decisions cost the world (decisions.ts). */
/** [game] a checkpoint interval lost to a failure (six-hourly checkpoints, chapter 5). */
export const SETBACK_HOURS_DAYS = 0.25;
/** [game] the loss spike ridden out at a lower learning rate: a day of slower progress lost. */
export const SETBACK_ONE_DAY = 1;
/** [game] the loss spike left alone: the run is rolled back four days. */
export const SETBACK_FOUR_DAYS = 4;
/** [game] the partner's endpoint: "a few nodes", 32 nodes of 8 GPUs. */
export const ENDPOINT_GPUS = 256;
/**
 * [game] the 32k waitlist: 8 replicas of 128 GPUs. A 32k conversation holds four times an 8k one's
 * KV cache (FORMULAS.md §8), so each replica serves a quarter of the sequences.
 */
export const WAITLIST_32K_GPUS = 1_024;

/** GPT-4's work after pre-training: the jobs that compete with ChatGPT for GPUs (SOURCE.md §6-§7). */
export type JobId = "alignment" | "multimodal" | "long_context";
export const JOB_IDS: readonly JobId[] = ["alignment", "multimodal", "long_context"];
export const JOB_LABELS: Readonly<Record<JobId, string>> = {
  alignment: "Alignment and evaluations",
  multimodal: "Multimodal continued training",
  long_context: "32k fine-tune",
};
// Source: SOURCE.md §7 and FORMULAS.md §6 (S-G4-vis): ~2T tokens of continued training on
// multimodal data after text pre-training; 6·N_active·D FLOPs.
export const MULTIMODAL_CONTINUED_TOKENS = 2e12;
// Source: FORMULAS.md §6: the 32k version was fine-tuned from the 8k model. [game] 0.5T tokens at
// 32,768 context, with the attention FLOPs of that length (PaLM App. B).
export const LONG_CONTEXT_FINETUNE_TOKENS = 0.5e12;
export const LONG_CONTEXT_FINETUNE_CONTEXT = 32_768;
// Source: OpenAI's GPT-4 announcement (March 2023): six months spent making GPT-4 safer and more
// aligned after pre-training. [game] RLHF rounds, red-teaming and evaluations run as rounds paced by
// the labellers: at most 6,000 A100s a month can be put to use, for five months (30,000 A100-months;
// sampling from a 1.8T model is most of it).
export const ALIGNMENT_GPUS = 6_000;
export const ALIGNMENT_MONTHS = 5;
// Source: [game] launching before alignment and evaluations are done: perceived quality loses up
// to 15% in proportion to the unfinished share (refusals, odd answers, a narrower release).
export const UNALIGNED_QUALITY_PENALTY = 0.15;

/** Research projects: GPU-months needed to finish. */
// Source: [game] sizes of the side projects SOURCE.md names (Whisper, long context, quantisation,
// FlashAttention trials, scaling-law refits).
export type ResearchId =
  | "whisper"
  | "long_context"
  | "quantisation"
  | "flash_attention"
  | "scaling_laws"
  | "speculative_decoding";

export const RESEARCH_IDS: readonly ResearchId[] = [
  "whisper",
  "long_context",
  "quantisation",
  "flash_attention",
  "scaling_laws",
  "speculative_decoding",
];

export const RESEARCH_GPU_MONTHS: Readonly<Record<ResearchId, number>> = {
  whisper: 2_000,
  long_context: 3_000,
  quantisation: 1_500,
  flash_attention: 800,
  scaling_laws: 1_200,
  speculative_decoding: 1_000,
};

/** What each finished research project changes in the sim (Whisper: the audio source exists). */
export const RESEARCH_EFFECTS = {
  // Source: LLM.int8() (Dettmers et al. 2022) and GPTQ (Frantar et al. 2022): calibrated int8 is
  // near-lossless and int4 loses little; [game] calibration halves the quantisation quality penalty.
  quantisationPenaltyFactor: 0.5,
  // Source: DistillSpec (Zhou et al. 2023): a draft distilled on the target's own outputs is accepted
  // more often; [game] +0.05 acceptance (within the 0.9 cap).
  draftAcceptanceBonus: 0.05,
  // Source: FlashAttention-2 (Dao 2023) about halves v1's attention time by better work
  // partitioning; [game] kernels tuned to our shapes halve FlashAttention's attention cost.
  tunedFlashAttentionCostFactor: 0.5,
  // Source: μTransfer (Yang et al. 2022) and GPT-4's "predictable scaling" (OpenAI 2023 §3):
  // hyperparameters fitted on small runs carry to the big one; [game] the reducible loss
  // (L − E) is 3% lower.
  tunedReducibleLossFactor: 0.97,
  // Source: SOURCE.md §7-8 (32k served only when compute allows) and PagedAttention (Kwon et al.
  // 2023): a long-context conversation holds cache for the tokens it has, not the window;
  // [game] above 8k the reserved KV cache is halved.
  longContextReservationFactor: 0.5,
  longContextAboveTokens: 8192,
} as const;

/** Serving replicas as deployments (serving.ts): the links a decode step crosses. */
// Source: Narayanan et al. 2021 (S-MEG) / NVIDIA FasterTransformer: a tensor-parallel layer does two
// all-reduces in its forward pass (after attention and after the MLP). At decode the messages are a
// few KB, so their time is the all-reduce's fixed latency, not bandwidth: NCCL's small-message ring
// all-reduce on one 8-GPU NVLink node takes several microseconds. [game] 8 µs per all-reduce.
export const INFERENCE_ALLREDUCE_LATENCY_SECONDS = 8e-6;
// Source: Narayanan et al. 2021 §2.2 and §4.1 (S-MEG): a pipeline stage sends its activations to the
// next with a point-to-point send, each tensor-parallel rank sending its 1/t slice (scatter/gather);
// [game] 10 µs of fixed latency per hop (NCCL send/recv over InfiniBand or NVLink).
export const PIPELINE_HOP_LATENCY_SECONDS = 10e-6;
// Source: LLM.int8() (Dettmers et al. 2022) and GPTQ keep activations in 16 bits when weights are 8-
// or 4-bit: activations cross links and all-reduces at 2 bytes per value whatever the weights.
export const ACTIVATION_BYTES_PER_VALUE = 2;

/**
 * Communication outside tensor parallelism (FORMULAS.md §13): data-parallel gradients, ZeRO-3
 * gathers, MoE all-to-all and pipeline point-to-point, all per GPU per optimizer step.
 */
// Source: ZeRO (Rajbhandari et al. 2020, S-ZERO) and PyTorch DDP (Li et al. 2020): gradients are
// reduced in bf16/fp16, 2 bytes per parameter.
export const GRADIENT_COMM_BYTES_PER_PARAM = 2;
// Source: Li et al. 2020 (PyTorch DDP, VLDB), bucketed all-reduce overlaps the backward pass. Under
// gradient accumulation gradients are final only in the last micro-batch, so the reduce can hide
// behind that micro-batch's backward, the backward being this share of a micro-batch's compute
// (Kaplan §2.1: backward 4N of 6N per token), and behind the pipeline's cool-down, taken as this share
// of the bubble (the drain half of fill-and-drain, Narayanan et al. 2021 Fig. 3). [game] the hidden
// traffic does not slow the compute it runs beside (NCCL's SM use is not charged).
export const BACKWARD_SHARE_OF_COMPUTE = 2 / 3;
export const BUBBLE_SHARE_FOR_GRADIENT_REDUCE = 0.5;
// Source: GShard (Lepikhin et al. 2021) and Switch (Fedus et al. 2022): an MoE layer does two
// all-to-alls forward (dispatch, combine) and two backward, each moving tokens · top-k · d_model values.
export const MOE_ALL_TO_ALLS_PER_LAYER = 4;
export const ACTIVATION_COMM_BYTES_PER_VALUE = 2;

/** The critical batch (FORMULAS.md §13): past it, more tokens per step buy less loss per token. */
// Source: Kaplan et al. 2020 §5.1 Eq. 5.3: B_crit(L) ≈ B*/L^(1/α_B), B* ≈ 2e8 tokens, α_B ≈ 0.21, fitted
// on models up to 1.5B parameters in their own loss units (WebText2).
export const KAPLAN_CRITICAL_BATCH_ALPHA = 0.21;
// Source: [game, calibrated] B* in this sim's loss units (the datablations fit, C4), set so that at the
// seed GPT-4's loss (1.94 nats) B_crit = 1.5e9 / 1.94^(1/0.21) ≈ 64M tokens: its 60M-token batch sits just
// under the critical batch (FORMULAS.md §13), as DeepSeek-V3's ~61M-token late batch did at similar
// scale. Kaplan's own B* read on this loss scale would put B_crit at 8.5M, below Llama 3 405B's 16M.
export const CRITICAL_BATCH_TOKENS_AT_UNIT_LOSS = 1.5e9;
// Source: McCandlish et al. 2018 §2.3 (S/S_min − 1)(E/E_min − 1) = 1, so a batch B needs
// E = E_min·(1 + B/B_crit) tokens. [game] The loss fit's runs were trained near their critical batch
// (Kaplan §5.1 recommends it as the compromise; the Chinchilla and datablations runs tuned batch
// sizes), so the fit's tokens already cost E_min·(1 + 1): a token at batch B is worth
// (1 + 1)/(1 + B/B_crit) of the fit's, and no more than 1 below B_crit (the fit measured nothing
// better; a smaller batch saves tokens only by taking more steps, which the sim charges as bubble).
export const FIT_BATCH_OVER_CRITICAL = 1;

/**
 * The physics' version: raise it whenever a change moves the numbers a replay of the same decisions
 * gives. Run codes and saves carry it inside their build fingerprint (src/persist/code.ts
 * storyBuild), so a link made before the change says it was replayed on this version.
 * 2: sizes from the shape, communication, the critical batch, serving deployments (issue 10).
 */
export const PHYSICS_VERSION = 2;

/** The MLP's hidden width as a multiple of d_model when a plan does not say (GPT-2/3: 4·d). */
// Source: Vaswani et al. 2017 and Kaplan et al. 2020 §2.1: d_ff = 4·d_model.
export const DEFAULT_MLP_RATIO = 4;

/** Ratio of the MoE-effective size to the compute-optimal size for the unique data that flags "too big". */
// Source: Muennighoff et al. 2023: beyond ~4x N_opt(U) (R_N ≈ 3) excess parameters keep under 3/4 of their value.
export const TOO_BIG_FOR_DATA_RATIO = 4;

/** GPT-4's post-training jobs (world.ts) run at the pre-training run's MFU, or this when it has none. */
// Source: [game] a round MFU just under the 32-36% reported for GPT-4's pre-training (FORMULAS.md §6).
export const POST_TRAINING_FALLBACK_MFU = 0.3;

/** The share of demand `servingSplit` (world.ts) sizes the serving GPUs for by default. */
// Source: [game] nearly all of it: the last 2% would take a whole node more at most demands.
export const SERVING_SPLIT_TARGET_SHARE = 0.98;
