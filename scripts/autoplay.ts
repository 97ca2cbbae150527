// `npm run autoplay -- --runs N --seed S [--strategy NAME] [--per-run] [--json]` (names: STRATEGY_NAMES)
//
// Plays the whole story with the sim in Node, no browser, and prints the
// distribution of endings, score statistics, knots and stitches no run
// visited, and every error. It is how a designer balances the game.
//
// --per-run prints one line per run (seed, ending, key scores) before the summary.
// --json prints one JSON document on stdout instead: the summary's fields (the
// number of runs as `runCount`) plus `runs`, one `{ seed, ending, error, score,
// text }` per run, where `score` is the run's whole RunScore (null if the run
// failed) and `text` is the whole transcript as one string, passages separated
// by a blank line. With --json, --per-run lines go to stderr so stdout stays
// parseable. Call it as `node --import tsx scripts/autoplay.ts` (or
// `npm run -s autoplay`) to keep npm's banner out of the JSON.
//
// --jobs N plays the runs on N worker threads (default: one per core, at most
// one per 50 runs). Each run depends only on its seed, and the results are put
// back in seed order, so the output is the same for any N; only the time changes.
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  listInkPaths,
  type PlayedRun,
  playRun,
  STRATEGY_NAMES,
  type StrategyName,
} from "../src/game/autoplay.ts";
import { useLanguage } from "../src/i18n/load.ts";
import { compileInk } from "./vite-plugin-ink.ts";

/**
 * What the summary needs of a run. A PlayedRun also holds every string the sim formatted and
 * the knots visited (about a quarter of a megabyte a run); keeping whole reports made
 * `--runs 10000` hold gigabytes. Visits are counted as runs finish; the transcript is kept,
 * as one string, only for --json, which prints it.
 */
type Kept = Omit<PlayedRun, "simStrings" | "visited" | "text" | "session"> & { text: string };

/** What a worker is told once: the story, its guide, the knots to count, how to play. */
interface WorkerSetup {
  json: string;
  guide: string | null;
  paths: string[];
  strategy: StrategyName;
  lang: "en" | "zh-CN";
  keepText: boolean;
}
/** A batch of seeds for a worker, and what it sends back. */
type Batch = { from: number; count: number };
type BatchResult = { from: number; kept: Kept[]; visited: string[] };

/** Plays seeds `from`..`from + count - 1` and keeps what the summary needs of each. */
function playBatch(setup: WorkerSetup, { from, count }: Batch): BatchResult {
  const kept: Kept[] = [];
  const visited = new Set<string>();
  for (let i = 0; i < count; i++) {
    const {
      simStrings: _strings,
      visited: seen,
      text,
      session: _session,
      ...rest
    } = playRun(setup.json, (from + i) >>> 0, setup.strategy, {
      paths: setup.paths,
      ...(setup.guide ? { guide: setup.guide } : {}),
    });
    for (const p of seen) visited.add(p);
    kept.push({ ...rest, text: setup.keepText ? text.join("\n\n") : "" });
  }
  return { from, kept, visited: [...visited] };
}

/**
 * A worker's first lines: tsx's loader (which `--import tsx` registers on this thread only), then
 * this file, which sees it is a worker.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;

async function main(): Promise<void> {
  // `npm run autoplay | head` closes the pipe early: stop quietly, not with an EPIPE trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });

  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      strategy: { type: "string", default: "random" },
      json: { type: "boolean", default: false },
      "per-run": { type: "boolean", default: false },
      lang: { type: "string", default: "en" },
      jobs: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });

  if (values.help) {
    console.log(
      [
        `usage: npm run autoplay -- --runs N --seed S [--strategy ${STRATEGY_NAMES.join("|")}] [--per-run] [--json]`,
        "  --runs N      how many runs (default 1000), seeds S..S+N-1 (--seed, default 1)",
        "  --strategy    random (default), cautious (first choice, careful fleet split),",
        "                seed-plan (the seed's own plans), untouched (first choice, every screen as it opens)",
        "  --per-run     one line per run: seed, ending and key scores, before the summary",
        "  --lang        en (default) or zh-CN: which telling of the story plays (story/, story/zh-CN/),",
        "                with the sim's numbers in that language; the strategies' choices are the English ones",
        "  --json        one JSON document on stdout: the summary plus `runs`, one",
        "                { seed, ending, error, score, text } per run (text: the transcript as one string)",
        "  --jobs N      worker threads to play on (default: one per core, at most one per 50 runs);",
        "                the output is the same for any N",
      ].join("\n"),
    );
    process.exit(0);
  }
  const runs = Number(values.runs);
  const firstSeed = Number(values.seed);
  const strategy = values.strategy as StrategyName;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  if (!Number.isInteger(firstSeed) || firstSeed < 0)
    throw new Error(`--seed must be a whole number, got ${values.seed}`);
  if (!STRATEGY_NAMES.includes(strategy)) {
    throw new Error(
      `--strategy must be one of ${STRATEGY_NAMES.join(", ")}, got ${values.strategy}`,
    );
  }

  if (values.lang !== "en" && values.lang !== "zh-CN") {
    throw new Error(`--lang must be en or zh-CN, got ${values.lang}`);
  }
  const lang: "en" | "zh-CN" = values.lang;
  // A worker costs about half a second to start (its own module graph and a cold JIT), so small
  // batches of runs stay on this thread.
  const jobs =
    values.jobs === undefined
      ? Math.max(1, Math.min(availableParallelism(), Math.floor(runs / 50)))
      : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error(`--jobs must be a positive integer, got ${values.jobs}`);
  // The sim's numbers in the story's language ("24 天", "6300 万美元"), as the page would print them.
  await useLanguage(values.lang);
  // Each telling has its own folder; both have the same knots (scripts/story-shape.ts).
  const storyDir = join(
    import.meta.dirname,
    "..",
    "story",
    ...(values.lang === "zh-CN" ? ["zh-CN"] : []),
  );
  const compileStart = performance.now();
  const { json } = compileInk(join(storyDir, "main.ink"));
  // Strategies read the choices' English words: another telling plays in step with the English
  // one, making the same decisions (src/game/autoplay.ts, PlayOptions.guide).
  const guide =
    values.lang === "en"
      ? null
      : compileInk(join(import.meta.dirname, "..", "story", "main.ink")).json;
  const compileSeconds = (performance.now() - compileStart) / 1000;
  const sources = readdirSync(storyDir)
    .filter((f) => f.endsWith(".ink"))
    .map((f) => readFileSync(join(storyDir, f), "utf8"));
  const paths = listInkPaths(sources);

  const setup: WorkerSetup = { json, guide, paths, strategy, lang, keepText: values.json };
  const start = performance.now();
  const batches = await playAll(setup, jobs);
  const seconds = (performance.now() - start) / 1000;
  // Seed order, whichever worker finished first: the output does not depend on --jobs.
  batches.sort((a, b) => a.from - b.from);
  const reports: Kept[] = batches.flatMap((b) => b.kept);
  const visited = new Set<string>(batches.flatMap((b) => b.visited));

  /**
   * Plays every seed: on this thread for one job, else on `jobs` workers that each take the next
   * batch of seeds as they finish one (runs differ in length, so fixed shares would leave a core
   * idle at the end).
   */
  async function playAll(setup: WorkerSetup, jobs: number): Promise<BatchResult[]> {
    if (jobs === 1) return [playBatch(setup, { from: firstSeed, count: runs })];
    const batchSize = Math.max(1, Math.min(25, Math.ceil(runs / (jobs * 4))));
    let next = 0;
    const take = (): Batch | null => {
      if (next >= runs) return null;
      const count = Math.min(batchSize, runs - next);
      const batch = { from: firstSeed + next, count };
      next += count;
      return batch;
    };
    const results: BatchResult[] = [];
    const workers = Array.from({ length: Math.min(jobs, Math.ceil(runs / batchSize)) }, () => {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: setup });
      return new Promise<void>((resolve, reject) => {
        worker.on("message", (result: BatchResult) => {
          results.push(result);
          worker.postMessage(take());
        });
        worker.on("error", reject);
        worker.on("exit", () => resolve());
        worker.postMessage(take());
      });
    });
    await Promise.all(workers);
    return results;
  }

  /** One run on one line: its seed, ending and the scores a designer balances by. */
  function perRunLine(r: Kept): string {
    const cells = [`seed=${r.seed}`, `ending=${r.ending ?? "(none)"}`];
    const s = r.score;
    if (s) {
      cells.push(
        `costRatioVsLaunch=${s.costRatioVsLaunch.toFixed(2)}`,
        `perceivedQuality=${s.perceivedQuality.toFixed(3)}`,
        `demandServedShare=${s.demandServedShare.toFixed(3)}`,
        `licenceRisk=${s.licenceRisk.toFixed(3)}`,
        `capability=${s.capability.toFixed(2)}`,
        `usdPerMillionTokens=${s.usdPerMillionTokens.toFixed(3)}`,
      );
    }
    if (r.error) cells.push(`error=${JSON.stringify(r.error)}`);
    return cells.join("  ");
  }
  if (values["per-run"]) {
    // With --json, stdout carries only the JSON document.
    const out = values.json ? process.stderr : process.stdout;
    for (const r of reports) out.write(`${perRunLine(r)}\n`);
    if (!values.json) out.write("\n");
  }

  const endings: Record<string, number> = {};
  const errors = new Map<string, { count: number; seed: number }>();
  for (const r of reports) {
    const key = r.ending ?? "(none)";
    endings[key] = (endings[key] ?? 0) + 1;
    if (r.error) {
      const seen = errors.get(r.error);
      errors.set(r.error, { count: (seen?.count ?? 0) + 1, seed: seen?.seed ?? r.seed });
    }
    for (const w of r.warnings) {
      const seen = errors.get(`warning: ${w}`);
      errors.set(`warning: ${w}`, { count: (seen?.count ?? 0) + 1, seed: seen?.seed ?? r.seed });
    }
  }

  function stats(values: number[]) {
    const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
    if (finite.length === 0) return { min: null, mean: null, median: null, max: null };
    const mean = finite.reduce((s, v) => s + v, 0) / finite.length;
    return {
      min: finite[0] ?? null,
      mean,
      median: finite[Math.floor(finite.length / 2)] ?? null,
      max: finite[finite.length - 1] ?? null,
    };
  }

  const scored = reports.flatMap((r) => (r.score ? [r.score] : []));
  const scoreStats = {
    capability: stats(scored.map((s) => s.capability)),
    usdPerMillionTokens: stats(scored.map((s) => s.usdPerMillionTokens)),
    costRatioVsLaunch: stats(scored.map((s) => s.costRatioVsLaunch)),
    demandServedShare: stats(scored.map((s) => s.demandServedShare)),
    perceivedQuality: stats(scored.map((s) => s.perceivedQuality)),
    licenceRisk: stats(scored.map((s) => s.licenceRisk)),
    moneyUsd: stats(scored.map((s) => s.moneyUsd)),
    trainingDays: stats(scored.map((s) => s.trainingDays)),
  };
  const result = {
    // `runs` is the per-run list in the JSON (written below); the count is runCount.
    runCount: runs,
    firstSeed,
    strategy,
    seconds,
    runsPerSecond: runs / seconds,
    compileSeconds,
    endings,
    scores: scoreStats,
    wordsPerRun: stats(reports.map((r) => r.words)),
    choicesPerRun: stats(reports.map((r) => r.choices)),
    screensPerRun: stats(reports.map((r) => r.screens)),
    unvisited: paths.filter((p) => !visited.has(p)),
    errors: [...errors].map(([message, { count, seed }]) => ({ message, count, firstSeed: seed })),
  };

  if (values.json) {
    // The summary's fields, then `runs`, written run by run: a thousand transcripts
    // make tens of megabytes, more than one JSON.stringify should have to hold.
    const head = JSON.stringify(result, null, 2);
    process.stdout.write(`${head.slice(0, head.lastIndexOf("}")).trimEnd()},\n  "runs": [`);
    reports.forEach((r, i) => {
      const run = {
        seed: r.seed,
        ending: r.ending,
        error: r.error,
        score: r.score,
        text: r.text,
      };
      process.stdout.write(`${i > 0 ? "," : ""}\n    ${JSON.stringify(run)}`);
    });
    process.stdout.write("\n  ]\n}\n");
  } else {
    const f = (n: number | null, digits = 2) => (n === null ? "—" : n.toFixed(digits));
    console.log(`${runs} playthroughs (${strategy}, seeds ${firstSeed}..${firstSeed + runs - 1})`);
    console.log(
      `time: ${seconds.toFixed(2)} s (${result.runsPerSecond.toFixed(0)} runs/s; ink compile ${compileSeconds.toFixed(2)} s)`,
    );
    console.log(`1,000 playthroughs would take about ${((1000 * seconds) / runs).toFixed(1)} s`);
    console.log("\nendings:");
    for (const [ending, count] of Object.entries(endings).sort((a, b) => b[1] - a[1])) {
      console.log(
        `  ${ending.padEnd(22)} ${String(count).padStart(6)}  ${((100 * count) / runs).toFixed(1)}%`,
      );
    }
    console.log("\nscores (min / mean / median / max):");
    for (const [name, s] of Object.entries(scoreStats)) {
      console.log(`  ${name.padEnd(22)} ${f(s.min)} / ${f(s.mean)} / ${f(s.median)} / ${f(s.max)}`);
    }
    const w = result.wordsPerRun;
    const c = result.choicesPerRun;
    console.log(
      `\nwords per run: ${f(w.min, 0)} / ${f(w.mean, 0)} / ${f(w.median, 0)} / ${f(w.max, 0)}`,
    );
    console.log(
      `choices per run: ${f(c.min, 0)} / ${f(c.mean, 0)} / ${f(c.median, 0)} / ${f(c.max, 0)}`,
    );
    console.log(
      `\nknots and stitches never visited (${result.unvisited.length} of ${paths.length}):`,
    );
    for (const p of result.unvisited) console.log(`  ${p}`);
    console.log(`\nerrors (${result.errors.length}):`);
    for (const e of result.errors)
      console.log(`  ${e.count}x  ${e.message}  (first at seed ${e.firstSeed})`);
  }
  // exitCode, not exit(): let a piped stdout drain before Node ends.
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}

// Last, so that everything above is defined before either starts.
if (!isMainThread) {
  // A worker: the story's language as the main thread has it, then batches until told to stop.
  const setup = workerData as WorkerSetup;
  await useLanguage(setup.lang);
  parentPort?.on("message", (batch: Batch | null) => {
    if (batch === null) parentPort?.close();
    else parentPort?.postMessage(playBatch(setup, batch));
  });
} else {
  await main();
}
