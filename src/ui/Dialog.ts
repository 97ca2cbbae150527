/**
 * A small modal list of options in the DOM (keyboard: Tab, Enter, Escape).
 * Labels are set as text, never as HTML.
 */
export function chooseOption<T>(
  parent: HTMLElement,
  title: string,
  options: { label: string; value: T }[],
): Promise<T | null> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const dialog = document.createElement("div");
    dialog.className = "dialog";
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    const heading = document.createElement("h2");
    heading.id = "dialog-title";
    heading.textContent = title;
    dialog.setAttribute("aria-labelledby", heading.id);
    const list = document.createElement("div");
    list.className = "dialog-options";
    const close = (value: T | null) => {
      dialog.remove();
      document.removeEventListener("keydown", onKey, true);
      previous?.focus?.();
      resolve(value);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        close(null);
      }
      event.stopPropagation();
    };
    for (const option of options) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = option.label;
      button.addEventListener("click", () => close(option.value));
      list.append(button);
    }
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", () => close(null));
    dialog.append(heading, list, cancel);
    parent.append(dialog);
    document.addEventListener("keydown", onKey, true);
    (list.querySelector("button") ?? cancel).focus();
  });
}

/** Asks the player for a file and reads it as text (null if none was picked). */
export function pickTextFile(accept: string): Promise<string | null> {
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
      if (file.size > 5_000_000) return resolve("");
      file.text().then(resolve, () => resolve(null));
    });
    input.addEventListener("cancel", () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
