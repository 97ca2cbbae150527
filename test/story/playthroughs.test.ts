import { describe, expect, it } from "vitest";
import { runVerdict, VERDICT_THRESHOLDS } from "../../src/sim";
import { BROKEN_TEXT, endingIds, inkPaths, playMany, typedNumbers, where } from "./play";

// 1,200 random runs here and 800 in snapshots.test.ts: 2,000 seeded playthroughs per test run.
const random = playMany("random", 1, 1200);
const seedPlan = playMany("seed-plan", 1, 100);
const untouched = playMany("untouched", 1, 30);
// Deliberate players, each aiming at one ending through the numbers.
const aims = ["aim-turbo", "aim-nerfed", "aim-melted", "aim-giant"] as const;
const aimed = aims.flatMap((s) => playMany(s, 1, 15));
const designed = [
  ...seedPlan,
  ...playMany("cautious", 1, 50),
  ...untouched,
  ...playMany("reckless", 1, 30),
  ...aimed,
];
const all = [...random, ...designed];

describe("seeded playthroughs of the whole story", () => {
  it("always reach an ending: no dead ends, no ink errors or warnings", () => {
    for (const r of all) {
      expect(r.error, where(r)).toBeNull();
      expect(r.warnings, where(r)).toEqual([]);
      expect(r.ending, where(r)).not.toBeNull();
    }
  });

  it("visit every knot and stitch", () => {
    const visited = new Set(all.flatMap((r) => r.visited));
    expect(inkPaths.length).toBeGreaterThan(0);
    expect(inkPaths.filter((p) => !visited.has(p))).toEqual([]);
  });

  it("reach six endings by random play, and every ending by some player", () => {
    expect(new Set(random.map((r) => r.ending)).size).toBeGreaterThanOrEqual(6);
    const reached = new Set(all.map((r) => r.ending));
    expect(endingIds.filter((id) => !reached.has(id))).toEqual([]);
  });

  it("end where the sim's verdict allows, every run of every strategy", () => {
    for (const r of all) {
      if (!r.score || !r.ending) throw new Error(`${where(r)}: no score`);
      expect(runVerdict(r.score).allowed, where(r)).toContain(r.ending);
    }
  });

  it("never end in Turbo under ten times cheaper or under 95% quality", () => {
    for (const r of all.filter((x) => x.ending === "turbo")) {
      expect(r.score?.costRatioVsLaunch, where(r)).toBeGreaterThanOrEqual(10);
      expect(r.score?.perceivedQuality, where(r)).toBeGreaterThanOrEqual(0.95);
    }
    expect(VERDICT_THRESHOLDS.turboCostRatio).toBe(10);
    expect(untouched.filter((r) => r.ending === "turbo")).toEqual([]);
  });

  it("reach the ending a deliberate player aims at, through the numbers", () => {
    const wanted: Record<(typeof aims)[number], string> = {
      "aim-turbo": "turbo",
      "aim-nerfed": "nerfed",
      "aim-melted": "melted_fleet",
      "aim-giant": "dense_giant",
    };
    for (const r of aimed) {
      expect(r.ending, where(r)).toBe(wanted[r.strategy as (typeof aims)[number]]);
    }
    for (const r of designed.filter((x) => x.strategy === "reckless")) {
      expect(r.ending, where(r)).toBe("subpoena");
    }
  });

  it("keep every ending under 45% of random play", () => {
    const counts = new Map<string, number>();
    for (const r of random) counts.set(r.ending ?? "", (counts.get(r.ending ?? "") ?? 0) + 1);
    for (const [ending, n] of counts) {
      expect(n / random.length, ending).toBeLessThanOrEqual(0.45);
    }
  });

  it("follow the source and end as it does: busy for a while, in at least 80% of seeds", () => {
    const busy = seedPlan.filter((r) => r.ending === "busy").length;
    expect(busy / seedPlan.length).toBeGreaterThanOrEqual(0.8);
  });

  it("never call a ratio under one cheaper, and never print a dash where a number belongs", () => {
    for (const r of all) {
      for (const text of r.text) {
        for (const m of text.matchAll(/(\d+(?:\.\d+)?)x cheaper/g)) {
          expect(Number(m[1]), `${where(r)}: ${text}`).toBeGreaterThanOrEqual(1);
        }
        expect(text, where(r)).not.toMatch(/—/);
        // A zero where a quantity belongs is an empty run or a plan that does not fit: the prose
        // must say so in words instead.
        expect(text, where(r)).not.toMatch(
          /\$0 \/ M|(^|\s)0(\.0)? tokens\/s|scores 0\b|for 0 days/,
        );
        // A run or job is never said to be under way at 0%: that is one that has not started.
        expect(text, where(r)).not.toMatch(/\b0% (done|of its work|trained|of the way)/);
      }
    }
  });

  it("never show markup or broken values", () => {
    for (const r of all) {
      for (const text of r.text) expect(text, where(r)).not.toMatch(BROKEN_TEXT);
    }
  });

  it("print only source facts and numbers the sim formatted in that run", () => {
    // Every passage whose numbers are neither inside a whole sim string of its run nor inside a
    // source-fact phrase, once each, with the numbers and the first run that showed it.
    const typed = new Map<string, string>();
    for (const r of all) {
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
