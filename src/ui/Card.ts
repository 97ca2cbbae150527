/**
 * The end-state card, drawn from the run's report (game state), never read off
 * the page: an offscreen 1200 x 630 canvas (the Open Graph size) that the
 * Report scene shows as a Phaser texture and "Save image" exports as a PNG.
 */
import { type FleetMonth, gameUrl, type RunReport } from "../game/report";
import { uiText as t } from "../i18n/messages/ui";
import { formatShortMonth } from "../i18n/numbers";
import type { Rect } from "./controls";
import { cardQr, drawQr } from "./qr";
import { COLORS, css, FONTS } from "./theme";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The most the QR code's square may take, quiet zone included, bottom right (src/ui/qr.ts). */
const QR_SIDE = 204;

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

/**
 * A label cut to `width`: whole when it fits, else its headline, the words before its first
 * colon (a choice reads "Back the conservative plan: one run, no heroics"), else clipped.
 */
function headline(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const head = /^(.+?)\s*[:：]/.exec(text)?.[1];
  return clip(ctx, head ?? text, width);
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
  // The run link's QR code, bottom right, cut into the decisions' panel: text that reaches its
  // rows ends before it (`lineEnd`).
  const qr = cardQr(report.link, gameUrl(report.link), QR_SIDE);
  const qrX = W - 36 - (qr?.side ?? 0);
  const qrY = H - 14 - (qr?.side ?? 0);
  const cut = { left: qrX - 8, top: qrY - 8 };
  const lineEnd = (y: number, end: number) =>
    qr && y + 22 > cut.top ? Math.min(end, cut.left - 16) : end;

  ctx.fillStyle = css(COLORS.accent);
  ctx.font = `bold 18px ${FONTS.sans}`;
  ctx.fillText(t("cardHeading"), 48, 36);
  ctx.fillStyle = css(COLORS.text);
  ctx.font = `bold 50px ${FONTS.sans}`;
  const title = clip(ctx, report.title, W - 96);
  ctx.fillText(title, 48, 62);
  // The verdict against the yardstick, right of the title where it fits (read at thumbnail
  // size), else at the end of the heading row.
  const titleWidth = ctx.measureText(title).width;
  ctx.font = `bold 24px ${FONTS.sans}`;
  const beside = 48 + titleWidth + 40 + ctx.measureText(report.verdict).width <= W - 48;
  if (!beside) ctx.font = `bold 18px ${FONTS.sans}`;
  const verdict = clip(ctx, report.verdict, beside ? W - 136 - titleWidth : W - 420);
  ctx.fillStyle = css(COLORS.accent);
  ctx.fillText(verdict, W - 48 - ctx.measureText(verdict).width, beside ? 76 : 36);
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `20px ${FONTS.sans}`;
  ctx.fillText(clip(ctx, report.line, W - 96), 48, 120);
  // What was built: the model in one line (modelSpec).
  ctx.fillStyle = css(COLORS.accent);
  ctx.font = `16px ${FONTS.mono}`;
  ctx.fillText(clip(ctx, report.model, W - 96), 48, 146);

  // Headline numbers: two columns of label / value / detail.
  const panel = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = "rgba(22, 27, 34, 0.92)";
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = css(COLORS.line);
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
  };
  panel(36, 168, 480, 372);
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
  // Each line's top: the cost's line has a detail below its value, the others none.
  const lineTops = [184, 254, 340, 410];
  rows.forEach((row, i) => {
    const wide = row.key === "cost";
    const [col, line] = places[row.key] ?? [i % 2, Math.floor(i / 2)];
    const x = 60 + col * 230;
    const y = lineTops[line] ?? 184 + line * 76;
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `15px ${FONTS.sans}`;
    ctx.fillText(row.label.toUpperCase(), x, y);
    ctx.fillStyle = css(COLORS.text);
    ctx.font = `bold 28px ${FONTS.mono}`;
    ctx.fillText(clip(ctx, row.value, wide ? 432 : 214), x, y + 22);
    if (row.detail) {
      ctx.fillStyle = css(COLORS.textDim);
      ctx.font = `14px ${FONTS.mono}`;
      ctx.fillText(clip(ctx, row.detail, wide ? 432 : 214), x, y + 58);
    }
  });

  // The picture of the run: its fleet, month by month.
  drawFleetStrip(ctx, report.fleet, { x: 60, y: 472, width: 432, height: 56 });

  // The decisions that moved the outcome most, each with what the run would have ended with
  // without it: large enough to read on a 600 x 315 thumbnail.
  panel(532, 168, 632, 372);
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `bold 16px ${FONTS.sans}`;
  ctx.fillText(t("cardDecisive"), 552, 182);
  const decisions = report.decisions ?? [];
  decisions.slice(0, 5).forEach((d, i) => {
    const y = 212 + i * 64;
    ctx.fillStyle = d.kind === "commit" ? css(COLORS.serving) : css(COLORS.accent);
    ctx.beginPath();
    ctx.arc(558.5, y + 11, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `14px ${FONTS.mono}`;
    const month = formatShortMonth(d.month);
    const monthWidth = ctx.measureText(month).width;
    const labelEnd = lineEnd(y, 1148);
    ctx.fillText(month, labelEnd - monthWidth, y + 5);
    ctx.fillStyle = css(COLORS.text);
    ctx.font = `bold 21px ${FONTS.sans}`;
    ctx.fillText(headline(ctx, d.label, labelEnd - 12 - monthWidth - 574), 574, y);
    ctx.fillStyle = css(COLORS.accent);
    ctx.font = `19px ${FONTS.sans}`;
    ctx.fillText(clip(ctx, d.effect, lineEnd(y + 28, 1148) - 574), 574, y + 28);
  });
  if (decisions.length === 0) {
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `19px ${FONTS.sans}`;
    const words = report.decisions === null ? t("cardWeighing") : t("cardNoDecisive");
    wrapLines(ctx, words, lineEnd(266, 1148) - 552, 3).forEach((line, i) => {
      ctx.fillText(line, 552, 214 + i * 26);
    });
  }

  // Where to play it, so a screenshot leads somewhere, and beside the QR code what it opens.
  const right = lineEnd(550, W - 48);
  let scanLeft = right;
  if (qr) {
    ctx.fillStyle = css(COLORS.background);
    ctx.fillRect(cut.left, cut.top, W - cut.left, H - cut.top);
    drawQr(ctx, qr, qrX, qrY);
    ctx.fillStyle = css(COLORS.textDim);
    ctx.font = `15px ${FONTS.sans}`;
    const scan = clip(ctx, t(qr.holds === "run" ? "cardScanRun" : "cardScanGame"), right - 580);
    scanLeft = right - ctx.measureText(scan).width;
    ctx.fillText(scan, scanLeft, 553);
  }
  if (report.address) {
    ctx.fillStyle = css(COLORS.accent);
    ctx.font = `bold 18px ${FONTS.sans}`;
    const playAt = clip(ctx, t("cardPlayAt", { address: report.address }), scanLeft - 24 - 48);
    ctx.fillText(playAt, 48, 550);
  }
  // The seed and the share code: the whole code when it fits the line, else its start and its
  // fingerprint (the link and the QR code carry it whole).
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `15px ${FONTS.sans}`;
  const label = t("cardShareCode", { seed: String(report.seed) });
  ctx.fillText(label, 48, 580);
  const codeX = 48 + ctx.measureText(label).width + 12;
  const codeWidth = lineEnd(580, W - 48) - codeX;
  ctx.fillStyle = css(COLORS.accent);
  ctx.font = `13px ${FONTS.mono}`;
  const code =
    ctx.measureText(report.code).width <= codeWidth
      ? report.code
      : clip(
          ctx,
          t("cardCodeCut", { start: report.code.slice(0, 40), id: report.codeId }),
          codeWidth,
        );
  ctx.fillText(code, codeX, 582);
  ctx.restore();
}

/** The three pools of the fleet, bottom to top in each month's bar, in the screens' colours. */
const POOLS = [
  { key: "trainingGpus", colour: () => COLORS.training, label: "cardFleetTraining" },
  { key: "servingGpus", colour: () => COLORS.serving, label: "cardFleetServing" },
  { key: "researchGpus", colour: () => COLORS.research, label: "cardFleetResearch" },
] as const;

export type FleetPool = (typeof POOLS)[number]["key"];

/**
 * The card's picture of the run, as rectangles: a bar per month, as tall as the fleet that month
 * against the largest month's (the H100s arriving show as growth), split bottom to top into
 * training, serving and research GPUs. Bars are whole pixels wide with a 2 px gap, from the box's
 * left; the strip is as wide as whole bars make it.
 */
export function fleetBars(fleet: readonly FleetMonth[], box: Rect): (Rect & { pool: FleetPool })[] {
  const gap = 2;
  const step = Math.floor((box.width + gap) / Math.max(1, fleet.length));
  const barWidth = Math.max(1, step - gap);
  const most = Math.max(0, ...fleet.map((m) => m.trainingGpus + m.servingGpus + m.researchGpus));
  if (most <= 0) return [];
  const bars: (Rect & { pool: FleetPool })[] = [];
  for (const [i, month] of fleet.entries()) {
    let bottom = box.y + box.height;
    for (const { key } of POOLS) {
      const height = (month[key] / most) * box.height;
      if (height <= 0) continue;
      bars.push({ pool: key, x: box.x + i * step, y: bottom - height, width: barWidth, height });
      bottom -= height;
    }
  }
  return bars;
}

/** The fleet strip (fleetBars), with its caption and a legend on the line above it. */
function drawFleetStrip(ctx: CanvasRenderingContext2D, fleet: readonly FleetMonth[], box: Rect) {
  if (fleet.length === 0) return;
  // The legend, right-aligned: a square of each pool's colour before its name.
  ctx.font = `13px ${FONTS.sans}`;
  let x = box.x + box.width;
  for (const pool of [...POOLS].reverse()) {
    const name = t(pool.label);
    x -= ctx.measureText(name).width;
    ctx.fillStyle = css(COLORS.textDim);
    ctx.fillText(name, x, box.y);
    x -= 14;
    ctx.fillStyle = css(pool.colour());
    ctx.fillRect(x, box.y + 2, 10, 10);
    x -= 14;
  }
  // The caption, before the legend.
  ctx.fillStyle = css(COLORS.textDim);
  ctx.font = `bold 13px ${FONTS.sans}`;
  ctx.fillText(clip(ctx, t("cardFleet"), x - 4 - box.x), box.x, box.y);
  const colours = new Map(POOLS.map((p) => [p.key, p.colour()]));
  for (const bar of fleetBars(fleet, { ...box, y: box.y + 20, height: box.height - 20 })) {
    ctx.fillStyle = css(colours.get(bar.pool) ?? COLORS.line);
    ctx.fillRect(bar.x, bar.y, bar.width, bar.height);
  }
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

/**
 * The card laid out for a small screen, drawn for the Report scene only (the exported image stays
 * the 1200 x 630 one above): the ending, then the numbers and the decisions that moved it most,
 * stacked on a phone, side by side on a wide screen. "narrow" (phone portrait) ends with the
 * share code; "wide" (a zoomed landscape window) names the seed at the top. No text is drawn under
 * `small` pixels: at the scene's scale that is the smallest size a player can read there.
 */
export interface SmallCardOptions {
  kind: "narrow" | "wide";
  width: number;
  /** Smallest font size (game px). */
  small: number;
  /** The most decisions to list (fewer when the screen is short). */
  decisions: number;
}

/** Breaks text into at most `max` lines of `width` px (the last one clipped with "…"). */
function wrapLines(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  max: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === max - 1) {
      lines.push(clip(ctx, `${line} ${words.slice(i).join(" ")}`, width));
      return lines;
    }
    lines.push(clip(ctx, line, width));
    line = word;
  }
  if (line) lines.push(clip(ctx, line, width));
  return lines;
}

/** Draws the small card from y = 0 and returns the height it used. */
export function drawSmallCard(
  ctx: CanvasRenderingContext2D,
  report: RunReport,
  options: SmallCardOptions,
): number {
  const { width: W, small, kind } = options;
  const pad = 16;
  const inner = W - 2 * pad;
  ctx.save();
  ctx.textBaseline = "top";
  const text = (value: string, x: number, y: number, font: string, color: number) => {
    ctx.font = font;
    ctx.fillStyle = css(color);
    ctx.fillText(value, x, y);
  };
  const sans = (size: number, bold = false) => `${bold ? "bold " : ""}${size}px ${FONTS.sans}`;
  const mono = (size: number, bold = false) => `${bold ? "bold " : ""}${size}px ${FONTS.mono}`;
  const lineGap = Math.round(small * 1.35);

  // The ending.
  let y = 16;
  const heading =
    kind === "wide" ? t("cardHeadingSeed", { seed: String(report.seed) }) : t("cardHeading");
  ctx.font = sans(small, true);
  text(clip(ctx, heading, inner), pad, y, sans(small, true), COLORS.accent);
  y += lineGap + 4;
  const titleSize = kind === "wide" ? 28 : 30;
  ctx.font = sans(titleSize, true);
  for (const line of wrapLines(ctx, report.title, inner, kind === "wide" ? 1 : 2)) {
    text(line, pad, y, sans(titleSize, true), COLORS.text);
    y += titleSize + 6;
  }
  ctx.font = sans(small + 2, true);
  for (const line of wrapLines(ctx, report.verdict, inner, 2)) {
    text(line, pad, y, sans(small + 2, true), COLORS.accent);
    y += lineGap + 2;
  }
  ctx.font = sans(small + 1);
  for (const line of wrapLines(ctx, report.line, inner, kind === "wide" ? 2 : 4)) {
    text(line, pad, y, sans(small + 1), COLORS.textDim);
    y += lineGap + 1;
  }
  y += 6;
  ctx.font = mono(small);
  for (const line of wrapLines(ctx, report.model, inner, 2)) {
    text(line, pad, y, mono(small), COLORS.accent);
    y += lineGap;
  }
  y += 8;

  // The numbers, two to a row (the cost, with its long detail, takes a whole row): across the
  // card on a phone, in its left half on a wide screen, the decisions in the right half.
  const wide = kind === "wide";
  const numbersWidth = wide ? Math.floor((inner - 24) / 2) : inner;
  const cellWidth = (numbersWidth - 16) / 2;
  const valueSize = wide ? 22 : 24;
  const top = y;
  let col = 0;
  let rowHeight = 0;
  const endRow = () => {
    if (col > 0) y += rowHeight + 8;
    col = 0;
    rowHeight = 0;
  };
  // The big card's reading order: capability and demand served, the cost, the rest in pairs.
  const order = ["capability", "served", "cost", "quality", "licence", "bill", "days"];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const rows = [...report.rows].sort((a, b) => rank(a.key) - rank(b.key));
  for (const row of rows) {
    // The cost, with its long detail, takes two places.
    const span = row.key === "cost" ? 2 : 1;
    if (col + span > 2) endRow();
    const x = pad + col * (cellWidth + 16);
    const w = span * cellWidth + (span - 1) * 16;
    ctx.font = sans(small);
    text(clip(ctx, row.label.toUpperCase(), w), x, y, sans(small), COLORS.textDim);
    ctx.font = mono(valueSize, true);
    text(clip(ctx, row.value, w), x, y + lineGap, mono(valueSize, true), COLORS.text);
    let h = lineGap + valueSize + 4;
    if (row.detail) {
      ctx.font = mono(small);
      for (const line of wrapLines(ctx, row.detail, w, 3)) {
        text(line, x, y + h, mono(small), COLORS.textDim);
        h += lineGap;
      }
    }
    rowHeight = Math.max(rowHeight, h);
    col += span;
    if (col >= 2) endRow();
  }
  endRow();
  const numbersEnd = y;

  // The decisions that moved the outcome most, each with what it would have been without it.
  const left = wide ? pad + numbersWidth + 24 : pad;
  const width = wide ? inner - numbersWidth - 24 : inner;
  y = wide ? top : y + 6;
  ctx.font = sans(small, true);
  text(clip(ctx, t("cardDecisive"), width), left, y, sans(small, true), COLORS.textDim);
  y += lineGap + 6;
  ctx.font = mono(small);
  // A sample month in the page's month format (monospace: every month is as wide). On a phone
  // the month leads and the label wraps beside it; the wide card's half has no room for months:
  // its label takes one line (its headline when it is long).
  const monthWidth = ctx.measureText(formatShortMonth("2021-09")).width + 10;
  const labelX = wide ? left + 18 : left + 18 + monthWidth;
  const decisions = (report.decisions ?? []).slice(0, options.decisions);
  for (const d of decisions) {
    ctx.fillStyle = d.kind === "commit" ? css(COLORS.serving) : css(COLORS.accent);
    ctx.beginPath();
    ctx.arc(left + 5.5, y + small / 2 + 1, 5, 0, Math.PI * 2);
    ctx.fill();
    if (!wide) text(formatShortMonth(d.month), left + 18, y + 1, mono(small), COLORS.textDim);
    ctx.font = sans(small + 1, true);
    const labels = wide
      ? [headline(ctx, d.label, left + width - labelX)]
      : wrapLines(ctx, d.label, left + width - labelX, 2);
    for (const line of labels) {
      text(line, labelX, y, sans(small + 1, true), COLORS.text);
      y += lineGap + 1;
    }
    ctx.font = sans(small);
    for (const line of wrapLines(ctx, d.effect, left + width - labelX, 2)) {
      text(line, labelX, y, sans(small), COLORS.accent);
      y += lineGap;
    }
    y += 8;
  }
  if (decisions.length === 0) {
    ctx.font = sans(small);
    const words = report.decisions === null ? t("cardWeighing") : t("cardNoDecisive");
    for (const line of wrapLines(ctx, words, width, 3)) {
      text(line, left, y, sans(small), COLORS.textDim);
      y += lineGap;
    }
    y += 8;
  }
  y = Math.max(y, numbersEnd);
  // The share code's start and its fingerprint (the whole code travels in the link).
  if (kind === "narrow") {
    y += 6;
    ctx.font = sans(small);
    text(t("cardShareCode", { seed: String(report.seed) }), pad, y, sans(small), COLORS.textDim);
    y += lineGap + 2;
    ctx.font = mono(small);
    text(
      clip(
        ctx,
        t("cardCodeCutShort", { start: report.code.slice(0, 24), id: report.codeId }),
        inner,
      ),
      pad,
      y,
      mono(small),
      COLORS.accent,
    );
    y += lineGap;
  }
  ctx.restore();
  return Math.ceil(y + 12);
}

/** A canvas holding the small card, as tall as it needs (offscreen). */
export function smallCardCanvas(report: RunReport, options: SmallCardOptions): HTMLCanvasElement {
  const scratch = document.createElement("canvas").getContext("2d");
  if (!scratch) throw new Error("this browser cannot draw the card (no 2D canvas)");
  const height = drawSmallCard(scratch, report, options);
  const canvas = document.createElement("canvas");
  canvas.width = options.width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw the card (no 2D canvas)");
  ctx.fillStyle = css(COLORS.background);
  ctx.fillRect(0, 0, options.width, height);
  ctx.strokeStyle = css(COLORS.line);
  ctx.strokeRect(0.5, 0.5, options.width - 1, height - 1);
  ctx.fillStyle = css(COLORS.accent);
  ctx.fillRect(0, 0, options.width, 6);
  drawSmallCard(ctx, report, options);
  return canvas;
}
