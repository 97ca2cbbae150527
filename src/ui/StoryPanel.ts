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
 * Pacing (a setting): "page" shows a beat's text at once; "line" shows one paragraph at a time,
 * the next on each Continue (or Enter), and the rest at once on Space or a click in the text.
 *
 * Read text: paragraphs shown in an earlier run (or earlier in this one) are marked (a quiet
 * colour and a rule at their left), and "Skip read text" (or S) goes on through them: it shows
 * the paragraphs still waiting (line pacing) and turns the pages while what it meets was read,
 * and stops at the next decision (a choice, a plan), the ending, or the first new paragraph.
 * Which paragraphs were read is the `SeenText` record the shell injects (src/persist/seen.ts).
 *
 * Backlog: the panel shows the current page only, but it keeps the text of every page of the
 * chapter so far (`chapterText`), for the in-game menu.
 *
 * Story text is only ever inserted with textContent, never as HTML.
 */
import { uiText as t } from "../i18n/messages/ui";
import type { Beat, Passage } from "../story/director";
import { findGlossaryTerm, glossaryEntry, localGlossaryEntry } from "../story/glossary";
import { motionReduced } from "./appearance";

export type Pacing = "page" | "line";

/** One page of the chapter's backlog: its paragraphs as shown, the player's choices in italics. */
export interface BacklogPage {
  lines: { text: string; kind: "chapter" | "text" | "chosen" }[];
}

export interface StoryPanelHandlers {
  choose(index: number): void;
  /** `quiet`: a page turned by "Skip read text" after the first (no page sound per page). */
  continue(options?: { quiet?: boolean }): void;
  /** Undo the last decision (the Rewind button); absent: no button. */
  rewind?(): void;
  /** Bring back the last decision undone (the Redo button). */
  redo?(): void;
}

/** The paragraphs read before: asked of each one shown, told of each one read. */
export interface SeenText {
  seen(text: string): boolean;
  read(texts: readonly string[]): void;
}

/** What the panel follows (the run controller's events, src/game/run.ts). */
export type StoryFeedEvent =
  /** A new beat: added to the page. */
  | { kind: "beat"; beat: Beat; chosen?: string }
  /** The page starts over with these beats, already read (a run started or rebuilt). */
  | { kind: "page"; beats: readonly { beat: Beat; chosen?: string }[] }
  /** Something changed: what Rewind and Redo can do now. */
  | { kind: "changed"; undo: { rewind: boolean; redo: boolean } };

export interface StoryFeed {
  subscribe(listener: (event: StoryFeedEvent) => void): () => void;
}

/** What Continue says before each kind of pause (read when drawn, in the page's language). */
const CONTINUE_LABELS = {
  page: "continue",
  screen: "openPlan",
  ending: "seeEnding",
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
  private pacing: Pacing = "page";
  /** Paragraphs of the beat not yet revealed (line-by-line pacing), in order. */
  private pending: HTMLElement[] = [];
  private readonly showAllButton: HTMLButtonElement;
  private readonly skipButton: HTMLButtonElement;
  /** The text of each paragraph element, to tell the seen record when it is read. */
  private readonly textOf = new WeakMap<HTMLElement, string>();
  /** Paragraph elements whose text had been read before they were shown. */
  private readonly readBefore = new WeakSet<HTMLElement>();
  /** Whether every paragraph of the beat on show had been read before it was shown. */
  private beatRead = false;
  /** Pages turned by the skip under way; null when not skipping. */
  private skipped: number | null = null;
  /** The chapter's pages so far, the current one last; each line keeps its element. */
  private pages: { text: string; kind: BacklogPage["lines"][number]["kind"]; el: HTMLElement }[][] =
    [];

  constructor(
    parent: HTMLElement,
    private readonly handlers: StoryPanelHandlers,
    private readonly seenText: SeenText | null = null,
  ) {
    this.root = document.createElement("section");
    this.root.id = "story-panel";
    this.root.setAttribute("aria-label", t("story"));
    this.root.hidden = true;

    this.log = document.createElement("div");
    this.log.className = "story-log";
    this.log.setAttribute("aria-live", "polite");
    this.log.setAttribute("aria-relevant", "additions");
    // The log scrolls: keyboard players reach it to scroll with the arrows (WCAG 2.1.1).
    this.log.tabIndex = 0;
    this.log.setAttribute("role", "log");
    this.log.setAttribute("aria-label", t("storyLog"));

    this.definition = document.createElement("aside");
    this.definition.className = "glossary-definition";
    this.definition.setAttribute("role", "note");
    this.definition.hidden = true;

    this.choiceList = document.createElement("ol");
    this.choiceList.className = "story-choices";
    this.choiceList.setAttribute("aria-label", t("choices"));
    // Focusable by script only: the panel puts the focus here, and Tab goes on to the first choice.
    this.choiceList.tabIndex = -1;

    this.continueButton = document.createElement("button");
    this.continueButton.type = "button";
    this.continueButton.className = "story-continue";
    this.continueButton.addEventListener("click", () => this.advance());

    this.showAllButton = document.createElement("button");
    this.showAllButton.type = "button";
    this.showAllButton.className = "story-show-all";
    this.showAllButton.textContent = t("showRest");
    this.showAllButton.title = t("showRestTitle");
    this.showAllButton.hidden = true;
    this.showAllButton.addEventListener("click", () => this.revealAll());
    this.log.addEventListener("click", (event) => {
      // A click in the text shows the rest; a glossary term's click is the term's.
      if ((event.target as HTMLElement | null)?.closest("button")) return;
      if (this.pending.length > 0) this.revealAll();
    });

    this.skipButton = document.createElement("button");
    this.skipButton.type = "button";
    this.skipButton.className = "story-skip";
    this.skipButton.textContent = t("skipRead");
    this.skipButton.title = t("skipReadTitle");
    this.skipButton.setAttribute("aria-keyshortcuts", "S");
    this.skipButton.hidden = true;
    this.skipButton.addEventListener("click", () => this.skipRead());
    // Any other press or click while skipping stops it where it is.
    this.root.addEventListener("pointerdown", (event) => {
      if (event.target !== this.skipButton) this.stopSkipping();
    });

    this.rewindButton = document.createElement("button");
    this.rewindButton.type = "button";
    this.rewindButton.className = "story-rewind";
    this.rewindButton.textContent = t("rewind");
    this.rewindButton.title = t("rewindTitle");
    this.rewindButton.setAttribute("aria-label", t("rewindLabel"));
    this.rewindButton.hidden = true;
    this.rewindButton.addEventListener("click", () => this.handlers.rewind?.());

    this.redoButton = document.createElement("button");
    this.redoButton.type = "button";
    this.redoButton.className = "story-redo";
    this.redoButton.textContent = t("redo");
    this.redoButton.title = t("redoTitle");
    this.redoButton.setAttribute("aria-label", t("redoLabel"));
    this.redoButton.hidden = true;
    this.redoButton.addEventListener("click", () => this.handlers.redo?.());

    const undo = document.createElement("div");
    undo.className = "story-undo";
    undo.append(this.showAllButton, this.skipButton, this.rewindButton, this.redoButton);

    this.root.append(this.log, this.definition, this.choiceList, this.continueButton, undo);
    parent.append(this.root);
    document.addEventListener("keydown", (event) => this.onKey(event));
  }

  /** Draws what the feed says as it says it: the panel's only source of story text. */
  follow(feed: StoryFeed): () => void {
    return feed.subscribe((event) => {
      switch (event.kind) {
        case "beat":
          this.render(event.beat, event.chosen === undefined ? {} : { chosen: event.chosen });
          break;
        case "page":
          this.reset();
          for (const { beat, chosen } of event.beats) {
            this.render(beat, chosen === undefined ? { instant: true } : { chosen, instant: true });
          }
          break;
        case "changed":
          this.setRewindable(event.undo.rewind, event.undo.redo);
          break;
      }
    });
  }

  show(): void {
    const wasHidden = !this.visible;
    this.visible = true;
    this.root.hidden = false;
    if (wasHidden) this.focusNext();
  }

  hide(): void {
    this.stopSkipping();
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
    this.stopSkipping();
    this.log.replaceChildren();
    this.beat = null;
    this.pending = [];
    this.pages = [];
  }

  /** "page" or "line" (the text pacing setting); takes effect from the next beat. */
  setPacing(pacing: Pacing): void {
    this.pacing = pacing;
    if (pacing === "page") this.revealAll();
  }

  /** Everything the player can read right now (story text and choices). */
  visibleText(): string {
    return Array.from(this.log.querySelectorAll("h2, p"), (node) =>
      node.closest("[hidden]") ? null : (node.textContent ?? ""),
    )
      .filter((t) => t !== null)
      .join("\n");
  }

  /** The chapter's text so far, page by page (the menu's backlog): only what has been shown. */
  chapterText(): BacklogPage[] {
    return this.pages
      .map((page) => ({
        lines: page
          .filter((l) => !l.el.closest("[hidden]"))
          .map(({ text, kind }) => ({ text, kind })),
      }))
      .filter((page) => page.lines.length > 0);
  }

  /**
   * Renders a new beat: appends its passages and offers its choices. `instant`: shown at once
   * whatever the pacing (a run rebuilt: the player has read it).
   */
  render(beat: Beat, options: { chosen?: string; instant?: boolean } = {}): void {
    const opensChapter = beat.passages.some((p) => p.chapter);
    const afterPage = this.beat?.pause.kind === "page" || this.beat?.pause.kind === "screen";
    // The panel shows one page; the backlog keeps the chapter's pages.
    if (opensChapter || afterPage) this.log.replaceChildren();
    if (opensChapter) this.pages = [[]];
    else if (afterPage || this.pages.length === 0) this.pages.push([]);
    const page = this.pages[this.pages.length - 1] ?? [];
    this.revealAll();
    if (options.chosen && !opensChapter && !afterPage) {
      const chosen = document.createElement("p");
      chosen.className = "story-chosen";
      chosen.textContent = options.chosen;
      this.log.append(chosen);
      page.push({ text: options.chosen, kind: "chosen", el: chosen });
    }
    let first: HTMLElement | null = null;
    const added: HTMLElement[] = [];
    let allRead = true;
    for (const passage of beat.passages) {
      const element = this.renderPassage(passage);
      if (passage.text) {
        this.textOf.set(element, passage.text);
        const read = this.seenText?.seen(passage.text) ?? false;
        // The mark goes on the paragraph (a chapter's opening wraps its heading and paragraph).
        const paragraph = element.tagName === "P" ? element : element.querySelector("p");
        paragraph?.classList.toggle("story-seen", read);
        if (read) this.readBefore.add(element);
        allRead &&= read;
      }
      first ??= element;
      this.log.append(element);
      added.push(element);
      if (passage.chapter) {
        page.push({
          text: t("chapterHeading", { n: passage.chapter.number, title: passage.chapter.title }),
          kind: "chapter",
          el: element,
        });
      }
      if (passage.text) page.push({ text: passage.text, kind: "text", el: element });
    }
    this.beat = beat;
    this.beatRead = this.seenText !== null && allRead;
    if (this.pacing === "line" && !options.instant) {
      this.pending = added.slice(1);
      for (const element of this.pending) element.hidden = true;
    }
    this.markRead(added.filter((el) => !el.hidden));
    this.renderChoices(beat);
    this.definition.hidden = true;
    if (this.skipped !== null) {
      this.skipped += 1;
      // A new paragraph on the page the skip turned to: the skip stops at it.
      const fresh = added.some(
        (el) => !el.hidden && this.textOf.has(el) && !this.readBefore.has(el),
      );
      if (fresh) this.stopSkipping();
      else this.skipNext();
    }
    first?.scrollIntoView({ block: "start", behavior: motionReduced() ? "auto" : "smooth" });
  }

  /** Tells the seen record these paragraphs have been read (shown on the page). */
  private markRead(elements: readonly HTMLElement[]): void {
    const texts = elements.flatMap((el) => this.textOf.get(el) ?? []);
    if (texts.length > 0) this.seenText?.read(texts);
  }

  /**
   * Whether "Skip read text" has something to skip: the next paragraph waiting was read before,
   * or (none waiting) the whole beat was, and it only waits for Continue.
   */
  private get skippable(): boolean {
    const waiting = this.pending[0];
    if (waiting) return this.readBefore.has(waiting);
    return this.beatRead && this.beat?.pause.kind === "page";
  }

  /** "Skip read text" (the button or S). */
  skipRead(): void {
    if (!this.skippable || this.skipped !== null) return;
    this.skipped = 0;
    // Screen readers hear the page the skip stops on, not each one it turns.
    this.log.setAttribute("aria-busy", "true");
    this.skipButton.hidden = true;
    this.skipOn(false);
  }

  /**
   * One step of a skip: shows the paragraphs waiting that were read before (and the first new one,
   * where it stops), then turns the page if all of it was read and it only waits for Continue;
   * else the skip ends here. `quiet`: no page sound (every page after the first).
   */
  private skipOn(quiet: boolean): void {
    let reachedNew = false;
    const shown: HTMLElement[] = [];
    while (this.pending.length > 0 && !reachedNew) {
      const next = this.pending.shift() as HTMLElement;
      next.hidden = false;
      shown.push(next);
      reachedNew = !this.readBefore.has(next);
    }
    this.markRead(shown);
    if (shown.length > 0 && this.pending.length === 0) this.paced();
    if (reachedNew || this.pending.length > 0 || !this.skippable) {
      shown.at(-1)?.scrollIntoView({ block: "nearest" });
      this.stopSkipping();
      return;
    }
    this.handlers.continue(quiet ? { quiet: true } : {});
  }

  /**
   * A page the skip turned is drawn: the next step a frame later, so each page is painted and a
   * key or a click can stop the skip between them.
   */
  private skipNext(): void {
    const turned = this.skipped;
    const next = () => {
      if (this.skipped === turned) this.skipOn(true);
    };
    const raf = globalThis.requestAnimationFrame;
    if (raf) raf(next);
    else setTimeout(next, 0);
  }

  /** Ends a skip: says how many pages it turned, at the top of the page it stopped on. */
  private stopSkipping(): void {
    const turned = this.skipped;
    if (turned === null) return;
    this.skipped = null;
    this.log.removeAttribute("aria-busy");
    if (turned > 0) {
      const note = document.createElement("p");
      note.className = "story-skipped";
      note.textContent = t("skippedPages", { n: turned });
      this.log.prepend(note);
    }
    this.skipButton.hidden = !this.skippable;
  }

  /** Continue (button or Enter): the next paragraph while some wait, else on with the story. */
  private advance(): void {
    const next = this.pending.shift();
    if (!next) {
      this.handlers.continue();
      return;
    }
    next.hidden = false;
    this.markRead([next]);
    next.scrollIntoView({ block: "nearest", behavior: motionReduced() ? "auto" : "smooth" });
    if (this.pending.length === 0) this.paced();
  }

  /** Shows every paragraph still waiting (Space, a click in the text, "Show the rest"). */
  private revealAll(): void {
    if (this.pending.length === 0) return;
    for (const element of this.pending) element.hidden = false;
    this.markRead(this.pending);
    this.pending = [];
    this.paced();
  }

  /** The page is all shown: the choices (or the story's own Continue) come back. */
  private paced(): void {
    if (this.beat) this.renderChoices(this.beat);
  }

  private renderPassage(passage: Passage): HTMLElement {
    if (passage.chapter) {
      const wrap = document.createElement("div");
      const heading = document.createElement("h2");
      heading.className = "story-chapter";
      heading.textContent = t("chapterHeading", {
        n: passage.chapter.number,
        title: passage.chapter.title,
      });
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
    // The tags name terms in English; the words on the line are the language's (src/story/glossary.ts).
    const terms = passage.glossary.filter((t) => glossaryEntry(t));
    while (rest.length > 0) {
      let best: { at: number; word: string; term: string } | null = null;
      for (const term of terms) {
        const found = findGlossaryTerm(rest, term);
        if (found && (!best || found.at < best.at)) best = { ...found, term };
      }
      if (!best) {
        p.append(rest);
        break;
      }
      p.append(rest.slice(0, best.at));
      p.append(this.glossaryButton(best.term, best.word));
      rest = rest.slice(best.at + best.word.length);
    }
    return p;
  }

  private glossaryButton(term: string, word: string): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "glossary-term";
    button.textContent = word;
    button.setAttribute("aria-describedby", "glossary-definition");
    button.addEventListener("click", () => this.define(term));
    return button;
  }

  private define(term: string): void {
    const entry = localGlossaryEntry(term);
    if (!entry) return;
    this.definition.id = "glossary-definition";
    this.definition.replaceChildren();
    const title = document.createElement("strong");
    title.textContent = t("definitionTerm", { term: entry.name });
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
    const waiting = this.pending.length > 0;
    // Choices wait until the whole page is shown (line-by-line pacing).
    this.choiceList.hidden = waiting;
    this.showAllButton.hidden = !waiting;
    const label = waiting
      ? t("nextParagraph")
      : pause === "choice"
        ? null
        : t(CONTINUE_LABELS[pause]);
    this.continueButton.hidden = label === null;
    if (label) this.continueButton.textContent = label;
    this.skipButton.hidden = !this.skippable || this.skipped !== null;
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
    const target =
      !this.choiceList.hidden && this.choiceList.querySelector("button")
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
    if (this.skipped !== null) {
      // A key while skipping stops it, and does nothing else (it was aimed at a page gone by);
      // a held S (its repeats) goes on skipping.
      event.preventDefault();
      if (!event.repeat) this.stopSkipping();
      return;
    }
    if ((event.key === "s" || event.key === "S") && !event.repeat && this.skippable) {
      event.preventDefault();
      this.skipRead();
      return;
    }
    const decisionKey = /^[1-9]$/.test(event.key) || event.key === "Backspace";
    if (event.repeat && (decisionKey || event.key === "Enter")) {
      // A held key decides once: its repeats (and a focused button's repeated clicks) do nothing.
      event.preventDefault();
      return;
    }
    if (
      /^[1-9]$/.test(event.key) &&
      this.beat.pause.kind === "choice" &&
      this.pending.length === 0
    ) {
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
    } else if (event.key === " " && this.pending.length > 0) {
      event.preventDefault();
      this.revealAll();
    } else if (
      event.key === "Enter" &&
      (this.pending.length > 0 || this.beat.pause.kind !== "choice")
    ) {
      // A focused button already gets Enter as a click; don't continue twice.
      if (target?.tagName === "BUTTON") return;
      event.preventDefault();
      this.advance();
    }
  }
}
