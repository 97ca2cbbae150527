/** The Model Designer's view-model: every number from src/sim, chosen and formatted for the screen. */

import {
  type Explanation,
  explainServingPlan,
  explainTrainingPlan,
  trainingAdvice,
  trainingFitMessage,
  trainingFitNote,
} from "../../explain";
import { screenText as t } from "../../i18n/messages/screens";
import type { WorldState } from "../../sim";
import {
  evaluateDataPlan,
  evaluateServingPlan,
  evaluateTrainingPlan,
  type GpuPool,
  lossAtProgress,
  type ModelKey,
  type ServingEvaluation,
  type ServingPlan,
  servedModelFromTraining,
  type TrainingEvaluation,
  type TrainingPlan,
  worldUnlocks,
} from "../../sim";
import { planPoolOf, servingPlanOf, servingPoolOf } from "../shared";

// ---------------------------------------------------------------- Model Designer

export interface DesignView {
  ev: TrainingEvaluation;
  /** Plain-language reason the plan cannot start ("" when it fits). */
  fitMessage: string;
  /** Its short form for the panel: the verdict and the two likeliest fixes ("" when it fits). */
  fitNote: string;
  /** What a plan that fits should still be told (too big for its data, past the critical batch). */
  advice: string;
  /** Serving cost of this design under its model's serving plan ($/M tokens). */
  serving: ServingEvaluation;
  /** Which model the design will be served as (its serving plan prices the design). */
  servedAs: ModelKey;
  pool: GpuPool;
}

/**
 * The model a design becomes: the run in progress, else the next one (GPT-3.5 until it is trained).
 * The Designer prices a design with that model's own serving plan, so its serving cost is the one
 * the Serving Lab will show for the same model.
 */
export function designedModelOf(world: WorldState): ModelKey {
  if (world.run) return world.run.model;
  return world.models.gpt35 ? "gpt4" : "gpt35";
}

/** The designed model's serving plan with the design in it. */
function designServingPlan(world: WorldState, plan: TrainingPlan, capability: number): ServingPlan {
  const base = servingPlanOf(world, designedModelOf(world));
  return { ...base, model: servedModelFromTraining(plan, capability) };
}

export function designView(world: WorldState, plan: TrainingPlan): DesignView {
  const pool = planPoolOf(world, plan);
  const ev = evaluateTrainingPlan(plan, pool, worldUnlocks(world));
  const sp = designServingPlan(world, plan, ev.capability);
  const serving = evaluateServingPlan(
    sp,
    { gpu: servingPoolOf(world).gpu, gpus: sp.gpusPerReplica },
    0,
    worldUnlocks(world),
  );
  return {
    ev,
    fitMessage: trainingFitMessage(plan, ev, worldUnlocks(world)),
    fitNote: trainingFitNote(plan, ev, worldUnlocks(world)),
    advice: trainingAdvice(ev),
    serving,
    servedAs: designedModelOf(world),
    pool,
  };
}

export function explainDesign(
  world: WorldState,
  plan: TrainingPlan,
  key: string,
): Explanation | null {
  if (key === "servingCost") {
    const probe = evaluateTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world));
    const sp = designServingPlan(world, plan, probe.capability);
    const ex = explainServingPlan(
      sp,
      { gpu: servingPoolOf(world).gpu, gpus: sp.gpusPerReplica },
      0,
      worldUnlocks(world),
    ).usdPerMillionTokens;
    const name = designedModelOf(world) === "gpt4" ? "GPT-4" : "GPT-3.5";
    return ex ? { ...ex, label: t("servingCostOf", { model: name }) } : null;
  }
  return explainTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world))[key] ?? null;
}

/** Predicted loss against tokens trained: the run's loss curve, before it runs. */
export function lossCurve(
  world: WorldState,
  plan: TrainingPlan,
  points = 16,
): { x: number; y: number }[] {
  const seen = evaluateDataPlan(plan.data, worldUnlocks(world)).seenTokens;
  const out: { x: number; y: number }[] = [];
  if (!(seen > 0)) return out;
  for (let i = 1; i <= points; i++) {
    const progress = i / points;
    out.push({ x: progress * seen, y: lossAtProgress(plan, progress, world) });
  }
  return out;
}
