import Phaser from "phaser";
import { SCENES } from "../game/app";
import type { AppScreen } from "../game/ports";
import { sceneText as t } from "../i18n/messages/scenes";
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, recolor, TEXT } from "../ui/theme";
import { appOf } from "./appOf";
import type { NamesItsScreen } from "./screenName";

/**
 * The loading screen of a page whose address asks for a run, a screen or the Lab: a progress bar
 * over the game behind the title and the compiled story (each a chunk of its own, src/game/app.ts
 * `load`). Once they arrive, the App opens what the address asked for, or the title.
 */
export class Preloader extends Phaser.Scene implements NamesItsScreen {
  readonly appScreen = (): AppScreen => "loading";

  constructor() {
    super(SCENES.preloader);
  }

  create(): void {
    const app = appOf(this);
    const cx = GAME_WIDTH / 2;
    const cy = GAME_HEIGHT / 2;
    this.add.text(cx, cy - 60, t("gameTitle"), TEXT.heading()).setOrigin(0.5);
    this.add.rectangle(cx, cy, 468, 28).setStrokeStyle(2, COLORS.line);
    const bar = this.add.rectangle(cx - 230, cy, 4, 20, COLORS.accent).setOrigin(0, 0.5);
    const status = this.add
      .text(cx, cy + 40, t("loading"), { ...TEXT.dim(), color: css(COLORS.textDim) })
      .setOrigin(0.5);
    const draw = () => {
      const { done, total, label, failed } = app.loadProgress;
      bar.width = 4 + (460 - 4) * (done / total);
      recolor(status, failed ? COLORS.warning : COLORS.textDim);
      if (label && status.text !== label) status.setText(label);
    };
    draw();
    const off = app.onChange(draw);
    this.events.once("shutdown", off);
    app.load().catch((err: unknown) => console.error(err));
  }
}
