/**
 * Lab share codes: a design in a link, `#lab=<code>`, validated like run codes (src/persist/code.ts).
 *
 * Format (version 1): `1.` + lz-string `compressToEncodedURIComponent` of the JSON
 * `[month, [trainingBase, patch], [servingBase, patch], [servingBase, patch], [training, serving,
 * research]]`: the month ("YYYY-MM"), the training plan and the two serving plans (GPT-3.5 slot,
 * then GPT-4 slot) as patches against the sim's seed plans (the run codes' patch helpers), and the
 * fleet split in GPUs. The served model is not in the code: it is the training plan's model
 * (withServedDesign). Decoding checks the version, the size, the whole structure and then each
 * rebuilt plan against its schema; messages name the part and the rule, never the value received.
 */
import * as v from "valibot";
import { labText } from "../i18n/messages/lab";
import { formatMonthName } from "../i18n/numbers";
import { type CodeKind, codeInHash, hashOf, openCode, sealCode } from "../persist/envelope";
import { applyPatch, bestPatch } from "../persist/patch";
import {
  AllocationSchema,
  describeIssues,
  MonthSchema,
  nameFieldsOf,
  type PathNamer,
  ServingPlanSchema,
  TrainingPlanSchema,
} from "../persist/schema";
import { TRAINING_LEAVES } from "../screens/designer/screen";
import { SERVING_LEAVES } from "../screens/serving/screen";
import { SEED_PLANS, type ServingPlan, type TrainingPlan } from "../sim";
import {
  isLabMonth,
  LAB_FIRST_MONTH,
  LAB_LAST_MONTH,
  type LabDesign,
  withServedDesign,
} from "./design";

export const LAB_CODE_VERSION = 1;
/**
 * Longest lab code accepted (characters). A design changing every field of all three plans packs
 * to about 1,500 characters; every preset packs to under 700.
 */
export const MAX_LAB_CODE_LENGTH = 4_000;
/** Most characters a lab code may unpack to (every field of every plan is about 3,000). */
export const MAX_LAB_UNPACKED_CHARS = 20_000;

const LAB_CODE: CodeKind = {
  name: "lab",
  version: LAB_CODE_VERSION,
  formats: { [LAB_CODE_VERSION]: "lz" },
  looksLike: "1.N4Ig",
  maxLength: MAX_LAB_CODE_LENGTH,
  maxUnpackedChars: MAX_LAB_UNPACKED_CHARS,
  maker: "a design",
  holder: "any design holds",
};

/** The plans patches are taken against (append only within a version). */
const TRAINING_BASES: readonly TrainingPlan[] = [
  SEED_PLANS.gpt3Training,
  SEED_PLANS.gpt35Training,
  SEED_PLANS.gpt4Training,
  SEED_PLANS.starterTraining,
];
const SERVING_BASES: readonly ServingPlan[] = [SEED_PLANS.gpt35Serving, SEED_PLANS.gpt4Serving];
/** A serving plan's own fields: its model is the design's (rebuilt on decode). */
const SERVING_PLAN_LEAVES = SERVING_LEAVES.filter((path) => !path.startsWith("model."));

export type LabDecoded = { ok: true; value: LabDesign } | { ok: false; message: string };

function servingPatch(plan: ServingPlan) {
  const { base, patch } = bestPatch(SERVING_PLAN_LEAVES, SERVING_BASES, plan);
  return [base, patch];
}

/** The share code of a design (no `#lab=`: see labHash). */
export function encodeLab(design: LabDesign): string {
  const t = bestPatch(TRAINING_LEAVES, TRAINING_BASES, design.training);
  const a = design.allocation;
  const payload = [
    design.month,
    [t.base, t.patch],
    servingPatch(design.serving.gpt35),
    servingPatch(design.serving.gpt4),
    [a.training, a.serving, a.research],
  ];
  return sealCode(LAB_CODE, payload);
}

const LeafValue = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.maxLength(80)),
  v.boolean(),
]);
const patchOf = (leaves: readonly string[]) =>
  v.pipe(
    v.record(v.picklist(leaves as string[]), LeafValue),
    v.check((p) => Object.keys(p).length <= leaves.length, "too many fields"),
  );
const baseIndex = (n: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(n - 1));
const GPUS = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000));

const PayloadSchema = v.strictTuple([
  v.pipe(
    MonthSchema,
    v.check(isLabMonth, `is not a month of the game (${LAB_FIRST_MONTH} to ${LAB_LAST_MONTH})`),
  ),
  v.strictTuple([baseIndex(TRAINING_BASES.length), patchOf(TRAINING_LEAVES)]),
  v.strictTuple([baseIndex(SERVING_BASES.length), patchOf(SERVING_PLAN_LEAVES)]),
  v.strictTuple([baseIndex(SERVING_BASES.length), patchOf(SERVING_PLAN_LEAVES)]),
  v.strictTuple([GPUS, GPUS, GPUS]),
]);
nameFieldsOf(TrainingPlanSchema);
nameFieldsOf(ServingPlanSchema);

/** The payload's parts in order, as the messages name them. */
const PARTS = [
  "partMonth",
  "partTraining",
  "partFirstServing",
  "partSecondServing",
  "partSplit",
] as const;
type Part = (typeof PARTS)[number];
const LEAF_NAMES = new Set([...TRAINING_LEAVES, ...SERVING_LEAVES]);

/** Where in a lab code an issue is, in words: "its training plan, field layers". */
const labPath: PathNamer = (path) => {
  const [top, ...rest] = path;
  const part = typeof top === "number" ? PARTS[top] : undefined;
  if (!part) return labText("partContents");
  const fields = rest
    .filter((key) => typeof key === "string")
    .map((key) =>
      LEAF_NAMES.has(key as string)
        ? labText("knownField", { field: key as string })
        : labText("unknownField"),
    );
  return labText("place", { part: labText(part), fields });
};

function rebuild<S extends v.GenericSchema>(
  schema: S,
  base: unknown,
  patch: Record<string, number | string | boolean>,
): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string } {
  const result = v.safeParse(schema, applyPatch(base, patch));
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, message: describeIssues(result.issues) };
}

/** Decodes and validates a lab code. Never throws: a problem comes back as a message to show. */
export function decodeLab(code: unknown, work?: { unpackedChars: number }): LabDecoded {
  try {
    return decodeUnsafe(code, work ?? { unpackedChars: 0 });
  } catch {
    return { ok: false, message: labText("codeDamaged") };
  }
}

function decodeUnsafe(code: unknown, work: { unpackedChars: number }): LabDecoded {
  const opened = openCode(LAB_CODE, code, work);
  if (!opened.ok) return opened;
  const data = opened.value;
  // Said in full here: the schema's own words for a failed check are the generic "breaks a rule".
  if (Array.isArray(data) && typeof data[0] === "string" && !isLabMonth(data[0])) {
    return {
      ok: false,
      message: labText("codeMonthOutside", {
        first: formatMonthName(LAB_FIRST_MONTH),
        last: formatMonthName(LAB_LAST_MONTH),
      }),
    };
  }
  const parsed = v.safeParse(PayloadSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      message: labText("codeInvalidDesign", { reason: describeIssues(parsed.issues, labPath) }),
    };
  }
  const [month, [tBase, tPatch], [s35Base, s35Patch], [s4Base, s4Patch], [tr, se, re]] =
    parsed.output;
  const training = rebuild(TrainingPlanSchema, TRAINING_BASES[tBase], tPatch);
  if (!training.ok) return invalid("partTraining", training.message);
  const gpt35 = rebuild(ServingPlanSchema, SERVING_BASES[s35Base], s35Patch);
  if (!gpt35.ok) return invalid("partFirstServing", gpt35.message);
  const gpt4 = rebuild(ServingPlanSchema, SERVING_BASES[s4Base], s4Patch);
  if (!gpt4.ok) return invalid("partSecondServing", gpt4.message);
  const allocation = v.parse(AllocationSchema, { training: tr, serving: se, research: re });
  return {
    ok: true,
    value: withServedDesign({
      month,
      training: training.value,
      serving: { gpt35: gpt35.value, gpt4: gpt4.value },
      allocation,
    }),
  };
}

function invalid(part: Part, message: string): { ok: false; message: string } {
  return {
    ok: false,
    message: labText("codeInvalidPlan", { part: labText(part), reason: message }),
  };
}

/** The hash fragment that carries a design: `#lab=<code>`. */
export function labHash(code: string): string {
  return hashOf(LAB_CODE, code);
}

/** The lab code in a location hash, if it has one. */
export function labCodeFromHash(hash: string): string | null {
  return codeInHash(LAB_CODE, hash);
}

/** Whether the page address asks for the Lab: `?lab` (with or without a value). */
export function labAsked(search: string): boolean {
  return new URLSearchParams(search).has("lab");
}
