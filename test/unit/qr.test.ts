import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { runLink } from "../../src/game/router";
import { encodeRun } from "../../src/persist/code";
import { type CardQr, cardQr, drawQr, MIN_MODULE_PX, QUIET_MODULES } from "../../src/ui/qr";

/**
 * A stand-in for the 2D canvas, for drawQr: fillRect paints an RGBA buffer (whole pixels, as
 * drawQr draws), the background as dark as the card's.
 */
function paint(width: number, height: number) {
  const data = new Uint8ClampedArray(width * height * 4);
  const fill = (x: number, y: number, w: number, h: number, rgb: readonly number[]) => {
    for (let row = Math.max(0, y); row < Math.min(height, y + h); row++)
      for (let col = Math.max(0, x); col < Math.min(width, x + w); col++)
        data.set([...rgb, 255], (row * width + col) * 4);
  };
  fill(0, 0, width, height, [13, 17, 23]);
  let colour: readonly number[] = [0, 0, 0];
  const ctx = {
    save() {},
    restore() {},
    set fillStyle(css: string) {
      const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(css);
      if (!hex) throw new Error(`drawQr paints in #rrggbb, not ${css}`);
      colour = hex.slice(1).map((h) => Number.parseInt(h, 16));
    },
    fillRect(x: number, y: number, w: number, h: number) {
      expect([x, y, w, h].every(Number.isInteger)).toBe(true);
      fill(x, y, w, h, colour);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, data };
}

/** The text jsQR reads from a card-sized picture with `qr` drawn at (x, y). */
function read(qr: CardQr, x = 950, y = 400): string | null {
  const { ctx, data } = paint(1200, 630);
  drawQr(ctx, qr, x, y);
  return jsQR(data, 1200, 630)?.data ?? null;
}

const PAGE = { origin: "https://example.org", pathname: "/games/andy/", search: "" };
const GAME = "https://example.org/games/andy/";

describe("the card's QR code", () => {
  it("of a known run link decodes to exactly that link, with its quiet zone, dark on light", () => {
    const link =
      "https://example.org/games/andy/ending/turbo.html#run=2.HMGV31JS1EOR94LAP0P30387ED1LM6GEO40";
    const qr = cardQr(link, GAME, 204);
    if (!qr) throw new Error("no QR code");
    expect(qr.holds).toBe("run");
    // The largest whole-pixel modules in 204 pixels.
    expect(qr.modulePx).toBe(Math.floor(204 / (qr.modules.size + 2 * QUIET_MODULES)));
    expect(qr.modulePx).toBeGreaterThanOrEqual(3);
    expect(qr.side).toBe(qr.modulePx * (qr.modules.size + 2 * QUIET_MODULES));
    expect(read(qr)).toBe(link);
    // The quiet zone is light: every pixel of the square's margin of QUIET_MODULES modules is white.
    const { ctx, data } = paint(1200, 630);
    drawQr(ctx, qr, 950, 400);
    const margin = QUIET_MODULES * qr.modulePx;
    let dark = 0;
    for (let y = 0; y < qr.side; y++)
      for (let x = 0; x < qr.side; x++) {
        const inMargin = x < margin || y < margin || x >= qr.side - margin || y >= qr.side - margin;
        const at = ((400 + y) * 1200 + 950 + x) * 4;
        if (inMargin && (data[at] !== 255 || data[at + 1] !== 255 || data[at + 2] !== 255)) dark++;
      }
    expect(dark).toBe(0);
  });

  it("holds a long run's link at the smallest module size, and the game's address past it", () => {
    // Forty Fleet splits of the month: a code of several hundred characters.
    const decisions = Array.from({ length: 40 }, (_, i) => ({
      kind: "advance" as const,
      allocation: { training: 1000 + 97 * i, serving: 5000 - 13 * i, research: 8 * i },
    }));
    const long = runLink(
      PAGE,
      encodeRun({ seed: 123_456_789, build: "tli5wh", decisions }),
      "busy",
    );
    expect(long.length).toBeGreaterThan(400);
    const small = cardQr(long, GAME, 204);
    expect(small).toMatchObject({ holds: "run", modulePx: MIN_MODULE_PX });
    if (small) expect(read(small)).toBe(long);
    // Far longer (a version 1 code's link, thousands of characters): the game's address instead.
    const old = `${PAGE.origin}${PAGE.pathname}ending/busy.html#run=1.${"N4Ig".repeat(500)}`;
    const game = cardQr(old, GAME, 204);
    expect(game?.holds).toBe("game");
    if (game) expect(read(game)).toBe(GAME);
    // No link yet (a card before it is shown): no QR code.
    expect(cardQr("", "", 204)).toBeNull();
  });
});
