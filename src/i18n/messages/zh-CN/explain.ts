/** The Chinese table of the "explain" catalogue (../explain.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { explainEn, MemoryPart } from "../explain";

const ZH_PARTS: Readonly<Record<MemoryPart, string>> = {
  weights: "权重",
  gradients: "梯度",
  "optimiser state": "优化器状态",
  activations: "激活",
};

/** "a、b或c", with a space where 或 meets a Latin word ("重计算或 FlashAttention"). */
const zhOrList = (items: readonly string[]): string => {
  if (items.length < 2) return items[0] ?? "";
  const head = items.slice(0, -1).join("、");
  const last = items.at(-1) ?? "";
  const latin = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  return `${head}${latin(head.at(-1)) ? " " : ""}或${latin(last[0]) ? " " : ""}${last}`;
};

const ZH_REPEATS = "Muennighoff et al. 2023（数据受限下的 scaling law：重复的 token 价值更低）";

const ZH_LOSS = "Muennighoff et al. 2023 的拟合；Hoffmann et al. 2022 式 10 的形式";

const ZH_TUNED = "在小规模训练上拟合的超参数（scaling law 研究；OpenAI 2023 §3）";

export const zh: Like<typeof explainEn> = {
  fixFullRecompute: "完整激活重计算",
  fixRecompute: "激活重计算",
  fixSequenceParallel: "序列并行",
  fixSmallerMicrobatch: "更小的微批",
  fixMorePipelineStages: "更多流水线级",
  fixZeroStage: (p) => `ZeRO 第 ${p.stage} 阶段`,
  fixWiderTensor: "更大的张量并行度",
  largestPart: (p) => `${ZH_PARTS[p.part]}占用最多：可以试试 ${zhOrList(p.fixes)}。`,
  doesNotFit: (p) => `显存放不下。${p.advice}`,
  invalidPlan: "方案里有为零或为负的尺寸。",
  noData: "数据配比为空：至少选一个数据源，并至少训练一个 epoch。",
  pipelineExceedsLayers: (p) => `${p.layers} 层分不出 ${p.stages} 个流水线级：每级至少要有一层。`,
  tooManyChunks: (p) =>
    `每级只有 ${p.layersPerStage} 层，却要在每张 GPU 上交错 ${p.chunks} 个块：每块至少要有一层。`,
  layersNotDivisible: (p) => `${p.layers} 层无法均分为 ${p.stages} 级 × ${p.chunks} 块。`,
  expertsNotDivisible: (p) =>
    `${p.experts} 个专家采用 ${p.ways} 路专家并行时，专家数和 ${p.copies} 个数据并行副本都必须能被 ${p.ways} 整除。`,
  batchTooSmall: (p) =>
    `${p.batch} 的批大小不够 ${p.copies} 个数据并行副本每个分到一个微批（${p.microbatch}）：请调大批大小，或减少 GPU。`,
  headsNotDivisible: (p) => `${p.heads} 个注意力头无法在 ${p.ways} 路张量并行上均分。`,
  tooFewGpus: (p) =>
    `一份模型副本需要 ${p.tensor} × ${p.pipeline} = ${p.gpus} 张 GPU；资源池里没有这么多。`,
  notPublished: (p) => `${p.name} 还不存在：${p.authors} 要到 ${p.month} 才发表。`,
  notPublishedAny: "方案用到了尚未发表的技术。",
  memory: (p) =>
    `每张 GPU 需要 ${p.need}，但一张 GPU 只有 ${p.capacity}：权重 ${p.weights}，` +
    `梯度 ${p.gradients}，优化器 ${p.optimiser}，激活 ${p.activations}。${p.advice}`,
  tooBigForData: (p) => `模型相对数据太大：是算力最优规模的 ${p.ratio}（Chinchilla 的警告）。`,
  pastCriticalBatch: (p) =>
    `${p.batch} 的批大小超过了临界批大小（${p.critical}）：每个 token 只顶 ${p.worth}，要达到同样的 loss 需要更多 token。`,
  adviceNotes: (p) => p.notes.join(""),
  servingInvalid: "推理方案里有为零或为负的尺寸。",
  servingPipelineExceedsLayers: (p) =>
    `${p.gpus} 张 GPU 组成 ${p.stages} 个流水线级（每级 ${p.tensor} 张），多于模型的 ${p.layers} 层。`,
  servingWeights: (p) => `权重（${p.bytes}）放不进 ${p.gpus} 张 GPU。`,
  servingKvCache: (p) => `显存已放不下一条序列的 KV cache（${p.bytes}）。`,
  servingTooFewGpus: (p) => `一个副本需要 ${p.gpus} 张 GPU；资源池里没有这么多。`,
  sourceMoeSizing: "FORMULAS.md §5（MoE 规模：专家就是 MLP，注意力与嵌入层共享）",
  sourceDenseSizing: "Kaplan et al. 2020 §2.1；FORMULAS.md §1（每层的注意力与 MLP）",
  labelTotalParams: "总参数量",
  labelActiveParams: "激活参数量",
  labelDenseEquivalent: "等效稠密规模",
  sourceMoeEffective: "GLaM 与 Mixtral 的数据点；Clark et al. 2022（路由模型的统一 scaling law）",
  sourceDenseOwnSize: "稠密模型的等效规模就是它本身",
  labelTrainingCompute: "训练算力",
  labelBubble: "流水线气泡",
  labelMemoryPerGpu: "每 GPU 显存",
  sourceMemory: "Rajbhandari et al. 2020（ZeRO）；Korthikanti et al. 2022（激活）",
  labelTrainingDays: "训练天数",
  sourceWallClock: "FORMULAS.md §6 实际耗时核对",
  whyNoCopyFits: "未运行：资源池连一份数据并行的模型副本都放不下。",
  labelGpusUsed: "占用 GPU",
  sourceGpusUsed: "Narayanan et al. 2021（PTD-P：张量 × 流水线 × 数据并行）",
  labelTrainingCost: "训练成本",
  sourceTrainingCost: "FORMULAS.md §6 成本核对（SemiAnalysis：每 A100 小时 $1）",
  labelEffectiveTokens: "有效 token 数",
  labelEffectiveTokensPastCritical: (p) =>
    `有效 token 数（批大小已超过临界值 ${p.critical} token）`,
  sourceRepeats: ZH_REPEATS,
  sourceRepeatsPastCritical: `${ZH_REPEATS}；McCandlish et al. 2018 与 Kaplan et al. 2020 §5.1（超过临界批大小后，每个 token 的价值降低）`,
  sourceTensorParallel: "Narayanan et al. 2021（Megatron-LM：每层 4 次 2·s·b·h 的 all-reduce）",
  labelTensorParallelNone: "张量并行通信（t = 1 时没有）",
  labelTensorParallel: "张量并行通信（每层、每个微批）",
  sourceMfu: "PaLM App. B（MFU）；Narayanan et al. 2021（气泡、TP）；FORMULAS.md §13（每步的通信）",
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
  labelLoss: "预测 loss",
  whyNoLoss: "没有数据和模型，就谈不上 loss。",
  labelScalingCurves: (p) =>
    `${p.flops} 下的 scaling 曲线：稠密模型 ${p.denseParams}，训练 ${p.denseTokens} token；MoE 共 ${p.moeTotal}（激活 ${p.moeActive}，${p.experts} 个专家，top-${p.topK}）`,
  sourceScalingCurves: (p) =>
    `Hoffmann et al. 2022（算力最优的 N 与 D）；${ZH_LOSS}；FORMULAS.md §5（MoE 等效规模）${p.tuned ? `；${ZH_TUNED}` : ""}`,
  sourceCapability:
    "[游戏设定] 以 Muennighoff et al. 2023 的可约 loss 为准，GPT-2 记 0 分，用 100T token 训练的 10T 模型记 100 分；代码有助于推理（Ma et al. 2023）",
  labelCapability: "能力",
  whyNoCapability: "没有 loss，就没有能力分。",
  labelUniqueTokens: "所用不重复 token",
  sourceSourceSizes: "SOURCE.md §5（各数据源的规模）",
  labelTokensSeen: "训练所见 token",
  sourceTokensSeen: "FORMULAS.md §4（Muennighoff et al. 2023：D = U · epochs）",
  labelCodeShare: "代码占比",
  sourceCodeShare: "FORMULAS.md §4（Muennighoff et al. 2023：代码作为额外数据）",
  labelLicenceRisk: "版权风险",
  sourceLicenceRisk: "[游戏设定] 各数据源的风险权重（SOURCE.md §5：各数据源的来历）",
  labelSourceShare: (p) => `${p.source}：在配比中的占比`,
  sourceDataSource: "Muennighoff et al. 2023（重复）；SOURCE.md §5（规模）；[游戏设定] 风险权重",
  whyNotInMix: "不在配比中。",
  sourceServe:
    "Pope et al. 2022 §2（每芯片的解码 roofline）；Narayanan et al. 2021（流水线级与跨级传输）",
  whyServingDoesNotRun: "推理方案无法运行。",
  labelWeightsPerGpu: "每 GPU 权重",
  sourceBytesPerParam: "FORMULAS.md §11（每个参数的字节数）",
  labelKvPerSequence: (p) => `每条序列的 KV cache（${p.attention}：${p.heads} 个 KV 头）`,
  labelSequencesPerReplica: "每个副本的序列数",
  sourcePagedAttention: "Kwon et al. 2023（PagedAttention：权重放下后剩余的显存都留给 KV cache）",
  labelTokensPerGpu: (p) =>
    `每 GPU token/s（${p.tensor} × ${p.stages}：瓶颈在${p.memoryBound ? "显存读取" : "矩阵乘"}）`,
  labelSpeculativeOff: "投机解码加速（未开启草稿模型）",
  labelSpeculative: (p) =>
    `投机解码加速${p.distilled ? "（蒸馏草稿模型）" : ""}：每轮产出的 token，对比不用草稿时的一轮`,
  sourceSpeculative:
    "Leviathan et al. 2023 式 1（每次调用目标模型产出的 token）；与不用草稿的同一方案比吞吐量",
  labelLatency: "每 token 延迟",
  labelCostPerMillion: "推理成本",
  sourceCostPerToken: "FORMULAS.md §8 每 token 成本",
  labelQuality: "感知质量",
  sourceQuality: (p) =>
    `LLM.int8() 与 GPTQ（量化）；Ainslie et al. 2023（GQA）；SOURCE.md §8（宽松的验证器）${p.alignment ? "；OpenAI 的 GPT-4 发布公告（六个月的对齐）" : ""}`,
  labelDemandServed: "需求满足率",
  sourceGameServing: "GAME.md（推理）",
  labelDemandServedNone: "需求满足率（没有需求）",
  sourceFleet: "GAME.md（时间与集群：训练优先用 A100，推理优先用 H100）",
  sourceServed: "GAME.md（推理：每路需求都按同一比例得到满足）",
  labelDemandServedNoneYet: "需求满足率（暂无需求）",
  whyServingDoesNotFit: "有推理方案放不进分给它的 GPU，所以什么需求也满足不了。",
  labelTrainingGpus: "训练 GPU",
  labelServingGpus: "推理 GPU",
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
  labelJob: (p) =>
    `${p.job}：${p.done ? "已完成" : p.progress}（${
      p.maxGpus === null
        ? "使用训练任务没占用的训练 GPU，与其他进行中的任务共享"
        : `限速：每月最多 ${p.maxGpus} 张 GPU`
    }）`,
};
