/** The Chinese table of the "game" catalogue (../game.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { gameEn } from "../game";

export const zh: Like<typeof gameEn> = {
  replaceUnreadableTitle: "开始新的一局？",
  replaceUnreadableMessage:
    "无法读取这个浏览器的存储，游戏判断不了里面有没有存着对局。游戏不会覆盖它，新的一局也不会保存。",
  replaceRunTitle: "替换正在进行的这一局？",
  replaceRunUnsaved: (p) =>
    `你正在进行的这一局（第 ${p.chapter} 章，${p.month}，${p.decisions} 个决定）没有保存在这个浏览器里，开始新的一局会让它丢失。想留着它，请先导出。`,
  replaceRunKept: (p) =>
    `你正在进行的这一局（第 ${p.chapter} 章，${p.month}，${p.decisions} 个决定）将被替换。它会留作上一局：在标题画面点“恢复上一局”即可找回。`,
  replaceSavedTitle: "替换已保存的这一局？",
  replaceSavedMessage: (p) =>
    `你已保存的这一局（第 ${p.chapter} 章，${p.month}，${p.decisions} 个决定）将被替换。它会留作上一局：在标题画面点“恢复上一局”即可找回。`,
  noSavedRun: "没有可以继续的存档。",
  noLongerFits: (p) => `它与当前版本的故事对不上了：${p.error}`,
  restoreFailed: (p) => `无法恢复上一局：${p.problem}。两局都保持原样。`,
  noPreviousRun: "没有可以恢复的上一局。",
  restored: "已恢复上一局。被它替换的那一局现在成了上一局：点“恢复上一局”可以再换回来。",
  nothingToRewind: "还没有可以撤回的决定。",
  rewound: (p) =>
    p.n === 1
      ? "已撤回一个决定：故事回到了你做出它的地方。点“重做”可以恢复。"
      : `已撤回 ${p.n} 个决定：故事回到了你做出其中第一个的地方。点“重做”可以把它们恢复。`,
  nothingToRedo: "没有可以重做的决定。",
  redone: (p) =>
    `已重做：${p.n === 1 ? "那个决定" : `${p.n} 个决定`}回来了。${p.more > 0 ? `还有 ${p.more} 个可以恢复。` : ""}`,
  chapterNotReached: (p) => `已完成的对局里还没有到过第 ${p.chapter} 章。`,
  replayingFrom: (p) => `从第 ${p.chapter} 章重玩：这次换个选择吧。`,
  cannotReplay: (p) => `那一局无法在这个版本里重玩：${p.error}`,
  exploring: (p) =>
    `正在一局单独的对局里探索（种子 ${p.seed}）：这里的操作都不会保存，你已保存的对局也不受影响。在标题画面点“新游戏”，开始的对局才会保存。`,
  savedAndQuit: "这一局已保存：点“继续”即可接着玩。",
  storyNotLoaded: "故事还没有加载完。",
  runLinkBad: (p) => `无法打开这个对局链接。${p.reason}`,
  runLinkReplay: (p) => `这个对局链接无法在这个版本的游戏里重放：${p.error}。`,
  runLinkNoEnding: "在这个版本的游戏里，这个对局链接里的对局走不到结局。",
  watching:
    "正在观看对方的这一局：点“继续”翻页，故事走到哪里，对方的选择和计划就在哪里替你做出。这里什么都不会保存，你自己的对局不受影响。",
  chapterNotInLink: (p) => `这张卡片上的对局没有到过第 ${p.chapter} 章。`,
  playingFromLink: (p) =>
    `从对方这一局的第 ${p.chapter} 章开始玩，之前的决定沿用对方的：从这里起，这一局归你，并且会保存。`,
  runLinkWelcome: "有人把这一局分享给了你：这是对方的卡片。你自己的存档不受影响。",
  runLinkOtherBuild:
    "这一局是在另一个版本的游戏上玩的（故事或模拟器不同）；它已在当前版本上重放，数字可能有出入。",
  noRunToExport: "还没有可以导出的对局。",
  exported: (p) => `已将这一局导出为 ${p.name}。`,
  importReplayError: (p) => `重放出错：${p.error}。`,
  imported: "已导入对局：你回到了它保存时的位置。",
  importRefused: (p) => `无法导入这个文件：${p.reason}你自己的存档没有变动。`,
  exportSaveAction: "导出存档",
  savingWorksAgain: "存档恢复正常：这一局已保存在这个浏览器里。",
  freedDamaged: (p) => `为了给这一局腾出空间，游戏删除了之前另存的 ${p.n} 份损坏存档。`,
  saveUnreadable: (p) => `无法读取你保存的对局：${p.problem}。它没有被改动，游戏也不会覆盖它。`,
  downloadIt: "下载存档",
  historyUnwritable:
    "这一局没有加入对局记录：对局记录既无法读取，也无法另存（见前面的提示）。它的卡片和链接照常可用。",
  historyNotAdded: (p) => `这一局无法加入对局记录：${p.problem}。它的卡片和链接照常可用。`,
  endingUnwritable:
    "这一局的结局没有加入你达成过的结局：那份记录既无法读取，也无法另存（见前面的提示）。它的卡片和链接照常可用。",
  endingNotAdded: (p) =>
    `这一局的结局无法加入你达成过的结局：${p.problem}。它的卡片和链接照常可用。`,
  settingNotKept: (p) => `这项设置在本次访问中有效，但无法保存下来：${p.problem}。`,
  quitNoRun: "返回标题画面",
  quitExploring: "返回标题画面（这局探索不会保存）",
  quitSave: "保存并返回标题画面",
  replaceExportFirst: "先导出，再开始",
  replaceWithoutKeeping: "不保留，直接开始",
  replaceStart: "开始新的一局",
  labLinkBad: (p) => `无法打开这个实验室链接。${p.reason}`,
  labFromLink: "链接里的设计是设计 A；B 一开始是它的副本。你保存的对局不受影响。",
  updateInstalled: "游戏的新版本已安装：下次打开或刷新页面时生效。",
  reloadNow: "立即刷新",
  turboTitle: "十倍 Turbo",
  turboLine: "效率计划：目标是便宜十倍，质量是不能越过的线。",
  denseGiantTitle: "稠密巨兽",
  denseGiantLine: "一个出色的模型，却没人供得起。",
  chinchillaWarningTitle: "Chinchilla 的警告",
  chinchillaWarningLine: "模型太大，数据不够：没有飞跃，又是一个 3.5。",
  meltedFleetTitle: "熔化的集群",
  meltedFleetLine: "ChatGPT 的需求吃光了你所有的 GPU。",
  nerfedTitle: "被“降智”的模型",
  nerfedLine: "推理是便宜了，可所有人都察觉到了。",
  subpoenaTitle: "传票",
  subpoenaLine: "影子图书馆的数据找上门来了。",
  busyTitle: "有得忙了",
  busyLine: "上线了，但还没便宜十倍。",
  unknownEndingTitle: "剧终",
  unknownEndingLine: "这一局走到了一个这张卡片还不认识的结局。",
  galleryTitle: (p) => `已达成的结局：${p.reached} / ${p.total}`,
  galleryReached: (p) => `已达成：最早在 ${p.month}，共 ${p.runs} 局。`,
  galleryNotReached: "尚未达成。",
  galleryNoneHeading: "还没有结局",
  galleryNoneYet:
    "打完一局，就能达成第一个结局。每一局的数字决定它在哪里收场；下面的提示说明条件。",
  hintSubpoena: (p) =>
    `提示：让旗舰模型的训练数据的许可风险达到 ${p.risk}；如果 Andy 的名字留在高风险数据源上、又没有来源台账，达到 ${p.trailRisk} 即可。`,
  hintMeltedFleet: (p) => `提示：整局满足的 ChatGPT 需求不到 ${p.share}。`,
  hintDenseGiant: (p) =>
    `提示：把 GPT-4 训成稠密模型，使每个 token 需要的算力超过稀疏 GPT-4 的 ${p.factor}，或者无法以可承受的成本上线。`,
  hintChinchillaWarning: (p) =>
    `提示：以没有真正飞跃的方式收场：没有训出 GPT-4、模型对它的数据来说太大，或者比 GPT-3.5 强不到 ${p.leap}。`,
  hintNerfed: (p) =>
    `提示：让用户感知到的质量低于 ${p.quality}，或者便宜十倍的同时质量低于 ${p.turboQuality}。`,
  hintTurbo: (p) =>
    `提示：让 GPT-4 的推理成本比上线时至少便宜 ${p.ratio}，同时感知质量不低于 ${p.quality}。`,
  hintBusy: "提示：打完一局，不落入其他任何结局：GPT-4 上线并提供服务，没有出事，但还没便宜十倍。",
  rowCapability: "模型能力",
  rowCost: "推理成本",
  costDetail: (p) => `基准 ${p.yardstick} · ${p.ratio} 目标 ${p.goal} · ${p.change}`,
  noGpt4Served: "GPT-4 未上线",
  rowServed: "需求满足率",
  rowQuality: "感知质量",
  rowLicence: "版权风险",
  rowBill: "GPT-4 训练账单",
  noGpt4Run: "GPT-4 未训练",
  modelSpec: (p) =>
    `GPT-4：${p.moe ? `混合专家，${p.total}（激活 ${p.active}）` : `稠密，${p.total}`}` +
    `${p.tokens ? ` · ${p.tokens} token` : ""} · 用 ${p.gpus} 训练 ${p.days}`,
  modelSpecNone: "这一局没有训练 GPT-4",
  verdictLine: (p) => `比发布时${p.change} · 质量 ${p.quality} · 满足需求 ${p.served}`,
  verdictLineNoGpt4: (p) => `没有上线 GPT-4 · 满足需求 ${p.served}`,
  effectEnding: (p) => `若没有它：${p.ending}`,
  effectNoGpt4: "若没有它：GPT-4 不会上线",
  effectGpt4: (p) => `若没有它：GPT-4 会上线，比发布时${p.change}`,
  effectCost: (p) => `若没有它：比发布时${p.without}，而不是${p.actual}`,
  effectQuality: (p) => `若没有它：质量 ${p.without}，而不是 ${p.actual}`,
  effectServed: (p) => `若没有它：满足需求 ${p.without}，而不是 ${p.actual}`,
  rowDays: "训练天数",
};
