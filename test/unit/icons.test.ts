import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { drawIcon, ICONS } from "../../scripts/make-icons.mjs";
import { COLORS } from "../../src/ui/theme";

/** Decodes the PNGs our writer makes (8-bit RGBA, one IDAT, filter "none"). */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}

const committed = (file: string) =>
  readFileSync(new URL(`../../assets/icons/${file}`, import.meta.url));

describe("app icons (scripts/make-icons.mjs)", () => {
  it("lists the sizes the manifest and index.html ask for", () => {
    expect(ICONS.map((i) => [i.file, i.size])).toEqual([
      ["icon-192.png", 192],
      ["icon-512.png", 512],
      ["icon-maskable-512.png", 512],
      ["apple-touch-icon.png", 180],
      ["favicon-32.png", 32],
    ]);
  });

  for (const icon of ICONS) {
    it(`${icon.file} is committed as the script draws it, ${icon.size} px square`, () => {
      const file = committed(icon.file);
      // Rerun `node scripts/make-icons.mjs` after changing the drawing.
      expect(file.equals(drawIcon(icon))).toBe(true);
      const { width, height } = decode(file);
      expect([width, height]).toEqual([icon.size, icon.size]);
    });
  }

  it("paints the game's background colour (src/ui/theme.ts) at the centre of every icon's edge", () => {
    const bg = [
      (COLORS.background >> 16) & 255,
      (COLORS.background >> 8) & 255,
      COLORS.background & 255,
    ];
    for (const icon of ICONS) {
      const { width, rgba } = decode(committed(icon.file));
      // Middle of the left edge: the drawing never reaches the first column.
      const k = (Math.floor(width / 2) * width + 0) * 4;
      expect([...rgba.subarray(k, k + 3)], icon.file).toEqual(bg);
    }
  });

  it("cuts transparent corners on the 'any' icons only; Apple's and the maskable stay opaque", () => {
    for (const icon of ICONS) {
      const { width, rgba } = decode(committed(icon.file));
      const cornerAlpha = rgba[3];
      const centreAlpha = rgba[(Math.floor(width / 2) * width + Math.floor(width / 2)) * 4 + 3];
      expect(centreAlpha, icon.file).toBe(255);
      expect(cornerAlpha, icon.file).toBe(icon.round ? 0 : 255);
      if (!icon.round) {
        let seeThrough = 0;
        for (let k = 3; k < rgba.length; k += 4) if (rgba[k] !== 255) seeThrough += 1;
        expect(seeThrough, icon.file).toBe(0);
      }
    }
  });

  it("keeps the maskable icon's drawing inside the safe zone, a centred circle of 40% radius", () => {
    const { width, rgba } = decode(committed("icon-maskable-512.png"));
    const bg = [13, 17, 23]; // #0d1117
    const accent = [0x56, 0xb4, 0xe9];
    const safe = 0.4 * width; // 204.8 px (W3C "maskable" icons: the minimum safe zone)
    let drawn = 0;
    const outside: string[] = [];
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        const k = (y * width + x) * 4;
        const rgb = [rgba[k], rgba[k + 1], rgba[k + 2]];
        if (rgb.every((c, i) => c === bg[i])) continue;
        // The accent rule along the top edge is decoration that a mask may cut.
        if (y < 16 && rgb.every((c, i) => c === accent[i])) continue;
        drawn += 1;
        const r = Math.hypot(x + 0.5 - width / 2, y + 0.5 - width / 2);
        if (r > safe) outside.push(`${x},${y}`);
      }
    }
    expect(outside.slice(0, 5)).toEqual([]);
    // The rack and the title are there: thousands of pixels, not an empty square.
    expect(drawn).toBeGreaterThan(10_000);
  });
});
