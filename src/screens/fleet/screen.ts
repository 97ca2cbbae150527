/**
 * The Fleet: the month's split of the GPUs between training, serving and research, and the
 * research projects funded. Code tuple: `["f", training, serving, research, researchMask?]`.
 */
import * as v from "valibot";
import { screenText as t } from "../../i18n/messages/screens";
import { formatNumber } from "../../i18n/numbers";
import { fromMask, GPUS, MASK, researchMask } from "../../persist/patch";
import { AllocationSchema, boundedArray, ResearchIdSchema } from "../../persist/schema";
import {
  type Allocation,
  commitPlanChanges,
  RESEARCH_IDS,
  type ResearchId,
  type WorldState,
} from "../../sim";
import type { Roll, ScreenModule } from "../types";

export interface FleetPlan {
  screen: "fleet";
  allocation: Allocation;
  research?: ResearchId[];
}

const FleetCode = v.union([
  v.strictTuple([v.literal("f"), GPUS, GPUS, GPUS]),
  v.strictTuple([v.literal("f"), GPUS, GPUS, GPUS, MASK]),
]);
type FleetTuple = v.InferOutput<typeof FleetCode>;

const total = (world: WorldState) => world.fleet.a100 + world.fleet.h100;

/** A random split, in whole 8-GPU nodes, research at most a fifth of the fleet. */
function randomAllocation(world: WorldState, dice: Roll): Allocation {
  const all = total(world);
  const research = Math.round((all * dice.between(0, 0.2)) / 8) * 8;
  const training = Math.round(((all - research) * dice.next()) / 8) * 8;
  return { training, serving: all - research - training, research };
}

export const fleetScreen: ScreenModule<"fleet", FleetPlan, FleetTuple> = {
  name: "fleet",
  get title() {
    return t("fleetTitle");
  },
  sceneKey: "Fleet",
  planSchema: v.strictObject({
    screen: v.literal("fleet"),
    allocation: AllocationSchema,
    research: v.optional(boundedArray(ResearchIdSchema, RESEARCH_IDS.length)),
  }),
  code: {
    tag: "f",
    fields: [],
    schema: FleetCode,
    encode(plan) {
      const a = plan.allocation;
      return plan.research
        ? ["f", a.training, a.serving, a.research, researchMask(plan.research)]
        : ["f", a.training, a.serving, a.research];
    },
    decode(t) {
      const allocation = v.parse(AllocationSchema, {
        training: t[1],
        serving: t[2],
        research: t[3],
      });
      const plan: FleetPlan = { screen: "fleet", allocation };
      if (t[4] !== undefined) plan.research = fromMask(t[4]);
      return { ok: true, value: plan };
    },
  },
  commit: (world, plan) =>
    commitPlanChanges(world, {
      allocation: plan.allocation,
      ...(plan.research ? { fundResearch: plan.research } : {}),
    }),
  label(plan) {
    const a = plan.allocation;
    const n = (x: number) => formatNumber(x);
    return t("fleetLabel", {
      training: n(a.training),
      serving: n(a.serving),
      research: n(a.research),
    });
  },
  autoplay: {
    unchanged: (world) => ({
      screen: "fleet",
      allocation: { ...world.allocation },
      research: [...world.research.funded],
    }),
    random: (world, dice) => ({
      screen: "fleet",
      allocation: randomAllocation(world, dice),
      research: RESEARCH_IDS.filter(() => dice.chance(0.4)),
    }),
  },
};
