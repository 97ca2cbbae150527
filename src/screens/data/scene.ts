import { screenText as t } from "../../i18n/messages/screens";
import { sourceName, sourceShortName } from "../../i18n/messages/sim";
import {
  formatDays,
  formatFlops,
  formatLoss,
  formatNumber,
  formatPercent,
  formatRatio,
  formatTokens,
} from "../../i18n/numbers";
import { ManagementScreen, type Section } from "../../scenes/ManagementScreen";
import type { WorldState } from "../../sim";
import { clonePlan, DATA_SOURCES, type DataPlan, SOURCE_IDS, type SourceId } from "../../sim";
import { Chart, StackBar } from "../../ui/Chart";
import type { Rect } from "../../ui/controls";
import type { Readout } from "../../ui/Readout";
import { Slider } from "../../ui/Slider";
import { Stepper } from "../../ui/Stepper";
import { COLORS, css, TEXT } from "../../ui/theme";
import type { ScreenPlan } from "../registry";
import { dataScreen } from "./screen";
import {
  dataView,
  explainData,
  explainSource,
  lossOverRepeats,
  type SourceView,
  sourceViews,
} from "./view";

/** Okabe-Ito colours for the sources in the data-wall bar (colour-blind safe). */
const SOURCE_COLORS = [
  0x0072b2, 0x56b4e9, 0xcc79a7, 0x009e73, 0xf0e442, 0xe69f00, 0xd55e00, 0x999999,
];

/**
 * The Data Mix: one row per source (unique tokens taken, epochs over them, share of the mix and
 * licence risk); effective tokens and the predicted loss update while the player drags, and the
 * data wall shows when the plan asks for more unique tokens than exist.
 */
export class DataMix extends ManagementScreen {
  protected readonly screenName = dataScreen.name;
  /** Read when drawn, so the heading follows the language. */
  protected get heading(): string {
    return dataScreen.title;
  }
  private mix!: DataPlan;
  private shares: Partial<Record<SourceId, Readout>> = {};
  private sliders: Partial<Record<SourceId, Slider>> = {};
  private out: Record<string, Readout> = {};
  private wallBar!: StackBar;
  private wallNote!: Phaser.GameObjects.Text;
  private chart!: Chart;
  private line = "";

  constructor() {
    super(dataScreen.sceneKey);
  }

  protected setup(world: WorldState, restored: unknown): void {
    this.mix = clonePlan((restored as DataPlan | null) ?? world.plans.training.data);
    this.shares = {};
    this.sliders = {};
    this.out = {};
  }

  protected draft(): unknown {
    return this.mix;
  }

  protected plan(): ScreenPlan {
    return { screen: "data", data: clonePlan(this.mix) };
  }

  protected headline(): string {
    return this.line;
  }

  protected sections(): Section[] {
    return [
      {
        title: t("sectionSources"),
        landscape: { x: 16, y: 96, width: 812, height: 548 },
        build: (a) => this.buildSources(a),
      },
      {
        title: t("sectionPrediction"),
        landscape: { x: 840, y: 96, width: 424, height: 548 },
        build: (a) => this.buildPrediction(a),
      },
    ];
  }

  private buildSources(area: Rect): void {
    const wide = area.width >= 700;
    const rowHeight = wide ? 61 : 88;
    const views = sourceViews(this.world, this.mix);
    SOURCE_IDS.forEach((id, i) => {
      const spec = DATA_SOURCES[id];
      const view = views[i] as SourceView;
      const y = area.y + i * rowHeight;
      const x = area.x;
      const plan = this.mix.sources[id];
      this.add.text(x, y + 2, sourceName(id), { ...TEXT.body(), fontSize: "16px" });
      this.add.text(
        x,
        y + 24,
        view.locked
          ? view.lockNote
          : t("sourceInfo", {
              tokens: formatTokens(view.availableTokens),
              risk: String(spec.licenceRisk),
              quality: String(spec.quality),
            }),
        {
          ...TEXT.label(),
          fontSize: "12px",
          color: css(view.locked ? COLORS.warning : COLORS.textDim),
        },
      );
      const available = spec.uniqueTokensAvailable;
      const sliderX = wide ? x + 232 : x + 10;
      const sliderWidth = wide ? 270 : 250;
      const trackY = wide ? y + 40 : y + 72;
      const slider = new Slider(this, {
        id: `data.${id}.unique`,
        label: t("uniqueSlider", { source: sourceName(id) }),
        x: sliderX,
        y: trackY,
        width: sliderWidth,
        min: 0,
        max: available * 1.5,
        step: available >= 1e12 ? 1e10 : 1e9,
        value: plan.uniqueTokens,
        leftColor: COLORS.training,
        rightColor: COLORS.line,
        format: (v) => t("uniqueValue", { tokens: formatTokens(v) }),
        onChange: (v) => this.edit(() => (this.mix.sources[id].uniqueTokens = v)),
      });
      this.sliders[id] = slider;
      this.focus.add(slider);
      // A source the story refused stays out: its controls are shown but cannot be moved.
      if (view.refused) slider.setEnabled(false);
      const epochs = this.focus.add(
        new Stepper(this, {
          id: `data.${id}.epochs`,
          label: t("epochsStepper", { source: sourceName(id) }),
          showLabel: false,
          x: wide ? x + 520 : x + 270,
          y: wide ? y + 8 : y + 44,
          width: wide ? 150 : area.width - 270,
          min: 0,
          max: 10,
          step: 0.25,
          value: plan.epochs,
          format: (v) => `${v}×`,
          onChange: (v) => this.edit(() => (this.mix.sources[id].epochs = v)),
        }),
      );
      if (view.refused) epochs.setEnabled(false);
      this.shares[id] = this.readout(
        `data.${id}.share`,
        t("shareRisk"),
        wide ? x + 686 : x + area.width - 150,
        wide ? y + 4 : y,
        {
          width: wide ? 96 : 150,
          size: 15,
          explain: () => explainSource(this.world, this.mix, id),
        },
      );
    });
  }

  private buildPrediction(area: Rect): void {
    const ex = (key: string) => () => explainData(this.world, this.mix, key);
    const grid = this.readoutGrid(area, area.y, [
      { key: "plan.data.unique_tokens", label: t("uniqueUsed"), explain: ex("uniqueTokens") },
      { key: "plan.data.seen_tokens", label: t("tokensSeen"), explain: ex("seenTokens") },
      {
        key: "plan.data.effective_tokens",
        label: t("effectiveTokens"),
        explain: ex("effectiveTokens"),
      },
      { key: "plan.data.code_share", label: t("codeShare"), explain: ex("codeShare") },
      { key: "plan.data.licence_risk", label: t("licenceRisk"), explain: ex("licenceRisk") },
      { key: "plan.training.loss", label: t("predictedLoss"), explain: ex("loss") },
      { key: "plan.training.capability", label: t("capability"), explain: ex("capability") },
      {
        key: "plan.training.params_to_optimal",
        label: t("optimalSize"),
        explain: ex("effectiveParams"),
      },
      { key: "plan.training.flops", label: t("trainingCompute"), explain: ex("flops") },
      { key: "plan.training.days", label: t("daysOnTrainingGpus"), explain: ex("days") },
    ]);
    this.out = grid.readouts;
    let y = grid.bottom + 4;
    this.add.text(area.x, y, t("wallHeading"), {
      ...TEXT.label(),
      fontSize: "13px",
    });
    y += 20;
    this.wallBar = new StackBar(this, area.x, y, area.width);
    y += 54;
    this.wallNote = this.note(area.x, y, area.width);
    y += this.portrait ? 70 : 34;
    this.chart = new Chart(this, {
      x: area.x,
      y,
      width: area.width,
      height: Math.max(110, area.y + area.height - y),
      title: t("chartRepeats"),
      xLabel: t("repeatsXLabel"),
    });
  }

  private edit(change: () => void): void {
    change();
    this.changed();
  }

  protected refresh(): void {
    const v = dataView(this.world, this.mix);
    const ev = v.ev;
    const o = this.out;
    o["plan.data.unique_tokens"]?.setValue(formatTokens(ev.uniqueTokens));
    o["plan.data.seen_tokens"]?.setValue(formatTokens(ev.seenTokens));
    o["plan.data.effective_tokens"]?.setValue(formatTokens(ev.effectiveTokens));
    o["plan.data.code_share"]?.setValue(formatPercent(ev.codeShare));
    o["plan.data.licence_risk"]
      ?.setValue(formatPercent(ev.licenceRisk))
      .setTone(ev.licenceRisk >= 0.5 ? COLORS.warning : COLORS.text);
    o["plan.training.loss"]?.setValue(formatLoss(ev.loss));
    o["plan.training.capability"]?.setValue(formatNumber(ev.capability));
    o["plan.training.params_to_optimal"]
      ?.setValue(formatRatio(ev.paramsToOptimalRatio))
      .setTone(ev.tooBigForData ? COLORS.warning : COLORS.text);
    o["plan.training.flops"]?.setValue(formatFlops(ev.flops));
    o["plan.training.days"]?.setValue(formatDays(ev.days));
    const views = sourceViews(this.world, this.mix);
    for (const s of views) {
      this.shares[s.id]
        ?.setValue(`${formatPercent(s.share)} · ${formatPercent(s.licenceRisk)}`)
        .setTone(s.overdrawn ? COLORS.warning : COLORS.text);
    }
    this.wallBar.plot(
      SOURCE_IDS.map((id, i) => ({
        label: sourceShortName(id),
        value: this.mix.sources[id].epochs > 0 ? this.mix.sources[id].uniqueTokens : 0,
        color: SOURCE_COLORS[i] ?? COLORS.accent,
      })).filter((s) => s.value > 0),
      v.uniqueExisting,
      t("exist"),
      formatTokens,
    );
    const chinchilla = ev.tooBigForData
      ? t("chinchilla", {
          ratio: formatRatio(ev.paramsToOptimalRatio),
          tokens: formatTokens(ev.uniqueTokens),
        })
      : "";
    this.wallNote.setText(t("wallNotes", { notes: [v.wall, chinchilla].filter(Boolean) }));
    this.chart.plot({
      series: [
        {
          name: t("predictedLossSeries"),
          color: COLORS.accent,
          points: lossOverRepeats(this.world, this.mix),
        },
      ],
      marker: { x: ev.seenTokens, label: t("markerThisMix") },
      formatX: formatTokens,
      formatY: formatLoss,
      yFromZero: false,
      empty: t("emptySources"),
    });
    this.line = t("dataLine", {
      seen: formatTokens(ev.seenTokens),
      unique: formatTokens(ev.uniqueTokens),
      effective: formatTokens(ev.effectiveTokens),
      loss: formatLoss(ev.loss),
      risk: formatPercent(ev.licenceRisk),
      pastWall: v.wall !== "",
    });
  }
}
