// Writes the game's link-preview image, assets/og-image.png (1200 x 630), drawn by
// ./preview-image.mjs, the routine the build also draws each ending's preview with
// (scripts/ending-pages.ts). Committed, so a fresh checkout builds without running this;
// test/unit/ending-pages.test.ts fails when the committed file differs from what this draws.
// Run: node scripts/make-og-image.mjs
import { writeFileSync } from "node:fs";
import { drawGamePreview, PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-image.mjs";

const png = drawGamePreview();
writeFileSync(new URL("../assets/og-image.png", import.meta.url), png);
console.log(`assets/og-image.png: ${PREVIEW_WIDTH} x ${PREVIEW_HEIGHT}, ${png.length} bytes`);
