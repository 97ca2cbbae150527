import type Phaser from "phaser";
import { type Control, type Rect, snapToStep } from "./controls";
import { COLORS, css, TEXT } from "./theme";
import { ValueControl } from "./ValueControl";

export interface SliderOptions {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  min: number;
  max: number;
  step: number;
  value: number;
  /** Colour of the track left of the handle, and right of it. */
  leftColor?: number;
  rightColor?: number;
  /** Text shown above the track for a value, e.g. "4,000 training · 2,000 serving". */
  format?: (value: number) => string;
  onChange: (value: number) => void;
}

const TRACK_HEIGHT = 14;
const HANDLE_RADIUS = 16;

/**
 * A horizontal slider: drag the handle or click the track (mouse or touch), or
 * focus it and use the arrow keys (Shift for ten steps). `onChange` fires on
 * every change so the scene can show the sim's prediction live while dragging.
 */
export class Slider extends ValueControl implements Control {
  readonly kind = "slider" as const;
  private readonly options: SliderOptions;
  private readonly track: Phaser.GameObjects.Graphics;
  private readonly handle: Phaser.GameObjects.Arc;
  private readonly caption: Phaser.GameObjects.Text;
  private dragging = false;

  constructor(scene: Phaser.Scene, options: SliderOptions) {
    super(scene, options);
    this.options = options;
    this.current = this.snap(options.value);
    this.track = scene.add.graphics();
    this.handle = scene.add
      .circle(0, 0, HANDLE_RADIUS, COLORS.text)
      .setStrokeStyle(3, COLORS.background);
    this.caption = scene.add.text(0, -36, "", { ...TEXT.body(), color: css(COLORS.text) });
    this.add([this.track, this.caption, this.handle]);
    // The hit area is a zone over the track, taller than it so it is easy to grab on a phone.
    const hitHeight = 56;
    this.setSize(options.width, hitHeight);
    const hit = scene.add
      .zone(options.width / 2, 0, options.width, hitHeight)
      .setInteractive({ cursor: "pointer" });
    this.add(hit);
    hit.on("pointerdown", (pointer: Phaser.Input.Pointer) => {
      this.dragging = true;
      this.setFromPointer(pointer);
    });
    const onMove = (pointer: Phaser.Input.Pointer) => {
      if (this.dragging && pointer.isDown) this.setFromPointer(pointer);
    };
    const onUp = () => {
      this.dragging = false;
    };
    scene.input.on("pointermove", onMove);
    scene.input.on("pointerup", onUp);
    scene.input.on("pointerupoutside", onUp);
    scene.events.once("shutdown", () => {
      scene.input.off("pointermove", onMove);
      scene.input.off("pointerup", onUp);
      scene.input.off("pointerupoutside", onUp);
    });
    this.redraw();
    scene.add.existing(this);
  }

  bounds(): Rect {
    return { x: this.x, y: this.y - 28, width: this.options.width, height: 56 };
  }

  range(): { min: number; max: number; step: number } {
    return { min: this.options.min, max: this.options.max, step: this.options.step };
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

  /** Changes the range (e.g. the GPUs left after research); the value is clamped into it. */
  setRange(min: number, max: number): void {
    this.options.min = min;
    this.options.max = Math.max(min, max);
    const next = this.snap(this.current);
    if (next !== this.current) {
      this.current = next;
      this.options.onChange(next);
    }
    this.redraw();
  }

  /** Re-renders the caption (its text may depend on other values). */
  refresh(): void {
    this.redraw();
  }

  nudge(direction: -1 | 1, big: boolean): void {
    this.setValue(this.current + direction * this.options.step * (big ? 10 : 1));
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  private fraction(value: number): number {
    const { min, max } = this.options;
    return max === min ? 0 : (value - min) / (max - min);
  }

  private snap(value: number): number {
    const { min, max, step } = this.options;
    return snapToStep(value, min, max, step);
  }

  private setFromPointer(pointer: Phaser.Input.Pointer): void {
    const local = (pointer.worldX - this.x) / this.options.width;
    const { min, max } = this.options;
    this.setValue(min + Math.min(1, Math.max(0, local)) * (max - min));
  }

  private redraw(): void {
    const { width } = this.options;
    const split = this.fraction(this.current) * width;
    const g = this.track;
    g.clear();
    g.fillStyle(this.options.rightColor ?? COLORS.line, 1);
    g.fillRoundedRect(0, -TRACK_HEIGHT / 2, width, TRACK_HEIGHT, TRACK_HEIGHT / 2);
    g.fillStyle(this.options.leftColor ?? COLORS.accent, 1);
    if (split > 0)
      g.fillRoundedRect(
        0,
        -TRACK_HEIGHT / 2,
        Math.max(split, TRACK_HEIGHT),
        TRACK_HEIGHT,
        TRACK_HEIGHT / 2,
      );
    this.handle.setPosition(split, 0);
    this.handle.setFillStyle(this.focused ? COLORS.accent : COLORS.text);
    this.caption.setText(
      this.options.format ? this.options.format(this.current) : String(this.current),
    );
  }
}
