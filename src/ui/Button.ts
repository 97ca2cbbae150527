import Phaser from "phaser";
import { type Control, type Rect, shownOnScreen } from "./controls";
import { COLORS, css, TEXT } from "./theme";

export interface ButtonOptions {
  id: string;
  label: string;
  x: number;
  y: number;
  width?: number;
  height?: number;
  /** "primary" is the accent-filled call to action; "ghost" is an outline. */
  variant?: "primary" | "ghost";
  onPress: () => void;
}

/** A rounded button that works with mouse, touch and keyboard (via FocusManager). */
export class Button extends Phaser.GameObjects.Container implements Control {
  readonly id: string;
  readonly kind = "button" as const;
  /** The caption as it reads now (a screen may relabel a button, e.g. "Fund" / "Stop"). */
  label: string;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly boxWidth: number;
  private readonly boxHeight: number;
  private readonly variant: "primary" | "ghost";
  private hovered = false;
  private focused = false;
  private isEnabled = true;
  private readonly onPress: () => void;
  private pressedHere = false;

  constructor(scene: Phaser.Scene, options: ButtonOptions) {
    super(scene, options.x, options.y);
    this.id = options.id;
    this.label = options.label;
    this.boxWidth = options.width ?? 240;
    this.boxHeight = options.height ?? 56;
    this.variant = options.variant ?? "primary";
    this.onPress = options.onPress;
    this.bg = scene.add.graphics();
    this.caption = scene.add.text(0, 0, options.label, TEXT.button()).setOrigin(0.5);
    if (this.variant === "ghost") this.caption.setColor(css(COLORS.text));
    this.add([this.bg, this.caption]);
    this.setSize(this.boxWidth, this.boxHeight);
    this.setInteractive({ useHandCursor: true });
    this.on("pointerover", () => this.setHover(true));
    this.on("pointerout", () => {
      this.setHover(false);
      this.pressedHere = false;
    });
    // A press is a pointer that went down and came up on the button, on the canvas itself.
    // Phaser hears pointer events through the whole window, so without the target check a
    // click on a DOM dialog over the canvas (its Cancel, say) also pressed the button under it.
    const onCanvas = (pointer: Phaser.Input.Pointer) =>
      !pointer.event || pointer.event.target === scene.game.canvas;
    this.on("pointerdown", (pointer: Phaser.Input.Pointer) => {
      this.pressedHere = onCanvas(pointer);
    });
    this.on("pointerup", (pointer: Phaser.Input.Pointer) => {
      if (!this.pressedHere || !onCanvas(pointer)) return;
      this.pressedHere = false;
      this.press();
    });
    this.redraw();
    scene.add.existing(this);
  }

  bounds(): Rect {
    return {
      x: this.x - this.boxWidth / 2,
      y: this.y - this.boxHeight / 2,
      width: this.boxWidth,
      height: this.boxHeight,
    };
  }

  enabled(): boolean {
    return this.isEnabled && this.visible;
  }

  setEnabled(enabled: boolean): this {
    this.isEnabled = enabled;
    this.redraw();
    return this;
  }

  text(): string {
    return this.label;
  }

  shown(): boolean {
    return shownOnScreen(this);
  }

  press(): void {
    if (!this.enabled()) return;
    this.onPress();
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  private setHover(hovered: boolean): void {
    this.hovered = hovered;
    this.redraw();
  }

  /** What the box was last drawn as: hover and focus events repeat, the drawing need not. */
  private drawn = "";

  private redraw(): void {
    const lit = this.hovered || this.focused;
    const look = `${lit} ${this.isEnabled}`;
    if (look === this.drawn) return;
    this.drawn = look;
    const g = this.bg;
    g.clear();
    const x = -this.boxWidth / 2;
    const y = -this.boxHeight / 2;
    if (this.variant === "primary") {
      const fill = this.isEnabled ? (lit ? COLORS.accentHover : COLORS.accent) : COLORS.line;
      g.fillStyle(fill, 1).fillRoundedRect(x, y, this.boxWidth, this.boxHeight, 10);
    } else {
      g.fillStyle(lit ? COLORS.surfaceRaised : COLORS.surface, 1).fillRoundedRect(
        x,
        y,
        this.boxWidth,
        this.boxHeight,
        10,
      );
      g.lineStyle(2, this.isEnabled ? COLORS.accent : COLORS.line, 1).strokeRoundedRect(
        x,
        y,
        this.boxWidth,
        this.boxHeight,
        10,
      );
    }
    this.caption.setAlpha(this.isEnabled ? 1 : 0.5);
  }
}
