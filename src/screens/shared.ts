/**
 * What more than one management screen needs: the GPU pools a screen evaluates against, the model
 * and serving plan the Serving Lab opens on, and how a plan's name is shown. Numbers from src/sim.
 */

import { planName } from "../i18n/messages/sim";
import {
  type GpuPool,
  type ModelKey,
  runPool,
  type ServingPlan,
  splitFleet,
  type TrainingPlan,
  trainingPool,
  type WorldState,
} from "../sim";

/** The GPUs the world currently gives to training, as one job's pool. */
export function trainingPoolOf(world: WorldState, allocation = world.allocation): GpuPool {
  return trainingPool(splitFleet(world.fleet, allocation).training);
}

/** The GPUs a plan would run on: the training pool, capped at what its batch feeds (runPool). */
export function planPoolOf(world: WorldState, plan: TrainingPlan): GpuPool {
  return runPool(plan, trainingPoolOf(world));
}

/** The serving GPUs, on their main type (serving takes H100s first). */
export function servingPoolOf(world: WorldState): GpuPool {
  // One job's pool on its majority GPU type: the sim's rule for any job (trainingPool).
  return trainingPool(splitFleet(world.fleet, world.allocation).serving);
}

/** The model the Serving Lab opens on: GPT-4 once it is being trained or exists, else GPT-3.5. */
export function servingModelOf(world: WorldState): ModelKey {
  return world.models.gpt4 !== null || world.run?.model === "gpt4" ? "gpt4" : "gpt35";
}

export function servingPlanOf(world: WorldState, model: ModelKey): ServingPlan {
  return model === "gpt4" ? world.plans.gpt4Serving : world.plans.gpt35Serving;
}

/**
 * Most characters of a plan's name a screen or the card shows. Codes may carry names of up to 80
 * characters; the Fleet's readout label ("GPT-3.5: days") and run line have room for about 16
 * beside their numbers, the longest seed name ("GPT-3.5 serving") is 15.
 */
export const SHOWN_NAME_CHARS = 16;

/**
 * A plan's name as screens show it: a seed name in the page's language (planName), cut to
 * SHOWN_NAME_CHARS with an ellipsis.
 */
export function shownPlanName(name: string): string {
  const chars = [...planName(name.trim())];
  return chars.length <= SHOWN_NAME_CHARS
    ? chars.join("")
    : `${chars
        .slice(0, SHOWN_NAME_CHARS - 1)
        .join("")
        .trimEnd()}…`;
}
