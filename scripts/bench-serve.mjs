// What the browser benchmarks share: one static server for the built game (dist/) and a bare
// Phaser 4 page beside it, the yardstick every figure is read against. The bare page runs the
// same Phaser (its own ES build from node_modules, the same version the game bundles), in a game
// of the same size and settings as src/config.ts (WebGL, FIT, no audio, the drawing buffer kept,
// multisampling off as the game turns it off on software WebGL), with one scene that draws a
// line of text and sets the `title-interactive` mark the game's title sets.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

export const barePage = "__bare/";

const BARE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare Phaser 4</title>
<style>html,body{margin:0;height:100%;background:#0b0f17}#stage{width:100%;height:100%}</style>
</head><body><div id="stage"></div>
<script type="module">
import Phaser from "./phaser.esm.min.js";
class Bare extends Phaser.Scene {
  constructor() { super("Bare"); }
  create() {
    this.add.text(640, 360, "bare Phaser 4", { fontFamily: "sans-serif", fontSize: "48px", color: "#e6edf3" }).setOrigin(0.5);
    performance.mark("title-interactive");
  }
}
window.bare = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: "stage",
  width: 1280,
  height: 720,
  backgroundColor: 0x0b0f17,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  render: { preserveDrawingBuffer: true, antialias: true, antialiasGL: false },
  scene: [Bare],
});
</script></body></html>`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ogg": "audio/ogg",
  ".mp3": "audio/mpeg",
};

/** Serves `dist` at / and the bare page at /__bare/ on 127.0.0.1 (a free port); `close()` stops it. */
export async function serveBench(dist = "dist") {
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`No build in ${dist}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  const phaser = join("node_modules", "phaser", "dist", "phaser.esm.min.js");
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file;
    if (path === `/${barePage}` || path === `/${barePage}index.html`) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      res.end(BARE_HTML);
      return;
    }
    if (path === `/${barePage}phaser.esm.min.js`) file = phaser;
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
