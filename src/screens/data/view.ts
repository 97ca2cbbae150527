/** The Data Mix's view-model: every number from src/sim, chosen and formatted for the screen. */

import {
  type Explanation,
  explainDataPlan,
  explainDataSource,
  explainTrainingPlan,
} from "../../explain";
import { screenText as t } from "../../i18n/messages/screens";
import { sourceName } from "../../i18n/messages/sim";
import { formatMonthName, formatTokens } from "../../i18n/numbers";
import type { WorldState } from "../../sim";
import {
  DATA_SOURCES,
  type DataPlan,
  evaluateDataSources,
  evaluateTrainingPlan,
  monthLabel,
  SOURCE_IDS,
  type SourceId,
  type SourceInMix,
  type TrainingEvaluation,
  worldUnlocks,
} from "../../sim";
import { planPoolOf } from "../shared";

// ---------------------------------------------------------------- Data Mix

export interface SourceView extends SourceInMix {
  label: string;
  locked: boolean;
  /** The story refused it: no later mix may take it. */
  refused: boolean;
  /** Why it is locked and since when, short enough for the row ("" when it is not). */
  lockNote: string;
}

export function sourceViews(world: WorldState, data: DataPlan): SourceView[] {
  return evaluateDataSources(data, worldUnlocks(world)).map((s) => {
    const refusal = world.story.refused.find((r) => r.id === s.id);
    const lockNote = refusal
      ? t("lockRefused", { month: formatMonthName(monthLabel(refusal.monthIndex)) })
      : s.availableTokens === 0
        ? t("lockWhisper", { tokens: formatTokens(DATA_SOURCES[s.id].uniqueTokensAvailable) })
        : "";
    return {
      ...s,
      label: sourceName(s.id),
      locked: s.availableTokens === 0,
      refused: refusal !== undefined,
      lockNote,
    };
  });
}

export function explainSource(world: WorldState, data: DataPlan, id: SourceId): Explanation {
  return explainDataSource(data, id, worldUnlocks(world));
}

export interface DataView {
  ev: TrainingEvaluation;
  overdrawn: boolean;
  uniqueAsked: number;
  uniqueExisting: number;
  /** "" when no source asks for more than exists. */
  wall: string;
}

export function dataView(world: WorldState, data: DataPlan): DataView {
  const plan = { ...world.plans.training, data };
  const ev = evaluateTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world));
  const sources = evaluateDataSources(data, worldUnlocks(world));
  const over = sources
    .filter((s) => s.overdrawn)
    .map((s) => {
      const source = sourceName(s.id);
      if (world.story.refused.some((r) => r.id === s.id)) return t("wallRefused", { source });
      if (s.availableTokens === 0) return t("wallNotYet", { source });
      return t("wallAsks", {
        source,
        asked: formatTokens(s.askedTokens),
        available: formatTokens(s.availableTokens),
      });
    });
  return {
    ev,
    overdrawn: over.length > 0,
    uniqueAsked: sources.reduce((sum, s) => sum + s.askedTokens, 0),
    uniqueExisting: sources.reduce((sum, s) => sum + s.availableTokens, 0),
    wall: over.length > 0 ? t("wall", { items: over }) : "",
  };
}

/** The Data Mix's "show the math": the mix's own sums, then what the mix does to the run. */
export function explainData(world: WorldState, data: DataPlan, key: string): Explanation | null {
  const mix: Record<string, Explanation> = explainDataPlan(data, worldUnlocks(world));
  if (mix[key]) return mix[key];
  const plan = { ...world.plans.training, data };
  return explainTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world))[key] ?? null;
}

/** Loss as every source's epochs are scaled (diminishing returns of repeated data). */
export function lossOverRepeats(world: WorldState, data: DataPlan): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const pool = { gpu: "A100" as const, gpus: 0 };
  for (const scale of [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8]) {
    const sources = {} as DataPlan["sources"];
    for (const id of SOURCE_IDS) {
      sources[id] = { ...data.sources[id], epochs: data.sources[id].epochs * scale };
    }
    const ev = evaluateTrainingPlan(
      { ...world.plans.training, data: { sources } },
      pool,
      worldUnlocks(world),
    );
    if (ev.loss > 0) out.push({ x: ev.seenTokens, y: ev.loss });
  }
  return out;
}
