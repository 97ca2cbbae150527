/**
 * The Model Designer: the whole training plan (architecture, schedule, parallelism; its data is
 * the Data Mix's). Code tuple: `["d", base, patch]`, a patch against one of DESIGNER_BASES.
 */
import * as v from "valibot";
import { screenText as t } from "../../i18n/messages/screens";
import { formatNumber } from "../../i18n/numbers";
import {
  type AnySchema,
  baseIndex,
  bestPatch,
  leafPaths,
  patchOf,
  rebuild,
} from "../../persist/patch";
import { TrainingPlanSchema } from "../../persist/schema";
import {
  commitPlanChanges,
  PUBLISHED_MONTH_INDEX,
  SEED_PLANS,
  type TrainingPlan,
  type WorldState,
} from "../../sim";
import { randomData } from "../data/screen";
import { shownPlanName } from "../shared";
import type { Roll, ScreenModule } from "../types";

export interface DesignerPlan {
  screen: "designer";
  training: TrainingPlan;
}

/** The plans a code's patch is taken against, by index (append only within a code version). */
const DESIGNER_BASES: readonly TrainingPlan[] = [
  SEED_PLANS.starterTraining,
  SEED_PLANS.gpt4Training,
  SEED_PLANS.gpt35Training,
  SEED_PLANS.gpt3Training,
];
export const TRAINING_LEAVES = leafPaths(TrainingPlanSchema as AnySchema);

const DesignerCode = v.strictTuple([
  v.literal("d"),
  baseIndex(DESIGNER_BASES.length),
  patchOf(TRAINING_LEAVES),
]);
type DesignerTuple = v.InferOutput<typeof DesignerCode>;

/**
 * A random player's design: the plan the designer opened on, with a few groups of controls moved
 * (the shape, attention, context, batch, parallelism, data), each at random.
 */
function randomTraining(world: WorldState, dice: Roll): TrainingPlan {
  const plan = structuredClone(world.plans.training);
  if (dice.chance(0.35)) {
    const moe = dice.chance(0.6);
    plan.architecture = moe ? "moe" : "dense";
    plan.layers = dice.pick([48, 64, 80, 96, 120]);
    plan.dModel = dice.pick([8192, 10752, 12288, 16384]);
    plan.headDim = plan.dModel === 10752 ? 112 : 128;
    plan.heads = Math.max(1, Math.round(plan.dModel / plan.headDim));
    plan.gqaGroups = Math.min(plan.gqaGroups, plan.heads);
    plan.experts = moe ? dice.pick([4, 8, 16, 32]) : 1;
    plan.topK = moe ? dice.pick([1, 2, 2, 4]) : 1;
    // Sizes follow the shape: the player moves the MLP's width, not a parameter count.
    plan.mlpRatio = dice.pick([2, 4, 4, 8]);
  }
  if (dice.chance(0.35)) {
    // The designer marks what is not published yet; a player picks among what exists.
    const gqa = world.monthIndex >= PUBLISHED_MONTH_INDEX.gqa.index;
    plan.attention = dice.pick(gqa ? (["mha", "gqa", "mqa"] as const) : (["mha", "mqa"] as const));
    plan.gqaGroups = plan.attention === "mqa" ? 1 : plan.attention === "gqa" ? 8 : plan.heads;
  }
  if (dice.chance(0.35) && world.monthIndex >= PUBLISHED_MONTH_INDEX.flashAttention.index) {
    plan.flashAttention = !plan.flashAttention;
  }
  if (dice.chance(0.35)) {
    plan.context = {
      startTokens: 2048,
      finalTokens: dice.pick([2048, 4096, 8192, 32768]),
      finalShare: dice.between(0.3, 1),
    };
  }
  if (dice.chance(0.35)) {
    plan.batch = { ...plan.batch, finalTokens: dice.pick([4e6, 16e6, 32e6, 60e6, 120e6]) };
  }
  if (dice.chance(0.35)) {
    plan.parallel = {
      tensor: dice.pick([2, 4, 8, 8]),
      pipeline: dice.pick([4, 8, 15, 16, 30]),
      microbatchSequences: dice.pick([1, 1, 2, 4]),
      interleave: dice.pick([1, 2, 4]),
      sequenceParallel: dice.chance(0.7),
      zeroStage: dice.pick([0, 1, 2, 3] as const),
      recompute: dice.pick(["none", "selective", "full"] as const),
    };
  }
  if (dice.chance(0.35)) plan.data = randomData(dice, plan.data);
  // A player who meets "layers do not split evenly into stages x chunks" moves the layers to the
  // nearest count that does, as the Designer's message asks.
  const unit = Math.max(1, plan.parallel.pipeline * plan.parallel.interleave);
  plan.layers = Math.max(unit, Math.round(plan.layers / unit) * unit);
  return plan;
}

/** The attention heads change; KV groups cannot outnumber them. */
export function withHeads(plan: TrainingPlan, heads: number): void {
  plan.heads = heads;
  if (plan.gqaGroups > heads) plan.gqaGroups = heads;
}

/**
 * The attention kind changes: multi-query shares one KV head; grouped-query starts at 8 groups
 * (Llama 2 70B's and Ainslie et al.'s) when the groups would otherwise be one per head.
 */
export function withAttention(plan: TrainingPlan, attention: TrainingPlan["attention"]): void {
  plan.attention = attention;
  if (attention === "gqa" && plan.gqaGroups >= plan.heads) plan.gqaGroups = 8;
  if (attention === "mqa") plan.gqaGroups = 1;
}

export const designerScreen: ScreenModule<"designer", DesignerPlan, DesignerTuple> = {
  name: "designer",
  get title() {
    return t("designerTitle");
  },
  sceneKey: "Designer",
  planSchema: v.strictObject({ screen: v.literal("designer"), training: TrainingPlanSchema }),
  code: {
    tag: "d",
    fields: TRAINING_LEAVES,
    schema: DesignerCode,
    encode(plan) {
      const { base, patch } = bestPatch(TRAINING_LEAVES, DESIGNER_BASES, plan.training);
      return ["d", base, patch];
    },
    decode(t) {
      const training = rebuild(TrainingPlanSchema, DESIGNER_BASES[t[1]], t[2]);
      return training.ok
        ? { ok: true, value: { screen: "designer", training: training.value } }
        : training;
    },
  },
  commit: (world, plan) => commitPlanChanges(world, { trainingPlan: plan.training }),
  label: (plan) =>
    t("designerLabel", {
      name: shownPlanName(plan.training.name),
      experts: plan.training.architecture === "moe" ? formatNumber(plan.training.experts) : null,
      layers: formatNumber(plan.training.layers),
    }),
  autoplay: {
    unchanged: (world) => ({ screen: "designer", training: structuredClone(world.plans.training) }),
    random: (world, dice) => ({ screen: "designer", training: randomTraining(world, dice) }),
  },
};
