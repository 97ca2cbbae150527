/** The Chinese table of the "scenes" catalogue (../scenes.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { sceneEn } from "../scenes";

export const zh: Like<typeof sceneEn> = {
  gameTitle: "如果我训练了 GPT-4",
  backToTitle: "返回标题画面",
  history: "历史记录",
  endings: (p) => `结局 ${p.reached}/${p.total}`,
  copyRefused: (p) => `这个浏览器不允许复制；链接是：${p.link}`,

  subtitle: "前沿实验室里的两年，一笔一笔地花 GPU 预算。",
  newGame: "新游戏",
  continue: "继续",
  continueFinished: "继续（已完结）",
  continueAtChapter: (p) => `继续 · 第 ${p.chapter} 章，${p.month}`,
  continueAtMonth: (p) => `继续 · ${p.month}`,
  replayChapter: "重玩某一章",
  replayChapterTitle: "选一章，从那里重玩你上一局打完的游戏",
  chapterOption: (p) => (p.title ? `第 ${p.chapter} 章 · ${p.title}` : `第 ${p.chapter} 章`),
  chapterChoseLast: (p) =>
    `上次：${p.choices.join("；")}${p.more > 0 ? `（另有 ${p.more} 个选择）` : ""}`,
  chapterNoChoice: "上次：这一章没有剧情选择",
  chapterChoseTheirs: (p) =>
    `对方选了：${p.choices.join("；")}${p.more > 0 ? `（另有 ${p.more} 个选择）` : ""}`,
  chapterNoChoiceTheirs: "对方在这一章没有做剧情选择",
  importSave: "导入存档",
  exportSave: "导出存档",
  restoreAtChapter: (p) => `恢复上一局 · 第 ${p.chapter} 章，${p.month}`,
  restoreAtMonth: (p) => `恢复上一局 · ${p.month}`,
  lab: "实验室",
  credits: "致谢",
  settings: "设置",
  fictionNote:
    "这是一部推想小说。Andy 和他的同事都是虚构的；数字来自公开论文和流传甚广的 GPT-4 传闻，" +
    "而不是公司内部的任何人。屏幕上的每个数字都由公开发表的公式算出，游玩时随时可以查看。",

  loading: "加载中…",
  loadingGame: "正在加载游戏…",
  loadFailed: (p) => `加载失败：${p.reason}。请刷新页面重试。`,

  chapterLine: (p) => `第 ${p.chapter} 章`,

  reportHeading: (p) => `本局结局：${p.ending}`,
  saveImage: "保存图片",
  share: "分享",
  copyLink: "复制链接",
  replayRun: "重玩这一局",
  playOwn: "自己玩一局",
  watchRun: "观看这一局",
  playFrom: "从某一章玩",
  playFromTitle: "选一章，把对方的这一局接过来自己玩",
  linkWelcome: "这是对方的一局，不是你的：可以一页一页看完，从它的某一章接着玩，或者自己玩一局。",
  savedCard: (p) => `卡片已保存为 ${p.file}。`,
  cardNotSaved: (p) => `卡片保存失败：${p.error}`,
  shareFailed: (p) => `分享失败：${p.error}`,
  copiedRunLink: "已把本局链接复制到剪贴板。",
  reportSummary: (p) => {
    const numbers = p.numbers.map((r) => `${r.label}：${r.value}`).join("；");
    return `结局：${p.ending}：${p.verdict}。${p.line}${p.model}。${numbers}。${p.fleet}${p.decisions}分享码 ${p.code}。`;
  },
  summaryFleet: (p) =>
    `GPU 集群从 ${p.from.month}的训练 ${p.from.training}、推理 ${p.from.serving}、研究 ${p.from.research}，变为 ${p.to.month}的 ${p.to.training}、${p.to.serving}、${p.to.research}。`,
  summaryDecisions: (p) =>
    `影响最大的几个决定：${p.decisions.map((d) => `${d.month}，${d.label}：${d.effect}`).join("；")}。`,

  runHistory: "对局记录",
  noRuns: "还没有打完的对局。打完一局，它就会出现在这里。",
  runOption: (p) => `${p.n}. ${p.ending} · 种子 ${p.seed} · ${p.finished}`,
  runA: "对局 A",
  runB: "对局 B",
  rowEnding: "结局",
  rowSeed: "种子",
  rowDecisions: "决定数",
  numberBetter: "更好",
  numberWorse: "更差",
  whereDiverged: "两局从哪里分开",
  sameDecisions: "两局做出的决定完全一样。",
  sharedDecisions: (p) => `两局的前 ${p.n} 个决定相同，之后：`,
  openRunCard: (p) => `打开对局 ${p.run} 的卡片`,

  labHeading: "实验室",
  labIntroShort: "任选一个月的集群，不走剧情。你的存档不会被动到。",
  labIntro:
    "在任意一个月的集群上规划模型，不走剧情：预设、四个界面及其算式、两个设计并排对比。你的存档不会被动到。",
  labShow: "显示",
  labViewDesign: "设计",
  labViewBoth: "A 与 B",
  copyAToB: "把 A 复制到 B",
  copiedAToB: "设计 B 现在是 A 的副本：改一处，再对比。",
  swapAB: "交换 A 和 B",
  copyLinkTo: (p) => `复制设计 ${p.slot} 的链接`,
  copiedDesignLink: (p) => `已复制设计 ${p.slot} 的链接：在任何浏览器里打开都是同一个设计。`,
  designPanel: (p) => `设计 ${p.slot}`,
  editing: "正在编辑",
  month: "月份",
  fleetA100: (p) => `${p.a100} 张 A100`,
  fleetBoth: (p) => `${p.a100} 张 A100 + ${p.h100} 张 H100`,
  designFromPreset: (p) => `${p.model}，来自预设 ${p.preset}（${p.source}）。集群：${p.fleet}。`,
  designFromLink: (p) => `${p.model}，来自链接。集群：${p.fleet}。`,
  presetsHeading: "预设（各自从所属月份开始）",
  presetApplied: (p) => `设计 ${p.slot} 现在是 ${p.preset}（${p.source}）。`,
  openOnDesign: (p) => `在设计 ${p.slot} 上打开`,
  commitNote: (p) =>
    `在界面里点“提交”会写入设计 ${p.slot} 并回到这里；“取消”（Esc）则保持原样。链接携带的是设计 ${p.slot}。`,
  comparisonPanel: "A 与 B：模拟器算出的数字",
  columnHead: (p) => `${p.slot} · ${p.model}${p.editing ? "（编辑中）" : ""}\n${p.month}`,
  comparisonNote: "每个数字都由模拟器按各设计自己的月份算出：打开对应界面可查看算式。",
  comparisonSummary: (p) => p.rows.map((r) => `${r.label}：A ${r.a}，B ${r.b}`).join("。"),

  section: "分区",
  cancel: "取消",
  cancelEsc: "取消（Esc）",
  commit: "提交",
  commitPlan: "提交方案",
};
