/**
 * The interface text of src/ui: the page title, the menu and the settings, the story panel's
 * buttons, the Sound and Menu bar, dialogs, the status line, charts and math tips, the share
 * messages, the card and the credits. Paper titles, names and file names stay as published.
 */
// With the file's extension: the build's config loads this module (scripts/ending-pages.ts), and
// Vite's config loader asks for extensions.
import { messages } from "../index.ts";

type N = { n: number };
type Text = { text: string };
type Seed = { seed: string };
type Note = { formula: string; substituted: string; source: string };

/** The English table (the Chinese one, messages/zh-CN/ui.ts, loads only when chosen). */
export const uiEn = {
  gameName: "If I Trained GPT-4",

  // The page title (src/ui/pageTitle.ts).
  titled: (p: { page: string; game: string }) => `${p.page} · ${p.game}`,
  titleIn: (p: { page: string; where: string }) => `${p.page} — ${p.where}`,
  titleChapter: (p: N) => `Chapter ${p.n}`,
  titleStory: "The story",
  titleEnd: "The end",
  titleReport: "Report",
  titleReportOf: (p: { ending: string }) => `Report — ${p.ending}`,
  titleHistory: "Run history",
  titleLab: "Lab",

  // The in-game menu, the glossary and the backlog (src/ui/Menu.ts).
  menu: "Menu",
  resume: "Resume",
  settings: "Settings",
  glossary: "Glossary",
  glossaryAlso: (p: { definition: string; aliases: readonly string[] }) =>
    `${p.definition} (Also: ${p.aliases.join(", ")}.)`,
  backlog: "This chapter's text",
  backlogPage: (p: { n: number; current: boolean }) =>
    `Page ${p.n}${p.current ? " (this page)" : ""}`,
  backlogChose: (p: Text) => `You chose: ${p.text}`,
  backlogEmptyHeading: "Nothing yet",
  backlogEmpty: "This chapter has shown no text yet.",

  // The settings dialog.
  textSize: "Text size",
  uiScale: "Interface scale",
  musicVolume: "Music volume",
  effectsVolume: "Effects volume",
  muteAll: "Mute all sound",
  motion: "Motion",
  motionSystem: (p: { reduced: boolean }) =>
    `As the system asks (now: ${p.reduced ? "reduced" : "full"} motion)`,
  motionReduce: "Reduce motion: lights and scrolling stay still",
  motionFull: "Full motion",
  theme: "Theme",
  themeDark: "Dark",
  themeLight: "Light",
  themeContrast: "High contrast",
  pacing: "Story text",
  pacingPage: "Whole page at once",
  monthSpeed: "Next month on the Fleet moves",
  monthSpeed1: "1x: one month",
  monthSpeed2: "2x: two months",
  monthSpeed5: "5x: five months",
  pacingLine: "Line by line (Continue shows the next paragraph; Space shows the rest)",

  // The story panel (src/ui/StoryPanel.ts).
  story: "Story",
  storyLog: "Story text",
  choices: "Choices",
  showRest: "Show the rest",
  showRestTitle: "Show the rest of the page (Space)",
  rewind: "Rewind",
  rewindTitle: "Undo your last decision (Backspace)",
  rewindLabel: "Rewind: undo your last decision",
  redo: "Redo",
  redoTitle: "Bring back the decision you rewound (Shift+Backspace)",
  redoLabel: "Redo: bring back the decision you rewound",
  skipRead: "Skip read text",
  skipReadTitle:
    "Turn the pages you have read before, up to the next choice, plan or new paragraph (S)",
  skippedPages: (p: { n: number }) =>
    p.n === 1 ? "Skipped 1 page you had read." : `Skipped ${p.n} pages you had read.`,
  chapterHeading: (p: { n: number; title: string }) => `Chapter ${p.n}: ${p.title}`,
  continue: "Continue",
  openPlan: "Open the plan",
  seeEnding: "See how your run ended",
  nextParagraph: "Next paragraph",
  definitionTerm: (p: { term: string }) => `${p.term}. `,

  // The Sound and Menu bar (src/ui/Chrome.ts).
  chrome: "Game",
  menuTitle: "Menu: settings, glossary, this chapter's text, save and quit (Esc)",
  soundOn: "Sound: on",
  soundOff: "Sound: off",

  // Dialogs and the status line.
  cancel: "Cancel",
  close: "Close",
  dismiss: "Dismiss",

  // Canvas widgets and their twins.
  off: "Off",
  on: "On",
  readoutName: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
  mathSource: (p: { source: string }) => `Source: ${p.source}`,
  mathSpoken: (p: Note & { label: string }) =>
    `${p.label}: ${p.formula}. ${p.substituted}. Source: ${p.source}.`,
  mathDescription: (p: Note) => `${p.formula}; ${p.substituted}. Source: ${p.source}`,
  nothingToPlot: "Nothing to plot yet",
  chartEmpty: (p: { title: string; empty: string | null }) =>
    `${p.title}: ${p.empty ?? "nothing to plot yet"}`,
  chartMarked: (p: { title: string; label: string; at: string }) =>
    `${p.title} (marked: ${p.label} at ${p.at})`,
  barPart: (p: { label: string; value: string }) => `${p.label} ${p.value}`,
  barCaption: (p: { parts: readonly string[]; limitLabel: string; limit: string }) =>
    `${p.parts.join(" · ")}  |  ${p.limitLabel} ${p.limit}`,
  barDescription: (p: {
    parts: readonly string[];
    limitLabel: string;
    limit: string;
    over: boolean;
  }) => `${p.parts.join(", ")}; ${p.limitLabel} ${p.limit}${p.over ? " (over the limit)" : ""}`,

  // Sharing the card (src/ui/share.ts).
  shareText: (p: { title: string }) => `${p.title}: my run of If I Trained GPT-4`,
  shared: "Shared the card through your device's share sheet.",
  shareCancelled: "Sharing was cancelled.",
  copiedImage: "Copied the card image to the clipboard (this browser cannot share files).",
  copiedLink: "Copied the run link to the clipboard (this browser cannot share or copy images).",
  downloaded: (p: { fileName: string }) =>
    `This browser cannot share or use the clipboard here, so the card was downloaded as ${p.fileName}.`,

  // The end-state card (src/ui/Card.ts).
  cardHeading: "IF I TRAINED GPT-4 · ENDING",
  cardHeadingSeed: (p: Seed) => `IF I TRAINED GPT-4 · ENDING · SEED ${p.seed}`,
  cardDecisive: "THE DECISIONS THAT MOVED IT MOST",
  cardFleet: "GPUS BY MONTH",
  cardFleetTraining: "training",
  cardFleetServing: "serving",
  cardFleetResearch: "research",
  cardWeighing: "Weighing each decision: the run replays without it…",
  cardNoDecisive: "No single decision moved the ending or its numbers.",
  cardShareCode: (p: Seed) => `SHARE CODE · SEED ${p.seed}`,
  cardPlayAt: (p: { address: string }) => `Play it at ${p.address}`,
  cardCodeCut: (p: { start: string; id: string }) =>
    `${p.start}… (run ${p.id}: full code in the link)`,
  cardCodeCutShort: (p: { start: string; id: string }) => `${p.start}… (run ${p.id})`,
  cardScanRun: "Scan the code to replay this run",
  cardScanGame: "Scan to play (this run's link is too long to scan)",

  // The credits (src/ui/credits.ts).
  credits: "Credits",
  creditsStoryHeading: "The story it comes from",
  creditsStoryBefore:
    "The facts and the beats of the story come from a Chinese blog post published by the AINLP community, ",
  creditsStoryAfter:
    " (“If I were training GPT-4 at OpenAI”). The post calls itself speculative fiction: public rumours stitched together with imagination, to be read as a made-up story. The game keeps its facts and its spirit; all of the game’s prose is original, none of it translated.",
  creditsRumoursHeading: "The rumoured figures",
  creditsRumours:
    "The GPT-4 numbers the game treats as rumours (experts and parameters, tokens, the fleet, the days and the cost of the run) come from SemiAnalysis: Dylan Patel and Gerald Wong, “GPT-4 Architecture, Infrastructure, Training Dataset, Costs, Vision, MoE”, July 2023.",
  creditsFormulasHeading: "The formulas",
  creditsFormulas: "Every figure on screen is computed from published work:",
  creditsKaplan:
    "Kaplan et al. 2020, “Scaling Laws for Neural Language Models”: training compute and loss.",
  creditsHoffmann:
    "Hoffmann et al. 2022, “Training Compute-Optimal Large Language Models” (Chinchilla): parameters against tokens.",
  creditsMuennighoff:
    "Muennighoff et al. 2023, “Scaling Data-Constrained Language Models”: what repeated data is worth.",
  creditsNarayanan:
    "Narayanan et al. 2021, “Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM”: tensor and pipeline parallelism, the pipeline bubble.",
  creditsKorthikanti:
    "Korthikanti et al. 2022, “Reducing Activation Recomputation in Large Transformer Models”: activation memory.",
  creditsLeviathan:
    "Leviathan et al. 2023, “Fast Inference from Transformers via Speculative Decoding”.",
  creditsKwon:
    "Kwon et al. 2023, “Efficient Memory Management for Large Language Model Serving with PagedAttention”: batching and the KV cache.",
  creditsShazeer:
    "Shazeer 2019, “Fast Transformer Decoding: One Write-Head is All You Need”: multi-query attention.",
  creditsDao:
    "Dao et al. 2022, “FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness”.",
  creditsPeopleHeading: "The people",
  creditsPeople:
    "Andy, Dana, Marcus, Ruth, Suki and Henrik are fictional characters. Nothing in the game describes, or claims to know, the internals of any real company.",
};

export const uiText = messages("ui", uiEn);
