#!/usr/bin/env node
// `npm test`: type check, lint, layers, dead code, unit and story tests, build, browser tests, in
// that order. Every step runs even if an earlier one failed (so one run shows
// everything that is wrong), except the browser tests, which need the build.
// Prints each step's wall-clock time (a figure to read, never a bar to pass), then
// ends with one line: `tests: N passed, M failed`, counting every test case of
// vitest and Playwright plus one check each for tsc, Biome, the layers, dead code, the build and
// the size of the first screen (scripts/size.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
let passed = 0;
let failed = 0;
const problems = [];
/** Each step's wall-clock seconds, printed at the end: where the time of `npm test` goes. */
const timings = [];
const started = performance.now();

function run(title, args, env = {}) {
  console.log(`\n▶ ${title}: ${["npx", ...args].join(" ")}`);
  const start = performance.now();
  const result = spawnSync(npx, args, { stdio: "inherit", env: { ...process.env, ...env } });
  timings.push([title, (performance.now() - start) / 1000]);
  return result.status === 0;
}

function check(title, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    problems.push(title);
  }
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

check("type check (tsc --noEmit)", run("type check", ["tsc", "--noEmit"]));
check("lint (biome check)", run("lint", ["biome", "check", "."]));
check(
  "layers (dependency-cruiser)",
  run("layers", [
    "depcruise",
    "src",
    "--config",
    ".dependency-cruiser.cjs",
    "--output-type",
    "err",
  ]),
);
check(
  "dead code (knip)",
  run("dead code", ["knip", "--no-progress", "--no-config-hints"]) &&
    run("dead code in what ships", ["knip", "--no-progress", "--no-config-hints", "--production"]),
);

rmSync("test-results/vitest.json", { force: true });
const unitOk = run("unit and story tests", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
]);
const vitest = readJson("test-results/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  if ((vitest.numFailedTests ?? 0) > 0) problems.push("unit and story tests");
  if (!unitOk && (vitest.numFailedTests ?? 0) === 0) check("vitest run (suite errors)", false);
} else {
  check("unit and story tests (vitest did not report)", false);
}

const built = check("production build (vite build)", run("build", ["vite", "build"]));
// What the first screen loads is a size, not a speed: the same on every machine.
if (built) check("first screen within its budget", run("size", ["node", "scripts/size.mjs"]));
if (built) {
  rmSync("test-results/browser.json", { force: true });
  const browserOk = run("browser tests", ["playwright", "test"]);
  const report = readJson("test-results/browser.json");
  if (report?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    passed += expected + flaky;
    failed += unexpected;
    if (unexpected > 0) problems.push("browser tests");
    if (!browserOk && unexpected === 0) check("browser tests (runner error)", false);
  } else {
    check("browser tests (Playwright did not report; is Chromium installed?)", browserOk);
  }
} else {
  check("browser tests (skipped: the build failed)", false);
}

console.log("\ntime per step (wall clock; a figure, not a test):");
for (const [title, seconds] of timings)
  console.log(`  ${title.padEnd(26)} ${seconds.toFixed(0).padStart(5)} s`);
console.log(
  `  ${"total".padEnd(26)} ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s`,
);
if (problems.length > 0) console.log(`\nFailed: ${problems.join("; ")}`);
if (!existsSync("dist/index.html")) console.log("(no dist/ build was produced)");
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
