// What the browser benchmarks share: one static server for the built game (dist/) and a bare
// Phaser 4 page beside it (at /__bare/), the yardstick every figure is read against: the same
// Phaser (its own minified build from node_modules, the version the game bundles) in a game of
// the same size and settings as src/config.ts. The benchmarks block service workers, so the
// game's worker never answers for the bare page on the same origin.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";

export const barePage = "__bare/";

// The package exports only its entry points; the minified UMD build sits beside them.
const PHASER = join(
  dirname(createRequire(import.meta.url).resolve("phaser/package.json")),
  "dist/phaser.min.js",
);

/**
 * The bare page: what the game's canvas costs with nothing of the game on it. The settings
 * follow src/config.ts's gameConfig with msaa off (software WebGL here): WebGL, 1280 x 720,
 * FIT and centred in a full-window parent, preserveDrawingBuffer, the game's background colour.
 * Its one scene draws a line of text, then says so (`bareReady`, and the mark the title sets).
 */
const BARE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare Phaser</title>
<style>html,body{margin:0;height:100%;background:#0d1117}#stage{position:absolute;inset:0}</style>
</head><body><div id="stage"></div>
<script src="./phaser.min.js"></script>
<script>
class One extends Phaser.Scene {
  create() {
    this.add.text(24, 14, "If I Trained GPT-4", { fontFamily: "system-ui, sans-serif", fontSize: "28px", color: "#e6edf3" });
    performance.mark("title-interactive");
    window.bareReady = true;
  }
}
window.bare = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: document.getElementById("stage"),
  width: 1280,
  height: 720,
  backgroundColor: 0x0d1117,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  render: { preserveDrawingBuffer: true, antialias: true, antialiasGL: false },
  scene: [One],
});
</script></body></html>`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ogg": "audio/ogg",
  ".mp3": "audio/mpeg",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `dist` at / and the bare page at /__bare/ on 127.0.0.1 (a free port); `close()` stops it. */
export async function serveBench(dist = "dist") {
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`No build in ${dist}: run \`npm run build\` first (or set BENCH_DIST).`);
    process.exit(1);
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file;
    if (path === `/${barePage}` || path === `/${barePage}index.html`) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      res.end(BARE_HTML);
      return;
    }
    if (path === `/${barePage}phaser.min.js`) file = PHASER;
    else {
      const inside = normalize(path).replace(/^(\.\.[/\\])+/, "");
      file = join(dist, inside.endsWith("/") ? `${inside}index.html` : inside);
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
