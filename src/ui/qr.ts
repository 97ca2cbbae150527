/**
 * The card's QR code (issue 16): the run link as a QR code, drawn dark on light with its quiet
 * zone into the 1200 x 630 card (src/ui/Card.ts), so a phone pointed at a shared picture opens the
 * run. The matrix is lean-qr's (MIT, about 3.5 kB gzip, in the chunk behind the title with the
 * card), which mixes modes: the link's address in bytes, its version 2 code (capitals and digits,
 * src/persist/pack.ts) in alphanumeric mode at 5.5 bits a character. A link whose code would need
 * modules smaller than MIN_MODULE_PX in the card's corner gives the game's address instead, and
 * the card says so.
 */
import { correction, generate } from "lean-qr";

/** A QR code's modules: `size` x `size`, `get(x, y)` true for a dark one. */
export interface QrModules {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** The light margin around the modules, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_MODULES = 4;
/**
 * The smallest module drawn, in card pixels. Modules are whole pixels: QR readers (jsQR among
 * them) lose the grid when modules alternate between two widths, as 2.5-pixel ones do.
 */
export const MIN_MODULE_PX = 2;

/** The QR code of `text` (lowest error correction that fits, raised where the size allows). */
export function qrModules(text: string): QrModules {
  return generate(text, { minCorrectionLevel: correction.L });
}

/** What the card's corner holds: the run's link, or (too long for it) the game's address. */
export interface CardQr {
  modules: QrModules;
  holds: "run" | "game";
  /** Pixels a module. */
  modulePx: number;
  /** The square's side, quiet zone included: modulePx x (modules + 2 x QUIET_MODULES). */
  side: number;
}

/**
 * The card's QR code in at most `maxSide` pixels, with the largest whole-pixel modules that fit:
 * the run link's when its modules are at least MIN_MODULE_PX there, else the game's address (null
 * when neither fits, or there is no link yet).
 */
export function cardQr(runLink: string, gameLink: string, maxSide: number): CardQr | null {
  const sized = (modules: QrModules, holds: CardQr["holds"]): CardQr | null => {
    const count = modules.size + 2 * QUIET_MODULES;
    const modulePx = Math.floor(maxSide / count);
    return modulePx >= MIN_MODULE_PX ? { modules, holds, modulePx, side: modulePx * count } : null;
  };
  return (
    (runLink ? sized(qrModules(runLink), "run") : null) ??
    (gameLink ? sized(qrModules(gameLink), "game") : null)
  );
}

/** Draws a QR code at (x, y): the light square with its quiet zone, the dark modules on it. */
export function drawQr(ctx: CanvasRenderingContext2D, qr: CardQr, x: number, y: number): void {
  ctx.save();
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(x, y, qr.side, qr.side);
  ctx.fillStyle = "#000000";
  const { modules, modulePx: px } = qr;
  const origin = QUIET_MODULES * px;
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(col, row)) ctx.fillRect(x + origin + col * px, y + origin + row * px, px, px);
  ctx.restore();
}
