import Phaser from "phaser";
import { SCENES } from "../game/app";
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
    this.add.text(cx, cy - 60, "If I Trained GPT-4", TEXT.heading()).setOrigin(0.5);
    this.add.rectangle(cx, cy, 468, 28).setStrokeStyle(2, COLORS.line);
    this.bar = this.add.rectangle(cx - 230, cy, 4, 20, COLORS.accent).setOrigin(0, 0.5);
    this.status = this.add
      .text(cx, cy + 40, "Loading…", { ...TEXT.dim(), color: css(COLORS.textDim) })
      .setOrigin(0.5);
  }

  create(): void {
    const app = appOf(this);
    const tasks: Array<[string, () => Promise<void>]> = [
      [
        "the story",
        async () => {
          const story = await import("../../story/main.ink");
          app.setStory(story.default);
        },
      ],
    ];
    let done = 0;
    const step = (label: string) => {
      this.status.setText(`Loading ${label}…`);
    };
    const advance = () => {
      done += 1;
      this.bar.width = 4 + (460 - 4) * (done / tasks.length);
    };
    (async () => {
      for (const [label, task] of tasks) {
        step(label);
        await task();
        advance();
      }
      this.scene.start(SCENES.title);
    })().catch((err: unknown) => {
      this.status.setColor(css(COLORS.warning));
      this.status.setText(
        `Could not load ${err instanceof Error ? err.message : String(err)}. Reload the page to try again.`,
      );
      console.error(err);
    });
  }
}
