/**
 * One status line for messages to the player (a bad link, a bad save, what
 * Share did): visible text in a polite live region, always set as text.
 */
export class StatusLine {
  readonly root: HTMLElement;
  private readonly text: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(parent: HTMLElement) {
    this.root = document.createElement("div");
    this.root.id = "status";
    this.root.setAttribute("role", "status");
    this.root.setAttribute("aria-live", "polite");
    this.root.hidden = true;
    this.text = document.createElement("p");
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.addEventListener("click", () => this.clear());
    this.root.append(this.text, close);
    parent.append(this.root);
  }

  /** Shows a message; problems stay until dismissed, notes fade after a while. */
  show(message: string, tone: "note" | "problem" = "note"): void {
    this.text.textContent = message;
    this.root.dataset.tone = tone;
    this.root.hidden = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = tone === "note" ? setTimeout(() => this.clear(), 12_000) : null;
  }

  clear(): void {
    this.root.hidden = true;
    this.text.textContent = "";
  }

  get message(): string {
    return this.root.hidden ? "" : (this.text.textContent ?? "");
  }
}
