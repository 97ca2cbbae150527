import { screenText as t } from "../../i18n/messages/screens";
import { formatLoss, formatPercent, formatPerSecond } from "../../i18n/numbers";
import { ManagementScreen, type Section } from "../../scenes/ManagementScreen";
import type { Allocation, ResearchId, WorldState } from "../../sim";
import { Chart } from "../../ui/Chart";
import type { Rect } from "../../ui/controls";
import type { Readout } from "../../ui/Readout";
import { Rows } from "../../ui/Rows";
import type { Segmented } from "../../ui/Segmented";
import type { Slider } from "../../ui/Slider";
import { ROW_HEIGHT } from "../../ui/Stepper";
import { COLORS, css, TEXT } from "../../ui/theme";
import type { ScreenPlan } from "../registry";
import { fleetScreen } from "./screen";
import {
  explainFleet,
  type FleetSetup,
  fleetOutlook,
  fleetPreview,
  fleetSetup,
  type JobView,
  type ResearchView,
  researchPages,
  researchViews,
  type ScalingCurvesView,
  scalingCurvesView,
} from "./view";

interface Draft {
  allocation: Allocation;
  research: ResearchId[];
  /** The research panel's view: 0 the projects, 1 the scaling curves. */
  view?: number;
  /** Which page of projects shows when they do not all fit (0 the first). */
  page?: number;
}

type Shown = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible;

/**
 * The Fleet screen (monthly): the GPU pool as a grid, split between training, serving and
 * research; the calendar, money, demand against serving capacity, the run's progress and loss
 * curve (or GPT-4's post-training jobs once it is trained), research to fund with the scaling
 * curves it unlocks, and "Next month" to let one month pass with this split.
 */
export class Fleet extends ManagementScreen {
  protected readonly screenName = fleetScreen.name;
  /** Read when drawn, so the heading follows the language. */
  protected get heading(): string {
    return fleetScreen.title;
  }
  private setupInfo!: FleetSetup;
  private state!: Draft;
  private grid: {
    x: number;
    y: number;
    columns: number;
    rows: number;
    cell: number;
    g: Phaser.GameObjects.Graphics;
  } | null = null;
  private out: Record<string, Readout> = {};
  private runText!: Phaser.GameObjects.Text;
  private researchText: Partial<Record<ResearchId, Phaser.GameObjects.Text>> = {};
  private training!: Slider;
  private demandChart!: Chart;
  private lossChart: Chart | null = null;
  private researchSwitch: Segmented | null = null;
  /** The projects view: each page's objects, then the pager's (empty when one page holds all). */
  private projectPages: Shown[][] = [];
  private pagerObjects: Shown[] = [];
  private curveObjects: Shown[] = [];
  private line = "";
  private lossPlotted = false;
  /** The squares' split as last drawn. */
  private gridDrawn = "";

  constructor() {
    super(fleetScreen.sceneKey);
  }

  protected setup(world: WorldState, restored: unknown): void {
    this.setupInfo = fleetSetup(world);
    const kept = restored as Draft | null;
    this.state = kept ?? {
      allocation: { ...this.setupInfo.allocation },
      research: [...world.research.funded],
    };
    this.grid = null;
    this.gridDrawn = "";
    this.lossPlotted = false;
    this.out = {};
    this.researchText = {};
    this.lossChart = null;
    this.researchSwitch = null;
    this.projectPages = [];
    this.pagerObjects = [];
    this.curveObjects = [];
  }

  protected draft(): unknown {
    return this.state;
  }

  protected plan(): ScreenPlan {
    return {
      screen: "fleet",
      allocation: { ...this.state.allocation },
      research: [...this.state.research],
    };
  }

  protected headline(): string {
    return this.line;
  }

  protected override footerExtras() {
    const outlook = fleetOutlook(this.world, this.state.allocation);
    const advance = this.host.advanceMonth;
    if (!outlook.canAdvance || !advance) return [];
    return [
      {
        id: "advance",
        label: nextMonthLabel(
          Math.min(this.host.monthsPerPress ?? 1, outlook.monthsLeft),
          this.portrait,
        ),
        onPress: () => {
          advance({ ...this.state.allocation }, [...this.state.research]);
          this.scene.restart({ draft: this.state });
        },
      },
    ];
  }

  protected sections(): Section[] {
    return [
      {
        title: t("sectionFleet"),
        landscape: { x: 16, y: 96, width: 500, height: 548 },
        build: (a) => this.buildFleet(a),
      },
      {
        title: t("research"),
        landscape: { x: 528, y: 96, width: 330, height: 548 },
        build: (a) => this.buildResearch(a),
      },
      {
        title: t("sectionOutlook"),
        landscape: { x: 870, y: 96, width: 394, height: 548 },
        build: (a) => this.buildOutlook(a),
      },
    ];
  }

  private buildFleet(area: Rect): void {
    const s = this.setupInfo;
    const columns = 24;
    const rows = 10;
    const cell = Math.floor(area.width / columns);
    this.grid = { x: area.x, y: area.y, columns, rows, cell, g: this.add.graphics() };
    let y = area.y + rows * cell + 6;
    this.add.text(
      area.x,
      y,
      t("squareNote", {
        total: s.totalLabel,
        gpus: String(Math.round(s.totalGpus / (columns * rows))),
      }),
      TEXT.label(),
    );
    y += 24;
    const legend = (x: number, color: number, label: string) => {
      this.add.image(x + 7, y + 9, "cell").setTint(color);
      this.add.text(x + 22, y, label, { ...TEXT.label(), color: css(COLORS.text) });
    };
    legend(area.x, COLORS.training, t("training"));
    legend(area.x + 120, COLORS.research, t("research"));
    legend(area.x + 240, COLORS.serving, t("serving"));
    y += 34;
    const controls = new Rows(this, this.focus, { ...area, y });
    const a = this.state.allocation;
    this.training = controls.slider({
      id: "fleet.training",
      label: t("trainingSlider"),
      min: 0,
      max: s.totalGpus - a.research,
      step: s.step,
      value: a.training,
      leftColor: COLORS.training,
      rightColor: COLORS.serving,
      format: (v) =>
        t("trainingSliderValue", {
          training: s.format(v),
          serving: s.format(s.totalGpus - this.state.allocation.research - v),
        }),
      onChange: (value) => {
        const r = this.state.allocation.research;
        this.state.allocation = { training: value, serving: s.totalGpus - value - r, research: r };
        this.changed();
      },
    });
    controls.slider({
      id: "fleet.research",
      label: t("researchSlider"),
      min: 0,
      max: s.researchMax,
      step: s.step,
      value: a.research,
      leftColor: COLORS.research,
      rightColor: COLORS.line,
      format: (v) => t("researchSliderValue", { research: s.format(v) }),
      onChange: (value) => {
        const cur = this.state.allocation;
        const training = Math.min(cur.training, s.totalGpus - value);
        this.state.allocation = {
          training,
          serving: s.totalGpus - training - value,
          research: value,
        };
        this.training.setRange(0, s.totalGpus - value);
        this.training.refresh();
        this.changed();
      },
    });
    this.add.text(area.x, controls.next, t("sliderHint"), {
      ...TEXT.label(),
      fontSize: "13px",
      wordWrap: { width: area.width },
    });
  }

  private buildResearch(area: Rect): void {
    const top = new Rows(this, this.focus, area);
    this.researchSwitch = top.choice({
      id: "fleet.research.view",
      label: t("researchView"),
      options: [t("projects"), t("researchScalingLaws")],
      value: this.state.view ?? 0,
      labelWidth: 0,
      onChange: (view) => {
        this.state.view = view;
        this.showResearchView();
      },
    });
    const body = { ...area, y: top.next, height: area.y + area.height - top.next };
    this.buildProjects(body);
    this.curveObjects = this.built(() => this.buildCurves(body, scalingCurvesView(this.world)));
    this.showResearchView();
    // Phone portrait shows a whole tab at once: put the chosen view back before the next frame.
    const keep = () => this.keepResearchView();
    this.events.on("update", keep);
    this.events.once("shutdown", () => this.events.off("update", keep));
  }

  /** The game objects a build step adds to the scene (to show or hide them together). */
  private built(build: () => void): Shown[] {
    const before = new Set(this.children.list);
    build();
    return this.children.list.filter((o) => !before.has(o)) as Shown[];
  }

  private showResearchView(): void {
    const curves = (this.state.view ?? 0) === 1;
    const page = Math.min(this.state.page ?? 0, Math.max(0, this.projectPages.length - 1));
    this.projectPages.forEach((objects, i) => {
      for (const o of objects) o.setVisible(!curves && i === page);
    });
    for (const o of this.pagerObjects) o.setVisible(!curves);
    for (const o of this.curveObjects) o.setVisible(curves);
    this.tip?.hide();
    if (this.focus.focused && !this.focus.focused.enabled()) this.focus.focus(null);
  }

  private keepResearchView(): void {
    if (!this.researchSwitch?.visible) return;
    const curves = (this.state.view ?? 0) === 1;
    const p = this.projectPages[0]?.[0];
    const c = this.curveObjects[0];
    if ((p && p.visible === curves) || (c && c.visible !== curves)) this.showResearchView();
  }

  /** The math panel beside an area that is not a readout (a chart, a job's bar). */
  private explainsOnHover(r: Rect, key: string): void {
    const zone = this.add
      .zone(r.x + r.width / 2, r.y + r.height / 2, r.width, r.height)
      .setInteractive({ cursor: "help" });
    zone.on("pointerover", () =>
      this.tip.showFor(r, () => explainFleet(this.world, this.state.allocation, key)),
    );
    zone.on("pointerout", () => this.tip.hide());
  }

  private buildCurves(area: Rect, view: ScalingCurvesView): void {
    const noteStyle = {
      ...TEXT.label(),
      fontSize: this.portrait ? "14px" : "13px",
      color: css(COLORS.text),
      wordWrap: { width: area.width, useAdvancedWrap: true },
    };
    if (!view.unlocked) {
      // No placeholder chart: what it would show, and what it takes.
      this.add.text(area.x, area.y + 8, view.note, noteStyle);
      return;
    }
    const height = Math.min(this.portrait ? 420 : 330, area.height - 110);
    const chart = new Chart(this, {
      x: area.x,
      y: area.y,
      width: area.width,
      height,
      title: t("chartLossCompute"),
      xLabel: view.xLabel,
    });
    chart.plot({
      series: [
        { name: view.denseName, color: COLORS.accent, points: view.dense },
        { name: view.moeName, color: COLORS.research, points: view.moe, dashed: true },
      ],
      ...(view.marker ? { marker: view.marker } : {}),
      formatX: view.formatX,
      formatY: formatLoss,
      yFromZero: false,
    });
    const note = this.add.text(area.x, area.y + height + 6, view.note, noteStyle);
    this.explainsOnHover(
      { x: area.x, y: area.y, width: area.width, height: height + 6 + note.height },
      "scalingCurves",
    );
  }

  private buildProjects(area: Rect): void {
    const views = researchViews(this.world, this.state.research);
    const skip = this.portrait ? 38 : 30;
    // A project's row: its toggle (ROW_HEIGHT and the rows' 4 px gap), then its note.
    const pages = researchPages(views.length, ROW_HEIGHT + 4 + skip, area.height, ROW_HEIGHT + 8);
    this.projectPages = pages.map(({ start, end }) =>
      this.built(() => this.buildProjectRows(area, views.slice(start, end), skip)),
    );
    if (pages.length < 2) return;
    this.pagerObjects = this.built(() => {
      const pager = new Rows(this, this.focus, {
        ...area,
        y: area.y + area.height - ROW_HEIGHT,
        height: ROW_HEIGHT,
      });
      pager.choice({
        id: "fleet.research.page",
        label: t("projectsPage"),
        options: pages.map(({ start, end }) => `${start + 1}-${end}`),
        value: Math.min(this.state.page ?? 0, pages.length - 1),
        onChange: (page) => {
          this.state.page = page;
          this.showResearchView();
        },
      });
    });
  }

  private buildProjectRows(area: Rect, views: ResearchView[], skip: number): void {
    const rows = new Rows(this, this.focus, area);
    for (const r of views) {
      rows.toggle({
        id: `fleet.research.${r.id}`,
        label: r.label,
        states: [t("toggleOff"), r.done ? t("toggleDone") : t("toggleFund")],
        value: r.funded || r.done,
        onChange: (on) => {
          const rest = this.state.research.filter((id) => id !== r.id);
          this.state.research = on ? [...rest, r.id] : rest;
          this.changed();
        },
      });
      this.researchText[r.id] = this.add.text(area.x + 6, rows.next - 2, "", {
        ...TEXT.label(),
        fontSize: "12px",
        wordWrap: { width: area.width - 12 },
      });
      rows.skip(skip);
    }
  }

  private buildOutlook(area: Rect): void {
    const ex = (key: string) => () => explainFleet(this.world, this.state.allocation, key);
    const grid = this.readoutGrid(
      area,
      area.y,
      [
        {
          key: "fleet.training_gpus",
          label: t("trainingGpus"),
          color: COLORS.accent,
          explain: ex("trainingGpus"),
        },
        {
          key: "fleet.serving_gpus",
          label: t("servingGpus"),
          color: COLORS.serving,
          explain: ex("servingGpus"),
        },
        {
          key: "plan.training.days",
          label: t("runDays", { name: this.setupInfo.runName }),
          explain: ex("trainingDays"),
        },
        {
          key: "world.demand_served_share",
          label: t("demandServed"),
          explain: ex("demandServedShare"),
        },
        {
          key: "fleet.serving_capacity",
          label: t("capacityDemand"),
          explain: ex("demandServedShare"),
        },
        { key: "fleet.monthly_cost_usd", label: t("gpuBill"), explain: ex("monthlyCostUsd") },
        { key: "world.money_usd", label: t("money"), explain: ex("money") },
        {
          key: "fleet.monthly_revenue_usd",
          label: t("revenue"),
          explain: ex("monthlyRevenueUsd"),
        },
      ],
      2,
    );
    this.out = grid.readouts;
    const outlook = fleetOutlook(this.world, this.state.allocation);
    this.runText = this.add.text(area.x, grid.bottom, this.runLine(outlook), {
      ...TEXT.label(),
      fontSize: "13px",
      color: css(COLORS.text),
      wordWrap: { width: area.width },
    });
    // The run line does not depend on the split, so its height is known now.
    const top = Math.max(grid.bottom + 40, grid.bottom + this.runText.height + 6);
    const h = (area.y + area.height - top) / 2 - 6;
    this.demandChart = new Chart(this, {
      x: area.x,
      y: top,
      width: area.width,
      height: h,
      title: t("chartDemand"),
      xLabel: t("month"),
    });
    // Once GPT-4 is trained its post-training jobs take the loss curve's place.
    if (outlook.showJobs)
      this.buildJobs({ x: area.x, y: top + h + 12, width: area.width, height: h }, outlook.jobs);
    else {
      this.lossChart = new Chart(this, {
        x: area.x,
        y: top + h + 12,
        width: area.width,
        height: h,
        title: t("chartTrainingLoss"),
        xLabel: "",
      });
    }
  }

  private runLine(outlook: ReturnType<typeof fleetOutlook>): string {
    const calendar = t("calendar", {
      month: outlook.month,
      index: String(outlook.monthIndex + 1),
      last: String(outlook.lastMonthIndex + 1),
    });
    return `${calendar}\n${outlook.runLine}`;
  }

  /** GPT-4's post-training jobs, shown like the research projects: a bar and "done" each. */
  private buildJobs(area: Rect, jobs: readonly JobView[]): void {
    this.add.text(area.x, area.y, t("jobsHeading"), {
      ...TEXT.label(),
      color: css(COLORS.text),
      fontStyle: "bold",
    });
    const g = this.add.graphics();
    const rowHeight = Math.min(40, (area.height - 24) / Math.max(1, jobs.length));
    jobs.forEach((job, i) => {
      const y = area.y + 24 + i * rowHeight;
      const small = { ...TEXT.label(), fontSize: "13px" };
      this.add.text(area.x, y, job.label, { ...small, color: css(COLORS.text) });
      this.add
        .text(area.x + area.width, y, job.done ? t("done") : formatPercent(job.progress), {
          ...small,
          color: css(job.done ? COLORS.good : COLORS.text),
        })
        .setOrigin(1, 0);
      const barY = y + 19;
      g.fillStyle(COLORS.surfaceRaised, 1).fillRect(area.x, barY, area.width, 7);
      g.fillStyle(job.done ? COLORS.good : COLORS.training, 1);
      g.fillRect(area.x, barY, area.width * job.progress, 7);
      this.explainsOnHover({ x: area.x, y, width: area.width, height: 28 }, `job.${job.id}`);
    });
  }

  /** The fleet at a glance: each square is a slice of the GPUs, coloured by job (one Graphics). */
  private drawGrid(a: Allocation): void {
    const grid = this.grid;
    if (!grid) return;
    const count = grid.columns * grid.rows;
    const cellsFor = (gpus: number) => Math.round((gpus / this.setupInfo.totalGpus) * count);
    const trainingCells = cellsFor(a.training);
    const researchCells = trainingCells + cellsFor(a.research);
    // Most steps of a drag move the split by less than a square: nothing to draw again.
    const drawn = `${trainingCells} ${researchCells}`;
    if (drawn === this.gridDrawn) return;
    this.gridDrawn = drawn;
    const pad = Math.max(1, Math.round(grid.cell * 0.08));
    const size = grid.cell - 2 * pad;
    const g = grid.g;
    g.clear();
    for (let i = 0; i < count; i++) {
      const color =
        i < trainingCells ? COLORS.training : i < researchCells ? COLORS.research : COLORS.serving;
      const x = grid.x + (i % grid.columns) * grid.cell + pad;
      const y = grid.y + Math.floor(i / grid.columns) * grid.cell + pad;
      g.fillStyle(color, 1).fillRect(x, y, size, size);
    }
  }

  protected refresh(): void {
    const a = this.state.allocation;
    const preview = fleetPreview(this.world, a);
    const outlook = fleetOutlook(this.world, a);
    const o = this.out;
    o["fleet.training_gpus"]?.setValue(preview.trainingGpus);
    o["fleet.serving_gpus"]?.setValue(preview.servingGpus);
    o["plan.training.days"]?.setValue(preview.trainingDays);
    o["world.demand_served_share"]
      ?.setValue(preview.demandServed)
      .setTone(preview.demandServedShare < 0.8 ? COLORS.warning : COLORS.text);
    o["fleet.serving_capacity"]?.setValue(preview.capacityVsDemand);
    o["fleet.monthly_cost_usd"]?.setValue(preview.monthlyCost);
    o["world.money_usd"]?.setValue(outlook.money);
    o["fleet.monthly_revenue_usd"]?.setValue(outlook.monthlyRevenue);
    this.drawGrid(a);
    for (const r of researchViews(this.world, this.state.research)) {
      this.researchText[r.id]?.setText(`${r.unlocks} · ${r.progressText}`);
    }
    this.runText.setText(this.runLine(outlook));
    this.demandChart.plot({
      series: [
        { name: t("seriesDemand"), color: COLORS.warning, points: outlook.demand, dashed: true },
        { name: t("seriesCapacity"), color: COLORS.serving, points: outlook.capacity },
      ],
      formatX: (x) => `#${x + 1}`,
      formatY: formatPerSecond,
    });
    // The loss curve does not depend on the split: drawn once per visit.
    if (this.lossChart && !this.lossPlotted) {
      this.lossPlotted = true;
      this.lossChart.plot({
        series: [
          {
            name: outlook.loss.live ? t("seriesLossSoFar") : t("predictedLossSeries"),
            color: COLORS.accent,
            points: outlook.loss.points,
          },
        ],
        formatX: (x) => (outlook.loss.live ? `#${x}` : formatPercent(x)),
        formatY: formatLoss,
        yFromZero: false,
        empty: t("noRunYet"),
      });
    }
    this.line = preview.summary;
  }
}

/** "Next month ▸", or "Next 5 months ▸" at a faster month speed (shorter in portrait). */
function nextMonthLabel(months: number, portrait: boolean): string {
  if (months <= 1) return portrait ? t("nextMonth") : t("nextMonthArrow");
  return portrait ? t("nextMonths", { n: months }) : t("nextMonthsArrow", { n: months });
}
