import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  carefulAllocation,
  Dice,
  listInkPaths,
  playRun,
  STRATEGY_NAMES,
} from "../../src/game/autoplay";
import { GameSession } from "../../src/game/session";
import { servingModelOf } from "../../src/screens/shared";
import { newWorld, previewAllocation } from "../../src/sim";
import storyJson from "../../story/main.ink";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the autoplay CLI the way a person would, without npm in between. */
function autoplayCli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/autoplay.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const KEY_SCORES = [
  "costRatioVsLaunch",
  "perceivedQuality",
  "demandServedShare",
  "licenceRisk",
  "capability",
  "usdPerMillionTokens",
] as const;

describe("autoplay", () => {
  it("lists knots and stitches but not functions", () => {
    const source = [
      "=== chapter1 ===",
      "= first_day",
      "text",
      "= lunch",
      "=== function sim_num(key) ===",
      "~ return 0",
      "=== ending_turbo",
      "= epilogue",
    ].join("\n");
    expect(listInkPaths([source])).toEqual([
      "chapter1",
      "chapter1.first_day",
      "chapter1.lunch",
      "ending_turbo",
      "ending_turbo.epilogue",
    ]);
  });

  it("rolls the same dice for the same seed", () => {
    const a = new Dice(42);
    const b = new Dice(42);
    const rolls = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(rolls);
    expect(new Set(rolls).size).toBe(20);
  });

  it("plays the same run twice for the same seed and strategy", () => {
    const first = playRun(storyJson, 7, "random");
    const second = playRun(storyJson, 7, "random");
    expect(first.error).toBeNull();
    expect(second.text).toEqual(first.text);
    expect(second.score).toEqual(first.score);
    expect(playRun(storyJson, 8, "random").text).not.toEqual(first.text);
  });

  it("a careful fleet split serves nearly all demand with as many training GPUs as that allows", () => {
    const world = newWorld(3);
    const split = carefulAllocation(world);
    expect(previewAllocation(world, split).demandServedShare).toBeGreaterThanOrEqual(0.98);
    const greedier = { ...split, training: split.training + 8, serving: split.serving - 8 };
    if (split.serving >= 8) {
      expect(previewAllocation(world, greedier).demandServedShare).toBeLessThan(0.98);
    }
  });

  it("untouched commits every screen exactly as it opened, and takes the first choice", () => {
    const seed = 11;
    const run = playRun(storyJson, seed, "untouched", { keepSession: true });
    expect(run.error).toBeNull();
    expect(run.ending).not.toBeNull();
    const decisions = run.session?.decisions ?? [];
    const screensSeen = new Set<string>();
    decisions.forEach((decision, at) => {
      if (decision.kind === "choice") {
        expect(decision.index).toBe(0);
        return;
      }
      expect(decision.kind).toBe("commit");
      if (decision.kind !== "commit") return;
      // The world the screen opened on: the same run, replayed up to this commit.
      const before = GameSession.replay(storyJson, seed, decisions.slice(0, at)).world;
      const plan = decision.plan;
      screensSeen.add(plan.screen);
      switch (plan.screen) {
        case "fleet":
          expect(plan.allocation).toEqual(before.allocation);
          expect(plan.research).toEqual(before.research.funded);
          break;
        case "designer":
          expect(plan.training).toEqual(before.plans.training);
          break;
        case "data":
          expect(plan.data).toEqual(before.plans.training.data);
          break;
        case "serving": {
          expect(plan.model).toBe(servingModelOf(before));
          const opened =
            plan.model === "gpt4" ? before.plans.gpt4Serving : before.plans.gpt35Serving;
          expect(plan.serving).toEqual(opened);
          break;
        }
      }
    });
    expect([...screensSeen].sort()).toEqual(["data", "designer", "fleet", "serving"]);
    // Deterministic, like every strategy.
    expect(playRun(storyJson, seed, "untouched").text).toEqual(run.text);
  });

  it("untouched is a strategy the CLI accepts", () => {
    expect(STRATEGY_NAMES).toContain("untouched");
    expect(autoplayCli("--help").stdout).toContain("untouched");
  });

  it("the CLI's --json output is one document with a runs list of seed, ending, scores and transcript", () => {
    const cli = autoplayCli(
      "--runs",
      "2",
      "--seed",
      "5",
      "--strategy",
      "untouched",
      "--json",
      "--per-run",
    );
    expect(cli.status).toBe(0);
    const out = JSON.parse(cli.stdout);
    // The summary it always had is still there.
    expect(out.runCount).toBe(2);
    expect(out.firstSeed).toBe(5);
    expect(out.strategy).toBe("untouched");
    expect(out.errors).toEqual([]);
    expect(Object.values(out.endings).reduce((a: number, b) => a + Number(b), 0)).toBe(2);
    expect(out.scores.capability.mean).toEqual(expect.any(Number));

    expect(out.runs.map((r: { seed: number }) => r.seed)).toEqual([5, 6]);
    for (const run of out.runs) {
      const local = playRun(storyJson, run.seed, "untouched");
      expect(run.ending).toBe(local.ending);
      expect(out.endings[run.ending]).toBeGreaterThan(0);
      for (const key of KEY_SCORES) {
        expect(run.score[key]).toEqual(expect.any(Number));
        expect(run.score[key]).toBe(local.score?.[key]);
      }
      expect(typeof run.text).toBe("string");
      expect(run.text).toBe(local.text.join("\n\n"));
      expect(run.text).toMatch(/^Chapter 1: /);
    }
    // The per-run lines stay off stdout when it carries JSON.
    const lines = cli.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^seed=5 +ending=\w+/);
  });

  it("the CLI prints the same runs on worker threads as on this one (--jobs)", () => {
    // Two workers with one seed a batch, so each plays some of the seeds and they finish in any
    // order; what comes back must be every run, in seed order, as played here.
    const cli = autoplayCli(
      ...["--runs", "4", "--seed", "5", "--strategy", "untouched", "--json", "--jobs", "2"],
    );
    expect(cli.status).toBe(0);
    const out = JSON.parse(cli.stdout);
    expect(out.runs.map((r: { seed: number }) => r.seed)).toEqual([5, 6, 7, 8]);
    for (const run of out.runs) {
      const local = playRun(storyJson, run.seed, "untouched");
      expect(run.ending).toBe(local.ending);
      expect(run.score).toEqual(local.score);
      expect(run.text).toBe(local.text.join("\n\n"));
    }
  });

  it("the CLI's --per-run prints a line per run, with its ending and key scores, before the summary", () => {
    const cli = autoplayCli("--runs", "2", "--seed", "5", "--strategy", "untouched", "--per-run");
    expect(cli.status).toBe(0);
    const lines = cli.stdout.split("\n");
    const summaryAt = lines.findIndex((l) => l.includes("playthroughs"));
    const perRun = lines.filter((l) => l.startsWith("seed="));
    expect(perRun).toHaveLength(2);
    expect(lines.indexOf(perRun[1] ?? "")).toBeLessThan(summaryAt);
    for (const [i, line] of perRun.entries()) {
      const local = playRun(storyJson, 5 + i, "untouched");
      expect(line).toContain(`seed=${5 + i} `);
      expect(line).toContain(`ending=${local.ending}`);
      for (const key of KEY_SCORES) expect(line).toMatch(new RegExp(`${key}=-?\\d`));
    }
  });
});
