/**
 * A Lab design and the world it is evaluated in. The Lab runs the four management screens on a
 * design instead of a story run: the month picks the fleet and the techniques published by then,
 * the plans are the player's. Pure TypeScript (no Phaser, no DOM): every number still comes from
 * src/sim through the same world functions a run uses.
 */

import type { ScreenPlan } from "../game/session";
import {
  type Allocation,
  advanceTo,
  applyEvent,
  clonePlan,
  commitPlanChanges,
  evaluateWorldTraining,
  LAST_MONTH_INDEX,
  monthIndexOf,
  monthLabel,
  newWorld,
  type ServingPlan,
  servedModelFromTraining,
  type TrainingPlan,
  totalGpus,
  type WorldEvent,
  type WorldState,
} from "../sim";

/** What the Lab plans: a model, how it is served, on which month's fleet with which split. */
export interface LabDesign {
  /** "YYYY-MM", from LAB_FIRST_MONTH to LAB_LAST_MONTH: the fleet and the published techniques. */
  month: string;
  /** The training plan, its data plan included. */
  training: TrainingPlan;
  /** The world's two serving plans; both serve this design's model (see withServedDesign). */
  serving: { gpt35: ServingPlan; gpt4: ServingPlan };
  /** The fleet split (GPUs), clamped to the month's fleet when the world is built. */
  allocation: Allocation;
}

export const LAB_FIRST_MONTH = monthLabel(0);
export const LAB_LAST_MONTH = monthLabel(LAST_MONTH_INDEX);
/** Every month the Lab offers, in order. */
export const LAB_MONTHS: readonly string[] = Array.from({ length: LAST_MONTH_INDEX + 1 }, (_, i) =>
  monthLabel(i),
);

/** Whether a month is one the Lab offers ("YYYY-MM" between the first and the last month). */
export function isLabMonth(month: string): boolean {
  return LAB_MONTHS.includes(month);
}

/**
 * The world events that shape the fleet and demand whatever the player decides, on the months the
 * story gives them (the prose's month where a tag sits at a month's turn): the partner's cluster
 * (story/chapter3.ink, December 2021), ChatGPT's launch (chapter6.ink, November 2022), the borrowed
 * GPUs ("In January both fixes land", chapter6.ink), the first H100s (chapter8.ink, June 2023).
 * Training runs, shipped models and the story's decisions are left out: a Lab world holds no
 * trained model, so the screens treat the design as the next model to train.
 */
export const LAB_WORLD_EVENTS: readonly { month: string; event: WorldEvent }[] = [
  { month: "2021-12", event: "microsoft_deal" },
  { month: "2022-11", event: "chatgpt_launch" },
  { month: "2023-01", event: "borrow_compute" },
  { month: "2023-06", event: "h100_arrival" },
];

/** The seed of every Lab world: ChatGPT's seeded demand curve is then the same in every browser. */
export const LAB_SEED = 1;

const baseWorlds = new Map<string, WorldState>();

/**
 * The world at a month as the sim's own functions make it (newWorld, advanceTo, applyEvent), with
 * the story's plans still in it. Worlds are never changed in place, so each month's is kept.
 */
export function monthWorld(month: string): WorldState {
  if (!isLabMonth(month)) throw new Error(`the Lab has no month "${month}"`);
  const kept = baseWorlds.get(month);
  if (kept) return kept;
  const target = monthIndexOf(month);
  let world = newWorld(LAB_SEED);
  for (const { month: at, event } of LAB_WORLD_EVENTS) {
    if (monthIndexOf(at) > target) break;
    world = applyEvent(advanceTo(world, at), event);
  }
  world = advanceTo(world, month);
  baseWorlds.set(month, world);
  return world;
}

const labWorlds = new WeakMap<LabDesign, WorldState>();

/** The world the screens evaluate a design in: the month's world with the design's plans and split. */
export function labWorld(design: LabDesign): WorldState {
  const kept = labWorlds.get(design);
  if (kept) return kept;
  const world = commitPlanChanges(monthWorld(design.month), {
    allocation: design.allocation,
    trainingPlan: design.training,
    gpt35Serving: design.serving.gpt35,
    gpt4Serving: design.serving.gpt4,
  });
  labWorlds.set(design, world);
  return world;
}

/**
 * The design with both serving plans serving its own model, at the capability the sim predicts
 * for it in its month: what the sim does when a run starts (world.ts startRun: "the Serving Lab
 * previews the model actually being trained"). A share code therefore never carries the served
 * model: it is rebuilt from the training plan.
 */
export function withServedDesign(design: LabDesign): LabDesign {
  const probe = commitPlanChanges(monthWorld(design.month), {
    allocation: design.allocation,
    trainingPlan: design.training,
  });
  const model = servedModelFromTraining(design.training, evaluateWorldTraining(probe).capability);
  return {
    month: design.month,
    training: clonePlan(design.training),
    serving: {
      gpt35: { ...clonePlan(design.serving.gpt35), model: clonePlan(model) },
      gpt4: { ...clonePlan(design.serving.gpt4), model: clonePlan(model) },
    },
    allocation: { ...design.allocation },
  };
}

/** The month's own split (the story's, after that month's events): where a preset starts. */
export function monthAllocation(month: string): Allocation {
  return { ...monthWorld(month).allocation };
}

/**
 * The design on another month: the split keeps its shares of the fleet (the fleet grows from
 * 10,000 to 46,192 GPUs over the calendar), rounded down to whole GPUs.
 */
export function atMonth(design: LabDesign, month: string): LabDesign {
  const before = totalGpus(labWorld(design).fleet);
  const after = totalGpus(monthWorld(month).fleet);
  const a = labWorld(design).allocation;
  const scale = before > 0 ? after / before : 1;
  return withServedDesign({
    ...design,
    month,
    allocation: {
      training: Math.floor(a.training * scale),
      serving: Math.floor(a.serving * scale),
      research: Math.floor(a.research * scale),
    },
  });
}

/**
 * A management screen's commit written into the design. The Fleet's research funding is not kept:
 * no month passes in the Lab, so no project would ever finish.
 */
export function commitToDesign(design: LabDesign, plan: ScreenPlan): LabDesign {
  switch (plan.screen) {
    case "fleet":
      return withServedDesign({ ...design, allocation: { ...plan.allocation } });
    case "designer":
      return withServedDesign({ ...design, training: plan.training });
    case "data":
      return withServedDesign({ ...design, training: { ...design.training, data: plan.data } });
    case "serving":
      return withServedDesign({
        ...design,
        serving: { ...design.serving, [plan.model]: plan.serving },
      });
  }
}
