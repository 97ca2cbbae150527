/**
 * The DOM chrome: a small bar holding Sound and Menu, in the page's Tab order. It must never
 * cover a canvas control, so it sits where the fitted canvas leaves room (the letterbox below
 * it, else beside it), else in the canvas's bottom-right corner when no control lies there, and
 * otherwise the stage gives up a strip at the bottom for it (the canvas fits in the rest). Management screens also read the bar's box to lift their footer
 * (ManagementScreen.footerY), which matters only if a layout ever puts it over the canvas.
 */
import { uiText as t } from "../i18n/messages/ui";

/** A box in game pixels. */
export interface GameBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChromeHandlers {
  toggleSound(): void;
  openMenu(): void;
}

/** Room kept between the bar, the window edge and the canvas (CSS px). */
const MARGIN = 8;

export class Chrome {
  readonly root: HTMLElement;
  readonly sound: HTMLButtonElement;
  readonly menu: HTMLButtonElement;

  constructor(
    parent: HTMLElement,
    private readonly stage: HTMLElement | null,
    handlers: ChromeHandlers,
  ) {
    this.root = document.createElement("nav");
    this.root.id = "chrome";
    this.root.setAttribute("aria-label", t("chrome"));
    this.sound = document.createElement("button");
    this.sound.type = "button";
    // The id older tests and the footer lookup knew the Sound button by.
    this.sound.id = "mute";
    this.sound.addEventListener("click", () => handlers.toggleSound());
    this.menu = document.createElement("button");
    this.menu.type = "button";
    this.menu.id = "menu-button";
    this.menu.textContent = t("menu");
    this.menu.title = t("menuTitle");
    this.menu.setAttribute("aria-haspopup", "dialog");
    this.menu.hidden = true;
    this.menu.addEventListener("click", () => handlers.openMenu());
    this.root.append(this.sound, this.menu);
    parent.append(this.root);
  }

  setSound(muted: boolean): void {
    this.sound.textContent = muted ? t("soundOff") : t("soundOn");
    this.sound.setAttribute("aria-pressed", String(muted));
  }

  /**
   * The Menu button shows during a run (story, screens, report), not on the title. The caller lays
   * the bar out again (App.layoutChrome): only it knows which controls the bar must not cover, and
   * only it refits the canvas when the stage moves (a layout here moved the stage behind Phaser's
   * back, so the pointer missed what the page showed under it).
   */
  setMenuVisible(visible: boolean): void {
    this.menu.hidden = !visible;
  }

  /** The size of the game the canvas shows (the portrait screens change it). */
  private gameSize = { width: 1280, height: 720 };

  /**
   * Places the bar beside the canvas, never over it. `game` is the game size the canvas is
   * fitted from (FIT keeps its aspect ratio and centres it in #stage).
   */
  layout(
    game?: { width: number; height: number },
    blocked: (box: GameBox) => boolean = () => true,
  ): boolean {
    if (game) this.gameSize = { width: game.width, height: game.height };
    const stage = this.stage;
    if (!stage) return false;
    const before = stage.style.bottom;
    const { width: gw, height: gh } = this.gameSize;
    const root = this.root;
    root.dataset.place = "below";
    stage.style.bottom = "";
    const barH = root.offsetHeight;
    const area = (stage.parentElement ?? stage).getBoundingClientRect();
    const sw = area.width;
    const sh = area.height;
    const scale = Math.min(sw / gw, sh / gh);
    const spareBelow = (sh - gh * scale) / 2;
    const spareRight = (sw - gw * scale) / 2;
    if (spareBelow < barH + 2 * MARGIN) {
      root.dataset.place = "beside";
      // Stacked upright in the right margin.
      if (spareRight < root.offsetWidth + 2 * MARGIN) {
        root.dataset.place = "below";
        // Over the canvas's corner: the bar's box (with its margin) in game pixels.
        const bar = root.getBoundingClientRect();
        const left = area.left + spareRight;
        const top = area.top + spareBelow;
        const box = {
          x: (bar.left - MARGIN - left) / scale,
          y: (bar.top - MARGIN - top) / scale,
          width: (bar.width + 2 * MARGIN) / scale,
          height: (bar.height + 2 * MARGIN) / scale,
        };
        // A control there: the stage gives up a strip for the bar, and the canvas fits above it.
        if (blocked(box)) stage.style.bottom = `${barH + 2 * MARGIN}px`;
      }
    }
    return stage.style.bottom !== before;
  }
}
