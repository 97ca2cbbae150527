/**
 * Autoplay: plays the whole story with the sim, no browser. Where the game
 * would open a screen, a strategy picks a plan; where the story offers
 * choices, it picks one. Used by `npm run autoplay` (balancing: which endings
 * do plans lead to?) and by the story tests (thousands of seeded runs).
 * Pure and deterministic: the same story, seed and strategy give the same run.
 */

import { uiText } from "../i18n/messages/ui";
import { randomPlan, type ScreenPlan, unchangedPlan } from "../screens/registry";
import { servingModelOf, servingPlanOf } from "../screens/shared";
import {
  type Allocation,
  DATA_SOURCES,
  type DataPlan,
  nextRandom,
  type RunScore,
  SEED_PLANS,
  type ServingPlan,
  SOURCE_IDS,
  scoreRun,
  seedRng,
  servingSplit,
  sourceAvailableTokens,
  type WorldState,
  worldUnlocks,
} from "../sim";
import type { Beat } from "../story/director";
import type { ScreenName } from "../story/protocol";
import { GameSession } from "./session";

export const STRATEGY_NAMES = [
  "random",
  "cautious",
  "seed-plan",
  "untouched",
  "reckless",
  "aim-turbo",
  "aim-nerfed",
  "aim-melted",
  "aim-giant",
] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

/** Seeded dice for a strategy (the sim's mulberry32; separate from the world's RNG). */
export class Dice {
  private state: number;
  constructor(seed: number) {
    this.state = seedRng(seed ^ 0x5eed);
  }
  next(): number {
    const r = nextRandom(this.state);
    this.state = r.state;
    return r.value;
  }
  int(n: number): number {
    return Math.min(n - 1, Math.floor(this.next() * n));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface Strategy {
  readonly name: StrategyName;
  choose(beat: Beat, world: WorldState, dice: Dice): number;
  plan(screen: ScreenName, world: WorldState, dice: Dice): ScreenPlan;
}

/**
 * The most GPUs training can have while serving still meets (nearly) all
 * demand this month: what a careful planner would pick. Found by bisection
 * over the sim's own preview, in steps of one 8-GPU node.
 */
export function carefulAllocation(
  world: WorldState,
  servedTarget = 0.98,
  research = world.allocation.research,
): Allocation {
  return servingSplit(world, servedTarget, research);
}

function gpt4Era(world: WorldState): boolean {
  return world.models.gpt35 !== null || world.run?.model === "gpt35";
}

const random: Strategy = {
  name: "random",
  choose: (beat, _world, dice) => dice.pick(beat.choices).index,
  plan: (screen, world, dice) => randomPlan(screen, world, dice),
};

/** The first option the story offers, every time. */
const firstChoice = (beat: Beat) => beat.choices[0]?.index ?? 0;

const cautious: Strategy = {
  name: "cautious",
  choose: firstChoice,
  // A careful fleet split; every other screen as it opens.
  plan: (screen, world) =>
    screen === "fleet"
      ? { screen, allocation: carefulAllocation(world), research: [...world.research.funded] }
      : unchangedPlan(screen, world),
};

/**
 * Andy's choices where the source says what was done (SOURCE.md): the shadow-library books and
 * Sci-Hub went in, the context grew from 2,048 to 4,096, new text came from audio, the plan was the
 * conservative sparse one with MQA and FlashAttention deferred, ChatGPT was served, exact
 * speculative decoding and quantisation later at launch, multimodality a demo, the rejection
 * probability lowered after launch. Each is the start of the choice's text; elsewhere the dice pick.
 */
export const SOURCE_CHOICES: readonly string[] = [
  "Take the shadow-library books",
  "ArXiv and Sci-Hub both",
  "Argue for a curriculum from 2,048 to 4,096",
  "Start reading about sparse models",
  "Then find text that isn't written down yet",
  'Write "sparse experts',
  "Back the conservative plan",
  "Use multi-query attention",
  "Experiments first",
  "Side with ChatGPT's users",
  "Keep it a demo, as planned",
  "Exact verification",
  "Quantisation needs experiments",
  "Accept the wait",
  "Do it now: the cost curve bends today",
];

function sourceChoice(beat: Beat): number | null {
  for (const c of beat.choices) {
    if (SOURCE_CHOICES.some((start) => c.text.startsWith(start))) return c.index;
  }
  return null;
}

/** Research GPUs the seed's planner gives Whisper until it is done (2,000 GPU-months in a quarter). */
const SEED_RESEARCH_GPUS = 1_000;

const seedPlan: Strategy = {
  name: "seed-plan",
  choose: (beat, _world, dice) => sourceChoice(beat) ?? dice.pick(beat.choices).index,
  plan(screen, world) {
    switch (screen) {
      case "fleet": {
        const whisperDone = world.research.done.includes("whisper");
        return {
          screen,
          allocation: carefulAllocation(
            world,
            0.98,
            Math.max(world.allocation.research, whisperDone ? 0 : SEED_RESEARCH_GPUS),
          ),
          research: whisperDone ? ["quantisation"] : ["whisper"],
        };
      }
      case "designer": {
        const seed = gpt4Era(world) ? SEED_PLANS.gpt4Training : SEED_PLANS.gpt35Training;
        return { screen, training: structuredClone(seed) };
      }
      case "data": {
        const seed = gpt4Era(world) ? SEED_PLANS.gpt4Data : SEED_PLANS.gpt35Training.data;
        return { screen, data: structuredClone(seed) };
      }
      case "serving": {
        const model = servingModelOf(world);
        // At launch the source's plan (with the story's votes already in the world); after it,
        // the same plan as the story left it: the lowered rejection probability, nothing more.
        const serving =
          model === "gpt4" && !world.flags.gpt4Launched
            ? { ...structuredClone(SEED_PLANS.gpt4Serving), model: world.plans.gpt4Serving.model }
            : structuredClone(servingPlanOf(world, model));
        return { screen, model, serving };
      }
    }
  },
};

/** The player who touches nothing: the first option at every choice, every screen as it opens. */
const untouched: Strategy = {
  name: "untouched",
  choose: firstChoice,
  plan: unchangedPlan,
};

/** The choices of a player who takes every source and writes nothing down. */
const RECKLESS_CHOICES: readonly string[] = [
  "Take the shadow-library books",
  "ArXiv and Sci-Hub both",
  "The sticky notes are enough",
  "Transcribe everything we can reach",
  "Put image-text data into the plan",
];

/** Every source the world offers, at all of its tokens (text once, code twice). */
function everySource(world: WorldState): DataPlan {
  const sources = {} as DataPlan["sources"];
  for (const id of SOURCE_IDS) {
    sources[id] = {
      uniqueTokens: sourceAvailableTokens(id, worldUnlocks(world)),
      epochs: DATA_SOURCES[id].isCode ? 2 : 1,
    };
  }
  return { sources };
}

/**
 * A deliberate player chasing the licence line: the source's plans, but every source taken by
 * Andy himself, the audio scraped, no ledger, and every token of every source in the mix.
 */
const reckless: Strategy = {
  name: "reckless",
  choose(beat, world, dice) {
    for (const c of beat.choices) {
      if (RECKLESS_CHOICES.some((start) => c.text.startsWith(start))) return c.index;
    }
    return seedPlan.choose(beat, world, dice);
  },
  plan(screen, world, dice) {
    if (screen === "data") return { screen, data: everySource(world) };
    if (screen === "designer") {
      const planned = seedPlan.plan(screen, world, dice);
      if (planned.screen === "designer" && gpt4Era(world)) {
        return { screen, training: { ...planned.training, data: everySource(world) } };
      }
      return planned;
    }
    return seedPlan.plan(screen, world, dice);
  },
};

/**
 * A deliberate player aiming at one ending through the numbers: the source's choices and plans,
 * changed only where that ending's numbers are made.
 */
function aiming(
  name: StrategyName,
  change: {
    choices?: readonly string[];
    plan?: (screen: ScreenName, world: WorldState, planned: ScreenPlan) => ScreenPlan;
  },
): Strategy {
  return {
    name,
    choose(beat, world, dice) {
      for (const c of beat.choices) {
        if (change.choices?.some((start) => c.text.startsWith(start))) return c.index;
      }
      return seedPlan.choose(beat, world, dice);
    },
    plan(screen, world, dice) {
      const planned = seedPlan.plan(screen, world, dice);
      return change.plan ? change.plan(screen, world, planned) : planned;
    },
  };
}

/** After launch: int8 weights, continuous batches of 1,024, no drafting (compute-bound decode). */
function tenTimesServing(world: WorldState): ServingPlan {
  const base = world.plans.gpt4Serving;
  return {
    ...base,
    precision: "int8",
    batching: "continuous",
    // Small int8 replicas with a big batch: each stage sees enough rows per expert for its
    // matmuls to run near the kernel rate, and 32 GPUs still hold the weights and the KV cache.
    gpusPerReplica: 32,
    maxBatch: 4096,
    speculative: { ...base.speculative, enabled: false, threshold: 0 },
  };
}

/** Ten times cheaper with quality kept: exact verification, refusing the stop-gap. */
const aimTurbo = aiming("aim-turbo", {
  choices: ["Refuse: exact verification", "Quantisation needs experiments"],
  plan: (screen, world, planned) =>
    screen === "serving" && world.flags.gpt4Launched
      ? { screen, model: "gpt4", serving: tenTimesServing(world) }
      : planned,
});

/** The cost cut by quality: int4 and a verifier that accepts nearly every draft. */
const aimNerfed = aiming("aim-nerfed", {
  choices: [
    "Do it now: the cost curve bends today",
    "Cut cost now, whatever it takes",
    "Draft a flat denial",
  ],
  plan: (screen, world, planned) => {
    if (screen !== "serving" || !world.flags.gpt4Launched) return planned;
    const base = world.plans.gpt4Serving;
    return {
      screen,
      model: "gpt4",
      serving: {
        ...base,
        precision: "int4",
        speculative: { ...base.speculative, enabled: true, threshold: 0.9 },
      },
    };
  },
});

/** ChatGPT starved: every fleet split gives serving as little as the story allows. */
const aimMelted = aiming("aim-melted", {
  choices: ["Side with the GPT-4 run", "Lobby to release the 32k context", "Give long context"],
  plan: (screen, world, planned) => {
    if (screen !== "fleet") return planned;
    const all = world.fleet.a100 + world.fleet.h100;
    const research = world.allocation.research;
    return {
      screen,
      allocation: { training: all - research, serving: 0, research },
      research: planned.screen === "fleet" ? planned.research : [],
    };
  },
});

/** The dense giant: the biggest dense model on the whiteboard, kept through every meeting. */
const aimGiant = aiming("aim-giant", {
  choices: [
    'Write "the biggest dense model the fleet can train"',
    "Keep arguing for the dense giant",
    "Keep full multi-head attention",
  ],
  plan: (screen, world, planned) => {
    if (screen === "designer" && world.models.gpt35 !== null) {
      // The designer as it opens, with the whiteboard's dense shape in it; ZeRO-3 to fit.
      const plan = structuredClone(world.plans.training);
      plan.parallel = { ...plan.parallel, zeroStage: 3 };
      return { screen, training: plan };
    }
    return planned;
  },
});

export const STRATEGIES: Record<StrategyName, Strategy> = {
  random,
  cautious,
  "seed-plan": seedPlan,
  untouched,
  reckless,
  "aim-turbo": aimTurbo,
  "aim-nerfed": aimNerfed,
  "aim-melted": aimMelted,
  "aim-giant": aimGiant,
};

export interface PlayedRun {
  seed: number;
  strategy: StrategyName;
  ending: string | null;
  error: string | null;
  score: RunScore | null;
  choices: number;
  screens: number;
  words: number;
  /** Everything the player would have read, passage by passage. */
  text: string[];
  /** Every string the sim formatted for the story during the run. */
  simStrings: Set<string>;
  /** Knot and stitch paths this run visited (from `paths`). */
  visited: string[];
  /** Ink warnings (the tests require none). */
  warnings: string[];
  /** Each screen the story opened, with the instruction its `# hint:` gave ("" when none). */
  screenHints: { screen: ScreenName; hint: string }[];
  session: GameSession | null;
}

export interface PlayOptions {
  /** Knot and stitch paths whose visits to record (see listInkPaths). */
  paths?: readonly string[];
  /** Safety net against a story loop: give up after this many player actions. */
  maxActions?: number;
  /** Keep the GameSession in the report (for tests that inspect it). */
  keepSession?: boolean;
  /**
   * The English story, when `storyJson` is another telling of it. Strategies read the choices'
   * English words ("Take the shadow-library books"), so the run plays the English telling in
   * lockstep and makes each of its decisions in both: the two have one shape, so the same
   * decisions meet the same pauses (a pause that differs is an error) and the same world.
   */
  guide?: string;
}

/**
 * The words of a passage: its runs of non-space characters, the same count as
 * `text.split(/\s+/).filter(Boolean).length`, without building two arrays for each passage of
 * thousands of runs. A space is what `\s` matches (ECMA-262's WhiteSpace and LineTerminator).
 */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      (c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Plays one run to its ending (or to an error) and reports what happened. */
export function playRun(
  storyJson: string,
  seed: number,
  strategyName: StrategyName,
  options: PlayOptions = {},
): PlayedRun {
  const strategy = STRATEGIES[strategyName];
  const dice = new Dice(seed);
  const report: PlayedRun = {
    seed,
    strategy: strategyName,
    ending: null,
    error: null,
    score: null,
    choices: 0,
    screens: 0,
    words: 0,
    text: [],
    simStrings: new Set(),
    visited: [],
    warnings: [],
    screenHints: [],
    session: null,
  };
  let session: GameSession | null = null;
  try {
    session = new GameSession(storyJson, seed, {
      onSimString: (text) => report.simStrings.add(text),
    });
    let beat = session.start();
    const guide = options.guide ? new GameSession(options.guide, seed) : null;
    let guided = guide?.start() ?? beat;
    const maxActions = options.maxActions ?? 2000;
    for (let actions = 0; ; actions++) {
      for (const passage of beat.passages) {
        if (passage.chapter)
          report.text.push(
            uiText("chapterHeading", { n: passage.chapter.number, title: passage.chapter.title }),
          );
        if (passage.text) {
          report.text.push(passage.text);
          report.words += wordCount(passage.text);
        }
      }
      if (beat.pause.kind === "ending") {
        report.ending = beat.pause.ending;
        break;
      }
      if (actions >= maxActions) throw new Error(`no ending after ${maxActions} actions`);
      if (guide && guided.pause.kind !== beat.pause.kind) {
        throw new Error(
          `the tellings part: this one waits for a ${beat.pause.kind}, the English for a ${guided.pause.kind}`,
        );
      }
      switch (beat.pause.kind) {
        case "choice": {
          report.choices += 1;
          const index = strategy.choose(guided, session.world, dice);
          beat = session.choose(index);
          if (guide) guided = guide.choose(index);
          break;
        }
        case "page":
          beat = session.continue();
          if (guide) guided = guide.continue();
          break;
        case "screen": {
          report.screens += 1;
          report.screenHints.push({ screen: beat.pause.screen, hint: beat.pause.hint ?? "" });
          const plan = strategy.plan(beat.pause.screen, session.world, dice);
          beat = session.commit(plan);
          if (guide) guided = guide.commit(plan);
          break;
        }
      }
      if (!guide) guided = beat;
    }
    report.score = scoreRun(session.world);
  } catch (err) {
    report.error = err instanceof Error ? err.message : String(err);
  }
  if (session) {
    report.warnings = [...session.director.storyWarnings];
    const s = session;
    report.visited = (options.paths ?? []).filter((path) => s.director.visits(path) > 0);
    if (options.keepSession) report.session = session;
  }
  return report;
}

/**
 * Knot and stitch paths declared in ink sources (`=== knot ===`, `= stitch`),
 * skipping functions: what "every knot and stitch visited" is checked against.
 */
export function listInkPaths(sources: readonly string[]): string[] {
  const paths: string[] = [];
  for (const source of sources) {
    let knot: string | null = null;
    for (const line of source.split("\n")) {
      const knotMatch = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(line);
      if (knotMatch) {
        knot = knotMatch[1] ? null : (knotMatch[2] ?? null);
        if (knot) paths.push(knot);
        continue;
      }
      const stitchMatch = /^\s*=\s*(\w+)/.exec(line);
      if (stitchMatch && knot) paths.push(`${knot}.${stitchMatch[1]}`);
    }
  }
  return paths;
}
