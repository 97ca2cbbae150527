import Phaser from "phaser";
import { SCENES } from "../game/app";
import { type Allocation, fleetPreview, fleetSetup, worldMonthLabel } from "../game/world";
import { Button } from "../ui/Button";
import { FocusManager } from "../ui/FocusManager";
import { Panel } from "../ui/Panel";
import { Readout } from "../ui/Readout";
import { Slider } from "../ui/Slider";
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, TEXT } from "../ui/theme";
import { appOf } from "./appOf";

const GRID_COLUMNS = 30;
const GRID_ROWS = 12;
const CELL = 18;

/**
 * The Fleet screen: split the GPUs between training and serving and watch what
 * the sim predicts for that split while you drag. Commit returns to the story.
 */
export class Fleet extends Phaser.Scene {
  focus!: FocusManager;
  readouts: Readout[] = [];
  private cells: Phaser.GameObjects.Image[] = [];
  private summary: HTMLElement | null = null;

  constructor() {
    super(SCENES.fleet);
  }

  create(): void {
    const app = appOf(this);
    const run = app.session;
    if (!run) throw new Error("the Fleet screen needs a run in progress");
    const setup = fleetSetup(run.world);
    let allocation: Allocation = { ...setup.allocation };

    this.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, COLORS.background).setOrigin(0);
    this.add.text(40, 28, "Fleet plan", TEXT.heading());
    this.add
      .text(GAME_WIDTH - 40, 34, `${worldMonthLabel(run.world)} · ${setup.totalLabel}`, {
        ...TEXT.number(),
        fontSize: "20px",
      })
      .setOrigin(1, 0);

    // The fleet at a glance: each cell is a slice of the GPUs, coloured by job.
    new Panel(this, 40, 84, 600, 330, "The fleet");
    const gpusPerCell = setup.totalGpus / (GRID_COLUMNS * GRID_ROWS);
    for (let row = 0; row < GRID_ROWS; row++) {
      for (let col = 0; col < GRID_COLUMNS; col++) {
        this.cells.push(
          this.add
            .image(64 + col * CELL + CELL / 2, 130 + row * CELL + CELL / 2, "cell")
            .setScale(0.9),
        );
      }
    }
    this.add.text(64, 362, `Each square is about ${Math.round(gpusPerCell)} GPUs.`, TEXT.label());
    this.legend(64, 386, COLORS.training, "Training");
    this.legend(190, 386, COLORS.research, "Research");
    this.legend(330, 386, COLORS.serving, "Serving");

    // The readouts: every number here comes from the sim via fleetPreview.
    new Panel(this, 670, 84, 570, 540, "What the sim predicts");
    const readout = (key: string, label: string, x: number, y: number, color?: number) => {
      const r = new Readout(this, { key, label, x, y, ...(color === undefined ? {} : { color }) });
      this.readouts.push(r);
      return r;
    };
    const trainingGpus = readout("fleet.training_gpus", "Training GPUs", 700, 130, COLORS.accent);
    const servingGpus = readout("fleet.serving_gpus", "Serving GPUs", 970, 130, COLORS.serving);
    const runDays = readout("plan.training.days", `${setup.runName}: time to train`, 700, 230);
    const served = readout("world.demand_served_share", "API demand served", 700, 330);
    const capacity = readout("fleet.serving_capacity", "Serving capacity vs demand", 700, 430);
    const bill = readout("fleet.monthly_cost_usd", "GPU bill this month", 700, 530);

    const update = () => {
      const preview = fleetPreview(run.world, allocation);
      trainingGpus.setValue(preview.trainingGpus);
      servingGpus.setValue(preview.servingGpus);
      runDays.setValue(preview.trainingDays);
      served.setValue(preview.demandServed);
      served.setTone(preview.demandServedShare < 0.8 ? COLORS.warning : COLORS.text);
      capacity.setValue(preview.capacityVsDemand);
      bill.setValue(preview.monthlyCost);
      const cellsFor = (gpus: number) => Math.round((gpus / setup.totalGpus) * this.cells.length);
      const trainingCells = cellsFor(allocation.training);
      const researchCells = trainingCells + cellsFor(allocation.research);
      this.cells.forEach((cell, i) => {
        cell.setTint(
          i < trainingCells
            ? COLORS.training
            : i < researchCells
              ? COLORS.research
              : COLORS.serving,
        );
      });
      this.describe(preview.summary);
    };

    this.focus = new FocusManager(this);
    const slider = this.focus.add(
      new Slider(this, {
        id: "fleet.training",
        label: "GPUs for training",
        x: 64,
        y: 500,
        width: 552,
        min: 0,
        max: setup.totalGpus - allocation.research,
        step: setup.step,
        value: allocation.training,
        leftColor: COLORS.training,
        rightColor: COLORS.serving,
        format: (v) =>
          `Training ${setup.format(v)}  ·  Serving ${setup.format(setup.totalGpus - allocation.research - v)}`,
        onChange: (value) => {
          allocation = {
            ...allocation,
            training: value,
            serving: setup.totalGpus - value - allocation.research,
          };
          update();
        },
      }),
    );
    this.add.text(
      64,
      540,
      "Drag, or focus the slider and use the arrow keys (Shift for bigger steps).",
      TEXT.label(),
    );

    const commit = this.focus.add(
      new Button(this, {
        id: "commit",
        label: "Commit plan",
        x: 340,
        y: 640,
        width: 300,
        onPress: () => app.commit({ screen: "fleet", allocation }),
      }),
    );
    this.focus.onEnter = () => commit.press();
    this.focus.focus(slider);

    this.summary = document.getElementById("screen-summary");
    update();
    app.enterScreen("fleet");
    this.events.once("shutdown", () => {
      if (this.summary) this.summary.textContent = "";
      this.cells = [];
      this.readouts = [];
    });
  }

  private legend(x: number, y: number, color: number, label: string): void {
    this.add.image(x + 7, y + 9, "cell").setTint(color);
    this.add.text(x + 22, y, label, { ...TEXT.label(), color: css(COLORS.text) });
  }

  /** The canvas is invisible to screen readers; mirror the readouts in the DOM. */
  private describe(summary: string): void {
    if (this.summary && this.summary.textContent !== summary) this.summary.textContent = summary;
  }
}
