/** The Chinese table of the "persist" catalogue (../persist.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { persistEn } from "../persist";

export const zh: Like<typeof persistEn> = {
  storageUnavailable: "这个浏览器没有给游戏提供存储空间",
  storageBlocked: "这个浏览器不允许游戏使用存储（无痕浏览或某项隐私设置可能会这样）",
  storageFull: "这个浏览器给游戏的存储空间已满",
  storageFailed: "这个浏览器的存储出了故障",
  saveEmpty: "存档是空的。",
  saveNotJson: "存档已损坏：不是可读的 JSON。",
  notASave: "这不是《If I Trained GPT-4》的存档。",
  saveNoVersion: "存档没有版本号，游戏无法判断该怎么读取。",
  saveVersionNotNumber: (p) =>
    `存档的版本号不是数字，游戏无法判断该怎么读取（本游戏读取版本 ${p.reads}）。`,
  saveVersionOther: (p) =>
    `存档的版本是 ${p.version}，这个版本的游戏读不了（它读取版本 ${p.reads}）。`,
  saveVersionUnknown: (p) =>
    `存档的版本号本游戏不认识，这个版本的游戏读不了（它读取版本 ${p.reads}）。`,
  saveTooManyDecisions: (p) => `存档里有 ${p.count} 个决定；本游戏的一局最多只有 ${p.max} 个。`,
  saveDamagedBecause: (p) => `存档已损坏（${p.issues}）。`,
  saveUnreadable: "存档已损坏，无法读取。",
  saveTooLarge: (p) =>
    `存档大小为 ${p.size}，超过了本游戏任何存档可能的大小（最多 ${p.max}），因此没有读取。`,
  badSaveCleared: (p) =>
    `无法继续你保存的对局（${p.cause}）。已在这个浏览器的存储里另存了一份副本，名为“${p.key}”（游戏保留最近 ${p.limit} 份，每份保存 ${p.days} 天）；请开始新游戏。`,
  badSaveNotCleared: (p) =>
    `无法继续你保存的对局（${p.cause}）。已在这个浏览器的存储里另存了一份副本，名为“${p.key}”（游戏保留最近 ${p.limit} 份，每份保存 ${p.days} 天），但损坏的存档无法清除：开始新游戏时会替换它。`,
  badSaveTooBig: (p) =>
    `无法继续你保存的对局（${p.cause}），而且它太大，无法另存副本，只能留在原处：“继续”无法恢复它，“新游戏”会替换它。想保留的话，请先下载。`,
  badSaveNoCopy: (p) =>
    `无法继续你保存的对局（${p.cause}），也无法另存副本（${p.why}），只能留在原处：“继续”无法恢复它，“新游戏”会替换它。想保留的话，请先下载。`,
  copyStorageFull: "存储已满",
  copyStorageRefused: "存储拒绝了写入",
  unsavedUnchecked:
    "这一局没有在保存：游戏无法读取或另存它要替换的那局未完成的对局，所以没有动那一局。这一局只在内存中继续：想保留它，请导出存档文件。",
  unsaved: (p) =>
    `这一局没有在保存：${p.problem}。它只在内存中继续；想保留它，请现在导出存档文件。${p.kept}`,
  unsavedNothingKept: "这一局还没有任何内容存在这里。",
  unsavedKept: (p) => `这里的存档只保存到你的前 ${p.n} 个决定。`,
  runCode: "对局代码",
  runMaker: "本游戏的一局",
  runHolder: "本游戏任何一局的内容",
  labCode: "实验室代码",
  labMaker: "一个设计",
  labHolder: "任何设计的内容",
  codeEmpty: (p) => `这个${p.code}是空的。`,
  codeTooLong: (p) =>
    `这个${p.code}长 ${p.length} 个字符；${p.maker}生成的代码最多 ${p.max} 个字符。`,
  codeMalformed: (p) => `这不是${p.code}（它应该形如 ${p.start}…）。`,
  codeVersion: (p) =>
    `这个${p.code}的版本是 ${p.version}，这个版本的游戏不认识（它读取${
      p.oldest === p.newest ? `版本 ${p.newest}` : `版本 ${p.oldest} 到 ${p.newest}`
    }）。`,
  codeTooBig: (p) => `这个${p.code}解压后超过 ${p.max} 个字符，比${p.holder}还多，因此没有读取。`,
  codeNoUnpack: (p) => `这个${p.code}已损坏或不完整：无法解压。`,
  codeGarbled: (p) => `这个${p.code}已损坏或不完整：内容是乱码。`,
  runCodeUnreadable: "这个对局代码已损坏，无法读取。",
  runCodeTooManyDecisions: (p) =>
    `这个对局代码里有 ${p.count} 个决定；本游戏的一局最多只有 ${p.max} 个。`,
  runCodeTooManyAdvances: (p) =>
    `这个对局代码让日历推进了 ${p.count} 次；故事的日历只有 ${p.max} 个月。`,
  runCodeNotARun: (p) => `这个对局代码里没有有效的对局（${p.issues}）。`,
  runCodeInvalid: (p) => `这个对局代码无效：${p.reason}。`,
  runCodeBadPlan: (p) => `第 ${p.n} 个决定不是有效的方案（${p.reason}）`,
  pathSeed: "种子",
  pathBuild: "故事版本",
  pathContents: "内容",
  pathDecision: (p) => `第 ${p.n} 个决定`,
  pathPart: (p) => `第 ${p.n} 部分`,
  pathField: (p) => `字段 ${p.name}`,
  pathUnknownField: "一个它不认识的字段",
  pathSeparator: "，",
  historyUnreadable: (p) => `无法读取你的对局记录：${p.problem}。它没有被改动。`,
  keptNotJson: "不是可读的 JSON",
  keptTooBig: "它太大了",
  historyNoCopy: (p) =>
    `你的对局记录已损坏（${p.reason}），且无法另存副本（${p.why}），所以保持原样；完成的对局不会再记进去。`,
  historyReset: (p) =>
    `你的对局记录已损坏（${p.reason}）；已另存一份副本，名为“${p.key}”（游戏保留最近 ${p.limit} 份，每份保存 ${p.days} 天），并开始了新的记录。`,
  historyNotCleared: (p) =>
    `你的对局记录已损坏（${p.reason}）；已另存一份副本，名为“${p.key}”，但损坏的记录无法清除，所以完成的对局不会再记进去。`,
  endingsUnreadable: (p) => `无法读取你达成过的结局：${p.problem}。它们没有被改动。`,
  endingsNoCopy: (p) =>
    `你达成过的结局的记录已损坏（${p.reason}），且无法另存副本（${p.why}），所以保持原样；新达成的结局不会再记进去。`,
  endingsReset: (p) =>
    `你达成过的结局的记录已损坏（${p.reason}）；已另存一份副本，名为“${p.key}”（游戏保留最近 ${p.limit} 份，每份保存 ${p.days} 天），并根据你的对局记录重新开始记录。`,
  endingsNotCleared: (p) =>
    `你达成过的结局的记录已损坏（${p.reason}）；已另存一份副本，名为“${p.key}”，但损坏的记录无法清除，所以新达成的结局不会再记进去。`,
  seenUnreadable: (p) =>
    `无法读取你读过的剧情文字的记录：${p.problem}。它没有被改动，现在读的文字也不会记进去。`,
  seenNoCopy: (p) =>
    `你读过的剧情文字的记录已损坏（${p.reason}），且无法清除（${p.why}），所以保持原样；现在读的文字不会记进去。`,
  seenCleared: (p) =>
    `你读过的剧情文字的记录已损坏（${p.reason}），所以已清空：以前读过的文字不再标为已读，现在读的会重新记下。`,
  issueAt: (p) => `${p.where}：${p.rule}`,
  issueWhole: (p) => `内容${p.rule}`,
  issueNone: "格式不符合要求",
  unknownPathField: "（某个字段）",
  ruleUnusedField: "含有本游戏不使用的字段",
  ruleLiteral: (p) => `应为 ${p.value}`,
  ruleFixedValue: "应为固定值",
  ruleAtLeast: (p) => `应不小于 ${p.limit}`,
  ruleTooSmall: "太小",
  ruleAtMost: (p) => `应不大于 ${p.limit}`,
  ruleTooLarge: "太大",
  ruleTooLongAtMost: (p) => `太长（最多 ${p.limit}）`,
  ruleTooLong: "太长",
  ruleTooShortAtLeast: (p) => `太短（至少 ${p.limit}）`,
  ruleTooShort: "太短",
  ruleInteger: "应为整数",
  ruleFinite: "应为有限的数",
  ruleRegex: "含有本游戏不接受的字符或格式",
  ruleMoreEntries: (p) => `超过了 ${p.max} 项`,
  ruleMoreAdvances: (p) => `推进月份的次数超过了日历的月数（${p.max}）`,
  ruleTooManyFields: "字段太多",
  ruleBroken: "违反了本游戏的规则",
  ruleValue: "应有一个值",
  ruleNumber: "应为数字",
  ruleText: "应为文本",
  ruleBoolean: "应为 true 或 false",
  ruleList: "应为列表",
  ruleFixedList: "应为固定格式的列表",
  ruleGroup: "应为一组命名字段",
  rulePicklist: "应为本游戏认识的值之一",
  ruleForm: "应为本游戏认识的格式之一",
  ruleNullable: "应为一个值或 null",
  ruleOther: "格式不符合要求",
};
