import Phaser from "phaser";
import { uiText as t } from "../i18n/messages/ui";
import type { Control, Rect } from "./controls";
import { COLORS, css, recolor, TEXT } from "./theme";

/** "Show the math" for a number: the explain layer's Explanation shape (src/explain/math.ts). */
export interface MathNote {
  label: string;
  formula: string;
  substituted: string;
  source: string;
}

export interface ReadoutOptions {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Colour of the value text (defaults to the main text colour). */
  color?: number;
  /** Width of the hover / focus area (default 240). */
  width?: number;
  /** Value font size in px (default 26). */
  size?: number;
  /** The number's formula, substituted values and source; makes the readout focusable. */
  explain?: () => MathNote | null;
}

/**
 * A labelled number. The scene sets the already formatted text; the readout only
 * shows it (formatting lives in src/sim/format so prose and screens agree). With
 * `explain`, hovering or focusing it shows its formula ("show the math").
 */
export class Readout extends Phaser.GameObjects.Container {
  readonly key: string;
  readonly label: string;
  readonly explain: (() => MathNote | null) | null;
  /** Set by the scene: called on hover and keyboard focus (true) and when they end (false). */
  onAttention: ((readout: Readout, active: boolean) => void) | null = null;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly boxWidth: number;
  private readonly boxHeight: number;
  private shown = "";

  constructor(scene: Phaser.Scene, options: ReadoutOptions) {
    super(scene, options.x, options.y);
    this.key = options.key;
    this.label = options.label;
    this.explain = options.explain ?? null;
    const size = options.size ?? 26;
    this.boxWidth = options.width ?? 240;
    this.boxHeight = 22 + size + 6;
    const label = scene.add.text(0, 0, options.label, TEXT.label());
    this.valueText = scene.add.text(0, 20, "", {
      ...TEXT.number(),
      fontSize: `${size}px`,
      color: css(options.color ?? COLORS.text),
    });
    this.add([label, this.valueText]);
    if (this.explain) {
      // A dotted underline says "this number explains itself": an image of dots (Boot's "dots"
      // texture, cut to the label's width) rather than a Graphics. Each Graphics drawn costs a
      // software rasteriser's frame about 0.15 ms whatever it holds (a Data Mix frame had 37
      // small ones: 5-6 ms of its 20), and one between two texts ends their batch; an image is
      // a textured quad like the texts around it (issue 15).
      this.add(
        scene.add
          .image(0, 19, "dots")
          .setOrigin(0, 0)
          .setCrop(0, 0, Math.min(label.width, this.boxWidth), 1)
          .setTint(COLORS.textDim)
          .setAlpha(0.8),
      );
      const hit = scene.add
        .zone(this.boxWidth / 2, this.boxHeight / 2, this.boxWidth, this.boxHeight)
        .setInteractive({ cursor: "help" });
      hit.on("pointerover", () => this.onAttention?.(this, true));
      hit.on("pointerout", () => this.onAttention?.(this, false));
      hit.on("pointerdown", () => this.onAttention?.(this, true));
      this.add(hit);
    }
    scene.add.existing(this);
  }

  get text(): string {
    return this.shown;
  }

  setValue(text: string): this {
    if (text !== this.shown) {
      this.shown = text;
      this.valueText.setText(text);
    }
    return this;
  }

  /** The value's colour (set on each refresh: `recolor` skips an unchanged one). */
  setTone(color: number): this {
    recolor(this.valueText, color);
    return this;
  }

  bounds(): Rect {
    return { x: this.x, y: this.y, width: this.boxWidth, height: this.boxHeight };
  }

  private focusable: ReadoutControl | null = null;

  /** The readout as a keyboard stop (Tab reaches it; focus shows its math). */
  asControl(): ReadoutControl {
    if (!this.focusable) {
      const readout: Readout = this as Readout;
      this.focusable = {
        id: this.key,
        kind: "readout",
        label: this.label,
        readout,
        bounds: () => readout.bounds(),
        enabled: () => readout.explain !== null && readout.visible,
        setFocused: (focused) => readout.onAttention?.(readout, focused),
        shown: () => readout.visible,
        valueLabel: () => readout.text,
        description: () => {
          const note = readout.explain?.();
          return note ? t("mathDescription", note) : "";
        },
      };
    }
    return this.focusable;
  }
}

/** A readout's place in the keyboard order. */
export interface ReadoutControl extends Control {
  readonly kind: "readout";
  readonly readout: Readout;
}
