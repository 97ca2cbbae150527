/**
 * What the player reads about saves, save files, codes, the run history and storage
 * (src/persist): why a save, a file or a code was refused, what was done with a damaged one, and
 * schema problems in words. Counts and sizes arrive formatted; a storage problem arrives in words
 * (`storageUnavailable` …), to follow a colon.
 */
import { messages } from "..";

/** Where a damaged save's copy went, as the message about it says. */
interface KeptAside {
  cause: string;
  key: string;
  limit: number;
  days: number;
}

/** The English table (the Chinese one, messages/zh-CN/persist.ts, loads only when chosen). */
export const persistEn = {
  // --- storage.ts: a storage problem, to follow a colon
  storageUnavailable: "this browser gives the game no storage",
  storageBlocked:
    "this browser does not let the game use its storage (private browsing or a privacy setting can do that)",
  storageFull: "this browser's storage for the game is full",
  storageFailed: "this browser's storage stopped working",
  // --- saves.ts: a save refused
  saveEmpty: "The save is empty.",
  saveNotJson: "The save is damaged: it is not readable JSON.",
  notASave: "This is not a save of If I Trained GPT-4.",
  saveNoVersion: "The save has no version number, so this game cannot tell how to read it.",
  saveVersionNotNumber: (p: { reads: number }) =>
    `The save's version is not a number, so this game cannot tell how to read it (it reads version ${p.reads}).`,
  saveVersionOther: (p: { version: number; reads: number }) =>
    `The save has version ${p.version}, which this version of the game cannot read (it reads version ${p.reads}).`,
  saveVersionUnknown: (p: { reads: number }) =>
    `The save has a version number this game does not know, which this version of the game cannot read (it reads version ${p.reads}).`,
  saveTooManyDecisions: (p: { count: string; max: number }) =>
    `The save holds ${p.count} decisions; a run of this game makes at most ${p.max}.`,
  saveDamagedBecause: (p: { issues: string }) => `The save is damaged (${p.issues}).`,
  saveUnreadable: "The save is damaged and cannot be read.",
  saveTooLarge: (p: { size: string; max: string }) =>
    `The save is ${p.size}, larger than any save of this game can be (at most ${p.max}), so it was not read.`,
  // --- saves.ts: a damaged autosave
  badSaveCleared: (p: KeptAside) =>
    `Your saved run could not be resumed (${p.cause}). A copy was kept aside in this browser's storage as "${p.key}" (the game keeps the last ${p.limit} for ${p.days} days); start a new game.`,
  badSaveNotCleared: (p: KeptAside) =>
    `Your saved run could not be resumed (${p.cause}). A copy was kept aside in this browser's storage as "${p.key}" (the game keeps the last ${p.limit} for ${p.days} days), but the damaged save could not be cleared: New game will replace it.`,
  badSaveTooBig: (p: { cause: string }) =>
    `Your saved run could not be resumed (${p.cause}), and it is too big to keep a copy of, so it stays where it is: Continue cannot resume it, and New game will replace it. Download it first to keep it.`,
  badSaveNoCopy: (p: { cause: string; why: string }) =>
    `Your saved run could not be resumed (${p.cause}), and no copy could be kept: ${p.why}, so it stays where it is: Continue cannot resume it, and New game will replace it. Download it first to keep it.`,
  copyStorageFull: "the storage is full",
  copyStorageRefused: "the storage refused it",
  // --- saves.ts: a write that failed
  unsavedUnchecked:
    "This run is not being saved: the game could not read or keep a copy of the unfinished run it would replace, so it left that run where it is. This run goes on in memory: export the save file to keep it.",
  unsaved: (p: { problem: string; kept: string }) =>
    `Your run is not being saved: ${p.problem}. It goes on in memory; export the save file now to keep it. ${p.kept}`,
  unsavedNothingKept: "Nothing of this run is saved here yet.",
  unsavedKept: (p: { n: number }) =>
    `The save kept here holds your first ${p.n} decision${p.n === 1 ? "" : "s"}.`,
  // --- envelope.ts: the kinds of code, as its messages name them
  runCode: "run code",
  runMaker: "a run of this game",
  runHolder: "any run of this game holds",
  labCode: "lab code",
  labMaker: "a design",
  labHolder: "any design holds",
  // --- envelope.ts: a code refused
  codeEmpty: (p: { code: string }) => `This ${p.code} is empty.`,
  codeTooLong: (p: { code: string; length: string; maker: string; max: string }) =>
    `This ${p.code} is ${p.length} characters long; ${p.maker} makes codes of at most ${p.max}.`,
  codeMalformed: (p: { code: string; start: string }) =>
    `This is not a ${p.code} (it should look like ${p.start}…).`,
  codeVersion: (p: { code: string; version: number; oldest: number; newest: number }) =>
    `This ${p.code} has version ${p.version}, which this version of the game does not know (it reads ${
      p.oldest === p.newest ? `version ${p.newest}` : `versions ${p.oldest} to ${p.newest}`
    }).`,
  codeTooBig: (p: { code: string; max: string; holder: string }) =>
    `This ${p.code} unpacks to more than ${p.max} characters, more than ${p.holder}, so it was not read.`,
  codeNoUnpack: (p: { code: string }) =>
    `This ${p.code} is damaged or cut short: it does not unpack.`,
  codeGarbled: (p: { code: string }) =>
    `This ${p.code} is damaged or cut short: its contents are garbled.`,
  // --- code.ts: a run code refused
  runCodeUnreadable: "This run code is damaged and cannot be read.",
  runCodeTooManyDecisions: (p: { count: string; max: number }) =>
    `This run code holds ${p.count} decisions; a run of this game makes at most ${p.max}.`,
  runCodeTooManyAdvances: (p: { count: string; max: number }) =>
    `This run code advances the calendar ${p.count} times; the story's calendar holds ${p.max} months.`,
  runCodeNotARun: (p: { issues: string }) =>
    `This run code does not hold a valid run (${p.issues}).`,
  runCodeInvalid: (p: { reason: string }) => `This run code is invalid: ${p.reason}.`,
  runCodeBadPlan: (p: { n: number; reason: string }) =>
    `decision ${p.n} is not a valid plan (${p.reason})`,
  // --- code.ts: where in a run code a problem is
  pathSeed: "its seed",
  pathBuild: "its story build",
  pathContents: "its contents",
  pathDecision: (p: { n: number }) => `decision ${p.n}`,
  pathPart: (p: { n: number }) => `part ${p.n}`,
  pathField: (p: { name: string }) => `field ${p.name}`,
  pathUnknownField: "a field it does not know",
  pathSeparator: ", ",
  // --- history.ts
  historyUnreadable: (p: { problem: string }) =>
    `Your run history cannot be read: ${p.problem}. It has not been changed.`,
  // --- kept.ts: any record kept for the player (the history, the endings reached)
  keptNotJson: "it is not readable JSON",
  keptTooBig: "it is too big",
  historyNoCopy: (p: { reason: string; why: string }) =>
    `Your run history is damaged (${p.reason}) and no copy could be kept (${p.why}), so it was left as it is; finished runs are not added to it.`,
  historyReset: (p: { reason: string; key: string; limit: number; days: number }) =>
    `Your run history was damaged (${p.reason}); a copy was kept aside as "${p.key}" (the game keeps the last ${p.limit} for ${p.days} days) and a new one started.`,
  historyNotCleared: (p: { reason: string; key: string }) =>
    `Your run history was damaged (${p.reason}); a copy was kept aside as "${p.key}", but the damaged one could not be cleared, so finished runs are not added to it.`,
  // --- endings.ts
  endingsUnreadable: (p: { problem: string }) =>
    `The endings you have reached cannot be read: ${p.problem}. They have not been changed.`,
  endingsNoCopy: (p: { reason: string; why: string }) =>
    `The record of the endings you have reached is damaged (${p.reason}) and no copy could be kept (${p.why}), so it was left as it is; new endings are not added to it.`,
  endingsReset: (p: { reason: string; key: string; limit: number; days: number }) =>
    `The record of the endings you have reached was damaged (${p.reason}); a copy was kept aside as "${p.key}" (the game keeps the last ${p.limit} for ${p.days} days) and a new one started from your run history.`,
  endingsNotCleared: (p: { reason: string; key: string }) =>
    `The record of the endings you have reached was damaged (${p.reason}); a copy was kept aside as "${p.key}", but the damaged one could not be cleared, so new endings are not added to it.`,
  // --- seen.ts
  seenUnreadable: (p: { problem: string }) =>
    `The record of the story text you have read cannot be read: ${p.problem}. It has not been changed, and text you read now is not added to it.`,
  seenNoCopy: (p: { reason: string; why: string }) =>
    `The record of the story text you have read is damaged (${p.reason}) and could not be cleared (${p.why}), so it was left as it is; text you read now is not added to it.`,
  seenCleared: (p: { reason: string }) =>
    `The record of the story text you have read was damaged (${p.reason}), so it was cleared: text read before is no longer marked, and text you read now is.`,
  // --- schema.ts: describeIssues, "<where> <rule>" or "it <rule>"
  issueAt: (p: { where: string; rule: string }) => `${p.where} ${p.rule}`,
  issueWhole: (p: { rule: string }) => `it ${p.rule}`,
  issueNone: "it is not in the expected format",
  unknownPathField: "(a field)",
  ruleUnusedField: "has a field this game does not use",
  ruleLiteral: (p: { value: string }) => `should be ${p.value}`,
  ruleFixedValue: "should be a fixed value",
  ruleAtLeast: (p: { limit: string }) => `should be at least ${p.limit}`,
  ruleTooSmall: "is too small",
  ruleAtMost: (p: { limit: string }) => `should be at most ${p.limit}`,
  ruleTooLarge: "is too large",
  ruleTooLongAtMost: (p: { limit: string }) => `is too long (at most ${p.limit})`,
  ruleTooLong: "is too long",
  ruleTooShortAtLeast: (p: { limit: string }) => `is too short (at least ${p.limit})`,
  ruleTooShort: "is too short",
  ruleInteger: "should be a whole number",
  ruleFinite: "should be a finite number",
  ruleRegex: "has characters or a form this game does not accept",
  ruleMoreEntries: (p: { max: string }) => `has more than ${p.max} entries`,
  ruleMoreAdvances: (p: { max: string }) =>
    `has more month advances than the calendar holds (${p.max})`,
  ruleTooManyFields: "too many fields",
  ruleBroken: "breaks a rule of this game",
  ruleValue: "should be a value",
  ruleNumber: "should be a number",
  ruleText: "should be text",
  ruleBoolean: "should be true or false",
  ruleList: "should be a list",
  ruleFixedList: "should be a list of a fixed form",
  ruleGroup: "should be a group of named fields",
  rulePicklist: "should be one of the values this game knows",
  ruleForm: "should be one of the forms this game knows",
  ruleNullable: "should be a value or null",
  ruleOther: "is not in the expected form",
};

export const persistText = messages("persist", persistEn);
