/**
 * Schemas (valibot) for everything that crosses the game's boundary: share
 * codes, saves, exported files and the run history. Untrusted data is checked
 * here in full (types, enums, finite numbers in sane ranges, bounded lengths)
 * before the game touches it; replaying the decisions then checks that the
 * story allows each one.
 *
 * The schemas mirror the sim's TypeScript types; the type-level checks at the
 * bottom fail `tsc` if the two drift apart.
 */
import * as v from "valibot";
import type { Decision, ScreenPlan } from "../game/session";
import {
  type Allocation,
  type DataPlan,
  RESEARCH_IDS,
  type ResearchId,
  type ServingPlan,
  SOURCE_IDS,
  type SourceId,
  type TrainingPlan,
} from "../sim";

/** Most decisions a run may hold (a real run makes well under a few hundred). */
export const MAX_DECISIONS = 2000;
export const MAX_SEED = 0xffffffff;

const num = (min: number, max: number) =>
  v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const SeedSchema = int(0, MAX_SEED);
export const MonthSchema = v.pipe(v.string(), v.regex(/^20\d\d-(0[1-9]|1[0-2])$/));

const GPUS = num(0, 10_000_000);
export const AllocationSchema = v.strictObject({
  training: GPUS,
  serving: GPUS,
  research: GPUS,
});

export const ResearchIdSchema = v.picklist(RESEARCH_IDS as ResearchId[]);
export const SourceIdSchema = v.picklist(SOURCE_IDS as SourceId[]);

const TOKENS = num(0, 1e16);
export const DataSourcePlanSchema = v.strictObject({
  uniqueTokens: TOKENS,
  epochs: num(0, 10_000),
});

const sourceEntries = Object.fromEntries(SOURCE_IDS.map((id) => [id, DataSourcePlanSchema])) as {
  [K in SourceId]: typeof DataSourcePlanSchema;
};
export const DataPlanSchema = v.strictObject({ sources: v.strictObject(sourceEntries) });

const PARAMS = num(0, 1e16);
const shapeEntries = {
  architecture: v.picklist(["dense", "moe"] as const),
  layers: num(0, 100_000),
  dModel: num(0, 10_000_000),
  heads: num(0, 100_000),
  headDim: num(0, 100_000),
  attention: v.picklist(["mha", "gqa", "mqa"] as const),
  gqaGroups: num(0, 100_000),
  vocab: num(0, 100_000_000),
  experts: num(0, 100_000),
  topK: num(0, 100_000),
  expertParams: PARAMS,
  sharedParams: PARAMS,
  mlpRatio: v.optional(num(0, 1000)),
  gatedMlp: v.optional(v.boolean()),
};

export const TrainingPlanSchema = v.strictObject({
  name: text(80),
  ...shapeEntries,
  flashAttention: v.boolean(),
  context: v.strictObject({
    startTokens: num(0, 100_000_000),
    finalTokens: num(0, 100_000_000),
    finalShare: num(0, 1),
  }),
  batch: v.strictObject({
    startTokens: TOKENS,
    finalTokens: TOKENS,
    rampShare: num(0, 1),
  }),
  parallel: v.strictObject({
    tensor: num(0, 100_000),
    pipeline: num(0, 100_000),
    microbatchSequences: num(0, 10_000_000),
    interleave: num(0, 100_000),
    expertParallel: v.optional(num(0, 100_000)),
    sequenceParallel: v.boolean(),
    zeroStage: v.picklist([0, 1, 2, 3] as const),
    recompute: v.picklist(["none", "selective", "full"] as const),
  }),
  data: DataPlanSchema,
});

export const ServingPlanSchema = v.strictObject({
  name: text(80),
  model: v.strictObject({ name: text(80), ...shapeEntries, capability: num(0, 1000) }),
  precision: v.picklist(["fp16", "bf16", "int8", "int4"] as const),
  batching: v.picklist(["static", "continuous"] as const),
  gpusPerReplica: num(0, 10_000_000),
  maxBatch: num(0, 100_000_000),
  contextTokens: num(0, 100_000_000),
  speculative: v.strictObject({
    enabled: v.boolean(),
    draftParams: PARAMS,
    draftTokens: num(0, 10_000),
    threshold: num(0, 1),
  }),
});

export const ModelKeySchema = v.picklist(["gpt35", "gpt4"] as const);

export const ScreenPlanSchema = v.variant("screen", [
  v.strictObject({
    screen: v.literal("fleet"),
    allocation: AllocationSchema,
    research: v.optional(v.pipe(v.array(ResearchIdSchema), v.maxLength(RESEARCH_IDS.length))),
  }),
  v.strictObject({ screen: v.literal("designer"), training: TrainingPlanSchema }),
  v.strictObject({ screen: v.literal("data"), data: DataPlanSchema }),
  v.strictObject({
    screen: v.literal("serving"),
    model: ModelKeySchema,
    serving: ServingPlanSchema,
  }),
]);

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
    research: v.optional(v.pipe(v.array(ResearchIdSchema), v.maxLength(RESEARCH_IDS.length))),
  }),
]);

export const DecisionsSchema = v.pipe(v.array(DecisionSchema), v.maxLength(MAX_DECISIONS));

/** A one-line, player-readable summary of what a schema rejected. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return "it is not in the expected format";
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

// Type-level checks: the schemas produce exactly the sim's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape = <T extends true>(_ok: T): void => undefined;
sameShape<Same<v.InferOutput<typeof AllocationSchema>, Allocation>>(true);
sameShape<Same<v.InferOutput<typeof DataPlanSchema>, DataPlan>>(true);
sameShape<Same<v.InferOutput<typeof TrainingPlanSchema>, TrainingPlan>>(true);
sameShape<Same<v.InferOutput<typeof ServingPlanSchema>, ServingPlan>>(true);
sameShape<Same<v.InferOutput<typeof ScreenPlanSchema>, ScreenPlan>>(true);
sameShape<Same<v.InferOutput<typeof DecisionSchema>, Decision>>(true);
