/** The Chinese table of the "screens" catalogue (../screens.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { Batching, screenEn } from "../screens";

export const zh: Like<typeof screenEn> = {
  fleetTitle: "集群",
  designerTitle: "模型设计",
  dataTitle: "数据配比",
  servingTitle: "推理实验室",
  fleetLabel: (p: { training: string; serving: string; research: string }) =>
    `集群：训练 ${p.training} · 推理 ${p.serving} · 研究 ${p.research}`,
  designerLabel: (p: { name: string; experts: string | null; layers: string }) =>
    `模型：${p.name}，${p.experts !== null ? `MoE ${p.experts} 个专家` : "稠密"}，${p.layers} 层`,
  dataLabel: "已提交数据配比",
  servingLabel: (p: {
    model: string;
    precision: string;
    batching: Batching;
    speculative: boolean;
  }) =>
    `推理 ${p.model}：${p.precision}，${p.batching === "continuous" ? "连续批处理" : "静态批处理"}${p.speculative ? "，投机解码" : ""}`,
  unknownScreen: "此版本没有的界面",

  sectionPrediction: "预测",
  training: "训练",
  research: "研究",
  serving: "推理",
  model: "模型",
  context: "上下文",
  demandServed: "需求满足率",
  predictedLoss: "预测 loss",
  predictedLossSeries: "预测 loss",
  capability: "能力",
  trainingCompute: "训练算力",
  daysOnTrainingGpus: "训练天数",
  doesNotFit: "放不下",
  done: "已完成",

  totalA100: (p: { a100: string }) => `${p.a100} 张 A100`,
  totalMixed: (p: { a100: string; h100: string }) => `${p.a100} 张 A100 + ${p.h100} 张 H100`,
  summaryRun: (p: {
    training: string;
    serving: string;
    days: string;
    served: string;
    cost: string;
  }) =>
    `训练 ${p.training}，推理 ${p.serving}。按此分配，本次训练需 ${p.days}；` +
    `API 满足 ${p.served} 的需求；GPU 账单每月 ${p.cost}。`,
  summaryJobs: (p: {
    training: string;
    serving: string;
    days: string;
    served: string;
    cost: string;
  }) =>
    `训练 ${p.training}，推理 ${p.serving}。GPT-4 的后训练占用训练 GPU；` +
    `API 满足 ${p.served} 的需求；GPU 账单每月 ${p.cost}。`,
  summaryPlan: (p: {
    training: string;
    serving: string;
    days: string;
    served: string;
    cost: string;
  }) =>
    `训练 ${p.training}，推理 ${p.serving}。按当前方案训练一次需 ${p.days}；` +
    `API 满足 ${p.served} 的需求；GPU 账单每月 ${p.cost}。`,
  unlockWhisper: (p: { tokens: string }) => `在数据配比中解锁转写音频（${p.tokens} token）`,
  researchLongContext: "长上下文",
  unlockLongContext: (p: { k: string; share: string }) =>
    `上下文超过 ${p.k}k 时，推理少预留 ${p.share} 的 KV cache`,
  researchQuantisation: "量化",
  unlockQuantisation: (p: { share: string }) => `校准后的 int8 / int4：质量损失减少 ${p.share}`,
  unlockFlashAttention: (p: { share: string }) =>
    `调优内核：FlashAttention 的注意力开销降低 ${p.share}`,
  researchScalingLaws: "scaling 曲线",
  unlockScalingLaws: (p: { share: string }) =>
    `小规模训练拟合：可约 loss 降低 ${p.share}；绘制 scaling 曲线`,
  researchSpeculative: "投机解码",
  unlockSpeculative: (p: { points: string }) =>
    `在目标模型上蒸馏草稿模型：接受率提高 ${p.points} 个百分点`,
  gpuMonths: (p: { have: string; need: string }) => `${p.have} / ${p.need} GPU·月`,
  jobAlignment: "对齐",
  jobMultimodal: "多模态",
  jobLongContext: "32k 微调",
  jobProgress: (p: { progress: string; done: string; total: string }) =>
    `${p.progress} · 已完成 ${p.done}，共 ${p.total}`,
  refusedInvalid: "方案中有为零的尺寸",
  refusedNoData: "数据配比为空",
  refusedPipeline: "流水线级数多于层数",
  refusedChunks: "交错块数多于每级层数",
  refusedLayers: "层数无法均分到各级和各块",
  refusedExperts: "专家数无法按专家并行均分",
  refusedBatch: "批大小不足每个数据并行副本一个微批",
  refusedHeads: "注意力头数无法按张量并行均分",
  refusedGpus: "GPU 不够放下一份模型副本",
  refusedUnpublished: "用到了尚未发表的技术",
  refusedMemory: "显存放不下",
  runLineRun: (p: {
    name: string;
    progress: string;
    days: string;
    gpu: string;
    idle: string | null;
    idleGpu: string;
    fed: string | null;
  }) =>
    `${p.name}：已训练 ${p.progress}，已用 ${p.days}，运行于 ${p.gpu}` +
    (p.idle !== null ? `（${p.idle} 张 ${p.idleGpu} 无法加入）` : "") +
    (p.fed !== null ? `（批大小只够用上其中 ${p.fed} 张）` : ""),
  jobItem: (p: { job: string; progress: string | null }) => `${p.job} ${p.progress ?? "已完成"}`,
  runLineJobs: (p: { list: string }) => `无训练：GPT-4 的后训练正在使用训练 GPU：${p.list}`,
  runLineAllDone: "无训练，也无任务：GPT-4 及其后训练均已完成；训练 GPU 闲置",
  runLineRefused: (p: { reason: string }) => `无训练：上次启动被拒绝（${p.reason}）；训练 GPU 闲置`,
  runLineTrained: (p: { name: string }) => `无训练：${p.name} 已训练完成；下一次训练等剧情推进`,
  runLineWaiting: (p: { name: string }) => `尚无训练：${p.name} 等剧情推进`,
  curveDense: "稠密",
  curveMoe: (p: { experts: string; topK: string }) => `MoE ${p.experts} 专家 top-${p.topK}`,
  curveXLabel: "训练算力（FLOP，对数刻度）",
  curveLockedNote: (p: {
    label: string;
    have: string;
    need: string;
    funded: boolean;
    experts: string;
    topK: string;
  }) =>
    `资助并完成“${p.label}”（${p.have} / ${p.need} GPU·月，${p.funded ? "已资助" : "未资助"}），` +
    `即可画出预测 loss 随训练算力的变化：算力最优规模的稠密模型，以及资料中花同样算力的 ` +
    `${p.experts} 专家、top-${p.topK} 混合专家（MoE）模型，采用模型设计所用的 loss 公式。`,
  curveNote: (p: {
    flops: string;
    yourPlan: boolean;
    denseParams: string;
    denseTokens: string;
    denseLoss: string;
    moeActive: string;
    moeTotal: string;
    moeLoss: string;
  }) =>
    `${p.yourPlan ? `按你方案的 ${p.flops}` : `按 ${p.flops}`}：稠密模型 ${p.denseParams}、` +
    `${p.denseTokens} token，loss ${p.denseLoss}；激活参数同为 ${p.moeActive} 的 MoE` +
    `（总计 ${p.moeTotal}）loss 可达 ${p.moeLoss}。新数据只过一遍。`,
  curveMarker: "你的方案",
  lossXLive: "训练月份",
  lossXPredicted: "方案训练进度（预测）",

  nextMonth: "下个月",
  nextMonthArrow: "下个月 ▸",
  sectionFleet: "GPU 集群",
  sectionOutlook: "概况",
  squareNote: (p: { total: string; gpus: string }) => `${p.total}：每格约 ${p.gpus} 张 GPU。`,
  trainingSlider: "训练用 GPU",
  trainingSliderValue: (p: { training: string; serving: string }) =>
    `训练 ${p.training}  ·  推理 ${p.serving}`,
  researchSlider: "研究用 GPU",
  researchSliderValue: (p: { research: string }) => `研究 ${p.research}（从推理中划出）`,
  sliderHint: "拖动滑块，或按 Tab 选中滑块后用方向键调节（按住 Shift 步子更大）。",
  researchView: "研究视图",
  projects: "项目",
  chartLossCompute: "loss 与训练算力",
  projectsPage: "项目页",
  toggleOff: "关",
  toggleDone: "已完成",
  toggleFund: "资助",
  trainingGpus: "训练 GPU",
  servingGpus: "推理 GPU",
  runDays: (p: { name: string }) => `${p.name}：天数`,
  capacityDemand: "容量 / 需求",
  gpuBill: "GPU 月账单",
  money: "资金",
  revenue: "月收入",
  chartDemand: "需求与推理容量",
  month: "月份",
  chartTrainingLoss: "训练 loss",
  calendar: (p: { month: string; index: string; last: string }) =>
    `${p.month} · 第 ${p.index} 个月，共 ${p.last} 个月`,
  jobsHeading: "GPT-4 后训练（占用训练 GPU）",
  seriesDemand: "需求",
  seriesCapacity: "容量",
  seriesLossSoFar: "目前 loss",
  noRunYet: "尚无训练",

  servingCostOf: (p: { model: string }) => `此设计的推理成本（按 ${p.model} 的推理方案）`,
  architecture: "架构",
  dense: "稠密",
  experts: "专家数",
  topK: "Top-k 路由",
  layers: "层数",
  width: "宽度（d_model）",
  mlpWidth: "MLP 宽度（d_model 的倍数）",
  gatedMlp: "门控 MLP（SwiGLU）",
  headWidth: "头宽度",
  heads: "注意力头数",
  attention: "注意力",
  contextFinal: "上下文（最终）",
  contextShare: "满上下文占比",
  batchTokens: "批大小（token）",
  batchRamp: "批大小爬升",
  tensorParallel: "张量并行",
  pipelineStages: "流水线级数",
  microBatch: "微批",
  interleave: "交错块数",
  zeroStage: "ZeRO 阶段",
  recompute: "重计算",
  recomputeNone: "无",
  recomputeSelective: "选择性",
  recomputeFull: "完全",
  sequenceParallel: "序列并行",
  totalParams: "总参数量",
  activeParams: "每 token 激活参数",
  memoryPerGpu: "每 GPU 显存",
  commShare: "未被掩盖的通信",
  trainingCost: "训练成本",
  servingCost: "推理成本",
  gpusUsed: "占用 GPU（t·p·dp）",
  memWeights: "权重",
  memGrads: "梯度",
  memOptimiser: "优化器",
  memActivations: "激活",
  chartLossTraining: "训练中的预测 loss",
  tokensTrained: "已训练 token",
  seriesThisDesign: "此设计",
  seriesCommitted: "已提交方案",
  emptyMix: "配比中没有数据：请打开数据配比",
  designerLineFits: (p: {
    total: string;
    active: string;
    days: string;
    gpus: string;
    gpu: string;
    loss: string;
    memory: string;
  }) =>
    `总计 ${p.total}，激活 ${p.active} · ${p.gpus} 张 ${p.gpu} 上需 ${p.days} · loss ${p.loss} · ` +
    `可放入 ${p.memory}`,
  designerLineMisfit: (p: {
    total: string;
    active: string;
    days: string;
    gpus: string;
    gpu: string;
    loss: string;
    reason: string;
  }) =>
    `总计 ${p.total}，激活 ${p.active} · ${p.gpus} 张 ${p.gpu} 上需 ${p.days} · loss ${p.loss} · ` +
    `放不下：${p.reason}`,

  lockRefused: (p: { month: string }) => `已于 ${p.month} 拒绝`,
  lockWhisper: (p: { tokens: string }) => `需要 Whisper · ${p.tokens}`,
  wallRefused: (p: { source: string }) => `${p.source}：已被拒绝，不再使用`,
  wallNotYet: (p: { source: string }) => `${p.source}：尚不存在（需要 Whisper）`,
  wallAsks: (p: { source: string; asked: string; available: string }) =>
    `${p.source}：需要 ${p.asked}，现有仅 ${p.available}`,
  wall: (p: { items: readonly string[] }) =>
    `数据墙：${p.items.join("；")}。模拟器只用实际存在的数据训练。`,
  sectionSources: "数据源",
  sourceInfo: (p: { tokens: string; risk: string; quality: string }) =>
    `现有 ${p.tokens} · 风险 ${p.risk} · 质量 ${p.quality}`,
  uniqueSlider: (p: { source: string }) => `${p.source}：不重复 token`,
  uniqueValue: (p: { tokens: string }) => `不重复 ${p.tokens}`,
  epochsStepper: (p: { source: string }) => `${p.source}：epoch 数`,
  shareRisk: "占比 · 风险",
  uniqueUsed: "所用不重复 token",
  tokensSeen: "训练所见 token",
  effectiveTokens: "有效 token",
  codeShare: "代码占比",
  licenceRisk: "版权风险",
  optimalSize: "模型 / 最优规模",
  wallHeading: "所需不重复 token 与现有量（数据墙）",
  chartRepeats: "数据重复时的 loss",
  repeatsXLabel: "所见 token（各数据源 epoch 数同比缩放）",
  exist: "现有",
  chinchilla: (p: { ratio: string; tokens: string }) =>
    `Chinchilla 的警告：对 ${p.tokens} 不重复 token 而言，模型是算力最优规模的 ${p.ratio}。`,
  wallNotes: (p: { notes: readonly string[] }) => p.notes.join(""),
  markerThisMix: "此配比",
  emptySources: "至少选一个数据源，并至少训练一个 epoch",
  dataLine: (p: {
    seen: string;
    unique: string;
    effective: string;
    loss: string;
    risk: string;
    pastWall: boolean;
  }) =>
    `从 ${p.unique} 不重复 token 中见过 ${p.seen} token · ` +
    `有效 ${p.effective} · loss ${p.loss} · 版权风险 ${p.risk}` +
    (p.pastWall ? " · 已越过数据墙" : ""),

  draftingOff: "草稿模型已关闭：阈值不起作用",
  planMisfit: "此方案放不下",
  sectionServingPlan: "推理方案",
  precision: "精度",
  batching: "批处理",
  batchingStatic: "静态",
  batchingContinuous: "连续",
  maxSequences: "每副本最大序列数",
  gpusPerReplica: "每副本 GPU 数",
  speculative: "投机解码",
  draftSize: "草稿模型规模",
  draftTokens: "每步草稿 token 数（γ）",
  threshold: "接受阈值",
  thresholdValue: (p: { value: string; exact: boolean }) =>
    `接受阈值 τ = ${p.value}（${p.exact ? "精确" : "宽松"}）`,
  tokensPerGpu: "每 GPU token/s",
  latency: "每 token 延迟",
  costPerMillion: "推理成本",
  quality: "感知质量",
  speedup: "投机加速比",
  kvPerSequence: "每序列 KV cache",
  sequencesFit: "可容纳序列数",
  weightsPerGpu: "每 GPU 权重",
  chartCost: "成本与接受阈值",
  thresholdAxis: "阈值 τ",
  chartQuality: "感知质量与阈值",
  sequencesOf: (p: { batch: string; max: string }) => `${p.batch}（上限 ${p.max}）`,
  misfitNote: (p: { reason: string }) => `放不下：${p.reason}`,
  markerTau: "当前 τ",
  seriesCost: "$ / 百万 token",
  seriesQuality: "质量",
  servingLine: (p: {
    model: string;
    cost: string;
    goal: { change: string; yardstick: string } | null;
    perGpu: string;
    served: string;
    gpus: string;
    gpu: string;
    quality: string;
  }) =>
    `${p.model}：${p.cost}${p.goal ? ` · 较 ${p.goal.yardstick} 的基准${p.goal.change}` : ""} · 每 GPU ${p.perGpu} · ` +
    `在 ${p.gpus} 张 ${p.gpu} 上满足 ${p.served} 的需求 · 质量 ${p.quality}`,
  servingLineMisfit: (p: { model: string; reason: string }) => `${p.model}：放不下。${p.reason}`,
};
