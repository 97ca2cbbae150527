/**
 * The end-state card, drawn from the run's report (game state), never read off
 * the page: an offscreen 1200 x 630 canvas (the Open Graph size) that the
 * Report scene shows as a Phaser texture and "Save image" exports as a PNG.
 */
import { keyMoments, type RunReport, shortMonth } from "../game/report";
import { COLORS, css, FONTS } from "./theme";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

function clip(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** Splits a code into at most `lines` lines of `width` characters (else null). */
function codeLines(code: string, perLine: number, lines: number): string[] | null {
  if (code.length > perLine * lines) return null;
  const out: string[] = [];
  for (let i = 0; i < code.length; i += perLine) out.push(code.slice(i, i + perLine));
  return out;
}

export function drawCard(ctx: CanvasRenderingContext2D, report: RunReport): void {
  const W = CARD_WIDTH;
  const H = CARD_HEIGHT;
  ctx.save();
  ctx.fillStyle = css(COLORS.background);
  ctx.fillRect(0, 0, W, H);
  // A faint lab-notebook grid and the accent rule.
  ctx.strokeStyle = "rgba(48, 54, 61, 0.35)";
  ctx.lineWidth = 1;
  for (let x = 0; x <= W; x += 30) {
    ctx.beginPath();
    ctx.moveTo(x + 0.5, 0);
    ctx.lineTo(x + 0.5, H);
    ctx.stroke();
  }
  for (let y = 0; y <= H; y += 30) {
    ctx.beginPath();
    ctx.moveTo(0, y + 0.5);
    ctx.lineTo(W, y + 0.5);
    ctx.stroke();
  }
  ctx.fillStyle = css(COLORS.accent);
  ctx.fillRect(0, 0, W, 8);
  ctx.textBaseline = "top";

  ctx.fillStyle = css(COLORS.accent);
  ctx.font = `bold 18px ${FONTS.sans}`;
  ctx.fillText("IF I TRAINED GPT-4 · ENDING", 48, 36);
  ctx.fillStyle = css(COLORS.text);
  ctx.font = `bold 50px ${FONTS.sans}`;
  ctx.fillText(clip(ctx, report.title, W - 96), 48, 62);
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `20px ${FONTS.sans}`;
  ctx.fillText(clip(ctx, report.line, W - 96), 48, 124);

  // Headline numbers: two columns of label / value / detail.
  const panel = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = "rgba(22, 27, 34, 0.92)";
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = css(COLORS.line);
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
  };
  panel(36, 168, 524, 372);
  const rows = report.rows;
  const places: Record<string, [number, number]> = {
    capability: [0, 0],
    served: [1, 0],
    cost: [0, 1],
    quality: [0, 2],
    licence: [1, 2],
    bill: [0, 3],
    days: [1, 3],
  };
  rows.forEach((row, i) => {
    const wide = row.key === "cost";
    const [col, line] = places[row.key] ?? [i % 2, Math.floor(i / 2)];
    const x = 60 + col * 250;
    const y = 184 + line * 86;
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `15px ${FONTS.sans}`;
    ctx.fillText(row.label.toUpperCase(), x, y);
    ctx.fillStyle = css(COLORS.text);
    ctx.font = `bold 28px ${FONTS.mono}`;
    ctx.fillText(clip(ctx, row.value, wide ? 476 : 230), x, y + 22);
    if (row.detail) {
      ctx.fillStyle = css(COLORS.textDim);
      ctx.font = `14px ${FONTS.mono}`;
      ctx.fillText(clip(ctx, row.detail, wide ? 476 : 230), x, y + 58);
    }
  });

  // The key choices as a dated timeline.
  panel(580, 168, 584, 372);
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `15px ${FONTS.sans}`;
  ctx.fillText("HOW IT WENT · FROM SEPTEMBER 2021", 600, 184);
  const moments = keyMoments(report.timeline, 9);
  ctx.strokeStyle = css(COLORS.accent);
  ctx.beginPath();
  ctx.moveTo(612.5, 216);
  ctx.lineTo(612.5, 216 + Math.max(0, moments.length - 1) * 35);
  ctx.stroke();
  moments.forEach((m, i) => {
    const y = 212 + i * 35;
    ctx.fillStyle = m.kind === "commit" ? css(COLORS.serving) : css(COLORS.accent);
    ctx.beginPath();
    ctx.arc(612.5, y + 6, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `14px ${FONTS.mono}`;
    ctx.fillText(shortMonth(m.month), 626, y);
    ctx.fillStyle = css(COLORS.text);
    ctx.font = `16px ${FONTS.sans}`;
    ctx.fillText(clip(ctx, m.label, 1148 - 706), 706, y - 1);
  });
  if (moments.length === 0) {
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `16px ${FONTS.sans}`;
    ctx.fillText("No decisions yet.", 626, 212);
  }

  // The share code: the whole code when it fits, else its fingerprint.
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `15px ${FONTS.sans}`;
  ctx.fillText(`SHARE CODE · SEED ${report.seed}`, 48, 554);
  ctx.fillStyle = css(COLORS.accent);
  ctx.font = `13px ${FONTS.mono}`;
  const lines = codeLines(report.code, 132, 3);
  if (lines) {
    lines.forEach((line, i) => {
      ctx.fillText(line, 48, 576 + i * 17);
    });
  } else {
    ctx.fillText(
      clip(
        ctx,
        `${report.code.slice(0, 60)}… (run ${report.codeId}: full code in the link)`,
        W - 96,
      ),
      48,
      578,
    );
  }
  ctx.restore();
}

/** A canvas holding the card (offscreen: never attached to the page). */
export function cardCanvas(report: RunReport): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = CARD_WIDTH;
  canvas.height = CARD_HEIGHT;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw the card (no 2D canvas)");
  drawCard(ctx, report);
  return canvas;
}

export function cardPng(report: RunReport): Promise<Blob> {
  const canvas = cardCanvas(report);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the card could not be encoded"))),
      "image/png",
    );
  });
}

export function cardFileName(report: RunReport): string {
  const ending = report.ending.replace(/[^a-z0-9_]/g, "") || "ending";
  return `if-i-trained-gpt4-${ending}-${report.codeId}.png`;
}
