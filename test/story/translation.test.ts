/**
 * The Chinese telling (story/zh-CN/, issue 13) is the same story as the English: every translated
 * file has its English file's shape (knots, stitches, choices in the same order, logic, external
 * calls, protocol tags: src/story/shape.ts), so a save, a share code or a chapter replay made
 * in one language replays in the other; runs played with the same decisions reach the same world
 * and the same ending; and the translated prose is Chinese.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileInk } from "../../scripts/vite-plugin-ink";
import {
  listInkPaths,
  type PlayedRun,
  playRun,
  STRATEGY_NAMES,
  type StrategyName,
} from "../../src/game/autoplay";
import { setLanguage } from "../../src/i18n";
import { useLanguage } from "../../src/i18n/load";
import { storyBuild } from "../../src/persist/code";
import { firstDifference, storyShape } from "../../src/story/shape";
import { BROKEN_TEXT, storyJson, typedNumbers } from "./play";
import { ZH_SOURCE_FACTS } from "./source-facts.zh-CN";

const storyDir = join(import.meta.dirname, "..", "..", "story");
const zhDir = join(storyDir, "zh-CN");
const inkFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".ink"));
const englishFiles = inkFiles(storyDir);
const zhFiles = existsSync(zhDir) ? inkFiles(zhDir) : [];
/** The chapters and endings translated so far (main.ink, when there, includes them all). */
const zhParts = zhFiles.filter((f) => f !== "main.ink");

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const translatedStories = new Map<string, string>();
/** The English story with the given translated files in place of their English ones. */
function withTranslated(files: readonly string[]): string {
  // Compiled once per set of files: two describes read every file translated at once.
  const key = files.join(",");
  const known = translatedStories.get(key);
  if (known !== undefined) return known;
  const json = compiledWith(files);
  translatedStories.set(key, json);
  return json;
}

function compiledWith(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "story-zh-"));
  scratch.push(dir);
  for (const f of englishFiles) cpSync(join(storyDir, f), join(dir, f));
  for (const f of files) cpSync(join(zhDir, f), join(dir, f));
  return compileInk(join(dir, "main.ink")).json;
}

/** The words of each prose line of an ink file: logic, tags, diverts and markup taken out. */
function proseLines(source: string): string[] {
  return source
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter((line) => line && !/^(~|=|INCLUDE|VAR|CONST|EXTERNAL|->)/.test(line))
    .map((line) =>
      line
        .replace(/#.*$/, "")
        .replace(/\{[^{}]*\}/g, " ")
        .replace(/->\s*[\w.]+/g, " ")
        .replace(/^[*+\-\s]+(\(\w+\))?/, "")
        .replace(/[[\]]/g, ""),
    )
    .filter((line) => line.trim() !== "");
}

const english = storyShape(storyJson);

/** The Chinese main.ink compiled once for the file (three tests read it; a compile is ~0.5 s). */
let zhCompiled: string | null = null;
function zhStory(): string {
  zhCompiled ??= compileInk(join(zhDir, "main.ink")).json;
  return zhCompiled;
}

describe("the Chinese telling has the English story's shape", () => {
  it("translates files the English story has, and at least one", () => {
    expect(zhParts.length).toBeGreaterThan(0);
    for (const f of zhFiles) expect(englishFiles).toContain(f);
  });

  it.each(zhParts)("%s: the same knots, choices, logic and tags as in English", (file) => {
    expect(firstDifference(english, storyShape(withTranslated([file])))).toBeNull();
  });

  it("all of it together, and its own main.ink when every file is translated", () => {
    expect(firstDifference(english, storyShape(withTranslated(zhParts)))).toBeNull();
    if (zhFiles.includes("main.ink")) {
      const zh = zhStory();
      expect(firstDifference(english, storyShape(zh))).toBeNull();
    }
  });

  it.each(zhParts)("%s: prints Chinese, no English sentence left", (file) => {
    // Four English words in a row with no Chinese on the line is a sentence left untranslated
    // (names and acronyms such as "KV cache", "Andy" or "GPT-4" are shorter).
    const englishSentence = /[A-Za-z']{2,}(?:[\s,]+[A-Za-z']{2,}){3,}/;
    const untranslated = (source: string) =>
      proseLines(source).filter((l) => englishSentence.test(l) && !/[\u4e00-\u9fff]/.test(l));
    // The check finds the English original's sentences, so it can find one left behind.
    expect(untranslated(readFileSync(join(storyDir, file), "utf8")).length).toBeGreaterThan(10);
    expect(untranslated(readFileSync(join(zhDir, file), "utf8"))).toEqual([]);
  });
});

describe("the same decisions play the same run in both languages", () => {
  // Strategies that choose by position, not by an English choice's words.
  const strategies: StrategyName[] = ["random", "cautious", "untouched"];
  const translated = withTranslated(zhParts);
  const decisionsOf = (run: ReturnType<typeof playRun>) =>
    (run.session?.decisions ?? []).map((d) => (d.kind === "choice" ? { ...d, text: "" } : d));

  it.each(strategies)("%s: same decisions, same world, same ending over 12 seeds", (strategy) => {
    // Every English run first, then every translated one: a session parses its story's JSON
    // unless the last session parsed the same one (src/story/director.ts keeps one), so
    // alternating the two tellings parsed one of them for every run.
    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    const english = seeds.map((seed) => playRun(storyJson, seed, strategy));
    const chinese = seeds.map((seed) => playRun(translated, seed, strategy));
    for (const [i, seed] of seeds.entries()) {
      const a = english[i] as PlayedRun;
      const b = chinese[i] as PlayedRun;
      expect(b.error, `seed ${seed}`).toBeNull();
      expect(b.ending, `seed ${seed}`).toBe(a.ending);
      expect(decisionsOf(b), `seed ${seed}`).toEqual(decisionsOf(a));
      expect(b.session?.world, `seed ${seed}`).toEqual(a.session?.world);
    }
  });
});

describe("one run, two tellings", () => {
  it("have one build fingerprint, so a link made in one language replays in the other", () => {
    const zh = zhStory();
    expect(storyBuild(zh)).toBe(storyBuild(storyJson));
    // A story whose choices differ is another build.
    const changed = storyJson.replace('"->":"chapter1"', '"->":"chapter2"');
    expect(changed).not.toBe(storyJson);
    expect(storyBuild(changed)).not.toBe(storyBuild(storyJson));
  });
});

describe("the Chinese telling played", () => {
  // The page prints the sim's numbers in the player's language; so does this run of the story.
  // 40 random runs, and a few of each deliberate player (every ending, every knot between them).
  const designed = STRATEGY_NAMES.filter((s) => s !== "random");
  const zhPaths = listInkPaths(zhFiles.map((f) => readFileSync(join(zhDir, f), "utf8")));
  // The runs in blocks (two of 20 random seeds, then 3 seeds of each deliberate player), each
  // played by the first test that reads it: not in beforeAll, whose timeout is 10 s, and not all
  // in one test, so no test plays more than about a second's worth on an idle machine.
  type ZhBlock = { strategy: StrategyName; seeds: number[] };
  const blocks: ZhBlock[] = [
    { strategy: "random", seeds: Array.from({ length: 20 }, (_, i) => 200 + i) },
    { strategy: "random", seeds: Array.from({ length: 20 }, (_, i) => 220 + i) },
    ...designed.map((strategy) => ({ strategy, seeds: [1, 2, 3] })),
  ];
  const played = new Map<ZhBlock, PlayedRun[]>();
  const runsOf = (b: ZhBlock): PlayedRun[] => {
    let runs = played.get(b);
    if (!runs) {
      const zh = zhStory();
      // A deliberate player reads the English words of a choice and plays both tellings in step.
      const guide = b.strategy === "random" ? {} : { guide: storyJson };
      runs = b.seeds.map((seed) => playRun(zh, seed, b.strategy, { paths: zhPaths, ...guide }));
      played.set(b, runs);
    }
    return runs;
  };
  const zhRuns = (): PlayedRun[] => blocks.flatMap(runsOf);
  beforeAll(async () => {
    await useLanguage("zh-CN");
  });
  afterAll(() => setLanguage("en"));

  it.each(blocks.map((b) => [`${b.strategy} seeds ${b.seeds[0]}-${b.seeds.at(-1)}`, b] as const))(
    "prints no markup or broken values and warns of nothing: %s",
    (_name, b) => {
      for (const r of runsOf(b)) {
        expect(r.error, `seed ${r.seed}`).toBeNull();
        expect(r.ending, `seed ${r.seed}`).not.toBeNull();
        expect(r.warnings, `seed ${r.seed}`).toEqual([]);
        // The pattern first, expect only on a failure: the same assertion, without an expect call
        // per passage.
        for (const text of r.text)
          if (BROKEN_TEXT.test(text)) expect(text, `seed ${r.seed}`).not.toMatch(BROKEN_TEXT);
      }
    },
  );

  it("reaches every ending and visits every knot and stitch, each player where it does in English", () => {
    const runs = zhRuns();
    for (const strategy of designed)
      for (const seed of [1, 2, 3]) {
        const zh = runs.find((r) => r.strategy === strategy && r.seed === seed);
        expect(zh?.error ?? null, `${strategy} ${seed}`).toBeNull();
        expect(zh?.ending, `${strategy} ${seed}`).toBe(playRun(storyJson, seed, strategy).ending);
      }
    expect(zhPaths.length).toBeGreaterThan(0);
    const visited = new Set(runs.flatMap((r) => r.visited));
    expect(zhPaths.filter((p) => !visited.has(p))).toEqual([]);
    const endings = [
      ...new Set(
        zhFiles.flatMap((f) =>
          [...readFileSync(join(zhDir, f), "utf8").matchAll(/#\s*ending:\s*(\w+)/g)].map(
            (m) => m[1] ?? "",
          ),
        ),
      ),
    ];
    expect(endings.length).toBe(7);
    const reached = new Set(runs.map((r) => r.ending));
    expect(endings.filter((id) => !reached.has(id))).toEqual([]);
  });

  it("writes the sim's numbers in Chinese: days in 天, cards in 张, dollars in 万 and 亿", () => {
    const runs = zhRuns();
    // Every Latin word a sim string may keep: SI and engineers' units, B/T magnitudes, GPU.
    const allowed =
      /\d+(?:\.\d+)?e\d+ FLOP|\d(?:[\d.,]*\d)?[kBT]\b|\bGPU\b|美元\/百万 token|token\/s|\b[KMGTP]?B\b|\bms\b/g;
    const english = new Set<string>();
    const seen = new Set<string>();
    for (const r of runs)
      for (const s of r.simStrings) {
        seen.add(s);
        if (/[A-Za-z$]/.test(s.replace(allowed, ""))) english.add(s);
      }
    expect([...english]).toEqual([]);
    // The habits themselves, as a Chinese reader meets them in chapter 1 and the fleet's growth.
    expect([...seen].some((s) => /^\d+ 天$/.test(s))).toBe(true);
    expect(seen).toContain("1 万张 GPU");
    expect(seen).toContain("3 万张 GPU");
    expect([...seen].some((s) => /^[\d,]+ 张 GPU$/.test(s))).toBe(true);
    expect([...seen].some((s) => /^[\d.]+ (?:万|亿)美元$/.test(s))).toBe(true);
  });

  it("prints only source facts and numbers the sim formatted in that run", () => {
    const runs = zhRuns();
    const typed = new Map<string, string>();
    for (const r of runs)
      for (const text of r.text) {
        if (typed.has(text)) continue;
        const numbers = typedNumbers(text, r.simStrings, ZH_SOURCE_FACTS);
        if (numbers.length > 0)
          typed.set(text, `seed ${r.seed}: ${numbers.join(", ")} in: ${text}`);
      }
    expect([...typed.values()]).toEqual([]);
  });

  it("sets no space between two Chinese characters around a value", () => {
    const runs = zhRuns();
    const spaced = /[\u4e00-\u9fff] +[\u4e00-\u9fff]/;
    for (const r of runs)
      for (const text of r.text)
        if (spaced.test(text)) expect(text, `seed ${r.seed}`).not.toMatch(spaced);
  });
});
