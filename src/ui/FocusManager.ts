import type Phaser from "phaser";
import type { Control } from "./controls";
import { COLORS } from "./theme";

/**
 * Keyboard use for a scene: Tab and Shift+Tab move between controls, arrows
 * adjust the focused one, Enter or Space activates it, and the scene may bind
 * Enter (commit) and Escape (cancel) as shortcuts when no button has focus.
 */
export class FocusManager {
  private readonly controls: Control[] = [];
  private index = -1;
  private readonly ring: Phaser.GameObjects.Graphics;
  /** Scene-level shortcut for Enter when the focused control does not take it. */
  onEnter: (() => void) | null = null;
  onEscape: (() => void) | null = null;
  /** Called whenever the focus moves (the scene shows that control's "show the math"). */
  onFocus: ((control: Control | null) => void) | null = null;

  private readonly createdAt = typeof performance === "undefined" ? 0 : performance.now();
  /**
   * Key events already acted on. Phaser's keyboard plugin re-dispatches its whole queue of the
   * frame each time a new key event arrives, and its duplicate check only compares with the last
   * event, so two Tabs pressed within one frame used to move the focus three times (the same bug
   * players of other Phaser games see as doubled letters when typing fast).
   */
  private readonly handled = new WeakSet<KeyboardEvent>();

  constructor(scene: Phaser.Scene) {
    this.ring = scene.add.graphics().setDepth(1000);
    const keyboard = scene.input.keyboard;
    if (!keyboard) return;
    // Tab must not move the browser's focus away from the canvas while a scene is in use.
    keyboard.addCapture("TAB");
    // Enter and Esc belong to the scene while it runs: without this, the browser would also
    // "click" the DOM button that gets focus after a commit. Released on shutdown for the story panel.
    keyboard.addCapture("ENTER,ESC");
    keyboard.on("keydown", this.onKey, this);
    scene.events.once("shutdown", () => {
      keyboard.off("keydown", this.onKey, this);
      keyboard.removeCapture("ENTER,ESC");
    });
  }

  add<T extends Control>(control: T): T {
    this.controls.push(control);
    return control;
  }

  all(): readonly Control[] {
    return this.controls;
  }

  get focused(): Control | null {
    return this.controls[this.index] ?? null;
  }

  focus(control: Control | null): void {
    const previous = this.focused;
    this.index = control ? this.controls.indexOf(control) : -1;
    if (previous !== this.focused) previous?.setFocused(false);
    this.focused?.setFocused(true);
    this.drawRing();
    this.onFocus?.(this.focused);
  }

  /** Removes every control (a scene rebuilding its layout). */
  clear(): void {
    this.focus(null);
    this.controls.length = 0;
  }

  /** Redraws the focus ring, e.g. after the focused control moved. */
  drawRing(): void {
    this.ring.clear();
    const control = this.focused;
    if (!control) return;
    const b = control.bounds();
    this.ring.lineStyle(3, COLORS.accent, 1);
    this.ring.strokeRoundedRect(b.x - 6, b.y - 6, b.width + 12, b.height + 12, 10);
  }

  private move(step: 1 | -1): void {
    const usable = this.controls.filter((c) => c.enabled());
    if (usable.length === 0) return;
    const current = this.focused ? usable.indexOf(this.focused) : -1;
    const next =
      current === -1
        ? step === 1
          ? 0
          : usable.length - 1
        : (current + step + usable.length) % usable.length;
    this.focus(usable[next] ?? null);
  }

  private onKey(event: KeyboardEvent): void {
    // A key pressed before this screen existed (the Enter that opened it) is not meant for it.
    if (event.timeStamp < this.createdAt) return;
    if (this.handled.has(event)) return;
    this.handled.add(event);
    // A held Enter, Space or Escape acts once: commits and presses are decisions, and the key's
    // repeats would otherwise land on the screen that opens next.
    if (event.repeat && (event.key === "Enter" || event.key === " " || event.key === "Escape")) {
      event.preventDefault();
      return;
    }
    const control = this.focused;
    switch (event.key) {
      case "Tab":
        event.preventDefault();
        this.move(event.shiftKey ? -1 : 1);
        break;
      case "ArrowLeft":
      case "ArrowDown":
        control?.nudge?.(-1, event.shiftKey);
        this.drawRing();
        break;
      case "ArrowRight":
      case "ArrowUp":
        control?.nudge?.(1, event.shiftKey);
        this.drawRing();
        break;
      case "Enter":
        // No default action: the DOM must not also "click" whatever gets focus after a commit.
        event.preventDefault();
        // Enter presses a focused button; on any other control it is the screen's Commit.
        if (control?.kind === "button" && control.press && control.enabled()) control.press();
        else this.onEnter?.();
        break;
      case " ":
        event.preventDefault();
        if (control?.press && control.enabled()) control.press();
        break;
      case "Escape":
        event.preventDefault();
        this.onEscape?.();
        break;
    }
  }
}
