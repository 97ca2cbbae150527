import Phaser from "phaser";
import type { App } from "../game/app";
import type { AppScreen } from "../game/ports";
import type { ScreenPlan } from "../game/session";
import { sceneText as t } from "../i18n/messages/scenes";
import { formatMonthName } from "../i18n/numbers";
import type { ScreenHost } from "../screens/host";
import { currentMonth, type WorldState } from "../sim";
import type { ScreenName } from "../story/protocol";
import { Button } from "../ui/Button";
import type { Control, Rect } from "../ui/controls";
import { FocusManager } from "../ui/FocusManager";
import { MathTip } from "../ui/MathTip";
import { Panel } from "../ui/Panel";
import { type MathNote, Readout, type ReadoutControl } from "../ui/Readout";
import { Segmented } from "../ui/Segmented";
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

/** A part of a screen: a panel in landscape, a tab in phone portrait. */
export interface Section {
  title: string;
  /** Where the panel sits at 1280 x 720. */
  landscape: Rect;
  /** Builds the section's widgets inside `area` (the panel minus its title). */
  build(area: Rect): void;
}

const HEADER = 96;
const FOOTER = 74;

/**
 * What the four management screens share: the header with the calendar, the headline sentence
 * (mirrored to #screen-summary for screen readers), landscape panels or portrait tabs, "show the
 * math" tooltips on every explained readout, the Commit / Cancel footer and keyboard use
 * (Tab between controls, arrows adjust, Ctrl+Enter commits, Esc cancels). Scenes built on it hold
 * layout and widget wiring only; numbers come from each screen's view-model (src/screens/<name>/view.ts, the sim).
 */
export abstract class ManagementScreen extends Phaser.Scene implements NamesItsScreen {
  readonly appScreen = (): AppScreen => this.screenName;

  focus!: FocusManager;
  readouts: Readout[] = [];
  protected app!: App;
  /** Where the screen's world comes from and its Commit and Cancel go: a story run or the Lab. */
  protected host!: ScreenHost;
  protected world!: WorldState;
  protected tip!: MathTip;
  protected portrait = false;
  /** Game size in use (1280 x 720 or the portrait size). */
  protected W = GAME_WIDTH;
  protected H = GAME_HEIGHT;
  private restored: unknown = null;
  private headlineText!: Phaser.GameObjects.Text;
  private summary: HTMLElement | null = null;
  private tabs: Phaser.GameObjects.GameObject[][] = [];

  protected abstract readonly screenName: ScreenName;
  protected abstract readonly heading: string;
  /** Sets up the draft from the world, or from a draft kept across an orientation change. */
  protected abstract setup(world: WorldState, restored: unknown): void;
  protected abstract sections(): Section[];
  /** Puts the sim's numbers for the current draft on screen. */
  protected abstract refresh(): void;
  /** One sentence for the headline and screen readers. */
  protected abstract headline(): string;
  protected abstract plan(): ScreenPlan;
  /** The draft, kept when the layout is rebuilt. */
  protected abstract draft(): unknown;

  init(data?: { draft?: unknown }): void {
    this.restored = data?.draft ?? null;
  }

  create(): void {
    this.app = appOf(this);
    this.host = this.app.screenHost();
    this.world = this.host.world();
    this.committed = false;
    this.readouts = [];
    this.tabs = [];
    this.portrait = typeof window !== "undefined" && window.innerHeight > window.innerWidth;
    this.W = this.portrait ? PORTRAIT_WIDTH : GAME_WIDTH;
    this.H = this.portrait ? PORTRAIT_HEIGHT : GAME_HEIGHT;
    const size = this.scale.gameSize;
    if (size.width !== this.W || size.height !== this.H) this.scale.setGameSize(this.W, this.H);
    this.cameras.main.setSize(this.W, this.H);
    // A screen that does not change is not drawn again (src/ui/stillFrames.ts).
    skipStillFrames(this.game);

    this.setup(this.world, this.restored);
    // The camera clears to the background colour (config), so no full-screen fill is drawn.
    const heading = this.add.text(24, 14, this.heading, TEXT.heading());
    // What the story asks of this visit, in the game's voice (a `# hint:` tag), or the Lab's line.
    const hint = this.host.hint(this.screenName);
    if (hint) {
      const x = heading.x + heading.width + 20;
      this.add.text(x, 18, hint, {
        ...TEXT.dim(),
        fontSize: "14px",
        color: css(COLORS.accent),
        wordWrap: { width: Math.max(120, this.W - x - 200), useAdvancedWrap: true },
        maxLines: 2,
      });
    }
    this.add
      .text(this.W - 24, 20, formatMonthName(currentMonth(this.world)), {
        ...TEXT.number(),
        fontSize: "20px",
      })
      .setOrigin(1, 0);
    this.headlineText = this.add.text(24, 56, "", {
      ...TEXT.dim(),
      fontSize: "15px",
      wordWrap: { width: this.W - 48, useAdvancedWrap: true },
      maxLines: this.portrait ? 4 : 2,
    });

    this.focus = new FocusManager(this, { heading: this.heading });
    this.tip = new MathTip(this, Math.min(440, this.W - 16));
    const sections = this.sections();
    if (this.portrait) this.buildTabs(sections);
    else {
      for (const s of sections) {
        new Panel(
          this,
          s.landscape.x,
          s.landscape.y,
          s.landscape.width,
          s.landscape.height,
          s.title,
        );
        s.build({
          x: s.landscape.x + 16,
          y: s.landscape.y + 44,
          width: s.landscape.width - 32,
          height: s.landscape.height - 56,
        });
      }
    }
    this.buildFooter();

    // A click or tap on a control also gives it the keyboard focus (and shows a number's math).
    this.input.on("pointerdown", (pointer: Phaser.Input.Pointer) => {
      const hit = this.focus
        .all()
        .find(
          (c) =>
            c.enabled() && Phaser.Geom.Rectangle.Contains(toRect(c.bounds()), pointer.x, pointer.y),
        );
      if (hit && hit !== this.focus.focused) this.focus.focus(hit);
    });
    this.focus.onEnter = () => this.commitNow();
    this.focus.onEscape = () => this.host.cancel();
    this.focus.onFocus = (control) => this.attend(control);
    for (const r of this.readouts) {
      r.onAttention = (readout, active) => {
        if (active && readout.explain) this.tip.showFor(readout.bounds(), readout.explain);
        else if (!active && this.focus.focused !== readout.asControl()) this.tip.hide();
      };
    }
    const first = this.focus.all().find((c) => c.enabled() && c.kind !== "readout");
    this.focus.focus(first ?? null);

    this.summary = document.getElementById("screen-summary");
    this.changed();

    const onResize = () => {
      const portrait = window.innerHeight > window.innerWidth;
      const moved = this.footerY(this.portrait ? 24 : 140) !== this.footerAt;
      if (portrait !== this.portrait || moved) this.scene.restart({ draft: this.draft() });
    };
    window.addEventListener("resize", onResize);
    this.events.once("shutdown", () => {
      window.removeEventListener("resize", onResize);
      if (this.summary) this.summary.textContent = "";
      this.readouts = [];
      this.tabs = [];
      // The story and title scenes are laid out for 1280 x 720.
      const s = this.scale.gameSize;
      if (s.width !== GAME_WIDTH || s.height !== GAME_HEIGHT) {
        this.scale.setGameSize(GAME_WIDTH, GAME_HEIGHT);
      }
    });
  }

  /** Call after every edit: new numbers, tooltip, headline and the DOM summary. */
  protected changed(): void {
    this.refresh();
    this.tip.refresh();
    const line = this.headline();
    this.headlineText.setText(line);
    if (this.summary && this.summary.textContent !== line) this.summary.textContent = line;
    this.focus.sync();
  }

  /**
   * A screen commits once: the scene that replaces it starts on the next frame, and a second
   * Enter (or click) before then would otherwise commit again, as a plan outside the story.
   */
  private committed = false;

  protected commitNow(): void {
    if (this.committed) return;
    this.committed = true;
    this.host.commit(this.plan());
  }

  /** Extra footer buttons (e.g. Fleet's "Advance a month"). */
  protected footerExtras(): { id: string; label: string; onPress: () => void }[] {
    return [];
  }

  /** A readout registered for `andy.readouts()`, focusable when it can explain itself. */
  protected readout(
    key: string,
    label: string,
    x: number,
    y: number,
    options: {
      explain?: () => MathNote | null;
      color?: number;
      width?: number;
      size?: number;
    } = {},
  ): Readout {
    const r = new Readout(this, {
      key,
      label,
      x,
      y,
      width: options.width ?? 200,
      size: options.size ?? 18,
      ...(options.color === undefined ? {} : { color: options.color }),
      ...(options.explain ? { explain: options.explain } : {}),
    });
    this.readouts.push(r);
    if (options.explain) this.focus.add(r.asControl());
    return r;
  }

  /** Lays readouts out in a grid inside an area; returns the y below the grid. */
  protected readoutGrid(
    area: Rect,
    y: number,
    items: { key: string; label: string; explain?: () => MathNote | null; color?: number }[],
    columns = area.width >= 380 ? 2 : 1,
  ): { readouts: Record<string, Readout>; bottom: number } {
    const out: Record<string, Readout> = {};
    const colWidth = area.width / columns;
    const rowHeight = 48;
    items.forEach((item, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      out[item.key] = this.readout(
        item.key,
        item.label,
        area.x + col * colWidth,
        y + row * rowHeight,
        {
          width: colWidth - 8,
          ...(item.explain ? { explain: item.explain } : {}),
          ...(item.color === undefined ? {} : { color: item.color }),
        },
      );
    });
    return { readouts: out, bottom: y + Math.ceil(items.length / columns) * rowHeight };
  }

  /** A wrapped note (fit reasons, warnings). */
  protected note(x: number, y: number, width: number): Phaser.GameObjects.Text {
    return this.add.text(x, y, "", {
      ...TEXT.label(),
      fontSize: "13px",
      color: css(COLORS.warning),
      wordWrap: { width, useAdvancedWrap: true },
      // The headline above carries the whole sentence; the panel keeps the start of it.
      maxLines: this.portrait ? 5 : 2,
    });
  }

  private attend(control: Control | null): void {
    if (control && control.kind === "readout") {
      const r = (control as ReadoutControl).readout;
      if (r.explain) this.tip.showFor(r.bounds(), r.explain);
    } else this.tip.hide();
  }

  private buildTabs(sections: Section[]): void {
    const top = HEADER + 40;
    const area = {
      x: 16,
      y: top + 56,
      width: this.W - 32,
      height: this.H - top - 56 - FOOTER - 48,
    };
    for (const s of sections) {
      const before = new Set(this.children.list);
      s.build(area);
      this.tabs.push(this.children.list.filter((o) => !before.has(o)));
    }
    const tabs = new Segmented(this, {
      id: `${this.screenName}.tab`,
      label: t("section"),
      x: 16,
      y: top,
      width: this.W - 32,
      labelWidth: 0,
      options: sections.map((s) => s.title),
      value: 0,
      onChange: (i) => this.showTab(i),
    });
    // Tabs come first in the keyboard order.
    const controls = [...this.focus.all()];
    this.focus.clear();
    this.focus.add(tabs);
    for (const c of controls) this.focus.add(c);
    this.showTab(0);
  }

  private showTab(index: number): void {
    this.tabs.forEach((objects, i) => {
      for (const o of objects)
        (o as unknown as Phaser.GameObjects.Components.Visible).setVisible?.(i === index);
    });
    this.tip?.hide();
    if (this.focus.focused && !this.focus.focused.enabled()) this.focus.focus(null);
    this.focus?.sync();
  }

  /** The footer row's centre (game pixels), as laid out; a resize that moves it rebuilds. */
  private footerAt = 0;

  /**
   * Where the footer row goes: at the bottom, raised above the DOM "Sound" button where that
   * button lies over the row (small portrait windows: at 320 x 480 it covered Commit). The
   * canvas is fitted and centred in #stage (Phaser.Scale.FIT), so the button's box maps to game
   * pixels without waiting for Phaser to resize.
   */
  private footerY(right: number): number {
    const y = this.H - FOOTER / 2 - (this.portrait ? 52 : 4);
    const mute = document.getElementById("chrome")?.getBoundingClientRect();
    const stage = document.getElementById("stage")?.getBoundingClientRect();
    if (!mute || !stage || mute.width === 0 || stage.width === 0) return y;
    const scale = Math.min(stage.width / this.W, stage.height / this.H);
    const left = stage.left + (stage.width - this.W * scale) / 2;
    const top = stage.top + (stage.height - this.H * scale) / 2;
    const muteLeft = (mute.left - left) / scale;
    const muteTop = (mute.top - top) / scale;
    const rowRight = this.W - right;
    const halfHeight = 26;
    const clear = 8;
    if (muteLeft > rowRight + clear || muteTop > y + halfHeight + clear) return y;
    return Math.min(y, muteTop - clear - halfHeight);
  }

  private buildFooter(): void {
    // Keep clear of the DOM "Sound" button in the bottom-right corner.
    const right = this.portrait ? 24 : 140;
    const y = this.footerY(right);
    this.footerAt = y;
    const extras = this.footerExtras();
    const buttons = [
      {
        id: "cancel",
        label: this.portrait ? t("cancel") : t("cancelEsc"),
        variant: "ghost" as const,
        onPress: () => this.host.cancel(),
      },
      ...extras.map((e) => ({ ...e, variant: "ghost" as const })),
      {
        id: "commit",
        label: this.portrait ? t("commit") : t("commitPlan"),
        variant: "primary" as const,
        onPress: () => this.commitNow(),
      },
    ];
    const gap = 12;
    const width = Math.min(
      230,
      (this.W - 24 - right - gap * (buttons.length - 1)) / buttons.length,
    );
    let x = this.W - right - width / 2 - (buttons.length - 1) * (width + gap);
    for (const b of buttons) {
      this.focus.add(
        new Button(this, {
          id: b.id,
          label: b.label,
          x,
          y,
          width,
          height: 52,
          variant: b.variant,
          onPress: b.onPress,
        }),
      );
      x += width + gap;
    }
  }
}

function toRect(r: Rect): Phaser.Geom.Rectangle {
  return new Phaser.Geom.Rectangle(r.x, r.y, r.width, r.height);
}
