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
import { persistText as t } from "../i18n/messages/persist";
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

export { MAX_DECISIONS, MAX_MONTH_ADVANCES } from "../game/limits";
export const MAX_SEED = 0xffffffff;

/** Whether `value` is an array longer than `max` (checked before anything walks it). */
export function tooMany(value: unknown, max: number): boolean {
  return Array.isArray(value) && value.length > max;
}

const tooManyMessage = (max: number) => `has more than ${max} entries`;

/**
 * An array of at most `max` items, counted before any item is checked (valibot's
 * `pipe(array(item), maxLength(max))` checks every item first: millions of them, for a file
 * made to freeze the page).
 */
export function boundedArray<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.unknown(),
    v.check((x) => !tooMany(x, max), tooManyMessage(max)),
    v.array(item),
  );
}

const num = (min: number, max: number) =>
  v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
export const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const SeedSchema = int(0, MAX_SEED);
export const MonthSchema = v.pipe(v.string(), v.regex(/^20\d\d-(0[1-9]|1[0-2])$/));

const GPUS = num(0, 10_000_000);
export const AllocationSchema = v.strictObject({
  training: GPUS,
  serving: GPUS,
  research: GPUS,
});

export const ResearchIdSchema = v.picklist(RESEARCH_IDS as ResearchId[]);

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

/** Field names our schemas define: only these (and list positions) are named in a message. */
const KNOWN_FIELDS = new Set<string>();
/** Adds a schema's field names to those a message may name. */
export function nameFieldsOf(schema: unknown): void {
  if (typeof schema !== "object" || schema === null) return;
  const s = schema as {
    entries?: Record<string, unknown>;
    options?: unknown[];
    items?: unknown[];
    item?: unknown;
    wrapped?: unknown;
    pipe?: unknown[];
  };
  for (const [key, child] of Object.entries(s.entries ?? {})) {
    KNOWN_FIELDS.add(key);
    nameFieldsOf(child);
  }
  for (const child of [...(s.options ?? []), ...(s.items ?? []), ...(s.pipe ?? [])]) {
    if (child !== schema) nameFieldsOf(child);
  }
  if (s.item) nameFieldsOf(s.item);
  if (s.wrapped) nameFieldsOf(s.wrapped);
}

/**
 * Messages of our own checks (fixed when the schemas are built, so in English): each is shown in
 * the player's words.
 */
function ownCheck(message: string): string | null {
  const entries = /^has more than (\d+) entries$/.exec(message);
  if (entries) return t("ruleMoreEntries", { max: entries[1] ?? "" });
  const advances = /^has more month advances than the calendar holds \((\d+)\)$/.exec(message);
  if (advances) return t("ruleMoreAdvances", { max: advances[1] ?? "" });
  return message === "too many fields" ? t("ruleTooManyFields") : null;
}

/** The path of an issue as a player reads it: known field names and 1-based positions only. */
export type PathNamer = (path: readonly (string | number)[]) => string;

const defaultNamer: PathNamer = (path) =>
  path
    .map((key) =>
      typeof key === "number"
        ? String(key + 1)
        : KNOWN_FIELDS.has(key)
          ? key
          : t("unknownPathField"),
    )
    .join(".");

/** What a value of each schema type should be, in the player's words. */
const TYPE_RULES: Record<string, () => string> = {
  number: () => t("ruleNumber"),
  string: () => t("ruleText"),
  boolean: () => t("ruleBoolean"),
  array: () => t("ruleList"),
  strict_tuple: () => t("ruleFixedList"),
  tuple: () => t("ruleFixedList"),
  strict_object: () => t("ruleGroup"),
  object: () => t("ruleGroup"),
  record: () => t("ruleGroup"),
  picklist: () => t("rulePicklist"),
  union: () => t("ruleForm"),
  variant: () => t("ruleForm"),
  nullable: () => t("ruleNullable"),
};

/** What an issue says is wrong, in our words: never the value received. */
function ruleOf(issue: v.BaseIssue<unknown>): string {
  const requirement = (issue as { requirement?: unknown }).requirement;
  const limit = typeof requirement === "number" ? requirement.toLocaleString("en-US") : null;
  if (issue.expected === "never") return t("ruleUnusedField");
  switch (issue.type) {
    case "literal":
      return issue.expected && issue.expected.length <= 24
        ? t("ruleLiteral", { value: issue.expected })
        : t("ruleFixedValue");
    case "min_value":
      return limit ? t("ruleAtLeast", { limit }) : t("ruleTooSmall");
    case "max_value":
      return limit ? t("ruleAtMost", { limit }) : t("ruleTooLarge");
    case "max_length":
      return limit ? t("ruleTooLongAtMost", { limit }) : t("ruleTooLong");
    case "min_length":
      return limit ? t("ruleTooShortAtLeast", { limit }) : t("ruleTooShort");
    case "integer":
      return t("ruleInteger");
    case "finite":
      return t("ruleFinite");
    case "regex":
      return t("ruleRegex");
    case "check":
      return ownCheck(issue.message) ?? t("ruleBroken");
  }
  if (issue.kind === "schema" && issue.expected === "unknown") return t("ruleValue");
  return TYPE_RULES[issue.type]?.() ?? t("ruleOther");
}

/**
 * A one-line, player-readable summary of what a schema rejected: the field (by our
 * names) and the rule it broke. Nothing of the value received is repeated, so a
 * code or a file cannot put its own words in front of the player.
 */
export function describeIssues(
  issues: readonly v.BaseIssue<unknown>[],
  namer: PathNamer = defaultNamer,
): string {
  const first = issues[0];
  if (!first) return t("issueNone");
  const path = (first.path ?? []).map((item) => item.key as string | number);
  // An unknown field's name is the sender's words: the message names the object that holds it.
  if (first.expected === "never") path.pop();
  const where = path.length > 0 ? namer(path) : "";
  return where
    ? t("issueAt", { where, rule: ruleOf(first) })
    : t("issueWhole", { rule: ruleOf(first) });
}

// Type-level checks: the schemas produce exactly the sim's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape = <T extends true>(_ok: T): void => undefined;
sameShape<Same<v.InferOutput<typeof AllocationSchema>, Allocation>>(true);
sameShape<Same<v.InferOutput<typeof DataPlanSchema>, DataPlan>>(true);
sameShape<Same<v.InferOutput<typeof TrainingPlanSchema>, TrainingPlan>>(true);
sameShape<Same<v.InferOutput<typeof ServingPlanSchema>, ServingPlan>>(true);
for (const schema of [AllocationSchema, DataPlanSchema, TrainingPlanSchema, ServingPlanSchema]) {
  nameFieldsOf(schema);
}
