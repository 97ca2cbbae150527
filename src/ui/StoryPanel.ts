/**
 * The narrative view: ink text in real DOM over the canvas, so screen readers
 * announce it (aria-live), players can select and copy it, and the browser's
 * text scaling works. Keyboard: 1-9 pick a choice, Enter continues, Backspace
 * rewinds one decision and Shift+Backspace redoes it.
 *
 * Deliberate input: a key acts once per press (auto-repeat never decides), and
 * choices take input only once they have been painted (a key or click that
 * arrives before that was aimed at what was there before). The first choice is
 * not focused for the player, so an Enter meant for the screen before (a
 * double press to commit) cannot pick an unread choice; Tab reaches them.
 *
 * Story text is only ever inserted with textContent, never as HTML.
 */
import type { Beat, Passage } from "../story/director";
import { glossaryEntry } from "../story/glossary";

export interface StoryPanelHandlers {
  choose(index: number): void;
  continue(): void;
  /** Undo the last decision (the Rewind button); absent: no button. */
  rewind?(): void;
  /** Bring back the last decision undone (the Redo button). */
  redo?(): void;
}

const CONTINUE_LABELS = {
  page: "Continue",
  screen: "Open the plan",
  ending: "See how your run ended",
} as const;

export class StoryPanel {
  readonly root: HTMLElement;
  private readonly log: HTMLElement;
  private readonly choiceList: HTMLOListElement;
  private readonly continueButton: HTMLButtonElement;
  private readonly definition: HTMLElement;
  private readonly rewindButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  private beat: Beat | null = null;
  private visible = false;
  /**
   * When the choices on offer were first painted (performance.now() time); input stamped
   * earlier was aimed at what was on the page before them. Infinity until then.
   */
  private choicesPaintedAt = Number.POSITIVE_INFINITY;
  private renderCount = 0;

  constructor(
    parent: HTMLElement,
    private readonly handlers: StoryPanelHandlers,
  ) {
    this.root = document.createElement("section");
    this.root.id = "story-panel";
    this.root.setAttribute("aria-label", "Story");
    this.root.hidden = true;

    this.log = document.createElement("div");
    this.log.className = "story-log";
    this.log.setAttribute("aria-live", "polite");
    this.log.setAttribute("aria-relevant", "additions");
    // The log scrolls: keyboard players reach it to scroll with the arrows (WCAG 2.1.1).
    this.log.tabIndex = 0;
    this.log.setAttribute("role", "log");
    this.log.setAttribute("aria-label", "Story text");

    this.definition = document.createElement("aside");
    this.definition.className = "glossary-definition";
    this.definition.setAttribute("role", "note");
    this.definition.hidden = true;

    this.choiceList = document.createElement("ol");
    this.choiceList.className = "story-choices";
    this.choiceList.setAttribute("aria-label", "Choices");
    // Focusable by script only: the panel puts the focus here, and Tab goes on to the first choice.
    this.choiceList.tabIndex = -1;

    this.continueButton = document.createElement("button");
    this.continueButton.type = "button";
    this.continueButton.className = "story-continue";
    this.continueButton.addEventListener("click", () => this.handlers.continue());

    this.rewindButton = document.createElement("button");
    this.rewindButton.type = "button";
    this.rewindButton.className = "story-rewind";
    this.rewindButton.textContent = "Rewind";
    this.rewindButton.title = "Undo your last decision (Backspace)";
    this.rewindButton.setAttribute("aria-label", "Rewind: undo your last decision");
    this.rewindButton.hidden = true;
    this.rewindButton.addEventListener("click", () => this.handlers.rewind?.());

    this.redoButton = document.createElement("button");
    this.redoButton.type = "button";
    this.redoButton.className = "story-redo";
    this.redoButton.textContent = "Redo";
    this.redoButton.title = "Bring back the decision you rewound (Shift+Backspace)";
    this.redoButton.setAttribute("aria-label", "Redo: bring back the decision you rewound");
    this.redoButton.hidden = true;
    this.redoButton.addEventListener("click", () => this.handlers.redo?.());

    const undo = document.createElement("div");
    undo.className = "story-undo";
    undo.append(this.rewindButton, this.redoButton);

    this.root.append(this.log, this.definition, this.choiceList, this.continueButton, undo);
    parent.append(this.root);
    document.addEventListener("keydown", (event) => this.onKey(event));
  }

  show(): void {
    const wasHidden = !this.visible;
    this.visible = true;
    this.root.hidden = false;
    if (wasHidden) this.focusNext();
  }

  hide(): void {
    this.visible = false;
    this.root.hidden = true;
  }

  /** Shows Rewind while there is a decision to undo, and Redo while one undone can come back. */
  setRewindable(enabled: boolean, redoable = false): void {
    this.rewindButton.hidden = !enabled || !this.handlers.rewind;
    this.redoButton.hidden = !redoable || !this.handlers.redo;
  }

  /** Forgets the page: the next render starts a fresh one (a run rebuilt or started). */
  reset(): void {
    this.log.replaceChildren();
    this.beat = null;
  }

  /** Everything the player can read right now (story text and choices). */
  visibleText(): string {
    return Array.from(this.log.querySelectorAll("h2, p"), (node) => node.textContent ?? "").join(
      "\n",
    );
  }

  /** Renders a new beat: appends its passages and offers its choices. */
  render(beat: Beat, options: { chosen?: string } = {}): void {
    const opensChapter = beat.passages.some((p) => p.chapter);
    const afterPage = this.beat?.pause.kind === "page" || this.beat?.pause.kind === "screen";
    if (opensChapter || afterPage) this.log.replaceChildren();
    if (options.chosen && !opensChapter && !afterPage) {
      const chosen = document.createElement("p");
      chosen.className = "story-chosen";
      chosen.textContent = options.chosen;
      this.log.append(chosen);
    }
    let first: HTMLElement | null = null;
    for (const passage of beat.passages) {
      const element = this.renderPassage(passage);
      first ??= element;
      this.log.append(element);
    }
    this.beat = beat;
    this.renderChoices(beat);
    this.definition.hidden = true;
    const calm = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    first?.scrollIntoView({ block: "start", behavior: calm ? "auto" : "smooth" });
  }

  private renderPassage(passage: Passage): HTMLElement {
    if (passage.chapter) {
      const wrap = document.createElement("div");
      const heading = document.createElement("h2");
      heading.className = "story-chapter";
      heading.textContent = `Chapter ${passage.chapter.number}: ${passage.chapter.title}`;
      wrap.append(heading);
      if (passage.text) wrap.append(this.renderParagraph(passage));
      return wrap;
    }
    return this.renderParagraph(passage);
  }

  /** A paragraph whose glossary terms become buttons that show a definition. */
  private renderParagraph(passage: Passage): HTMLParagraphElement {
    const p = document.createElement("p");
    let rest = passage.text;
    const terms = passage.glossary.filter((t) => glossaryEntry(t));
    while (rest.length > 0) {
      let best: { at: number; term: string } | null = null;
      for (const term of terms) {
        const at = rest.indexOf(term);
        if (at !== -1 && (!best || at < best.at)) best = { at, term };
      }
      if (!best) {
        p.append(rest);
        break;
      }
      p.append(rest.slice(0, best.at));
      p.append(this.glossaryButton(best.term));
      rest = rest.slice(best.at + best.term.length);
    }
    return p;
  }

  private glossaryButton(term: string): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "glossary-term";
    button.textContent = term;
    button.setAttribute("aria-describedby", "glossary-definition");
    button.addEventListener("click", () => this.define(term));
    return button;
  }

  private define(term: string): void {
    const entry = glossaryEntry(term);
    if (!entry) return;
    this.definition.id = "glossary-definition";
    this.definition.replaceChildren();
    const title = document.createElement("strong");
    title.textContent = `${entry.term}. `;
    this.definition.append(title, entry.definition);
    this.definition.hidden = false;
  }

  private renderChoices(beat: Beat): void {
    this.choiceList.replaceChildren();
    this.armChoices();
    beat.choices.forEach((choice, position) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "story-choice";
      button.dataset.index = String(choice.index);
      const key = document.createElement("span");
      key.className = "choice-key";
      key.textContent = position < 9 ? String(position + 1) : "";
      key.setAttribute("aria-hidden", "true");
      button.append(key, choice.text);
      button.addEventListener("click", (event) => {
        // The second click of a double click lands on whatever replaced the first one's choice.
        if (event.detail > 1 || !this.settled(event)) return;
        this.handlers.choose(choice.index);
      });
      item.append(button);
      this.choiceList.append(item);
    });
    const pause = beat.pause.kind;
    const label = pause === "choice" ? null : CONTINUE_LABELS[pause];
    this.continueButton.hidden = label === null;
    if (label) this.continueButton.textContent = label;
    if (this.visible) this.focusNext();
  }

  /**
   * Marks the choices unsettled until the frame after the one that paints them: a
   * requestAnimationFrame callback runs before a paint, so the second one runs after the
   * first paint that showed them.
   */
  private armChoices(): void {
    this.choicesPaintedAt = Number.POSITIVE_INFINITY;
    // Tests (and assistive tools) wait for this state rather than for time.
    this.choiceList.dataset.ready = "false";
    const render = ++this.renderCount;
    const ready = () => {
      this.choicesPaintedAt = performance.now();
      this.choiceList.dataset.ready = "true";
    };
    const raf = globalThis.requestAnimationFrame;
    if (!raf) {
      ready();
      return;
    }
    raf(() =>
      raf(() => {
        if (render === this.renderCount) ready();
      }),
    );
  }

  /** Whether an input event came after the choices on offer were painted. */
  private settled(event: Event): boolean {
    return event.timeStamp >= this.choicesPaintedAt;
  }

  /** Whether the choices on offer take input yet (painted on screen). */
  get choicesSettled(): boolean {
    return this.choicesPaintedAt !== Number.POSITIVE_INFINITY;
  }

  /**
   * Keeps keyboard focus where the player will act next: Continue on a page; on choices, the
   * list itself (not its first choice, which an Enter meant for the page before would pick).
   */
  private focusNext(): void {
    const target = this.choiceList.querySelector("button")
      ? this.choiceList
      : this.continueButton.hidden
        ? null
        : this.continueButton;
    target?.focus({ preventScroll: true });
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.visible || !this.beat || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) return;
    const decisionKey = /^[1-9]$/.test(event.key) || event.key === "Backspace";
    if (event.repeat && (decisionKey || event.key === "Enter")) {
      // A held key decides once: its repeats (and a focused button's repeated clicks) do nothing.
      event.preventDefault();
      return;
    }
    if (/^[1-9]$/.test(event.key) && this.beat.pause.kind === "choice") {
      const choice = this.beat.choices[Number(event.key) - 1];
      if (choice) {
        event.preventDefault();
        if (this.settled(event)) this.handlers.choose(choice.index);
      }
    } else if (event.key === "Backspace" && event.shiftKey && !this.redoButton.hidden) {
      event.preventDefault();
      this.handlers.redo?.();
    } else if (event.key === "Backspace" && !this.rewindButton.hidden) {
      event.preventDefault();
      this.handlers.rewind?.();
    } else if (event.key === "Enter" && this.beat.pause.kind !== "choice") {
      // A focused button already gets Enter as a click; don't continue twice.
      if (target?.tagName === "BUTTON") return;
      event.preventDefault();
      this.handlers.continue();
    }
  }
}
