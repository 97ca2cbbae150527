/**
 * The explain layer's sentences (src/explain): why a plan does not fit or cannot start, the advice
 * a plan that fits is still given, and the labels and notes of "show the math". Formulas' symbols
 * and the printed values stay in the code; numbers arrive formatted.
 */
import { messages } from "..";

/** A training plan's four memory parts, as src/explain/advice.ts names them. */
type MemoryPart = "weights" | "gradients" | "optimiser state" | "activations";

const ZH_PARTS: Readonly<Record<MemoryPart, string>> = {
  weights: "权重",
  gradients: "梯度",
  "optimiser state": "优化器状态",
  activations: "激活",
};

/** "a, b or c" */
const enOrList = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");

/** "a、b或c", with a space where 或 meets a Latin word ("重计算或 FlashAttention"). */
const zhOrList = (items: readonly string[]): string => {
  if (items.length < 2) return items[0] ?? "";
  const head = items.slice(0, -1).join("、");
  const last = items.at(-1) ?? "";
  const latin = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  return `${head}${latin(head.at(-1)) ? " " : ""}或${latin(last[0]) ? " " : ""}${last}`;
};

const EN_REPEATS =
  "Muennighoff et al. 2023 (data-constrained scaling: repeated tokens are worth less)";
const ZH_REPEATS = "Muennighoff et al. 2023（数据受限下的缩放：重复的 token 价值更低）";
const EN_LOSS = "Muennighoff et al. 2023 fit; Hoffmann et al. 2022 Eq. 10 form";
const ZH_LOSS = "Muennighoff et al. 2023 的拟合；Hoffmann et al. 2022 式 10 的形式";
const EN_TUNED = "hyperparameters fitted on small runs (the scaling-law research; OpenAI 2023 §3)";
const ZH_TUNED = "在小规模训练上拟合的超参数（缩放定律研究；OpenAI 2023 §3）";

export const explainText = messages("explain", {
  en: {
    // --- advice.ts: the fixes memory advice lists
    fixFullRecompute: "full activation recompute",
    fixRecompute: "activation recompute",
    fixSequenceParallel: "sequence parallelism",
    fixSmallerMicrobatch: "a smaller micro-batch",
    fixMorePipelineStages: "more pipeline stages",
    fixZeroStage: (p: { stage: number }) => `ZeRO stage ${p.stage}`,
    fixWiderTensor: "wider tensor parallelism",
    largestPart: (p: { part: MemoryPart; fixes: readonly string[] }) => {
      const subject = p.part[0]?.toUpperCase() + p.part.slice(1);
      const verb = p.part === "optimiser state" ? "is" : "are";
      return `${subject} ${verb} the largest part: try ${enOrList(p.fixes)}.`;
    },
    doesNotFit: (p: { advice: string }) => `Does not fit. ${p.advice}`,
    // --- advice.ts: why a training plan cannot start
    invalidPlan: "The plan has a zero or negative size somewhere.",
    noData: "The data mix is empty: pick at least one source and one epoch.",
    pipelineExceedsLayers: (p: { stages: number; layers: number }) =>
      `${p.stages} pipeline stages for ${p.layers} layers: each stage needs at least one layer.`,
    tooManyChunks: (p: { chunks: number; layersPerStage: number }) =>
      `${p.chunks} interleaved chunks per GPU for ${p.layersPerStage} layers per stage: each chunk needs at least one layer.`,
    layersNotDivisible: (p: { layers: number; stages: number; chunks: number }) =>
      `${p.layers} layers do not split evenly into ${p.stages} stages x ${p.chunks} chunks.`,
    expertsNotDivisible: (p: { experts: number; ways: number; copies: string }) =>
      `${p.experts} experts over ${p.ways}-way expert parallelism need the experts and the ${p.copies} data-parallel copies to divide evenly by ${p.ways}.`,
    batchTooSmall: (p: { batch: string; microbatch: string; copies: string }) =>
      `A batch of ${p.batch} is less than one micro-batch (${p.microbatch}) for each of ${p.copies} data-parallel copies: raise the batch or use fewer GPUs.`,
    headsNotDivisible: (p: { heads: number; ways: number }) =>
      `${p.heads} attention heads do not split evenly over ${p.ways}-way tensor parallelism.`,
    tooFewGpus: (p: { tensor: number; pipeline: number; gpus: number }) =>
      `One model copy needs ${p.tensor} x ${p.pipeline} = ${p.gpus} GPUs; the pool has fewer.`,
    notPublished: (p: { name: string; authors: string; month: string }) =>
      `${p.name} does not exist yet: ${p.authors} publish it in ${p.month}.`,
    notPublishedAny: "The plan uses a technique that is not published yet.",
    memory: (p: {
      need: string;
      capacity: string;
      weights: string;
      gradients: string;
      optimiser: string;
      activations: string;
      advice: string;
    }) =>
      `Needs ${p.need} per GPU but a GPU holds ${p.capacity}: weights ${p.weights}, ` +
      `gradients ${p.gradients}, optimiser ${p.optimiser}, activations ${p.activations}. ${p.advice}`,
    // --- advice.ts: what a plan that fits is still told
    tooBigForData: (p: { ratio: string }) =>
      `Too big for its data: ${p.ratio} the compute-optimal size (Chinchilla's warning).`,
    pastCriticalBatch: (p: { batch: string; critical: string; worth: string }) =>
      `A ${p.batch} batch is past the critical batch (${p.critical}): each token counts ${p.worth}, so the same loss needs more tokens.`,
    adviceNotes: (p: { notes: readonly string[] }) => p.notes.join(" "),
    // --- advice.ts: why a serving plan cannot run
    servingInvalid: "The serving plan has a zero or negative size somewhere.",
    servingPipelineExceedsLayers: (p: {
      gpus: number;
      stages: number;
      tensor: number;
      layers: number;
    }) =>
      `${p.gpus} GPUs make ${p.stages} pipeline stages of ${p.tensor}, more than the model's ${p.layers} layers.`,
    servingWeights: (p: { bytes: string; gpus: number }) =>
      `The weights (${p.bytes}) do not fit in ${p.gpus} GPUs.`,
    servingKvCache: (p: { bytes: string }) =>
      `No room left for one sequence's KV cache (${p.bytes}).`,
    servingTooFewGpus: (p: { gpus: number }) =>
      `One replica needs ${p.gpus} GPUs; the pool has fewer.`,
    // --- math.ts: labels, notes and sources of "show the math"
    sourceMoeSizing:
      "FORMULAS.md §5 (MoE sizing: experts are the MLPs, attention and embeddings are shared)",
    sourceDenseSizing: "Kaplan et al. 2020 §2.1; FORMULAS.md §1 (attention and MLP per layer)",
    labelTotalParams: "Total parameters",
    labelActiveParams: "Active parameters",
    labelDenseEquivalent: "Dense-equivalent size",
    sourceMoeEffective:
      "GLaM and Mixtral data points; Clark et al. 2022 (unified scaling laws for routed models)",
    sourceDenseOwnSize: "a dense model is its own size",
    labelTrainingCompute: "Training compute",
    labelBubble: "Pipeline bubble",
    labelMemoryPerGpu: "Memory per GPU",
    sourceMemory: "Rajbhandari et al. 2020 (ZeRO); Korthikanti et al. 2022 (activations)",
    labelTrainingDays: "Training days",
    sourceWallClock: "FORMULAS.md §6 wall-clock check",
    whyNoCopyFits: "Not running: no data-parallel copy of the model fits in the pool.",
    labelGpusUsed: "GPUs used",
    sourceGpusUsed: "Narayanan et al. 2021 (PTD-P: tensor × pipeline × data parallelism)",
    labelTrainingCost: "Training cost",
    sourceTrainingCost: "FORMULAS.md §6 cost check (SemiAnalysis: $1 an A100-hour)",
    labelEffectiveTokens: "Effective tokens",
    labelEffectiveTokensPastCritical: (p: { critical: string }) =>
      `Effective tokens (the batch is past its critical size, ${p.critical} tokens)`,
    sourceRepeats: EN_REPEATS,
    sourceRepeatsPastCritical: `${EN_REPEATS}; McCandlish et al. 2018 and Kaplan et al. 2020 §5.1 (past the critical batch a token is worth less)`,
    sourceTensorParallel: "Narayanan et al. 2021 (Megatron-LM: 4 all-reduces of 2·s·b·h per layer)",
    labelTensorParallelNone: "Tensor-parallel traffic (none at t = 1)",
    labelTensorParallel: "Tensor-parallel traffic, per layer and micro-batch",
    sourceMfu:
      "PaLM App. B (MFU); Narayanan et al. 2021 (bubble, TP); FORMULAS.md §13 (the step's traffic)",
    labelMfuBlended: "MFU (the batch ramp and the final batch, blended by tokens)",
    sourceCommunication:
      "Li et al. 2020 (DDP overlap); Rajbhandari et al. 2020 (ZeRO-3 gathers); Narayanan et al. 2021 (pipeline); Lepikhin et al. 2021 (all-to-all)",
    labelCommunication: "Communication",
    whyNoStep: "Not running: no step to time.",
    labelCommunicationShare: "Communication on the critical path, share of a step",
    labelEffectiveParams: "Effective parameters",
    whyNoUniqueData: "No unique data yet, so no parameter is worth anything.",
    sourceLoss: EN_LOSS,
    sourceLossTuned: `${EN_LOSS}; ${EN_TUNED}`,
    labelLoss: "Predicted loss",
    whyNoLoss: "No loss without data and a model.",
    labelScalingCurves: (p: {
      flops: string;
      denseParams: string;
      denseTokens: string;
      moeTotal: string;
      moeActive: string;
      experts: number;
      topK: number;
    }) =>
      `Scaling curves at ${p.flops}: dense ${p.denseParams} on ${p.denseTokens}, MoE ${p.moeTotal} total (${p.moeActive} active, ${p.experts} experts, top-${p.topK})`,
    sourceScalingCurves: (p: { tuned: boolean }) =>
      `Hoffmann et al. 2022 (compute-optimal N and D); ${EN_LOSS}; FORMULAS.md §5 (MoE effective size)${p.tuned ? `; ${EN_TUNED}` : ""}`,
    sourceCapability:
      "[game] scale from GPT-2 (0) to a 10T model on 100T tokens (100), on the Muennighoff et al. 2023 reducible loss; code helps reasoning (Ma et al. 2023)",
    labelCapability: "Capability",
    whyNoCapability: "No capability without a loss.",
    labelUniqueTokens: "Unique tokens used",
    sourceSourceSizes: "SOURCE.md §5 (the sizes of the sources)",
    labelTokensSeen: "Tokens seen",
    sourceTokensSeen: "FORMULAS.md §4 (Muennighoff et al. 2023: D = U · epochs)",
    labelCodeShare: "Code share",
    sourceCodeShare: "FORMULAS.md §4 (Muennighoff et al. 2023: code as extra data)",
    labelLicenceRisk: "Licence risk",
    sourceLicenceRisk: "[game] weights per source (SOURCE.md §5: where each source came from)",
    labelSourceShare: (p: { source: string }) => `${p.source}: share of the mix`,
    sourceDataSource:
      "Muennighoff et al. 2023 (repeats); SOURCE.md §5 (sizes); [game] risk weights",
    whyNotInMix: "Not in the mix.",
    sourceServe:
      "Pope et al. 2022 §2 (decode roofline per chip); Narayanan et al. 2021 (stages, hops)",
    whyServingDoesNotRun: "The serving plan does not run.",
    labelWeightsPerGpu: "Weights per GPU",
    sourceBytesPerParam: "FORMULAS.md §11 (bytes per parameter)",
    labelKvPerSequence: (p: { attention: string; heads: number }) =>
      `KV cache per sequence (${p.attention}: ${p.heads} KV head${p.heads === 1 ? "" : "s"})`,
    labelSequencesPerReplica: "Sequences per replica",
    sourcePagedAttention:
      "Kwon et al. 2023 (PagedAttention: the KV cache fills what the weights leave)",
    labelTokensPerGpu: (p: { tensor: number; stages: number; memoryBound: boolean }) =>
      `Tokens/s per GPU (${p.tensor} x ${p.stages}: ${p.memoryBound ? "reads" : "matmuls"} bound)`,
    labelSpeculativeOff: "Speculative speedup (drafting is off)",
    labelSpeculative: (p: { distilled: boolean }) =>
      `Speculative speedup${p.distilled ? " (distilled draft)" : ""}: tokens per cycle against the cycle without drafting`,
    sourceSpeculative:
      "Leviathan et al. 2023 Eq. 1 (tokens per target call); throughput against the same plan undrafted",
    labelLatency: "Latency per token",
    labelCostPerMillion: "Cost per million tokens",
    sourceCostPerToken: "FORMULAS.md §8 cost per token",
    labelQuality: "Perceived quality",
    sourceQuality: (p: { alignment: boolean }) =>
      `LLM.int8() and GPTQ (quantisation); Ainslie et al. 2023 (GQA); SOURCE.md §8 (a lenient verifier)${p.alignment ? "; OpenAI's GPT-4 announcement (six months of alignment)" : ""}`,
    labelDemandServed: "Demand served",
    sourceGameServing: "GAME.md (serving)",
    labelDemandServedNone: "Demand served (no demand)",
    sourceFleet: "GAME.md (time and the fleet: training takes A100s first, serving H100s)",
    sourceServed: "GAME.md (serving: every stream gets the same share of what it asks)",
    labelDemandServedNoneYet: "Demand served (no demand yet)",
    whyServingDoesNotFit: "A serving plan does not fit its GPUs, so nothing is served.",
    labelTrainingGpus: "Training GPUs",
    labelServingGpus: "Serving GPUs",
    whyNoCopyFitsTraining:
      "Not running: no data-parallel copy of the model fits in the training GPUs.",
    labelGpuBill: "GPU bill per month",
    sourcePrices: "FORMULAS.md §12 prices (SemiAnalysis: $1 an A100-hour, $2 an H100-hour)",
    labelRevenue: "Revenue per month",
    sourceRevenue: "OpenAI's price lists of 2022-2023 (API, ChatGPT Plus per token, GPT-4 API)",
    labelMoney: "Money",
    sourceMoney: "SOURCE.md §1 (the Microsoft deal); FORMULAS.md §12 prices; OpenAI's price lists",
    sourceAlignmentJob:
      "OpenAI's GPT-4 announcement (six months of alignment and evaluations); [game] pacing",
    sourceMultimodalJob:
      "SOURCE.md §7, FORMULAS.md §6 (~2T tokens of multimodal continued training); Kaplan et al. 2020 §2.1",
    sourceLongContextJob:
      "FORMULAS.md §6 (the 32k model fine-tuned from the 8k one); Kaplan et al. 2020 §2.1; PaLM App. B",
    labelJob: (p: { job: string; done: boolean; progress: string; maxGpus: string | null }) =>
      `${p.job}: ${p.done ? "done" : p.progress} (${
        p.maxGpus === null
          ? "runs on the training GPUs no run uses, shared with the other open jobs"
          : `paced: at most ${p.maxGpus} GPUs a month`
      })`,
  },
  "zh-CN": {
    fixFullRecompute: "完整激活重计算",
    fixRecompute: "激活重计算",
    fixSequenceParallel: "序列并行",
    fixSmallerMicrobatch: "更小的微批次",
    fixMorePipelineStages: "更多流水线级",
    fixZeroStage: (p: { stage: number }) => `ZeRO 第 ${p.stage} 阶段`,
    fixWiderTensor: "更大的张量并行度",
    largestPart: (p: { part: MemoryPart; fixes: readonly string[] }) =>
      `${ZH_PARTS[p.part]}占用最多：可以试试${zhOrList(p.fixes)}。`,
    doesNotFit: (p: { advice: string }) => `显存放不下。${p.advice}`,
    invalidPlan: "方案里有为零或为负的尺寸。",
    noData: "数据配比为空：至少选一个数据源，并至少训练一轮。",
    pipelineExceedsLayers: (p: { stages: number; layers: number }) =>
      `${p.layers} 层分不出 ${p.stages} 个流水线级：每级至少要有一层。`,
    tooManyChunks: (p: { chunks: number; layersPerStage: number }) =>
      `每级只有 ${p.layersPerStage} 层，却要在每张 GPU 上交错 ${p.chunks} 个块：每块至少要有一层。`,
    layersNotDivisible: (p: { layers: number; stages: number; chunks: number }) =>
      `${p.layers} 层无法均分为 ${p.stages} 级 × ${p.chunks} 块。`,
    expertsNotDivisible: (p: { experts: number; ways: number; copies: string }) =>
      `${p.experts} 个专家采用 ${p.ways} 路专家并行时，专家数和 ${p.copies} 个数据并行副本都必须能被 ${p.ways} 整除。`,
    batchTooSmall: (p: { batch: string; microbatch: string; copies: string }) =>
      `${p.batch} 的批大小不够 ${p.copies} 个数据并行副本每个分到一个微批次（${p.microbatch}）：请调大批大小，或减少 GPU。`,
    headsNotDivisible: (p: { heads: number; ways: number }) =>
      `${p.heads} 个注意力头无法在 ${p.ways} 路张量并行上均分。`,
    tooFewGpus: (p: { tensor: number; pipeline: number; gpus: number }) =>
      `一份模型副本需要 ${p.tensor} × ${p.pipeline} = ${p.gpus} 张 GPU；资源池里没有这么多。`,
    notPublished: (p: { name: string; authors: string; month: string }) =>
      `${p.name} 还不存在：${p.authors} 要到 ${p.month} 才发表。`,
    notPublishedAny: "方案用到了尚未发表的技术。",
    memory: (p: {
      need: string;
      capacity: string;
      weights: string;
      gradients: string;
      optimiser: string;
      activations: string;
      advice: string;
    }) =>
      `每张 GPU 需要 ${p.need}，但一张 GPU 只有 ${p.capacity}：权重 ${p.weights}，` +
      `梯度 ${p.gradients}，优化器 ${p.optimiser}，激活 ${p.activations}。${p.advice}`,
    tooBigForData: (p: { ratio: string }) =>
      `模型相对数据太大：是算力最优规模的 ${p.ratio}（Chinchilla 的警告）。`,
    pastCriticalBatch: (p: { batch: string; critical: string; worth: string }) =>
      `${p.batch} 的批大小超过了临界批大小（${p.critical}）：每个 token 只顶 ${p.worth}，要达到同样的损失需要更多 token。`,
    adviceNotes: (p: { notes: readonly string[] }) => p.notes.join(""),
    servingInvalid: "服务方案里有为零或为负的尺寸。",
    servingPipelineExceedsLayers: (p: {
      gpus: number;
      stages: number;
      tensor: number;
      layers: number;
    }) =>
      `${p.gpus} 张 GPU 组成 ${p.stages} 个流水线级（每级 ${p.tensor} 张），多于模型的 ${p.layers} 层。`,
    servingWeights: (p: { bytes: string; gpus: number }) =>
      `权重（${p.bytes}）放不进 ${p.gpus} 张 GPU。`,
    servingKvCache: (p: { bytes: string }) => `显存已放不下一条序列的 KV cache（${p.bytes}）。`,
    servingTooFewGpus: (p: { gpus: number }) =>
      `一个副本需要 ${p.gpus} 张 GPU；资源池里没有这么多。`,
    sourceMoeSizing: "FORMULAS.md §5（MoE 规模：专家就是 MLP，注意力与嵌入层共享）",
    sourceDenseSizing: "Kaplan et al. 2020 §2.1；FORMULAS.md §1（每层的注意力与 MLP）",
    labelTotalParams: "总参数量",
    labelActiveParams: "激活参数量",
    labelDenseEquivalent: "等效稠密规模",
    sourceMoeEffective: "GLaM 与 Mixtral 的数据点；Clark et al. 2022（路由模型的统一缩放定律）",
    sourceDenseOwnSize: "稠密模型的等效规模就是它本身",
    labelTrainingCompute: "训练算力",
    labelBubble: "流水线气泡",
    labelMemoryPerGpu: "每张 GPU 的显存",
    sourceMemory: "Rajbhandari et al. 2020（ZeRO）；Korthikanti et al. 2022（激活）",
    labelTrainingDays: "训练天数",
    sourceWallClock: "FORMULAS.md §6 实际耗时核对",
    whyNoCopyFits: "未运行：资源池连一份数据并行的模型副本都放不下。",
    labelGpusUsed: "使用的 GPU",
    sourceGpusUsed: "Narayanan et al. 2021（PTD-P：张量 × 流水线 × 数据并行）",
    labelTrainingCost: "训练成本",
    sourceTrainingCost: "FORMULAS.md §6 成本核对（SemiAnalysis：每 A100 小时 $1）",
    labelEffectiveTokens: "有效 token 数",
    labelEffectiveTokensPastCritical: (p: { critical: string }) =>
      `有效 token 数（批大小已超过临界值 ${p.critical} token）`,
    sourceRepeats: ZH_REPEATS,
    sourceRepeatsPastCritical: `${ZH_REPEATS}；McCandlish et al. 2018 与 Kaplan et al. 2020 §5.1（超过临界批大小后，每个 token 的价值降低）`,
    sourceTensorParallel: "Narayanan et al. 2021（Megatron-LM：每层 4 次 2·s·b·h 的 all-reduce）",
    labelTensorParallelNone: "张量并行通信（t = 1 时没有）",
    labelTensorParallel: "张量并行通信（每层、每个微批次）",
    sourceMfu:
      "PaLM App. B（MFU）；Narayanan et al. 2021（气泡、TP）；FORMULAS.md §13（每步的通信）",
    labelMfuBlended: "MFU（批大小爬升阶段与最终批大小，按 token 数加权）",
    sourceCommunication:
      "Li et al. 2020（DDP 计算通信重叠）；Rajbhandari et al. 2020（ZeRO-3 参数收集）；Narayanan et al. 2021（流水线）；Lepikhin et al. 2021（all-to-all）",
    labelCommunication: "通信",
    whyNoStep: "未运行：没有可计时的训练步。",
    labelCommunicationShare: "关键路径上的通信，占每步时间的比例",
    labelEffectiveParams: "有效参数量",
    whyNoUniqueData: "还没有不重复的数据，参数再多也不顶用。",
    sourceLoss: ZH_LOSS,
    sourceLossTuned: `${ZH_LOSS}；${ZH_TUNED}`,
    labelLoss: "预测损失",
    whyNoLoss: "没有数据和模型，就谈不上损失。",
    labelScalingCurves: (p: {
      flops: string;
      denseParams: string;
      denseTokens: string;
      moeTotal: string;
      moeActive: string;
      experts: number;
      topK: number;
    }) =>
      `${p.flops} 下的缩放曲线：稠密模型 ${p.denseParams}，训练 ${p.denseTokens} token；MoE 共 ${p.moeTotal}（激活 ${p.moeActive}，${p.experts} 个专家，top-${p.topK}）`,
    sourceScalingCurves: (p: { tuned: boolean }) =>
      `Hoffmann et al. 2022（算力最优的 N 与 D）；${ZH_LOSS}；FORMULAS.md §5（MoE 等效规模）${p.tuned ? `；${ZH_TUNED}` : ""}`,
    sourceCapability:
      "[游戏设定] 以 Muennighoff et al. 2023 的可约损失为准，GPT-2 记 0 分，用 100T token 训练的 10T 模型记 100 分；代码有助于推理（Ma et al. 2023）",
    labelCapability: "能力",
    whyNoCapability: "没有损失值，就没有能力分。",
    labelUniqueTokens: "使用的不重复 token",
    sourceSourceSizes: "SOURCE.md §5（各数据源的规模）",
    labelTokensSeen: "训练见过的 token",
    sourceTokensSeen: "FORMULAS.md §4（Muennighoff et al. 2023：D = U · epochs）",
    labelCodeShare: "代码占比",
    sourceCodeShare: "FORMULAS.md §4（Muennighoff et al. 2023：代码作为额外数据）",
    labelLicenceRisk: "版权风险",
    sourceLicenceRisk: "[游戏设定] 各数据源的风险权重（SOURCE.md §5：各数据源的来历）",
    labelSourceShare: (p: { source: string }) => `${p.source}：在配比中的占比`,
    sourceDataSource: "Muennighoff et al. 2023（重复）；SOURCE.md §5（规模）；[游戏设定] 风险权重",
    whyNotInMix: "不在配比中。",
    sourceServe:
      "Pope et al. 2022 §2（每芯片的解码 roofline）；Narayanan et al. 2021（流水线级与跨级传输）",
    whyServingDoesNotRun: "服务方案无法运行。",
    labelWeightsPerGpu: "每张 GPU 的权重",
    sourceBytesPerParam: "FORMULAS.md §11（每个参数的字节数）",
    labelKvPerSequence: (p: { attention: string; heads: number }) =>
      `每条序列的 KV cache（${p.attention}：${p.heads} 个 KV 头）`,
    labelSequencesPerReplica: "每个副本的序列数",
    sourcePagedAttention: "Kwon et al. 2023（PagedAttention：权重放下后剩余的显存都留给 KV cache）",
    labelTokensPerGpu: (p: { tensor: number; stages: number; memoryBound: boolean }) =>
      `每张 GPU 的 tokens/s（${p.tensor} × ${p.stages}：瓶颈在${p.memoryBound ? "显存读取" : "矩阵乘"}）`,
    labelSpeculativeOff: "投机解码加速（未开启草稿模型）",
    labelSpeculative: (p: { distilled: boolean }) =>
      `投机解码加速${p.distilled ? "（蒸馏草稿模型）" : ""}：每轮产出的 token，对比不用草稿时的一轮`,
    sourceSpeculative:
      "Leviathan et al. 2023 式 1（每次调用目标模型产出的 token）；与不用草稿的同一方案比吞吐量",
    labelLatency: "每 token 延迟",
    labelCostPerMillion: "每百万 token 成本",
    sourceCostPerToken: "FORMULAS.md §8 每 token 成本",
    labelQuality: "感知质量",
    sourceQuality: (p: { alignment: boolean }) =>
      `LLM.int8() 与 GPTQ（量化）；Ainslie et al. 2023（GQA）；SOURCE.md §8（宽松的验证器）${p.alignment ? "；OpenAI 的 GPT-4 发布公告（六个月的对齐）" : ""}`,
    labelDemandServed: "需求满足率",
    sourceGameServing: "GAME.md（服务）",
    labelDemandServedNone: "需求满足率（没有需求）",
    sourceFleet: "GAME.md（时间与机群：训练优先用 A100，服务优先用 H100）",
    sourceServed: "GAME.md（服务：每路需求都按同一比例得到满足）",
    labelDemandServedNoneYet: "需求满足率（暂无需求）",
    whyServingDoesNotFit: "有服务方案放不进分给它的 GPU，所以什么也服务不了。",
    labelTrainingGpus: "训练 GPU",
    labelServingGpus: "服务 GPU",
    whyNoCopyFitsTraining: "未运行：训练 GPU 连一份数据并行的模型副本都放不下。",
    labelGpuBill: "每月 GPU 账单",
    sourcePrices: "FORMULAS.md §12 价格（SemiAnalysis：每 A100 小时 $1，每 H100 小时 $2）",
    labelRevenue: "每月收入",
    sourceRevenue: "OpenAI 2022–2023 年的价目表（API、按 token 折算的 ChatGPT Plus、GPT-4 API）",
    labelMoney: "资金",
    sourceMoney: "SOURCE.md §1（与 Microsoft 的协议）；FORMULAS.md §12 价格；OpenAI 的价目表",
    sourceAlignmentJob: "OpenAI 的 GPT-4 发布公告（六个月的对齐与评估）；[游戏设定] 节奏",
    sourceMultimodalJob:
      "SOURCE.md §7、FORMULAS.md §6（约 2T token 的多模态继续训练）；Kaplan et al. 2020 §2.1",
    sourceLongContextJob:
      "FORMULAS.md §6（32k 模型由 8k 模型微调而来）；Kaplan et al. 2020 §2.1；PaLM App. B",
    labelJob: (p: { job: string; done: boolean; progress: string; maxGpus: string | null }) =>
      `${p.job}：${p.done ? "已完成" : p.progress}（${
        p.maxGpus === null
          ? "使用训练任务没占用的训练 GPU，与其他进行中的任务共享"
          : `限速：每月最多 ${p.maxGpus} 张 GPU`
      }）`,
  },
});
