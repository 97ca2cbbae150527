/** The scores of a run: plain numbers the verdict (verdict.ts), the story and the card read. */
import type { SourceId } from "./constants";
import { modelParams } from "./plans";
import { SEED_PLANS } from "./seeds";
import { affordableToServe } from "./thresholds";
import {
  launchYardstickUsdPerMillionTokens,
  type ModelKey,
  servingEvaluation,
  type TrainedModel,
  type WorldState,
} from "./world";

export interface RunScore {
  /** Which model is the flagship ("none" before any run finishes). */
  flagship: ModelKey | "none";
  capability: number;
  loss: number;
  usdPerMillionTokens: number;
  /** The 10x goal's yardstick: the source's GPT-4 on the source's launch plan (world.ts). */
  launchUsdPerMillionTokens: number;
  /** The launch yardstick ÷ GPT-4's cost now: 10 means ten times cheaper (0 without a GPT-4). */
  costRatioVsLaunch: number;
  demandServedShare: number;
  gpt4DemandServedShare: number;
  perceivedQuality: number;
  licenceRisk: number;
  moneyUsd: number;
  spentUsd: number;
  trainingDays: number;
  /** GPT-4's training bill: its GPU-hours at its GPU type's price (the run so far if unfinished). */
  trainingCostUsd: number;
  reputation: number;
  tooBigForData: boolean;
  paramsToOptimalRatio: number;
  /**
   * The flagship's serving plan fits its replicas and costs at most
   * VERDICT_THRESHOLDS.servableCostFactor times the launch yardstick.
   */
  servable: boolean;
  /**
   * Forward compute per token of the flagship against the source's GPT-4 (2·N_active each,
   * Kaplan §2.1): 3.1 for a dense 870B, 1 for the source's 277B-active MoE.
   */
  computePerTokenVsSource: number;
  /** A provenance ledger was kept (the story's paper trail is facts, not silence). */
  ledgerKept: boolean;
  /** Andy's own name is on a risky source in the flagship's data (shadow books, Sci-Hub, scraped audio). */
  namedOnRiskySource: boolean;
  gpt4Trained: boolean;
  gpt4Launched: boolean;
  denseFlagship: boolean;
  capabilityLeapOverGpt35: number;
}

function flagshipOf(state: WorldState): { key: ModelKey | "none"; model: TrainedModel | null } {
  if (state.models.gpt4) return { key: "gpt4", model: state.models.gpt4 };
  if (state.models.gpt35) return { key: "gpt35", model: state.models.gpt35 };
  return { key: "none", model: null };
}

/** Whether a risky source Andy put in himself (or audio scraped without asking) trained the flagship. */
function namedOnRiskySource(state: WorldState): boolean {
  const plan = state.models.gpt4 ? state.models.gpt4.data : state.models.gpt35?.data;
  if (!plan) return false;
  const used = (id: SourceId) => plan.sources[id].epochs > 0 && plan.sources[id].uniqueTokens > 0;
  const named = state.story.taken.some((id) => RISKY_SOURCES.includes(id) && used(id));
  const scraped = state.story.audioRights === "everything" && used("audio_transcribed");
  return named || scraped;
}

/** Active parameters of the source's GPT-4 (16 x 111B + 55B, top-2: 277B, SOURCE.md §5). */
const SOURCE_ACTIVE_PARAMS = modelParams(SEED_PLANS.gpt4Training).active;

/** Sources whose licences the story treats as a paper trail when Andy's name is on them. */
const RISKY_SOURCES: readonly SourceId[] = ["books_shadow", "papers_scihub"];

/** Scores a run from its state. Plain numbers and booleans; finite always. */
export function scoreRun(state: WorldState): RunScore {
  const { key, model } = flagshipOf(state);
  const servingKey: ModelKey = key === "gpt35" ? "gpt35" : "gpt4";
  const ev = servingEvaluation(state, servingKey);
  const usd = ev.usdPerMillionTokens;
  // The 10x goal divides a fixed yardstick, never the player's own launch plan (world.ts).
  const launch = state.launchUsdPerMillionTokens ?? launchYardstickUsdPerMillionTokens(state);
  const gpt35Capability = state.models.gpt35?.capability ?? 0;
  const t = state.totals;
  return {
    flagship: key,
    capability: model?.capability ?? 0,
    loss: model?.loss ?? 0,
    usdPerMillionTokens: usd,
    launchUsdPerMillionTokens: launch,
    // Only GPT-4's own serving cost is measured against GPT-4's yardstick.
    costRatioVsLaunch: servingKey === "gpt4" && usd > 0 && launch > 0 ? launch / usd : 0,
    demandServedShare: t.demandTokens > 0 ? t.servedTokens / t.demandTokens : 1,
    gpt4DemandServedShare: t.gpt4DemandTokens > 0 ? t.gpt4ServedTokens / t.gpt4DemandTokens : 1,
    perceivedQuality: ev.quality,
    licenceRisk: model?.licenceRisk ?? 0,
    moneyUsd: state.moneyUsd,
    spentUsd: state.spentUsd,
    trainingDays: state.models.gpt4?.trainingDays ?? state.run?.days ?? 0,
    trainingCostUsd: state.models.gpt4?.trainingCostUsd ?? state.run?.costUsd ?? 0,
    reputation: state.reputation,
    tooBigForData: model?.tooBigForData ?? false,
    paramsToOptimalRatio: model?.paramsToOptimalRatio ?? 0,
    servable: affordableToServe(ev, launch),
    computePerTokenVsSource: model ? model.activeParams / SOURCE_ACTIVE_PARAMS : 0,
    ledgerKept: state.story.ledger,
    namedOnRiskySource: namedOnRiskySource(state),
    gpt4Trained: state.models.gpt4 !== null,
    gpt4Launched: state.flags.gpt4Launched,
    denseFlagship: model?.architecture === "dense",
    capabilityLeapOverGpt35: key === "gpt4" ? (model?.capability ?? 0) - gpt35Capability : 0,
  };
}
