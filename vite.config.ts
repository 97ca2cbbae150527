import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { endingPagesPlugin } from "./scripts/ending-pages.ts";
import { installablePlugins } from "./scripts/installable.ts";
import { inkPlugin } from "./scripts/vite-plugin-ink.ts";
import { soundsPlugin } from "./scripts/vite-plugin-sounds.ts";

export default defineConfig({
  // Relative asset paths: the built site runs from any folder or static host.
  base: "./",
  publicDir: "assets",
  plugins: [
    inkPlugin(),
    // Music and cues synthesised and encoded at build time: see scripts/vite-plugin-sounds.ts.
    soundsPlugin(),
    // Manifest, service worker, absolute link previews (SITE_URL): see scripts/installable.ts.
    ...installablePlugins(),
    // dist/ending/<id>.html and its picture: a run link's preview shows its ending.
    endingPagesPlugin(),
  ],
  server: { host: "127.0.0.1" },
  build: {
    target: "es2022",
    outDir: "dist",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is big and changes rarely: its own chunk caches across releases.
        codeSplitting: {
          groups: [{ name: "phaser", test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    environment: "node",
    testTimeout: 60_000,
    // One test file per core: left to itself, vitest 4.1 ran the files one after another on a
    // two-core machine (95 s against 53 s), the story tests being pure CPU.
    maxWorkers: availableParallelism(),
  },
});
