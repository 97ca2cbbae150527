import Phaser from "phaser";
import { SCENES } from "../game/app";
import type { AppScreen } from "../game/ports";
import type { FleetMonth, RunReport } from "../game/report";
import { sceneText as t } from "../i18n/messages/scenes";
import { uiText } from "../i18n/messages/ui";
import { formatGpus, formatMonthName, formatShortMonth } from "../i18n/numbers";
import { Button } from "../ui/Button";
import { cardCanvas, cardFileName, cardPng, smallCardCanvas } from "../ui/Card";
import { chooseOption } from "../ui/Dialog";
import { FocusManager } from "../ui/FocusManager";
import { copyText, download, shareCard } from "../ui/share";
import { skipStillFrames } from "../ui/stillFrames";
import { COLORS, css, TEXT } from "../ui/theme";
import { appOf } from "./appOf";
import { chapterOptions } from "./chapterOptions";
import { adoptLayout, chromeBand } from "./layout";
import type { NamesItsScreen } from "./screenName";

/** The card's texture: a new key each time it is drawn, so the frame that shows it is drawn too. */
const CARD_KEY = "report-card";
let cardsDrawn = 0;

/** The card's picture for screen readers: the fleet's first month and its last. */
function fleetInWords(fleet: readonly FleetMonth[]): string {
  const first = fleet[0];
  const last = fleet.at(-1);
  if (!first || !last) return "";
  const words = (m: FleetMonth) => ({
    month: formatMonthName(m.month),
    training: formatGpus(m.trainingGpus),
    serving: formatGpus(m.servingGpus),
    research: formatGpus(m.researchGpus),
  });
  return t("summaryFleet", { from: words(first), to: words(last) });
}

/**
 * The end-state card at every ending (and for a run link): the card itself,
 * drawn from the run's report, and what to do with it.
 */
export class Report extends Phaser.Scene implements NamesItsScreen {
  /** Nothing when there was no report to show (the scene sent the player to the title). */
  readonly appScreen = (): AppScreen | null => (appOf(this).report ? "report" : null);

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
    const { layout, width: W, height: H } = adoptLayout(this);
    // A screen that does not change is not drawn again (src/ui/stillFrames.ts).
    skipStillFrames(this.game);
    const landscape = layout === "landscape";
    const portrait = layout === "portrait";
    // Free rows at the bottom for the DOM chrome bar (Sound, Menu) where it lies over the canvas.
    const bottom = H - (landscape ? 0 : chromeBand(W, H));
    this.add.rectangle(0, 0, W, H, COLORS.background).setOrigin(0);
    // A run link's card says whose it is and what to do with it, under the card (placed once the
    // card's size is known); the compact layout's card has no room below it, and the status line
    // has said whose it is.
    const visiting = view.source === "link";
    const welcome =
      visiting && (landscape || portrait)
        ? this.add.text(0, 0, t("linkWelcome"), {
            ...TEXT.body(),
            fontSize: landscape ? "18px" : "16px",
            color: css(COLORS.text),
            align: landscape ? "center" : "left",
            wordWrap: { width: landscape ? W - 80 : W - 24 },
          })
        : null;
    const welcomeRoom = welcome ? welcome.height + 8 : 0;

    // Buttons: four primary in a row and three below (1280 x 720), two to a row (portrait), or
    // one column on the right (compact), above the chrome bar in the bottom-right corner.
    const columns = portrait ? 2 : landscape ? 4 : 1;
    const gap = portrait ? 12 : landscape ? 18 : 8;
    const buttonHeight = landscape ? 54 : portrait ? 50 : 42;
    const buttonWidth = landscape ? 280 : portrait ? (W - 48 - gap) / 2 : 196;
    const buttonRows = portrait ? 4 : landscape ? 2 : 7;
    const rowPitch = landscape ? 76 : buttonHeight + gap;
    const firstRow = landscape
      ? 560
      : portrait
        ? bottom - 12 - buttonHeight / 2 - (buttonRows - 1) * rowPitch
        : 8 + buttonHeight / 2;

    // The card of the last visit is let go here, not at its shutdown (its image is gone by the
    // time the shutdown event runs, and a texture is not removed under an image). This one is
    // drawn again when the decisions that moved the run arrive (the run controller weighs them
    // in the background: src/game/decisive.ts).
    for (const key of this.textures.getTextureKeys()) {
      if (key.startsWith(CARD_KEY)) this.textures.remove(key);
    }
    const image = this.add.image(0, 0, "__DEFAULT");
    const drawCard = (shown: RunReport) => {
      const key = `${CARD_KEY}-${++cardsDrawn}`;
      const before = image.texture.key;
      if (landscape) {
        // The same picture "Save image" exports, shown through a Phaser texture.
        const card = cardCanvas(shown);
        // Shown scaled: sampled linearly (the game's textures are nearest: src/config.ts).
        this.textures.addCanvas(key, card)?.setFilter(Phaser.Textures.FilterMode.LINEAR);
        // A visitor's card is smaller and lower: the status line above it says whose run it is
        // (one line, to about 64 px), and the welcome line sits between the card and the buttons.
        const top = welcome ? 68 : 14;
        const scale = welcome ? 0.69 : 0.8;
        image
          .setTexture(key)
          .setPosition(W / 2, top)
          .setOrigin(0.5, 0)
          .setScale(scale);
        welcome?.setOrigin(0.5, 0).setPosition(W / 2, top + card.height * scale + 4);
      } else {
        // The card laid out for the screen (rows stacked on a phone), its text at least 15-16
        // px: 12 CSS px at this layout's scale. Fewer decisions (three at least) when it would
        // reach the buttons.
        const room = (portrait ? firstRow - buttonHeight / 2 - 12 - 8 : H - 16) - welcomeRoom;
        const small = portrait ? 15 : 16;
        const width = portrait ? W - 24 : W - buttonWidth - 36;
        const kind = portrait ? ("narrow" as const) : ("wide" as const);
        let decisions = 5;
        let canvas = smallCardCanvas(shown, { kind, width, small, decisions });
        while (canvas.height > room && decisions > 3) {
          decisions -= 1;
          canvas = smallCardCanvas(shown, { kind, width, small, decisions });
        }
        this.textures.addCanvas(key, canvas);
        image.setTexture(key).setPosition(12, 8).setOrigin(0, 0);
        welcome?.setPosition(12, 8 + canvas.height + 8);
      }
      if (before.startsWith(CARD_KEY)) this.textures.remove(before);
    };
    drawCard(report);

    const say = (message: string, tone: "note" | "problem" = "note") =>
      app.status.show(message, tone);
    // The image waits for the decisions that moved the run, if they are still being weighed.
    const png = async () => cardPng((await app.runs.reportWeighed())?.report ?? report);
    const fileName = cardFileName(report);

    this.focus = new FocusManager(this, { heading: t("reportHeading", { ending: report.title }) });
    const row1 = 0;
    const row2 = 1;
    const buttons: Array<[string, string, number, number, () => void, "primary" | "ghost"]> = [
      [
        "save-image",
        t("saveImage"),
        0,
        row1,
        () => {
          png()
            .then((blob) => {
              download(blob, fileName);
              say(t("savedCard", { file: fileName }));
            })
            .catch((err: unknown) => say(t("cardNotSaved", { error: String(err) }), "problem"));
        },
        "primary",
      ],
      [
        "share",
        t("share"),
        1,
        row1,
        () => {
          png()
            .then((blob) => shareCard(blob, fileName, link, report.title))
            .then((message) => say(message))
            .catch((err: unknown) => say(t("shareFailed", { error: String(err) }), "problem"));
        },
        "primary",
      ],
      [
        "copy-link",
        t("copyLink"),
        2,
        row1,
        () => {
          copyText(link).then((ok) => say(ok ? t("copiedRunLink") : t("copyRefused", { link })));
        },
        "primary",
      ],
      // Someone else's run (a link): watch it, or take it over from a chapter; one's own: again.
      visiting
        ? ["watch-run", t("watchRun"), 3, row1, () => app.watchShownRun(), "primary"]
        : [
            "replay-run",
            t("replayRun"),
            3,
            row1,
            () => void app.guarded(() => app.replayShownRun()),
            "primary",
          ],
      visiting
        ? ["play-from", t("playFrom"), 0.5, row2, () => this.playFrom(), "ghost"]
        : ["history", t("history"), 0.5, row2, () => app.showHistory(), "ghost"],
      ["play-own", t("playOwn"), 1.5, row2, () => void app.guarded(() => app.newGame()), "ghost"],
      ["title", t("backToTitle"), 2.5, row2, () => app.toTitle(), "ghost"],
    ];
    // Each button's place: its slot in the row of four (halves centre the second row), or in
    // portrait the next place of a two-column grid, each group starting a new row.
    const left = (W - (columns * buttonWidth + (columns - 1) * gap)) / 2 + buttonWidth / 2;
    buttons.forEach(([id, label, slot, row, onPress, variant], i) => {
      const inGroup = row === row1 ? i : i - buttons.filter((b) => b[3] === row1).length;
      const lastAlone =
        portrait &&
        row === row2 &&
        inGroup === buttons.filter((b) => b[3] === row2).length - 1 &&
        inGroup % 2 === 0;
      const x = portrait
        ? lastAlone
          ? W / 2
          : left + (inGroup % 2) * (buttonWidth + gap)
        : landscape
          ? left + slot * (buttonWidth + gap)
          : W - 12 - buttonWidth / 2;
      const line = portrait
        ? (row === row1 ? 0 : 2) + Math.floor(inGroup / 2)
        : landscape
          ? row
          : i;
      this.focus.add(
        new Button(this, {
          id,
          label,
          x,
          y: firstRow + line * rowPitch,
          width: buttonWidth,
          height: buttonHeight,
          variant,
          onPress,
        }),
      );
    });
    this.focus.focus(this.focus.all()[0] ?? null);
    this.focus.onEscape = () => void app.openMenu();

    // The canvas is invisible to screen readers: the card's content in words.
    const summary = document.getElementById("screen-summary");
    const putInWords = (shown: RunReport) => {
      if (!summary) return;
      const words = t("reportSummary", {
        ending: shown.title,
        line: shown.line,
        verdict: shown.verdict,
        model: shown.model,
        numbers: shown.rows,
        decisions:
          shown.decisions === null
            ? uiText("cardWeighing")
            : shown.decisions.length === 0
              ? uiText("cardNoDecisive")
              : t("summaryDecisions", {
                  decisions: shown.decisions.map((d) => ({
                    month: formatShortMonth(d.month),
                    label: d.label,
                    effect: d.effect,
                  })),
                }),
        fleet: fleetInWords(shown.fleet),
        code: shown.code,
      });
      summary.textContent = visiting ? `${t("linkWelcome")} ${words}` : words;
    };
    putInWords(report);
    let drawn = report;
    const off = app.onChange(() => {
      const now = app.report?.report;
      if (!now || now === drawn || now.code !== report.code) return;
      drawn = now;
      drawCard(now);
      putInWords(now);
    });
    this.events.once("shutdown", () => {
      off();
      if (summary) summary.textContent = "";
    });
  }

  /** "Play from a chapter": the chapters the shared run reached, and what they chose in each. */
  private playFrom(): void {
    const app = appOf(this);
    const chapters = app.report?.report.chapters ?? [];
    const overlay = document.getElementById("overlay") ?? document.body;
    chooseOption(overlay, t("playFromTitle"), chapterOptions(chapters, "theirs")).then(
      (chapter) => {
        if (chapter === null) {
          if (this.sys.isActive())
            this.focus.focus(this.focus.all().find((c) => c.id === "play-from") ?? null);
          return;
        }
        void app.guarded(() => app.playShownFrom(chapter)).catch(() => undefined);
      },
    );
  }
}
