#!/usr/bin/env node
// `npm run size`: the gzip size of every emitted file in dist/: the first screen (what index.html
// loads before the title appears: its scripts, module preloads and stylesheets) with its total,
// each chunk loaded behind the title, and the rest. Budget for the first screen: 420 kB gzip, of
// which Phaser alone is 357 (it does not tree-shake). npm test runs this as a check.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = "dist";
const BUDGET_KB = 420;
if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ has no build: run `npm run build` first.");
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// kB of 1,000 bytes, as Vite prints them.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const files = walk(DIST)
  .map((path) => {
    const raw = readFileSync(path);
    return {
      path: relative(DIST, path),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

const html = readFileSync(join(DIST, "index.html"), "utf8");
const initial = new Set(["index.html"]);
for (const match of html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)) initial.add(match[1]);

/** What each chunk loaded behind the title is, by the name Vite gives it. */
const ROLES = [
  [/^assets\/core-/, "the game behind the title (src/game/core.ts): story runtime, sim, screens"],
  [/^assets\/main-/, "a compiled story (story/main.ink or story/zh-CN/main.ink)"],
  [/^assets\/zh-CN-/, "the Chinese tables (a Chinese page only)"],
  [/^assets\/howler-/, "howler, the sound library"],
  [/^assets\/workbox-window/, "the service worker's page half"],
];
const roleOf = (path) => ROLES.find(([re]) => re.test(path))?.[1] ?? "";

const row = (f, note = "") =>
  console.log(
    `  ${f.path.padEnd(46)} ${kb(f.raw).padStart(11)} ${kb(f.gzip).padStart(11)}  ${note}`,
  );
const header = (title) =>
  console.log(`\n${title}\n  ${"file".padEnd(46)} ${"raw".padStart(11)} ${"gzip".padStart(11)}`);

const first = files.filter((f) => initial.has(f.path));
const lazy = files.filter(
  (f) => !initial.has(f.path) && /\.js$/.test(f.path) && f.path.startsWith("assets/"),
);
const rest = files.filter((f) => !initial.has(f.path) && !lazy.includes(f));
const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);

header("first screen (what index.html loads before the title is interactive)");
for (const f of first) row(f);
const firstGzip = sum(first, "gzip");
console.log(
  `  ${"total".padEnd(46)} ${kb(sum(first, "raw")).padStart(11)} ${kb(firstGzip).padStart(11)}`,
);

header("loaded behind the title (each chunk when it is needed)");
for (const f of lazy) row(f, roleOf(f.path));

header("everything else in dist/ (sounds, icons, the service worker)");
for (const f of rest) row(f);

const within = firstGzip / 1000 <= BUDGET_KB;
console.log(`\neverything in dist/: ${kb(sum(files, "gzip"))} gzip`);
console.log(
  `first screen: ${kb(firstGzip)} gzip of a ${BUDGET_KB} kB budget: ${within ? "within" : "OVER"}`,
);
process.exit(within ? 0 : 1);
