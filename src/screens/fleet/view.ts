/** The Fleet's view-model: every number from src/sim, chosen and formatted for the screen. */

import {
  type Explanation,
  explainAllocation,
  explainMoney,
  explainPostTrainingJob,
  explainScalingCurves,
} from "../../explain";
import { screenText as t } from "../../i18n/messages/screens";
import { jobName } from "../../i18n/messages/sim";
import {
  formatCount,
  formatDays,
  formatFlops,
  formatGpus,
  formatLoss,
  formatParams,
  formatPercent,
  formatRateNumber,
  formatTokens,
  formatUsd,
} from "../../i18n/numbers";
import type { Allocation, WorldState } from "../../sim";
import {
  activeTrainingPlan,
  CURVE_FLOPS_RANGE,
  CURVE_MOE,
  DATA_SOURCES,
  denseCurvePoint,
  evaluateDataPlan,
  evaluateTrainingPlan,
  idleTrainingGpus,
  type JobId,
  jobDone,
  jobProgress,
  LAST_MONTH_INDEX,
  moeCurvePoint,
  monthLabel,
  previewAllocation,
  RESEARCH_EFFECTS,
  RESEARCH_GPU_MONTHS,
  RESEARCH_IDS,
  RESEARCH_SHARE_MAX,
  type ResearchId,
  readNumber,
  runPool,
  scalingCurves,
  servingOutlook,
  splitFleet,
  type TrainingFit,
  trainingPool,
  worldUnlocks,
} from "../../sim";
import { lossCurve } from "../designer/view";
import { planPoolOf, shownPlanName } from "../shared";
/** What the Fleet screen needs to lay itself out. */
export interface FleetSetup {
  totalGpus: number;
  /** "10,000 A100s" or "30,000 A100s + 8,192 H100s" */
  totalLabel: string;
  allocation: Allocation;
  /** Slider step: one 8-GPU node at a time would be tedious; five nodes per step. */
  step: number;
  /** Most GPUs research may take: RESEARCH_SHARE_MAX of the fleet, in whole slider steps. */
  researchMax: number;
  runName: string;
  format(gpus: number): string;
}

/** The sliders move five 8-GPU nodes at a time: one node a step would be tedious. */
const SLIDER_STEP_GPUS = 40;

export function fleetSetup(world: WorldState): FleetSetup {
  const totalGpus = readNumber(world, "fleet.total_gpus");
  const step = SLIDER_STEP_GPUS;
  return {
    totalGpus,
    totalLabel:
      world.fleet.h100 > 0
        ? t("totalMixed", {
            a100: formatCount(world.fleet.a100),
            h100: formatCount(world.fleet.h100),
          })
        : t("totalA100", { a100: formatCount(world.fleet.a100) }),
    allocation: { ...world.allocation },
    step,
    researchMax: Math.floor((totalGpus * RESEARCH_SHARE_MAX) / step) * step,
    runName: shownPlanName(world.plans.training.name),
    format: formatCount,
  };
}

/** The Fleet screen's live numbers for a split, formatted as shown. */
export interface FleetPreview {
  trainingGpus: string;
  servingGpus: string;
  trainingDays: string;
  demandServed: string;
  demandServedShare: number;
  capacityVsDemand: string;
  monthlyCost: string;
  /** One sentence for screen readers. */
  summary: string;
}

/** What the training GPUs are for, as the summary says it: the run, GPT-4's jobs, or the next plan. */
function summaryKey(world: WorldState): "summaryRun" | "summaryJobs" | "summaryPlan" {
  if (world.run) return "summaryRun";
  if (world.jobs.some((j) => j.finishedMonthIndex === null)) return "summaryJobs";
  return "summaryPlan";
}

export function fleetPreview(world: WorldState, allocation: Allocation): FleetPreview {
  const p = previewAllocation(world, allocation);
  const trainingDays = formatDays(p.trainingDays);
  const demandServed = formatPercent(p.demandServedShare);
  // Tokens per second both, without the unit (the math tip names it): "50,062 / 69,271".
  const capacityVsDemand = `${formatRateNumber(p.servingTokensPerSecond)} / ${formatRateNumber(p.demandTokensPerSecond)}`;
  const monthlyCost = formatUsd(p.monthlyCostUsd);
  const trainingGpus = formatGpus(allocation.training);
  const servingGpus = formatGpus(allocation.serving);
  return {
    trainingGpus,
    servingGpus,
    trainingDays,
    demandServed,
    demandServedShare: p.demandServedShare,
    capacityVsDemand,
    monthlyCost,
    summary: t(summaryKey(world), {
      training: trainingGpus,
      serving: servingGpus,
      days: trainingDays,
      served: demandServed,
      cost: monthlyCost,
    }),
  };
}

const fx = RESEARCH_EFFECTS;

/**
 * What a finished research project changes (its numbers come from RESEARCH_EFFECTS). Getters: each
 * reads the catalogue when asked, so the notes follow the language. (Whisper and FlashAttention are
 * names, the same in every language.)
 */
export const RESEARCH_NOTES: Readonly<
  Record<ResearchId, { readonly label: string; readonly unlocks: string }>
> = {
  whisper: {
    label: "Whisper",
    get unlocks() {
      return t("unlockWhisper", {
        tokens: formatTokens(DATA_SOURCES.audio_transcribed.uniqueTokensAvailable),
      });
    },
  },
  long_context: {
    get label() {
      return t("researchLongContext");
    },
    get unlocks() {
      return t("unlockLongContext", {
        k: formatCount(fx.longContextAboveTokens / 1024),
        share: formatPercent(1 - fx.longContextReservationFactor),
      });
    },
  },
  quantisation: {
    get label() {
      return t("researchQuantisation");
    },
    get unlocks() {
      return t("unlockQuantisation", { share: formatPercent(1 - fx.quantisationPenaltyFactor) });
    },
  },
  flash_attention: {
    label: "FlashAttention",
    get unlocks() {
      return t("unlockFlashAttention", {
        share: formatPercent(1 - fx.tunedFlashAttentionCostFactor),
      });
    },
  },
  scaling_laws: {
    get label() {
      return t("researchScalingLaws");
    },
    get unlocks() {
      return t("unlockScalingLaws", { share: formatPercent(1 - fx.tunedReducibleLossFactor) });
    },
  },
  speculative_decoding: {
    get label() {
      return t("researchSpeculative");
    },
    get unlocks() {
      return t("unlockSpeculative", { points: formatCount(fx.draftAcceptanceBonus * 100) });
    },
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
      progressText: done
        ? t("done")
        : t("gpuMonths", { have: formatCount(have), need: formatCount(need) }),
    };
  });
}

// ---- GPT-4's post-training jobs (world.jobs, queued when its pre-training finishes)

/** Short names for the run line (the list beside it uses jobName in full). */
const JOB_SHORT: Record<JobId, "jobAlignment" | "jobMultimodal" | "jobLongContext"> = {
  alignment: "jobAlignment",
  multimodal: "jobMultimodal",
  long_context: "jobLongContext",
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
      label: jobName(job.id),
      done,
      progress,
      progressText: done
        ? t("done")
        : t("jobProgress", {
            progress: formatPercent(progress),
            done: formatFlops(job.flopsDone),
            total: formatFlops(job.flopsTotal),
          }),
    };
  });
}

/** Why a start was refused, for the run line (the Designer gives the full sentence). */
const REFUSED = {
  invalid: "refusedInvalid",
  no_data: "refusedNoData",
  pipeline_exceeds_layers: "refusedPipeline",
  too_many_chunks: "refusedChunks",
  layers_not_divisible: "refusedLayers",
  experts_not_divisible: "refusedExperts",
  batch_too_small: "refusedBatch",
  heads_not_divisible: "refusedHeads",
  too_few_gpus: "refusedGpus",
  not_published: "refusedUnpublished",
  memory: "refusedMemory",
} as const satisfies Record<Exclude<TrainingFit, "ok">, string>;

/** What the training GPUs are doing, in one sentence: the run, GPT-4's jobs, or nothing. */
function runLineOf(world: WorldState, runProgress: number | null): string {
  const run = world.run;
  if (run) {
    const pools = splitFleet(world.fleet, world.allocation);
    const pool = trainingPool(pools.training);
    const idle = idleTrainingGpus(pools.training);
    const fed = runPool(run.plan, pool).gpus;
    const unfed = pool.gpus - fed;
    return t("runLineRun", {
      name: shownPlanName(run.plan.name),
      progress: formatPercent(runProgress ?? 0),
      days: formatDays(run.days),
      gpu: pool.gpu,
      idle: idle.gpus > 0 ? formatCount(idle.gpus) : null,
      idleGpu: idle.gpu,
      fed: unfed > 0 ? formatCount(fed) : null,
    });
  }
  const jobs = jobViews(world);
  if (jobs.some((j) => !j.done)) {
    const list = jobs
      .map((j) =>
        t("jobItem", {
          job: t(JOB_SHORT[j.id]),
          progress: j.done ? null : formatPercent(j.progress),
        }),
      )
      .join(" · ");
    return t("runLineJobs", { list });
  }
  if (jobs.length > 0) return t("runLineAllDone");
  if (world.lastStart !== "ok" && world.lastStart !== "none") {
    return t("runLineRefused", { reason: t(REFUSED[world.lastStart]) });
  }
  const trained = world.models.gpt4 ?? world.models.gpt35;
  if (trained) return t("runLineTrained", { name: shownPlanName(trained.name) });
  return t("runLineWaiting", { name: shownPlanName(world.plans.training.name) });
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
    denseName: t("curveDense"),
    moeName: t("curveMoe", { experts: String(CURVE_MOE.experts), topK: String(CURVE_MOE.topK) }),
    marker: null,
    flops,
    xLabel: t("curveXLabel"),
    formatX: (x: number) => formatFlops(10 ** x),
  };
  if (!unlocked) {
    const need = RESEARCH_GPU_MONTHS.scaling_laws;
    const have = world.research.gpuMonths.scaling_laws;
    const funded = world.research.funded.includes("scaling_laws");
    return {
      ...base,
      note: t("curveLockedNote", {
        label: RESEARCH_NOTES.scaling_laws.label,
        have: formatCount(have),
        need: formatCount(need),
        funded,
        experts: String(CURVE_MOE.experts),
        topK: String(CURVE_MOE.topK),
      }),
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
  return {
    ...base,
    dense: curves.dense.map((p) => ({ x: Math.log10(p.flops), y: p.loss })),
    moe: curves.moe.map((p) => ({ x: Math.log10(p.flops), y: p.loss })),
    marker: has ? { x: Math.log10(planFlops), label: t("curveMarker") } : null,
    note: t("curveNote", {
      flops: formatFlops(flops),
      yourPlan: has,
      denseParams: formatParams(d.totalParams),
      denseTokens: formatTokens(d.tokens),
      denseLoss: formatLoss(d.loss),
      moeActive: formatParams(m.activeParams),
      moeTotal: formatParams(m.totalParams),
      moeLoss: formatLoss(m.loss),
    }),
  };
}

export interface FleetOutlook {
  month: string;
  monthIndex: number;
  lastMonthIndex: number;
  canAdvance: boolean;
  /** Months the calendar still holds ("Next month" moves at most this many). */
  monthsLeft: number;
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
      xLabel: t("lossXLive"),
      live: true,
    };
  } else {
    const plan = run ? run.plan : world.plans.training;
    const seen = evaluateDataPlan(plan.data, worldUnlocks(world)).seenTokens;
    loss = {
      points: lossCurve(world, plan, 12).map((p) => ({ x: seen > 0 ? p.x / seen : 0, y: p.y })),
      xLabel: t("lossXPredicted"),
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
    monthsLeft: Math.max(0, LAST_MONTH_INDEX + 1 - world.monthIndex),
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

/**
 * The research projects split into pages that fit the panel: every project on one page when they
 * fit, else as many per page as fit above the pager's row. Returns each page's first and last+1
 * index into the project list.
 */
export function researchPages(
  count: number,
  rowHeight: number,
  areaHeight: number,
  pagerHeight: number,
): { start: number; end: number }[] {
  if (count <= 0) return [];
  const all = Math.max(1, Math.floor(areaHeight / rowHeight));
  const perPage =
    count <= all ? count : Math.max(1, Math.floor((areaHeight - pagerHeight) / rowHeight));
  const pages: { start: number; end: number }[] = [];
  for (let start = 0; start < count; start += perPage) {
    pages.push({ start, end: Math.min(count, start + perPage) });
  }
  return pages;
}
