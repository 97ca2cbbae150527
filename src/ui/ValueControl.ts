import Phaser from "phaser";
import { shownOnScreen } from "./controls";

export interface ValueControlOptions {
  id: string;
  label: string;
  x: number;
  y: number;
}

/**
 * What every control with a value shares (Slider, Stepper, Segmented): its id
 * and accessible name, the current value, focus and the enabled state. Each
 * subclass draws itself and decides how the value moves.
 */
export abstract class ValueControl extends Phaser.GameObjects.Container {
  readonly id: string;
  readonly label: string;
  protected current = 0;
  protected focused = false;
  protected isEnabled = true;

  constructor(scene: Phaser.Scene, options: ValueControlOptions) {
    super(scene, options.x, options.y);
    this.id = options.id;
    this.label = options.label;
  }

  enabled(): boolean {
    return this.isEnabled && this.visible;
  }

  /** A disabled control dims and ignores input (FocusManager skips it). */
  setEnabled(enabled: boolean): this {
    this.isEnabled = enabled;
    this.setAlpha(enabled ? 1 : 0.4);
    return this;
  }

  shown(): boolean {
    return shownOnScreen(this);
  }

  value(): number {
    return this.current;
  }
}
