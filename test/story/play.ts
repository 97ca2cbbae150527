/** Shared helpers for the story tests: compile once, play many seeded runs. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listInkPaths, type PlayedRun, playRun, type StrategyName } from "../../src/game/autoplay";
import storyJson from "../../story/main.ink";
import { SOURCE_FACTS } from "./source-facts";

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

export function playMany(strategy: StrategyName, firstSeed: number, count: number): PlayedRun[] {
  const reports: PlayedRun[] = [];
  for (let i = 0; i < count; i++)
    reports.push(playRun(storyJson, firstSeed + i, strategy, { paths: inkPaths }));
  return reports;
}

/** Text a player must never see: markup, broken values, doubled spaces. */
export const BROKEN_TEXT = /[{}#]|undefined|NaN|Infinity|\[object| {2}/;

/** Each digit group of `text` ("2021", "1,831", "3.9") and where it starts and ends. */
function numberSpans(text: string): { number: string; start: number; end: number }[] {
  return [...text.matchAll(/\d(?:[\d,.]*\d)?/g)].map((m) => ({
    number: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The numbers of a passage that nothing vouches for: digit groups that lie neither inside an
 * occurrence, in this passage, of a whole string the sim formatted in the run (`simStrings`,
 * "94 days"), nor inside a source-fact phrase (`facts`, "16 experts", "GPT-3.5"). An occurrence
 * that would cut a number in two does not count: "94 days" does not vouch for the "4" of
 * "194 days", nor "4" for the "4" of "94 days". An empty list means the passage is clean.
 */
export function typedNumbers(
  text: string,
  simStrings: Iterable<string>,
  facts: readonly (string | RegExp)[] = SOURCE_FACTS,
): string[] {
  const numbers = numberSpans(text);
  if (numbers.length === 0) return [];
  const covered = new Array<boolean>(text.length).fill(false);
  const cover = (start: number, end: number) => {
    // A span that starts or ends inside a number would vouch for part of it: skip it.
    if (numbers.some((n) => n.start < end && start < n.end && (n.start < start || n.end > end)))
      return;
    for (let i = start; i < end; i++) covered[i] = true;
  };
  const coverEvery = (needle: string) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
      cover(at, at + needle.length);
  };
  for (const sim of simStrings) if (/\d/.test(sim)) coverEvery(sim);
  for (const fact of facts) {
    if (typeof fact === "string") {
      coverEvery(fact);
      continue;
    }
    const flags = fact.flags.includes("g") ? fact.flags : `${fact.flags}g`;
    for (const m of text.matchAll(new RegExp(fact.source, flags)))
      if (m[0]) cover(m.index, m.index + m[0].length);
  }
  return numbers.filter((n) => !covered[n.start]).map((n) => n.number);
}

/** A short description of a failing run, for assertion messages. */
export function where(r: PlayedRun): string {
  return `seed ${r.seed} (${r.strategy})`;
}
