import Phaser from "phaser";
import { uiText as t } from "../i18n/messages/ui";
import { COLORS, css, recolor, TEXT } from "./theme";

export interface Series {
  name: string;
  color: number;
  points: ReadonlyArray<{ x: number; y: number }>;
  /** Dashed lines tell series apart without colour (colour-blind safe). */
  dashed?: boolean;
}

export interface ChartData {
  series: readonly Series[];
  /** A vertical marker, e.g. the current threshold or this month. */
  marker?: { x: number; label: string };
  /** Axis ranges; default to the data's extent (y from 0). */
  xRange?: [number, number];
  yRange?: [number, number];
  /** Start the y axis at 0 (default) or fit it to the data. */
  yFromZero?: boolean;
  formatX?: (x: number) => string;
  formatY?: (y: number) => string;
  /** Shown in the middle when there is nothing to plot. */
  empty?: string;
}

export interface ChartOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  xLabel: string;
}

const PAD_LEFT = 64;
const PAD_BOTTOM = 34;
const PAD_TOP = 34;
/** Rows a chart's table keeps: enough to read the shape, few enough to listen to. */
const TABLE_ROWS = 24;

/**
 * A small line chart drawn with Phaser graphics: a few series (Okabe-Ito colours plus dashes),
 * min/max ticks, an optional marker and a legend. `setData` redraws it cheaply every frame.
 */
export class Chart extends Phaser.GameObjects.Container {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly opts: ChartOptions;
  private readonly ticks: Phaser.GameObjects.Text[];
  private readonly legend: Phaser.GameObjects.Text;
  private readonly note: Phaser.GameObjects.Text;
  private plotted: ChartData | null = null;

  constructor(scene: Phaser.Scene, options: ChartOptions) {
    super(scene, options.x, options.y);
    this.opts = options;
    this.g = scene.add.graphics();
    const small = { ...TEXT.label(), fontSize: "12px" };
    const title = scene.add.text(0, 0, options.title, {
      ...TEXT.label(),
      color: css(COLORS.text),
      fontStyle: "bold",
    });
    const xLabel = scene.add
      .text(PAD_LEFT + (options.width - PAD_LEFT) / 2, options.height - 14, options.xLabel, small)
      .setOrigin(0.5, 0);
    // y max, y min, x min, x max, marker
    this.ticks = [
      scene.add.text(PAD_LEFT - 6, PAD_TOP, "", small).setOrigin(1, 0),
      scene.add.text(PAD_LEFT - 6, options.height - PAD_BOTTOM, "", small).setOrigin(1, 1),
      scene.add.text(PAD_LEFT, options.height - PAD_BOTTOM + 3, "", small),
      scene.add.text(options.width, options.height - PAD_BOTTOM + 3, "", small).setOrigin(1, 0),
      scene.add.text(0, PAD_TOP + 2, "", { ...small, color: css(COLORS.text) }).setOrigin(0.5, 0),
    ];
    this.legend = scene.add.text(PAD_LEFT, 15, "", small);
    this.note = scene.add
      .text(PAD_LEFT + (options.width - PAD_LEFT) / 2, options.height / 2, "", TEXT.label())
      .setOrigin(0.5);
    this.add([this.g, title, xLabel, ...this.ticks, this.legend, this.note]);
    scene.add.existing(this);
  }

  plot(data: ChartData): void {
    this.plotted = data;
    const { width, height } = this.opts;
    const g = this.g;
    g.clear();
    const x0 = PAD_LEFT;
    const x1 = width;
    const y0 = height - PAD_BOTTOM;
    const y1 = PAD_TOP;
    g.lineStyle(1, COLORS.line, 1);
    g.lineBetween(x0, y0, x1, y0);
    g.lineBetween(x0, y0, x0, y1);
    const all = data.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.x + p.y));
    const fx = data.formatX ?? ((v: number) => String(v));
    const fy = data.formatY ?? ((v: number) => String(v));
    if (all.length === 0) {
      for (const t of this.ticks) t.setText("");
      this.legend.setText("");
      this.note.setText(data.empty ?? t("nothingToPlot"));
      return;
    }
    this.note.setText("");
    let [xmin, xmax] = data.xRange ?? [
      Math.min(...all.map((p) => p.x)),
      Math.max(...all.map((p) => p.x)),
    ];
    const ys = all.map((p) => p.y);
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.02 || 1;
    let [ymin, ymax] =
      data.yRange ?? (data.yFromZero === false ? [lo - pad, hi + pad] : [0, hi * 1.05]);
    if (xmax <= xmin) xmax = xmin + 1;
    if (ymax <= ymin) ymax = ymin + 1;
    const px = (x: number) => x0 + ((x - xmin) / (xmax - xmin)) * (x1 - x0);
    const py = (y: number) =>
      y0 - ((Math.min(ymax, Math.max(ymin, y)) - ymin) / (ymax - ymin)) * (y0 - y1);
    // Faint grid at quarters.
    g.lineStyle(1, COLORS.line, 0.35);
    for (let i = 1; i < 4; i++) {
      const y = y0 - ((y0 - y1) * i) / 4;
      g.lineBetween(x0, y, x1, y);
    }
    for (const s of data.series) {
      const pts = s.points.filter((p) => Number.isFinite(p.x + p.y));
      g.lineStyle(3, s.color, 1);
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1];
        const b = pts[i];
        if (!a || !b) continue;
        if (s.dashed) this.dash(px(a.x), py(a.y), px(b.x), py(b.y));
        else g.lineBetween(px(a.x), py(a.y), px(b.x), py(b.y));
      }
      g.fillStyle(s.color, 1);
      const last = pts[pts.length - 1];
      if (last) g.fillCircle(px(last.x), py(last.y), 4);
      if (pts.length === 1 && last) g.fillCircle(px(last.x), py(last.y), 5);
    }
    const [yMaxT, yMinT, xMinT, xMaxT, markerT] = this.ticks;
    yMaxT?.setText(fy(ymax));
    yMinT?.setText(fy(ymin));
    xMinT?.setText(fx(xmin));
    xMaxT?.setText(fx(xmax));
    if (data.marker && markerT) {
      const mx = px(Math.min(xmax, Math.max(xmin, data.marker.x)));
      g.lineStyle(2, COLORS.text, 0.8);
      this.dashLine(g, mx, y0, mx, y1, 4);
      markerT.setText(data.marker.label).setX(Math.min(x1 - 30, Math.max(x0 + 30, mx)));
    } else markerT?.setText("");
    this.legend.setText(data.series.map((s) => `${s.dashed ? "- -" : "——"} ${s.name}`).join("   "));
    // One setColor, and none when it stays: each one redraws and uploads the legend's texture.
    const legendColor = css(
      data.series.length > 1 ? COLORS.text : (data.series[0]?.color ?? COLORS.textDim),
    );
    recolor(this.legend, legendColor);
  }

  /**
   * The plotted lines as a table for screen readers: one row per x (at most TABLE_ROWS, evenly
   * picked, the last always kept), one column per series, in the chart's own number formats.
   */
  table(): { caption: string; head: string[]; rows: string[][] } | null {
    const data = this.plotted;
    if (!data) return null;
    const fx = data.formatX ?? ((v: number) => String(v));
    const fy = data.formatY ?? ((v: number) => String(v));
    const xs = [
      ...new Set(
        data.series.flatMap((s) =>
          s.points.filter((p) => Number.isFinite(p.x + p.y)).map((p) => p.x),
        ),
      ),
    ].sort((a, b) => a - b);
    const title = this.opts.title;
    if (xs.length === 0) {
      return {
        caption: t("chartEmpty", { title, empty: data.empty ?? null }),
        head: [],
        rows: [],
      };
    }
    const picked =
      xs.length <= TABLE_ROWS
        ? xs
        : Array.from(
            { length: TABLE_ROWS },
            (_, i) => xs[Math.round((i * (xs.length - 1)) / (TABLE_ROWS - 1))] ?? 0,
          );
    const rows = picked.map((x) => [
      fx(x),
      ...data.series.map((s) => {
        const point = s.points.find((p) => p.x === x);
        return point && Number.isFinite(point.y) ? fy(point.y) : "–";
      }),
    ]);
    return {
      caption: data.marker
        ? t("chartMarked", { title, label: data.marker.label, at: fx(data.marker.x) })
        : title,
      head: [this.opts.xLabel, ...data.series.map((s) => s.name)],
      rows,
    };
  }

  private dash(ax: number, ay: number, bx: number, by: number): void {
    this.dashLine(this.g, ax, ay, bx, by, 7);
  }

  private dashLine(
    g: Phaser.GameObjects.Graphics,
    ax: number,
    ay: number,
    bx: number,
    by: number,
    len: number,
  ): void {
    const d = Math.hypot(bx - ax, by - ay);
    const n = Math.max(1, Math.floor(d / len));
    for (let i = 0; i < n; i += 2) {
      const t0 = i / n;
      const t1 = Math.min(1, (i + 1) / n);
      g.lineBetween(
        ax + (bx - ax) * t0,
        ay + (by - ay) * t0,
        ax + (bx - ax) * t1,
        ay + (by - ay) * t1,
      );
    }
  }
}

export interface Segment {
  label: string;
  value: number;
  color: number;
}

/**
 * A horizontal stacked bar against a limit: memory per GPU against the card's memory, or unique
 * tokens asked for against the tokens that exist (the data wall). Over the limit turns the
 * limit line vermillion and hatches the overflow.
 */
export class StackBar extends Phaser.GameObjects.Container {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly barWidth: number;
  private described = "";

  constructor(scene: Phaser.Scene, x: number, y: number, width: number) {
    super(scene, x, y);
    this.barWidth = width;
    this.g = scene.add.graphics();
    this.caption = scene.add.text(0, 24, "", {
      ...TEXT.label(),
      fontSize: "12px",
      wordWrap: { width },
    });
    this.add([this.g, this.caption]);
    scene.add.existing(this);
  }

  /** What the bar shows, in words (the DOM twin of the picture). */
  description(): string {
    return this.described;
  }

  plot(
    segments: readonly Segment[],
    limit: number,
    limitLabel: string,
    format: (n: number) => string,
  ): void {
    const total = segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
    const scaleMax = Math.max(limit * 1.25, total) || 1;
    const w = this.barWidth;
    const g = this.g;
    g.clear();
    g.fillStyle(COLORS.surfaceRaised, 1).fillRect(0, 0, w, 18);
    let x = 0;
    for (const s of segments) {
      const sw = (Math.max(0, s.value) / scaleMax) * w;
      g.fillStyle(s.color, 1).fillRect(x, 0, sw, 18);
      g.lineStyle(1, COLORS.background, 1).strokeRect(x, 0, sw, 18);
      x += sw;
    }
    const lx = (limit / scaleMax) * w;
    const over = total > limit;
    if (over) {
      g.lineStyle(1, COLORS.background, 0.9);
      for (let hx = lx; hx < x; hx += 6) g.lineBetween(hx, 18, Math.min(x, hx + 6), 0);
    }
    g.lineStyle(3, over ? COLORS.warning : COLORS.text, 1).lineBetween(lx, -4, lx, 22);
    const parts = segments
      .filter((s) => s.value > 0)
      .map((s) => t("barPart", { label: s.label, value: format(s.value) }));
    const limitText = format(limit);
    this.caption.setText(t("barCaption", { parts, limitLabel, limit: limitText }));
    this.described = t("barDescription", { parts, limitLabel, limit: limitText, over });
    const color = css(over ? COLORS.warning : COLORS.textDim);
    recolor(this.caption, color);
  }
}
