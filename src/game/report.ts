/**
 * The end-state card's content: the ending's title, the headline numbers (from
 * the sim's scoreRun and formatters only), the run's decisions as a dated
 * timeline, and the few that moved its outcome most (decisive.ts weighs them).
 * Plain data, drawn by the Report scene and the PNG renderer alike.
 */

import { gameText as t } from "../i18n/messages/game";
import {
  formatCostChange,
  formatDays,
  formatGpus,
  formatNumber,
  formatParams,
  formatPercent,
  formatRatio,
  formatTokens,
  formatUsd,
  formatUsdPerMillionTokens,
} from "../i18n/numbers";
import { planLabel } from "../screens/registry";
import {
  type MonthRecord,
  monthLabel,
  type RunScore,
  scoreRun,
  type TrainedModel,
  VERDICT_THRESHOLDS,
} from "../sim";
import type { DecisiveDecision, Moved, Outcome } from "./decisive";
import { endingTitle, gameFolder } from "./endings";
import type { Decision, GameSession } from "./session";

/** The raw headline numbers (kept in the run history). */
export interface HeadlineNumbers {
  capability: number;
  usdPerMillionTokens: number;
  launchUsdPerMillionTokens: number;
  costRatioVsLaunch: number;
  demandServedShare: number;
  perceivedQuality: number;
  licenceRisk: number;
  moneyUsd: number;
  spentUsd: number;
  trainingDays: number;
  /** GPT-4's training bill (absent in runs kept before it was on the card). */
  trainingCostUsd?: number;
}

export function headlineNumbers(score: RunScore): HeadlineNumbers {
  return {
    capability: score.capability,
    usdPerMillionTokens: score.usdPerMillionTokens,
    launchUsdPerMillionTokens: score.launchUsdPerMillionTokens,
    costRatioVsLaunch: score.costRatioVsLaunch,
    demandServedShare: score.demandServedShare,
    perceivedQuality: score.perceivedQuality,
    licenceRisk: score.licenceRisk,
    moneyUsd: score.moneyUsd,
    spentUsd: score.spentUsd,
    trainingDays: score.trainingDays,
    trainingCostUsd: score.trainingCostUsd,
  };
}

export interface NumberRow {
  key: string;
  label: string;
  value: string;
  detail: string;
}

/** Whether the run trained a GPT-4 (a run without one has no bill and no days: scoreRun's 0s). */
function gpt4Trained(n: HeadlineNumbers): boolean {
  return !(n.trainingDays === 0 && (n.trainingCostUsd ?? 0) === 0);
}

/** Whether the run served a GPT-4 (without one there is no ratio to the yardstick: scoreRun's 0). */
function gpt4Served(n: HeadlineNumbers): boolean {
  return n.costRatioVsLaunch > 0;
}

/** The headline numbers as the card shows them. */
export function numberRows(n: HeadlineNumbers): NumberRow[] {
  const goal = n.launchUsdPerMillionTokens / VERDICT_THRESHOLDS.turboCostRatio;
  // "$2.18" from "$2.18 / M tokens": the row's label already says per million tokens.
  const usd = (x: number) => formatUsdPerMillionTokens(x).replace(" / M tokens", "");
  // A run whose GPT-4 never trained has no bill and no days: say so rather than print $0 and 0 days.
  const noGpt4 = !gpt4Trained(n);
  return [
    {
      key: "capability",
      label: t("rowCapability"),
      value: `${formatNumber(n.capability)} / 100`,
      detail: "",
    },
    {
      key: "cost",
      label: t("rowCost"),
      value: formatUsdPerMillionTokens(n.usdPerMillionTokens),
      // Without a GPT-4 there is no ratio to the yardstick (scoreRun gives 0): say so, not "—".
      detail: t("costDetail", {
        yardstick: usd(n.launchUsdPerMillionTokens),
        ratio: formatRatio(VERDICT_THRESHOLDS.turboCostRatio),
        goal: usd(goal),
        change: gpt4Served(n) ? formatCostChange(n.costRatioVsLaunch) : t("noGpt4Served"),
      }),
    },
    {
      key: "served",
      label: t("rowServed"),
      value: formatPercent(n.demandServedShare),
      detail: "",
    },
    {
      key: "quality",
      label: t("rowQuality"),
      value: formatPercent(n.perceivedQuality),
      detail: "",
    },
    { key: "licence", label: t("rowLicence"), value: formatPercent(n.licenceRisk), detail: "" },
    // Money is not on the card: with Microsoft's $10B every run ends near $11B, so it says nothing
    // about the run; GPT-4's training bill does (its GPU-hours at its GPU type's price).
    {
      key: "bill",
      label: t("rowBill"),
      value:
        n.trainingCostUsd === undefined
          ? "—"
          : noGpt4
            ? t("noGpt4Run")
            : formatUsd(n.trainingCostUsd),
      detail: "",
    },
    {
      key: "days",
      label: t("rowDays"),
      value: noGpt4 ? t("noGpt4Run") : formatDays(n.trainingDays),
      detail: "",
    },
  ];
}

/** Which way each headline number is better for the player: more, or less (days: sooner). */
const BETTER_WHEN: Readonly<Record<string, "more" | "less">> = {
  capability: "more",
  cost: "less",
  served: "more",
  quality: "more",
  licence: "less",
  bill: "less",
  days: "less",
};

/** The raw number behind a headline row, or null where the run has none to compare. */
function rawNumber(key: string, n: HeadlineNumbers): number | null {
  const trained = gpt4Trained(n);
  switch (key) {
    case "capability":
      return n.capability;
    // A run that served no GPT-4 has a price for another model: not comparable (scoreRun's 0).
    case "cost":
      return gpt4Served(n) ? n.usdPerMillionTokens : null;
    case "served":
      return n.demandServedShare;
    case "quality":
      return n.perceivedQuality;
    case "licence":
      return n.licenceRisk;
    case "bill":
      return trained && n.trainingCostUsd !== undefined ? n.trainingCostUsd : null;
    case "days":
      return trained ? n.trainingDays : null;
    default:
      return null;
  }
}

/** One headline row of two runs side by side, and which run it favours. */
export interface ComparedRow {
  key: string;
  label: string;
  a: string;
  b: string;
  /** The run this number is better in; "same" when both show alike; null when not comparable. */
  better: "a" | "b" | "same" | null;
}

/**
 * Two runs' headline numbers row by row (History), each marked with the run it is better in:
 * judged on the raw numbers, but "same" whenever the two read alike on screen, so a colour never
 * picks between two equal-looking figures.
 */
export function compareNumbers(a: HeadlineNumbers, b: HeadlineNumbers): ComparedRow[] {
  const rowsB = numberRows(b);
  return numberRows(a).map((row, i) => {
    const other = rowsB[i]?.value ?? "—";
    const x = rawNumber(row.key, a);
    const y = rawNumber(row.key, b);
    const way = BETTER_WHEN[row.key];
    let better: ComparedRow["better"] = null;
    if (row.value === other) better = "same";
    else if (x !== null && y !== null && way && x !== y) {
      better = x > y === (way === "more") ? "a" : "b";
    }
    return { key: row.key, label: row.label, a: row.value, b: other, better };
  });
}

export interface TimelineEntry {
  month: string;
  kind: "choice" | "commit";
  label: string;
}

/** A choice or a commit as one dated entry (null for month advances from the Fleet screen). */
function timelineEntry(d: Decision): TimelineEntry | null {
  if (d.kind === "choice") return { month: d.month, kind: "choice", label: d.text };
  if (d.kind === "commit" || d.kind === "plan") {
    return { month: d.month, kind: "commit", label: planLabel(d.plan) };
  }
  return null;
}

/** The run's decisions as dated entries (month advances from the Fleet screen are left out). */
export function timelineOf(decisions: readonly Decision[]): TimelineEntry[] {
  return decisions.flatMap((d) => timelineEntry(d) ?? []);
}

/** One of the decisions that moved the run most, as the card lists it. */
export interface DecisionLine extends TimelineEntry {
  /** What the run would have ended with without it, against what it did ("Without it: …"). */
  effect: string;
}

/**
 * A part of an outcome, the number as the card prints it: the ending's title, the cost ratio as
 * the verdict line words it ("11x cheaper"; null without a GPT-4 served), a share as a percentage.
 */
function partValue(part: Moved, o: Outcome): string | null {
  switch (part) {
    case "ending":
      return endingTitle(o.ending).title;
    case "cost":
      return o.costRatioVsLaunch > 0 ? formatCostChange(o.costRatioVsLaunch) : null;
    case "quality":
      return formatPercent(o.perceivedQuality);
    case "served":
      return formatPercent(o.demandServedShare);
  }
}

/**
 * What a run would have ended with without a decision, in the part it moved, against what the
 * card shows ("Without it: 100% quality, not 94%"); null when the two print alike. An ending or
 * a GPT-4 served or not is named alone: the card's title and verdict already say the other.
 */
function effectText(part: Moved, without: Outcome, actual: Outcome): string | null {
  const w = partValue(part, without);
  const a = partValue(part, actual);
  if (w === a) return null;
  switch (part) {
    case "ending":
      return t("effectEnding", { ending: w ?? "" });
    case "cost":
      if (w === null) return t("effectNoGpt4");
      if (a === null) return t("effectGpt4", { change: w });
      return t("effectCost", { without: w, actual: a });
    case "quality":
      return t("effectQuality", { without: w ?? "", actual: a ?? "" });
    case "served":
      return t("effectServed", { without: w ?? "", actual: a ?? "" });
  }
}

/**
 * The card's decisions: the first `max` of the weighed ones (most decisive first) whose effect
 * reads differently on the card, each with the part of the outcome it moved: the ending if it
 * changed, else the number that moved most in its band (decisive.ts `outcomeDistance`) among those
 * that print differently, worded from the same numbers as the card's verdict.
 */
export function decisionLines(
  found: readonly DecisiveDecision[],
  numbers: HeadlineNumbers,
  ending: string,
  max = 5,
): DecisionLine[] {
  const actual: Outcome = { ending, ...numbers };
  const lines: DecisionLine[] = [];
  for (const d of found) {
    if (lines.length >= max) break;
    const entry = timelineEntry(d.decision);
    const effect = (Object.keys(d.parts) as Moved[])
      .filter((part) => d.parts[part] > 0)
      .sort((a, b) => Number(b === "ending") - Number(a === "ending") || d.parts[b] - d.parts[a])
      .map((part) => effectText(part, d.without, actual))
      .find((text) => text !== null);
    if (entry && effect) lines.push({ ...entry, effect });
  }
  return lines;
}

/**
 * GPT-4 as the run built it, in one line for the card: its architecture, its size (total and
 * active parameters), the tokens it read, and the days it trained on how many GPUs (the run's
 * GPU-hours over its days: the average it held). Null in a run that trained no GPT-4.
 */
export function modelSpec(model: TrainedModel | null): string | null {
  if (!model) return null;
  const gpus = model.trainingDays > 0 ? model.gpuHours / (model.trainingDays * 24) : 0;
  return t("modelSpec", {
    moe: model.architecture === "moe",
    total: formatParams(model.totalParams),
    active: formatParams(model.activeParams),
    tokens: model.seenTokens === undefined ? "" : formatTokens(model.seenTokens),
    days: formatDays(model.trainingDays),
    gpus: formatGpus(gpus),
  });
}

/**
 * The run against the yardstick in one line, for the card beside its title: how much cheaper
 * (or dearer) GPT-4 serves than at launch, at what perceived quality, and how much of the demand
 * was served; a run that served no GPT-4 says so instead of a ratio.
 */
export function verdictLine(n: HeadlineNumbers): string {
  const served = formatPercent(n.demandServedShare);
  return gpt4Served(n)
    ? t("verdictLine", {
        change: formatCostChange(n.costRatioVsLaunch),
        quality: formatPercent(n.perceivedQuality),
        served,
      })
    : t("verdictLineNoGpt4", { served });
}

/** A run link's scheme, host and the game's folder (null for no link). */
function gameLocation(link: string): { protocol: string; host: string; folder: string } | null {
  try {
    const url = new URL(link);
    return { protocol: url.protocol, host: url.host, folder: gameFolder(url.pathname) };
  } catch {
    return null;
  }
}

/**
 * Where the game is played, from a run link, as a card prints it: the game's host and folder,
 * without the scheme, the page (an ending's page included) or the run
 * ("https://example.com/gpt4/ending/turbo.html#run=1.x" → "example.com/gpt4/").
 */
export function gameAddress(link: string): string {
  const at = gameLocation(link);
  return at ? `${at.host}${at.folder}` : "";
}

/**
 * The game's folder as a whole URL, from a run link ("https://example.com/gpt4/"): what the card's
 * QR code holds when the run's link is too long for it (src/ui/qr.ts). "" for no link.
 */
export function gameUrl(link: string): string {
  const at = gameLocation(link);
  return at ? `${at.protocol}//${at.host}${at.folder}` : "";
}

/** One month of the run's fleet: how many GPUs trained, served and did research. */
export interface FleetMonth {
  month: string;
  trainingGpus: number;
  servingGpus: number;
  researchGpus: number;
}

/** The fleet split of every month the run played, from the world's history (the card's picture). */
export function fleetMonths(history: readonly MonthRecord[]): FleetMonth[] {
  return history.map((m) => ({
    month: monthLabel(m.monthIndex),
    trainingGpus: m.trainingGpus,
    servingGpus: m.servingGpus,
    researchGpus: m.researchGpus,
  }));
}

export interface RunReport {
  ending: string;
  title: string;
  line: string;
  /** Where the game is played (gameAddress of the run link; "" until the card is shown). */
  address: string;
  /** The run's link (runLink: its QR code is on the card; "" until the card is shown). */
  link: string;
  /** The run against the yardstick (verdictLine). */
  verdict: string;
  /** GPT-4 in one line (modelSpec), or what the run did instead. */
  model: string;
  seed: number;
  code: string;
  /** Short, file-name-safe fingerprint of the code. */
  codeId: string;
  numbers: HeadlineNumbers;
  rows: NumberRow[];
  timeline: TimelineEntry[];
  /**
   * The decisions that moved the outcome most (decisionLines), or null while they are being
   * weighed: the run controller weighs them in the background and fills them in.
   */
  decisions: DecisionLine[] | null;
  /** Each chapter reached: where it opened, its title, and the story choices made in it. */
  chapters: { chapter: number; decisions: number; title: string; chose: string[] }[];
  /** The fleet split month by month (fleetMonths). */
  fleet: FleetMonth[];
  /** Month the run ended. */
  month: string;
}

export function buildReport(
  session: GameSession,
  code: string,
  codeId: string,
  month: string,
): RunReport {
  const pause = session.beat.pause;
  const ending = pause.kind === "ending" ? pause.ending : "unfinished";
  const { title, line } = endingTitle(ending);
  const numbers = headlineNumbers(scoreRun(session.world));
  return {
    ending,
    title,
    line,
    address: "",
    link: "",
    verdict: verdictLine(numbers),
    model: modelSpec(session.world.models.gpt4) ?? t("modelSpecNone"),
    seed: session.seed,
    code,
    codeId,
    numbers,
    rows: numberRows(numbers),
    timeline: timelineOf(session.decisions),
    decisions: null,
    chapters: session.chapterStarts,
    fleet: fleetMonths(session.world.history),
    month,
  };
}
