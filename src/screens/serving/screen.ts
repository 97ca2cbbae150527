/**
 * The Serving Lab: how one model (GPT-3.5 or GPT-4) is served. Code tuple:
 * `["s", model, base, patch]` (model 0 = gpt35, 1 = gpt4), a patch against one of SERVING_BASES.
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
import { ModelKeySchema, ServingPlanSchema } from "../../persist/schema";
import {
  commitPlanChanges,
  type ModelKey,
  type Precision,
  SEED_PLANS,
  type ServingPlan,
  type WorldState,
} from "../../sim";
import { servingModelOf, servingPlanOf } from "../shared";
import type { Roll, ScreenModule } from "../types";

export interface ServingLabPlan {
  screen: "serving";
  model: ModelKey;
  serving: ServingPlan;
}

/** The plans a code's patch is taken against, by index (append only within a code version). */
const SERVING_BASES: readonly ServingPlan[] = [SEED_PLANS.gpt4Serving, SEED_PLANS.gpt35Serving];
/** The served models by their number in a code (fixed: a code's 0 is GPT-3.5 forever). */
const MODEL_CODES: Readonly<Record<ModelKey, number>> = { gpt35: 0, gpt4: 1 };
const MODEL_OF_CODE: readonly ModelKey[] = ["gpt35", "gpt4"];
export const SERVING_LEAVES = leafPaths(ServingPlanSchema as AnySchema);

const ServingCode = v.strictTuple([
  v.literal("s"),
  baseIndex(MODEL_OF_CODE.length),
  baseIndex(SERVING_BASES.length),
  patchOf(SERVING_LEAVES),
]);
type ServingTuple = v.InferOutput<typeof ServingCode>;

function randomServing(world: WorldState, model: ModelKey, dice: Roll): ServingPlan {
  const base = servingPlanOf(world, model);
  return {
    ...base,
    precision: dice.pick(["fp16", "bf16", "int8", "int4"] as readonly Precision[]),
    batching: dice.pick(["static", "continuous"] as const),
    gpusPerReplica: dice.pick([8, 16, 32, 64, 128]),
    maxBatch: dice.pick([8, 32, 128, 512, 1024]),
    contextTokens: dice.pick([4096, 8192, 32768]),
    speculative: {
      enabled: dice.chance(0.6),
      draftParams: dice.pick([1e9, 3e9, 7e9, 13e9]),
      draftTokens: 1 + dice.int(8),
      threshold: dice.pick([0, 0, 0.1, 0.3, 0.6, 0.9]),
    },
  };
}

export const servingScreen: ScreenModule<"serving", ServingLabPlan, ServingTuple> = {
  name: "serving",
  get title() {
    return t("servingTitle");
  },
  sceneKey: "Serving",
  planSchema: v.strictObject({
    screen: v.literal("serving"),
    model: ModelKeySchema,
    serving: ServingPlanSchema,
  }),
  code: {
    tag: "s",
    fields: SERVING_LEAVES,
    schema: ServingCode,
    encode(plan) {
      const { base, patch } = bestPatch(SERVING_LEAVES, SERVING_BASES, plan.serving);
      return ["s", MODEL_CODES[plan.model], base, patch];
    },
    decode(t) {
      const serving = rebuild(ServingPlanSchema, SERVING_BASES[t[2]], t[3]);
      if (!serving.ok) return serving;
      const model = MODEL_OF_CODE[t[1]] ?? "gpt4";
      return { ok: true, value: { screen: "serving", model, serving: serving.value } };
    },
  },
  commit: (world, plan) =>
    commitPlanChanges(
      world,
      plan.model === "gpt4" ? { gpt4Serving: plan.serving } : { gpt35Serving: plan.serving },
    ),
  label: (plan) =>
    t("servingLabel", {
      model: plan.model === "gpt4" ? "GPT-4" : "GPT-3.5",
      precision: plan.serving.precision,
      batching: plan.serving.batching,
      speculative: plan.serving.speculative.enabled,
    }),
  autoplay: {
    unchanged(world) {
      const model = servingModelOf(world);
      return { screen: "serving", model, serving: structuredClone(servingPlanOf(world, model)) };
    },
    random(world, dice) {
      const model = servingModelOf(world);
      return { screen: "serving", model, serving: randomServing(world, model, dice) };
    },
  },
};
