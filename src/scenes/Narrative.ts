import Phaser from "phaser";
import { SCENES } from "../game/app";
import type { AppScreen } from "../game/ports";
import { sceneText as t } from "../i18n/messages/scenes";
import { formatMonthName } from "../i18n/numbers";
import { currentMonth } from "../sim";
import { drawBackdrop } from "../ui/Backdrop";
import { COLORS, css, TEXT } from "../ui/theme";
import { appOf } from "./appOf";
import { adoptLayout } from "./layout";
import type { NamesItsScreen } from "./screenName";

/**
 * Behind the story text: the lab, the calendar and the chapter. The text itself
 * is the DOM panel (src/ui/StoryPanel.ts), which the App shows over this scene.
 */
export class Narrative extends Phaser.Scene implements NamesItsScreen {
  /** The story's scene is the ending's too, once the story has ended. */
  readonly appScreen = (): AppScreen =>
    appOf(this).session?.director.ended ? "ending" : "narrative";

  constructor() {
    super(SCENES.narrative);
  }

  create(): void {
    const app = appOf(this);
    // A phone's portrait (or a zoomed window's compact) game size, like the title's: no letterbox.
    const { width } = adoptLayout(this);
    drawBackdrop(this, { dim: 0.72, seed: app.session?.seed ?? 2021 });
    const month = this.add
      .text(width - 32, 28, "", { ...TEXT.number(), fontSize: "20px" })
      .setOrigin(1, 0);
    const chapter = this.add.text(32, 28, "", { ...TEXT.label(), color: css(COLORS.textDim) });
    const refresh = () => {
      const run = app.session;
      if (!run) return;
      month.setText(formatMonthName(currentMonth(run.world)));
      const number = run.director.chapter;
      chapter.setText(number > 0 ? t("chapterLine", { chapter: String(number) }) : "");
    };
    refresh();
    const off = app.onChange(refresh);
    this.events.once("shutdown", off);
  }
}
