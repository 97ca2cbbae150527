#!/usr/bin/env node
// `npm run size`: the gzip size of every emitted file in dist/ and the total
// the first screen needs (what index.html loads before the title appears:
// its scripts, module preloads and stylesheets). Budget: 520 KB gzip.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = "dist";
const BUDGET_KB = 520;
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

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
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

console.log("file".padEnd(48), "raw".padStart(12), "gzip".padStart(12), " first screen");
for (const f of files) {
  console.log(
    f.path.padEnd(48),
    kb(f.raw).padStart(12),
    kb(f.gzip).padStart(12),
    initial.has(f.path) ? " yes" : "",
  );
}
const first = files.filter((f) => initial.has(f.path));
const firstGzip = first.reduce((s, f) => s + f.gzip, 0);
const allGzip = files.reduce((s, f) => s + f.gzip, 0);
console.log(
  `\nfirst screen (initial load): ${kb(first.reduce((s, f) => s + f.raw, 0))} raw, ${kb(firstGzip)} gzip`,
);
console.log(`everything in dist/: ${kb(allGzip)} gzip`);
console.log(
  `budget for the first screen: ${BUDGET_KB} KB gzip: ${firstGzip / 1024 <= BUDGET_KB ? "within" : "OVER"}`,
);
process.exit(firstGzip / 1024 <= BUDGET_KB ? 0 : 1);
