/**
 * Share codes: a run is fully determined by its seed and its decisions, so a
 * code holds exactly those (and the story build it was played on), compressed
 * for the URL hash.
 *
 * Format (version 2): `2.` + the JSON `[seed, build, decisions]` packed into capitals and digits
 * (src/persist/pack.ts: about a third of version 1's length, and few enough characters for a QR
 * code of the run link to scan from the card). Version 1, `1.` + lz-string's
 * `compressToEncodedURIComponent` of the same JSON, is still read: both hold the same payload, so
 * an old link decodes, is validated and replays exactly as before. Each decision is a small tuple:
 *
 * - a choice is its index: `2`
 * - a screen's commit: that screen's tuple, tagged by its first element (each screen's module in
 *   src/screens/<name>/screen.ts says its own: Fleet `["f", …]`, Model Designer `["d", …]`,
 *   Data Mix `["m", …]`, Serving Lab `["s", …]`)
 * - a plan applied outside the story's request: `["p", <commit tuple>]`
 * - a month advanced from the Fleet screen: `["a", training, serving, research, researchMask?]`
 *
 * Plans are stored as a patch (dotted leaf path → value) against one of the sim's seed plans
 * (src/persist/patch.ts), which keeps codes short.
 * Decoding validates the whole structure with valibot, rebuilds each plan and
 * validates it in full; nothing here touches the game. Replaying the decisions
 * (GameSession.replay) then checks each is allowed by the story.
 */
import * as v from "valibot";
import type { DecisionInput } from "../game/session";
import { persistText as t } from "../i18n/messages/persist";
import {
  type CompactPlan,
  CompactPlanSchema,
  compactPlan,
  expandPlan,
  SCREEN_LIST,
  type ScreenPlan,
} from "../screens/registry";
import { PHYSICS_VERSION } from "../sim";
import { storyShape } from "../story/shape";
import { type CodeKind, codeInHash, hashOf, openCode, sealCode } from "./envelope";
import { type Decoded, fromMask, GPUS, MASK, researchMask } from "./patch";
import {
  describeIssues,
  MAX_DECISIONS,
  MAX_MONTH_ADVANCES,
  nameFieldsOf,
  type PathNamer,
  SeedSchema,
} from "./schema";

export const CODE_VERSION = 2;
/**
 * Longest code accepted (characters). The longest of 600 autoplayed runs made a 2,912-character
 * version 1 code (version 2 packs the same run in under 1,000: README "Saves and sharing");
 * links longer than about 8,000 characters are cut by many sites and mail clients anyway.
 */
export const MAX_CODE_LENGTH = 16_000;
/**
 * Most characters a code may unpack to. The 2,912-character code above unpacks to about 9,000;
 * MAX_DECISIONS Model Designer commits changing every field stay under 150,000.
 */
export const MAX_UNPACKED_CHARS = 200_000;

const RUN_CODE: CodeKind = {
  name: "run",
  version: CODE_VERSION,
  formats: { 1: "lz", [CODE_VERSION]: "packed" },
  looksLike: "2.H",
  maxLength: MAX_CODE_LENGTH,
  maxUnpackedChars: MAX_UNPACKED_CHARS,
  maker: "a run of this game",
  holder: "any run of this game holds",
};

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

export type { Decoded };

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

/** The share code of a run (no `#run=`: see runLink). */
export function encodeRun(run: RunInput): string {
  return sealCode(RUN_CODE, [run.seed, run.build, run.decisions.map(compactDecision)]);
}

// ---- decode ----

const CompactDecision = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
  CompactPlanSchema,
  v.strictTuple([v.literal("p"), CompactPlanSchema]),
  v.strictTuple([v.literal("a"), GPUS, GPUS, GPUS]),
  v.strictTuple([v.literal("a"), GPUS, GPUS, GPUS, MASK]),
]);

const PayloadSchema = v.strictTuple([
  SeedSchema,
  v.pipe(v.string(), v.regex(/^[a-z0-9]{0,16}$/)),
  v.array(CompactDecision),
]);

const LEAF_NAMES = new Set(SCREEN_LIST.flatMap((m) => m.code.fields));
for (const m of SCREEN_LIST) nameFieldsOf(m.planSchema);

/** Where in a code an issue is, in words: "its seed", "decision 4, part 3, field layers". */
const codePath: PathNamer = (path) => {
  const [top, at, ...rest] = path;
  if (top === 0) return t("pathSeed");
  if (top === 1) return t("pathBuild");
  if (top !== 2 || typeof at !== "number") return t("pathContents");
  const parts = rest.map((key) =>
    typeof key === "number"
      ? t("pathPart", { n: key + 1 })
      : LEAF_NAMES.has(key)
        ? t("pathField", { name: key })
        : t("pathUnknownField"),
  );
  return [t("pathDecision", { n: at + 1 }), ...parts].join(t("pathSeparator"));
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
    const inner = expandPlanAt(d[1], at);
    return inner.ok ? { ok: true, value: { kind: "plan", plan: inner.value } } : inner;
  }
  const plan = expandPlanAt(d, at);
  return plan.ok ? { ok: true, value: { kind: "commit", plan: plan.value } } : plan;
}

function expandPlanAt(d: CompactPlan, at: number): Decoded<ScreenPlan> {
  const plan = expandPlan(d);
  return plan.ok ? plan : fail(at, plan.message);
}

function fail(at: number, message: string): { ok: false; message: string } {
  return { ok: false, message: t("runCodeBadPlan", { n: at + 1, reason: message }) };
}

/**
 * Decodes and validates a share code. Never throws: any problem comes back as
 * a message a player can read.
 */
export function decodeRun(code: unknown, work?: DecodeWork): Decoded<RunInput> {
  try {
    return decodeUnsafe(code, work ?? { unpackedChars: 0 });
  } catch {
    return { ok: false, message: t("runCodeUnreadable") };
  }
}

function decodeUnsafe(code: unknown, work: DecodeWork): Decoded<RunInput> {
  const opened = openCode(RUN_CODE, code, work);
  if (!opened.ok) return opened;
  const data = opened.value;
  // Counted before the schema walks them: a short code can hold thousands of tiny decisions.
  const list = Array.isArray(data) ? (data[2] as unknown) : null;
  if (Array.isArray(list)) {
    if (list.length > MAX_DECISIONS) {
      return {
        ok: false,
        message: t("runCodeTooManyDecisions", {
          count: list.length.toLocaleString("en-US"),
          max: MAX_DECISIONS,
        }),
      };
    }
    const advances = list.filter((d) => Array.isArray(d) && d[0] === "a").length;
    if (advances > MAX_MONTH_ADVANCES) {
      return {
        ok: false,
        message: t("runCodeTooManyAdvances", {
          count: advances.toLocaleString("en-US"),
          max: MAX_MONTH_ADVANCES,
        }),
      };
    }
  }
  const parsed = v.safeParse(PayloadSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      message: t("runCodeNotARun", { issues: describeIssues(parsed.issues, codePath) }),
    };
  }
  const [seed, build, compact] = parsed.output;
  const decisions: DecisionInput[] = [];
  for (const [i, d] of compact.entries()) {
    const expanded = expandDecision(d, i);
    if (!expanded.ok)
      return { ok: false, message: t("runCodeInvalid", { reason: expanded.message }) };
    decisions.push(expanded.value);
  }
  return { ok: true, value: { seed, build, decisions } };
}

/** A short, file-name-safe fingerprint of a code (FNV-1a, base 36), for file names. */
export function codeFingerprint(code: string): string {
  return hash32(code).toString(36).padStart(7, "0");
}

/**
 * The fingerprint of what a run was played on: the story's shape (its choices, logic and tags,
 * not its words: src/story/shape.ts) and the physics' version (PHYSICS_VERSION), so a replay on a
 * build that differs in either can say so. Both tellings of the story (English, Chinese) have one
 * fingerprint: a link made in one language replays in the other without a note.
 */
export function storyBuild(storyJson: string): string {
  // Every save asks, and the answer costs a parse and a walk of the whole story (a few ms): one
  // build plays one story, so the last answer is kept.
  if (storyJson !== lastBuild.storyJson)
    lastBuild = {
      storyJson,
      build: hash32(`${PHYSICS_VERSION}\n${JSON.stringify(storyShape(storyJson))}`).toString(36),
    };
  return lastBuild.build;
}
let lastBuild = { storyJson: "", build: "" };

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
  return hashOf(RUN_CODE, code);
}

/** The code in a location hash, if it has one. */
export function codeFromHash(hash: string): string | null {
  return codeInHash(RUN_CODE, hash);
}
