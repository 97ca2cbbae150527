/** The Serving Lab's view-model: every number from src/sim, chosen and formatted for the screen. */

import { type Explanation, explainWorldServingPlan, servingFitMessage } from "../../explain";
import { screenText as t } from "../../i18n/messages/screens";
import type { WorldState } from "../../sim";
import {
  evaluateWorldServing,
  type GpuPool,
  launchYardstickUsdPerMillionTokens,
  type ModelKey,
  type ServingEvaluation,
  type ServingPlan,
  servingOutlook,
  splitFleet,
} from "../../sim";
import { servingModelOf, servingPoolOf } from "../shared";

// ---------------------------------------------------------------- Serving Lab

export interface ServingView {
  ev: ServingEvaluation;
  fitMessage: string;
  pool: GpuPool;
  demand: number;
  /** The 10x goal's fixed yardstick ($/M tokens): the source's GPT-4 on its launch plan. */
  yardstickUsdPerMillionTokens: number;
  /** yardstick ÷ this plan's cost (0 when the plan does not fit). */
  vsYardstick: number;
}

export function servingDemandOf(world: WorldState): number {
  return servingOutlook(world, splitFleet(world.fleet, world.allocation).serving)
    .demandTokensPerSecond;
}

export function servingView(
  world: WorldState,
  plan: ServingPlan,
  model: ModelKey = servingModelOf(world),
): ServingView {
  const pool = servingPoolOf(world);
  const demand = servingDemandOf(world);
  // The world's evaluation: research, and GPT-4's unfinished alignment in its quality.
  const ev = evaluateWorldServing(world, model, plan, pool, demand);
  const yardstick = world.launchUsdPerMillionTokens ?? launchYardstickUsdPerMillionTokens(world);
  return {
    ev,
    fitMessage: servingFitMessage(plan, ev),
    pool,
    demand,
    yardstickUsdPerMillionTokens: yardstick,
    vsYardstick: ev.fits && ev.usdPerMillionTokens > 0 ? yardstick / ev.usdPerMillionTokens : 0,
  };
}

export function explainServing(
  world: WorldState,
  plan: ServingPlan,
  key: string,
  model: ModelKey = servingModelOf(world),
): Explanation | null {
  const pool = servingPoolOf(world);
  return explainWorldServingPlan(world, model, plan, pool, servingDemandOf(world))[key] ?? null;
}

/** Cost per million tokens (and quality) as the verifier's acceptance threshold moves. */
export function costOverThreshold(
  world: WorldState,
  plan: ServingPlan,
  model: ModelKey = servingModelOf(world),
): {
  cost: { x: number; y: number }[];
  quality: { x: number; y: number }[];
  /** Why the chart is empty ("" when it has points). */
  empty: string;
} {
  const pool = servingPoolOf(world);
  const cost: { x: number; y: number }[] = [];
  const quality: { x: number; y: number }[] = [];
  // The threshold is the draft verifier's: with drafting off it changes nothing, so the chart does
  // not pretend to draft (it once plotted drafted costs beside an undrafted readout).
  if (!plan.speculative.enabled) return { cost, quality, empty: t("draftingOff") };
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    // The world's evaluation, as the readouts beside the chart use (GPT-4's alignment included).
    const ev = evaluateWorldServing(
      world,
      model,
      { ...plan, speculative: { ...plan.speculative, threshold: t } },
      pool,
      0,
    );
    if (ev.fits) {
      cost.push({ x: t, y: ev.usdPerMillionTokens });
      quality.push({ x: t, y: ev.quality });
    }
  }
  return { cost, quality, empty: cost.length === 0 ? t("planMisfit") : "" };
}
