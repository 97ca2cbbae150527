import type Phaser from "phaser";
import type { Control, Rect } from "./controls";
import type { FocusManager } from "./FocusManager";
import { Segmented, type SegmentedOptions, Toggle, type ToggleOptions } from "./Segmented";
import { Slider, type SliderOptions } from "./Slider";
import { ROW_HEIGHT, Stepper, type StepperOptions } from "./Stepper";

type Placed<T> = Omit<T, "x" | "y" | "width">;

/**
 * Stacks controls down an area, one per row, and registers each with the scene's FocusManager
 * (so Tab order follows the layout). Screens describe their controls as data through it.
 */
export class Rows {
  private y: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly focus: FocusManager,
    private readonly area: Rect,
    private readonly gap = 4,
  ) {
    this.y = area.y;
  }

  /** The y where the next row goes. */
  get next(): number {
    return this.y;
  }

  skip(height: number): this {
    this.y += height;
    return this;
  }

  stepper(options: Placed<StepperOptions>): Stepper {
    return this.place(
      new Stepper(this.scene, { ...options, x: this.area.x, y: this.y, width: this.area.width }),
      ROW_HEIGHT,
    );
  }

  choice(options: Placed<SegmentedOptions>): Segmented {
    return this.place(
      new Segmented(this.scene, { ...options, x: this.area.x, y: this.y, width: this.area.width }),
      ROW_HEIGHT,
    );
  }

  toggle(options: Placed<ToggleOptions>): Toggle {
    return this.place(
      new Toggle(this.scene, { ...options, x: this.area.x, y: this.y, width: this.area.width }),
      ROW_HEIGHT,
    );
  }

  /** A slider with its caption above the track (takes a taller row). */
  slider(options: Placed<SliderOptions> & { width?: number }): Slider {
    const width = options.width ?? this.area.width - 20;
    return this.place(
      new Slider(this.scene, { ...options, x: this.area.x + 10, y: this.y + 44, width }),
      72,
    );
  }

  private place<T extends Control>(control: T, height: number): T {
    this.focus.add(control);
    this.y += height + this.gap;
    return control;
  }
}
