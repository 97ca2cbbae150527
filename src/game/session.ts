/**
 * A run of the game: the story director, the world it plays in and the log of
 * what the player decided. Pure TypeScript with no Phaser or DOM, so the
 * browser, the story tests and the autoplay tool all drive the same object.
 */

import { formatReadout } from "../i18n/readouts";
import { commitPlan, type ScreenPlan } from "../screens/registry";
import {
  type Allocation,
  advanceTo,
  applyEvent,
  applyStoryDecision,
  currentMonth,
  LAST_MONTH_INDEX,
  newWorld,
  type ResearchId,
  readNumber,
  stepMonth,
  type WorldState,
} from "../sim";
import type { ActionTag, Beat, DirectorMark, Passage } from "../story/director";
import { StoryDirector } from "../story/director";
import type { ScreenName, StoryQuestions } from "../story/protocol";
import { MAX_DECISIONS, MAX_MONTH_ADVANCES } from "./limits";

export type { ScreenPlan };

export type Decision =
  | { kind: "choice"; month: string; index: number; text: string }
  | { kind: "commit"; month: string; plan: ScreenPlan }
  /** A screen opened outside the story (exploring, tests): the plan applies, the story does not move. */
  | { kind: "plan"; month: string; plan: ScreenPlan }
  /** "Advance a month" on the Fleet screen: one month passes with this split and research. */
  | { kind: "advance"; month: string; allocation: Allocation; research?: ResearchId[] };

/** What replaying a decision needs (a Decision without its display fields). */
export type DecisionInput =
  | { kind: "choice"; index: number }
  | { kind: "commit"; plan: ScreenPlan }
  | { kind: "plan"; plan: ScreenPlan }
  | { kind: "advance"; allocation: Allocation; research?: ResearchId[] };

/** A decision the story would not allow at that point of a replay. */
export class ReplayError extends Error {
  constructor(
    message: string,
    /** 0-based position of the refused decision. */
    readonly at: number,
  ) {
    super(message);
    this.name = "ReplayError";
  }
}

export interface SessionListener {
  /**
   * A new beat is ready to show, with the text of the choice that led to it (the run controller
   * hands both to the story panel). Replays build their session before anyone listens.
   */
  beat?(beat: Beat, chosen?: string): void;
  /** The story asked for music or a sound cue. */
  cue?(tag: Extract<ActionTag, { kind: "music" | "sfx" }>): void;
  /** The story wrote into the world: a month advance, an event or a story decision. */
  wrote?(tag: Extract<ActionTag, { kind: "advance" | "event" | "decide" }>): void;
}

/** Where a session stands, to come back to with `GameSession.restore` (see `mark`). */
export interface SessionMark {
  readonly director: DirectorMark;
  readonly world: WorldState;
  readonly current: Beat | null;
  readonly shown: readonly Passage[];
  readonly log: readonly Decision[];
  readonly chapterStartsAt: ReadonlyMap<number, { decisions: number; title: string }>;
  readonly pagesSinceDecision: number;
  readonly beatLog: readonly { beat: Beat; chosen?: string }[];
  readonly chosenText: string | undefined;
}

/** Whether a decision waits for the story to reach it (choices, commits) or applies where it stands. */
export function waitsForStory(decision: DecisionInput): boolean {
  return decision.kind === "choice" || decision.kind === "commit";
}

/** The work a replay did (tests and the hook read it: a hostile code must cost next to nothing). */
export interface ReplayWork {
  /** Decisions applied so far, across replays that share this counter. */
  decisionsReplayed: number;
}

export interface SessionOptions {
  /** Sees every string the sim formats for the story (tests check prose numbers against these). */
  onSimString?(text: string): void;
}

export class SessionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SessionError";
  }
}

export class GameSession {
  readonly seed: number;
  /** The compiled story this run plays (the same string a replay of it needs). */
  readonly storyJson: string;
  readonly director: StoryDirector;
  private worldState: WorldState;
  private current: Beat | null = null;
  private readonly shown: Passage[] = [];
  private readonly log: Decision[] = [];
  /** When each chapter first opened (chapter number → prefix length) and its title. */
  private readonly chapterStartsAt = new Map<number, { decisions: number; title: string }>();
  /** Continue presses since the last decision (so a save resumes on the same page). */
  private pagesSinceDecision = 0;
  /** Every beat shown, with the choice text that led to it (to rebuild the page on resume). */
  private readonly beatLog: { beat: Beat; chosen?: string }[] = [];
  private chosenText: string | undefined;
  private readonly listeners = new Set<SessionListener>();

  constructor(storyJson: string, seed: number, options: SessionOptions = {}) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new SessionError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
    }
    this.seed = seed;
    this.storyJson = storyJson;
    this.worldState = newWorld(seed);
    const questions: StoryQuestions = {
      runSeed: () => this.seed % 2147483647,
      simNumber: (key) => readNumber(this.worldState, key),
      simFormat: (key) => {
        const text = formatReadout(this.worldState, key);
        options.onSimString?.(text);
        return text;
      },
      month: () => currentMonth(this.worldState),
    };
    this.director = new StoryDirector(storyJson, {
      questions,
      onAction: (tag) => this.applyAction(tag),
    });
  }

  get world(): WorldState {
    return this.worldState;
  }

  get beat(): Beat {
    if (!this.current) throw new SessionError("the session has not started");
    return this.current;
  }

  /** Everything shown so far, in order (the history log). */
  get transcript(): readonly Passage[] {
    return this.shown;
  }

  get decisions(): readonly Decision[] {
    return this.log;
  }

  /**
   * Chapter checkpoints: each reached chapter, the decision count it opened at, its title, and
   * the story choices made in it so far ("Replay a chapter" shows what was chosen last time).
   */
  get chapterStarts(): { chapter: number; decisions: number; title: string; chose: string[] }[] {
    const starts = [...this.chapterStartsAt];
    return starts.map(([chapter, { decisions, title }], i) => {
      const end = starts[i + 1]?.[1].decisions ?? this.log.length;
      const chose = this.log
        .slice(decisions, end)
        .flatMap((d) => (d.kind === "choice" ? [d.text] : []));
      return { chapter, decisions, title, chose };
    });
  }

  /** Every beat shown so far, with the choice that led to each (the story panel replays them). */
  get beats(): readonly { beat: Beat; chosen?: string }[] {
    if (this.beatLog.length === 0 && this.current) return [{ beat: this.current }];
    return this.beatLog;
  }

  /** Continue presses since the last decision. */
  get pages(): number {
    return this.pagesSinceDecision;
  }

  /**
   * Rebuilds a run from its seed and decisions: starts the story and applies
   * each decision in order, moving past page breaks in between, then presses
   * Continue `pages` more times (or until a non-page pause when `pages` is
   * "all"). Throws a ReplayError naming the first decision the story refuses.
   */
  static replay(
    storyJson: string,
    seed: number,
    decisions: readonly DecisionInput[],
    pages: number | "all" = 0,
    work?: ReplayWork,
  ): GameSession {
    // Counted before any of them is replayed: more than a run can hold is refused at no cost.
    if (decisions.length > MAX_DECISIONS) {
      throw new ReplayError(
        `the run holds ${decisions.length} decisions, more than a run of this game can make (${MAX_DECISIONS})`,
        MAX_DECISIONS,
      );
    }
    const advances = decisions.filter((d) => d.kind === "advance").length;
    if (advances > MAX_MONTH_ADVANCES) {
      throw new ReplayError(
        `the run advances the calendar ${advances} times; the story's calendar holds ${MAX_MONTH_ADVANCES} months`,
        0,
      );
    }
    const session = new GameSession(storyJson, seed);
    session.start();
    decisions.forEach((decision, at) => {
      if (work) work.decisionsReplayed += 1;
      const where = `decision ${at + 1} of ${decisions.length}`;
      // Choices and commits wait for the story to reach them; plans and month advances made
      // outside the story's request apply where the story stands.
      if (waitsForStory(decision)) session.toNextPause();
      const pause = session.beat.pause;
      try {
        session.apply(decision);
      } catch (err) {
        const wanted =
          decision.kind === "choice"
            ? `choice ${decision.index + 1}`
            : decision.kind === "advance"
              ? "a month to pass"
              : `a plan for the ${decision.plan.screen} screen`;
        const waiting =
          pause.kind === "screen"
            ? `the ${pause.screen} screen`
            : pause.kind === "ending"
              ? "nothing (the run had ended)"
              : pause.kind === "choice"
                ? `one of ${session.beat.choices.length} choices`
                : `a ${pause.kind}`;
        const reason = err instanceof Error ? err.message : String(err);
        throw new ReplayError(
          `${where} asks for ${wanted}, but the story was waiting for ${waiting} (${reason})`,
          at,
        );
      }
    });
    let left = pages === "all" ? Number.POSITIVE_INFINITY : pages;
    while (left-- > 0 && session.beat.pause.kind === "page") session.continue();
    return session;
  }

  /** The screen the story is waiting on, if any. */
  /** What the story asks the player to do on the screen it waits for ("" when none). */
  get screenHint(): string {
    const pause = this.current?.pause;
    return pause?.kind === "screen" ? (pause.hint ?? "") : "";
  }

  get pendingScreen(): ScreenName | null {
    const pause = this.current?.pause;
    return pause?.kind === "screen" ? pause.screen : null;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Moves past page breaks until the story waits for a choice, a screen or the end. */
  toNextPause(): Beat {
    for (let guard = 0; this.beat.pause.kind === "page" && guard < 10_000; guard++) this.continue();
    return this.beat;
  }

  /** Makes one decision where the story stands (`replay` first moves to the pause it waits for). */
  apply(decision: DecisionInput): void {
    switch (decision.kind) {
      case "choice":
        this.choose(decision.index);
        break;
      case "commit":
        this.commit(decision.plan);
        break;
      case "plan":
        this.applyPlan(decision.plan);
        break;
      case "advance":
        this.advanceMonth(decision.allocation, decision.research);
        break;
    }
  }

  /**
   * Where the run stands now, to come back to with `restore`: a counterfactual replay
   * (src/game/decisive.ts) tries another road from here and returns, without replaying the
   * decisions before it. Worlds are never changed in place (each step makes a new one), so the
   * mark holds the world itself; the logs are copied.
   */
  mark(): SessionMark {
    return {
      director: this.director.mark(),
      world: this.worldState,
      current: this.current,
      shown: [...this.shown],
      log: [...this.log],
      chapterStartsAt: new Map(this.chapterStartsAt),
      pagesSinceDecision: this.pagesSinceDecision,
      beatLog: [...this.beatLog],
      chosenText: this.chosenText,
    };
  }

  /** Puts the run back where `mark()` found it (a mark of this session). */
  restore(mark: SessionMark): void {
    this.director.restore(mark.director);
    this.worldState = mark.world;
    this.current = mark.current;
    this.shown.splice(0, this.shown.length, ...mark.shown);
    this.log.splice(0, this.log.length, ...mark.log);
    this.chapterStartsAt.clear();
    for (const [chapter, start] of mark.chapterStartsAt) this.chapterStartsAt.set(chapter, start);
    this.pagesSinceDecision = mark.pagesSinceDecision;
    this.beatLog.splice(0, this.beatLog.length, ...mark.beatLog);
    this.chosenText = mark.chosenText;
  }

  start(): Beat {
    if (this.current) throw new SessionError("the session has already started");
    return this.advance();
  }

  choose(index: number): Beat {
    const choice = this.beat.choices.find((c) => c.index === index);
    if (this.beat.pause.kind !== "choice" || !choice) {
      throw new SessionError(`choice ${index + 1} is not on offer`);
    }
    this.log.push({
      kind: "choice",
      month: currentMonth(this.worldState),
      index,
      text: choice.text,
    });
    this.director.choose(index);
    this.pagesSinceDecision = 0;
    this.chosenText = choice.text;
    return this.advance();
  }

  /** Moves past a page break. */
  continue(): Beat {
    if (this.beat.pause.kind !== "page") {
      throw new SessionError(
        `the story is not waiting for Continue (it waits for a ${this.beat.pause.kind})`,
      );
    }
    this.pagesSinceDecision += 1;
    return this.advance();
  }

  /** Applies a screen's plan to the world and lets the story go on. */
  commit(plan: ScreenPlan): Beat {
    const waiting = this.pendingScreen;
    if (waiting !== plan.screen) {
      throw new SessionError(`the story is not waiting for the ${plan.screen} screen`);
    }
    this.worldState = commitPlan(this.worldState, plan);
    this.log.push({
      kind: "commit",
      month: currentMonth(this.worldState),
      plan: structuredClone(plan),
    });
    this.pagesSinceDecision = 0;
    return this.advance();
  }

  /** Applies a screen's plan outside the story's request (the story keeps waiting where it was). */
  applyPlan(plan: ScreenPlan): void {
    if (this.log.length >= MAX_DECISIONS) {
      throw new SessionError(`a run holds at most ${MAX_DECISIONS} decisions`);
    }
    this.worldState = commitPlan(this.worldState, plan);
    this.log.push({
      kind: "plan",
      month: currentMonth(this.worldState),
      plan: structuredClone(plan),
    });
  }

  /** One month passes with a split and the research funded; logged so the run stays replayable. */
  advanceMonth(allocation: Allocation, research?: ResearchId[]): void {
    // The Fleet offers "Next month" up to the calendar's last month (fleetOutlook's canAdvance).
    if (this.worldState.monthIndex > LAST_MONTH_INDEX) {
      throw new SessionError("the calendar has ended: no month is left to advance");
    }
    const month = currentMonth(this.worldState);
    this.worldState = stepMonth(this.worldState, {
      allocation,
      ...(research ? { fundResearch: [...research] } : {}),
    });
    this.log.push({
      kind: "advance",
      month,
      allocation: { ...allocation },
      ...(research ? { research: [...research] } : {}),
    });
  }

  private advance(): Beat {
    const beat = this.director.next();
    this.current = beat;
    const chosen = this.chosenText;
    this.beatLog.push(chosen === undefined ? { beat } : { beat, chosen });
    this.chosenText = undefined;
    const chapter = this.director.chapter;
    if (chapter > 0 && !this.chapterStartsAt.has(chapter)) {
      this.chapterStartsAt.set(chapter, {
        decisions: this.log.length,
        title: this.director.chapterTitle,
      });
    }
    this.shown.push(...beat.passages);
    for (const listener of this.listeners) listener.beat?.(beat, chosen);
    return beat;
  }

  private applyAction(tag: ActionTag): void {
    switch (tag.kind) {
      case "advance":
        this.worldState = advanceTo(this.worldState, tag.month);
        for (const listener of this.listeners) listener.wrote?.(tag);
        break;
      case "event":
        this.worldState = applyEvent(this.worldState, tag.event);
        for (const listener of this.listeners) listener.wrote?.(tag);
        break;
      case "decide":
        this.worldState = applyStoryDecision(this.worldState, tag.decision, tag.value);
        for (const listener of this.listeners) listener.wrote?.(tag);
        break;
      case "music":
      case "sfx":
        for (const listener of this.listeners) listener.cue?.(tag);
        break;
    }
  }
}
