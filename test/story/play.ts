/** Shared helpers for the story tests: compile once, play many seeded runs. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listInkPaths, playRun, type RunReport, type StrategyName } from "../../src/game/autoplay";
import storyJson from "../../story/main.ink";

const storyDir = join(import.meta.dirname, "..", "..", "story");
export const inkSources = readdirSync(storyDir)
  .filter((f) => f.endsWith(".ink"))
  .map((f) => readFileSync(join(storyDir, f), "utf8"));

/** Every knot and stitch the story declares. */
export const inkPaths = listInkPaths(inkSources);

/** Every ending id the story can tag. */
export const endingIds = [
  ...new Set(
    inkSources.flatMap((src) => [...src.matchAll(/#\s*ending:\s*(\w+)/g)].map((m) => m[1] ?? "")),
  ),
].sort();

export { storyJson };

export function playMany(strategy: StrategyName, firstSeed: number, count: number): RunReport[] {
  const reports: RunReport[] = [];
  for (let i = 0; i < count; i++)
    reports.push(playRun(storyJson, firstSeed + i, strategy, { paths: inkPaths }));
  return reports;
}

/** Text a player must never see: markup, broken values, doubled spaces. */
export const BROKEN_TEXT = /[{}#]|undefined|NaN|Infinity|\[object| {2}/;

/** Digit groups in prose, e.g. "2021", "1,831", "3.9" (times of day like 3:12 are not quantities). */
export function numbersIn(text: string): string[] {
  return [...text.replace(/\b\d{1,2}:\d{2}\b/g, " ").matchAll(/\d(?:[\d,.]*\d)?/g)].map(
    (m) => m[0],
  );
}

/** A short description of a failing run, for assertion messages. */
export function where(r: RunReport): string {
  return `seed ${r.seed} (${r.strategy})`;
}
