import type Phaser from "phaser";
import { uiText as t } from "../i18n/messages/ui";
import type { Control } from "./controls";
import { DomControls } from "./DomControls";
import { COLORS } from "./theme";

/**
 * Keyboard use for a scene, and its controls' registry. Every control added here also gets a
 * native HTML twin (src/ui/DomControls.ts), so the browser's Tab order, screen readers and
 * the keyboard work on real elements: Tab moves between them, arrows adjust a slider, a choice
 * or a stepper, Enter or Space presses a button. The canvas follows: the focused twin's control
 * gets the ring. When the page itself has the focus (after a click on empty canvas), the keys
 * act on the canvas control in focus as before. Enter on a control that is not a button does
 * nothing (a slider's Enter is not a commit); Ctrl+Enter is the scene's shortcut (`onEnter`,
 * e.g. Commit), and Escape its `onEscape` (e.g. Cancel).
 */
export class FocusManager {
  private readonly controls: Control[] = [];
  private index = -1;
  private claimed = false;
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
  /** The controls' native twins (none where there is no DOM). */
  readonly dom: DomControls | null;

  constructor(scene: Phaser.Scene, options: { heading?: string } = {}) {
    this.ring = scene.add.graphics().setDepth(1000);
    this.dom =
      typeof document === "undefined"
        ? null
        : new DomControls(scene, options.heading ?? t("gameName"), (control) =>
            this.focus(control),
          );
    const keyboard = scene.input.keyboard;
    if (!keyboard) return;
    keyboard.on("keydown", this.onKey, this);
    scene.events.once("shutdown", () => {
      keyboard.off("keydown", this.onKey, this);
    });
  }

  add<T extends Control>(control: T): T {
    this.controls.push(control);
    this.dom?.add(control);
    return control;
  }

  /** Puts the controls' current values, labels and states on their twins (after every edit). */
  sync(): void {
    this.dom?.sync();
  }

  all(): readonly Control[] {
    return this.controls;
  }

  get focused(): Control | null {
    return this.controls[this.index] ?? null;
  }

  /** Focuses a control (null: none). `claim`: a scene's first focus, taken from the page too. */
  focus(control: Control | null, claim = false): void {
    // The scene's first focus is taken from the page: the screen it replaced had the focus.
    const take = claim || (!this.claimed && control !== null);
    if (control) this.claimed = true;
    const previous = this.focused;
    this.index = control ? this.controls.indexOf(control) : -1;
    if (previous !== this.focused) previous?.setFocused(false);
    this.focused?.setFocused(true);
    this.drawRing();
    this.dom?.focusTwin(this.focused, take);
    this.onFocus?.(this.focused);
  }

  /** Removes every control (a scene rebuilding its layout). */
  clear(): void {
    this.focus(null);
    this.controls.length = 0;
    this.dom?.clear();
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
    // On a twin (or any page element) the browser's own keys apply: Tab, arrows on a range or a
    // radio group, Enter and Space on a button. Only Escape and Ctrl+Enter are the scene's.
    const onPage =
      typeof HTMLElement !== "undefined" &&
      event.target instanceof HTMLElement &&
      event.target !== document.body &&
      event.target.tagName !== "CANVAS";
    if (onPage) {
      // A dialog over the scene has its own Escape.
      if ((event.target as HTMLElement).closest("[role=dialog],dialog")) return;
      if (event.key === "Escape") {
        event.preventDefault();
        this.onEscape?.();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.onEnter?.();
      }
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
        // Enter presses a focused button; Ctrl+Enter is the screen's shortcut (Commit).
        if (event.ctrlKey || event.metaKey) this.onEnter?.();
        else if (control?.kind === "button" && control.press && control.enabled()) control.press();
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
