/**
 * View-models for the four management screens (Fleet, Model Designer, Data Mix, Serving Lab).
 * Every number comes from src/sim: these helpers only choose the pools, plans and demand a
 * screen evaluates against, sweep a parameter for a chart, and format the results. No formulas.
 */
import {
  type Explanation,
  explainAllocation,
  explainDataPlan,
  explainDataSource,
  explainMoney,
  explainPostTrainingJob,
  explainScalingCurves,
  explainServingPlan,
  explainTrainingPlan,
  explainWorldServingPlan,
  servingFitMessage,
  trainingAdvice,
  trainingFitMessage,
  trainingFitNote,
} from "../explain";
import {
  activeTrainingPlan,
  CURVE_FLOPS_RANGE,
  CURVE_MOE,
  DATA_SOURCES,
  type DataPlan,
  denseCurvePoint,
  evaluateDataPlan,
  evaluateDataSources,
  evaluateServingPlan,
  evaluateTrainingPlan,
  evaluateWorldServing,
  formatCount,
  formatDays,
  formatFlops,
  formatLoss,
  formatMonthName,
  formatParams,
  formatPercent,
  formatTokens,
  formatUsd,
  type GpuPool,
  idleTrainingGpus,
  JOB_LABELS,
  type JobId,
  jobDone,
  jobProgress,
  LAST_MONTH_INDEX,
  launchYardstickUsdPerMillionTokens,
  lossAtProgress,
  type ModelKey,
  moeCurvePoint,
  monthLabel,
  previewAllocation,
  RESEARCH_EFFECTS,
  RESEARCH_GPU_MONTHS,
  RESEARCH_IDS,
  type ResearchId,
  readNumber,
  runPool,
  type ServingEvaluation,
  type ServingPlan,
  SOURCE_IDS,
  type SourceId,
  type SourceInMix,
  scalingCurves,
  servedModelFromTraining,
  servingOutlook,
  splitFleet,
  type TrainingEvaluation,
  type TrainingFit,
  type TrainingPlan,
  trainingPool,
  worldUnlocks,
} from "../sim";
import { type Allocation, shownPlanName, type WorldState } from "./world";

export type { Explanation };

/** The GPUs the world currently gives to training, as one job's pool. */
export function trainingPoolOf(world: WorldState, allocation = world.allocation): GpuPool {
  return trainingPool(splitFleet(world.fleet, allocation).training);
}

/** The GPUs a plan would run on: the training pool, capped at what its batch feeds (runPool). */
function planPoolOf(world: WorldState, plan: TrainingPlan): GpuPool {
  return runPool(plan, trainingPoolOf(world));
}

/** The serving GPUs, on their main type (serving takes H100s first). */
export function servingPoolOf(world: WorldState): GpuPool {
  // One job's pool on its majority GPU type: the sim's rule for any job (trainingPool).
  return trainingPool(splitFleet(world.fleet, world.allocation).serving);
}

/** The model the Serving Lab opens on: GPT-4 once it is being trained or exists, else GPT-3.5. */
export function servingModelOf(world: WorldState): ModelKey {
  return world.models.gpt4 !== null || world.run?.model === "gpt4" ? "gpt4" : "gpt35";
}

export function servingPlanOf(world: WorldState, model: ModelKey): ServingPlan {
  return model === "gpt4" ? world.plans.gpt4Serving : world.plans.gpt35Serving;
}

// ---------------------------------------------------------------- Model Designer

export interface DesignView {
  ev: TrainingEvaluation;
  /** Plain-language reason the plan cannot start ("" when it fits). */
  fitMessage: string;
  /** Its short form for the panel: the verdict and the two likeliest fixes ("" when it fits). */
  fitNote: string;
  /** What a plan that fits should still be told (too big for its data, past the critical batch). */
  advice: string;
  /** Serving cost of this design under its model's serving plan ($/M tokens). */
  serving: ServingEvaluation;
  /** Which model the design will be served as (its serving plan prices the design). */
  servedAs: ModelKey;
  pool: GpuPool;
}

/**
 * The model a design becomes: the run in progress, else the next one (GPT-3.5 until it is trained).
 * The Designer prices a design with that model's own serving plan, so its serving cost is the one
 * the Serving Lab will show for the same model.
 */
export function designedModelOf(world: WorldState): ModelKey {
  if (world.run) return world.run.model;
  return world.models.gpt35 ? "gpt4" : "gpt35";
}

/** The designed model's serving plan with the design in it. */
function designServingPlan(world: WorldState, plan: TrainingPlan, capability: number): ServingPlan {
  const base = servingPlanOf(world, designedModelOf(world));
  return { ...base, model: servedModelFromTraining(plan, capability) };
}

export function designView(world: WorldState, plan: TrainingPlan): DesignView {
  const pool = planPoolOf(world, plan);
  const ev = evaluateTrainingPlan(plan, pool, worldUnlocks(world));
  const sp = designServingPlan(world, plan, ev.capability);
  const serving = evaluateServingPlan(
    sp,
    { gpu: servingPoolOf(world).gpu, gpus: sp.gpusPerReplica },
    0,
    worldUnlocks(world),
  );
  return {
    ev,
    fitMessage: trainingFitMessage(plan, ev, worldUnlocks(world)),
    fitNote: trainingFitNote(plan, ev, worldUnlocks(world)),
    advice: trainingAdvice(ev),
    serving,
    servedAs: designedModelOf(world),
    pool,
  };
}

export function explainDesign(
  world: WorldState,
  plan: TrainingPlan,
  key: string,
): Explanation | null {
  if (key === "servingCost") {
    const probe = evaluateTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world));
    const sp = designServingPlan(world, plan, probe.capability);
    const ex = explainServingPlan(
      sp,
      { gpu: servingPoolOf(world).gpu, gpus: sp.gpusPerReplica },
      0,
      worldUnlocks(world),
    ).usdPerMillionTokens;
    const name = designedModelOf(world) === "gpt4" ? "GPT-4" : "GPT-3.5";
    return ex ? { ...ex, label: `Serving cost of this design (${name}'s serving plan)` } : null;
  }
  return explainTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world))[key] ?? null;
}

/** Predicted loss against tokens trained: the run's loss curve, before it runs. */
export function lossCurve(
  world: WorldState,
  plan: TrainingPlan,
  points = 16,
): { x: number; y: number }[] {
  const seen = evaluateDataPlan(plan.data, worldUnlocks(world)).seenTokens;
  const out: { x: number; y: number }[] = [];
  if (!(seen > 0)) return out;
  for (let i = 1; i <= points; i++) {
    const progress = i / points;
    out.push({ x: progress * seen, y: lossAtProgress(plan, progress, world) });
  }
  return out;
}

// ---------------------------------------------------------------- Data Mix

export interface SourceView extends SourceInMix {
  label: string;
  locked: boolean;
  /** The story refused it: no later mix may take it. */
  refused: boolean;
  /** Why it is locked and since when, short enough for the row ("" when it is not). */
  lockNote: string;
}

export function sourceViews(world: WorldState, data: DataPlan): SourceView[] {
  return evaluateDataSources(data, worldUnlocks(world)).map((s) => {
    const refusal = world.story.refused.find((r) => r.id === s.id);
    const lockNote = refusal
      ? `refused in ${formatMonthName(monthLabel(refusal.monthIndex))}`
      : s.availableTokens === 0
        ? `needs Whisper · ${formatTokens(DATA_SOURCES[s.id].uniqueTokensAvailable)}`
        : "";
    return {
      ...s,
      label: DATA_SOURCES[s.id].label,
      locked: s.availableTokens === 0,
      refused: refusal !== undefined,
      lockNote,
    };
  });
}

export function explainSource(world: WorldState, data: DataPlan, id: SourceId): Explanation {
  return explainDataSource(data, id, worldUnlocks(world));
}

export interface DataView {
  ev: TrainingEvaluation;
  overdrawn: boolean;
  uniqueAsked: number;
  uniqueExisting: number;
  /** "" when no source asks for more than exists. */
  wall: string;
}

export function dataView(world: WorldState, data: DataPlan): DataView {
  const plan = { ...world.plans.training, data };
  const ev = evaluateTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world));
  const sources = evaluateDataSources(data, worldUnlocks(world));
  const over = sources
    .filter((s) => s.overdrawn)
    .map((s) =>
      world.story.refused.some((r) => r.id === s.id)
        ? `${DATA_SOURCES[s.id].label} was refused and stays out`
        : s.availableTokens === 0
          ? `${DATA_SOURCES[s.id].label} does not exist yet (needs Whisper)`
          : `${DATA_SOURCES[s.id].label} asks for ${formatTokens(s.askedTokens)} but only ${formatTokens(s.availableTokens)} exist`,
    );
  return {
    ev,
    overdrawn: over.length > 0,
    uniqueAsked: sources.reduce((sum, s) => sum + s.askedTokens, 0),
    uniqueExisting: sources.reduce((sum, s) => sum + s.availableTokens, 0),
    wall: over.length > 0 ? `Data wall: ${over.join("; ")}. The sim trains on what exists.` : "",
  };
}

/** The Data Mix's "show the math": the mix's own sums, then what the mix does to the run. */
export function explainData(world: WorldState, data: DataPlan, key: string): Explanation | null {
  const mix: Record<string, Explanation> = explainDataPlan(data, worldUnlocks(world));
  if (mix[key]) return mix[key];
  const plan = { ...world.plans.training, data };
  return explainTrainingPlan(plan, planPoolOf(world, plan), worldUnlocks(world))[key] ?? null;
}

/** Loss as every source's epochs are scaled (diminishing returns of repeated data). */
export function lossOverRepeats(world: WorldState, data: DataPlan): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const pool = { gpu: "A100" as const, gpus: 0 };
  for (const scale of [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8]) {
    const sources = {} as DataPlan["sources"];
    for (const id of SOURCE_IDS) {
      sources[id] = { ...data.sources[id], epochs: data.sources[id].epochs * scale };
    }
    const ev = evaluateTrainingPlan(
      { ...world.plans.training, data: { sources } },
      pool,
      worldUnlocks(world),
    );
    if (ev.loss > 0) out.push({ x: ev.seenTokens, y: ev.loss });
  }
  return out;
}

// ---------------------------------------------------------------- Serving Lab

export interface ServingView {
  ev: ServingEvaluation;
  fitMessage: string;
  pool: GpuPool;
  demand: number;
  /** The 10x goal's fixed yardstick ($/M tokens): the source's GPT-4 on its launch plan. */
  yardstickUsdPerMillionTokens: number;
  /** yardstick ÷ this plan's cost (0 when the plan does not fit). */
  vsYardstick: number;
}

export function servingDemandOf(world: WorldState): number {
  return servingOutlook(world, splitFleet(world.fleet, world.allocation).serving)
    .demandTokensPerSecond;
}

export function servingView(
  world: WorldState,
  plan: ServingPlan,
  model: ModelKey = servingModelOf(world),
): ServingView {
  const pool = servingPoolOf(world);
  const demand = servingDemandOf(world);
  // The world's evaluation: research, and GPT-4's unfinished alignment in its quality.
  const ev = evaluateWorldServing(world, model, plan, pool, demand);
  const yardstick = world.launchUsdPerMillionTokens ?? launchYardstickUsdPerMillionTokens(world);
  return {
    ev,
    fitMessage: servingFitMessage(plan, ev),
    pool,
    demand,
    yardstickUsdPerMillionTokens: yardstick,
    vsYardstick: ev.fits && ev.usdPerMillionTokens > 0 ? yardstick / ev.usdPerMillionTokens : 0,
  };
}

export function explainServing(
  world: WorldState,
  plan: ServingPlan,
  key: string,
  model: ModelKey = servingModelOf(world),
): Explanation | null {
  const pool = servingPoolOf(world);
  return explainWorldServingPlan(world, model, plan, pool, servingDemandOf(world))[key] ?? null;
}

/** Cost per million tokens (and quality) as the verifier's acceptance threshold moves. */
export function costOverThreshold(
  world: WorldState,
  plan: ServingPlan,
  model: ModelKey = servingModelOf(world),
): {
  cost: { x: number; y: number }[];
  quality: { x: number; y: number }[];
  /** Why the chart is empty ("" when it has points). */
  empty: string;
} {
  const pool = servingPoolOf(world);
  const cost: { x: number; y: number }[] = [];
  const quality: { x: number; y: number }[] = [];
  // The threshold is the draft verifier's: with drafting off it changes nothing, so the chart does
  // not pretend to draft (it once plotted drafted costs beside an undrafted readout).
  if (!plan.speculative.enabled)
    return { cost, quality, empty: "Drafting is off: the threshold changes nothing" };
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    // The world's evaluation, as the readouts beside the chart use (GPT-4's alignment included).
    const ev = evaluateWorldServing(
      world,
      model,
      { ...plan, speculative: { ...plan.speculative, threshold: t } },
      pool,
      0,
    );
    if (ev.fits) {
      cost.push({ x: t, y: ev.usdPerMillionTokens });
      quality.push({ x: t, y: ev.quality });
    }
  }
  return { cost, quality, empty: cost.length === 0 ? "This plan does not fit" : "" };
}

// ---------------------------------------------------------------- Fleet

const fx = RESEARCH_EFFECTS;

/** What a finished research project changes (its numbers come from RESEARCH_EFFECTS). */
export const RESEARCH_NOTES: Record<ResearchId, { label: string; unlocks: string }> = {
  whisper: {
    label: "Whisper",
    unlocks: `Unlocks transcribed audio (${formatTokens(DATA_SOURCES.audio_transcribed.uniqueTokensAvailable)} tokens) in the Data Mix`,
  },
  long_context: {
    label: "Long context",
    unlocks: `Serving above ${formatCount(fx.longContextAboveTokens / 1024)}k reserves ${formatPercent(1 - fx.longContextReservationFactor)} less KV cache`,
  },
  quantisation: {
    label: "Quantisation",
    unlocks: `Calibrated int8 / int4: ${formatPercent(1 - fx.quantisationPenaltyFactor)} less quality loss`,
  },
  flash_attention: {
    label: "FlashAttention",
    unlocks: `Tuned kernels: FlashAttention's attention cost ${formatPercent(1 - fx.tunedFlashAttentionCostFactor)} lower`,
  },
  scaling_laws: {
    label: "Scaling curves",
    unlocks: `Small-run fits: reducible loss ${formatPercent(1 - fx.tunedReducibleLossFactor)} lower; draws the scaling curves`,
  },
  speculative_decoding: {
    label: "Spec. decoding",
    unlocks: `A draft distilled on the target: acceptance rate +${formatCount(fx.draftAcceptanceBonus * 100)} points`,
  },
};

export interface ResearchView {
  id: ResearchId;
  label: string;
  unlocks: string;
  funded: boolean;
  done: boolean;
  progress: number;
  /** "1,200 / 2,000 GPU-months" */
  progressText: string;
}

export function researchViews(world: WorldState, funded: readonly ResearchId[]): ResearchView[] {
  return RESEARCH_IDS.map((id) => {
    const need = RESEARCH_GPU_MONTHS[id];
    const have = world.research.gpuMonths[id];
    const done = world.research.done.includes(id);
    return {
      id,
      ...RESEARCH_NOTES[id],
      funded: funded.includes(id),
      done,
      progress: done ? 1 : Math.min(1, have / need),
      progressText: done ? "done" : `${formatCount(have)} / ${formatCount(need)} GPU-months`,
    };
  });
}

// ---- GPT-4's post-training jobs (world.jobs, queued when its pre-training finishes)

/** Short names for the run line (the list beside it uses JOB_LABELS in full). */
const JOB_SHORT: Record<JobId, string> = {
  alignment: "alignment",
  multimodal: "multimodal",
  long_context: "32k fine-tune",
};

export interface JobView {
  id: JobId;
  label: string;
  done: boolean;
  progress: number;
  /** "done" or "40% · 1.2e24 of 3.0e24 FLOP" */
  progressText: string;
}

/** GPT-4's post-training jobs with their progress (empty before its pre-training ends). */
export function jobViews(world: WorldState): JobView[] {
  return world.jobs.map((job) => {
    const done = jobDone(world, job.id);
    const progress = done ? 1 : jobProgress(world, job.id);
    return {
      id: job.id,
      label: JOB_LABELS[job.id],
      done,
      progress,
      progressText: done
        ? "done"
        : `${formatPercent(progress)} · ${formatFlops(job.flopsDone)} of ${formatFlops(job.flopsTotal)}`,
    };
  });
}

/** Why a start was refused, for the run line (the Designer gives the full sentence). */
const REFUSED: Record<Exclude<TrainingFit, "ok">, string> = {
  invalid: "the plan has a zero size somewhere",
  no_data: "its data mix is empty",
  pipeline_exceeds_layers: "more pipeline stages than layers",
  too_many_chunks: "more interleaved chunks than layers per stage",
  layers_not_divisible: "its layers do not split evenly into stages and chunks",
  experts_not_divisible: "its experts do not split over the expert parallelism",
  batch_too_small: "its batch is under one micro-batch per data-parallel copy",
  heads_not_divisible: "its heads do not split over the tensor parallelism",
  too_few_gpus: "too few GPUs for one model copy",
  not_published: "it uses a technique not published yet",
  memory: "it does not fit in GPU memory",
};

/** What the training GPUs are doing, in one sentence: the run, GPT-4's jobs, or nothing. */
function runLineOf(world: WorldState, runProgress: number | null): string {
  const run = world.run;
  if (run) {
    const pools = splitFleet(world.fleet, world.allocation);
    const pool = trainingPool(pools.training);
    const idle = idleTrainingGpus(pools.training);
    const fed = runPool(run.plan, pool).gpus;
    const unfed = pool.gpus - fed;
    const spare =
      (idle.gpus > 0 ? ` (${formatCount(idle.gpus)} ${idle.gpu}s cannot join it)` : "") +
      (unfed > 0 ? ` (its batch feeds ${formatCount(fed)} of them)` : "");
    return `${shownPlanName(run.plan.name)}: ${formatPercent(runProgress ?? 0)} trained, ${formatDays(run.days)} so far, on ${pool.gpu}s${spare}`;
  }
  const jobs = jobViews(world);
  if (jobs.some((j) => !j.done)) {
    const list = jobs
      .map((j) => `${JOB_SHORT[j.id]} ${j.done ? "done" : formatPercent(j.progress)}`)
      .join(" · ");
    return `No run: GPT-4's post-training uses the training GPUs: ${list}`;
  }
  if (jobs.length > 0) {
    return "No run and no job: GPT-4 and its post-training are done; the training GPUs sit idle";
  }
  if (world.lastStart !== "ok" && world.lastStart !== "none") {
    return `No run: the last start was refused (${REFUSED[world.lastStart]}); the training GPUs sit idle`;
  }
  const trained = world.models.gpt4 ?? world.models.gpt35;
  if (trained) {
    return `No run: ${shownPlanName(trained.name)} is trained; the next run waits for the story's go`;
  }
  return `No run yet: ${shownPlanName(world.plans.training.name)} waits for the story's go`;
}

// ---- The scaling curves (research: scaling_laws)

export interface ScalingCurvesView {
  /** The "scaling_laws" project is done: the chart is drawn. */
  unlocked: boolean;
  /** x = log10 of training FLOPs (the chart's axis is linear), y = predicted loss. */
  dense: { x: number; y: number }[];
  moe: { x: number; y: number }[];
  denseName: string;
  moeName: string;
  /** The committed (or running) plan's compute on the same axis. */
  marker: { x: number; label: string } | null;
  /** The compute the note and the math read at: the plan's, or the middle of the sweep. */
  flops: number;
  xLabel: string;
  formatX: (x: number) => string;
  /** Before the project is done: what the chart would show and what it takes. After: a reading. */
  note: string;
}

export function scalingCurvesView(world: WorldState): ScalingCurvesView {
  const unlocks = worldUnlocks(world);
  const unlocked = world.research.done.includes("scaling_laws");
  const active = activeTrainingPlan(world);
  const planFlops = evaluateTrainingPlan(active, planPoolOf(world, active), unlocks).flops;
  const has = planFlops > 0 && Number.isFinite(planFlops);
  const [lo, hi] = CURVE_FLOPS_RANGE;
  const flops = has ? planFlops : Math.sqrt(lo * hi);
  const base = {
    unlocked,
    dense: [] as { x: number; y: number }[],
    moe: [] as { x: number; y: number }[],
    denseName: "dense",
    moeName: `MoE ${CURVE_MOE.experts} top-${CURVE_MOE.topK}`,
    marker: null,
    flops,
    xLabel: "training compute (FLOP, log scale)",
    formatX: (x: number) => formatFlops(10 ** x),
  };
  if (!unlocked) {
    const need = RESEARCH_GPU_MONTHS.scaling_laws;
    const have = world.research.gpuMonths.scaling_laws;
    const funded = world.research.funded.includes("scaling_laws");
    return {
      ...base,
      note:
        `Fund and finish "${RESEARCH_NOTES.scaling_laws.label}" (${formatCount(have)} / ${formatCount(need)} GPU-months` +
        `${funded ? ", funded" : ", not funded"}) to draw predicted loss against training compute: ` +
        `a dense model at its compute-optimal size, and the source's ${CURVE_MOE.experts}-expert, ` +
        `top-${CURVE_MOE.topK} Mixture-of-Experts spending the same compute, from the loss law the Designer uses.`,
    };
  }
  // The sweep covers the plan's compute, a decade either side of the default range if need be.
  const range: [number, number] = [
    has ? Math.min(lo, 10 ** Math.floor(Math.log10(planFlops))) : lo,
    has ? Math.max(hi, 10 ** Math.ceil(Math.log10(planFlops))) : hi,
  ];
  const curves = scalingCurves(unlocks, range);
  const d = denseCurvePoint(flops, unlocks);
  const m = moeCurvePoint(flops, unlocks);
  const at = has ? `your plan's ${formatFlops(flops)}` : formatFlops(flops);
  return {
    ...base,
    dense: curves.dense.map((p) => ({ x: Math.log10(p.flops), y: p.loss })),
    moe: curves.moe.map((p) => ({ x: Math.log10(p.flops), y: p.loss })),
    marker: has ? { x: Math.log10(planFlops), label: "your plan" } : null,
    note:
      `At ${at}: dense ${formatParams(d.totalParams)} on ${formatTokens(d.tokens)} tokens, loss ` +
      `${formatLoss(d.loss)}; the MoE with the same ${formatParams(m.activeParams)} active ` +
      `(${formatParams(m.totalParams)} in all) reaches ${formatLoss(m.loss)}. Fresh data seen once.`,
  };
}

export interface FleetOutlook {
  month: string;
  monthIndex: number;
  lastMonthIndex: number;
  canAdvance: boolean;
  money: string;
  revenue: string;
  /** Revenue a month at this split. */
  monthlyRevenue: string;
  /** What the training GPUs do: "GPT-3.5: 42% trained", GPT-4's jobs, or "No run: ...". */
  runLine: string;
  runProgress: number | null;
  /** GPT-4's post-training jobs (empty before its pre-training ends). */
  jobs: JobView[];
  /** No run, and GPT-4's jobs exist: the Fleet lists them where the loss curve would be. */
  showJobs: boolean;
  /** Loss so far (per month) or the predicted curve (per share of tokens). */
  loss: { points: { x: number; y: number }[]; xLabel: string; live: boolean };
  /** Demand and serving capacity by month (history plus this month's preview). */
  demand: { x: number; y: number }[];
  capacity: { x: number; y: number }[];
}

/**
 * The loss panel depends on the world, never on the split being dragged, so each world's panel is
 * computed once (a predicted curve is a dozen plan evaluations) instead of on every slider tick.
 * World states are never changed in place (world.ts is pure), so the state itself is the key.
 */
const lossPanels = new WeakMap<WorldState, FleetOutlook["loss"]>();

function lossPanelOf(world: WorldState): FleetOutlook["loss"] {
  const cached = lossPanels.get(world);
  if (cached) return cached;
  const run = world.run;
  let loss: FleetOutlook["loss"];
  if (run && run.lossCurve.length > 0) {
    loss = {
      points: run.lossCurve.map((y, i) => ({ x: run.startMonthIndex + i + 1, y })),
      xLabel: "month of the run",
      live: true,
    };
  } else {
    const plan = run ? run.plan : world.plans.training;
    const seen = evaluateDataPlan(plan.data, worldUnlocks(world)).seenTokens;
    loss = {
      points: lossCurve(world, plan, 12).map((p) => ({ x: seen > 0 ? p.x / seen : 0, y: p.y })),
      xLabel: "share of the plan trained (predicted)",
      live: false,
    };
  }
  lossPanels.set(world, loss);
  return loss;
}

export function fleetOutlook(world: WorldState, allocation: Allocation): FleetOutlook {
  const run = world.run;
  const runProgress = run ? readNumber(world, "run.training_progress") : null;
  const loss = lossPanelOf(world);
  const preview = servingOutlook(world, splitFleet(world.fleet, allocation).serving);
  const demand = world.history.map((h) => ({ x: h.monthIndex, y: h.demandTokensPerSecond }));
  const capacity = world.history.map((h) => ({ x: h.monthIndex, y: h.capacityTokensPerSecond }));
  demand.push({ x: world.monthIndex, y: preview.demandTokensPerSecond });
  capacity.push({ x: world.monthIndex, y: preview.capacityTokensPerSecond });
  return {
    month: monthLabel(world.monthIndex),
    monthIndex: world.monthIndex,
    lastMonthIndex: LAST_MONTH_INDEX,
    canAdvance: world.monthIndex <= LAST_MONTH_INDEX,
    money: formatUsd(world.moneyUsd),
    revenue: formatUsd(world.revenueUsd),
    monthlyRevenue: formatUsd(previewAllocation(world, allocation).monthlyRevenueUsd),
    runLine: runLineOf(world, runProgress),
    runProgress,
    jobs: jobViews(world),
    showJobs: !run && world.jobs.length > 0,
    loss,
    demand,
    capacity,
  };
}

export function explainFleet(
  world: WorldState,
  allocation: Allocation,
  key: string,
): Explanation | null {
  if (key === "money") return explainMoney(world);
  if (key === "scalingCurves") {
    const view = scalingCurvesView(world);
    return view.unlocked ? explainScalingCurves(view.flops, worldUnlocks(world)) : null;
  }
  if (key.startsWith("job.")) return explainPostTrainingJob(world, key.slice(4));
  return explainAllocation(world, allocation)[key] ?? null;
}
