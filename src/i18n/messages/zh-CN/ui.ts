/** The Chinese table of the "ui" catalogue (../ui.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { uiEn } from "../ui";

export const zh: Like<typeof uiEn> = {
  gameName: "如果我训练了 GPT-4",

  titled: (p) => `${p.page} · ${p.game}`,
  titleIn: (p) => `${p.page}（${p.where}）`,
  titleChapter: (p) => `第 ${p.n} 章`,
  titleStory: "故事",
  titleEnd: "剧终",
  titleReport: "报告",
  titleReportOf: (p) => `报告：${p.ending}`,
  titleHistory: "对局记录",
  titleLab: "实验室",

  menu: "菜单",
  resume: "继续游戏",
  settings: "设置",
  glossary: "术语表",
  glossaryAlso: (p) => `${p.definition}（又称：${p.aliases.join("、")}。）`,
  backlog: "本章回顾",
  backlogPage: (p) => `第 ${p.n} 页${p.current ? "（本页）" : ""}`,
  backlogChose: (p) => `你选择了：${p.text}`,
  backlogEmptyHeading: "暂无内容",
  backlogEmpty: "本章还没有显示过文字。",

  textSize: "文字大小",
  uiScale: "界面缩放",
  musicVolume: "音乐音量",
  effectsVolume: "音效音量",
  muteAll: "全部静音",
  motion: "动效",
  motionSystem: (p) => `跟随系统（当前：${p.reduced ? "减少动效" : "完整动效"}）`,
  motionReduce: "减少动效：灯光与滚动保持静止",
  motionFull: "完整动效",
  theme: "主题",
  themeDark: "深色",
  themeLight: "浅色",
  themeContrast: "高对比度",
  pacing: "剧情文字",
  pacingPage: "整页显示",
  monthSpeed: "集群界面的“下个月”每次前进",
  monthSpeed1: "1x：一个月",
  monthSpeed2: "2x：两个月",
  monthSpeed5: "5x：五个月",
  pacingLine: "逐段显示（“继续”显示下一段，空格键显示余下全部）",

  story: "故事",
  storyLog: "剧情文字",
  choices: "选项",
  showRest: "显示全部",
  showRestTitle: "显示本页余下的内容（空格键）",
  rewind: "撤回",
  rewindTitle: "撤回上一个决定（Backspace）",
  rewindLabel: "撤回：撤销上一个决定",
  redo: "重做",
  redoTitle: "恢复刚撤回的决定（Shift+Backspace）",
  redoLabel: "重做：恢复刚撤回的决定",
  skipRead: "跳过已读",
  skipReadTitle: "翻过以前读过的页面，直到下一个选项、方案或新段落（S 键）",
  skippedPages: (p) => `已跳过 ${p.n} 页读过的内容。`,
  chapterHeading: (p) => `第 ${p.n} 章：${p.title}`,
  continue: "继续",
  openPlan: "打开方案",
  seeEnding: "看看这一局的结局",
  nextParagraph: "下一段",
  definitionTerm: (p) => `${p.term}：`,

  chrome: "游戏",
  menuTitle: "菜单：设置、术语表、本章回顾、保存并退出（Esc）",
  soundOn: "声音：开",
  soundOff: "声音：关",

  cancel: "取消",
  close: "关闭",
  dismiss: "知道了",

  off: "关",
  on: "开",
  readoutName: (p) => `${p.label}：${p.value}`,
  mathSource: (p) => `来源：${p.source}`,
  mathSpoken: (p) => `${p.label}：${p.formula}。${p.substituted}。来源：${p.source}。`,
  mathDescription: (p) => `${p.formula}；${p.substituted}。来源：${p.source}`,
  nothingToPlot: "暂无数据",
  chartEmpty: (p) => `${p.title}：${p.empty ?? "暂无数据"}`,
  chartMarked: (p) => `${p.title}（标记：${p.label}，位于 ${p.at}）`,
  barPart: (p) => `${p.label} ${p.value}`,
  barCaption: (p) => `${p.parts.join(" · ")}  |  ${p.limitLabel} ${p.limit}`,
  barDescription: (p) =>
    `${p.parts.join("，")}；${p.limitLabel} ${p.limit}${p.over ? "（超出上限）" : ""}`,

  shareText: (p) => `${p.title}：我玩的一局《如果我训练了 GPT-4》`,
  shared: "已通过设备的分享面板分享卡片。",
  shareCancelled: "已取消分享。",
  copiedImage: "已把卡片图片复制到剪贴板（此浏览器无法分享文件）。",
  copiedLink: "已把本局链接复制到剪贴板（此浏览器无法分享或复制图片）。",
  downloaded: (p) => `此浏览器在这里既不能分享，也用不了剪贴板，卡片已下载为 ${p.fileName}。`,

  cardHeading: "如果我训练了 GPT-4 · 结局",
  cardHeadingSeed: (p) => `如果我训练了 GPT-4 · 结局 · 种子 ${p.seed}`,
  cardDecisive: "影响最大的几个决定",
  cardWeighing: "正在逐一衡量每个决定：去掉它，把这一局重放一遍……",
  cardNoDecisive: "没有哪个决定单独改变了结局或数字。",
  cardShareCode: (p) => `分享码 · 种子 ${p.seed}`,
  cardPlayAt: (p) => `来玩：${p.address}`,
  cardCodeCut: (p) => `${p.start}…（对局 ${p.id}：完整分享码见链接）`,
  cardCodeCutShort: (p) => `${p.start}…（对局 ${p.id}）`,
  cardScanRun: "扫描二维码，重玩这一局",
  cardScanGame: "扫码来玩（这一局的链接太长，无法扫码打开）",

  credits: "致谢",
  creditsStoryHeading: "故事的来源",
  creditsStoryBefore: "故事的史实与情节脉络，来自 AINLP 社区发表的一篇中文博客文章《",
  creditsStoryAfter:
    "》。原文自称是推测小说：把公开的传闻用想象缝合起来，应当当作虚构故事来读。游戏保留了它的史实与精神；游戏里的文字全部是原创，没有一句译自原文。",
  creditsRumoursHeading: "传闻中的数字",
  creditsRumours:
    "游戏当作传闻处理的 GPT-4 数字（专家数与参数量、token 数、集群、训练天数与成本）来自 SemiAnalysis：Dylan Patel 与 Gerald Wong，“GPT-4 Architecture, Infrastructure, Training Dataset, Costs, Vision, MoE”，2023 年 7 月。",
  creditsFormulasHeading: "公式",
  creditsFormulas: "屏幕上的每个数字，都按已发表的研究算出：",
  creditsKaplan: "Kaplan et al. 2020，“Scaling Laws for Neural Language Models”：训练算力与 loss。",
  creditsHoffmann:
    "Hoffmann et al. 2022，“Training Compute-Optimal Large Language Models”（Chinchilla）：参数量与 token 数的取舍。",
  creditsMuennighoff:
    "Muennighoff et al. 2023，“Scaling Data-Constrained Language Models”：重复数据还值多少。",
  creditsNarayanan:
    "Narayanan et al. 2021，“Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM”：张量并行、流水线并行与流水线气泡。",
  creditsKorthikanti:
    "Korthikanti et al. 2022，“Reducing Activation Recomputation in Large Transformer Models”：激活值占用的显存。",
  creditsLeviathan:
    "Leviathan et al. 2023，“Fast Inference from Transformers via Speculative Decoding”：投机解码。",
  creditsKwon:
    "Kwon et al. 2023，“Efficient Memory Management for Large Language Model Serving with PagedAttention”：批处理与 KV cache。",
  creditsShazeer:
    "Shazeer 2019，“Fast Transformer Decoding: One Write-Head is All You Need”：多查询注意力（MQA）。",
  creditsDao:
    "Dao et al. 2022，“FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness”：更快、更省显存的精确注意力。",
  creditsPeopleHeading: "人物",
  creditsPeople:
    "Andy、Dana、Marcus、Ruth、Suki 和 Henrik 都是虚构人物。游戏中没有任何内容描述、或自称了解任何真实公司的内部情况。",
};
