import { screenText as t } from "../../i18n/messages/screens";
import {
  formatBytes,
  formatCount,
  formatDays,
  formatFlops,
  formatLoss,
  formatNumber,
  formatParams,
  formatPercent,
  formatTokens,
  formatUsd,
  formatUsdPerMillionTokens,
} from "../../i18n/numbers";
import { ManagementScreen, type Section } from "../../scenes/ManagementScreen";
import type { WorldState } from "../../sim";
import {
  clonePlan,
  DEFAULT_MLP_RATIO,
  type Recompute,
  SEED_PLANS,
  type TrainingPlan,
  type ZeroStage,
} from "../../sim";
import { Chart, StackBar } from "../../ui/Chart";
import type { Readout } from "../../ui/Readout";
import { Rows } from "../../ui/Rows";
import type { Toggle } from "../../ui/Segmented";
import type { Stepper } from "../../ui/Stepper";
import { COLORS } from "../../ui/theme";
import type { ScreenPlan } from "../registry";
import { designerScreen, withAttention, withHeads } from "./screen";
import { designView, explainDesign, lossCurve } from "./view";

const ATTENTION = ["mha", "gqa", "mqa"] as const;
const CONTEXTS = [2048, 4096, 8192, 32768] as const;
const RECOMPUTE: readonly Recompute[] = ["none", "selective", "full"];
const ZERO: readonly ZeroStage[] = [0, 1, 2, 3];

/**
 * The Model Designer: dense or MoE, sizes, attention, schedule and parallelism, with the sim's
 * live prediction (parameters, FLOPs, memory per GPU against the card, MFU and bubble, days on
 * the training GPUs, loss, capability and the design's serving cost).
 */
export class Designer extends ManagementScreen {
  protected readonly screenName = designerScreen.name;
  /** Read when drawn, so the heading follows the language. */
  protected get heading(): string {
    return designerScreen.title;
  }
  private plan_!: TrainingPlan;
  private committedCurve: { x: number; y: number }[] = [];
  private moeOnly: Stepper[] = [];
  private out: Record<string, Readout> = {};
  private memoryBar!: StackBar;
  private fitNote!: Phaser.GameObjects.Text;
  private chart!: Chart;
  private line = "";

  constructor() {
    super(designerScreen.sceneKey);
  }

  protected setup(world: WorldState, restored: unknown): void {
    this.plan_ = clonePlan((restored as TrainingPlan | null) ?? world.plans.training);
    this.committedCurve = lossCurve(world, world.plans.training);
    this.moeOnly = [];
    this.out = {};
  }

  protected draft(): unknown {
    return this.plan_;
  }

  protected plan(): ScreenPlan {
    return { screen: "designer", training: clonePlan(this.plan_) };
  }

  protected headline(): string {
    return this.line;
  }

  protected sections(): Section[] {
    return [
      {
        title: t("model"),
        landscape: { x: 16, y: 96, width: 404, height: 548 },
        build: (a) => this.buildModel(a),
      },
      {
        title: t("training"),
        landscape: { x: 432, y: 96, width: 404, height: 548 },
        build: (a) => this.buildTraining(a),
      },
      {
        title: t("sectionPrediction"),
        landscape: { x: 848, y: 96, width: 416, height: 548 },
        build: (a) => this.buildPrediction(a),
      },
    ];
  }

  private edit(change: (p: TrainingPlan) => void): void {
    change(this.plan_);
    this.changed();
  }

  private buildModel(area: { x: number; y: number; width: number; height: number }): void {
    const p = this.plan_;
    const rows = new Rows(this, this.focus, area);
    const arch: Toggle = rows.toggle({
      id: "designer.architecture",
      label: t("architecture"),
      states: [t("dense"), "MoE"],
      value: p.architecture === "moe",
      onChange: (moe) =>
        this.edit((plan) => {
          plan.architecture = moe ? "moe" : "dense";
          if (moe && plan.experts <= 1) {
            // Start from the seed's sketch of a Mixture-of-Experts: its experts and routing.
            const s = SEED_PLANS.starterTraining;
            Object.assign(plan, { experts: s.experts, topK: s.topK });
            experts.show(plan.experts);
            topK.show(plan.topK);
          }
          this.syncArchitecture();
        }),
    });
    const experts = rows.stepper({
      id: "designer.experts",
      label: t("experts"),
      values: [1, 2, 4, 8, 16, 32, 64, 128],
      value: p.experts,
      onChange: (v) => this.edit((plan) => (plan.experts = v)),
    });
    const topK = rows.stepper({
      id: "designer.topK",
      label: t("topK"),
      min: 1,
      max: 4,
      step: 1,
      value: p.topK,
      onChange: (v) => this.edit((plan) => (plan.topK = v)),
    });
    this.moeOnly = [experts, topK];
    // Sizes follow the shape (the sim's modelSizes): layers, width, the MLP's width and attention
    // make the parameter count; the readouts show it.
    rows.stepper({
      id: "designer.layers",
      label: t("layers"),
      min: 4,
      max: 200,
      step: 1,
      value: p.layers,
      onChange: (v) => this.edit((plan) => (plan.layers = v)),
    });
    rows.stepper({
      id: "designer.width",
      label: t("width"),
      min: 1024,
      max: 32_768,
      step: 256,
      value: p.dModel,
      format: formatCount,
      onChange: (v) => this.edit((plan) => (plan.dModel = v)),
    });
    rows.stepper({
      id: "designer.mlpRatio",
      label: t("mlpWidth"),
      values: [1, 2, 3, 3.5, 4, 6, 8],
      value: p.mlpRatio ?? DEFAULT_MLP_RATIO,
      format: (v) => `${v}x`,
      onChange: (v) => this.edit((plan) => (plan.mlpRatio = v)),
    });
    rows.toggle({
      id: "designer.gatedMlp",
      label: t("gatedMlp"),
      value: p.gatedMlp === true,
      onChange: (on) => this.edit((plan) => (plan.gatedMlp = on)),
    });
    rows.stepper({
      id: "designer.headDim",
      label: t("headWidth"),
      min: 32,
      max: 256,
      step: 8,
      value: p.headDim,
      // The query width is heads x head width; it may differ from d_model (PaLM, Gemma, GPT-4's
      // reading), and the parameter tip shows it as q.
      onChange: (v) => this.edit((plan) => (plan.headDim = v)),
    });
    rows.stepper({
      id: "designer.heads",
      label: t("heads"),
      min: 8,
      max: 192,
      step: 8,
      value: p.heads,
      onChange: (v) => this.edit((plan) => withHeads(plan, v)),
    });
    rows.choice({
      id: "designer.attention",
      label: t("attention"),
      options: ["MHA", "GQA", "MQA"],
      value: ATTENTION.indexOf(p.attention),
      onChange: (i) => this.edit((plan) => withAttention(plan, ATTENTION[i] ?? "mha")),
    });
    rows.toggle({
      id: "designer.flash",
      label: "FlashAttention",
      value: p.flashAttention,
      onChange: (on) => this.edit((plan) => (plan.flashAttention = on)),
    });
    void arch;
    this.syncArchitecture();
  }

  private syncArchitecture(): void {
    const moe = this.plan_.architecture === "moe";
    for (const s of this.moeOnly) s.setEnabled(moe);
  }

  private buildTraining(area: { x: number; y: number; width: number; height: number }): void {
    const p = this.plan_;
    const rows = new Rows(this, this.focus, area);
    rows.choice({
      id: "designer.context",
      label: t("contextFinal"),
      options: ["2k", "4k", "8k", "32k"],
      value: Math.max(0, CONTEXTS.indexOf(p.context.finalTokens as (typeof CONTEXTS)[number])),
      onChange: (i) => this.edit((plan) => (plan.context.finalTokens = CONTEXTS[i] ?? 8192)),
    });
    rows.stepper({
      id: "designer.contextShare",
      label: t("contextShare"),
      min: 0,
      max: 1,
      step: 0.05,
      value: p.context.finalShare,
      format: formatPercent,
      onChange: (v) => this.edit((plan) => (plan.context.finalShare = v)),
    });
    rows.stepper({
      id: "designer.batch",
      label: t("batchTokens"),
      min: 1e6,
      max: 120e6,
      step: 1e6,
      value: p.batch.finalTokens,
      format: formatTokens,
      onChange: (v) => this.edit((plan) => (plan.batch.finalTokens = v)),
    });
    rows.stepper({
      id: "designer.batchRamp",
      label: t("batchRamp"),
      min: 0,
      max: 0.2,
      step: 0.01,
      value: p.batch.rampShare,
      format: formatPercent,
      onChange: (v) => this.edit((plan) => (plan.batch.rampShare = v)),
    });
    rows.stepper({
      id: "designer.tensor",
      label: t("tensorParallel"),
      values: [1, 2, 4, 8, 16],
      value: p.parallel.tensor,
      onChange: (v) => this.edit((plan) => (plan.parallel.tensor = v)),
    });
    rows.stepper({
      id: "designer.pipeline",
      label: t("pipelineStages"),
      min: 1,
      max: 64,
      step: 1,
      value: p.parallel.pipeline,
      onChange: (v) => this.edit((plan) => (plan.parallel.pipeline = v)),
    });
    rows.stepper({
      id: "designer.microbatch",
      label: t("microBatch"),
      values: [1, 2, 4, 8],
      value: p.parallel.microbatchSequences,
      onChange: (v) => this.edit((plan) => (plan.parallel.microbatchSequences = v)),
    });
    rows.stepper({
      id: "designer.interleave",
      label: t("interleave"),
      values: [1, 2, 4, 8],
      value: p.parallel.interleave,
      onChange: (v) => this.edit((plan) => (plan.parallel.interleave = v)),
    });
    rows.choice({
      id: "designer.zero",
      label: t("zeroStage"),
      options: ["0", "1", "2", "3"],
      value: ZERO.indexOf(p.parallel.zeroStage),
      onChange: (i) => this.edit((plan) => (plan.parallel.zeroStage = ZERO[i] ?? 1)),
    });
    rows.choice({
      id: "designer.recompute",
      label: t("recompute"),
      options: [t("recomputeNone"), t("recomputeSelective"), t("recomputeFull")],
      value: RECOMPUTE.indexOf(p.parallel.recompute),
      onChange: (i) => this.edit((plan) => (plan.parallel.recompute = RECOMPUTE[i] ?? "full")),
    });
    rows.toggle({
      id: "designer.sequenceParallel",
      label: t("sequenceParallel"),
      value: p.parallel.sequenceParallel,
      onChange: (on) => this.edit((plan) => (plan.parallel.sequenceParallel = on)),
    });
  }

  private buildPrediction(area: { x: number; y: number; width: number; height: number }): void {
    const ex = (key: string) => () => explainDesign(this.world, this.plan_, key);
    const grid = this.readoutGrid(area, area.y, [
      { key: "plan.training.total_params", label: t("totalParams"), explain: ex("totalParams") },
      {
        key: "plan.training.active_params",
        label: t("activeParams"),
        explain: ex("activeParams"),
      },
      { key: "plan.training.flops", label: t("trainingCompute"), explain: ex("flops") },
      {
        key: "plan.training.memory_per_gpu_bytes",
        label: t("memoryPerGpu"),
        explain: ex("memoryBytesPerGpu"),
      },
      { key: "plan.training.mfu", label: "MFU", explain: ex("mfu") },
      // The bubble is a term of the MFU's working; this slot shows the traffic the step waits for.
      {
        key: "plan.training.comm_share",
        label: t("commShare"),
        explain: ex("commShare"),
      },
      { key: "plan.training.days", label: t("daysOnTrainingGpus"), explain: ex("days") },
      { key: "plan.training.cost_usd", label: t("trainingCost"), explain: ex("costUsd") },
      { key: "plan.training.loss", label: t("predictedLoss"), explain: ex("loss") },
      { key: "plan.training.capability", label: t("capability"), explain: ex("capability") },
      { key: "designer.serving_usd_per_mtok", label: t("servingCost"), explain: ex("servingCost") },
      { key: "plan.training.gpus_used", label: t("gpusUsed"), explain: ex("gpusUsed") },
    ]);
    this.out = grid.readouts;
    let y = grid.bottom + 2;
    this.memoryBar = new StackBar(this, area.x, y, area.width);
    y += 58;
    this.fitNote = this.note(area.x, y, area.width);
    y += this.portrait ? 86 : 34;
    this.chart = new Chart(this, {
      x: area.x,
      y,
      width: area.width,
      height: Math.max(110, area.y + area.height - y),
      title: t("chartLossTraining"),
      xLabel: t("tokensTrained"),
    });
  }

  protected refresh(): void {
    const v = designView(this.world, this.plan_);
    const ev = v.ev;
    const o = this.out;
    o["plan.training.total_params"]?.setValue(formatParams(ev.totalParams));
    o["plan.training.active_params"]?.setValue(formatParams(ev.activeParams));
    o["plan.training.flops"]?.setValue(formatFlops(ev.flops));
    o["plan.training.memory_per_gpu_bytes"]
      ?.setValue(`${formatBytes(ev.memoryBytesPerGpu)} / ${formatBytes(ev.memoryCapacityBytes)}`)
      .setTone(ev.memoryBytesPerGpu > ev.memoryCapacityBytes ? COLORS.warning : COLORS.text);
    o["plan.training.mfu"]?.setValue(formatPercent(ev.mfu));
    o["plan.training.comm_share"]?.setValue(formatPercent(ev.commShare));
    o["plan.training.days"]?.setValue(formatDays(ev.days));
    o["plan.training.cost_usd"]?.setValue(formatUsd(ev.costUsd));
    o["plan.training.loss"]?.setValue(formatLoss(ev.loss));
    o["plan.training.capability"]?.setValue(formatNumber(ev.capability));
    o["designer.serving_usd_per_mtok"]?.setValue(
      v.serving.fits ? formatUsdPerMillionTokens(v.serving.usdPerMillionTokens) : t("doesNotFit"),
    );
    o["plan.training.gpus_used"]?.setValue(
      `${formatCount(ev.gpusUsed)}/${formatCount(v.pool.gpus)}`,
    );
    this.memoryBar.plot(
      [
        { label: t("memWeights"), value: ev.weightBytesPerGpu, color: COLORS.training },
        { label: t("memGrads"), value: ev.gradientBytesPerGpu, color: COLORS.accent },
        { label: t("memOptimiser"), value: ev.optimizerBytesPerGpu, color: COLORS.research },
        { label: t("memActivations"), value: ev.activationBytesPerGpu, color: COLORS.serving },
      ],
      ev.memoryCapacityBytes,
      `${v.pool.gpu}`,
      formatBytes,
    );
    this.fitNote.setText(v.fitNote || v.advice);
    this.chart.plot({
      series: [
        {
          name: t("seriesThisDesign"),
          color: COLORS.accent,
          points: lossCurve(this.world, this.plan_),
        },
        {
          name: t("seriesCommitted"),
          color: COLORS.serving,
          points: this.committedCurve,
          dashed: true,
        },
      ],
      formatX: formatTokens,
      formatY: formatLoss,
      yFromZero: false,
      empty: t("emptyMix"),
    });
    const line = {
      total: formatParams(ev.totalParams),
      active: formatParams(ev.activeParams),
      days: formatDays(ev.days),
      gpus: formatCount(v.pool.gpus),
      gpu: v.pool.gpu,
      loss: formatLoss(ev.loss),
    };
    this.line = v.fitMessage
      ? t("designerLineMisfit", { ...line, reason: v.fitMessage })
      : t("designerLineFits", { ...line, memory: formatBytes(ev.memoryCapacityBytes) });
  }
}
