/**
 * The Lab's sentences (src/lab): what a screen says beside its heading in the Lab, the comparison's
 * figure labels, where each preset's numbers come from, and why a
 * lab code was refused. Model names, paper authors, section marks and file names stay as written;
 * months arrive formatted.
 */
import { messages } from "..";

/** The English table (the Chinese one, messages/zh-CN/lab.ts, loads only when chosen). */
export const labEn = {
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
};

export const labText = messages("lab", labEn);
