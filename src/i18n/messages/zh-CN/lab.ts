/** The Chinese table of the "lab" catalogue (../lab.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { labEn } from "../lab";

export const zh: Like<typeof labEn> = {
  hintFleet: (p) =>
    `设计 ${p.slot}。实验室：这里的分配决定训练份额。“下个月”会把这个设计推进一个月；研究经费在这里不起作用。`,
  hintDesigner: (p) => `设计 ${p.slot}。实验室：“提交”会把这个模型写入这个设计，并回到实验室。`,
  hintData: (p) => `设计 ${p.slot}。实验室：“提交”会把这份数据配比写入这个设计，并回到实验室。`,
  hintServing: (p) =>
    `设计 ${p.slot}。实验室：两个推理槽位（GPT-3.5、GPT-4）都部署这个设计里的模型；对比表按 GPT-3.5 槽位的价格计。`,

  figTotalParams: "参数量（总计）",
  figActiveParams: "参数量（激活）",
  figTrainingCompute: "训练算力",
  figGpusUsed: "占用 GPU",
  figDays: "按训练份额所需天数",
  figMfu: "MFU",
  figMemoryPerGpu: "每 GPU 显存",
  figFits: "方案能否开跑",
  figTrainingCost: "训练成本",
  figLoss: "预测 loss",
  figCapability: "能力",
  figTokensSeen: "训练所见 token",
  figUniqueTokens: "不重复 token（重复次数）",
  figSizeVsOptimal: "相对算力最优的规模",
  figServingPrice: "推理成本 $/百万 token",
  figLatency: "每 token 延迟",
  doesNotFit: "显存放不下",

  sourceGpt3: "Brown 等，2020，表 2.1",
  sourceGpt35: "原文的方案，SOURCE.md §3",
  sourceGpt4: "原文的方案，FORMULAS.md §6，SemiAnalysis",
  sourceChinchilla: "Hoffmann 等，2022，表 4",
  sourceLlama2: "Touvron 等，2023，表 1",
  sourceMixtral: "Jiang 等，2024，表 1",

  codeDamaged: "这个实验室代码已损坏，无法读取。",
  codeMonthOutside: (p) =>
    `这个实验室代码里的月份不在游戏范围内（游戏的日历从 ${p.first} 到 ${p.last}）。`,
  codeInvalidDesign: (p) => `这个实验室代码里没有有效的设计（${p.reason}）。`,
  codeInvalidPlan: (p) => `这个实验室代码无效：其中的${p.part}不是有效的方案（${p.reason}）。`,
  partMonth: "月份",
  partTraining: "训练方案",
  partFirstServing: "第一个推理方案",
  partSecondServing: "第二个推理方案",
  partSplit: "集群分配",
  partContents: "内容",
  knownField: (p) => `字段 ${p.field}`,
  unknownField: "一个未知字段",
  place: (p) => (p.fields.length > 0 ? `${p.part}的${p.fields.join("、")}` : p.part),
};
