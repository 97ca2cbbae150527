/**
 * The DOM chrome: a small bar holding Sound and Menu, in the page's Tab order. It must never
 * cover a canvas control, so it sits where the fitted canvas leaves room (the letterbox below
 * it, else beside it) and, when the canvas fills the window, the stage gives up a strip at the
 * bottom for it. Management screens also read the bar's box to lift their footer
 * (ManagementScreen.footerY), which matters only if a layout ever puts it over the canvas.
 */
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
    this.root.setAttribute("aria-label", "Game");
    this.sound = document.createElement("button");
    this.sound.type = "button";
    // The id older tests and the footer lookup knew the Sound button by.
    this.sound.id = "mute";
    this.sound.addEventListener("click", () => handlers.toggleSound());
    this.menu = document.createElement("button");
    this.menu.type = "button";
    this.menu.id = "menu-button";
    this.menu.textContent = "Menu";
    this.menu.title = "Menu: settings, glossary, this chapter's text, save and quit (Esc)";
    this.menu.setAttribute("aria-haspopup", "dialog");
    this.menu.hidden = true;
    this.menu.addEventListener("click", () => handlers.openMenu());
    this.root.append(this.sound, this.menu);
    parent.append(this.root);
  }

  setSound(muted: boolean): void {
    this.sound.textContent = muted ? "Sound: off" : "Sound: on";
    this.sound.setAttribute("aria-pressed", String(muted));
  }

  /** The Menu button shows during a run (story, screens, report), not on the title. */
  setMenuVisible(visible: boolean): void {
    if (this.menu.hidden === !visible) return;
    this.menu.hidden = !visible;
    this.layout();
  }

  /** The size of the game the canvas shows (the portrait screens change it). */
  private gameSize = { width: 1280, height: 720 };

  /**
   * Places the bar beside the canvas, never over it. `game` is the game size the canvas is
   * fitted from (FIT keeps its aspect ratio and centres it in #stage).
   */
  layout(game?: { width: number; height: number }): boolean {
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
        // No room: the stage gives up a strip for the bar, and the canvas fits in the rest.
        root.dataset.place = "below";
        stage.style.bottom = `${barH + 2 * MARGIN}px`;
      }
    }
    return stage.style.bottom !== before;
  }
}
