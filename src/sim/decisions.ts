/**
 * Story decisions: what a choice in the story writes into the world (GAME.md, "Decisions and
 * verdicts": one decision, one place). The story sends them with a `# decide: name value` tag
 * (src/story/protocol.ts); each sets the plan fields, sources or jobs it names, and the matching
 * screen then opens on it. The player may still change a plan on its screen; the prose reads the
 * committed plan afterwards, never the vote.
 */
import {
  type AudioRights,
  DATA_SOURCES,
  ENDPOINT_GPUS,
  SETBACK_FOUR_DAYS,
  SETBACK_HOURS_DAYS,
  SETBACK_ONE_DAY,
  SOURCE_IDS,
  type SourceId,
  WAITLIST_32K_GPUS,
} from "./constants";
import type { DataPlan, ServingPlan, TrainingPlan } from "./plans";
import { clonePlan, MODEL_PRESETS, type ModelPreset } from "./seeds";

/** Speculative decoding as the story votes it: the verifier's leniency τ (0 = exact). */
// Source: SOURCE.md §7-8: exact verification at launch; after launch the rejection probability is
// lowered and "users online feel quality dropped". [game] lenient τ = 0.2, an A/B-tested milder τ = 0.1.
export const SPECULATIVE_VOTES = {
  exact: { enabled: true, threshold: 0 },
  mild: { enabled: true, threshold: 0.1 },
  lenient: { enabled: true, threshold: 0.2 },
  off: { enabled: false, threshold: 0 },
} as const;
export type SpeculativeVote = keyof typeof SPECULATIVE_VOTES;

/** Context windows the story can argue for (tokens). */
export const CONTEXT_VOTES = { "2k": 2048, "4k": 4096, "8k": 8192 } as const;
export type ContextVote = keyof typeof CONTEXT_VOTES;

/** Every decision the story may send, with the values it accepts. */
export const STORY_DECISIONS = {
  /** Andy puts a source in the mix himself: his name is on it (the paper trail). */
  take_source: SOURCE_IDS,
  /** A source is refused: it leaves the current mix and is locked out of every later one. */
  refuse_source: SOURCE_IDS,
  /** A provenance ledger of every source is kept from now on. */
  ledger: ["kept"],
  /** What Whisper may transcribe. */
  audio_rights: ["defensible", "everything"],
  /** The context the next run trains to. */
  context: Object.keys(CONTEXT_VOTES) as ContextVote[],
  /** The model on the drawing board: the next design opens on this shape. */
  model: Object.keys(MODEL_PRESETS) as ModelPreset[],
  /** Attention of the model on the drawing board. */
  attention: ["mha", "mqa"],
  /** FlashAttention in the training plan. */
  flash_attention: ["on", "off"],
  /** Speculative decoding in GPT-4's serving plan. */
  speculative: Object.keys(SPECULATIVE_VOTES) as SpeculativeVote[],
  /** Weight precision of GPT-4's serving plan. */
  gpt4_precision: ["fp16", "int8"],
  /**
   * The data team rebuilds the mix as one "big epoch" (SOURCE.md §5): every source that exists and
   * was not refused, natural language once and code twice; or two of them (text twice, code four
   * times: the rumoured 13T, FORMULAS.md §6); image-text waits for continued training.
   */
  data_mix: ["big_epoch", "two_big_epochs"],
  /** Where the H100s that just arrived go (they arrive in serving). */
  h100s: ["serving", "training", "research"],
  /** Andy hands the research allocation to serving. */
  research_to_serving: ["all"],
  /** ChatGPT's demand: the fleet opens on a split that serves it (from the other pools). */
  fleet_split: ["serve_demand"],
  /** A finished research project learned by hand (ChatGPT's quantisation done layer by layer). */
  learned: ["quantisation"],
  /** Progress the running job loses: a checkpoint interval's worth, or four days rolled back. */
  run_setback: ["hours", "one_day", "four_days"],
  /** The partner's deployment endpoint takes a few nodes from this pool. */
  endpoint_gpus: ["training", "serving", "research"],
  /** The 32k model goes out to a waitlist: its long conversations hold serving GPUs of their own. */
  waitlist_32k: ["on"],
} as const satisfies Record<string, readonly string[]>;

export type StoryDecisionName = keyof typeof STORY_DECISIONS;

/** What the story has decided so far, as the sim reads it. Plain JSON. */
export interface StoryRecord {
  /** Sources refused, with the month each was refused. */
  refused: { id: SourceId; monthIndex: number }[];
  /** Sources Andy put in himself. */
  taken: SourceId[];
  ledger: boolean;
  audioRights: AudioRights | null;
}

export function newStoryRecord(): StoryRecord {
  return { refused: [], taken: [], ledger: false, audioRights: null };
}

export class StoryDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoryDecisionError";
  }
}

/** Throws a StoryDecisionError unless `name value` is a decision the sim knows. */
export function checkStoryDecision(name: string, value: string): StoryDecisionName {
  if (!Object.hasOwn(STORY_DECISIONS, name)) {
    throw new StoryDecisionError(
      `unknown story decision "${name}"; known: ${Object.keys(STORY_DECISIONS).join(", ")}`,
    );
  }
  const values = STORY_DECISIONS[name as StoryDecisionName] as readonly string[];
  if (!values.includes(value)) {
    throw new StoryDecisionError(
      `story decision "${name}" takes one of ${values.join(", ")}, got "${value}"`,
    );
  }
  return name as StoryDecisionName;
}

/** The data plan without the refused sources. */
export function withoutSources(data: DataPlan, refused: readonly SourceId[]): DataPlan {
  const copy = clonePlan(data);
  for (const id of refused) copy.sources[id] = { uniqueTokens: 0, epochs: 0 };
  return copy;
}

/** The refused source ids of a story record. */
export function refusedSources(story: StoryRecord): SourceId[] {
  return story.refused.map((r) => r.id);
}

/** The parts of the world a story decision writes: its record, the training plan, GPT-4's serving. */
export interface DecisionTarget {
  story: StoryRecord;
  training: TrainingPlan;
  gpt4Serving: ServingPlan;
  /** Unique tokens each source offers now (a taken source enters the mix at that size). */
  availableTokens(id: SourceId): number;
  /** The fleet's monthly split (GPUs), changed in place. */
  allocation: { training: number; serving: number; research: number };
  /** H100s in the fleet. */
  h100: number;
  /** The split that serves this month's demand, taking GPUs from training first. */
  servingSplit(): { training: number; serving: number; research: number };
  /** Marks a research project finished. */
  finishResearch(id: "quantisation"): void;
  /** Takes this many days of progress from the job running now (a run or GPT-4's open jobs). */
  setBack(days: number): void;
}

/**
 * Applies one story decision to its targets in place (the caller owns them: world.ts passes its
 * cloned state). Throws a StoryDecisionError on an unknown decision or a refused source taken.
 */
export function applyStoryDecisionTo(
  target: DecisionTarget,
  name: string,
  value: string,
  monthIndex: number,
): void {
  const decision = checkStoryDecision(name, value);
  const story = target.story;
  const plan = target.training;
  switch (decision) {
    case "take_source": {
      const id = value as SourceId;
      if (story.refused.some((r) => r.id === id)) {
        throw new StoryDecisionError(`"${id}" was refused earlier; the story cannot take it back`);
      }
      if (!story.taken.includes(id)) story.taken.push(id);
      const source = plan.data.sources[id];
      if (source.epochs <= 0 || source.uniqueTokens <= 0) {
        plan.data.sources[id] = { uniqueTokens: target.availableTokens(id), epochs: 1 };
      }
      break;
    }
    case "refuse_source": {
      const id = value as SourceId;
      if (!story.refused.some((r) => r.id === id)) story.refused.push({ id, monthIndex });
      story.taken = story.taken.filter((t) => t !== id);
      plan.data = withoutSources(plan.data, [id]);
      break;
    }
    case "ledger":
      story.ledger = true;
      break;
    case "audio_rights":
      story.audioRights = value as AudioRights;
      break;
    case "context": {
      const tokens = CONTEXT_VOTES[value as ContextVote];
      const start = Math.min(plan.context.startTokens, tokens);
      plan.context = {
        startTokens: start,
        finalTokens: tokens,
        finalShare: tokens === start ? 1 : plan.context.finalShare,
      };
      break;
    }
    case "model": {
      const preset = MODEL_PRESETS[value as ModelPreset];
      Object.assign(plan, clonePlan(preset.shape));
      plan.parallel = clonePlan(preset.parallel);
      break;
    }
    case "attention":
      plan.attention = value as "mha" | "mqa";
      plan.gqaGroups = value === "mqa" ? 1 : plan.heads;
      break;
    case "flash_attention":
      plan.flashAttention = value === "on";
      break;
    case "speculative": {
      const vote = SPECULATIVE_VOTES[value as SpeculativeVote];
      target.gpt4Serving.speculative = {
        ...target.gpt4Serving.speculative,
        enabled: vote.enabled,
        threshold: vote.threshold,
      };
      break;
    }
    case "gpt4_precision":
      target.gpt4Serving.precision = value as "fp16" | "int8";
      break;
    case "data_mix":
      for (const id of SOURCE_IDS) {
        const tokens =
          id === "image_text" || story.refused.some((r) => r.id === id)
            ? 0
            : target.availableTokens(id);
        plan.data.sources[id] =
          tokens > 0
            ? {
                uniqueTokens: tokens,
                epochs: (DATA_SOURCES[id].isCode ? 2 : 1) * (value === "two_big_epochs" ? 2 : 1),
              }
            : { uniqueTokens: 0, epochs: 0 };
      }
      break;
    case "h100s": {
      // The new cards arrived in serving; moving them takes at most what serving holds.
      const a = target.allocation;
      const moved = Math.min(target.h100, a.serving);
      if (value === "training") a.training += moved;
      if (value === "research") a.research += moved;
      if (value !== "serving") a.serving -= moved;
      break;
    }
    case "fleet_split": {
      const split = target.servingSplit();
      target.allocation.training = split.training;
      target.allocation.serving = split.serving;
      target.allocation.research = split.research;
      break;
    }
    case "learned":
      target.finishResearch("quantisation");
      break;
    case "run_setback":
      target.setBack(
        value === "hours"
          ? SETBACK_HOURS_DAYS
          : value === "one_day"
            ? SETBACK_ONE_DAY
            : SETBACK_FOUR_DAYS,
      );
      break;
    case "endpoint_gpus": {
      const pool = value as "training" | "serving" | "research";
      target.allocation[pool] = Math.max(0, target.allocation[pool] - ENDPOINT_GPUS);
      break;
    }
    case "waitlist_32k":
      target.allocation.serving = Math.max(0, target.allocation.serving - WAITLIST_32K_GPUS);
      break;
    case "research_to_serving": {
      const a = target.allocation;
      a.serving += a.research;
      a.research = 0;
      break;
    }
  }
}
