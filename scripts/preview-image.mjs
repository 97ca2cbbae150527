// The link-preview pictures (Open Graph, 1200 x 630), drawn with code in one routine: the
// game's colours, a lab-notebook grid, GPU racks along the bottom and centred lines of text in
// the 5x7 pixel font of ./pixel-font.mjs. Two pictures use it: the game's own
// (assets/og-image.png, written by ./make-og-image.mjs) and one per ending (ending/<id>.png,
// drawn at build time by ./ending-pages.ts). No third-party assets; PNG written by ./png.mjs.
import { FONT } from "./pixel-font.mjs";
import { encodePng } from "./png.mjs";

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const W = PREVIEW_WIDTH;
const H = PREVIEW_HEIGHT;

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

/** Where the racks start; text drawn below it sits on the veil and reads less well. */
const RACKS_TOP = 400;
/** The side margin no text line crosses. */
const MARGIN = 48;

/** A glyph's advance is 6 dots (5 drawn, 1 apart), so a line of n characters is 6n - 1 dots. */
const lineWidth = (str, scale) => str.length * 6 * scale - scale;

/** The glyph of each character, or an error naming the ones the font lacks (add them there). */
function glyphs(str) {
  const missing = [...new Set(str)].filter((ch) => !Object.hasOwn(FONT, ch));
  if (missing.length > 0) {
    throw new Error(
      `scripts/pixel-font.mjs has no glyph for ${missing.map((c) => JSON.stringify(c)).join(", ")} (in "${str}")`,
    );
  }
  return [...str].map((ch) => FONT[ch]);
}

/**
 * Draws a preview: the background, grid and racks, then `lines` top to bottom, each
 * `{ text, y, scale, colour: "text" | "dim" | "accent", boxed? }` centred across the picture
 * (`boxed` puts a raised box behind it). Returns the PNG's bytes.
 */
export function drawPreview(lines) {
  const px = Buffer.alloc(W * H * 3);
  const rect = (fx, fy, w, h, [r, g, b]) => {
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
  };
  const text = (str, x, y, scale, colour) => {
    glyphs(str).forEach((glyph, n) => {
      glyph.forEach((row, j) => {
        for (let i = 0; i < 5; i++) {
          if (row[i] === "1") rect(x + (n * 6 + i) * scale, y + j * scale, scale, scale, colour);
        }
      });
    });
  };

  // Background, grid, accent rule.
  rect(0, 0, W, H, BG);
  const grid = LINE.map((c) => Math.round(c * 0.55 + BG[0] * 0.1));
  for (let x = 0; x < W; x += 30) rect(x, 0, 1, H, grid);
  for (let y = 0; y < H; y += 30) rect(0, y, W, 1, grid);
  rect(0, 0, W, 10, ACCENT);

  // GPU racks along the bottom, with status lights in a fixed pattern.
  const lights = [ACCENT, ACCENT, GOOD, SERVING];
  for (let r = 0; r < 12; r++) {
    const x = 24 + r * 98;
    rect(x, RACKS_TOP, 74, H - RACKS_TOP, SURFACE);
    rect(x, RACKS_TOP, 74, 1, LINE);
    rect(x, RACKS_TOP, 1, H - RACKS_TOP, LINE);
    rect(x + 73, RACKS_TOP, 1, H - RACKS_TOP, LINE);
    for (let slot = 0; slot < 6; slot++) {
      const y = RACKS_TOP + 12 + slot * 36;
      rect(x + 6, y, 62, 28, RAISED);
      for (let led = 0; led < 4; led++) {
        const on = (r * 7 + slot * 3 + led * 5) % 4;
        rect(x + 12 + led * 12, y + 11, 6, 6, on === 0 ? LINE : lights[(r + slot + led) % 4]);
      }
    }
  }
  // Veil over the racks so the text above them reads.
  for (let j = RACKS_TOP - 20; j < H; j++) {
    for (let i = 0; i < W; i++) {
      const k = (j * W + i) * 3;
      for (let c = 0; c < 3; c++) px[k + c] = Math.round(px[k + c] * 0.55 + BG[c] * 0.45);
    }
  }

  const colours = { text: TEXT, dim: DIM, accent: ACCENT };
  for (const { text: str, y, scale, colour, boxed } of lines) {
    const w = lineWidth(str, scale);
    if (w > W - 2 * MARGIN) throw new Error(`"${str}" is ${w} px wide at scale ${scale}`);
    const x = (W - w) / 2;
    if (boxed) rect(x - 16, y - 10, w + 32, 7 * scale + 19, SURFACE);
    text(str, x, y, scale, colours[colour]);
  }
  return encodePng(W, H, px, 3);
}

/** The game's own preview (assets/og-image.png): the title, what the game is, what kind. */
export function drawGamePreview() {
  return drawPreview([
    { text: "IF I TRAINED GPT-4", y: 120, scale: 10, colour: "text" },
    { text: "TWO YEARS INSIDE A FRONTIER LAB,", y: 232, scale: 4, colour: "dim" },
    { text: "ONE GPU BUDGET AT A TIME.", y: 272, scale: 4, colour: "dim" },
    { text: "A NARRATIVE MANAGEMENT GAME", y: 340, scale: 3, colour: "accent", boxed: true },
  ]);
}

/**
 * `str` in as few lines as fit `maxWidth` at `scale`, broken between words (a word wider than
 * a line has a line of its own, and drawPreview refuses it).
 */
function wrap(str, scale, maxWidth) {
  const lines = [];
  for (const word of str.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && lineWidth(`${last} ${word}`, scale) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/** The ending's title: on one line as large as fits (12 to 9), else on two from 12 down. */
const TITLE_SCALES = [12, 11, 10, 9, 8, 7, 6];
const ONE_LINE_SMALLEST = 9;

/**
 * An ending's preview (ending/<id>.png): the game's title, then the ending's title large (its
 * capitals at least 9 dots of 7 px, so 31 px tall at the half size a feed shows, 600 x 315),
 * then its line. Text in capitals, as the pixel font has them.
 */
export function drawEndingPreview({ title, line }) {
  const room = W - 2 * MARGIN;
  const upper = title.toUpperCase();
  let titleLines = [upper];
  let scale = TITLE_SCALES.find((s) => s >= ONE_LINE_SMALLEST && lineWidth(upper, s) <= room);
  if (scale === undefined) {
    scale = TITLE_SCALES.find((s) => wrap(upper, s, room).length <= 2) ?? 6;
    titleLines = wrap(upper, scale, room);
  }
  // Top to bottom, each line with the gap above it; the whole stack is centred between the
  // accent rule and the veil over the racks.
  const stack = [
    { text: "IF I TRAINED GPT-4", scale: 6, colour: "accent", gap: 0 },
    ...titleLines.map((text, i) => ({
      text,
      scale,
      colour: "text",
      gap: i === 0 ? 40 : 2 * scale,
    })),
    ...wrap(line.toUpperCase(), 4, room).map((text, i) => ({
      text,
      scale: 4,
      colour: "dim",
      gap: i === 0 ? 40 : 12,
    })),
  ];
  const height = stack.reduce((h, l) => h + l.gap + 7 * l.scale, 0);
  let y = Math.round(10 + (RACKS_TOP - 20 - 10 - height) / 2);
  const out = [];
  for (const { gap, ...l } of stack) {
    y += gap;
    out.push({ ...l, y });
    y += 7 * l.scale;
  }
  return drawPreview(out);
}
