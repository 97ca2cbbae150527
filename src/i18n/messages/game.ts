/**
 * The run's sentences (src/game/run.ts, app.ts, report.ts, endings.ts and src/pwa.ts): the
 * questions before a new run, what Continue, Rewind, Redo, run links, import and export tell the
 * player, the menu's quit label, the endings' titles and lines and the labels of the end-state
 * card's rows. Values (months, file names, formatted numbers, storage problems already in words)
 * arrive as parameters.
 */
// With the file's extension: the build's config loads this module (scripts/ending-pages.ts), and
// Vite's config loader asks for extensions.
import { messages } from "../index.ts";

/** Where a run stands, as the questions before a new run say it. */
interface RunPlace {
  chapter: number;
  month: string;
  decisions: number;
}

/** The English table (the Chinese one, messages/zh-CN/game.ts, loads only when chosen). */
export const gameEn = {
  // --- run.ts: the question before a new run
  replaceUnreadableTitle: "Start a new run?",
  replaceUnreadableMessage:
    "This browser's storage cannot be read, so the game cannot tell whether a run is saved there. It will not write over it, and the new run will not be saved.",
  replaceRunTitle: "Replace your run in progress?",
  replaceRunUnsaved: (p: RunPlace) =>
    `Your run in progress (Chapter ${p.chapter}, ${p.month}, ${p.decisions} decisions) is not saved in this browser, so a new run would lose it. Export it first to keep it.`,
  replaceRunKept: (p: RunPlace) =>
    `Your run in progress (Chapter ${p.chapter}, ${p.month}, ${p.decisions} decisions) will be replaced. It is kept: "Restore previous run" on the title screen brings it back.`,
  replaceSavedTitle: "Replace your saved run?",
  replaceSavedMessage: (p: RunPlace) =>
    `Your saved run (Chapter ${p.chapter}, ${p.month}, ${p.decisions} decisions) will be replaced. It is kept: "Restore previous run" on the title screen brings it back.`,
  // --- run.ts: Continue and Restore
  noSavedRun: "There is no saved run to continue.",
  /** Why a save no longer resumes (it goes into the damaged-save message's parentheses). */
  noLongerFits: (p: { error: string }) => `it no longer fits this version of the story: ${p.error}`,
  restoreFailed: (p: { problem: string }) =>
    `The previous run could not be restored: ${p.problem}. Both runs are as they were.`,
  noPreviousRun: "There is no previous run to restore.",
  restored:
    'Restored your previous run. The run it replaced is now the previous one: "Restore previous run" brings it back.',
  // --- run.ts: rewind, redo, chapters
  nothingToRewind: "There is nothing to rewind yet.",
  rewound: (p: { n: number }) =>
    p.n === 1
      ? "Rewound one decision: the story is back where you made it. Redo brings it back."
      : `Rewound ${p.n} decisions: the story is back where you made the first of them. Redo brings them back.`,
  nothingToRedo: "There is nothing to redo.",
  redone: (p: { n: number; more: number }) =>
    `Redone: ${p.n === 1 ? "the decision is" : `${p.n} decisions are`} back.${p.more > 0 ? ` ${p.more} more can come back.` : ""}`,
  chapterNotReached: (p: { chapter: number }) =>
    `Chapter ${p.chapter} has not been reached in a finished run yet.`,
  replayingFrom: (p: { chapter: number }) =>
    `Replaying from chapter ${p.chapter}: choose differently this time.`,
  cannotReplay: (p: { error: string }) => `That run cannot be replayed in this version: ${p.error}`,
  // --- run.ts: playing and places
  exploring: (p: { seed: number }) =>
    `Exploring on a run of its own (seed ${p.seed}): nothing you do here is saved, and your saved run is untouched. New game on the title screen starts a run that is saved.`,
  savedAndQuit: "Your run is saved: Continue resumes it.",
  // --- run.ts: run links
  storyNotLoaded: "The story has not loaded yet.",
  runLinkBad: (p: { reason: string }) => `This run link cannot be opened. ${p.reason}`,
  runLinkReplay: (p: { error: string }) =>
    `This run link cannot be replayed in this version of the game: ${p.error}.`,
  runLinkNoEnding: "This run link's run does not reach an ending in this version of the game.",
  watching:
    "Watching their run: Continue turns the pages, and their choices and plans are made as the story reaches them. Nothing here is saved; your own run is untouched.",
  chapterNotInLink: (p: { chapter: number }) =>
    `The run on this card did not reach chapter ${p.chapter}.`,
  playingFromLink: (p: { chapter: number }) =>
    `Playing from chapter ${p.chapter} of their run, with their decisions before it: from here the run is yours, and saved.`,
  runLinkWelcome:
    "Someone shared this run with you: this is their card. Your own save is untouched.",
  runLinkOtherBuild:
    "This run was played on another version of the game (its story or its physics); it was replayed on this one, so its numbers may differ.",
  // --- run.ts: save files
  noRunToExport: "There is no run to export yet.",
  exported: (p: { name: string }) => `Exported your run as ${p.name}.`,
  /** A save file that does not replay: the reason given for refusing it. */
  importReplayError: (p: { error: string }) => `${p.error}.`,
  imported: "Imported the run: you are back where it was saved.",
  importRefused: (p: { reason: string }) =>
    `That file cannot be imported: ${p.reason} Your own save is unchanged.`,
  // --- run.ts: the autosave and the history
  exportSaveAction: "Export save",
  savingWorksAgain: "Saving works again: your run is saved in this browser.",
  freedDamaged: (p: { n: number }) =>
    `To make room for your run, the game removed ${p.n} damaged save${p.n === 1 ? "" : "s"} it had kept aside.`,
  saveUnreadable: (p: { problem: string }) =>
    `Your saved run cannot be read: ${p.problem}. It has not been changed, and the game will not write over it.`,
  downloadIt: "Download it",
  historyUnwritable:
    "This finished run was not added to your run history, which could not be read or kept aside (see the earlier message). Its card and link work as usual.",
  historyNotAdded: (p: { problem: string }) =>
    `This finished run could not be added to your run history: ${p.problem}. Its card and link work as usual.`,
  endingUnwritable:
    "This run's ending was not added to the endings you have reached, whose record could not be read or kept aside (see the earlier message). Its card and link work as usual.",
  endingNotAdded: (p: { problem: string }) =>
    `This run's ending could not be added to the endings you have reached: ${p.problem}. Its card and link work as usual.`,
  // --- app.ts
  settingNotKept: (p: { problem: string }) =>
    `The setting holds for this visit, but it could not be kept: ${p.problem}.`,
  quitNoRun: "Return to title",
  quitExploring: "Return to title (this exploring run is not saved)",
  quitSave: "Save and return to title",
  replaceExportFirst: "Export it first, then start",
  replaceWithoutKeeping: "Start without keeping it",
  replaceStart: "Start the new run",
  labLinkBad: (p: { reason: string }) => `This lab link cannot be opened. ${p.reason}`,
  labFromLink:
    "The design from the link is design A; B starts as a copy of it. Your saved run is untouched.",
  // --- pwa.ts
  updateInstalled:
    "A new version of the game is installed: it starts the next time you open or reload the page.",
  reloadNow: "Reload now",
  // --- endings.ts: the endings (the English ones are also the build's ending pages' previews)
  turboTitle: "The 10x Turbo",
  turboLine:
    "The efficiency programme: ten times cheaper was the goal, quality the line not to cross.",
  denseGiantTitle: "The Dense Giant",
  denseGiantLine: "A brilliant model nobody can afford to serve.",
  chinchillaWarningTitle: "Chinchilla's Warning",
  chinchillaWarningLine: "Too big for its data: no leap, just 3.5 again.",
  meltedFleetTitle: "The Melted Fleet",
  meltedFleetLine: "ChatGPT's demand ate every GPU you had.",
  nerfedTitle: "The Nerfed Model",
  nerfedLine: "Cheaper to serve, and everyone noticed.",
  subpoenaTitle: "The Subpoena",
  subpoenaLine: "The shadow-library data caught up with you.",
  busyTitle: "Busy for a While",
  busyLine: "Shipped, and not yet ten times cheaper.",
  unknownEndingTitle: "The End",
  unknownEndingLine: "Your run reached an ending this card does not know yet.",
  // --- gallery.ts: the endings gallery on the title
  galleryTitle: (p: { reached: number; total: number }) =>
    `Endings reached: ${p.reached} of ${p.total}`,
  galleryReached: (p: { month: string; runs: number }) =>
    `Reached: first in ${p.month}, ${p.runs === 1 ? "in one run" : `in ${p.runs} runs`}.`,
  galleryNotReached: "Not reached yet.",
  galleryNoneHeading: "No ending yet",
  galleryNoneYet:
    "Finish a run to reach your first ending. Each run's numbers decide where it ends; the hints below say which.",
  hintSubpoena: (p: { risk: string; trailRisk: string }) =>
    `Hint: train the flagship on data whose licence risk reaches ${p.risk}, or ${p.trailRisk} with Andy's name on a risky source and no provenance ledger.`,
  hintMeltedFleet: (p: { share: string }) =>
    `Hint: serve less than ${p.share} of ChatGPT's demand over the run.`,
  hintDenseGiant: (p: { factor: string }) =>
    `Hint: train GPT-4 dense, so that each token needs more than ${p.factor} the compute of a sparse GPT-4, or so that it cannot be served affordably.`,
  hintChinchillaWarning: (p: { leap: string }) =>
    `Hint: end without a real leap: no GPT-4 trained, one too big for its data, or one less than ${p.leap} better than GPT-3.5.`,
  hintNerfed: (p: { quality: string; turboQuality: string }) =>
    `Hint: let the quality users perceive fall below ${p.quality}, or reach ten times cheaper with it below ${p.turboQuality}.`,
  hintTurbo: (p: { ratio: string; quality: string }) =>
    `Hint: serve GPT-4 at least ${p.ratio} cheaper than at launch, with perceived quality at ${p.quality} or more.`,
  hintBusy:
    "Hint: finish a run none of the other endings claims: GPT-4 launched and served, with no disaster, and not yet ten times cheaper.",
  // --- report.ts: the card's rows
  rowCapability: "Capability",
  rowCost: "Cost per million tokens",
  costDetail: (p: { yardstick: string; ratio: string; goal: string; change: string }) =>
    `yardstick ${p.yardstick} · ${p.ratio} goal ${p.goal} · ${p.change}`,
  noGpt4Served: "no GPT-4 served",
  rowServed: "Demand served",
  rowQuality: "Perceived quality",
  rowLicence: "Licence risk",
  rowBill: "GPT-4's training bill",
  noGpt4Run: "no GPT-4 run",
  modelSpec: (p: {
    moe: boolean;
    total: string;
    active: string;
    tokens: string;
    days: string;
    gpus: string;
  }) =>
    `GPT-4: ${p.moe ? `a mixture of experts, ${p.total} (${p.active} active)` : `dense, ${p.total}`}` +
    `${p.tokens ? ` · ${p.tokens} tokens` : ""} · ${p.days} on ${p.gpus}`,
  modelSpecNone: "GPT-4 was never trained in this run",
  verdictLine: (p: { change: string; quality: string; served: string }) =>
    `${p.change} than at launch · ${p.quality} quality · ${p.served} served`,
  verdictLineNoGpt4: (p: { served: string }) => `no GPT-4 served · ${p.served} of demand served`,
  // --- report.ts: the decisions that moved the run most (decisionLines)
  effectEnding: (p: { ending: string }) => `Without it: ${p.ending}`,
  effectNoGpt4: "Without it: no GPT-4 served",
  effectGpt4: (p: { change: string }) => `Without it: GPT-4 served, ${p.change}`,
  effectCost: (p: { without: string; actual: string }) =>
    `Without it: ${p.without}, not ${p.actual}`,
  effectQuality: (p: { without: string; actual: string }) =>
    `Without it: ${p.without} quality, not ${p.actual}`,
  effectServed: (p: { without: string; actual: string }) =>
    `Without it: ${p.without} served, not ${p.actual}`,
  rowDays: "Training days",
};

export const gameText = messages("game", gameEn);
