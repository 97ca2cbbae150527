/**
 * How share codes carry plans and research (src/persist/code.ts, and each screen's own tuple in
 * src/screens): a plan is a patch (dotted leaf path -> value) against one of a few reference
 * plans, research a bitmask keyed by project id. The schemas here bound what a code may hold.
 */
import * as v from "valibot";
import { RESEARCH_IDS, type ResearchId } from "../sim";
import { describeIssues } from "./schema";

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

// ---- leaf paths, walked from the schemas so they cannot drift from the types ----

export type AnySchema = v.GenericSchema & { entries?: Record<string, AnySchema> };

/** Every leaf of a (nested strict-object) schema as a dotted path, walked from the schema. */
export function leafPaths(schema: AnySchema, prefix = ""): string[] {
  if (schema.type === "strict_object" && schema.entries) {
    return Object.entries(schema.entries).flatMap(([key, child]) =>
      leafPaths(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

export type Leaf = number | string | boolean;

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

export const researchMask = (ids: readonly ResearchId[]) =>
  ids.reduce((mask, id) => mask | (1 << RESEARCH_CODE_BITS[id]), 0);
/** The projects of a mask, in the game's order (RESEARCH_IDS), whatever their bits. */
export const fromMask = (mask: number) =>
  RESEARCH_IDS.filter((id) => (mask & (1 << RESEARCH_CODE_BITS[id])) !== 0);

export const LeafValue = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.maxLength(80)),
  v.boolean(),
]);
export const patchOf = (leaves: string[]) =>
  v.pipe(
    v.record(v.picklist(leaves), LeafValue),
    v.check((p) => Object.keys(p).length <= leaves.length, "too many fields"),
  );
export const baseIndex = (n: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(n - 1));
export const GPUS = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000));

export const MASK = v.pipe(
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
/** A plan rebuilt from its base and patch, validated in full. */
export function rebuild<S extends v.GenericSchema>(
  schema: S,
  base: unknown,
  patch: Record<string, Leaf>,
): Decoded<v.InferOutput<S>> {
  const result = v.safeParse(schema, applyPatch(base, patch));
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, message: describeIssues(result.issues) };
}
