import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ENDINGS, endingTitle } from "../../src/game/report";
import {
  type DecisionInput,
  GameSession,
  ReplayError,
  type ScreenPlan,
} from "../../src/game/session";
import {
  codeFromHash,
  DATA_LEAVES,
  decodeRun,
  encodeRun,
  type RunInput,
  runHash,
  SERVING_LEAVES,
  storyBuild,
  TRAINING_LEAVES,
} from "../../src/persist/code";
import { ScreenPlanSchema } from "../../src/persist/schema";
import { RESEARCH_IDS, SEED_PLANS } from "../../src/sim";
import story from "./fixtures/persist-story.ink";

const BUILD = storyBuild(story);

// ---- arbitraries: runs built from the sim's own plans, with leaves changed ----

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

function setLeaf(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = obj;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = value;
}

function getLeaf(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((at, k) => (at as Record<string, unknown>)[k], obj);
}

/** A plan with some leaves changed to other values of the same type (still schema-valid). */
function mutated<T>(base: T, leaves: string[]) {
  return fc
    .array(fc.tuple(fc.constantFrom(...leaves), fc.double({ min: 0, max: 1, noNaN: true })), {
      maxLength: 6,
    })
    .map((changes) => {
      const plan = structuredClone(base) as Record<string, unknown>;
      for (const [path, r] of changes) {
        const old = getLeaf(plan, path);
        if (typeof old === "number")
          setLeaf(
            plan,
            path,
            path.endsWith("zeroStage") ? Math.floor(r * 3.99) : Math.round(r * 1000) / 1000,
          );
        else if (typeof old === "boolean") setLeaf(plan, path, r > 0.5);
        else if (path.endsWith("name")) setLeaf(plan, path, `Plan ${Math.round(r * 99)}`);
      }
      return plan as T;
    })
    .filter((plan) => v.is(ScreenPlanSchema, wrap(plan)));
}

function wrap(plan: unknown): unknown {
  const p = plan as Record<string, unknown>;
  if ("parallel" in p) return { screen: "designer", training: p };
  if ("sources" in p) return { screen: "data", data: p };
  return { screen: "serving", model: "gpt4", serving: p };
}

const allocation = fc.record({
  training: fc.integer({ min: 0, max: 40_000 }),
  serving: finite(0, 40_000),
  research: fc.integer({ min: 0, max: 40_000 }),
});
const research = fc.option(fc.subarray([...RESEARCH_IDS]), { nil: undefined });

const screenPlan: fc.Arbitrary<ScreenPlan> = fc.oneof(
  fc.tuple(allocation, research).map(
    ([a, r]): ScreenPlan => ({
      screen: "fleet",
      allocation: a,
      ...(r ? { research: r } : {}),
    }),
  ),
  mutated(SEED_PLANS.gpt4Training, TRAINING_LEAVES).map(
    (training): ScreenPlan => ({ screen: "designer", training }),
  ),
  mutated(SEED_PLANS.gpt35Data, DATA_LEAVES).map((data): ScreenPlan => ({ screen: "data", data })),
  fc
    .tuple(
      fc.constantFrom("gpt35" as const, "gpt4" as const),
      mutated(SEED_PLANS.gpt35Serving, SERVING_LEAVES),
    )
    .map(([model, serving]): ScreenPlan => ({ screen: "serving", model, serving })),
);

const decision: fc.Arbitrary<DecisionInput> = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map((index): DecisionInput => ({ kind: "choice", index })),
  screenPlan.map((plan): DecisionInput => ({ kind: "commit", plan })),
  screenPlan.map((plan): DecisionInput => ({ kind: "plan", plan })),
  fc.tuple(allocation, research).map(
    ([a, r]): DecisionInput => ({
      kind: "advance",
      allocation: a,
      ...(r ? { research: r } : {}),
    }),
  ),
);

const run: fc.Arbitrary<RunInput> = fc.record({
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  build: fc.stringMatching(/^[a-z0-9]{0,16}$/),
  decisions: fc.array(decision, { maxLength: 30 }),
});

/** A finished run on the fixture story, as a player would make it. */
function finishedSession(seed: number, first: number, last: number): GameSession {
  const s = new GameSession(story, seed);
  s.start();
  s.choose(first);
  s.continue();
  s.commit({ screen: "fleet", allocation: { training: 5000, serving: 4500, research: 500 } });
  s.choose(1);
  s.choose(last);
  s.continue();
  return s;
}

describe("share codes", () => {
  it("encode then decode gives the same run, for any run", () => {
    fc.assert(
      fc.property(run, (r) => {
        const decoded = decodeRun(encodeRun(r));
        expect(decoded).toEqual({ ok: true, value: r });
      }),
      { numRuns: 300 },
    );
  });

  it("a code replays to the same ending, numbers and text on a fresh session", () => {
    const original = finishedSession(77, 0, 0);
    const code = encodeRun({ seed: 77, build: BUILD, decisions: [...original.decisions] });
    expect(code).toMatch(/^1\.[A-Za-z0-9+$-]+$/);
    expect(code.length).toBeLessThan(80);
    const decoded = decodeRun(code);
    if (!decoded.ok) throw new Error(decoded.message);
    const replayed = GameSession.replay(story, decoded.value.seed, decoded.value.decisions, "all");
    expect(replayed.beat.pause).toEqual({ kind: "ending", ending: "bold" });
    expect(replayed.world).toEqual(original.world);
    expect(replayed.transcript).toEqual(original.transcript);
    expect(replayed.chapterStarts).toEqual([
      { chapter: 1, decisions: 0 },
      { chapter: 2, decisions: 3 },
    ]);
  });

  it("refuses a decision the story would not allow, naming it", () => {
    const decisions: DecisionInput[] = [
      { kind: "choice", index: 0 },
      { kind: "choice", index: 2 },
    ];
    expect(() => GameSession.replay(story, 1, decisions)).toThrow(ReplayError);
    expect(() => GameSession.replay(story, 1, decisions)).toThrow(/decision 2 of 2.*fleet screen/);
    const tooFar: DecisionInput[] = [{ kind: "choice", index: 3 }];
    expect(() => GameSession.replay(story, 1, tooFar)).toThrow(/choice 4.*one of 3 choices/);
  });

  it("explains unknown versions, damage and truncation", () => {
    const code = encodeRun({ seed: 5, build: BUILD, decisions: [{ kind: "choice", index: 1 }] });
    const v9 = decodeRun(`9${code.slice(1)}`);
    expect(v9).toEqual({ ok: false, message: expect.stringMatching(/version 9/) });
    expect(decodeRun(code.slice(0, 6))).toMatchObject({ ok: false });
    expect(decodeRun("hello")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a run code/),
    });
    expect(decodeRun("")).toMatchObject({ ok: false });
    expect(decodeRun(42)).toMatchObject({ ok: false });
  });

  it("1,000 random mutations of a valid code are rejected with a message or decode to a valid run", () => {
    const original = finishedSession(99, 1, 0);
    const code = encodeRun({ seed: 99, build: BUILD, decisions: [...original.decisions] });
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.%<>\"' ";
    const mutation = fc.oneof(
      fc.record({
        op: fc.constant("set" as const),
        at: fc.nat(),
        ch: fc.constantFrom(...alphabet),
      }),
      fc.record({ op: fc.constant("cut" as const), at: fc.nat(), ch: fc.constant("") }),
      fc.record({
        op: fc.constant("insert" as const),
        at: fc.nat(),
        ch: fc.constantFrom(...alphabet),
      }),
      fc.record({ op: fc.constant("delete" as const), at: fc.nat(), ch: fc.constant("") }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let c = code;
        for (const m of mutations) {
          const at = m.at % (c.length + 1);
          if (m.op === "set") c = c.slice(0, at) + m.ch + c.slice(at + 1);
          else if (m.op === "cut") c = c.slice(0, at);
          else if (m.op === "insert") c = c.slice(0, at) + m.ch + c.slice(at);
          else c = c.slice(0, at) + c.slice(at + 1);
        }
        const decoded = decodeRun(c);
        if (!decoded.ok) {
          expect(decoded.message.length).toBeGreaterThan(10);
          return;
        }
        // A valid run: it re-encodes, and replaying either works or names the refused decision.
        expect(decodeRun(encodeRun(decoded.value))).toEqual(decoded);
        try {
          GameSession.replay(story, decoded.value.seed, decoded.value.decisions, "all");
        } catch (err) {
          expect(err).toBeInstanceOf(ReplayError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("maps ending ids to titles in one place, with a fallback for unknown ids", () => {
    expect(endingTitle("turbo").title).toBe("The 10x Turbo");
    for (const id of [
      "dense_giant",
      "chinchilla_warning",
      "melted_fleet",
      "nerfed",
      "subpoena",
      "busy",
    ]) {
      expect(endingTitle(id).title).toBe(ENDINGS[id]?.title);
    }
    expect(endingTitle("quiet_exit").title).toBe("Quiet Exit");
  });

  it("has a title for every ending the story can reach", () => {
    const dir = join(import.meta.dirname, "..", "..", "story");
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith(".ink"))
      .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/#\s*ending:\s*(\w+)/g)])
      .map((m) => m[1] ?? "");
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) expect(Object.hasOwn(ENDINGS, id), id).toBe(true);
  });

  it("reads the code from a #run= hash", () => {
    expect(codeFromHash(runHash("1.abc"))).toBe("1.abc");
    expect(codeFromHash("#other")).toBeNull();
    expect(codeFromHash("#run=1.a%2")).toBe("1.a%2");
  });

  it("leaf paths cover every field of the sim's plans (bump CODE_VERSION when they change)", () => {
    const leaves = (obj: unknown, prefix = ""): string[] =>
      typeof obj === "object" && obj !== null
        ? Object.entries(obj).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    expect(new Set(TRAINING_LEAVES)).toEqual(new Set(leaves(SEED_PLANS.gpt4Training)));
    expect(new Set(DATA_LEAVES)).toEqual(new Set(leaves(SEED_PLANS.gpt4Data)));
    expect(new Set(SERVING_LEAVES)).toEqual(new Set(leaves(SEED_PLANS.gpt4Serving)));
  });
});
