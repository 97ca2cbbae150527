// `npm run bench:browser`: frame rates of the built game in Chromium, as figures to read.
//
// Builds nothing: run `npm run build` first. Serves dist/ with `vite preview` on 127.0.0.1,
// opens the Fleet, Data Mix and Serving Lab with window.andy.openScreen, and prints for each
// the idle frame rate (one second of requestAnimationFrame) and the rate while a slider is
// dragged for about two seconds. No test asserts these numbers: a busy machine would decide
// whether a test passes (DEVELOPERS.md), so speed lives here.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "./chromium.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 4427);
const URL = `http://127.0.0.1:${PORT}/`;
const SCREENS = [
  { screen: "fleet", slider: "fleet.training", to: 0.3 },
  { screen: "data", slider: "data.web.unique", to: 0.95 },
  { screen: "serving", slider: "serving.threshold", to: 0.5 },
];

if (!existsSync("dist/index.html")) {
  console.error("No build in dist/: run `npm run build` first.");
  process.exit(1);
}

const server = spawn(
  "npx",
  ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"],
  { stdio: "ignore" },
);
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  console.log(`frame rates on ${URL} (software WebGL with --disable-gpu)`);
  for (const { screen, slider, to } of SCREENS) {
    await page.goto(URL);
    await page.waitForFunction(() => window.andy?.screen === "title", null, { timeout: 60_000 });
    await page.evaluate((s) => window.andy.openScreen(s, 1), screen);
    await page.waitForFunction((s) => window.andy.screen === s, screen, { timeout: 30_000 });
    const idle = await rafRate(page, 1000);
    const drag = await dragRate(page, slider, to);
    console.log(
      `${screen.padEnd(8)} idle ${idle.toFixed(1)} fps · dragging ${drag.toFixed(1)} fps`,
    );
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer on ${URL}`);
}

/** Frames drawn per second over `ms` of requestAnimationFrame. */
function rafRate(page, ms) {
  return page.evaluate(
    (span) =>
      new Promise((resolve) => {
        const t = [];
        const loop = (now) => {
          t.push(now);
          if (now - t[0] < span) requestAnimationFrame(loop);
          else resolve((t.length - 1) / ((now - t[0]) / 1000));
        };
        requestAnimationFrame(loop);
      }),
    ms,
  );
}

/** Drags a slider out to the far end and back for about two seconds; frames per second meanwhile. */
async function dragRate(page, id, toShare) {
  const c = (await page.evaluate(() => window.andy.controls())).find((x) => x.id === id);
  if (!c) throw new Error(`no control ${id}`);
  const share = ((c.value ?? 0) - (c.min ?? 0)) / ((c.max ?? 1) - (c.min ?? 0));
  const y = c.bounds.y + c.bounds.height / 2;
  const from = c.bounds.x + c.bounds.width * share;
  const far = c.bounds.x + c.bounds.width * (toShare > share ? 0.98 : 0.02);
  const to = c.bounds.x + c.bounds.width * toShare;
  await page.mouse.move(from, y);
  await page.mouse.down();
  const rate = rafRate(page, 2000);
  const start = Date.now();
  while (Date.now() - start < 2000) {
    const t = (Date.now() - start) / 2000;
    const x = t < 0.5 ? from + (far - from) * (t * 2) : far + (to - far) * ((t - 0.5) * 2);
    await page.mouse.move(x, y);
  }
  const fps = await rate;
  await page.mouse.up();
  return fps;
}
