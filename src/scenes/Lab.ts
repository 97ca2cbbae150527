import Phaser from "phaser";
import { SCENES } from "../game/app";
import type { AppScreen } from "../game/ports";
import { sceneText as t } from "../i18n/messages/scenes";
import { formatCount, formatMonthName, formatShortMonth } from "../i18n/numbers";
import { LAB_MONTHS } from "../lab/design";
import { LAB_PRESETS, PRESET_IDS } from "../lab/presets";
import { LAB_SLOTS, type LabSession, type LabSlot } from "../lab/session";
import { SCREEN_LIST } from "../screens/registry";
import { Button } from "../ui/Button";
import type { Control } from "../ui/controls";
import { FocusManager } from "../ui/FocusManager";
import { Panel } from "../ui/Panel";
import { Segmented } from "../ui/Segmented";
import { Stepper } from "../ui/Stepper";
import { copyText } from "../ui/share";
import { skipStillFrames } from "../ui/stillFrames";
import {
  COLORS,
  css,
  GAME_HEIGHT,
  GAME_WIDTH,
  PORTRAIT_HEIGHT,
  PORTRAIT_WIDTH,
  TEXT,
} from "../ui/theme";
import { appOf } from "./appOf";
import type { NamesItsScreen } from "./screenName";

/** A figure as the hook's `readouts()` lists it (the comparison cells). */
interface ShownFigure {
  key: string;
  label: string;
  text: string;
}

/**
 * The Lab hub: the design being edited (A or B), its month and preset, the four screens to open
 * on it, and A and B side by side. It renders the LabSession (src/lab) and sends edits back; every
 * figure is the sim's (src/lab/compare.ts). An edit redraws the scene, keeping the focus.
 */
export class Lab extends Phaser.Scene implements NamesItsScreen {
  readonly appScreen = (): AppScreen => "lab";

  focus!: FocusManager;
  /** The comparison's cells, for `andy.readouts()`: `lab.a.<key>` and `lab.b.<key>`. */
  readouts: ShownFigure[] = [];
  private keepFocus: string | null = null;
  /** Phone portrait shows one panel at a time: 0 the design, 1 the comparison. */
  private view = 0;

  constructor() {
    super(SCENES.lab);
  }

  init(data?: { focus?: string; view?: number }): void {
    this.keepFocus = data?.focus ?? null;
    this.view = data?.view ?? this.view;
  }

  create(): void {
    const app = appOf(this);
    const lab = app.lab;
    if (!lab) {
      app.toTitle();
      return;
    }
    const portrait = typeof window !== "undefined" && window.innerHeight > window.innerWidth;
    const W = portrait ? PORTRAIT_WIDTH : GAME_WIDTH;
    const H = portrait ? PORTRAIT_HEIGHT : GAME_HEIGHT;
    const size = this.scale.gameSize;
    if (size.width !== W || size.height !== H) this.scale.setGameSize(W, H);
    this.cameras.main.setSize(W, H);
    // A screen that does not change is not drawn again (src/ui/stillFrames.ts).
    skipStillFrames(this.game);
    this.readouts = [];

    this.add.text(24, 14, t("labHeading"), TEXT.heading());
    this.add.text(24, 56, portrait ? t("labIntroShort") : t("labIntro"), {
      ...TEXT.dim(),
      fontSize: "15px",
      wordWrap: { width: W - 48, useAdvancedWrap: true },
    });
    this.focus = new FocusManager(this, { heading: t("labHeading") });
    const redraw = (focus: string) => this.scene.restart({ focus, view: this.view });
    if (portrait) {
      this.focus.add(
        new Segmented(this, {
          id: "lab.view",
          label: t("labShow"),
          x: 12,
          y: 112,
          width: W - 24,
          options: [t("labViewDesign"), t("labViewBoth")],
          value: this.view,
          onChange: (i) => {
            this.view = i;
            redraw("lab.view");
          },
        }),
      );
    }
    const panel = { x: 12, y: 164, width: W - 24, height: H - 164 - 196 };

    // ---- the design being edited ----
    const left = portrait ? panel : { x: 16, y: 96, width: 420, height: 548 };
    // Phone portrait shows one of the two panels (the comparison's figures still reach the hook
    // and the screen-reader summary).
    const hideDesign = portrait && this.view !== 0;
    const hideCompare = portrait && this.view !== 1;
    if (!hideDesign) this.drawDesign(lab, left);

    // ---- A and B side by side ----
    const right = portrait ? panel : { x: 448, y: 96, width: 816, height: 548 };
    this.drawComparison(lab, right, portrait, !hideCompare);

    // ---- footer ----
    const footer: { id: string; label: string; primary?: boolean; onPress: () => void }[] = [
      { id: "lab.title", label: t("backToTitle"), onPress: () => app.closeLab() },
      {
        id: "lab.copy-a-to-b",
        label: t("copyAToB"),
        onPress: () => {
          lab.copyAToB();
          app.status.show(t("copiedAToB"));
          redraw("lab.copy-a-to-b");
        },
      },
      {
        id: "lab.swap",
        label: t("swapAB"),
        onPress: () => {
          lab.swap();
          app.showLab();
          redraw("lab.swap");
        },
      },
      {
        id: "lab.copy-link",
        label: t("copyLinkTo", { slot: lab.active }),
        primary: true,
        onPress: () => {
          const link = app.labLink() ?? "";
          copyText(link).then((ok) =>
            app.status.show(
              ok ? t("copiedDesignLink", { slot: lab.active }) : t("copyRefused", { link }),
            ),
          );
        },
      },
    ];
    // Keep clear of the DOM "Sound" button in the bottom-right corner (as the screens do).
    const rightClear = portrait ? 24 : 140;
    const gap = 12;
    const perRow = portrait ? 2 : footer.length;
    const bw = Math.min(220, (W - 24 - rightClear - gap * (perRow - 1)) / perRow);
    const rowsNeeded = Math.ceil(footer.length / perRow);
    footer.forEach((b, i) => {
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      const bx = W - rightClear - bw / 2 - (perRow - 1 - col) * (bw + gap);
      const by = H - 40 - (portrait ? 52 : 0) - (rowsNeeded - 1 - row) * 60;
      this.focus.add(
        new Button(this, {
          id: b.id,
          label: b.label,
          x: bx,
          y: by,
          width: bw,
          height: 52,
          ...(b.primary ? {} : { variant: "ghost" as const }),
          onPress: b.onPress,
        }),
      );
    });

    this.focus.onEscape = () => app.closeLab();
    this.input.on("pointerdown", (pointer: Phaser.Input.Pointer) => {
      const hit = this.focus.all().find((c) => c.enabled() && contains(c, pointer.x, pointer.y));
      if (hit && hit !== this.focus.focused) this.focus.focus(hit);
    });
    const kept = this.focus.all().find((c) => c.id === this.keepFocus);
    this.focus.focus(kept ?? this.focus.all().find((c) => c.id === "lab.open.designer") ?? null);
    this.focus.sync();

    const summary = document.getElementById("screen-summary");
    if (summary) {
      summary.textContent = t("comparisonSummary", {
        rows: this.readouts
          .filter((r) => r.key.startsWith("lab.a."))
          .map((r) => {
            const b = this.readouts.find((o) => o.key === r.key.replace("lab.a.", "lab.b."));
            return { label: r.label, a: r.text, b: b?.text ?? "" };
          }),
      });
    }
    const onResize = () => {
      if (window.innerHeight > window.innerWidth !== portrait) {
        this.scene.restart({ focus: this.focus.focused?.id ?? "" });
      }
    };
    window.addEventListener("resize", onResize);
    this.events.once("shutdown", () => {
      window.removeEventListener("resize", onResize);
      if (summary) summary.textContent = "";
      this.readouts = [];
      const s = this.scale.gameSize;
      if (s.width !== GAME_WIDTH || s.height !== GAME_HEIGHT) {
        this.scale.setGameSize(GAME_WIDTH, GAME_HEIGHT);
      }
    });
  }

  /** The design being edited: A or B, its month, the presets and the four screens. */
  private drawDesign(
    lab: LabSession,
    left: { x: number; y: number; width: number; height: number },
  ): void {
    const app = appOf(this);
    const redraw = (focus: string) => this.scene.restart({ focus, view: this.view });

    const design = lab.design();
    new Panel(
      this,
      left.x,
      left.y,
      left.width,
      left.height,
      t("designPanel", { slot: lab.active }),
    );
    const x = left.x + 16;
    const width = left.width - 32;
    let y = left.y + 44;
    this.focus.add(
      new Segmented(this, {
        id: "lab.slot",
        label: t("editing"),
        x,
        y,
        width,
        options: LAB_SLOTS.map((s) => t("designPanel", { slot: s })),
        value: LAB_SLOTS.indexOf(lab.active),
        onChange: (i) => {
          lab.active = LAB_SLOTS[i] ?? "A";
          app.showLab();
          redraw("lab.slot");
        },
      }),
    );
    y += 48;
    this.focus.add(
      new Stepper(this, {
        id: "lab.month",
        label: t("month"),
        x,
        y,
        width,
        values: LAB_MONTHS.map((_, i) => i),
        value: LAB_MONTHS.indexOf(design.month),
        format: (i) => formatShortMonth(LAB_MONTHS[i] ?? LAB_MONTHS[0] ?? ""),
        onChange: (i) => {
          const month = LAB_MONTHS[i];
          if (!month || month === lab.design().month) return;
          lab.setMonth(month);
          app.showLab();
          redraw("lab.month");
        },
      }),
    );
    y += 46;
    const world = lab.world();
    const a100 = formatCount(world.fleet.a100);
    const fleet =
      world.fleet.h100 > 0
        ? t("fleetBoth", { a100, h100: formatCount(world.fleet.h100) })
        : t("fleetA100", { a100 });
    const origin = lab.preset();
    const model = design.training.name;
    const about = origin
      ? t("designFromPreset", {
          model,
          preset: LAB_PRESETS[origin].label,
          source: LAB_PRESETS[origin].source,
          fleet,
        })
      : t("designFromLink", { model, fleet });
    this.add.text(x, y, about, {
      ...TEXT.label(),
      fontSize: "13px",
      color: css(COLORS.textDim),
      wordWrap: { width, useAdvancedWrap: true },
      maxLines: 2,
    });
    y += 40;
    this.add.text(x, y, t("presetsHeading"), {
      ...TEXT.label(),
      color: css(COLORS.textDim),
      fontStyle: "bold",
    });
    y += 24;
    const half = (width - 10) / 2;
    PRESET_IDS.forEach((id, i) => {
      const p = LAB_PRESETS[id];
      this.focus.add(
        new Button(this, {
          id: `lab.preset.${id}`,
          label: p.label,
          x: x + (i % 2) * (half + 10) + half / 2,
          y: y + Math.floor(i / 2) * 46 + 20,
          width: half,
          height: 40,
          variant: "ghost",
          onPress: () => {
            lab.applyPreset(id);
            app.showLab();
            app.status.show(
              t("presetApplied", { slot: lab.active, preset: p.label, source: p.source }),
            );
            redraw(`lab.preset.${id}`);
          },
        }),
      );
    });
    y += 3 * 46 + 10;
    this.add.text(x, y, t("openOnDesign", { slot: lab.active }), {
      ...TEXT.label(),
      color: css(COLORS.textDim),
      fontStyle: "bold",
    });
    y += 24;
    SCREEN_LIST.forEach(({ name: screen, title: label }, i) => {
      this.focus.add(
        new Button(this, {
          id: `lab.open.${screen}`,
          label,
          x: x + (i % 2) * (half + 10) + half / 2,
          y: y + Math.floor(i / 2) * 50 + 22,
          width: half,
          height: 44,
          onPress: () => app.openLabScreen(screen),
        }),
      );
    });
    this.add.text(x, y + 2 * 50 + 8, t("commitNote", { slot: lab.active }), {
      ...TEXT.dim(),
      fontSize: "13px",
      wordWrap: { width, useAdvancedWrap: true },
      maxLines: 3,
    });
  }

  /** The table: one row per figure, A and B in their columns, the edited one marked. */
  private drawComparison(
    lab: LabSession,
    area: { x: number; y: number; width: number; height: number },
    portrait: boolean,
    draw: boolean,
  ): void {
    const rows = lab.comparison();
    for (const row of rows) {
      this.readouts.push(
        { key: `lab.a.${row.key}`, label: row.label, text: row.a.text },
        { key: `lab.b.${row.key}`, label: row.label, text: row.b.text },
      );
    }
    if (!draw) return;
    new Panel(this, area.x, area.y, area.width, area.height, t("comparisonPanel"));
    const labelW = portrait ? 170 : 300;
    const colW = (area.width - 32 - labelW) / 2;
    const x0 = area.x + 16;
    const top = area.y + 44;
    const rowH = Math.min(27, (area.height - 44 - 44 - 34) / rows.length);
    const font = portrait ? "13px" : "16px";
    const head = (slot: LabSlot, i: number) => {
      const d = lab.design(slot);
      this.add.text(
        x0 + labelW + i * colW,
        top,
        t("columnHead", {
          slot,
          model: d.training.name,
          editing: slot === lab.active,
          month: formatMonthName(d.month),
        }),
        {
          ...TEXT.label(),
          fontSize: portrait ? "12px" : "14px",
          color: css(slot === lab.active ? COLORS.accent : COLORS.textDim),
          fontStyle: "bold",
          wordWrap: { width: colW - 8, useAdvancedWrap: true },
          maxLines: 2,
        },
      );
    };
    head("A", 0);
    head("B", 1);
    const line = this.add.graphics();
    line.lineStyle(1, COLORS.line, 1);
    rows.forEach((row, i) => {
      const y = top + 44 + i * rowH;
      if (i > 0) line.lineBetween(x0, y - 3, area.x + area.width - 16, y - 3);
      this.add.text(x0, y, row.label, { ...TEXT.label(), fontSize: portrait ? "12px" : font });
      const cell = (text: string, col: number) =>
        this.add.text(x0 + labelW + col * colW, y, text, {
          ...TEXT.number(),
          fontSize: font,
          wordWrap: { width: colW - 8 },
          maxLines: 1,
        });
      cell(row.a.text, 0);
      cell(row.b.text, 1);
    });
    this.add.text(x0, area.y + area.height - 26, t("comparisonNote"), {
      ...TEXT.dim(),
      fontSize: "13px",
      wordWrap: { width: area.width - 32 },
    });
  }
}

function contains(control: Control, x: number, y: number): boolean {
  const b = control.bounds();
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}
