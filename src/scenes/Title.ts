import Phaser from "phaser";
import { SCENES } from "../game/app";
import { formatMonthName } from "../sim";
import { drawBackdrop } from "../ui/Backdrop";
import { Button } from "../ui/Button";
import { showCredits } from "../ui/credits";
import { chooseOption, pickTextFile } from "../ui/Dialog";
import { FocusManager } from "../ui/FocusManager";
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, TEXT } from "../ui/theme";
import { appOf } from "./appOf";

let markedInteractive = false;

/** The title screen: start a run, the credits, and a plain note about what this game is. */
export class Title extends Phaser.Scene {
  focus!: FocusManager;

  constructor() {
    super(SCENES.title);
  }

  create(): void {
    const app = appOf(this);
    drawBackdrop(this, { dim: 0.6 });
    const cx = GAME_WIDTH / 2;
    this.add.text(cx, 140, "If I Trained GPT-4", TEXT.title()).setOrigin(0.5);
    this.add
      .text(cx, 200, "Two years inside a frontier lab, one GPU budget at a time.", {
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
        x: cx - 150,
        y: 290,
        width: 280,
        onPress: () => void app.guarded(() => app.newGame()),
      }),
    );
    // Saves and replays (src/persist): Continue, checkpoints, history, files.
    const save = app.savedRun();
    const saved = save
      ? save.summary.ending
        ? "Continue (finished)"
        : `Continue · ${save.summary.chapter > 0 ? `Ch. ${save.summary.chapter}, ` : ""}${formatMonthName(save.summary.month)}`
      : "Continue";
    const resume = this.focus.add(
      new Button(this, {
        id: "continue",
        label: saved,
        x: cx + 150,
        y: 290,
        width: 280,
        onPress: () => app.continueSaved(),
      }),
    );
    resume.setEnabled(save !== null);
    const checkpoints = app.checkpoints();
    const runs = app.history();
    const small = { width: 200, height: 48, variant: "ghost" as const };
    const row = 372;
    const col = (i: number) => cx + (i - 1.5) * 214;
    this.focus
      .add(
        new Button(this, {
          id: "replay-chapter",
          label: "Replay a chapter",
          x: col(0),
          y: row,
          ...small,
          onPress: () => {
            chooseOption(
              overlay(),
              "Replay your last finished run from a chapter",
              checkpoints.map((c) => ({ label: `Chapter ${c.chapter}`, value: c.chapter })),
            ).then((chapter) => {
              if (chapter !== null) void app.guarded(() => app.replayChapter(chapter));
            });
          },
        }),
      )
      .setEnabled(checkpoints.length > 0);
    this.focus
      .add(
        new Button(this, {
          id: "history",
          label: "History",
          x: col(1),
          y: row,
          ...small,
          onPress: () => app.showHistory(),
        }),
      )
      .setEnabled(runs.length > 0);
    this.focus.add(
      new Button(this, {
        id: "import-save",
        label: "Import save",
        x: col(2),
        y: row,
        ...small,
        onPress: () => {
          pickTextFile(".json,application/json", app.importLimit).then((file) => {
            if (file !== null) app.importFile(file);
          });
        },
      }),
    );
    this.focus
      .add(
        new Button(this, {
          id: "export-save",
          label: "Export save",
          x: col(3),
          y: row,
          ...small,
          onPress: () => app.exportSave(),
        }),
      )
      .setEnabled(save !== null || app.session !== null);
    // The unfinished run a new one replaced, one step back (src/persist/saves.ts).
    const previous = app.previousRun();
    if (previous) {
      const p = previous.summary;
      this.focus.add(
        new Button(this, {
          id: "restore-previous",
          label: `Restore previous run · ${p.chapter > 0 ? `Ch. ${p.chapter}, ` : ""}${formatMonthName(p.month)}`,
          x: cx - 160,
          y: 452,
          width: 380,
          height: 48,
          variant: "ghost",
          onPress: () => app.restorePrevious(),
        }),
      );
    }
    // Where the facts and the formulas come from (a DOM dialog; Escape gives the focus back here).
    const credits = this.focus.add(
      new Button(this, {
        id: "credits",
        label: "Credits",
        x: previous ? cx + 214 : cx,
        y: 452,
        ...small,
        onPress: () => {
          showCredits(overlay()).then(() => {
            if (this.sys.isActive()) this.focus.focus(credits);
          });
        },
      }),
    );
    // Text size, scale, volumes, motion, theme and pacing (a DOM dialog, src/ui/Menu.ts).
    this.focus.add(
      new Button(this, {
        id: "settings",
        label: "Settings",
        x: previous ? cx + 428 : cx - 214,
        y: 452,
        ...small,
        onPress: () => {
          app.openSettings().then(() => {
            // A theme change restarts this scene: focus the button of the one now showing.
            const again = this.focus.all().find((c) => c.id === "settings");
            if (this.sys.isActive() && again) this.focus.focus(again);
          });
        },
      }),
    );
    this.focus.focus(save ? resume : newGame);
    this.focus.onEnter = () => (save ? resume : newGame).press();

    const note =
      "A work of speculative fiction. Andy and his colleagues are invented; the numbers come from public papers " +
      "and widely repeated rumours about GPT-4, not from anyone inside the company. Every figure on screen is " +
      "computed from published formulas, which you can inspect as you play.";
    this.add
      .text(cx, GAME_HEIGHT - 110, note, {
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

function overlay(): HTMLElement {
  return document.getElementById("overlay") ?? document.body;
}
