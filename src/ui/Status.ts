/**
 * One status line for messages to the player (a bad link, a bad save, what
 * Share did): visible text in a polite live region, always set as text.
 *
 * A message may carry one action (a button such as "Export save"). A standing
 * warning (saving has stopped working) is "held": other messages show over it,
 * and when they are dismissed or a new screen opens it comes back, until the
 * App lets it go.
 */
import { uiText as t } from "../i18n/messages/ui";

export interface StatusAction {
  label: string;
  run(): void;
}

type Tone = "note" | "problem";

interface Shown {
  message: string;
  tone: Tone;
  action?: StatusAction | undefined;
}

export class StatusLine {
  readonly root: HTMLElement;
  private readonly text: HTMLElement;
  private readonly actionButton: HTMLButtonElement;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private held: Shown | null = null;
  private action: StatusAction | undefined;

  constructor(parent: HTMLElement) {
    this.root = document.createElement("div");
    this.root.id = "status";
    this.root.setAttribute("role", "status");
    this.root.setAttribute("aria-live", "polite");
    this.root.hidden = true;
    this.text = document.createElement("p");
    this.actionButton = document.createElement("button");
    this.actionButton.type = "button";
    this.actionButton.className = "status-action";
    this.actionButton.hidden = true;
    this.actionButton.addEventListener("click", () => this.action?.run());
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = t("dismiss");
    close.addEventListener("click", () => this.dismiss());
    this.root.append(this.text, this.actionButton, close);
    parent.append(this.root);
  }

  /** Shows a message; problems stay until dismissed, notes fade after a while. */
  show(message: string, tone: Tone = "note", action?: StatusAction): void {
    this.display({ message, tone, action });
  }

  /** A warning that stands while its cause lasts (null: the cause is gone). */
  hold(message: string | null, action?: StatusAction): void {
    const wasShown = this.held !== null && this.message === this.held.message;
    this.held = message === null ? null : { message, tone: "problem", action };
    if (this.held) this.display(this.held);
    else if (wasShown) this.hide();
  }

  /** A new screen or card opened: earlier messages no longer apply (a held warning still does). */
  clear(): void {
    if (this.held) this.display(this.held);
    else this.hide();
  }

  /** The player closed the message: a held warning stays closed until it is raised again. */
  private dismiss(): void {
    const closing = this.message;
    if (this.held && this.held.message !== closing) this.display(this.held);
    else this.hide();
  }

  private display(shown: Shown): void {
    this.text.textContent = shown.message;
    this.root.dataset.tone = shown.tone;
    this.root.hidden = false;
    this.action = shown.action;
    this.actionButton.hidden = !shown.action;
    this.actionButton.textContent = shown.action?.label ?? "";
    if (this.timer) clearTimeout(this.timer);
    this.timer =
      shown.tone === "note"
        ? setTimeout(() => (this.held ? this.display(this.held) : this.hide()), 12_000)
        : null;
  }

  private hide(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.root.hidden = true;
    this.text.textContent = "";
    this.action = undefined;
    this.actionButton.hidden = true;
  }

  get message(): string {
    return this.root.hidden ? "" : (this.text.textContent ?? "");
  }
}
