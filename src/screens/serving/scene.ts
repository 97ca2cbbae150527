import { screenText as t } from "../../i18n/messages/screens";
import {
  formatBytes,
  formatCostChange,
  formatCount,
  formatMilliseconds,
  formatParams,
  formatPercent,
  formatRatio,
  formatTokensPerSecond,
  formatUsdPerMillionTokens,
} from "../../i18n/numbers";
import { ManagementScreen, type Section } from "../../scenes/ManagementScreen";
import type { WorldState } from "../../sim";
import { clonePlan, type ModelKey, type Precision, type ServingPlan } from "../../sim";
import { Chart } from "../../ui/Chart";
import type { Rect } from "../../ui/controls";
import type { Readout } from "../../ui/Readout";
import { Rows } from "../../ui/Rows";
import type { Stepper } from "../../ui/Stepper";
import { COLORS } from "../../ui/theme";
import type { ScreenPlan } from "../registry";
import { servingModelOf, servingPlanOf } from "../shared";
import { servingScreen } from "./screen";
import { costOverThreshold, explainServing, servingView } from "./view";

const MODELS: readonly ModelKey[] = ["gpt35", "gpt4"];
const PRECISIONS: readonly Precision[] = ["fp16", "bf16", "int8", "int4"];
const CONTEXTS = [2048, 4096, 8192, 32768] as const;

interface Draft {
  model: ModelKey;
  plans: Record<ModelKey, ServingPlan>;
}

/**
 * The Serving Lab: precision, batching, how many sequences fit (KV cache), speculative decoding
 * (draft size, tokens drafted, acceptance threshold) and context length, with tokens per second
 * per GPU, latency, cost per million tokens, demand served and perceived quality from the sim.
 */
export class Serving extends ManagementScreen {
  protected readonly screenName = servingScreen.name;
  /** Read when drawn, so the heading follows the language. */
  protected get heading(): string {
    return servingScreen.title;
  }
  private state!: Draft;
  private out: Record<string, Readout> = {};
  private fitNote!: Phaser.GameObjects.Text;
  private costChart!: Chart;
  private qualityChart!: Chart;
  private drafting: Stepper[] = [];
  private line = "";

  constructor() {
    super(servingScreen.sceneKey);
  }

  private get current(): ServingPlan {
    return this.state.plans[this.state.model];
  }

  protected setup(world: WorldState, restored: unknown): void {
    this.state = (restored as Draft | null) ?? {
      model: servingModelOf(world),
      plans: {
        gpt35: clonePlan(servingPlanOf(world, "gpt35")),
        gpt4: clonePlan(servingPlanOf(world, "gpt4")),
      },
    };
    this.out = {};
    this.drafting = [];
  }

  protected draft(): unknown {
    return this.state;
  }

  protected plan(): ScreenPlan {
    return { screen: "serving", model: this.state.model, serving: clonePlan(this.current) };
  }

  protected headline(): string {
    return this.line;
  }

  protected sections(): Section[] {
    return [
      {
        title: t("sectionServingPlan"),
        landscape: { x: 16, y: 96, width: 500, height: 548 },
        build: (a) => this.buildPlan(a),
      },
      {
        title: t("sectionPrediction"),
        landscape: { x: 528, y: 96, width: 736, height: 548 },
        build: (a) => this.buildPrediction(a),
      },
    ];
  }

  private edit(change: (p: ServingPlan) => void): void {
    change(this.current);
    this.changed();
  }

  private buildPlan(area: Rect): void {
    const p = this.current;
    const rows = new Rows(this, this.focus, area);
    rows.choice({
      id: "serving.model",
      label: t("model"),
      options: ["GPT-3.5", "GPT-4"],
      value: MODELS.indexOf(this.state.model),
      // Each model keeps its own draft; the layout is rebuilt for the other one.
      onChange: (i) => this.scene.restart({ draft: { ...this.state, model: MODELS[i] ?? "gpt4" } }),
    });
    rows.choice({
      id: "serving.precision",
      label: t("precision"),
      options: ["fp16", "bf16", "int8", "int4"],
      value: PRECISIONS.indexOf(p.precision),
      onChange: (i) => this.edit((plan) => (plan.precision = PRECISIONS[i] ?? "fp16")),
    });
    rows.choice({
      id: "serving.batching",
      label: t("batching"),
      options: [t("batchingStatic"), t("batchingContinuous")],
      value: p.batching === "continuous" ? 1 : 0,
      onChange: (i) => this.edit((plan) => (plan.batching = i === 1 ? "continuous" : "static")),
    });
    rows.stepper({
      id: "serving.maxBatch",
      label: t("maxSequences"),
      values: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
      value: p.maxBatch,
      onChange: (v) => this.edit((plan) => (plan.maxBatch = v)),
    });
    rows.stepper({
      id: "serving.gpus",
      label: t("gpusPerReplica"),
      values: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      value: p.gpusPerReplica,
      onChange: (v) => this.edit((plan) => (plan.gpusPerReplica = v)),
    });
    rows.choice({
      id: "serving.context",
      label: t("context"),
      options: ["2k", "4k", "8k", "32k"],
      value: Math.max(0, CONTEXTS.indexOf(p.contextTokens as (typeof CONTEXTS)[number])),
      onChange: (i) => this.edit((plan) => (plan.contextTokens = CONTEXTS[i] ?? 8192)),
    });
    rows.toggle({
      id: "serving.speculative",
      label: t("speculative"),
      value: p.speculative.enabled,
      onChange: (on) =>
        this.edit((plan) => {
          plan.speculative.enabled = on;
          this.syncDrafting();
        }),
    });
    this.drafting = [
      rows.stepper({
        id: "serving.draft",
        label: t("draftSize"),
        values: [0.125e9, 0.35e9, 1.3e9, 2.7e9, 7e9, 13e9, 30e9, 70e9],
        value: p.speculative.draftParams,
        format: formatParams,
        onChange: (v) => this.edit((plan) => (plan.speculative.draftParams = v)),
      }),
      rows.stepper({
        id: "serving.gamma",
        label: t("draftTokens"),
        min: 1,
        max: 16,
        step: 1,
        value: p.speculative.draftTokens,
        onChange: (v) => this.edit((plan) => (plan.speculative.draftTokens = v)),
      }),
    ];
    rows.slider({
      id: "serving.threshold",
      label: t("threshold"),
      min: 0,
      max: 1,
      step: 0.05,
      value: p.speculative.threshold,
      leftColor: COLORS.serving,
      format: (v) => t("thresholdValue", { value: v.toFixed(2), exact: v === 0 }),
      onChange: (v) => this.edit((plan) => (plan.speculative.threshold = v)),
    });
    this.syncDrafting();
  }

  private syncDrafting(): void {
    for (const s of this.drafting) s.setEnabled(this.current.speculative.enabled);
  }

  private buildPrediction(area: Rect): void {
    const ex = (key: string) => () =>
      explainServing(this.world, this.current, key, this.state.model);
    const columns = area.width >= 600 ? 3 : 2;
    const grid = this.readoutGrid(
      area,
      area.y,
      [
        {
          key: "serving.tokens_per_second_per_gpu",
          label: t("tokensPerGpu"),
          explain: ex("tokensPerSecondPerGpu"),
        },
        { key: "serving.latency", label: t("latency"), explain: ex("latency") },
        {
          key: "serving.usd_per_mtok",
          label: t("costPerMillion"),
          explain: ex("usdPerMillionTokens"),
        },
        {
          key: "serving.demand_served",
          label: t("demandServed"),
          explain: ex("demandServedShare"),
        },
        { key: "serving.quality", label: t("quality"), explain: ex("quality") },
        { key: "serving.speedup", label: t("speedup"), explain: ex("speculative") },
        {
          key: "serving.kv_per_sequence",
          label: t("kvPerSequence"),
          explain: ex("kvBytesPerSequence"),
        },
        { key: "serving.sequences", label: t("sequencesFit"), explain: ex("batch") },
        { key: "serving.weights_per_gpu", label: t("weightsPerGpu"), explain: ex("weightBytes") },
      ],
      columns,
    );
    this.out = grid.readouts;
    let y = grid.bottom + 4;
    this.fitNote = this.note(area.x, y, area.width);
    y += 40;
    const h = Math.max(120, area.y + area.height - y);
    const side = columns === 3;
    const w = side ? (area.width - 24) / 2 : area.width;
    this.costChart = new Chart(this, {
      x: area.x,
      y,
      width: w,
      height: side ? h : h / 2 - 8,
      title: t("chartCost"),
      xLabel: t("thresholdAxis"),
    });
    this.qualityChart = new Chart(this, {
      x: side ? area.x + w + 24 : area.x,
      y: side ? y : y + h / 2 + 8,
      width: w,
      height: side ? h : h / 2 - 8,
      title: t("chartQuality"),
      xLabel: t("thresholdAxis"),
    });
  }

  protected refresh(): void {
    const plan = this.current;
    const v = servingView(this.world, plan, this.state.model);
    const ev = v.ev;
    const o = this.out;
    o["serving.tokens_per_second_per_gpu"]?.setValue(
      formatTokensPerSecond(ev.tokensPerSecondPerGpu),
    );
    o["serving.latency"]?.setValue(formatMilliseconds(ev.secondsPerToken));
    o["serving.usd_per_mtok"]
      ?.setValue(ev.fits ? formatUsdPerMillionTokens(ev.usdPerMillionTokens) : t("doesNotFit"))
      .setTone(ev.fits ? COLORS.text : COLORS.warning);
    o["serving.demand_served"]
      ?.setValue(formatPercent(ev.demandServedShare))
      .setTone(ev.demandServedShare < 0.8 ? COLORS.warning : COLORS.text);
    o["serving.quality"]?.setValue(formatPercent(ev.quality));
    o["serving.speedup"]?.setValue(formatRatio(ev.speculativeSpeedup));
    o["serving.kv_per_sequence"]?.setValue(formatBytes(ev.kvBytesPerSequence));
    o["serving.sequences"]?.setValue(
      t("sequencesOf", { batch: formatCount(ev.batch), max: formatCount(plan.maxBatch) }),
    );
    o["serving.weights_per_gpu"]?.setValue(formatBytes(ev.weightBytesPerGpu));
    this.fitNote.setText(v.fitMessage ? t("misfitNote", { reason: v.fitMessage }) : "");
    const sweep = costOverThreshold(this.world, plan, this.state.model);
    const marker = { x: plan.speculative.threshold, label: t("markerTau") };
    this.costChart.plot({
      series: [{ name: t("seriesCost"), color: COLORS.serving, points: sweep.cost }],
      marker,
      xRange: [0, 1],
      formatX: (x) => x.toFixed(1),
      formatY: (y) => `$${y.toPrecision(2)}`,
      empty: sweep.empty,
    });
    this.qualityChart.plot({
      series: [
        { name: t("seriesQuality"), color: COLORS.accent, points: sweep.quality, dashed: true },
      ],
      marker,
      xRange: [0, 1],
      yFromZero: false,
      formatX: (x) => x.toFixed(1),
      formatY: formatPercent,
      empty: sweep.empty,
    });
    const gpt4 = this.state.model === "gpt4";
    const model = gpt4 ? "GPT-4" : "GPT-3.5";
    // GPT-4's plans are measured against the 10x goal's fixed yardstick (src/sim/world.ts).
    const goal = gpt4
      ? {
          change: formatCostChange(v.vsYardstick),
          yardstick: formatUsdPerMillionTokens(v.yardstickUsdPerMillionTokens),
        }
      : null;
    this.line = ev.fits
      ? t("servingLine", {
          model,
          cost: formatUsdPerMillionTokens(ev.usdPerMillionTokens),
          goal,
          perGpu: formatTokensPerSecond(ev.tokensPerSecondPerGpu),
          served: formatPercent(ev.demandServedShare),
          gpus: formatCount(v.pool.gpus),
          gpu: v.pool.gpu,
          quality: formatPercent(ev.quality),
        })
      : t("servingLineMisfit", { model, reason: v.fitMessage });
  }
}
