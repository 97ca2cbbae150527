/**
 * Every interactive widget registers itself here, so keyboard focus and the
 * automation hook (`window.andy`) see the same controls a player sees.
 */
export type ControlKind = "button" | "slider" | "toggle" | "stepper" | "choice" | "readout";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Control {
  readonly id: string;
  readonly kind: ControlKind;
  /** Accessible name, as a screen reader would announce it. */
  readonly label: string;
  /** Bounds in game coordinates (1280 x 720 space). */
  bounds(): Rect;
  enabled(): boolean;
  /** Sliders, steppers and toggles have a value; buttons do not. */
  value?(): number;
  range?(): { min: number; max: number; step: number };
  /** Set the value as the player would (clamped and snapped to the step). */
  setValue?(value: number): void;
  /** Activate as a click or Enter would. */
  press?(): void;
  /** Arrow keys on a focused control: -1 or +1 step (x10 with Shift). */
  nudge?(direction: -1 | 1, big: boolean): void;
  setFocused(focused: boolean): void;
  /** Whether it is on screen at all (a phone tab not shown hides its controls). */
  shown?(): boolean;
  /** A button's caption as it reads now (the label can change, e.g. "Fund" / "Stop"). */
  text?(): string;
  /** The value as the screen writes it, e.g. "4,000 training · 2,000 serving". */
  valueLabel?(): string;
  /** What each value of a choice says, in order. */
  choiceLabels?(): readonly string[];
  /** A readout's math in words: formula, the numbers in it, and its source. */
  description?(): string;
}

export interface ControlView {
  id: string;
  kind: ControlKind;
  label: string;
  enabled: boolean;
  value?: number;
  min?: number;
  max?: number;
  step?: number;
  /** Bounds in game coordinates (the hook reports page pixels). */
  bounds: Rect;
  /** Whether it has the keyboard focus (set by the hook). */
  focused?: boolean;
}

export function describeControl(control: Control): ControlView {
  const view: ControlView = {
    id: control.id,
    kind: control.kind,
    label: control.label,
    enabled: control.enabled(),
    bounds: control.bounds(),
  };
  if (control.value) view.value = control.value();
  if (control.range) Object.assign(view, control.range());
  return view;
}

/** Whether a game object and every container holding it are visible (hidden tabs disable their controls). */
export function shownOnScreen(object: {
  visible: boolean;
  parentContainer?: { visible: boolean; parentContainer?: unknown } | null;
}): boolean {
  let node: { visible: boolean; parentContainer?: unknown } | null | undefined = object;
  while (node) {
    if (!node.visible) return false;
    node = node.parentContainer as typeof node;
  }
  return true;
}

/**
 * A value on a control's grid: clamped to [min, max], to the nearest step from min, with float
 * noise rounded away (3 x 0.05 is 0.15000000000000002 in floating point; a plan holding it
 * writes those digits into its run code and the QR code grows).
 */
export function snapToStep(value: number, min: number, max: number, step: number): number {
  const clamped = Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));
  const snapped = Number((min + Math.round((clamped - min) / step) * step).toPrecision(12));
  return Math.min(max, Math.max(min, snapped));
}
