// Draws the app icons (assets/icons/*.png) with code, in the look of the link preview
// (make-og-image.mjs): the game's colours, a GPU rack with its status lights and "GPT-4" in
// the 5x7 pixel font. No third-party assets; PNG written by ./png.mjs. The icons are
// committed like assets/og-image.png, so a fresh checkout builds without running this;
// test/unit/icons.test.ts fails when the committed files differ from what this draws.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { FONT } from "./pixel-font.mjs";
import { encodePng } from "./png.mjs";

const hex = (c) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
// The palette of src/ui/theme.ts (COLORS), as make-og-image.mjs uses it.
export const BG = hex(0x0d1117);
const SURFACE = hex(0x161b22);
const RAISED = hex(0x1f2630);
const LINE = hex(0x30363d);
const TEXT = hex(0xe6edf3);
const ACCENT = hex(0x56b4e9);
const TRAINING = hex(0x0072b2);
const SERVING = hex(0xe69f00);
const GOOD = hex(0x009e73);

/**
 * The icons of the manifest and index.html. `fill` is the share of the side the drawing may
 * take: a maskable icon keeps it inside the central circle of 80% diameter that every mask
 * shows (its square's side is 0.8 / sqrt 2 = 0.566); "any" icons and Apple's (which iOS
 * rounds itself) use more. `round` cuts transparent rounded corners; Apple's icon and the
 * maskable one stay full-bleed squares, since their platforms apply the mask.
 */
export const ICONS = [
  { file: "icon-192.png", size: 192, fill: 0.84, round: true, text: true },
  { file: "icon-512.png", size: 512, fill: 0.84, round: true, text: true },
  { file: "icon-maskable-512.png", size: 512, fill: 0.56, round: false, text: true },
  { file: "apple-touch-icon.png", size: 180, fill: 0.8, round: false, text: true },
  { file: "favicon-32.png", size: 32, fill: 1, round: true, text: false },
];

// The drawing on a grid of GRID x GRID units: a rack of three slots (23 x 18), then "GPT-4"
// (29 x 7).
const GRID = 31;
// Without the text (the favicon), the rack alone on a smaller grid, so it stays legible.
const RACK_GRID = 25;

/** Draws one icon; returns its PNG bytes. */
export function drawIcon({ size, fill, round, text }) {
  const px = Buffer.alloc(size * size * 4);
  const grid = text ? GRID : RACK_GRID;
  // Whole pixels per unit, so every edge lands on a pixel and the pixel font stays crisp.
  const unit = Math.max(1, Math.floor((size * fill) / grid));
  const origin = Math.floor((size - unit * grid) / 2);

  const put = (x, y, [r, g, b], a = 255) => {
    const k = (y * size + x) * 4;
    px[k] = r;
    px[k + 1] = g;
    px[k + 2] = b;
    px[k + 3] = a;
  };
  // A rectangle in grid units.
  const rect = (gx, gy, gw, gh, colour) => {
    const x0 = origin + gx * unit;
    const y0 = origin + gy * unit;
    for (let y = Math.max(0, y0); y < Math.min(size, y0 + gh * unit); y++) {
      for (let x = Math.max(0, x0); x < Math.min(size, x0 + gw * unit); x++) put(x, y, colour);
    }
  };

  // Background, with an accent rule along the top as on the link preview.
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) put(x, y, BG);
  const rule = Math.max(1, Math.round(size / 40));
  for (let y = 0; y < rule; y++) for (let x = 0; x < size; x++) put(x, y, ACCENT);

  // The rack: frame, three slots, four lights and a drive bar per slot.
  const top = text ? 2 : 3;
  const rackW = text ? 23 : 25;
  const left = text ? 4 : 0;
  rect(left, top, rackW, 18, LINE);
  rect(left + 1, top + 1, rackW - 2, 16, SURFACE);
  const lights = [
    [ACCENT, TRAINING, ACCENT, GOOD],
    [SERVING, ACCENT, GOOD, ACCENT],
    [GOOD, SERVING, TRAINING, SERVING],
  ];
  for (let slot = 0; slot < 3; slot++) {
    const y = top + 2 + slot * 5;
    rect(left + 2, y, rackW - 4, 4, RAISED);
    for (let led = 0; led < 4; led++) rect(left + 3 + led * 3, y + 1, 2, 2, lights[slot][led]);
    rect(left + rackW - 8, y + 1, 5, 2, LINE);
  }

  if (text) {
    let cx = 1;
    for (const ch of "GPT-4") {
      FONT[ch].forEach((row, j) => {
        for (let i = 0; i < 5; i++) if (row[i] === "1") rect(cx + i, 23 + j, 1, 1, TEXT);
      });
      cx += 6;
    }
  }

  if (round) cutCorners(px, size, size * 0.18);
  return encodePng(size, size, px, 4);
}

/** Makes the corners outside a rounded square of `radius` transparent, edges antialiased. */
function cutCorners(px, size, radius) {
  const SUB = 4; // 4 x 4 samples a pixel for the edge's coverage
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const fx = x + (sx + 0.5) / SUB;
          const fy = y + (sy + 0.5) / SUB;
          // Distance past the corner's centre, on each axis (0 away from the corners).
          const dx = Math.max(radius - fx, fx - (size - radius), 0);
          const dy = Math.max(radius - fy, fy - (size - radius), 0);
          if (dx * dx + dy * dy <= radius * radius) inside += 1;
        }
      }
      const k = (y * size + x) * 4 + 3;
      px[k] = Math.round((px[k] * inside) / (SUB * SUB));
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = new URL("../assets/icons/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    const png = drawIcon(icon);
    writeFileSync(new URL(icon.file, dir), png);
    console.log(`assets/icons/${icon.file}: ${icon.size} x ${icon.size}, ${png.length} bytes`);
  }
}
