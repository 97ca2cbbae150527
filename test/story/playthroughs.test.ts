import { describe, expect, it } from "vitest";
import type { PlayedRun, StrategyName } from "../../src/game/autoplay";
import { runVerdict, VERDICT_THRESHOLDS } from "../../src/sim";
import { BROKEN_TEXT, endingIds, inkPaths, playMany, typedNumbers, where } from "./play";

// 1,200 random runs here and 800 in snapshots.test.ts: 2,000 seeded playthroughs per test run.
// Deliberate players, each aiming at one ending through the numbers.
const aims = ["aim-turbo", "aim-nerfed", "aim-melted", "aim-giant"] as const;

/**
 * The runs, in blocks of at most 100 seeds. Each block is played by the first test that needs it
 * and kept for the rest, so the cost of playing is spread over one test per block (about 2 s on an
 * idle two-core machine) instead of sitting in the file's import, where a busy machine once spent
 * half a minute before any test started, or in one test that plays them all.
 */
interface Block {
  readonly strategy: StrategyName;
  readonly first: number;
  readonly count: number;
}
const block = (strategy: StrategyName, first: number, count: number): Block => ({
  strategy,
  first,
  count,
});
const RANDOM_BLOCKS: readonly Block[] = Array.from({ length: 12 }, (_, i) =>
  block("random", 1 + 100 * i, 100),
);
const SEED_PLAN = block("seed-plan", 1, 100);
const UNTOUCHED = block("untouched", 1, 30);
const AIMED_BLOCKS: readonly Block[] = aims.map((s) => block(s, 1, 15));
const DESIGNED_BLOCKS: readonly Block[] = [
  SEED_PLAN,
  block("cautious", 1, 50),
  UNTOUCHED,
  block("reckless", 1, 30),
  ...AIMED_BLOCKS,
];
const BLOCKS: readonly Block[] = [...RANDOM_BLOCKS, ...DESIGNED_BLOCKS];

const played = new Map<Block, PlayedRun[]>();
/** A block's runs: played once, on first use (a test run alone with -t plays what it needs). */
function runsOf(b: Block): PlayedRun[] {
  let runs = played.get(b);
  if (!runs) {
    runs = playMany(b.strategy, b.first, b.count);
    played.set(b, runs);
  }
  return runs;
}
const runsOfAll = (blocks: readonly Block[]) => blocks.flatMap(runsOf);

const blockName = (b: Block) => `${b.strategy} seeds ${b.first}-${b.first + b.count - 1}`;

// The per-passage checks below test with the pattern first and call expect only for a passage
// that fails: the same assertion and message, but vitest's expect costs microseconds a call, and
// 1,500 runs of ~150 passages made these loops 16 s of the file's 47 (issue 15).
const DASH = /—/;
const ZERO_QUANTITY = /\$0 \/ M|(^|\s)0(\.0)? tokens\/s|scores 0\b|for 0 days/;
const ZERO_PROGRESS = /\b0% (done|of its work|trained|of the way)/;

describe("seeded playthroughs of the whole story", () => {
  describe.each(BLOCKS.map((b) => [blockName(b), b] as const))("%s", (_name, b) => {
    it("always reach an ending: no dead ends, no ink errors or warnings", () => {
      for (const r of runsOf(b)) {
        expect(r.error, where(r)).toBeNull();
        expect(r.warnings, where(r)).toEqual([]);
        expect(r.ending, where(r)).not.toBeNull();
      }
    });

    it("end where the sim's verdict allows", () => {
      for (const r of runsOf(b)) {
        if (!r.score || !r.ending) throw new Error(`${where(r)}: no score`);
        expect(runVerdict(r.score).allowed, where(r)).toContain(r.ending);
      }
    });

    it("never end in Turbo under ten times cheaper or under 95% quality", () => {
      for (const r of runsOf(b).filter((x) => x.ending === "turbo")) {
        expect(r.score?.costRatioVsLaunch, where(r)).toBeGreaterThanOrEqual(10);
        expect(r.score?.perceivedQuality, where(r)).toBeGreaterThanOrEqual(0.95);
      }
    });

    it("never call a ratio under one cheaper, and never print a dash where a number belongs", () => {
      for (const r of runsOf(b)) {
        for (const text of r.text) {
          for (const m of text.matchAll(/(\d+(?:\.\d+)?)x cheaper/g)) {
            if (Number(m[1]) < 1)
              expect(Number(m[1]), `${where(r)}: ${text}`).toBeGreaterThanOrEqual(1);
          }
          if (DASH.test(text)) expect(text, where(r)).not.toMatch(DASH);
          // A zero where a quantity belongs is an empty run or a plan that does not fit: the prose
          // must say so in words instead.
          if (ZERO_QUANTITY.test(text)) expect(text, where(r)).not.toMatch(ZERO_QUANTITY);
          // A run or job is never said to be under way at 0%: that is one that has not started.
          if (ZERO_PROGRESS.test(text)) expect(text, where(r)).not.toMatch(ZERO_PROGRESS);
        }
      }
    });

    it("never speak of a GPT-4 in service in a run where it never launched", () => {
      // Lines written for a launched GPT-4: the 10x slide, the lenient verifier's complaints.
      const servedGpt4 =
        /GPT-4 has to become|did GPT-4 get dumber|it is not GPT-4|"GPT-4 got worse"/;
      const unlaunched = runsOf(b).filter((r) => r.score && !r.score.gpt4Launched);
      for (const r of unlaunched) {
        for (const text of r.text)
          if (servedGpt4.test(text)) expect(text, where(r)).not.toMatch(servedGpt4);
      }
    });

    it("never show markup or broken values", () => {
      for (const r of runsOf(b)) {
        for (const text of r.text)
          if (BROKEN_TEXT.test(text)) expect(text, where(r)).not.toMatch(BROKEN_TEXT);
      }
    });

    it("print only source facts and numbers the sim formatted in that run", () => {
      // Every passage whose numbers are neither inside a whole sim string of its run nor inside a
      // source-fact phrase, once each, with the numbers and the first run that showed it.
      const typed = new Map<string, string>();
      for (const r of runsOf(b)) {
        for (const text of r.text) {
          if (typed.has(text)) continue;
          const numbers = typedNumbers(text, r.simStrings);
          if (numbers.length > 0)
            typed.set(text, `${where(r)}: ${numbers.join(", ")} typed in: ${text}`);
        }
      }
      expect([...typed.values()]).toEqual([]);
    });
  });

  // The checks over all the runs at once: every block above has been played by now, so these
  // only read them.
  describe("all the runs together", () => {
    it("visit every knot and stitch", () => {
      const visited = new Set(runsOfAll(BLOCKS).flatMap((r) => r.visited));
      expect(inkPaths.length).toBeGreaterThan(0);
      expect(inkPaths.filter((p) => !visited.has(p))).toEqual([]);
    });

    it("reach six endings by random play, and every ending by some player", () => {
      const random = runsOfAll(RANDOM_BLOCKS);
      expect(new Set(random.map((r) => r.ending)).size).toBeGreaterThanOrEqual(6);
      const reached = new Set(runsOfAll(BLOCKS).map((r) => r.ending));
      expect(endingIds.filter((id) => !reached.has(id))).toEqual([]);
    });

    it("never end in Turbo for a player who touches nothing, with Turbo's line at ten times", () => {
      expect(VERDICT_THRESHOLDS.turboCostRatio).toBe(10);
      expect(runsOf(UNTOUCHED).filter((r) => r.ending === "turbo")).toEqual([]);
    });

    it("reach the ending a deliberate player aims at, through the numbers", () => {
      const wanted: Record<(typeof aims)[number], string> = {
        "aim-turbo": "turbo",
        "aim-nerfed": "nerfed",
        "aim-melted": "melted_fleet",
        "aim-giant": "dense_giant",
      };
      for (const r of runsOfAll(AIMED_BLOCKS)) {
        expect(r.ending, where(r)).toBe(wanted[r.strategy as (typeof aims)[number]]);
      }
      for (const r of runsOfAll(DESIGNED_BLOCKS).filter((x) => x.strategy === "reckless")) {
        expect(r.ending, where(r)).toBe("subpoena");
      }
    });

    it("keep every ending under 45% of random play", () => {
      const random = runsOfAll(RANDOM_BLOCKS);
      const counts = new Map<string, number>();
      for (const r of random) counts.set(r.ending ?? "", (counts.get(r.ending ?? "") ?? 0) + 1);
      for (const [ending, n] of counts) {
        expect(n / random.length, ending).toBeLessThanOrEqual(0.45);
      }
    });

    it("follow the source and end as it does: busy for a while, in at least 80% of seeds", () => {
      const seedPlan = runsOf(SEED_PLAN);
      const busy = seedPlan.filter((r) => r.ending === "busy").length;
      expect(busy / seedPlan.length).toBeGreaterThanOrEqual(0.8);
    });
  });
});
