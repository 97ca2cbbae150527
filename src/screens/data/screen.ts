/**
 * The Data Mix: the training plan's data (each source's unique tokens and epochs). Code tuple:
 * `["m", base, patch]`, a patch against one of DATA_BASES.
 */
import * as v from "valibot";
import { screenText as t } from "../../i18n/messages/screens";
import {
  type AnySchema,
  baseIndex,
  bestPatch,
  leafPaths,
  patchOf,
  rebuild,
} from "../../persist/patch";
import { DataPlanSchema } from "../../persist/schema";
import { commitPlanChanges, DATA_SOURCES, type DataPlan, SEED_PLANS, SOURCE_IDS } from "../../sim";
import type { Roll, ScreenModule } from "../types";

export interface DataMixPlan {
  screen: "data";
  data: DataPlan;
}

/** The mixes a code's patch is taken against, by index (append only within a code version). */
const DATA_BASES: readonly DataPlan[] = [
  SEED_PLANS.gpt4BigEpochData,
  SEED_PLANS.gpt4Data,
  SEED_PLANS.gpt35Data,
  SEED_PLANS.gpt3Data,
];
export const DATA_LEAVES = leafPaths(DataPlanSchema as AnySchema);

const DataCode = v.strictTuple([
  v.literal("m"),
  baseIndex(DATA_BASES.length),
  patchOf(DATA_LEAVES),
]);
type DataTuple = v.InferOutput<typeof DataCode>;

/**
 * A random player's data mix: the mix the screen opened on, with a few sources dragged (their
 * unique tokens and epochs), a few added and a few dropped.
 */
export function randomData(dice: Roll, base: DataPlan): DataPlan {
  const sources = structuredClone(base.sources);
  for (const id of SOURCE_IDS) {
    const spec = DATA_SOURCES[id];
    const used = sources[id].epochs > 0 && sources[id].uniqueTokens > 0;
    if (used && dice.chance(0.15) && id !== "web") {
      sources[id] = { uniqueTokens: 0, epochs: 0 };
    } else if (used && dice.chance(0.5)) {
      sources[id] = {
        uniqueTokens: Math.round(sources[id].uniqueTokens * dice.between(0.5, 1.3)),
        epochs: dice.pick([0.5, 1, 1, 2, 2, 3, 4, 6, 10]),
      };
    } else if (!used && dice.chance(0.35)) {
      sources[id] = {
        uniqueTokens: Math.round(spec.uniqueTokensAvailable * dice.between(0.2, 1.05)),
        epochs: dice.pick([0.5, 1, 1, 2, 3, 4]),
      };
    }
  }
  return { sources };
}

export const dataScreen: ScreenModule<"data", DataMixPlan, DataTuple> = {
  name: "data",
  get title() {
    return t("dataTitle");
  },
  sceneKey: "DataMix",
  planSchema: v.strictObject({ screen: v.literal("data"), data: DataPlanSchema }),
  code: {
    tag: "m",
    fields: DATA_LEAVES,
    schema: DataCode,
    encode(plan) {
      const { base, patch } = bestPatch(DATA_LEAVES, DATA_BASES, plan.data);
      return ["m", base, patch];
    },
    decode(t) {
      const data = rebuild(DataPlanSchema, DATA_BASES[t[1]], t[2]);
      return data.ok ? { ok: true, value: { screen: "data", data: data.value } } : data;
    },
  },
  commit: (world, plan) =>
    commitPlanChanges(world, { trainingPlan: { ...world.plans.training, data: plan.data } }),
  label: () => t("dataLabel"),
  autoplay: {
    unchanged: (world) => ({ screen: "data", data: structuredClone(world.plans.training.data) }),
    random: (world, dice) => ({
      screen: "data",
      data: randomData(dice, world.plans.training.data),
    }),
  },
};
