/**
 * Share codes: a run is fully determined by its seed and its decisions, so a
 * code holds exactly those (and the story build it was played on), compressed
 * for the URL hash.
 *
 * Format (version 1): `1.` + lz-string `compressToEncodedURIComponent` of the
 * JSON `[seed, build, decisions]`, where each decision is a small tuple:
 *
 * - a choice is its index: `2`
 * - a Fleet commit: `["f", training, serving, research, researchMask?]`
 * - a Model Designer commit: `["d", base, patch]`
 * - a Data Mix commit: `["m", base, patch]`
 * - a Serving Lab commit: `["s", model, base, patch]` (model 0 = gpt35, 1 = gpt4)
 * - a plan applied outside the story's request: `["p", <commit tuple>]`
 * - a month advanced from the Fleet screen: `["a", training, serving, research, researchMask?]`
 *
 * Plans are stored as a patch (dotted leaf path → value) against one of the
 * sim's seed plans (`base` indexes PLAN_BASES), which keeps codes short.
 * Decoding validates the whole structure with valibot, rebuilds each plan and
 * validates it in full; nothing here touches the game. Replaying the decisions
 * (GameSession.replay) then checks each is allowed by the story.
 */
import LZString from "lz-string";
import * as v from "valibot";
import type { DecisionInput, ScreenPlan } from "../game/session";
import {
  type DataPlan,
  PHYSICS_VERSION,
  RESEARCH_IDS,
  type ResearchId,
  SEED_PLANS,
  type ServingPlan,
  type TrainingPlan,
} from "../sim";
import {
  AllocationSchema,
  DataPlanSchema,
  describeIssues,
  MAX_DECISIONS,
  MAX_MONTH_ADVANCES,
  nameFieldsOf,
  type PathNamer,
  SeedSchema,
  ServingPlanSchema,
  TrainingPlanSchema,
} from "./schema";
import { unpackCode } from "./unpack";

export const CODE_VERSION = 1;
/**
 * Longest code accepted (characters). The longest of 600 autoplayed runs made a 2,912-character
 * code; links longer than about 8,000 characters are cut by many sites and mail clients anyway.
 */
export const MAX_CODE_LENGTH = 16_000;
/**
 * Most characters a code may unpack to. The 2,912-character code above unpacks to about 9,000;
 * MAX_DECISIONS Model Designer commits changing every field stay under 150,000.
 */
export const MAX_UNPACKED_CHARS = 200_000;

/** The work a decode did, for tests and the hook (bounded by the caps above). */
export interface DecodeWork {
  /** Characters unpacked from the code (at most MAX_UNPACKED_CHARS). */
  unpackedChars: number;
}

/** A run as a code carries it: the seed, the decisions and the story build. */
export interface RunInput {
  seed: number;
  decisions: DecisionInput[];
  /** Fingerprint of the story the run was played on (see storyBuild). */
  build: string;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

/** The reference plans patches are taken against (append only within a version). */
const PLAN_BASES = {
  designer: [
    SEED_PLANS.starterTraining,
    SEED_PLANS.gpt4Training,
    SEED_PLANS.gpt35Training,
    SEED_PLANS.gpt3Training,
  ] as TrainingPlan[],
  data: [
    SEED_PLANS.gpt4BigEpochData,
    SEED_PLANS.gpt4Data,
    SEED_PLANS.gpt35Data,
    SEED_PLANS.gpt3Data,
  ] as DataPlan[],
  serving: [SEED_PLANS.gpt4Serving, SEED_PLANS.gpt35Serving] as ServingPlan[],
};
const MODEL_KEYS = ["gpt35", "gpt4"] as const;

// ---- leaf paths, walked from the schemas so they cannot drift from the types ----

type AnySchema = v.GenericSchema & { entries?: Record<string, AnySchema> };

function leafPaths(schema: AnySchema, prefix = ""): string[] {
  if (schema.type === "strict_object" && schema.entries) {
    return Object.entries(schema.entries).flatMap(([key, child]) =>
      leafPaths(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

export const TRAINING_LEAVES = leafPaths(TrainingPlanSchema as AnySchema);
export const DATA_LEAVES = leafPaths(DataPlanSchema as AnySchema);
export const SERVING_LEAVES = leafPaths(ServingPlanSchema as AnySchema);

type Leaf = number | string | boolean;

function getPath(obj: unknown, path: string): unknown {
  let at: unknown = obj;
  for (const key of path.split(".")) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function setPath(obj: Record<string, unknown>, path: string, value: Leaf): void {
  const keys = path.split(".");
  let at = obj;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== "object" || next === null) throw new Error(`no object at ${key}`);
    at = next as Record<string, unknown>;
  }
  at[keys[keys.length - 1] as string] = value;
}

function diff(leaves: readonly string[], base: unknown, plan: unknown): Record<string, Leaf> {
  const patch: Record<string, Leaf> = {};
  for (const path of leaves) {
    const value = getPath(plan, path) as Leaf;
    if (value !== getPath(base, path)) patch[path] = value;
  }
  return patch;
}

/** The base giving the smallest patch. */
export function bestPatch<T>(leaves: readonly string[], bases: readonly T[], plan: T) {
  let best = { base: 0, patch: diff(leaves, bases[0], plan) };
  bases.forEach((base, i) => {
    const patch = diff(leaves, base, plan);
    if (Object.keys(patch).length < Object.keys(best.patch).length) best = { base: i, patch };
  });
  return best;
}

export function applyPatch<T>(base: T, patch: Record<string, Leaf>): T {
  const plan = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of Object.entries(patch)) setPath(plan, path, value);
  return plan as T;
}

// ---- encode ----

/**
 * Each research project's bit in a share code, keyed by id and fixed forever: codes made today
 * must decode the same after a project is added, removed or reordered in RESEARCH_IDS. A new
 * project takes the next unused bit; a retired one keeps its bit reserved. (Before this table
 * the bit was the project's position in RESEARCH_IDS, which these values reproduce.)
 */
export const RESEARCH_CODE_BITS: Readonly<Record<ResearchId, number>> = Object.freeze({
  whisper: 0,
  long_context: 1,
  quantisation: 2,
  flash_attention: 3,
  scaling_laws: 4,
  speculative_decoding: 5,
});
const MAX_RESEARCH_BIT = Math.max(...Object.values(RESEARCH_CODE_BITS));

const researchMask = (ids: readonly ResearchId[]) =>
  ids.reduce((mask, id) => mask | (1 << RESEARCH_CODE_BITS[id]), 0);
/** The projects of a mask, in the game's order (RESEARCH_IDS), whatever their bits. */
const fromMask = (mask: number) =>
  RESEARCH_IDS.filter((id) => (mask & (1 << RESEARCH_CODE_BITS[id])) !== 0);

function compactDecision(decision: DecisionInput): unknown {
  switch (decision.kind) {
    case "choice":
      return decision.index;
    case "commit":
      return compactPlan(decision.plan);
    case "plan":
      return ["p", compactPlan(decision.plan)];
    case "advance": {
      const a = decision.allocation;
      const out: unknown[] = ["a", a.training, a.serving, a.research];
      if (decision.research) out.push(researchMask(decision.research));
      return out;
    }
  }
}

function compactPlan(plan: ScreenPlan): unknown {
  switch (plan.screen) {
    case "fleet": {
      const a = plan.allocation;
      const out: unknown[] = ["f", a.training, a.serving, a.research];
      if (plan.research) out.push(researchMask(plan.research));
      return out;
    }
    case "designer": {
      const { base, patch } = bestPatch(TRAINING_LEAVES, PLAN_BASES.designer, plan.training);
      return ["d", base, patch];
    }
    case "data": {
      const { base, patch } = bestPatch(DATA_LEAVES, PLAN_BASES.data, plan.data);
      return ["m", base, patch];
    }
    case "serving": {
      const { base, patch } = bestPatch(SERVING_LEAVES, PLAN_BASES.serving, plan.serving);
      return ["s", MODEL_KEYS.indexOf(plan.model), base, patch];
    }
  }
}

/** The share code of a run (no `#run=`: see runLink). */
export function encodeRun(run: RunInput): string {
  const payload = [run.seed, run.build, run.decisions.map(compactDecision)];
  return `${CODE_VERSION}.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

// ---- decode ----

const LeafValue = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.maxLength(80)),
  v.boolean(),
]);
const patchOf = (leaves: string[]) =>
  v.pipe(
    v.record(v.picklist(leaves), LeafValue),
    v.check((p) => Object.keys(p).length <= leaves.length, "too many fields"),
  );
const baseIndex = (n: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(n - 1));
const GPUS = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000));

const MASK = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(2 ** (MAX_RESEARCH_BIT + 1) - 1),
  // A bit no project holds (a retired one, or a code from a later version) is refused.
  v.check(
    (mask) => (mask & ~researchMask(RESEARCH_IDS)) === 0,
    "names a research project this version does not have",
  ),
);
const CompactPlan = v.union([
  v.strictTuple([v.literal("f"), GPUS, GPUS, GPUS]),
  v.strictTuple([v.literal("f"), GPUS, GPUS, GPUS, MASK]),
  v.strictTuple([v.literal("d"), baseIndex(PLAN_BASES.designer.length), patchOf(TRAINING_LEAVES)]),
  v.strictTuple([v.literal("m"), baseIndex(PLAN_BASES.data.length), patchOf(DATA_LEAVES)]),
  v.strictTuple([
    v.literal("s"),
    baseIndex(MODEL_KEYS.length),
    baseIndex(PLAN_BASES.serving.length),
    patchOf(SERVING_LEAVES),
  ]),
]);

const CompactDecision = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
  CompactPlan,
  v.strictTuple([v.literal("p"), CompactPlan]),
  v.strictTuple([v.literal("a"), GPUS, GPUS, GPUS]),
  v.strictTuple([v.literal("a"), GPUS, GPUS, GPUS, MASK]),
]);

const PayloadSchema = v.strictTuple([
  SeedSchema,
  v.pipe(v.string(), v.regex(/^[a-z0-9]{0,16}$/)),
  v.array(CompactDecision),
]);

const LEAF_NAMES = new Set([...TRAINING_LEAVES, ...DATA_LEAVES, ...SERVING_LEAVES]);
nameFieldsOf(TrainingPlanSchema);
nameFieldsOf(ServingPlanSchema);
nameFieldsOf(DataPlanSchema);

/** Where in a code an issue is, in words: "its seed", "decision 4, part 3, field layers". */
const codePath: PathNamer = (path) => {
  const [top, at, ...rest] = path;
  if (top === 0) return "its seed";
  if (top === 1) return "its story build";
  if (top !== 2 || typeof at !== "number") return "its contents";
  const parts = rest.map((key) =>
    typeof key === "number"
      ? `part ${key + 1}`
      : LEAF_NAMES.has(key)
        ? `field ${key}`
        : "a field it does not know",
  );
  return [`decision ${at + 1}`, ...parts].join(", ");
};

type Compact = v.InferOutput<typeof CompactDecision>;

function expandDecision(d: Compact, at: number): Decoded<DecisionInput> {
  if (typeof d === "number") return { ok: true, value: { kind: "choice", index: d } };
  if (d[0] === "a") {
    const allocation = { training: d[1], serving: d[2], research: d[3] };
    const mask = d[4];
    const value: DecisionInput = { kind: "advance", allocation };
    if (mask !== undefined) value.research = fromMask(mask);
    return { ok: true, value };
  }
  if (d[0] === "p") {
    const inner = expandPlan(d[1], at);
    return inner.ok ? { ok: true, value: { kind: "plan", plan: inner.value } } : inner;
  }
  const plan = expandPlan(d, at);
  return plan.ok ? { ok: true, value: { kind: "commit", plan: plan.value } } : plan;
}

function expandPlan(d: v.InferOutput<typeof CompactPlan>, at: number): Decoded<ScreenPlan> {
  let plan: ScreenPlan;
  switch (d[0]) {
    case "f": {
      const allocation = v.parse(AllocationSchema, {
        training: d[1],
        serving: d[2],
        research: d[3],
      });
      const mask = d[4];
      plan = { screen: "fleet", allocation };
      if (mask !== undefined) plan.research = fromMask(mask);
      break;
    }
    case "d": {
      const training = rebuild(TrainingPlanSchema, PLAN_BASES.designer[d[1]], d[2]);
      if (!training.ok) return fail(at, training.message);
      plan = { screen: "designer", training: training.value };
      break;
    }
    case "m": {
      const data = rebuild(DataPlanSchema, PLAN_BASES.data[d[1]], d[2]);
      if (!data.ok) return fail(at, data.message);
      plan = { screen: "data", data: data.value };
      break;
    }
    case "s": {
      const serving = rebuild(ServingPlanSchema, PLAN_BASES.serving[d[2]], d[3]);
      if (!serving.ok) return fail(at, serving.message);
      plan = { screen: "serving", model: MODEL_KEYS[d[1]] ?? "gpt4", serving: serving.value };
      break;
    }
  }
  return { ok: true, value: plan };
}

function rebuild<S extends v.GenericSchema>(
  schema: S,
  base: unknown,
  patch: Record<string, Leaf>,
): Decoded<v.InferOutput<S>> {
  const result = v.safeParse(schema, applyPatch(base, patch));
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, message: describeIssues(result.issues) };
}

function fail(at: number, message: string): { ok: false; message: string } {
  return { ok: false, message: `decision ${at + 1} is not a valid plan (${message})` };
}

/**
 * Decodes and validates a share code. Never throws: any problem comes back as
 * a message a player can read.
 */
export function decodeRun(code: unknown, work?: DecodeWork): Decoded<RunInput> {
  try {
    return decodeUnsafe(code, work ?? { unpackedChars: 0 });
  } catch {
    return { ok: false, message: "This run code is damaged and cannot be read." };
  }
}

function decodeUnsafe(code: unknown, work: DecodeWork): Decoded<RunInput> {
  if (typeof code !== "string" || code.trim() === "") {
    return { ok: false, message: "This run code is empty." };
  }
  const trimmed = code.trim();
  if (trimmed.length > MAX_CODE_LENGTH) {
    return {
      ok: false,
      message: `This run code is ${trimmed.length.toLocaleString("en-US")} characters long; a run of this game makes codes of at most ${MAX_CODE_LENGTH.toLocaleString("en-US")}.`,
    };
  }
  const match = /^(\d{1,4})\.([A-Za-z0-9+$-]+)$/.exec(trimmed);
  if (!match) {
    return { ok: false, message: "This is not a run code (it should look like 1.N4Ig…)." };
  }
  const version = Number(match[1]);
  if (version !== CODE_VERSION) {
    return {
      ok: false,
      message: `This run code has version ${version}, which this version of the game does not know (it reads version ${CODE_VERSION}).`,
    };
  }
  const unpacked = unpackCode(match[2] ?? "", MAX_UNPACKED_CHARS);
  work.unpackedChars += unpacked.chars;
  if (!unpacked.ok && unpacked.why === "too-big") {
    return {
      ok: false,
      message: `This run code unpacks to more than ${MAX_UNPACKED_CHARS.toLocaleString("en-US")} characters, more than any run of this game holds, so it was not read.`,
    };
  }
  if (!unpacked.ok || unpacked.text === "") {
    return { ok: false, message: "This run code is damaged or cut short: it does not unpack." };
  }
  let data: unknown;
  try {
    data = JSON.parse(unpacked.text);
  } catch {
    return {
      ok: false,
      message: "This run code is damaged or cut short: its contents are garbled.",
    };
  }
  // Counted before the schema walks them: a short code can hold thousands of tiny decisions.
  const list = Array.isArray(data) ? (data[2] as unknown) : null;
  if (Array.isArray(list)) {
    if (list.length > MAX_DECISIONS) {
      return {
        ok: false,
        message: `This run code holds ${list.length.toLocaleString("en-US")} decisions; a run of this game makes at most ${MAX_DECISIONS}.`,
      };
    }
    const advances = list.filter((d) => Array.isArray(d) && d[0] === "a").length;
    if (advances > MAX_MONTH_ADVANCES) {
      return {
        ok: false,
        message: `This run code advances the calendar ${advances.toLocaleString("en-US")} times; the story's calendar holds ${MAX_MONTH_ADVANCES} months.`,
      };
    }
  }
  const parsed = v.safeParse(PayloadSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      message: `This run code does not hold a valid run (${describeIssues(parsed.issues, codePath)}).`,
    };
  }
  const [seed, build, compact] = parsed.output;
  const decisions: DecisionInput[] = [];
  for (const [i, d] of compact.entries()) {
    const expanded = expandDecision(d, i);
    if (!expanded.ok)
      return { ok: false, message: `This run code is invalid: ${expanded.message}.` };
    decisions.push(expanded.value);
  }
  return { ok: true, value: { seed, build, decisions } };
}

/** A short, file-name-safe fingerprint of a code (FNV-1a, base 36), for file names. */
export function codeFingerprint(code: string): string {
  return hash32(code).toString(36).padStart(7, "0");
}

/** Fingerprint of the story JSON: a code made on another build is replayed with a note. */
/**
 * The fingerprint of what a run was played on: the story and the physics' version (PHYSICS_VERSION),
 * so a replay on a build that differs in either can say so.
 */
export function storyBuild(storyJson: string): string {
  return hash32(`${PHYSICS_VERSION}\n${storyJson}`).toString(36);
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash fragment that carries a run: `#run=<code>`. */
export function runHash(code: string): string {
  return `#run=${code}`;
}

/** The code in a location hash, if it has one. */
export function codeFromHash(hash: string): string | null {
  const match = /^#run=(.*)$/s.exec(hash);
  return match ? decodeURIComponentSafe(match[1] ?? "") : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
