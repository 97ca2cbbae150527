import Phaser from "phaser";
import { SCENES } from "../game/app";
import { keyMoments, shortMonth } from "../game/report";
import { Button } from "../ui/Button";
import { cardCanvas, cardFileName, cardPng } from "../ui/Card";
import { FocusManager } from "../ui/FocusManager";
import { copyText, download, shareCard } from "../ui/share";
import { COLORS, GAME_WIDTH } from "../ui/theme";
import { appOf } from "./appOf";

const CARD_KEY = "report-card";

/**
 * The end-state card at every ending (and for a run link): the card itself,
 * drawn from the run's report, and what to do with it.
 */
export class Report extends Phaser.Scene {
  focus!: FocusManager;

  constructor() {
    super(SCENES.report);
  }

  create(): void {
    const app = appOf(this);
    const view = app.report;
    if (!view) {
      app.toTitle();
      return;
    }
    const { report, link } = view;
    this.add.rectangle(0, 0, GAME_WIDTH, 720, COLORS.background).setOrigin(0);

    // The same picture "Save image" exports, shown through a Phaser texture.
    if (this.textures.exists(CARD_KEY)) this.textures.remove(CARD_KEY);
    this.textures.addCanvas(CARD_KEY, cardCanvas(report));
    const scale = 0.8;
    this.add
      .image(GAME_WIDTH / 2, 14, CARD_KEY)
      .setOrigin(0.5, 0)
      .setScale(scale);

    const say = (message: string, tone: "note" | "problem" = "note") =>
      app.status.show(message, tone);
    const png = async () => cardPng(report);
    const fileName = cardFileName(report);

    this.focus = new FocusManager(this);
    const row1 = 560;
    const row2 = 636;
    const buttons: Array<[string, string, number, number, () => void, "primary" | "ghost"]> = [
      [
        "save-image",
        "Save image",
        0,
        row1,
        () => {
          png()
            .then((blob) => {
              download(blob, fileName);
              say(`Saved the card as ${fileName}.`);
            })
            .catch((err: unknown) => say(`The card could not be saved: ${String(err)}`, "problem"));
        },
        "primary",
      ],
      [
        "share",
        "Share",
        1,
        row1,
        () => {
          png()
            .then((blob) => shareCard(blob, fileName, link, report.title))
            .then((message) => say(message))
            .catch((err: unknown) => say(`Sharing failed: ${String(err)}`, "problem"));
        },
        "primary",
      ],
      [
        "copy-link",
        "Copy link",
        2,
        row1,
        () => {
          copyText(link).then((ok) =>
            say(
              ok
                ? "Copied the run link to the clipboard."
                : `This browser would not copy; the link is: ${link}`,
            ),
          );
        },
        "primary",
      ],
      [
        "replay-run",
        "Replay this run",
        3,
        row1,
        () => void app.guarded(() => app.replayShownRun()),
        "primary",
      ],
      [
        "play-own",
        "Play your own",
        0.5,
        row2,
        () => void app.guarded(() => app.newGame()),
        "ghost",
      ],
      ["history", "History", 1.5, row2, () => app.showHistory(), "ghost"],
      ["title", "Back to title", 2.5, row2, () => app.toTitle(), "ghost"],
    ];
    const width = 280;
    const gap = 18;
    const left = (GAME_WIDTH - (4 * width + 3 * gap)) / 2 + width / 2;
    for (const [id, label, slot, y, onPress, variant] of buttons) {
      this.focus.add(
        new Button(this, {
          id,
          label,
          x: left + slot * (width + gap),
          y,
          width,
          height: 54,
          variant,
          onPress,
        }),
      );
    }
    this.focus.focus(this.focus.all()[0] ?? null);
    this.focus.onEscape = () => void app.openMenu();

    // The canvas is invisible to screen readers: the card's content in words.
    const summary = document.getElementById("screen-summary");
    if (summary) {
      const numbers = report.rows.map((r) => `${r.label}: ${r.value}`).join("; ");
      const moments = keyMoments(report.timeline)
        .map((m) => `${shortMonth(m.month)}, ${m.label}`)
        .join("; ");
      summary.textContent = `Ending: ${report.title}. ${report.line} ${numbers}. Key moments: ${moments}. Share code ${report.code}.`;
    }
    this.events.once("shutdown", () => {
      if (summary) summary.textContent = "";
    });
    app.enterScreen("report");
  }
}
