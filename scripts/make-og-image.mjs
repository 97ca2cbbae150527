// Draws the static Open Graph image (assets/og-image.png, 1200 x 630) with code:
// the game's colours, a lab-notebook grid, GPU racks and the title in the 5x7
// pixel font of ./pixel-font.mjs. No third-party assets; PNG written by ./png.mjs.
// Run: node scripts/make-og-image.mjs
import { writeFileSync } from "node:fs";
import { FONT } from "./pixel-font.mjs";
import { encodePng } from "./png.mjs";

const W = 1200;
const H = 630;
const px = Buffer.alloc(W * H * 3);

const hex = (c) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const BG = hex(0x0d1117);
const SURFACE = hex(0x161b22);
const RAISED = hex(0x1f2630);
const LINE = hex(0x30363d);
const TEXT = hex(0xe6edf3);
const DIM = hex(0x8b949e);
const ACCENT = hex(0x56b4e9);
const SERVING = hex(0xe69f00);
const GOOD = hex(0x009e73);

function rect(fx, fy, w, h, [r, g, b]) {
  const x = Math.round(fx);
  const y = Math.round(fy);
  for (let j = Math.max(0, y); j < Math.min(H, y + h); j++) {
    for (let i = Math.max(0, x); i < Math.min(W, x + w); i++) {
      const k = (j * W + i) * 3;
      px[k] = r;
      px[k + 1] = g;
      px[k + 2] = b;
    }
  }
}

function text(str, x, y, scale, colour) {
  let cx = x;
  for (const ch of str) {
    const glyph = FONT[ch] ?? FONT[" "];
    glyph.forEach((row, j) => {
      for (let i = 0; i < 5; i++) {
        if (row[i] === "1") rect(cx + i * scale, y + j * scale, scale, scale, colour);
      }
    });
    cx += 6 * scale;
  }
  return cx - x;
}

const width = (str, scale) => str.length * 6 * scale - scale;

// Background, grid, accent rule.
rect(0, 0, W, H, BG);
for (let x = 0; x < W; x += 30)
  rect(
    x,
    0,
    1,
    H,
    LINE.map((c) => Math.round(c * 0.55 + BG[0] * 0.1)),
  );
for (let y = 0; y < H; y += 30)
  rect(
    0,
    y,
    W,
    1,
    LINE.map((c) => Math.round(c * 0.55 + BG[0] * 0.1)),
  );
rect(0, 0, W, 10, ACCENT);

// GPU racks along the bottom, with status lights in a fixed pattern.
const lights = [ACCENT, ACCENT, GOOD, SERVING];
for (let r = 0; r < 12; r++) {
  const x = 24 + r * 98;
  rect(x, 400, 74, 230, SURFACE);
  rect(x, 400, 74, 1, LINE);
  rect(x, 400, 1, 230, LINE);
  rect(x + 73, 400, 1, 230, LINE);
  for (let slot = 0; slot < 6; slot++) {
    const y = 412 + slot * 36;
    rect(x + 6, y, 62, 28, RAISED);
    for (let led = 0; led < 4; led++) {
      const on = (r * 7 + slot * 3 + led * 5) % 4;
      rect(x + 12 + led * 12, y + 11, 6, 6, on === 0 ? LINE : lights[(r + slot + led) % 4]);
    }
  }
}
// Veil over the racks so the title reads.
for (let j = 380; j < H; j++) {
  for (let i = 0; i < W; i++) {
    const k = (j * W + i) * 3;
    for (let c = 0; c < 3; c++) px[k + c] = Math.round(px[k + c] * 0.55 + BG[c] * 0.45);
  }
}

const title = "IF I TRAINED GPT-4";
text(title, (W - width(title, 10)) / 2, 120, 10, TEXT);
const line1 = "TWO YEARS INSIDE A FRONTIER LAB,";
const line2 = "ONE GPU BUDGET AT A TIME.";
text(line1, (W - width(line1, 4)) / 2, 232, 4, DIM);
text(line2, (W - width(line2, 4)) / 2, 272, 4, DIM);
const tag = "A NARRATIVE MANAGEMENT GAME";
rect((W - width(tag, 3)) / 2 - 16, 330, width(tag, 3) + 32, 40, SURFACE);
text(tag, (W - width(tag, 3)) / 2, 340, 3, ACCENT);

const png = encodePng(W, H, px, 3);
writeFileSync(new URL("../assets/og-image.png", import.meta.url), png);
console.log(`assets/og-image.png: ${W} x ${H}, ${png.length} bytes`);
