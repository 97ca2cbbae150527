/**
 * A run's decisions as saves store them (src/persist/saves.ts): the session's Decision, with its
 * display fields, each screen's plan validated by that screen's own schema (src/screens).
 */
import * as v from "valibot";
import type { Decision } from "../game/session";
import { ScreenPlanSchema } from "../screens/registry";
import { RESEARCH_IDS } from "../sim";
import {
  AllocationSchema,
  boundedArray,
  int,
  MAX_DECISIONS,
  MAX_MONTH_ADVANCES,
  MonthSchema,
  nameFieldsOf,
  ResearchIdSchema,
  text,
} from "./schema";

/** A decision as saves store it (the session's Decision, with the display fields). */
export const DecisionSchema = v.variant("kind", [
  v.strictObject({
    kind: v.literal("choice"),
    month: MonthSchema,
    index: int(0, 99),
    text: text(2000),
  }),
  v.strictObject({ kind: v.literal("commit"), month: MonthSchema, plan: ScreenPlanSchema }),
  v.strictObject({ kind: v.literal("plan"), month: MonthSchema, plan: ScreenPlanSchema }),
  v.strictObject({
    kind: v.literal("advance"),
    month: MonthSchema,
    allocation: AllocationSchema,
    research: v.optional(boundedArray(ResearchIdSchema, RESEARCH_IDS.length)),
  }),
]);

export const DecisionsSchema = v.pipe(
  boundedArray(DecisionSchema, MAX_DECISIONS),
  v.check(
    (ds) => ds.filter((d) => d.kind === "advance").length <= MAX_MONTH_ADVANCES,
    `has more month advances than the calendar holds (${MAX_MONTH_ADVANCES})`,
  ),
);

// Type-level checks: the schemas produce exactly the session's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape = <T extends true>(_ok: T): void => undefined;
sameShape<Same<v.InferOutput<typeof DecisionSchema>, Decision>>(true);

nameFieldsOf(DecisionSchema);
