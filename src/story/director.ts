/**
 * The story director: a thin loop around inkjs, in the spirit of inkle's web
 * template and Calico. It runs the story until the player has something to do
 * (pick a choice, press Continue, use a screen), turns tags into typed actions
 * and hands text to whoever renders it. It knows nothing of Phaser or the DOM,
 * so the same loop drives the browser, the story tests and the autoplay tool.
 */

import { Story } from "inkjs";
import { tidySpaces } from "../i18n/spacing";
import {
  EXTERNAL_NAMES,
  EXTERNALS,
  ProtocolError,
  parseTag,
  type ScreenName,
  type StoryQuestions,
  type Tag,
} from "./protocol";

export interface Passage {
  text: string;
  /** Set when this passage opens a chapter. */
  chapter?: { number: number; title: string };
  /** Glossary terms this passage links. */
  glossary: string[];
}

export interface ChoiceView {
  index: number;
  text: string;
}

export type Pause =
  | { kind: "choice" }
  | { kind: "page" }
  /** `hint`: what to do on the screen, from a `# hint:` tag before it. */
  | { kind: "screen"; screen: ScreenName; hint?: string }
  | { kind: "ending"; ending: string };

export interface Beat {
  /** Text revealed since the previous beat, in order. */
  passages: Passage[];
  choices: ChoiceView[];
  /** Why the story stopped; what the player must do next. */
  pause: Pause;
}

/** Where a story stands: enough to come back to it with `StoryDirector.restore` (plain data). */
export interface DirectorMark {
  /** ink's own state (position, variables, visit counts, choices on offer) as its JSON save. */
  readonly ink: string;
  readonly held: Passage | null;
  readonly pause: Pause;
  readonly chapterNumber: number;
  readonly chapterName: string;
  readonly hint: string | null;
  readonly warnings: number;
}

/** Tags that change the game rather than the page; the session applies them. */
export type ActionTag = Extract<Tag, { kind: "advance" | "event" | "decide" | "music" | "sfx" }>;

export interface DirectorHost {
  questions: StoryQuestions;
  /** Applied in story order, before the story continues past the tagged line. */
  onAction(tag: ActionTag): void;
}

export class StoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoryError";
  }
}

/** The last story parsed: its content, which no running story changes, and its lists. */
let parsed: { json: string; template: Story } | null = null;

/**
 * A story at its start. Parsing the compiled JSON into ink's runtime objects is most of what a new
 * session costs (a replay, a run link, an autoplayed run), and the content never changes while a
 * story runs (the position, visit counts and variables live in its state), so every story of the
 * same JSON shares the content parsed the first time, each with its own fresh state.
 */
function freshStory(storyJson: string): Story {
  if (parsed?.json !== storyJson) parsed = { json: storyJson, template: new Story(storyJson) };
  const lists = parsed.template.listDefinitions?.lists ?? null;
  const story = new Story(parsed.template.mainContentContainer, lists);
  story.ResetState();
  return story;
}

export class StoryDirector {
  private readonly story: Story;
  private readonly host: DirectorHost;
  /** A chapter opening read while other text was on the page waits for the next page. */
  private held: Passage | null = null;
  private pause: Pause = { kind: "page" };
  private chapterNumber = 0;
  private chapterName = "";
  private readonly warnings: string[] = [];
  /** The instruction for the next screen, until a `# screen:` tag takes it. */
  private hint: string | null = null;

  constructor(storyJson: string, host: DirectorHost) {
    this.story = freshStory(storyJson);
    this.host = host;
    this.story.onError = (message, type) => {
      // ErrorType 1 is a warning; anything else stops the story.
      if (type === 1) this.warnings.push(message);
      else throw new StoryError(message);
    };
    // Fallbacks in externals.ink are for Inky; in the game every external is bound.
    this.story.allowExternalFunctionFallbacks = false;
    for (const name of EXTERNAL_NAMES) {
      this.story.BindExternalFunction(name, EXTERNALS[name](host.questions) as never, true);
    }
  }

  /** Warnings ink reported so far (the story tests require none). */
  get storyWarnings(): readonly string[] {
    return this.warnings;
  }

  get chapter(): number {
    return this.chapterNumber;
  }

  /** The current chapter's title, as its `# chapter:` tag gives it ("" before the first). */
  get chapterTitle(): string {
    return this.chapterName;
  }

  get currentPause(): Pause {
    return this.pause;
  }

  get ended(): boolean {
    return this.pause.kind === "ending";
  }

  /** Dotted path of where the story is, e.g. `chapter1.first_day` (for tests and tools). */
  get currentPath(): string {
    return this.story.state.currentPathString ?? "";
  }

  /** Visit count of a knot or stitch (`knot` or `knot.stitch`). */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /** Runs the story until the player has to act, and returns what to show. */
  next(): Beat {
    if (this.pause.kind === "ending") {
      throw new StoryError("the story has ended");
    }
    if (this.pause.kind === "choice") {
      throw new StoryError("the story is waiting for a choice");
    }
    const passages: Passage[] = [];
    if (this.held) {
      passages.push(this.held);
      this.held = null;
    }
    while (this.story.canContinue) {
      const text = tidySpaces(this.story.Continue()?.trim() ?? "");
      const tags = (this.story.currentTags ?? []).map((raw) => {
        try {
          return parseTag(raw);
        } catch (err) {
          const where = this.currentPath || "story";
          throw err instanceof ProtocolError ? new ProtocolError(`${where}: ${err.message}`) : err;
        }
      });
      const passage: Passage = { text, glossary: [] };
      let stop: Pause | null = null;
      for (const tag of tags) {
        switch (tag.kind) {
          case "chapter":
            passage.chapter = { number: tag.number, title: tag.title };
            this.chapterNumber = tag.number;
            this.chapterName = tag.title;
            break;
          case "glossary":
            passage.glossary.push(...tag.terms);
            break;
          case "hint":
            this.hint = tag.text;
            break;
          case "screen":
            stop = this.hint
              ? { kind: "screen", screen: tag.screen, hint: this.hint }
              : { kind: "screen", screen: tag.screen };
            this.hint = null;
            break;
          case "page":
            stop ??= { kind: "page" };
            break;
          case "ending":
            stop = { kind: "ending", ending: tag.ending };
            break;
          default:
            this.host.onAction(tag);
        }
      }
      const shown = passage.text !== "" || passage.chapter !== undefined;
      if (passage.chapter && passages.length > 0) {
        // A new chapter starts on a fresh page: hold it until the player continues.
        this.held = passage;
        return this.finish(passages, { kind: "page" });
      }
      if (shown) passages.push(passage);
      if (stop) return this.finish(passages, stop);
    }
    if (this.story.currentChoices.length > 0) {
      return this.finish(passages, { kind: "choice" });
    }
    throw new StoryError(
      `dead end: the story stopped without an ending tag (last at "${this.currentPath}")`,
    );
  }

  /** The choices open right now (empty unless the story waits for a choice). */
  choices(): ChoiceView[] {
    if (this.pause.kind !== "choice") return [];
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: tidySpaces(c.text.trim()),
    }));
  }

  /**
   * Where in the story each open choice was written (ink's path of the choice point, e.g.
   * `chapter5.the_plan.0.c-1`), in the order of `choices()`: the same question asked on another
   * road through the story has the same paths, whatever its text or its position in the list.
   */
  choicePaths(): string[] {
    if (this.pause.kind !== "choice") return [];
    return this.story.currentChoices.map((c) => c.sourcePath);
  }

  /** Where the story stands now, to come back to (a counterfactual replay branches from it). */
  mark(): DirectorMark {
    return {
      ink: this.story.state.ToJson(),
      held: this.held,
      pause: this.pause,
      chapterNumber: this.chapterNumber,
      chapterName: this.chapterName,
      hint: this.hint,
      warnings: this.warnings.length,
    };
  }

  /** Puts the story back where `mark()` found it (a mark of this story's content). */
  restore(mark: DirectorMark): void {
    this.story.state.LoadJson(mark.ink);
    this.held = mark.held;
    this.pause = mark.pause;
    this.chapterNumber = mark.chapterNumber;
    this.chapterName = mark.chapterName;
    this.hint = mark.hint;
    this.warnings.length = mark.warnings;
  }

  /** Picks a choice by its index in `choices()`. */
  choose(index: number): void {
    if (this.pause.kind !== "choice") throw new StoryError("no choice is open");
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new StoryError(`choice ${index} does not exist (there are ${count})`);
    }
    this.story.ChooseChoiceIndex(index);
    this.pause = { kind: "page" };
  }

  /** Reads an ink variable (narrative choices live in ink). */
  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  private finish(passages: Passage[], pause: Pause): Beat {
    this.pause = pause;
    return { passages, choices: this.choices(), pause };
  }
}
