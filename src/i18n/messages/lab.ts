/**
 * The Lab's sentences (src/lab): what a screen says beside its heading in the Lab, the comparison's
 * figure labels, where each preset's numbers come from, and why a
 * lab code was refused. Model names, paper authors, section marks and file names stay as written;
 * months arrive formatted.
 */
import { messages } from "..";

export const labText = messages("lab", {
  en: {
    // --- host.ts: beside a screen's heading in the Lab, one a screen
    hintFleet: (p: { slot: string }) =>
      `Design ${p.slot}. Lab: the split sets the training share. Next month moves the design on a month; research funding has no effect here.`,
    hintDesigner: (p: { slot: string }) =>
      `Design ${p.slot}. Lab: Commit writes this model into the design and returns to the Lab.`,
    hintData: (p: { slot: string }) =>
      `Design ${p.slot}. Lab: Commit writes this mix into the design and returns to the Lab.`,
    hintServing: (p: { slot: string }) =>
      `Design ${p.slot}. Lab: both slots (GPT-3.5, GPT-4) serve the design's model; the GPT-3.5 slot prices it in the comparison.`,

    // --- compare.ts: the comparison's rows
    figTotalParams: "Parameters (total)",
    figActiveParams: "Parameters (active)",
    figTrainingCompute: "Training compute",
    figGpusUsed: "GPUs used",
    figDays: "Days on the training share",
    figMfu: "MFU",
    figMemoryPerGpu: "Memory per GPU",
    figFits: "Plan can start",
    figTrainingCost: "Training cost",
    figLoss: "Predicted loss",
    figCapability: "Capability",
    figTokensSeen: "Tokens seen",
    figUniqueTokens: "Unique tokens (repeats)",
    figSizeVsOptimal: "Size vs compute-optimal",
    figServingPrice: "Serving $/M tokens",
    figLatency: "Latency per token",
    doesNotFit: "does not fit",

    // --- presets.ts: where each preset's numbers come from
    sourceGpt3: "Brown et al. 2020, Table 2.1",
    sourceGpt35: "The source's plan (SOURCE.md §3)",
    sourceGpt4: "The source's plan (FORMULAS.md §6, SemiAnalysis)",
    sourceChinchilla: "Hoffmann et al. 2022, Table 4",
    sourceLlama2: "Touvron et al. 2023, Table 1",
    sourceMixtral: "Jiang et al. 2024, Table 1",

    // --- code.ts: why a lab code was refused
    codeDamaged: "This lab code is damaged and cannot be read.",
    codeMonthOutside: (p: { first: string; last: string }) =>
      `This lab code names a month outside the game (its calendar runs from ${p.first} to ${p.last}).`,
    codeInvalidDesign: (p: { reason: string }) =>
      `This lab code does not hold a valid design (${p.reason}).`,
    codeInvalidPlan: (p: { part: string; reason: string }) =>
      `This lab code is invalid: ${p.part} is not a valid plan (${p.reason}).`,
    partMonth: "its month",
    partTraining: "its training plan",
    partFirstServing: "its first serving plan",
    partSecondServing: "its second serving plan",
    partSplit: "its fleet split",
    partContents: "its contents",
    knownField: (p: { field: string }) => `field ${p.field}`,
    unknownField: "a field it does not know",
    /** A place in a lab code: its part, then the fields inside it. */
    place: (p: { part: string; fields: readonly string[] }) => [p.part, ...p.fields].join(", "),
  },
  "zh-CN": {
    hintFleet: (p: { slot: string }) =>
      `方案 ${p.slot}。实验室：这里的分配决定训练份额。“下个月”会把方案推进一个月；研究经费在这里不起作用。`,
    hintDesigner: (p: { slot: string }) =>
      `方案 ${p.slot}。实验室：“提交”会把这个模型写入方案，并回到实验室。`,
    hintData: (p: { slot: string }) =>
      `方案 ${p.slot}。实验室：“提交”会把这份数据配比写入方案，并回到实验室。`,
    hintServing: (p: { slot: string }) =>
      `方案 ${p.slot}。实验室：两个服务位（GPT-3.5、GPT-4）都部署方案里的模型；对比表按 GPT-3.5 服务位的价格计。`,

    figTotalParams: "参数量（总计）",
    figActiveParams: "参数量（激活）",
    figTrainingCompute: "训练计算量",
    figGpusUsed: "使用的 GPU",
    figDays: "按训练份额所需天数",
    figMfu: "MFU",
    figMemoryPerGpu: "每张 GPU 的显存",
    figFits: "计划能否开跑",
    figTrainingCost: "训练成本",
    figLoss: "预测 loss",
    figCapability: "能力",
    figTokensSeen: "训练 token 数",
    figUniqueTokens: "去重 token（重复轮数）",
    figSizeVsOptimal: "相对算力最优的规模",
    figServingPrice: "服务成本 $/百万 token",
    figLatency: "每 token 延迟",
    doesNotFit: "显存放不下",

    sourceGpt3: "Brown 等，2020，表 2.1",
    sourceGpt35: "原文的方案，SOURCE.md §3",
    sourceGpt4: "原文的方案，FORMULAS.md §6，SemiAnalysis",
    sourceChinchilla: "Hoffmann 等，2022，表 4",
    sourceLlama2: "Touvron 等，2023，表 1",
    sourceMixtral: "Jiang 等，2024，表 1",

    codeDamaged: "这个实验室代码已损坏，无法读取。",
    codeMonthOutside: (p: { first: string; last: string }) =>
      `这个实验室代码里的月份不在游戏范围内（游戏的日历从 ${p.first} 到 ${p.last}）。`,
    codeInvalidDesign: (p: { reason: string }) => `这个实验室代码里没有有效的方案（${p.reason}）。`,
    codeInvalidPlan: (p: { part: string; reason: string }) =>
      `这个实验室代码无效：其中的${p.part}不是有效的计划（${p.reason}）。`,
    partMonth: "月份",
    partTraining: "训练计划",
    partFirstServing: "第一个服务计划",
    partSecondServing: "第二个服务计划",
    partSplit: "集群分配",
    partContents: "内容",
    knownField: (p: { field: string }) => `字段 ${p.field}`,
    unknownField: "一个未知字段",
    place: (p: { part: string; fields: readonly string[] }) =>
      p.fields.length > 0 ? `${p.part}的${p.fields.join("、")}` : p.part,
  },
});
