import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import LZString from "lz-string";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ENDINGS, endingTitle } from "../../src/game/endings";
import {
  type DecisionInput,
  GameSession,
  ReplayError,
  type ScreenPlan,
} from "../../src/game/session";
import {
  codeFromHash,
  decodeRun,
  encodeRun,
  MAX_CODE_LENGTH,
  MAX_UNPACKED_CHARS,
  type RunInput,
  runHash,
  storyBuild,
} from "../../src/persist/code";
import { packPayload, unpackPayload } from "../../src/persist/pack";
import { RESEARCH_CODE_BITS } from "../../src/persist/patch";
import { MAX_DECISIONS, MAX_MONTH_ADVANCES } from "../../src/persist/schema";
import { unpackCode } from "../../src/persist/unpack";
import { DATA_LEAVES } from "../../src/screens/data/screen";
import { TRAINING_LEAVES } from "../../src/screens/designer/screen";
import { ScreenPlanSchema } from "../../src/screens/registry";
import { SERVING_LEAVES } from "../../src/screens/serving/screen";
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

/** A code's payload, unpacked but not validated (version 2: src/persist/pack.ts). */
function payloadOf(code: string): unknown {
  const unpacked = unpackPayload(code.slice(2), MAX_UNPACKED_CHARS);
  if (!unpacked.ok) throw new Error(`not a version 2 code: ${code}`);
  return unpacked.value;
}
/** A version 2 code of any payload. */
const pack2 = (data: unknown) => `2.${packPayload(data)}`;
/** A version 1 code of any payload: lz-string's text of its JSON. */
const pack1 = (data: unknown) =>
  `1.${LZString.compressToEncodedURIComponent(JSON.stringify(data))}`;

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
    expect(code).toMatch(/^2\.[0-9A-V]+$/);
    expect(code.length).toBeLessThan(50);
    const decoded = decodeRun(code);
    if (!decoded.ok) throw new Error(decoded.message);
    const replayed = GameSession.replay(story, decoded.value.seed, decoded.value.decisions, "all");
    expect(replayed.beat.pause).toEqual({ kind: "ending", ending: "bold" });
    expect(replayed.world).toEqual(original.world);
    expect(replayed.transcript).toEqual(original.transcript);
    // Chapter 1 "Start" opened before any decision and saw Alpha, the fleet plan and "Onwards, boldly";
    // chapter 2 "Middle" opened after those three and saw Left.
    expect(replayed.chapterStarts).toEqual([
      { chapter: 1, decisions: 0, title: "Start", chose: ["Alpha", "Onwards, boldly"] },
      { chapter: 2, decisions: 3, title: "Middle", chose: ["Left"] },
    ]);
  });

  it("keys research by id in codes, with bits fixed forever: old codes keep their projects", () => {
    // Every project has its own bit, and the bits are the ones codes have always used (the
    // projects' positions when codes began: whisper 0 ... speculative_decoding 5).
    expect(Object.keys(RESEARCH_CODE_BITS).sort()).toEqual([...RESEARCH_IDS].sort());
    expect(new Set(Object.values(RESEARCH_CODE_BITS)).size).toBe(RESEARCH_IDS.length);
    expect(RESEARCH_CODE_BITS).toMatchObject({
      whisper: 0,
      quantisation: 2,
      speculative_decoding: 5,
    });
    const advance: DecisionInput = {
      kind: "advance",
      allocation: { training: 100, serving: 50, research: 10 },
      research: ["speculative_decoding", "quantisation"],
    };
    const code = encodeRun({ seed: 3, build: BUILD, decisions: [advance] });
    // quantisation is bit 2 and speculative decoding bit 5: 4 + 32 = 36.
    const packed = payloadOf(code);
    expect(JSON.stringify(packed)).toContain('["a",100,50,10,36]');
    const decoded = decodeRun(code);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.value.decisions[0]).toMatchObject({
      kind: "advance",
      research: ["quantisation", "speculative_decoding"],
    });
    // A bit no project holds (100 = 64 + 36: bit 6, a project of a later version) is refused.
    const later = JSON.stringify(packed).replace('["a",100,50,10,36]', '["a",100,50,10,100]');
    expect(decodeRun(pack2(JSON.parse(later))).ok).toBe(false);
    expect(decodeRun(pack1(JSON.parse(later))).ok).toBe(false);
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
    expect(v9).toEqual({
      ok: false,
      message:
        "This run code has version 9, which this version of the game does not know (it reads versions 1 to 2).",
    });
    expect(decodeRun(code.slice(0, 6))).toMatchObject({ ok: false });
    expect(decodeRun("hello")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a run code/),
    });
    expect(decodeRun("")).toMatchObject({ ok: false });
    expect(decodeRun(42)).toMatchObject({ ok: false });
  });

  it("still opens version 1 codes (lz-string), links made before version 2, as the same run", () => {
    // Made by the version 1 encoder (before version 2, `1.` + lz-string of the same payload) for
    // finishedSession(99, 1, 0); pinned, so a change that stops old links opening fails here.
    const V1 = "1.NoThBoCIEYBcC8COBLANqy5jS5AZpgKwAMp4ALCceFQLrg7G21A";
    // The same run as a version 2 code, pinned as well: version 2 links must keep opening too.
    const V2 = "2.HMGV31JS1EOR94LAP0P30387ED1LM6GEO40";
    const original = finishedSession(99, 1, 0);
    const pinned = { seed: 99, build: "1tzqill", decisions: [...original.decisions] };
    expect(encodeRun(pinned)).toBe(V2);
    const v1 = decodeRun(V1);
    if (!v1.ok) throw new Error(v1.message);
    expect(decodeRun(V2)).toEqual(v1);
    expect(v1.value).toMatchObject({ seed: 99, build: "1tzqill" });
    const replayed = GameSession.replay(story, 99, v1.value.decisions, "all");
    expect(replayed.world).toEqual(original.world);
    expect(replayed.transcript).toEqual(original.transcript);
    // Any run written the version 1 way decodes to that run, as its version 2 code does.
    fc.assert(
      fc.property(run, (r) => {
        const code = encodeRun(r);
        expect(decodeRun(pack1(payloadOf(code)))).toEqual({ ok: true, value: r });
      }),
      { numRuns: 200 },
    );
  });

  it("packs a run in about a third of version 1's characters", () => {
    const original = finishedSession(99, 1, 0);
    const code = encodeRun({ seed: 99, build: BUILD, decisions: [...original.decisions] });
    expect(code.length).toBeLessThan(pack1(payloadOf(code)).length);
    // Plans weigh the most: a Model Designer plan with its layers, context and every data source
    // changed, committed twice, and its data applied as a plan (135 characters against 754).
    const training = structuredClone(SEED_PLANS.gpt4Training);
    training.layers = 96;
    training.context.finalShare = 0.35000000000000003;
    for (const [i, source] of Object.values(training.data.sources).entries())
      source.uniqueTokens = 120_000_000_000 + i * 7_000_000_000;
    const plan: ScreenPlan = { screen: "designer", training };
    const heavy = encodeRun({
      seed: 4_000_000_000,
      build: BUILD,
      decisions: [
        { kind: "commit", plan },
        { kind: "choice", index: 2 },
        { kind: "commit", plan },
        { kind: "plan", plan: { screen: "data", data: training.data } },
      ],
    });
    expect(heavy.length * 3).toBeLessThan(pack1(payloadOf(heavy)).length);
  });

  for (const version of [2, 1] as const)
    it(`1,000 random mutations of a version ${version} code: each kind of damage gets its own, true message`, () => {
      mutations(version);
    });

  function mutations(version: 1 | 2): void {
    const original = finishedSession(99, 1, 0);
    const run = { seed: 99, build: BUILD, decisions: [...original.decisions] };
    const payload = payloadOf(encodeRun(run)) as unknown[];
    const pack = version === 2 ? pack2 : pack1;
    const code = pack(payload);
    const MARK = "EVIL-MARK: your save was deleted, restore it at evil.example";
    const TEMPLATES = [
      /^This run code is empty\.$/,
      /^This is not a run code \(it should look like 2\.H…\)\.$/,
      /^This run code has version \d+, which this version/,
      /^This run code is damaged or cut short: (it does not unpack|its contents are garbled)\.$/,
      /^This run code does not hold a valid run \([a-zA-Z0-9 .,()]+\)\.$/,
      /^This run code is invalid: decision \d+ is not a valid plan \([a-zA-Z0-9 .,()]+\)\.$/,
      /^This run code is damaged and cannot be read\.$/,
    ];
    const kind = fc.constantFrom("version", "alphabet", "cut", "payload", "bytes");
    // Characters a code of its version is written in (and, for version 2, a few it is not).
    const alphabet =
      version === 2
        ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    fc.assert(
      fc.property(kind, fc.nat(), fc.nat(), fc.constantFrom(..."%<>\"'.!*~"), (k, r1, r2, bad) => {
        let c: string;
        let expected: RegExp | null = null;
        switch (k) {
          case "version": {
            // Versions 1 and 2 are both read.
            const n = 3 + (r1 % 9997);
            c = `${n}${code.slice(1)}`;
            expected = new RegExp(`^This run code has version ${n}, which`);
            break;
          }
          case "alphabet": {
            const at = 2 + (r1 % (code.length - 2));
            c = code.slice(0, at) + bad + code.slice(at);
            expected = /^This is not a run code/;
            break;
          }
          case "cut":
            c = code.slice(0, 3 + (r1 % (code.length - 4)));
            expected = /cut short|does not hold a valid run|is invalid: decision/;
            break;
          case "payload": {
            const data = structuredClone(payload) as [unknown, unknown, unknown[]];
            const decisions = data[2];
            const at = r1 % decisions.length;
            switch (r2 % 4) {
              case 0:
                data[1] = MARK;
                expected =
                  /^This run code does not hold a valid run \(its story build has characters/;
                break;
              case 1:
                decisions[at] = MARK;
                expected = new RegExp(
                  `^This run code does not hold a valid run \\(decision ${at + 1} should be one of the forms`,
                );
                break;
              case 2:
                decisions[at] = ["d", 0, { [MARK]: 1 }];
                expected = new RegExp(
                  `^This run code does not hold a valid run \\(decision ${at + 1}`,
                );
                break;
              default:
                data[0] = MARK;
                expected =
                  /^This run code does not hold a valid run \(its seed should be a number\)\.$/;
            }
            c = pack(data);
            break;
          }
          default: {
            c = code;
            for (const n of [r1, r2]) {
              const at = 2 + (n % (c.length - 1));
              const ch = alphabet[n % alphabet.length] ?? "A";
              c = n % 2 ? c.slice(0, at) + ch + c.slice(at + 1) : c.slice(0, at) + c.slice(at + 1);
            }
          }
        }
        const decoded = decodeRun(c);
        if (decoded.ok) {
          // Only byte-level damage (or a cut of trailing padding) can still decode.
          expect(["bytes", "cut"]).toContain(k);
          expect(decodeRun(encodeRun(decoded.value))).toEqual(decoded);
          try {
            GameSession.replay(story, decoded.value.seed, decoded.value.decisions, "all");
          } catch (err) {
            expect(err).toBeInstanceOf(ReplayError);
          }
          return;
        }
        expect(decoded.message).not.toContain("EVIL");
        expect(decoded.message).not.toContain("evil.example");
        expect(decoded.message.length).toBeLessThan(240);
        if (expected) expect(decoded.message).toMatch(expected);
        expect(
          TEMPLATES.some((re) => re.test(decoded.message)),
          decoded.message,
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }

  it("maps ending ids to titles in one place, with a fallback for unknown ids", () => {
    expect(endingTitle("turbo").title).toBe("The 10x Turbo");
    for (const id of [
      "dense_giant",
      "chinchilla_warning",
      "melted_fleet",
      "nerfed",
      "subpoena",
      "busy",
    ] as const) {
      expect(endingTitle(id).title).toBe(ENDINGS[id].title);
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

describe("hostile codes are refused with bounded work", () => {
  it("the bounded unpacker agrees with lz-string on every code under the cap", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(), fc.nat(), (text, r1, r2) => {
        const packed = LZString.compressToEncodedURIComponent(text);
        expect(unpackCode(packed, 1_000_000)).toMatchObject(
          text === "" ? { ok: false } : { ok: true, text },
        );
        // Damaged input: where both unpack, the same text; ours never unpacks what lz-string
        // refuses (it is stricter only on a header lz-string reads as "undefined").
        const at = r1 % (packed.length + 1);
        const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
        const damaged = packed.slice(0, at) + (alphabet[r2 % 65] ?? "A") + packed.slice(at + 1);
        let theirs: string | null;
        try {
          theirs = LZString.decompressFromEncodedURIComponent(damaged);
        } catch {
          theirs = null; // lz-string itself throws on some damaged input; ours says "damaged"
        }
        const ours = unpackCode(damaged, 1_000_000);
        if (ours.ok && ours.text !== "") expect(ours.text).toBe(theirs);
        if (!theirs) expect(ours.ok && ours.text !== "").toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("a short code that unpacks to millions of characters stops at the cap", () => {
    // LZ dictionaries grow by one character an entry: 800,000 repeated characters pack into
    // about 1,265 entries (n entries cover n(n+1)/2 characters), a code of about 2,000.
    const code = `1.${LZString.compressToEncodedURIComponent("a".repeat(800_000))}`;
    expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
    const work = { unpackedChars: 0 };
    const decoded = decodeRun(code, work);
    expect(decoded).toEqual({
      ok: false,
      message: expect.stringMatching(/^This run code unpacks to more than 200,000 characters/),
    });
    expect(work.unpackedChars).toBeLessThanOrEqual(MAX_UNPACKED_CHARS);
    // Version 2's repeats can stand for a large payload too (a huge plan repeated thousands of
    // times): they count towards the same cap.
    const plan = ["d", 0, { name: "x".repeat(80) }];
    const repeated = pack2([1, "", new Array(5000).fill(plan)]);
    expect(repeated.length).toBeLessThan(20_000 / 2);
    const work2 = { unpackedChars: 0 };
    expect(decodeRun(repeated, work2)).toEqual({
      ok: false,
      message: expect.stringMatching(/^This run code unpacks to more than 200,000 characters/),
    });
    expect(work2.unpackedChars).toBeLessThanOrEqual(MAX_UNPACKED_CHARS);
  });

  it("counts decisions and month advances before walking or replaying any", () => {
    for (const pack of [pack2, pack1]) {
      // 2,000 month advances in under 2,500 characters (the issue's 9-second link was version 1's
      // 2,000; version 2 repeats the first in six bits each).
      const advances = pack([1, "", new Array(2000).fill(["a", 1, 1, 1])]);
      expect(advances.length).toBeLessThan(2500);
      expect(decodeRun(advances)).toEqual({
        ok: false,
        message: `This run code holds 2,000 decisions; a run of this game makes at most ${MAX_DECISIONS}.`,
      });
      expect(decodeRun(pack([1, "", new Array(300).fill(["a", 1, 1, 1])]))).toEqual({
        ok: false,
        message: `This run code advances the calendar 300 times; the story's calendar holds ${MAX_MONTH_ADVANCES} months.`,
      });
    }
    // The replay refuses the same before it applies one decision.
    const work = { decisionsReplayed: 0 };
    const months: DecisionInput[] = new Array(MAX_MONTH_ADVANCES + 1).fill({
      kind: "advance",
      allocation: { training: 1, serving: 1, research: 1 },
    });
    expect(() => GameSession.replay(story, 1, months, 0, work)).toThrow(/calendar/);
    expect(work.decisionsReplayed).toBe(0);
  });

  it("a code that claims a security notice gets our words, never its own", () => {
    const notice =
      "SECURITY NOTICE: your saved run was deleted. Restore it at evil.example/restore";
    const cases = [pack2, pack1].flatMap((pack) => [
      pack([1, notice, []]),
      pack([notice, "", []]),
      pack([1, "", [notice]]),
      pack([1, "", [["d", 0, { [notice]: 1 }]]]),
      pack([1, "", [["d", 0, { name: notice.repeat(3) }]]]),
      pack([1, "", [["f", notice, 1, 1]]]),
      pack([1, "", [["s", 0, 0, { [notice]: notice }]], notice]),
      pack(Object.fromEntries([[notice, notice]])),
    ]);
    for (const c of cases) {
      const decoded = decodeRun(c);
      if (decoded.ok) throw new Error(`decoded: ${c}`);
      expect(decoded.message).not.toMatch(/SECURITY|evil|restore/i);
      expect(decoded.message.length).toBeLessThan(240);
    }
  });
});
