/**
 * The monthly world: calendar, fleet, allocation, demand, money, reputation, training runs and events.
 * Pure: every function returns a new state and leaves its input untouched. State is plain JSON.
 */

import { sustainedFlopsPerSecond } from "./compute";
import {
  ALIGNMENT_GPUS,
  ALIGNMENT_MONTHS,
  API_MONTHLY_GROWTH,
  API_USD_PER_MILLION_TOKENS,
  BORROWED_A100,
  CHATGPT_GROWTH_MAX,
  CHATGPT_GROWTH_MIN,
  CHATGPT_MIDPOINT_MONTHS,
  CHATGPT_TOKENS_PER_USER_PER_DAY,
  CHATGPT_USD_PER_MILLION_TOKENS,
  CHATGPT_USERS_MAX,
  CHATGPT_USERS_MIN,
  DAYS_PER_MONTH,
  GPT4_DEMAND_RAMP_MONTHS,
  GPT4_DEMAND_SHARE_OF_CHATGPT,
  GPT4_USD_PER_MILLION_TOKENS,
  GPUS,
  GPUS_PER_NODE,
  type GpuId,
  H100_ARRIVAL,
  HOURS_PER_MONTH,
  JOB_IDS,
  type JobId,
  LAST_MONTH_INDEX,
  LONG_CONTEXT_FINETUNE_CONTEXT,
  LONG_CONTEXT_FINETUNE_TOKENS,
  MICROSOFT_DEAL_A100,
  MICROSOFT_DEAL_USD,
  MULTIMODAL_CONTINUED_TOKENS,
  POST_TRAINING_FALLBACK_MFU,
  REPUTATION_MONTHLY_PULL,
  REPUTATION_TARGET,
  RESEARCH_GPU_MONTHS,
  RESEARCH_IDS,
  type ResearchId,
  SECONDS_PER_DAY,
  SECONDS_PER_HOUR,
  SERVING_SPLIT_TARGET_SHARE,
  SOURCE_IDS,
  START_A100,
  START_ALLOCATION,
  START_API_TOKENS_PER_SECOND,
  START_MONEY_USD,
  START_MONTH,
  START_REPUTATION,
  START_YEAR,
  UNALIGNED_QUALITY_PENALTY,
  UNSERVED_CEILING_LOSS_PER_MONTH,
} from "./constants";
import {
  applyStoryDecisionTo,
  newStoryRecord,
  refusedSources,
  type StoryRecord,
  withoutSources,
} from "./decisions";
import { add, count, type Expr, evaluate, lit, mul, plain, q } from "./expr";
import { formatParams, formatTokens } from "./format";
import {
  type DataPlan,
  type GpuPool,
  type ServingEvaluation,
  type ServingPlan,
  servedModelFromTraining,
  sourceAvailableTokens,
  type TrainingEvaluation,
  type TrainingFit,
  type TrainingPlan,
  type Unlocks,
} from "./plans";
import { randomBetween, seedRng } from "./rng";
import { clonePlan, SEED_PLANS } from "./seeds";
import { evaluateServingPlan } from "./serving";
import { evaluateTrainingPlan } from "./training";

export interface Allocation {
  training: number;
  serving: number;
  research: number;
}

export interface Fleet {
  a100: number;
  h100: number;
}

export type ModelKey = "gpt35" | "gpt4";

export interface TrainingRun {
  model: ModelKey;
  plan: TrainingPlan;
  startMonthIndex: number;
  flopsDone: number;
  flopsTotal: number;
  /** Calendar days the run has made progress. */
  days: number;
  gpuHours: number;
  costUsd: number;
  /** Predicted loss at the end of each month of the run (the live loss curve). */
  lossCurve: number[];
}

export interface TrainedModel {
  name: string;
  loss: number;
  capability: number;
  totalParams: number;
  activeParams: number;
  architecture: "dense" | "moe";
  tooBigForData: boolean;
  paramsToOptimalRatio: number;
  licenceRisk: number;
  /** Share of the plan's tokens actually trained (1 = finished). */
  progress: number;
  /** The data it was trained on (the plan's mix; `progress` says how much of it was read). */
  data: DataPlan;
  /** The context window it was trained to (tokens). */
  contextTokens: number;
  /** Tokens it read (epochs counted; `progress` of the plan's). Absent in states made before it was kept. */
  seenTokens?: number;
  trainingDays: number;
  gpuHours: number;
  /** What the run's GPU-hours cost at its GPU type's price (absent in states made before it was kept). */
  trainingCostUsd?: number;
  finishedMonthIndex: number;
}

/** One of GPT-4's post-training jobs: FLOPs to do on the training GPUs, at the run's MFU. */
export interface PostTrainingJob {
  id: JobId;
  flopsTotal: number;
  flopsDone: number;
  /** MFU of the trained plan, used for every month the job runs. */
  mfu: number;
  /** Most GPUs the job can use in a month (null = as many as it is given). */
  maxGpus: number | null;
  finishedMonthIndex: number | null;
}

export interface WorldFlags {
  microsoftDeal: boolean;
  chinchillaHire: boolean;
  whisper: boolean;
  chatgptLaunched: boolean;
  borrowedCompute: boolean;
  quantisedChatgpt: boolean;
  h100: boolean;
  gpt4Launched: boolean;
}

export interface MonthRecord {
  monthIndex: number;
  demandTokensPerSecond: number;
  /** What the serving GPUs could produce that month at the committed serving plans. */
  capacityTokensPerSecond: number;
  servedShare: number;
  moneyUsd: number;
  reputation: number;
  chatgptUsers: number;
  trainingProgress: number;
  loss: number;
  /** How the fleet was split that month (splitFleet of the allocation): the card's picture. */
  trainingGpus: number;
  servingGpus: number;
  researchGpus: number;
}

export interface WorldState {
  version: 2;
  seed: number;
  rng: number;
  monthIndex: number;
  fleet: Fleet;
  allocation: Allocation;
  moneyUsd: number;
  spentUsd: number;
  revenueUsd: number;
  reputation: number;
  chatgptUsers: number;
  demand: {
    apiTokensPerSecond: number;
    chatgptTokensPerSecond: number;
    gpt4TokensPerSecond: number;
  };
  chatgpt: { launchMonthIndex: number; ceilingUsers: number; growthPerMonth: number } | null;
  gpt4LaunchMonthIndex: number | null;
  flags: WorldFlags;
  plans: { training: TrainingPlan; gpt35Serving: ServingPlan; gpt4Serving: ServingPlan };
  run: TrainingRun | null;
  /** Why the last run start was refused ("ok" when it started). */
  lastStart: TrainingFit | "none";
  models: { gpt35: TrainedModel | null; gpt4: TrainedModel | null };
  research: { funded: ResearchId[]; gpuMonths: Record<ResearchId, number>; done: ResearchId[] };
  launchUsdPerMillionTokens: number | null;
  totals: {
    demandTokens: number;
    servedTokens: number;
    trainingGpuHours: number;
    gpt4DemandTokens: number;
    gpt4ServedTokens: number;
  };
  history: MonthRecord[];
  events: string[];
  /** What the story decided (sources refused or taken, the ledger, votes): see decisions.ts. */
  story: StoryRecord;
  /** GPT-4's post-training jobs, queued when its pre-training finishes (empty before). */
  jobs: PostTrainingJob[];
}

export interface PlanChanges {
  allocation?: Allocation;
  trainingPlan?: TrainingPlan;
  gpt35Serving?: ServingPlan;
  gpt4Serving?: ServingPlan;
  fundResearch?: ResearchId[];
}

export const WORLD_EVENTS = [
  "microsoft_deal",
  "chinchilla_hire",
  "gpt35_start",
  "gpt35_ship",
  "gpt4_start",
  "chatgpt_launch",
  "borrow_compute",
  "quantise_chatgpt",
  "h100_arrival",
  "gpt4_launch",
] as const;
export type WorldEvent = (typeof WORLD_EVENTS)[number];

/** "YYYY-MM" for a month index (0 = 2021-09). */
export function monthLabel(monthIndex: number): string {
  const total = START_YEAR * 12 + (START_MONTH - 1) + Math.floor(monthIndex);
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** Month index of a "YYYY-MM" label; throws on a malformed label. */
export function monthIndexOf(label: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) throw new Error(`month must look like "2022-03", got "${label}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new Error(`month out of range in "${label}"`);
  return year * 12 + (month - 1) - (START_YEAR * 12 + (START_MONTH - 1));
}

export function newWorld(seed: number): WorldState {
  const research = {} as Record<ResearchId, number>;
  for (const id of RESEARCH_IDS) research[id] = 0;
  return {
    version: 2,
    seed,
    rng: seedRng(seed),
    monthIndex: 0,
    fleet: { a100: START_A100, h100: 0 },
    allocation: { ...START_ALLOCATION },
    moneyUsd: START_MONEY_USD,
    spentUsd: 0,
    revenueUsd: 0,
    reputation: START_REPUTATION,
    chatgptUsers: 0,
    demand: {
      apiTokensPerSecond: START_API_TOKENS_PER_SECOND,
      chatgptTokensPerSecond: 0,
      gpt4TokensPerSecond: 0,
    },
    chatgpt: null,
    gpt4LaunchMonthIndex: null,
    flags: {
      microsoftDeal: false,
      chinchillaHire: false,
      whisper: false,
      chatgptLaunched: false,
      borrowedCompute: false,
      quantisedChatgpt: false,
      h100: false,
      gpt4Launched: false,
    },
    plans: {
      // September 2021: the next model on the drawing board is GPT-3.5 (SOURCE.md §3).
      training: clonePlan(SEED_PLANS.gpt35Training),
      gpt35Serving: clonePlan(SEED_PLANS.gpt35Serving),
      gpt4Serving: clonePlan(SEED_PLANS.gpt4Serving),
    },
    run: null,
    lastStart: "none",
    models: { gpt35: null, gpt4: null },
    research: { funded: [], gpuMonths: research, done: [] },
    launchUsdPerMillionTokens: null,
    totals: {
      demandTokens: 0,
      servedTokens: 0,
      trainingGpuHours: 0,
      gpt4DemandTokens: 0,
      gpt4ServedTokens: 0,
    },
    history: [],
    events: [],
    story: newStoryRecord(),
    jobs: [],
  };
}

/**
 * A deep copy of plain JSON data (objects, arrays, numbers, strings, booleans, null). `for...in`
 * over a plain object visits its own keys in Object.keys order (a state has no inherited
 * enumerable keys) without building a key array, and leaves are copied without a call: a fifth
 * less time than Object.keys and a call per value, and this copy runs on every step of a run.
 */
function cloneJson<T>(x: T): T {
  if (Array.isArray(x)) {
    const n = x.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v: unknown = x[i];
      out[i] = typeof v === "object" && v !== null ? cloneJson(v) : v;
    }
    return out as T;
  }
  if (x !== null && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const k in x) {
      const v: unknown = (x as Record<string, unknown>)[k];
      out[k] = typeof v === "object" && v !== null ? cloneJson(v) : v;
    }
    return out as T;
  }
  return x;
}

/**
 * The copy every pure step starts from. A month's history entry is never changed once pushed, so
 * the copies share those entries (the history array itself is new); the rest is copied deeply.
 * Hand-written because structuredClone's serialisation made it a tenth of an autoplay run.
 */
function cloneState(state: WorldState): WorldState {
  // The placeholder keeps `history` at its place among the keys (saves compare states as JSON).
  const copy = cloneJson({ ...state, history: [] as MonthRecord[] });
  copy.history = state.history.slice();
  return copy;
}

export function totalGpus(fleet: Fleet): number {
  return fleet.a100 + fleet.h100;
}

/** Clamps an allocation to whole, non-negative GPUs that fit the fleet (training, then serving, then research). */
export function normaliseAllocation(fleet: Fleet, allocation: Allocation): Allocation {
  const total = totalGpus(fleet);
  const whole = (x: number) => (Number.isFinite(x) && x > 0 ? Math.floor(x) : 0);
  const training = Math.min(whole(allocation.training), total);
  const serving = Math.min(whole(allocation.serving), total - training);
  const research = Math.min(whole(allocation.research), total - training - serving);
  return { training, serving, research };
}

export interface Pools {
  training: Fleet;
  serving: Fleet;
  research: Fleet;
}

/** Serving takes H100s first (decode gains most from bandwidth), training takes A100s first. [game] */
export function splitFleet(fleet: Fleet, allocation: Allocation): Pools {
  const a = normaliseAllocation(fleet, allocation);
  const servingH = Math.min(a.serving, fleet.h100);
  const servingA = a.serving - servingH;
  const trainingA = Math.min(a.training, fleet.a100 - servingA);
  const trainingH = a.training - trainingA;
  const researchA = Math.min(a.research, fleet.a100 - servingA - trainingA);
  return {
    training: { a100: trainingA, h100: trainingH },
    serving: { a100: servingA, h100: servingH },
    research: { a100: researchA, h100: a.research - researchA },
  };
}

/**
 * A training job runs on one GPU type: synchronous data parallelism steps at the pace of its slowest
 * GPU, so nobody mixes A100s and H100s in one job (Megatron-LM and NeMo assume one type). The job
 * takes the type whose GPUs give more peak FLOP/s; the other type's training GPUs do not join it
 * (idleTrainingGpus says how many). [game] choice of the faster share.
 */
export function trainingPool(pool: Fleet): GpuPool {
  const a100 = pool.a100 * GPUS.A100.peakFlopsPerSecond;
  const h100 = pool.h100 * GPUS.H100.peakFlopsPerSecond;
  return h100 > a100 ? { gpu: "H100", gpus: pool.h100 } : { gpu: "A100", gpus: pool.a100 };
}

/**
 * The GPUs a run can use on a pool: at most as many data-parallel copies as its batch feeds with
 * one micro-batch each (a framework refuses a smaller batch per rank), the rest of the pool idle.
 * So growing the training share never stalls a run in progress. [game] the cap, no auto-resize.
 */
export function runPool(plan: TrainingPlan, pool: GpuPool): GpuPool {
  const p = plan.parallel;
  const microbatchTokens = plan.context.finalTokens * p.microbatchSequences;
  const copies = Math.floor(plan.batch.finalTokens / microbatchTokens);
  const cap = copies * p.tensor * p.pipeline;
  return Number.isFinite(cap) && cap >= 1 && pool.gpus > cap ? { gpu: pool.gpu, gpus: cap } : pool;
}

/** Training GPUs of the other type, which the training job cannot use (see trainingPool). */
export function idleTrainingGpus(pool: Fleet): { gpu: GpuId; gpus: number } {
  const job = trainingPool(pool);
  return job.gpu === "H100" ? { gpu: "A100", gpus: pool.a100 } : { gpu: "H100", gpus: pool.h100 };
}

/**
 * What the world has unlocked so far: Whisper's audio source (once the project is funded and
 * finished), the finished research projects, and the sources the story refused or limited.
 */
export function worldUnlocks(state: WorldState): Unlocks {
  const unlocks: Unlocks = {
    whisper: state.flags.whisper,
    research: state.research.done,
    refused: refusedSources(state.story),
    monthIndex: state.monthIndex,
  };
  if (state.story.audioRights) unlocks.audioRights = state.story.audioRights;
  return unlocks;
}

/**
 * Applies a story decision (`# decide: name value`): sets the plan fields, sources or records it
 * names. Pure; throws a StoryDecisionError on an unknown decision or value.
 */
export function applyStoryDecision(state: WorldState, name: string, value: string): WorldState {
  const s = cloneState(state);
  applyStoryDecisionTo(
    {
      story: s.story,
      training: s.plans.training,
      gpt4Serving: s.plans.gpt4Serving,
      availableTokens: (id) => sourceAvailableTokens(id, worldUnlocks(s)),
      allocation: s.allocation,
      h100: s.fleet.h100,
      servingSplit: () => servingSplit(s),
      finishResearch: (id) => {
        if (!s.research.done.includes(id)) s.research.done.push(id);
      },
      setBack: (days) => setBack(s, days),
    },
    name,
    value,
    s.monthIndex,
  );
  s.allocation = normaliseAllocation(s.fleet, s.allocation);
  return s;
}

/** The plan being trained, or the committed one when nothing runs. */
export function activeTrainingPlan(state: WorldState): TrainingPlan {
  return state.run ? state.run.plan : state.plans.training;
}

export function evaluateWorldTraining(
  state: WorldState,
  allocation: Allocation = state.allocation,
): TrainingEvaluation {
  const pools = splitFleet(state.fleet, allocation);
  const plan = activeTrainingPlan(state);
  return evaluateTrainingPlan(
    plan,
    runPool(plan, trainingPool(pools.training)),
    worldUnlocks(state),
  );
}

/** Demand (tokens/s) for a month index from the state's demand parameters. */
function demandFor(state: WorldState, monthIndex: number) {
  const api = state.demand.apiTokensPerSecond;
  let users = 0;
  if (state.chatgpt && monthIndex >= state.chatgpt.launchMonthIndex) {
    const c = state.chatgpt;
    // Source: [game] seeded logistic users(t) = K / (1 + exp(−r·(t − t_launch − 2))), UBS: 100M in 2 months.
    const t = monthIndex - c.launchMonthIndex - CHATGPT_MIDPOINT_MONTHS;
    users = c.ceilingUsers / (1 + Math.exp(-c.growthPerMonth * t));
  }
  const chatgpt = (users * CHATGPT_TOKENS_PER_USER_PER_DAY) / SECONDS_PER_DAY;
  let gpt4 = 0;
  if (state.gpt4LaunchMonthIndex !== null && monthIndex >= state.gpt4LaunchMonthIndex) {
    const ramp = Math.min(
      1,
      (monthIndex - state.gpt4LaunchMonthIndex + 1) / GPT4_DEMAND_RAMP_MONTHS,
    );
    gpt4 = GPT4_DEMAND_SHARE_OF_CHATGPT * Math.max(chatgpt, api) * ramp;
  }
  return { api, chatgpt, gpt4, users };
}

export interface ServingOutlook {
  capacityTokensPerSecond: number;
  demandTokensPerSecond: number;
  /** Demand by stream (tokens/s): the API, ChatGPT and GPT-4. */
  demandByStream: { api: number; chatgpt: number; gpt4: number };
  /** Output tokens/s one serving GPU gives each model, blended over the pool's GPU types. */
  tokensPerSecondPerGpu: { gpt35: number; gpt4: number };
  /** GPUs that would serve all demand (GPT-3.5 streams + GPT-4). */
  gpusNeeded: number;
  servedShare: number;
  gpt35: ServingEvaluation;
  gpt4: ServingEvaluation | null;
  revenueUsdPerSecond: number;
  quality: number;
}

function blendedTokensPerGpu(
  plan: ServingPlan,
  pool: Fleet,
  unlocks: Unlocks,
): { perGpu: number; ev: ServingEvaluation } {
  const main: GpuId = pool.h100 > pool.a100 ? "H100" : "A100";
  const evMain = evaluateServingPlan(plan, { gpu: main, gpus: plan.gpusPerReplica }, 0, unlocks);
  const n = pool.a100 + pool.h100;
  if (n === 0) return { perGpu: evMain.tokensPerSecondPerGpu, ev: evMain };
  const other: GpuId = main === "A100" ? "H100" : "A100";
  const otherCount = other === "A100" ? pool.a100 : pool.h100;
  if (otherCount === 0) return { perGpu: evMain.tokensPerSecondPerGpu, ev: evMain };
  const evOther = evaluateServingPlan(plan, { gpu: other, gpus: plan.gpusPerReplica }, 0, unlocks);
  const perGpu =
    (evMain.tokensPerSecondPerGpu * (n - otherCount) + evOther.tokensPerSecondPerGpu * otherCount) /
    n;
  return { perGpu, ev: evMain };
}

/**
 * Serving capacity against demand. GPUs are shared between GPT-3.5 (API + ChatGPT) and GPT-4 in
 * proportion to the GPUs each stream needs; the served share is the same for every stream. [game]
 */
export function servingOutlook(
  state: WorldState,
  servingPool: Fleet,
  monthIndex: number = state.monthIndex,
): ServingOutlook {
  const d = demandFor(state, monthIndex);
  const g35 = blendedTokensPerGpu(state.plans.gpt35Serving, servingPool, worldUnlocks(state));
  const launched = state.gpt4LaunchMonthIndex !== null;
  const g4 = launched
    ? blendedTokensPerGpu(state.plans.gpt4Serving, servingPool, worldUnlocks(state))
    : null;
  const d35 = d.api + d.chatgpt;
  const need35 = g35.perGpu > 0 ? d35 / g35.perGpu : d35 > 0 ? Number.MAX_VALUE : 0;
  const need4 = g4 ? (g4.perGpu > 0 ? d.gpt4 / g4.perGpu : d.gpt4 > 0 ? Number.MAX_VALUE : 0) : 0;
  const need = need35 + need4;
  const gpus = servingPool.a100 + servingPool.h100;
  const demand = d35 + d.gpt4;
  const servedShare = need > 0 ? Math.min(1, gpus / need) : 1;
  const capacity = need > 0 ? (demand * gpus) / need : 0;
  const revenueUsdPerSecond =
    (servedShare *
      (d.api * API_USD_PER_MILLION_TOKENS +
        d.chatgpt * CHATGPT_USD_PER_MILLION_TOKENS +
        d.gpt4 * GPT4_USD_PER_MILLION_TOKENS)) /
    1e6;
  const quality = g4 ? g4.ev.quality * alignmentQualityFactor(state) : g35.ev.quality;
  return {
    capacityTokensPerSecond: Number.isFinite(capacity) ? capacity : 0,
    demandTokensPerSecond: demand,
    demandByStream: { api: d.api, chatgpt: d.chatgpt, gpt4: d.gpt4 },
    tokensPerSecondPerGpu: { gpt35: g35.perGpu, gpt4: g4 ? g4.perGpu : 0 },
    gpusNeeded: need,
    servedShare,
    gpt35: g35.ev,
    gpt4: g4 ? g4.ev : null,
    revenueUsdPerSecond,
    quality,
  };
}

/** Fleet cost per month: every GPU is paid for, busy or idle. */
// Source: FORMULAS.md §12 prices ($1/A100-h, $2/H100-h) × 730.5 hours per month.
export function monthlyFleetCostUsd(fleet: Fleet): number {
  return (fleet.a100 * GPUS.A100.usdPerHour + fleet.h100 * GPUS.H100.usdPerHour) * HOURS_PER_MONTH;
}

export interface AllocationPreview {
  trainingDays: number;
  trainingRemainingDays: number;
  trainingFits: boolean;
  trainingMfu: number;
  servingTokensPerSecond: number;
  demandTokensPerSecond: number;
  demandServedShare: number;
  monthlyCostUsd: number;
  monthlyRevenueUsd: number;
}

/** What the Fleet screen shows while the player drags the split (no state change). */
export function previewAllocation(state: WorldState, allocation: Allocation): AllocationPreview {
  const pools = splitFleet(state.fleet, allocation);
  const active = activeTrainingPlan(state);
  const training = evaluateTrainingPlan(
    active,
    runPool(active, trainingPool(pools.training)),
    worldUnlocks(state),
  );
  const serving = servingOutlook(state, pools.serving);
  const remaining = state.run ? Math.max(0, 1 - state.run.flopsDone / state.run.flopsTotal) : 1;
  return {
    trainingDays: training.days,
    trainingRemainingDays: training.days * remaining,
    trainingFits: training.fits,
    trainingMfu: training.mfu,
    servingTokensPerSecond: serving.capacityTokensPerSecond,
    demandTokensPerSecond: serving.demandTokensPerSecond,
    demandServedShare: serving.servedShare,
    monthlyCostUsd: monthlyFleetCostUsd(state.fleet),
    monthlyRevenueUsd: serving.revenueUsdPerSecond * DAYS_PER_MONTH * SECONDS_PER_DAY,
  };
}

function scaledData(data: DataPlan, fraction: number): DataPlan {
  const sources = {} as DataPlan["sources"];
  for (const id of SOURCE_IDS) {
    const s = data.sources[id];
    sources[id] = { uniqueTokens: s.uniqueTokens, epochs: s.epochs * fraction };
  }
  return { sources };
}

/** Predicted loss after a share of the plan's tokens (the live loss curve). */
export function lossAtProgress(plan: TrainingPlan, progress: number, state?: WorldState): number {
  const f = Math.min(1, Math.max(1e-6, progress));
  const partial = { ...plan, data: scaledData(plan.data, f) };
  return evaluateTrainingPlan(
    partial,
    { gpu: "A100", gpus: 0 },
    state ? worldUnlocks(state) : undefined,
  ).loss;
}

function finishModel(state: WorldState, run: TrainingRun): void {
  const progress = run.flopsTotal > 0 ? Math.min(1, run.flopsDone / run.flopsTotal) : 0;
  const partial = { ...run.plan, data: scaledData(run.plan.data, Math.max(progress, 1e-6)) };
  const ev = evaluateTrainingPlan(partial, { gpu: "A100", gpus: 0 }, worldUnlocks(state));
  const model: TrainedModel = {
    name: run.plan.name,
    loss: ev.loss,
    capability: ev.capability,
    totalParams: ev.totalParams,
    activeParams: ev.activeParams,
    architecture: run.plan.architecture,
    tooBigForData: ev.tooBigForData,
    paramsToOptimalRatio: ev.paramsToOptimalRatio,
    licenceRisk: ev.licenceRisk,
    progress,
    data: clonePlan(run.plan.data),
    contextTokens: run.plan.context.finalTokens,
    seenTokens: ev.seenTokens,
    trainingDays: run.days,
    gpuHours: run.gpuHours,
    trainingCostUsd: run.costUsd,
    finishedMonthIndex: state.monthIndex,
  };
  state.models[run.model] = model;
  const serving = run.model === "gpt4" ? state.plans.gpt4Serving : state.plans.gpt35Serving;
  serving.model = servedModelFromTraining(run.plan, ev.capability);
  if (run.model === "gpt4" && state.jobs.length === 0) state.jobs = postTrainingJobs(run, ev);
  state.run = null;
}

/**
 * GPT-4's work after pre-training (SOURCE.md §6-§7): alignment and evaluations, the 2T-token
 * multimodal continued training and the 32k fine-tune, each in FLOPs from the trained plan.
 */
/**
 * The FLOPs of one post-training job, as a tree the "show the math" tip prints and the job's total
 * is evaluated from (so the two cannot differ).
 */
export function jobFlopsTree(
  id: JobId,
  shape: { layers: number; heads: number; headDim: number },
  activeParams: number,
  mfu: number,
): Expr {
  const active = q("N_active", activeParams, formatParams);
  switch (id) {
    // Source: OpenAI's GPT-4 announcement (six months of alignment and evaluations); [game] pacing
    // of 6,000 A100s at the run's MFU.
    case "alignment":
      return mul(
        q("A100s", ALIGNMENT_GPUS, count),
        q("months", ALIGNMENT_MONTHS, count),
        q("peak", GPUS.A100.peakFlopsPerSecond, plain),
        q("MFU", mfu, plain),
        q("days/month", DAYS_PER_MONTH, plain),
        q("s/day", SECONDS_PER_DAY, count),
      );
    // Source: SOURCE.md §7, FORMULAS.md §6 (~2T tokens of multimodal continued training); Kaplan §2.1.
    case "multimodal":
      return mul(lit(6), active, q("D", MULTIMODAL_CONTINUED_TOKENS, formatTokens));
    // Source: Kaplan §2.1 (6·N·D) and PaLM App. B (attention 12·L·d·s per token) at 32k.
    case "long_context": {
      const d = q("D", LONG_CONTEXT_FINETUNE_TOKENS, formatTokens);
      return add(
        mul(lit(6), active, d),
        mul(
          lit(12),
          q("L", shape.layers, count),
          q("h·d_head", shape.heads * shape.headDim, count),
          q("s", LONG_CONTEXT_FINETUNE_CONTEXT, count),
          d,
        ),
      );
    }
  }
}

export function postTrainingJobs(run: TrainingRun, ev: TrainingEvaluation): PostTrainingJob[] {
  const mfu = ev.mfu > 0 ? ev.mfu : POST_TRAINING_FALLBACK_MFU;
  return JOB_IDS.map((id) => ({
    id,
    flopsTotal: evaluate(jobFlopsTree(id, run.plan, ev.activeParams, mfu)),
    flopsDone: 0,
    mfu,
    maxGpus: id === "alignment" ? ALIGNMENT_GPUS : null,
    finishedMonthIndex: null,
  }));
}

/** Share of a post-training job done (0 before GPT-4's pre-training ends). */
export function jobProgress(state: WorldState, id: JobId): number {
  const job = state.jobs.find((j) => j.id === id);
  return job && job.flopsTotal > 0 ? Math.min(1, job.flopsDone / job.flopsTotal) : 0;
}

/** Whether a post-training job is finished. */
export function jobDone(state: WorldState, id: JobId): boolean {
  return state.jobs.some((j) => j.id === id && j.finishedMonthIndex !== null);
}

/** GPT-4's perceived-quality factor from unfinished alignment (1 once alignment is done). */
// Source: [game] UNALIGNED_QUALITY_PENALTY × the unfinished share of alignment and evaluations.
export function alignmentQualityFactor(state: WorldState): number {
  if (!state.models.gpt4) return 1;
  return 1 - UNALIGNED_QUALITY_PENALTY * (1 - jobProgress(state, "alignment"));
}

function startRun(state: WorldState, model: ModelKey, plan: TrainingPlan): void {
  if (state.run) finishModel(state, state.run);
  const pools = splitFleet(state.fleet, state.allocation);
  const ev = evaluateTrainingPlan(
    plan,
    runPool(plan, trainingPool(pools.training)),
    worldUnlocks(state),
  );
  // A plan that cannot fit memory or lacks data never starts; too few GPUs only waits for GPUs.
  if (!ev.fits && ev.reason !== "too_few_gpus") {
    state.lastStart = ev.reason;
    return;
  }
  state.lastStart = "ok";
  // The Serving Lab previews the model actually being trained, not a default one.
  if (model === "gpt4")
    state.plans.gpt4Serving.model = servedModelFromTraining(plan, ev.capability);
  state.run = {
    model,
    plan: clonePlan(plan),
    startMonthIndex: state.monthIndex,
    flopsDone: 0,
    flopsTotal: ev.flops,
    days: 0,
    gpuHours: 0,
    costUsd: 0,
    lossCurve: [],
  };
}

/**
 * The split that serves (nearly) all of this month's demand: the fewest serving GPUs, in whole
 * 8-GPU nodes, whose capacity meets `servedTarget` of demand, taken from training first; research
 * keeps its GPUs. Found by bisection over the sim's own serving outlook.
 */
export function servingSplit(
  state: WorldState,
  servedTarget = SERVING_SPLIT_TARGET_SHARE,
  research = state.allocation.research,
): Allocation {
  const usable = Math.max(0, totalGpus(state.fleet) - research);
  const split = (serving: number): Allocation => ({
    training: usable - serving,
    serving,
    research,
  });
  const served = (serving: number) =>
    servingOutlook(state, splitFleet(state.fleet, split(serving)).serving).servedShare;
  let lo = 0;
  let hi = Math.floor(usable / GPUS_PER_NODE);
  if (served(hi * GPUS_PER_NODE) < servedTarget) return split(hi * GPUS_PER_NODE);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (served(mid * GPUS_PER_NODE) >= servedTarget) hi = mid;
    else lo = mid + 1;
  }
  return split(lo * GPUS_PER_NODE);
}

/** Takes `days` of progress at the current training rate from the run, or from GPT-4's open jobs. */
function setBack(s: WorldState, days: number): void {
  const whole = trainingPool(splitFleet(s.fleet, s.allocation).training);
  const seconds = days * SECONDS_PER_DAY;
  const pool = s.run ? runPool(s.run.plan, whole) : whole;
  if (s.run) {
    const ev = evaluateTrainingPlan(s.run.plan, pool, worldUnlocks(s));
    const lost =
      sustainedFlopsPerSecond({ gpus: ev.gpusUsed, gpu: pool.gpu, mfu: ev.mfu }) * seconds;
    s.run.flopsDone = Math.max(0, s.run.flopsDone - lost);
    return;
  }
  for (const job of s.jobs.filter((j) => j.finishedMonthIndex === null)) {
    const lost =
      sustainedFlopsPerSecond({ gpus: pool.gpus, gpu: pool.gpu, mfu: job.mfu }) * seconds;
    job.flopsDone = Math.max(0, job.flopsDone - lost);
  }
}

/** Applies a story event. Pure; throws on an unknown event. */
export function applyEvent(state: WorldState, event: WorldEvent | string): WorldState {
  const s = cloneState(state);
  const a = s.allocation;
  switch (event as WorldEvent) {
    case "microsoft_deal":
      if (!s.flags.microsoftDeal) {
        s.fleet.a100 += MICROSOFT_DEAL_A100;
        s.moneyUsd += MICROSOFT_DEAL_USD;
        a.training += MICROSOFT_DEAL_A100;
      }
      s.flags.microsoftDeal = true;
      break;
    case "chinchilla_hire":
      s.flags.chinchillaHire = true;
      break;
    case "gpt35_start":
      // The committed plan trains as GPT-3.5; if it cannot start, the team falls back on the
      // well-worn GPT-3 configuration trained longer (the seed's GPT-3.5 plan). Either way the
      // drawing board then moves on to a first sketch of the successor.
      startRun(s, "gpt35", s.plans.training);
      if (s.run?.model !== "gpt35") {
        startRun(s, "gpt35", {
          ...SEED_PLANS.gpt35Training,
          data: withoutSources(SEED_PLANS.gpt35Training.data, refusedSources(s.story)),
        });
      }
      // The drawing board moves on to a first sketch of the successor; its data starts from the
      // player's latest mix (the screens open on the player's latest plans).
      s.plans.training = {
        ...clonePlan(SEED_PLANS.starterTraining),
        data: clonePlan(s.plans.training.data),
      };
      break;
    case "gpt35_ship":
      // The half-step is named and shipped on the story's date, as far as its run got.
      if (s.run && s.run.model === "gpt35") finishModel(s, s.run);
      break;
    case "gpt4_start":
      startRun(s, "gpt4", s.plans.training);
      break;
    case "chatgpt_launch": {
      if (!s.chatgpt) {
        const k = randomBetween(s.rng, CHATGPT_USERS_MIN, CHATGPT_USERS_MAX);
        const r = randomBetween(k.state, CHATGPT_GROWTH_MIN, CHATGPT_GROWTH_MAX);
        s.rng = r.state;
        s.chatgpt = {
          launchMonthIndex: s.monthIndex,
          ceilingUsers: k.value,
          growthPerMonth: r.value,
        };
      }
      s.flags.chatgptLaunched = true;
      break;
    }
    case "borrow_compute":
      if (!s.flags.borrowedCompute) {
        s.fleet.a100 += BORROWED_A100;
        a.serving += BORROWED_A100;
      }
      s.flags.borrowedCompute = true;
      break;
    case "quantise_chatgpt":
      s.plans.gpt35Serving = { ...s.plans.gpt35Serving, precision: "int8" };
      s.flags.quantisedChatgpt = true;
      break;
    case "h100_arrival":
      if (!s.flags.h100) {
        s.fleet.h100 += H100_ARRIVAL;
        a.serving += H100_ARRIVAL;
      }
      s.flags.h100 = true;
      break;
    case "gpt4_launch": {
      // The date is kept: a run still going ships as far as it got; with no GPT-4 at all, nothing
      // launches under its name.
      if (s.run && s.run.model === "gpt4") finishModel(s, s.run);
      if (s.models.gpt4) {
        if (s.gpt4LaunchMonthIndex === null) {
          s.gpt4LaunchMonthIndex = s.monthIndex;
          s.launchUsdPerMillionTokens = launchYardstickUsdPerMillionTokens(s);
        }
        s.flags.gpt4Launched = true;
      }
      break;
    }
    default:
      throw new Error(`unknown world event "${event}"; known events: ${WORLD_EVENTS.join(", ")}`);
  }
  s.allocation = normaliseAllocation(s.fleet, a);
  s.events.push(event);
  return s;
}

/** A model's serving plan, one replica on the serving pool's main GPU type, with the world's research. */
export function servingEvaluation(state: WorldState, model: ModelKey): ServingEvaluation {
  const pool = splitFleet(state.fleet, state.allocation).serving;
  const gpu: GpuId = pool.h100 > pool.a100 ? "H100" : "A100";
  const plan = model === "gpt4" ? state.plans.gpt4Serving : state.plans.gpt35Serving;
  return evaluateWorldServing(state, model, plan, { gpu, gpus: plan.gpusPerReplica }, 0);
}

/**
 * A serving plan evaluated in the world: the sim's evaluation with the world's research, and for
 * GPT-4 the quality its unfinished alignment costs. Screens and scores both read this one.
 */
export function evaluateWorldServing(
  state: WorldState,
  model: ModelKey,
  plan: ServingPlan,
  pool: GpuPool,
  demandTokensPerSecond: number,
): ServingEvaluation {
  const ev = evaluateServingPlan(plan, pool, demandTokensPerSecond, worldUnlocks(state));
  return model === "gpt4" ? { ...ev, quality: ev.quality * alignmentQualityFactor(state) } : ev;
}

/**
 * The fixed yardstick of the 10x goal (GAME.md "The numbers give the verdict"): the source's GPT-4
 * (16 x 111B + 55B, MQA) served with the source's launch plan (SOURCE.md §7: continuous batching,
 * exact speculative decoding, fp16, 128-GPU replicas) on the serving pool's GPU type, with no
 * research. The player's own launch plan cannot move it, so a lazy launch cannot sandbag the goal.
 */
export function launchYardstickUsdPerMillionTokens(state: WorldState): number {
  const pool = splitFleet(state.fleet, state.allocation).serving;
  const gpu: GpuId = pool.h100 > pool.a100 ? "H100" : "A100";
  const plan = SEED_PLANS.gpt4Serving;
  return evaluateServingPlan(plan, { gpu, gpus: plan.gpusPerReplica }, 0, {
    whisper: true,
    research: [],
  }).usdPerMillionTokens;
}

/** Advances one month: plan changes, training, research, demand, serving, money, reputation. */
export function stepMonth(state: WorldState, changes: PlanChanges = {}): WorldState {
  const s = cloneState(state);
  applyPlanChanges(s, changes);
  const pools = splitFleet(s.fleet, s.allocation);
  const month = s.monthIndex;
  const secondsInMonth = DAYS_PER_MONTH * SECONDS_PER_DAY;

  const { progress, loss } = trainMonth(s, pools.training, secondsInMonth);
  if (!s.run && !state.run) postTrainMonth(s, pools.training, secondsInMonth);
  researchMonth(s, pools.research.a100 + pools.research.h100);
  const { demand: d, outlook } = serveMonth(s, pools.serving, secondsInMonth);

  const revenue = outlook.revenueUsdPerSecond * secondsInMonth;
  const cost = monthlyFleetCostUsd(s.fleet);
  s.revenueUsd += revenue;
  s.spentUsd += cost;
  s.moneyUsd += revenue - cost;

  // Reputation pulls toward REPUTATION_TARGET: 20 + 60·served share + 20·quality (0..100).
  const target =
    REPUTATION_TARGET.base +
    REPUTATION_TARGET.perServedShare * outlook.servedShare +
    REPUTATION_TARGET.perQuality * outlook.quality;
  s.reputation += REPUTATION_MONTHLY_PULL * (target - s.reputation);

  // Source: [game] API demand grows 6% a month.
  s.demand.apiTokensPerSecond *= 1 + API_MONTHLY_GROWTH;
  s.demand.chatgptTokensPerSecond = d.chatgpt;
  s.demand.gpt4TokensPerSecond = d.gpt4;

  s.history.push({
    monthIndex: month,
    demandTokensPerSecond: outlook.demandTokensPerSecond,
    capacityTokensPerSecond: outlook.capacityTokensPerSecond,
    servedShare: outlook.servedShare,
    moneyUsd: s.moneyUsd,
    reputation: s.reputation,
    chatgptUsers: d.users,
    trainingProgress: progress,
    loss,
    trainingGpus: pools.training.a100 + pools.training.h100,
    servingGpus: pools.serving.a100 + pools.serving.h100,
    researchGpus: pools.research.a100 + pools.research.h100,
  });
  s.monthIndex = month + 1;
  return s;
}

/** A month of the pre-training run at the plan's MFU on the training GPUs; finishes the model at 100%. */
function trainMonth(
  s: WorldState,
  training: Fleet,
  secondsInMonth: number,
): { progress: number; loss: number } {
  const run = s.run;
  if (!run) return { progress: 0, loss: 0 };
  const pool = runPool(run.plan, trainingPool(training));
  const ev = evaluateTrainingPlan(run.plan, pool, worldUnlocks(s));
  if (ev.fits) {
    const rate = sustainedFlopsPerSecond({ gpus: ev.gpusUsed, gpu: pool.gpu, mfu: ev.mfu });
    const remaining = run.flopsTotal - run.flopsDone;
    const seconds = Math.min(secondsInMonth, remaining / rate);
    run.flopsDone = Math.min(run.flopsTotal, run.flopsDone + rate * seconds);
    run.days += seconds / SECONDS_PER_DAY;
    const hours = (ev.gpusUsed * seconds) / SECONDS_PER_HOUR;
    run.gpuHours += hours;
    run.costUsd += hours * GPUS[pool.gpu].usdPerHour;
    s.totals.trainingGpuHours += hours;
  }
  const progress = run.flopsTotal > 0 ? run.flopsDone / run.flopsTotal : 0;
  const loss = lossAtProgress(run.plan, progress, s);
  run.lossCurve.push(loss);
  if (progress >= 1 - 1e-12) finishModel(s, run);
  return { progress, loss };
}

/**
 * A month of GPT-4's post-training jobs on the training GPUs no run is using: paced jobs
 * (alignment) take what they can use first, the compute-bound ones split the rest evenly. [game]
 */
function postTrainMonth(s: WorldState, training: Fleet, secondsInMonth: number): void {
  const month = s.monthIndex;
  const pool = trainingPool(training);
  const open = s.jobs.filter((j) => j.finishedMonthIndex === null);
  const paced = open.filter((j) => j.maxGpus !== null);
  const bound = open.filter((j) => j.maxGpus === null);
  let free = pool.gpus;
  const work = (job: PostTrainingJob, gpus: number) => {
    const flops = sustainedFlopsPerSecond({ gpus, gpu: pool.gpu, mfu: job.mfu }) * secondsInMonth;
    job.flopsDone = Math.min(job.flopsTotal, job.flopsDone + flops);
    if (job.flopsDone >= job.flopsTotal * (1 - 1e-9)) job.finishedMonthIndex = month;
    s.totals.trainingGpuHours += (gpus * secondsInMonth) / SECONDS_PER_HOUR;
  };
  for (const job of paced) {
    const gpus = Math.min(free, job.maxGpus ?? free);
    work(job, gpus);
    free -= gpus;
  }
  for (const job of bound) work(job, free / bound.length);
}

/** A month of research: the research GPU-months split evenly between funded, unfinished projects. */
function researchMonth(s: WorldState, researchGpus: number): void {
  const open = s.research.funded.filter((id) => !s.research.done.includes(id));
  for (const id of open) {
    s.research.gpuMonths[id] += researchGpus / open.length;
    if (s.research.gpuMonths[id] >= RESEARCH_GPU_MONTHS[id]) {
      s.research.done.push(id);
      if (id === "whisper") s.flags.whisper = true;
    }
  }
}

/** A month of demand and serving: the tokens asked and served, and the users unserved demand loses. */
function serveMonth(
  s: WorldState,
  serving: Fleet,
  secondsInMonth: number,
): { demand: ReturnType<typeof demandFor>; outlook: ServingOutlook } {
  const month = s.monthIndex;
  const d = demandFor(s, month);
  s.chatgptUsers = d.users;
  const outlook = servingOutlook(s, serving, month);
  const demandTokens = outlook.demandTokensPerSecond * secondsInMonth;
  s.totals.demandTokens += demandTokens;
  s.totals.servedTokens += demandTokens * outlook.servedShare;
  s.totals.gpt4DemandTokens += d.gpt4 * secondsInMonth;
  s.totals.gpt4ServedTokens += d.gpt4 * secondsInMonth * outlook.servedShare;
  // Unserved ChatGPT demand loses users (UNSERVED_CEILING_LOSS_PER_MONTH × unserved share).
  if (s.chatgpt)
    s.chatgpt.ceilingUsers *= 1 - UNSERVED_CEILING_LOSS_PER_MONTH * (1 - outlook.servedShare);
  return { demand: d, outlook };
}

/** Writes a player's plan changes into a (cloned, owned) state. */
function applyPlanChanges(s: WorldState, changes: PlanChanges): void {
  if (changes.allocation) s.allocation = normaliseAllocation(s.fleet, changes.allocation);
  if (changes.trainingPlan) s.plans.training = clonePlan(changes.trainingPlan);
  if (changes.gpt35Serving) s.plans.gpt35Serving = clonePlan(changes.gpt35Serving);
  if (changes.gpt4Serving) s.plans.gpt4Serving = clonePlan(changes.gpt4Serving);
  if (changes.fundResearch) {
    s.research.funded = RESEARCH_IDS.filter((id) => changes.fundResearch?.includes(id));
  }
}

/** Commits plan changes (a screen's plan) without moving the calendar: the next months run with them. */
export function commitPlanChanges(state: WorldState, changes: PlanChanges): WorldState {
  const s = cloneState(state);
  applyPlanChanges(s, changes);
  return s;
}

/** Steps month by month until the calendar reads `month` ("YYYY-MM"). */
export function advanceTo(state: WorldState, month: string, changes?: PlanChanges): WorldState {
  const target = monthIndexOf(month);
  if (target > LAST_MONTH_INDEX + 1) {
    throw new Error(`cannot advance past ${monthLabel(LAST_MONTH_INDEX + 1)}: asked for ${month}`);
  }
  let s = state;
  let first = true;
  while (s.monthIndex < target) {
    s = stepMonth(s, first ? changes : undefined);
    first = false;
  }
  return s;
}

/** The month the calendar shows. */
export function currentMonth(state: WorldState): string {
  return monthLabel(state.monthIndex);
}
