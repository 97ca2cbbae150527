import Phaser from "phaser";
import { uiText as t } from "../i18n/messages/ui";
import type { Rect } from "./controls";
import type { MathNote } from "./Readout";
import { COLORS, css, FONTS, TEXT } from "./theme";

/**
 * "Show the math": a panel with a number's formula, the player's values filled in and the source.
 * It follows the hovered or focused readout and mirrors itself into an aria-live DOM region,
 * since the canvas is invisible to screen readers.
 */
export class MathTip extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly formula: Phaser.GameObjects.Text;
  private readonly substituted: Phaser.GameObjects.Text;
  private readonly source: Phaser.GameObjects.Text;
  private readonly live: HTMLElement | null;
  private readonly tipWidth: number;
  private anchor: Rect | null = null;
  private note: (() => MathNote | null) | null = null;

  constructor(scene: Phaser.Scene, width = 420) {
    super(scene, 0, 0);
    this.tipWidth = width;
    this.bg = scene.add.graphics();
    const wrap = { wordWrap: { width: width - 28, useAdvancedWrap: true } };
    this.title = scene.add.text(14, 10, "", { ...TEXT.body(), fontStyle: "bold", ...wrap });
    this.formula = scene.add.text(14, 0, "", {
      fontFamily: FONTS.mono,
      fontSize: "15px",
      color: css(COLORS.accent),
      ...wrap,
    });
    this.substituted = scene.add.text(14, 0, "", {
      fontFamily: FONTS.mono,
      fontSize: "14px",
      color: css(COLORS.text),
      ...wrap,
    });
    this.source = scene.add.text(14, 0, "", { ...TEXT.label(), fontSize: "13px", ...wrap });
    this.add([this.bg, this.title, this.formula, this.substituted, this.source]);
    this.setDepth(900).setVisible(false);
    scene.add.existing(this);
    this.live = MathTip.liveRegion();
    scene.events.once("shutdown", () => {
      if (this.live) this.live.textContent = "";
    });
  }

  /** The DOM mirror: one polite live region shared by every screen. */
  private static liveRegion(): HTMLElement | null {
    if (typeof document === "undefined") return null;
    let el = document.getElementById("screen-math");
    if (!el) {
      el = document.createElement("div");
      el.id = "screen-math";
      el.className = "visually-hidden";
      el.setAttribute("aria-live", "polite");
      document.getElementById("game")?.append(el);
    }
    return el;
  }

  /** Shows a note beside a rectangle (game coordinates); the note is re-read on refresh(). */
  showFor(anchor: Rect, note: () => MathNote | null): void {
    this.anchor = anchor;
    this.note = note;
    this.refresh();
  }

  hide(): void {
    this.anchor = null;
    this.note = null;
    this.setVisible(false);
  }

  /** Re-reads the note (values change while the player drags). */
  refresh(): void {
    if (!this.anchor || !this.note) return;
    const n = this.note();
    if (!n) {
      this.setVisible(false);
      return;
    }
    this.title.setText(n.label);
    this.formula.setText(n.formula).setY(this.title.y + this.title.height + 6);
    this.substituted.setText(n.substituted).setY(this.formula.y + this.formula.height + 6);
    this.source
      .setText(t("mathSource", { source: n.source }))
      .setY(this.substituted.y + this.substituted.height + 8);
    const h = this.source.y + this.source.height + 12;
    this.bg.clear();
    this.bg.fillStyle(COLORS.surfaceRaised, 0.98).fillRoundedRect(0, 0, this.tipWidth, h, 10);
    this.bg.lineStyle(2, COLORS.accent, 1).strokeRoundedRect(0, 0, this.tipWidth, h, 10);
    const { width: gw, height: gh } = this.scene.scale.gameSize;
    const a = this.anchor;
    // Prefer below the number; flip above when it would leave the screen.
    let x = Math.min(Math.max(8, a.x), gw - this.tipWidth - 8);
    let y = a.y + a.height + 6;
    if (y + h > gh - 8) y = a.y - h - 6;
    if (y < 8) {
      y = 8;
      x =
        a.x + a.width + this.tipWidth + 8 < gw
          ? a.x + a.width + 8
          : Math.max(8, a.x - this.tipWidth - 8);
    }
    this.setPosition(x, y).setVisible(true);
    if (this.live) {
      const text = t("mathSpoken", n);
      if (this.live.textContent !== text) this.live.textContent = text;
    }
  }

  get showing(): boolean {
    return this.visible;
  }
}
