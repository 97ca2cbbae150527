import Phaser from "phaser";
import { COLORS, css, TEXT } from "./theme";

export interface ReadoutOptions {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Colour of the value text (defaults to the main text colour). */
  color?: number;
}

/**
 * A labelled number. The scene sets the already formatted text; the readout only
 * shows it (formatting lives in src/sim/format so prose and screens agree).
 */
export class Readout extends Phaser.GameObjects.Container {
  readonly key: string;
  readonly label: string;
  private readonly valueText: Phaser.GameObjects.Text;
  private shown = "";

  constructor(scene: Phaser.Scene, options: ReadoutOptions) {
    super(scene, options.x, options.y);
    this.key = options.key;
    this.label = options.label;
    const label = scene.add.text(0, 0, options.label, TEXT.label());
    this.valueText = scene.add.text(0, 22, "", {
      ...TEXT.number(),
      color: css(options.color ?? COLORS.text),
    });
    this.add([label, this.valueText]);
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

  setTone(color: number): this {
    this.valueText.setColor(css(color));
    return this;
  }
}
