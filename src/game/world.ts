/**
 * The game's view of the sim's world: the few calls a run and its screens make,
 * named for what the game needs. Every number still comes from src/sim; this
 * module only picks which ones and formats them the way the screens show them.
 */
import {
  advanceTo,
  applyEvent,
  applyStoryDecision,
  commitPlanChanges,
  currentMonth,
  formatCount,
  formatDays,
  formatGpus,
  formatMonthName,
  formatPercent,
  formatReadout,
  formatTokensPerSecond,
  formatUsd,
  newWorld,
  previewAllocation,
  type ResearchId,
  readNumber,
  type Allocation as SimAllocation,
  type WorldState as SimWorldState,
  stepMonth,
} from "../sim";

import type { ScreenPlan } from "./session";

export type WorldState = SimWorldState;
export type Allocation = SimAllocation;

export const newWorldState = (seed: number): WorldState => newWorld(seed);
export const readWorldNumber = (world: WorldState, key: string): number => readNumber(world, key);
export const formatWorldReadout = (world: WorldState, key: string): string =>
  formatReadout(world, key);
export const worldMonth = (world: WorldState): string => currentMonth(world);
/** "September 2021" */
export const worldMonthLabel = (world: WorldState): string => formatMonthName(currentMonth(world));
export const advanceWorld = (world: WorldState, month: string): WorldState =>
  advanceTo(world, month);
export const applyWorldEvent = (world: WorldState, event: string): WorldState =>
  applyEvent(world, event);
/** A `# decide:` tag: the story's choice written into the world. */
export const applyWorldDecision = (
  world: WorldState,
  decision: string,
  value: string,
): WorldState => applyStoryDecision(world, decision, value);
/** One month passes with a split and the research funded (the Fleet screen's "Advance a month"). */
export const stepWorld = (
  world: WorldState,
  allocation: Allocation,
  research?: readonly ResearchId[],
): WorldState =>
  stepMonth(world, { allocation, ...(research ? { fundResearch: [...research] } : {}) });

/** Writes a committed screen plan into the world (the calendar does not move). */
export function commitPlan(world: WorldState, plan: ScreenPlan): WorldState {
  switch (plan.screen) {
    case "fleet":
      return commitPlanChanges(world, {
        allocation: plan.allocation,
        ...(plan.research ? { fundResearch: plan.research } : {}),
      });
    case "designer":
      return commitPlanChanges(world, { trainingPlan: plan.training });
    case "data":
      return commitPlanChanges(world, {
        trainingPlan: { ...world.plans.training, data: plan.data },
      });
    case "serving":
      return commitPlanChanges(
        world,
        plan.model === "gpt4" ? { gpt4Serving: plan.serving } : { gpt35Serving: plan.serving },
      );
  }
}

/**
 * Most characters of a plan's name a screen or the card shows. Codes may carry names of up to 80
 * characters; the Fleet's readout label ("GPT-3.5: days") and run line have room for about 16
 * beside their numbers, the longest seed name ("GPT-3.5 serving") is 15.
 */
export const SHOWN_NAME_CHARS = 16;

/** A plan's name as screens show it: cut to SHOWN_NAME_CHARS with an ellipsis. */
export function shownPlanName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= SHOWN_NAME_CHARS
    ? chars.join("")
    : `${chars
        .slice(0, SHOWN_NAME_CHARS - 1)
        .join("")
        .trimEnd()}…`;
}

/** What the Fleet screen needs to lay itself out. */
export interface FleetSetup {
  totalGpus: number;
  /** "10,000 A100s" or "30,000 A100s + 8,192 H100s" */
  totalLabel: string;
  allocation: Allocation;
  /** Slider step: one 8-GPU node at a time would be tedious; five nodes per step. */
  step: number;
  runName: string;
  format(gpus: number): string;
}

export function fleetSetup(world: WorldState): FleetSetup {
  const totalGpus = readNumber(world, "fleet.total_gpus");
  return {
    totalGpus,
    totalLabel:
      `${formatCount(world.fleet.a100)} A100s` +
      (world.fleet.h100 > 0 ? ` + ${formatCount(world.fleet.h100)} H100s` : ""),
    allocation: { ...world.allocation },
    step: 40,
    runName: shownPlanName(world.plans.training.name),
    format: formatCount,
  };
}

/** The Fleet screen's live numbers for a split, formatted as shown. */
export interface FleetPreview {
  trainingGpus: string;
  servingGpus: string;
  trainingDays: string;
  demandServed: string;
  demandServedShare: number;
  capacityVsDemand: string;
  monthlyCost: string;
  /** One sentence for screen readers. */
  summary: string;
}

/** What the training GPUs are for, as the summary says it: the run, GPT-4's jobs, or the next plan. */
function trainingClause(world: WorldState, trainingDays: string): string {
  if (world.run) return `The run takes ${trainingDays} at this split`;
  if (world.jobs.some((j) => j.finishedMonthIndex === null)) {
    return "GPT-4's post-training runs on the training GPUs";
  }
  return `A run of the plan on the board would take ${trainingDays}`;
}

export function fleetPreview(world: WorldState, allocation: Allocation): FleetPreview {
  const p = previewAllocation(world, allocation);
  const trainingDays = formatDays(p.trainingDays);
  const demandServed = formatPercent(p.demandServedShare);
  const capacityVsDemand = `${formatTokensPerSecond(p.servingTokensPerSecond)} / ${formatTokensPerSecond(p.demandTokensPerSecond)}`;
  const monthlyCost = formatUsd(p.monthlyCostUsd);
  const trainingGpus = formatGpus(allocation.training);
  const servingGpus = formatGpus(allocation.serving);
  return {
    trainingGpus,
    servingGpus,
    trainingDays,
    demandServed,
    demandServedShare: p.demandServedShare,
    capacityVsDemand,
    monthlyCost,
    summary:
      `${trainingGpus} training, ${servingGpus} serving. ${trainingClause(world, trainingDays)}; ` +
      `the API serves ${demandServed} of demand; the GPU bill is ${monthlyCost} a month.`,
  };
}
