import type Phaser from "phaser";
import { type Control, type Rect, snapToStep } from "./controls";
import { COLORS, css, TEXT } from "./theme";
import { ValueControl } from "./ValueControl";

export interface StepperOptions {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  /** Either an explicit list of values (e.g. powers of two) or min / max / step. */
  values?: readonly number[];
  min?: number;
  max?: number;
  step?: number;
  value: number;
  /** How the value reads on screen, e.g. 111e9 → "111B". */
  format?: (value: number) => string;
  /** Draw the label inside the row (default); false when the row sits under its own heading. */
  showLabel?: boolean;
  onChange: (value: number) => void;
}

export const ROW_HEIGHT = 40;
const BUTTON = 34;

/** Room for the value between − and + (narrow steppers keep both buttons inside their row). */
function valueWidth(rowWidth: number): number {
  return Math.min(118, Math.max(56, rowWidth - 2 * BUTTON - 8));
}

/**
 * A labelled value with − and + buttons: click or tap them, or focus the row and use the arrow
 * keys (Shift for ten steps). For values that come in discrete sizes (experts, GPUs per replica).
 */
export class Stepper extends ValueControl implements Control {
  readonly kind = "stepper" as const;
  private readonly options: StepperOptions;
  private readonly bg: Phaser.GameObjects.Graphics;
  /** Whether the row was last drawn focused (null before): focus events repeat. */
  private drawnFocused: boolean | null = null;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly caption: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, options: StepperOptions) {
    super(scene, options);
    this.options = options;
    this.current = this.snap(options.value);
    const w = options.width;
    this.bg = scene.add.graphics();
    this.caption = scene.add
      .text(10, ROW_HEIGHT / 2, options.showLabel === false ? "" : options.label, {
        ...TEXT.label(),
        color: css(COLORS.text),
      })
      .setOrigin(0, 0.5);
    this.valueText = scene.add
      .text(w - BUTTON - 8, ROW_HEIGHT / 2, "", { ...TEXT.number(), fontSize: "17px" })
      .setOrigin(1, 0.5);
    const minus = this.makeButton(w - 2 * BUTTON - valueWidth(w), "−", -1);
    const plus = this.makeButton(w - BUTTON - 2, "+", 1);
    this.add([this.bg, this.caption, this.valueText, ...minus, ...plus]);
    this.redraw();
    scene.add.existing(this);
  }

  private makeButton(x: number, glyph: string, direction: -1 | 1): Phaser.GameObjects.GameObject[] {
    const y = (ROW_HEIGHT - BUTTON) / 2;
    const box = this.scene.add
      .rectangle(x, y, BUTTON, BUTTON, COLORS.surfaceRaised)
      .setOrigin(0)
      .setStrokeStyle(1, COLORS.line);
    const text = this.scene.add
      .text(x + BUTTON / 2, ROW_HEIGHT / 2, glyph, { ...TEXT.body(), fontSize: "22px" })
      .setOrigin(0.5);
    box.setInteractive({ useHandCursor: true });
    box.on("pointerover", () => box.setFillStyle(COLORS.line));
    box.on("pointerout", () => box.setFillStyle(COLORS.surfaceRaised));
    box.on("pointerup", () => {
      if (this.enabled()) this.nudge(direction, false);
    });
    return [box, text];
  }

  bounds(): Rect {
    return { x: this.x, y: this.y, width: this.options.width, height: ROW_HEIGHT };
  }

  range(): { min: number; max: number; step: number } {
    const v = this.options.values;
    if (v && v.length > 0) return { min: v[0] ?? 0, max: v[v.length - 1] ?? 0, step: 0 };
    return {
      min: this.options.min ?? 0,
      max: this.options.max ?? 0,
      step: this.options.step ?? 1,
    };
  }

  valueLabel(): string {
    return this.options.format ? this.options.format(this.current) : String(this.current);
  }

  setValue(value: number): void {
    const next = this.snap(value);
    if (next === this.current) return;
    this.current = next;
    this.redraw();
    this.options.onChange(next);
  }

  /** Shows a value without telling the scene (the scene changed it itself). */
  show(value: number): void {
    this.current = this.snap(value);
    this.redraw();
  }

  nudge(direction: -1 | 1, big: boolean): void {
    const steps = big ? 10 : 1;
    const list = this.options.values;
    if (list && list.length > 0) {
      const i = this.indexOf(this.current);
      const j = Math.min(list.length - 1, Math.max(0, i + direction * steps));
      this.setValue(list[j] ?? this.current);
      return;
    }
    this.setValue(this.current + direction * steps * (this.options.step ?? 1));
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  private indexOf(value: number): number {
    const list = this.options.values ?? [];
    let best = 0;
    for (let i = 1; i < list.length; i++) {
      if (Math.abs((list[i] ?? 0) - value) < Math.abs((list[best] ?? 0) - value)) best = i;
    }
    return best;
  }

  private snap(value: number): number {
    const list = this.options.values;
    if (list && list.length > 0) return list[this.indexOf(value)] ?? value;
    const min = this.options.min ?? 0;
    const max = this.options.max ?? min;
    return snapToStep(value, min, max, this.options.step ?? 1);
  }

  private redraw(): void {
    if (this.drawnFocused !== this.focused) {
      this.drawnFocused = this.focused;
      const g = this.bg;
      g.clear();
      g.fillStyle(this.focused ? COLORS.surfaceRaised : COLORS.surface, 1);
      g.fillRoundedRect(0, 0, this.options.width, ROW_HEIGHT, 8);
      g.lineStyle(1, this.focused ? COLORS.accent : COLORS.line, 1);
      g.strokeRoundedRect(0, 0, this.options.width, ROW_HEIGHT, 8);
    }
    this.valueText.setText(
      this.options.format ? this.options.format(this.current) : String(this.current),
    );
  }
}
