/**
 * Native HTML twins of a canvas scene's controls, built from its FocusManager's registry.
 *
 * The canvas draws the controls and the charts; a screen reader, the browser's Tab order and
 * the operating system's accessibility tools only know HTML. So every registered control gets
 * a real element: a `<button>`, an `<input type="range">`, a radio group, an ARIA spinbutton, a
 * readout button described by its math. Each twin lies over its canvas control (so touch
 * screen readers find it where it is seen), is transparent, and lets the pointer through to the
 * canvas. Focus moves both ways: Tab (the browser's) focuses a twin, which focuses the canvas
 * control and draws its ring; a click on the canvas focuses the twin. Charts get data tables.
 * Values move the other way too: a twin's input sets the canvas control, as dragging would.
 */
import type Phaser from "phaser";
import { uiText as t } from "../i18n/messages/ui";
import { Chart, StackBar } from "./Chart";
import type { Control, Rect } from "./controls";

interface Twin {
  control: Control;
  /** The element placed over the control (a wrapper for sliders and radio groups). */
  box: HTMLElement;
  /** The element that takes the focus. */
  focusable: () => HTMLElement | null;
  /** Puts the control's current label, value and state on the element. */
  sync: () => void;
  placed: string;
}

let nextId = 0;

/** A unique id for label and description references. */
function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export class DomControls {
  readonly root: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly list: HTMLElement;
  private readonly figures: HTMLElement;
  private readonly twins = new Map<Control, Twin>();
  private readonly tables = new Map<Chart, { table: HTMLTableElement; signature: string }>();
  private readonly bars = new Map<StackBar, HTMLParagraphElement>();
  /** The twin being focused from the canvas side (so its focus event does not echo back). */
  private echo = false;

  constructor(
    private readonly scene: Phaser.Scene,
    heading: string,
    private readonly onFocus: (control: Control) => void,
  ) {
    const host = document.getElementById("game") ?? document.body;
    this.root = document.createElement("section");
    this.root.className = "dom-controls";
    this.root.dataset.scene = scene.scene.key;
    this.heading = document.createElement("h1");
    this.heading.className = "visually-hidden";
    this.heading.textContent = heading;
    this.root.setAttribute("aria-label", heading);
    this.list = document.createElement("div");
    this.list.className = "dom-controls-list";
    this.figures = document.createElement("div");
    this.figures.className = "visually-hidden";
    this.root.append(this.heading, this.list, this.figures);
    // Right after the canvas, before the overlay (story panel, status line, the Sound and Menu
    // bar in the corner): the scene's heading and controls come first in reading and Tab order.
    const overlay = document.getElementById("overlay");
    if (overlay && overlay.parentElement === host) host.insertBefore(this.root, overlay);
    else host.append(this.root);

    this.root.addEventListener("focusin", (event) => {
      if (this.echo) return;
      const twin = this.twinOf(event.target);
      if (twin) this.onFocus(twin.control);
    });
    // A held Enter or Space acts once: a press is a decision, and the repeats would land on
    // whatever the press opens (the FocusManager does the same on the canvas).
    this.root.addEventListener("keydown", (event) => {
      if (event.repeat && (event.key === "Enter" || event.key === " ")) event.preventDefault();
    });
    // Phaser refits the canvas on its next step after the window changes: place again then.
    const onResize = () => {
      this.place();
      requestAnimationFrame(() => this.place());
    };
    scene.scale.on("resize", onResize);
    window.addEventListener("resize", onResize);
    scene.events.once("shutdown", () => {
      scene.scale.off("resize", onResize);
      window.removeEventListener("resize", onResize);
      this.destroy();
    });
  }

  add(control: Control): void {
    if (this.twins.has(control)) return;
    const twin = this.build(control);
    this.twins.set(control, twin);
    this.list.append(twin.box);
    twin.sync();
    this.placeTwin(twin, this.frame());
  }

  clear(): void {
    for (const twin of this.twins.values()) twin.box.remove();
    this.twins.clear();
  }

  /**
   * Gives the twin the browser's focus, unless the player is in some other part of the page.
   * `claim`: the scene has just opened and takes the focus from the screen it replaced (the
   * story panel's button, say), but never from a dialog.
   */
  focusTwin(control: Control | null, claim = false): void {
    if (!control) return;
    const element = this.twins.get(control)?.focusable();
    if (!element || document.activeElement === element) return;
    const active = document.activeElement;
    const inDialog = active?.closest("[role=dialog],[role=alertdialog],dialog") ?? null;
    const free =
      (claim && !inDialog) ||
      !active ||
      active === document.body ||
      active.tagName === "CANVAS" ||
      this.root.contains(active) ||
      // The twins of a scene that just stopped: its root is gone from the page.
      !active.isConnected;
    if (!free) return;
    this.echo = true;
    try {
      element.focus({ preventScroll: true });
    } finally {
      this.echo = false;
    }
  }

  /** Puts every control's label, value and state on its twin, and the charts in their tables. */
  sync(): void {
    let moved = false;
    for (const twin of this.twins.values()) {
      const hidden = twin.box.hidden;
      twin.sync();
      if (twin.box.hidden !== hidden) moved = true;
    }
    this.syncTables();
    // Controls stay where they are while values change; they move when a tab or the layout
    // changes. Placing reads the canvas box, which would force a layout on every drag frame.
    if (moved) this.place();
  }

  /** The canvas in page pixels and the scale from game pixels (Phaser.Scale.FIT). */
  private frame(): { left: number; top: number; scale: number } | null {
    const canvas = this.scene.game.canvas;
    const host = this.root.offsetParent ?? document.body;
    if (!canvas?.isConnected) return null;
    const c = canvas.getBoundingClientRect();
    const h = host.getBoundingClientRect();
    const width = this.scene.scale.gameSize.width;
    if (c.width === 0 || width === 0) return null;
    return { left: c.left - h.left, top: c.top - h.top, scale: c.width / width };
  }

  private place(): void {
    const frame = this.frame();
    for (const twin of this.twins.values()) this.placeTwin(twin, frame);
  }

  private placeTwin(twin: Twin, frame: ReturnType<DomControls["frame"]>): void {
    if (!frame || twin.box.hidden) return;
    const b: Rect = twin.control.bounds();
    const s = frame.scale;
    const style = `left:${(frame.left + b.x * s).toFixed(1)}px;top:${(frame.top + b.y * s).toFixed(1)}px;width:${(b.width * s).toFixed(1)}px;height:${(b.height * s).toFixed(1)}px`;
    if (style === twin.placed) return;
    twin.placed = style;
    twin.box.setAttribute("style", style);
  }

  private twinOf(target: EventTarget | null): Twin | undefined {
    if (!(target instanceof Element)) return undefined;
    const box = target.closest("[data-control]");
    if (!box) return undefined;
    for (const twin of this.twins.values()) if (twin.box === box) return twin;
    return undefined;
  }

  private build(control: Control): Twin {
    switch (control.kind) {
      case "slider":
        return this.slider(control);
      case "stepper":
        return this.spinbutton(control);
      case "choice":
      case "toggle":
        return this.radios(control);
      case "readout":
        return this.readout(control);
      default:
        return this.button(control);
    }
  }

  private shell(control: Control, tag: "div" | "button" = "div"): HTMLElement {
    const box = document.createElement(tag);
    box.className = `dom-control dom-${control.kind}`;
    box.dataset.control = control.id;
    return box;
  }

  /** Hidden when the canvas control is (a phone tab not shown); disabled when it is. */
  private state(control: Control, box: HTMLElement): boolean {
    const shown = control.shown ? control.shown() : true;
    box.hidden = !shown;
    return control.enabled();
  }

  private button(control: Control): Twin {
    const box = this.shell(control, "button") as HTMLButtonElement;
    box.type = "button";
    box.addEventListener("click", () => control.press?.());
    return {
      control,
      box,
      focusable: () => box,
      placed: "",
      sync: () => {
        const enabled = this.state(control, box);
        if (box.disabled === enabled) box.disabled = !enabled;
        const label = control.text ? control.text() : control.label;
        if (box.textContent !== label) box.textContent = label;
      },
    };
  }

  private slider(control: Control): Twin {
    const box = this.shell(control);
    const label = document.createElement("label");
    const id = uid("slider");
    label.htmlFor = id;
    label.className = "visually-hidden";
    label.textContent = control.label;
    const input = document.createElement("input");
    input.type = "range";
    input.id = id;
    input.addEventListener("input", () => {
      control.setValue?.(Number(input.value));
      // The control snaps and clamps: show what it took.
      const taken = String(control.value?.() ?? input.value);
      if (input.value !== taken) input.value = taken;
    });
    // Shift with an arrow is ten steps, as on the canvas (a range input alone moves one).
    input.addEventListener("keydown", (event) => {
      if (!event.shiftKey) return;
      const direction =
        event.key === "ArrowRight" || event.key === "ArrowUp"
          ? 1
          : event.key === "ArrowLeft" || event.key === "ArrowDown"
            ? -1
            : 0;
      if (direction === 0) return;
      event.preventDefault();
      control.nudge?.(direction, true);
    });
    box.append(label, input);
    return {
      control,
      box,
      focusable: () => input,
      placed: "",
      sync: () => {
        const enabled = this.state(control, box);
        input.disabled = !enabled;
        const range = control.range?.();
        if (range) {
          setAttr(input, "min", String(range.min));
          setAttr(input, "max", String(range.max));
          setAttr(input, "step", range.step > 0 ? String(range.step) : "any");
        }
        const value = String(control.value?.() ?? 0);
        if (input.value !== value) input.value = value;
        setAttr(input, "aria-valuetext", control.valueLabel?.() ?? value);
      },
    };
  }

  /** A stepper is a spinbutton (ARIA APG): arrows step, Page keys ten steps, Home and End the ends. */
  private spinbutton(control: Control): Twin {
    const box = this.shell(control);
    const spin = document.createElement("div");
    spin.setAttribute("role", "spinbutton");
    spin.tabIndex = 0;
    spin.setAttribute("aria-label", control.label);
    spin.addEventListener("keydown", (event) => {
      if (spin.getAttribute("aria-disabled") === "true") return;
      const range = control.range?.();
      let handled = true;
      switch (event.key) {
        case "ArrowUp":
        case "ArrowRight":
          control.nudge?.(1, event.shiftKey);
          break;
        case "ArrowDown":
        case "ArrowLeft":
          control.nudge?.(-1, event.shiftKey);
          break;
        case "PageUp":
          control.nudge?.(1, true);
          break;
        case "PageDown":
          control.nudge?.(-1, true);
          break;
        case "Home":
          if (range) control.setValue?.(range.min);
          break;
        case "End":
          if (range) control.setValue?.(range.max);
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    });
    box.append(spin);
    return {
      control,
      box,
      focusable: () => spin,
      placed: "",
      sync: () => {
        const enabled = this.state(control, box);
        setAttr(spin, "aria-disabled", String(!enabled));
        spin.tabIndex = enabled ? 0 : -1;
        const range = control.range?.();
        if (range) {
          setAttr(spin, "aria-valuemin", String(range.min));
          setAttr(spin, "aria-valuemax", String(range.max));
        }
        const value = String(control.value?.() ?? 0);
        setAttr(spin, "aria-valuenow", value);
        const text = control.valueLabel?.() ?? value;
        setAttr(spin, "aria-valuetext", text);
        if (spin.textContent !== text) spin.textContent = text;
      },
    };
  }

  /** A choice among a few (and an on/off pair) is a radio group: arrows move, Tab leaves. */
  private radios(control: Control): Twin {
    const box = this.shell(control);
    box.setAttribute("role", "radiogroup");
    box.setAttribute("aria-label", control.label);
    const name = uid("choice");
    const options = control.choiceLabels?.() ?? [];
    const inputs = options.map((text, i) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.value = String(i);
      input.addEventListener("change", () => {
        if (input.checked) control.setValue?.(i);
      });
      const caption = document.createElement("span");
      caption.textContent = text;
      label.style.width = `${100 / Math.max(1, options.length)}%`;
      label.append(input, caption);
      box.append(label);
      return input;
    });
    return {
      control,
      box,
      focusable: () => inputs.find((i) => i.checked) ?? inputs[0] ?? null,
      placed: "",
      sync: () => {
        const enabled = this.state(control, box);
        const value = control.value?.() ?? 0;
        inputs.forEach((input, i) => {
          input.disabled = !enabled;
          const checked = i === value;
          if (input.checked !== checked) input.checked = checked;
        });
      },
    };
  }

  /** A readout that explains itself: its name is the number, its description the math. */
  private readout(control: Control): Twin {
    const box = this.shell(control, "button") as HTMLButtonElement;
    box.type = "button";
    const math = document.createElement("span");
    math.id = uid("math");
    math.className = "visually-hidden";
    box.setAttribute("aria-describedby", math.id);
    const name = document.createElement("span");
    box.append(name, math);
    const writeMath = () => {
      const text = control.description?.() ?? "";
      if (math.textContent !== text) math.textContent = text;
    };
    // The math is built when the readout is reached, not on every frame of a drag.
    box.addEventListener("focus", writeMath);
    return {
      control,
      box,
      focusable: () => box,
      placed: "",
      sync: () => {
        const enabled = this.state(control, box);
        if (box.disabled === enabled) box.disabled = !enabled;
        const text = t("readoutName", {
          label: control.label,
          value: control.valueLabel?.() ?? "",
        });
        if (name.textContent !== text) name.textContent = text;
        if (document.activeElement === box) writeMath();
      },
    };
  }

  /** Every chart in the scene as a table: the numbers of its lines, for screen readers. */
  private syncTables(): void {
    for (const object of this.scene.children.list) {
      if (object instanceof StackBar) {
        let p = this.bars.get(object);
        if (!p) {
          p = document.createElement("p");
          this.bars.set(object, p);
          this.figures.append(p);
        }
        const text = object.description();
        if (p.textContent !== text) p.textContent = text;
        p.hidden = !object.visible;
        continue;
      }
      if (!(object instanceof Chart)) continue;
      const data = object.table();
      const signature = data ? JSON.stringify(data) : "";
      let entry = this.tables.get(object);
      if (!entry) {
        entry = { table: document.createElement("table"), signature: "\u0000" };
        this.tables.set(object, entry);
        this.figures.append(entry.table);
      }
      if (entry.signature === signature) continue;
      entry.signature = signature;
      const table = entry.table;
      table.replaceChildren();
      table.hidden = !data || !object.visible;
      if (!data) continue;
      const caption = table.createCaption();
      caption.textContent = data.caption;
      const head = table.createTHead().insertRow();
      for (const h of data.head) {
        const th = document.createElement("th");
        th.scope = "col";
        th.textContent = h;
        head.append(th);
      }
      const body = table.createTBody();
      for (const row of data.rows) {
        const tr = body.insertRow();
        row.forEach((cell, i) => {
          const td = document.createElement(i === 0 ? "th" : "td");
          if (i === 0) (td as HTMLTableCellElement).scope = "row";
          td.textContent = cell;
          tr.append(td);
        });
      }
    }
  }

  private destroy(): void {
    this.twins.clear();
    this.tables.clear();
    this.bars.clear();
    this.root.remove();
  }
}

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
