import Phaser from "phaser";
import { SCENES } from "../game/app";
import { drawBackdrop } from "../ui/Backdrop";
import { Button } from "../ui/Button";
import { FocusManager } from "../ui/FocusManager";
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, TEXT } from "../ui/theme";
import { appOf } from "./appOf";

let markedInteractive = false;

/** The title screen: start a run, and a plain note about what this game is. */
export class Title extends Phaser.Scene {
  focus!: FocusManager;

  constructor() {
    super(SCENES.title);
  }

  create(): void {
    const app = appOf(this);
    drawBackdrop(this, { dim: 0.6 });
    const cx = GAME_WIDTH / 2;
    this.add.text(cx, 170, "If I Trained GPT-4", TEXT.title()).setOrigin(0.5);
    this.add
      .text(cx, 232, "Two years inside a frontier lab, one GPU budget at a time.", {
        ...TEXT.body(),
        fontSize: "22px",
        color: css(COLORS.textDim),
      })
      .setOrigin(0.5);

    this.focus = new FocusManager(this);
    const newGame = this.focus.add(
      new Button(this, {
        id: "new-game",
        label: "New game",
        x: cx,
        y: 340,
        width: 280,
        onPress: () => app.newGame(),
      }),
    );
    this.focus.focus(newGame);
    this.focus.onEnter = () => newGame.press();

    const note =
      "A work of speculative fiction. Andy and his colleagues are invented; the numbers come from public papers " +
      "and widely repeated rumours about GPT-4, not from anyone inside the company. Every figure on screen is " +
      "computed from published formulas, which you can inspect as you play.";
    this.add
      .text(cx, GAME_HEIGHT - 120, note, {
        ...TEXT.dim(),
        align: "center",
        wordWrap: { width: 860 },
        lineSpacing: 6,
      })
      .setOrigin(0.5);

    app.enterScreen("title");
    if (!markedInteractive) {
      markedInteractive = true;
      // Load time is measured from outside as the time to this mark.
      performance.mark("title-interactive");
    }
  }
}
