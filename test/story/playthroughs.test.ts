import { describe, expect, it } from "vitest";
import { BROKEN_TEXT, endingIds, inkPaths, numbersIn, playMany, where } from "./play";
import { SOURCE_NUMBERS } from "./source-facts";

// 1,200 random runs here and 800 in snapshots.test.ts: 2,000 seeded playthroughs per test run.
const random = playMany("random", 1, 1200);
const designed = [...playMany("seed-plan", 1, 100), ...playMany("cautious", 1, 50)];
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

  it("reach every ending the story declares through random play", () => {
    const reached = new Set(random.map((r) => r.ending));
    expect(endingIds.filter((id) => !reached.has(id))).toEqual([]);
  });

  it("never show markup or broken values", () => {
    for (const r of all) {
      for (const text of r.text) expect(text, where(r)).not.toMatch(BROKEN_TEXT);
    }
  });

  it("print only source facts and numbers the sim formatted in that run", () => {
    for (const r of all) {
      const simText = [...r.simStrings].join(" | ");
      for (const text of r.text) {
        for (const n of numbersIn(text)) {
          if (SOURCE_NUMBERS.has(n.replace(/,/g, "")) || simText.includes(n)) continue;
          throw new Error(`${where(r)}: "${n}" is typed into the prose, not from the sim: ${text}`);
        }
      }
    }
  });
});
