/**
 * The scenes' sentences (src/scenes): the title screen, the loading screen, the story's chapter
 * line, the ending's report card screen, run history, the Lab hub and the management screens'
 * shared footer. Months, counts, seeds and dates arrive formatted; the Lab's figure labels and
 * preset sources come from the Lab's own catalogue (src/i18n/messages/lab.ts).
 */
import { messages } from "..";

/** One headline number of a run, as the report card lists it. */
interface NumberRow {
  readonly label: string;
  readonly value: string;
}

/** One of the decisions that moved a run most: its month (already short), what, and its effect. */
interface DecisionWords {
  readonly month: string;
  readonly label: string;
  readonly effect: string;
}

/** One month of the fleet, in words: its month and each pool's GPUs (already formatted). */
interface FleetWords {
  readonly month: string;
  readonly training: string;
  readonly serving: string;
  readonly research: string;
}

/** The English table (the Chinese one, messages/zh-CN/scenes.ts, loads only when chosen). */
export const sceneEn = {
  // --- shared
  gameTitle: "If I Trained GPT-4",
  backToTitle: "Back to title",
  history: "History",
  endings: (p: { reached: number; total: number }) => `Endings ${p.reached}/${p.total}`,
  copyRefused: (p: { link: string }) => `This browser would not copy; the link is: ${p.link}`,

  // --- Title.ts
  subtitle: "Two years inside a frontier lab, one GPU budget at a time.",
  newGame: "New game",
  continue: "Continue",
  continueFinished: "Continue (finished)",
  continueAtChapter: (p: { chapter: string; month: string }) =>
    `Continue · Ch. ${p.chapter}, ${p.month}`,
  continueAtMonth: (p: { month: string }) => `Continue · ${p.month}`,
  replayChapter: "Replay a chapter",
  replayChapterTitle: "Replay your last finished run from a chapter",
  chapterOption: (p: { chapter: string; title: string }) =>
    p.title ? `Chapter ${p.chapter} · ${p.title}` : `Chapter ${p.chapter}`,
  chapterChoseLast: (p: { choices: string[]; more: number }) =>
    `Last time: ${p.choices.join("; ")}${p.more > 0 ? ` (and ${p.more} more)` : ""}`,
  chapterNoChoice: "Last time: no story choice in this chapter",
  chapterChoseTheirs: (p: { choices: string[]; more: number }) =>
    `They chose: ${p.choices.join("; ")}${p.more > 0 ? ` (and ${p.more} more)` : ""}`,
  chapterNoChoiceTheirs: "They made no story choice in this chapter",
  importSave: "Import save",
  exportSave: "Export save",
  restoreAtChapter: (p: { chapter: string; month: string }) =>
    `Restore previous run · Ch. ${p.chapter}, ${p.month}`,
  restoreAtMonth: (p: { month: string }) => `Restore previous run · ${p.month}`,
  lab: "Lab",
  credits: "Credits",
  settings: "Settings",
  fictionNote:
    "A work of speculative fiction. Andy and his colleagues are invented; the numbers come from public papers " +
    "and widely repeated rumours about GPT-4, not from anyone inside the company. Every figure on screen is " +
    "computed from published formulas, which you can inspect as you play.",

  // --- Preloader.ts
  loading: "Loading…",
  loadingGame: "Loading the game…",
  loadFailed: (p: { reason: string }) =>
    `Could not load ${p.reason}. Reload the page to try again.`,

  // --- Narrative.ts
  chapterLine: (p: { chapter: string }) => `CHAPTER ${p.chapter}`,

  // --- Report.ts
  reportHeading: (p: { ending: string }) => `How the run ended: ${p.ending}`,
  saveImage: "Save image",
  share: "Share",
  copyLink: "Copy link",
  replayRun: "Replay this run",
  playOwn: "Play your own",
  watchRun: "Watch it",
  playFrom: "From a chapter",
  playFromTitle: "Play their run from a chapter, as your own",
  linkWelcome:
    "Their run, not yours: watch it page by page, play on from one of its chapters, or play your own.",
  savedCard: (p: { file: string }) => `Saved the card as ${p.file}.`,
  cardNotSaved: (p: { error: string }) => `The card could not be saved: ${p.error}`,
  shareFailed: (p: { error: string }) => `Sharing failed: ${p.error}`,
  copiedRunLink: "Copied the run link to the clipboard.",
  reportSummary: (p: {
    ending: string;
    line: string;
    verdict: string;
    model: string;
    numbers: readonly NumberRow[];
    /** The decisions that moved it most, in words (summaryDecisions, or the card's words). */
    decisions: string;
    /** The card's picture in words (summaryFleet), or "" for a run that played no month. */
    fleet: string;
    code: string;
  }) => {
    const numbers = p.numbers.map((r) => `${r.label}: ${r.value}`).join("; ");
    const fleet = p.fleet ? ` ${p.fleet}` : "";
    return `Ending: ${p.ending}: ${p.verdict}. ${p.line} ${p.model}. ${numbers}.${fleet} ${p.decisions} Share code ${p.code}.`;
  },
  summaryFleet: (p: { from: FleetWords; to: FleetWords }) =>
    `The fleet went from ${p.from.training} training, ${p.from.serving} serving and ${p.from.research} on research in ${p.from.month} to ${p.to.training}, ${p.to.serving} and ${p.to.research} in ${p.to.month}.`,
  summaryDecisions: (p: { decisions: readonly DecisionWords[] }) =>
    `The decisions that moved it most: ${p.decisions.map((d) => `${d.month}, ${d.label}: ${d.effect}`).join("; ")}.`,

  // --- History.ts
  runHistory: "Run history",
  noRuns: "No finished runs yet. Finish a run and it will appear here.",
  runOption: (p: { n: string; ending: string; seed: string; finished: string }) =>
    `${p.n}. ${p.ending} · seed ${p.seed} · ${p.finished}`,
  runA: "Run A",
  runB: "Run B",
  rowEnding: "Ending",
  rowSeed: "Seed",
  rowDecisions: "Decisions",
  numberBetter: "better",
  numberWorse: "worse",
  whereDiverged: "Where they diverged",
  sameDecisions: "The two runs made exactly the same decisions.",
  sharedDecisions: (p: { n: number }) =>
    `Both runs made the same first ${p.n} decision${p.n === 1 ? "" : "s"}; then:`,
  openRunCard: (p: { run: string }) => `Open run ${p.run}'s card`,

  // --- Lab.ts
  labHeading: "The Lab",
  labIntroShort: "Any month's fleet, without the story. Your saved run is never touched.",
  labIntro:
    "Plan a model on any month's fleet, without the story: presets, the four screens with their math, two designs side by side. Your saved run is never touched.",
  labShow: "Show",
  labViewDesign: "Design",
  labViewBoth: "A and B",
  copyAToB: "Copy A to B",
  copiedAToB: "Design B is now a copy of A: edit it and compare.",
  swapAB: "Swap A and B",
  copyLinkTo: (p: { slot: string }) => `Copy link to ${p.slot}`,
  copiedDesignLink: (p: { slot: string }) =>
    `Copied the link to design ${p.slot}: it opens the same design in any browser.`,
  designPanel: (p: { slot: string }) => `Design ${p.slot}`,
  editing: "Editing",
  month: "Month",
  fleetA100: (p: { a100: string }) => `${p.a100} A100s`,
  fleetBoth: (p: { a100: string; h100: string }) => `${p.a100} A100s + ${p.h100} H100s`,
  designFromPreset: (p: { model: string; preset: string; source: string; fleet: string }) =>
    `${p.model}, preset ${p.preset} (${p.source}). Fleet: ${p.fleet}.`,
  designFromLink: (p: { model: string; fleet: string }) =>
    `${p.model}, from a link. Fleet: ${p.fleet}.`,
  presetsHeading: "PRESETS (each opens on its own month)",
  presetApplied: (p: { slot: string; preset: string; source: string }) =>
    `Design ${p.slot} is now ${p.preset} (${p.source}).`,
  openOnDesign: (p: { slot: string }) => `OPEN ON DESIGN ${p.slot}`,
  commitNote: (p: { slot: string }) =>
    `A screen's Commit writes into design ${p.slot} and comes back here; Cancel (Esc) leaves it as it was. The link carries design ${p.slot}.`,
  comparisonPanel: "A and B, by the sim",
  columnHead: (p: { slot: string; model: string; editing: boolean; month: string }) =>
    `${p.slot} · ${p.model}${p.editing ? " (editing)" : ""}\n${p.month}`,
  comparisonNote: "Every figure is the sim's, on each design's month: open a screen for its math.",
  comparisonSummary: (p: { rows: readonly { label: string; a: string; b: string }[] }) =>
    p.rows.map((r) => `${r.label}: A ${r.a}, B ${r.b}`).join(". "),

  // --- ManagementScreen.ts
  section: "Section",
  cancel: "Cancel",
  cancelEsc: "Cancel (Esc)",
  commit: "Commit",
  commitPlan: "Commit plan",
};

export const sceneText = messages("scenes", sceneEn);
