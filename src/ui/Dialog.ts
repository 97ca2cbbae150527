import { uiText as t } from "../i18n/messages/ui";

/**
 * An empty modal dialog with a title, already in the page: Escape or `close` removes it, gives
 * the focus back to whatever had it (or `restoreTo`) and calls `onClose` once. While it is open,
 * keys go to the dialog only (the scene underneath does not see them) and Tab cycles through its
 * controls without leaving it. With `backdrop`, a dimmed layer under it catches the pointer too,
 * and a click on that layer closes it.
 */
export function openDialog(
  parent: HTMLElement,
  title: string,
  onClose: () => void,
  options: {
    id?: string;
    className?: string;
    backdrop?: boolean;
    restoreTo?: HTMLElement | null;
  } = {},
): { dialog: HTMLDivElement; close: () => void } {
  const previous = options.restoreTo ?? (document.activeElement as HTMLElement | null);
  const dialog = document.createElement("div");
  dialog.className = options.className ? `dialog ${options.className}` : "dialog";
  if (options.id) dialog.id = options.id;
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-modal", "true");
  const heading = document.createElement("h2");
  heading.id = `${options.id ?? "dialog"}-title`;
  heading.textContent = title;
  dialog.setAttribute("aria-labelledby", heading.id);
  dialog.append(heading);
  const backdrop = options.backdrop ? document.createElement("div") : null;
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    dialog.remove();
    backdrop?.remove();
    document.removeEventListener("keydown", onKey, true);
    previous?.focus?.();
    onClose();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      trapTab(dialog, event);
    }
    event.stopPropagation();
  };
  if (backdrop) {
    backdrop.className = "dialog-backdrop";
    backdrop.addEventListener("click", close);
    parent.append(backdrop);
  }
  parent.append(dialog);
  document.addEventListener("keydown", onKey, true);
  return { dialog, close };
}

const FOCUSABLE = "button, input, select, textarea, a[href], [tabindex]:not([tabindex='-1'])";

/** Keeps Tab inside the dialog: from its last control to its first, and back with Shift. */
function trapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const stops = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute("disabled") && el.closest("[hidden]") === null,
  );
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && dialog.contains(active);
  if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A small modal list of options in the DOM (keyboard: Tab, Enter, Escape).
 * Labels are set as text, never as HTML.
 */
export function chooseOption<T>(
  parent: HTMLElement,
  title: string,
  /** Each option's label, and an optional second line under it (part of the button's name). */
  options: { label: string; value: T; detail?: string }[],
  details: { message?: string; id?: string } = {},
): Promise<T | null> {
  return new Promise((resolve) => {
    let chosen: T | null = null;
    const { dialog, close } = openDialog(parent, title, () => resolve(chosen), {
      ...(details.id ? { id: details.id } : {}),
    });
    if (details.message) {
      const p = document.createElement("p");
      p.className = "dialog-message";
      p.textContent = details.message;
      dialog.append(p);
    }
    const pick = (value: T | null) => {
      chosen = value;
      close();
    };
    const list = document.createElement("div");
    list.className = "dialog-options";
    for (const option of options) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = option.label;
      if (option.detail) {
        const detail = document.createElement("span");
        detail.className = "dialog-option-detail";
        detail.textContent = option.detail;
        button.append(detail);
      }
      button.addEventListener("click", () => pick(option.value));
      list.append(button);
    }
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = t("cancel");
    cancel.addEventListener("click", () => pick(null));
    dialog.append(list, cancel);
    (list.querySelector("button") ?? cancel).focus();
  });
}

/** A run of text; a piece in another language carries its `lang` (e.g. a Chinese title). */
export type Passage = string | readonly (string | { text: string; lang: string })[];

/** One section of a text dialog: a heading, then paragraphs and/or a bulleted list. */
export interface TextSection {
  heading: string;
  paragraphs?: readonly Passage[];
  items?: readonly Passage[];
}

/** The "Close" button at the foot of a dialog. */
export function closeButton(close: () => void): HTMLButtonElement {
  const done = document.createElement("button");
  done.type = "button";
  done.className = "dialog-close";
  done.textContent = t("close");
  done.addEventListener("click", close);
  return done;
}

function fill(element: HTMLElement, passage: Passage): HTMLElement {
  if (typeof passage === "string") {
    element.textContent = passage;
    return element;
  }
  for (const piece of passage) {
    if (typeof piece === "string") {
      element.append(document.createTextNode(piece));
    } else {
      const span = document.createElement("span");
      span.lang = piece.lang;
      span.textContent = piece.text;
      element.append(span);
    }
  }
  return element;
}

/**
 * A modal page of text (credits, notes) with a Close button: everything is set as text, never
 * as HTML. Resolves when it closes (Escape, Close, or a click beside it).
 */
export function showText(
  parent: HTMLElement,
  title: string,
  sections: readonly TextSection[],
  id = "text-dialog",
  restoreTo?: HTMLElement | null,
): Promise<void> {
  return new Promise((resolve) => {
    const { dialog, close } = openDialog(parent, title, resolve, {
      id,
      className: "dialog-text",
      backdrop: true,
      ...(restoreTo ? { restoreTo } : {}),
    });
    const body = document.createElement("div");
    body.className = "dialog-body";
    // A scrolling region must take the focus, so a keyboard can scroll it (axe: scrollable-region-focusable).
    body.tabIndex = 0;
    for (const section of sections) {
      const heading = document.createElement("h3");
      heading.textContent = section.heading;
      body.append(heading);
      for (const paragraph of section.paragraphs ?? []) {
        const element = fill(document.createElement("p"), paragraph);
        element.className = "dialog-para";
        body.append(element);
      }
      if (section.items?.length) {
        const list = document.createElement("ul");
        for (const item of section.items) list.append(fill(document.createElement("li"), item));
        body.append(list);
      }
    }
    const done = closeButton(close);
    dialog.append(body, done);
    done.focus();
  });
}

/** A file the player picked: its text, or only its size when it is over the limit. */
export type PickedFile = { text: string } | { tooLarge: number };

/**
 * Asks the player for a file and reads it as text (null if none was picked). A file larger
 * than `maxBytes` is not read at all: its size comes back instead.
 */
export function pickTextFile(accept: string, maxBytes: number): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept;
    input.hidden = true;
    input.id = "import-file";
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > maxBytes) return resolve({ tooLarge: file.size });
      file.text().then(
        (text) => resolve({ text }),
        () => resolve(null),
      );
    });
    input.addEventListener("cancel", () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
