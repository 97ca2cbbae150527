import type Phaser from "phaser";
import { uiText as t } from "../i18n/messages/ui";
import type { Control, Rect } from "./controls";
import { ROW_HEIGHT } from "./Stepper";
import { COLORS, css, recolor, TEXT } from "./theme";
import { ValueControl } from "./ValueControl";

export interface SegmentedOptions {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  /** What each segment says, e.g. ["MHA", "GQA", "MQA"]. */
  options: readonly string[];
  /** Index of the chosen option. */
  value: number;
  /** Width given to the label on the left (0 = no label). */
  labelWidth?: number;
  onChange: (index: number) => void;
}

/**
 * One choice among a few (attention type, precision, batching): click or tap a segment, or focus
 * the row and use the arrow keys; Space moves to the next option.
 */
export class Segmented extends ValueControl implements Control {
  readonly kind: "choice" | "toggle" = "choice";
  protected readonly opts: SegmentedOptions;
  private readonly bg: Phaser.GameObjects.Graphics;
  /** What the row was last drawn as: focus events repeat, the drawing need not. */
  private drawn = "";
  /** The caption styled as the chosen one (−1 before the first drawing). */
  private styled = -1;
  private readonly captions: Phaser.GameObjects.Text[] = [];
  private readonly segX: number;
  private readonly segW: number;

  constructor(scene: Phaser.Scene, options: SegmentedOptions) {
    super(scene, options);
    this.opts = options;
    this.current = this.clampIndex(options.value);
    const labelWidth = options.labelWidth ?? Math.min(170, options.width * 0.42);
    this.segX = labelWidth;
    this.segW = (options.width - labelWidth) / options.options.length;
    this.bg = scene.add.graphics();
    this.add(this.bg);
    if (labelWidth > 0) {
      this.add(
        scene.add
          .text(10, ROW_HEIGHT / 2, options.label, { ...TEXT.label(), color: css(COLORS.text) })
          .setOrigin(0, 0.5),
      );
    }
    options.options.forEach((text, i) => {
      const cx = this.segX + this.segW * (i + 0.5);
      const caption = scene.add
        .text(cx, ROW_HEIGHT / 2, text, { ...TEXT.label(), fontSize: "15px" })
        .setOrigin(0.5);
      this.captions.push(caption);
      const hit = scene.add
        .zone(cx, ROW_HEIGHT / 2, this.segW, ROW_HEIGHT)
        .setInteractive({ useHandCursor: true });
      hit.on("pointerup", () => {
        if (this.enabled()) this.setValue(i);
      });
      this.add([caption, hit]);
    });
    this.redraw();
    scene.add.existing(this);
  }

  bounds(): Rect {
    return { x: this.x, y: this.y, width: this.opts.width, height: ROW_HEIGHT };
  }

  range(): { min: number; max: number; step: number } {
    return { min: 0, max: this.opts.options.length - 1, step: 1 };
  }

  choiceLabels(): readonly string[] {
    return this.opts.options;
  }

  valueLabel(): string {
    return this.opts.options[this.current] ?? "";
  }

  setValue(value: number): void {
    const next = this.clampIndex(value);
    if (next === this.current) return;
    this.current = next;
    this.redraw();
    this.opts.onChange(next);
  }

  /** Shows a choice without telling the scene. */
  show(index: number): void {
    this.current = this.clampIndex(index);
    this.redraw();
  }

  press(): void {
    if (!this.enabled()) return;
    this.setValue((this.current + 1) % this.opts.options.length);
  }

  nudge(direction: -1 | 1): void {
    this.setValue(this.current + direction);
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  private clampIndex(value: number): number {
    const n = this.opts.options.length;
    return Math.min(n - 1, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  }

  private redraw(): void {
    const look = `${this.focused} ${this.current}`;
    if (look === this.drawn) return;
    this.drawn = look;
    const g = this.bg;
    g.clear();
    const w = this.opts.width;
    g.fillStyle(this.focused ? COLORS.surfaceRaised : COLORS.surface, 1);
    g.fillRoundedRect(0, 0, w, ROW_HEIGHT, 8);
    g.lineStyle(1, this.focused ? COLORS.accent : COLORS.line, 1);
    g.strokeRoundedRect(0, 0, w, ROW_HEIGHT, 8);
    g.fillStyle(COLORS.accent, 1);
    g.fillRoundedRect(
      this.segX + this.segW * this.current + 3,
      4,
      this.segW - 6,
      ROW_HEIGHT - 8,
      6,
    );
    // Only the captions whose look changes are styled: Phaser's Text redraws and uploads its
    // texture on every setColor or setFontStyle, the same value too.
    if (this.styled === this.current) return;
    this.captions.forEach((c, i) => {
      if (this.styled !== -1 && i !== this.styled && i !== this.current) return;
      recolor(c, i === this.current ? COLORS.background : COLORS.text);
      c.setFontStyle(i === this.current ? "bold" : "normal");
    });
    this.styled = this.current;
  }
}

export interface ToggleOptions {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  value: boolean;
  /** Words for off and on (default "Off" / "On"). */
  states?: readonly [string, string];
  onChange: (on: boolean) => void;
}

/** An on/off switch: a two-segment choice whose value is 0 or 1; Space or a click flips it. */
export class Toggle extends Segmented {
  override readonly kind = "toggle" as const;

  constructor(scene: Phaser.Scene, options: ToggleOptions) {
    super(scene, {
      id: options.id,
      label: options.label,
      x: options.x,
      y: options.y,
      width: options.width,
      options: options.states ?? [t("off"), t("on")],
      value: options.value ? 1 : 0,
      labelWidth: Math.max(0, options.width - 150),
      onChange: (i) => options.onChange(i === 1),
    });
  }

  get isOn(): boolean {
    return this.value() === 1;
  }
}
