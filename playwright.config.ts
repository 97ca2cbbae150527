import { availableParallelism } from "node:os";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "./scripts/chromium.mjs";

const PORT = Number(process.env.TEST_PORT ?? 4317);

// The browser tests run against the production build (npm test builds it first),
// served locally by `vite preview`, in Debian's Chromium.
export default defineConfig({
  testDir: "test/browser",
  outputDir: "test-results/artifacts",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // A browser per core (up to four), each taking the next test, whatever its file: by whole files
  // the last of them ran on one core while the other stood idle (251 s against 210 s for the suite
  // on two cores, December 2026). Each test opens its own context, so none depends on another's
  // order. Much of a browser test is waiting on a round trip to the page or for its next frame,
  // so two browsers on two cores finish sooner than one.
  fullyParallel: true,
  workers: Math.max(1, Math.min(4, availableParallelism())),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/browser.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    viewport: { width: 1280, height: 720 },
    // The page opens in the browser's language (src/main.ts): every test's browser speaks
    // English unless it asks otherwise (language.spec.ts opens one set to Chinese).
    locale: "en-US",
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    // Traces only when asked (PW_TRACE=1): a trace records a DOM snapshot around every action of
    // every test, passed or not, and that cost the suite a fifth of its time (December 2026). Then
    // it keeps actions and DOM snapshots for a failed test, but no screencast: recording a frame
    // of the canvas every frame costs the page a third of its frame rate. A failed test always
    // saves its screenshot.
    trace: process.env.PW_TRACE ? { mode: "retain-on-failure", screenshots: false } : "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
