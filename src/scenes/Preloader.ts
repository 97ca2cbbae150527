import Phaser from "phaser";
import { SCENES } from "../game/app";
import { language } from "../i18n";
import { sceneText as t } from "../i18n/messages/scenes";
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, TEXT } from "../ui/theme";
import { appOf } from "./appOf";

/**
 * The loading screen: a progress bar over the story (compiled ink, a chunk of
 * its own) and the art, then the title screen.
 */
export class Preloader extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Rectangle;
  private status!: Phaser.GameObjects.Text;

  constructor() {
    super(SCENES.preloader);
  }

  init(): void {
    const cx = GAME_WIDTH / 2;
    const cy = GAME_HEIGHT / 2;
    this.add.text(cx, cy - 60, t("gameTitle"), TEXT.heading()).setOrigin(0.5);
    this.add.rectangle(cx, cy, 468, 28).setStrokeStyle(2, COLORS.line);
    this.bar = this.add.rectangle(cx - 230, cy, 4, 20, COLORS.accent).setOrigin(0, 0.5);
    this.status = this.add
      .text(cx, cy + 40, t("loading"), { ...TEXT.dim(), color: css(COLORS.textDim) })
      .setOrigin(0.5);
  }

  create(): void {
    const app = appOf(this);
    // Each task with the status line shown while it runs.
    const tasks: Array<[string, () => Promise<void>]> = [
      [
        t("loadingStory"),
        async () => {
          // Each telling is a chunk of its own: a player downloads only the one they read.
          const story =
            language() === "zh-CN"
              ? await import("../../story/zh-CN/main.ink")
              : await import("../../story/main.ink");
          app.setStory(story.default);
        },
      ],
    ];
    let done = 0;
    const step = (status: string) => {
      this.status.setText(status);
    };
    const advance = () => {
      done += 1;
      this.bar.width = 4 + (460 - 4) * (done / tasks.length);
    };
    (async () => {
      for (const [status, task] of tasks) {
        step(status);
        await task();
        advance();
      }
      this.scene.start(SCENES.title);
    })().catch((err: unknown) => {
      this.status.setColor(css(COLORS.warning));
      this.status.setText(
        t("loadFailed", { reason: err instanceof Error ? err.message : String(err) }),
      );
      console.error(err);
    });
  }
}
