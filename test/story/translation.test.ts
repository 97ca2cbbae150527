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

/** The English story with the given translated files in place of their English ones. */
function withTranslated(files: readonly string[]): string {
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
      const zh = compileInk(join(zhDir, "main.ink")).json;
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
    for (let seed = 1; seed <= 12; seed++) {
      const a = playRun(storyJson, seed, strategy);
      const b = playRun(translated, seed, strategy);
      expect(b.error, `seed ${seed}`).toBeNull();
      expect(b.ending, `seed ${seed}`).toBe(a.ending);
      expect(decisionsOf(b), `seed ${seed}`).toEqual(decisionsOf(a));
      expect(b.session?.world, `seed ${seed}`).toEqual(a.session?.world);
    }
  });
});

describe("one run, two tellings", () => {
  it("have one build fingerprint, so a link made in one language replays in the other", () => {
    const zh = compileInk(join(zhDir, "main.ink")).json;
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
  let runs: PlayedRun[] = [];
  beforeAll(async () => {
    await useLanguage("zh-CN");
    const zh = compileInk(join(zhDir, "main.ink")).json;
    runs = [
      ...Array.from({ length: 40 }, (_, i) => playRun(zh, 200 + i, "random", { paths: zhPaths })),
      ...designed.flatMap((strategy) =>
        [1, 2, 3].map((seed) => playRun(zh, seed, strategy, { paths: zhPaths, guide: storyJson })),
      ),
    ];
  });
  afterAll(() => setLanguage("en"));

  it("reaches every ending and visits every knot and stitch, each player where it does in English", () => {
    // A deliberate player reads the English words of a choice and plays both tellings in step.
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

  it("prints no markup or broken values and warns of nothing, in any run", () => {
    for (const r of runs) {
      expect(r.error, `seed ${r.seed}`).toBeNull();
      expect(r.ending, `seed ${r.seed}`).not.toBeNull();
      expect(r.warnings, `seed ${r.seed}`).toEqual([]);
      for (const text of r.text) expect(text, `seed ${r.seed}`).not.toMatch(BROKEN_TEXT);
    }
  });

  it("writes the sim's numbers in Chinese: days in 天, cards in 张, dollars in 万 and 亿", () => {
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
    for (const r of runs)
      for (const text of r.text)
        expect(text, `seed ${r.seed}`).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff]/);
  });
});
