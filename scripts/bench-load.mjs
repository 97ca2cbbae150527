// `npm run bench:load`: how long the built game takes to show an interactive title, beside a bare
// Phaser 4 page loaded the same way, as figures to read (no test asserts them: a busy machine
// would decide whether a test passes).
//
// Both pages are served by one small static server (dist/ for the game; the bare page and
// Phaser's own ES build from node_modules for the other) and opened alternately, each in a fresh
// browser context (an empty cache, no service worker), ROUNDS times. The figure for each load is
// the `title-interactive` performance mark (src/scenes/Title.ts), milliseconds after navigation
// started; the bare page sets the same mark when its one scene has been created. Printed: each
// page's median and the ratio (goal: at most 1.25x the bare page).
import { chromium } from "@playwright/test";
import { barePage, median, serveBench } from "./bench-serve.mjs";
import { CHROMIUM_ARGS, requireChromium } from "./chromium.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const GOAL_RATIO = 1.25;

const server = await serveBench(process.env.BENCH_DIST ?? "dist");
try {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  const game = [];
  const bare = [];
  // One load of each first, not counted: the browser's own start-up costs land there.
  for (let round = -1; round < ROUNDS; round++) {
    for (const [url, into] of [
      [server.url, game],
      [`${server.url}${barePage}`, bare],
    ]) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        locale: "en-US",
        serviceWorkers: "block",
      });
      const page = await context.newPage();
      await page.goto(url);
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const read = () => {
              const mark = performance.getEntriesByName("title-interactive")[0];
              if (mark) resolve(mark.startTime);
              else requestAnimationFrame(read);
            };
            read();
          }),
      );
      if (round >= 0) into.push(ms);
      await context.close();
    }
  }
  await browser.close();
  const g = median(game);
  const b = median(bare);
  console.log(
    `first interactive frame (performance mark "title-interactive"), median of ${ROUNDS}`,
  );
  console.log(`  bare Phaser 4 page   ${b.toFixed(0).padStart(6)} ms`);
  console.log(`  the game's title     ${g.toFixed(0).padStart(6)} ms`);
  console.log(
    `  ratio                ${(g / b).toFixed(2).padStart(6)}x (goal at most ${GOAL_RATIO}x: ${g / b <= GOAL_RATIO ? "met" : "NOT met"})`,
  );
} finally {
  await server.close();
}
