import Phaser from "phaser";
import { SCENES } from "../game/app";
import type { AppScreen } from "../game/ports";
import { LANGUAGE_NAMES, LANGUAGES, type Language, language } from "../i18n";
import { sceneText as t } from "../i18n/messages/scenes";
import { formatMonthName } from "../i18n/numbers";
import { ENDINGS, isEnding } from "../sim/endings";
import { drawBackdrop } from "../ui/Backdrop";
import { Button } from "../ui/Button";
import { showCredits } from "../ui/credits";
import { chooseOption, pickTextFile } from "../ui/Dialog";
import { FocusManager } from "../ui/FocusManager";
import { COLORS, css, recolor, TEXT } from "../ui/theme";
import { appOf } from "./appOf";
import { chapterOptions } from "./chapterOptions";
import { adoptLayout, chromeBand } from "./layout";
import type { NamesItsScreen } from "./screenName";

let markedInteractive = false;

/** The language the title's language button offers: the one the page is not in. */
function otherLanguage(): Language {
  return LANGUAGES.find((l) => l !== language()) ?? "en";
}

/** The title screen: start a run, the credits, and a plain note about what this game is. */
export class Title extends Phaser.Scene implements NamesItsScreen {
  readonly appScreen = (): AppScreen => "title";

  focus!: FocusManager;

  constructor() {
    super(SCENES.title);
  }

  create(): void {
    const app = appOf(this);
    const { layout, width: W, height: H } = adoptLayout(this);
    const portrait = layout === "portrait";
    const landscape = layout === "landscape";
    drawBackdrop(this, { dim: 0.6 });
    const cx = W / 2;
    // Free rows at the bottom for the DOM chrome bar (Sound, Menu) where it lies over the canvas.
    const bottom = H - (landscape ? 0 : chromeBand(W, H));

    // The runs as the title shows them: read leniently until the game behind the title has
    // loaded, in full after (src/persist/peek.ts). If the full read disagrees (a damaged save),
    // the title draws itself again.
    const info = app.titleInfo();
    const drawnLoaded = app.loaded;
    const { save, previous, checkpoints } = info;
    const saved = save
      ? save.ending
        ? t("continueFinished")
        : save.chapter > 0
          ? t("continueAtChapter", {
              chapter: String(save.chapter),
              month: formatMonthName(save.month),
            })
          : t("continueAtMonth", { month: formatMonthName(save.month) })
      : t("continue");
    // What needs the game behind the title waits for it (the loading bar shows meanwhile).
    const later = (action: () => unknown) => () => {
      app.whenLoaded(action).catch((err: unknown) => console.error(err));
    };
    /**
     * The buttons, in keyboard order: "main" ones are the large pair, the rest flow in rows
     * (a `wide` one takes two places). Adding a button is adding an entry here.
     */
    const entries: TitleEntry[] = [
      {
        id: "new-game",
        label: t("newGame"),
        main: true,
        onPress: () => void app.guarded(() => app.newGame()).catch(() => undefined),
      },
      // Saves and replays (src/persist): Continue, checkpoints, history, files.
      {
        id: "continue",
        label: saved,
        main: true,
        enabled: save !== null,
        onPress: later(() => app.continueSaved()),
      },
      {
        id: "replay-chapter",
        label: t("replayChapter"),
        enabled: checkpoints.length > 0,
        onPress: () => {
          chooseOption(
            overlay(),
            t("replayChapterTitle"),
            chapterOptions(checkpoints, "last"),
          ).then((chapter) => {
            if (chapter !== null)
              void app.guarded(() => app.replayChapter(chapter)).catch(() => undefined);
          });
        },
      },
      {
        id: "history",
        label: t("history"),
        enabled: info.finishedRuns > 0,
        onPress: later(() => app.showHistory()),
      },
      // Which endings this browser has reached, and hints for the others (a DOM dialog).
      {
        id: "endings",
        label: t("endings", {
          reached: info.endings.filter(isEnding).length,
          total: ENDINGS.length,
        }),
        onPress: () => {
          app.showEndings().then(() => {
            if (this.sys.isActive())
              this.focus.focus(this.focus.all().find((c) => c.id === "endings") ?? null);
          }, console.error);
        },
      },
      {
        id: "import-save",
        label: t("importSave"),
        onPress: () => {
          pickTextFile(".json,application/json", app.importLimit).then((file) => {
            if (file !== null) app.importFile(file);
          });
        },
      },
      {
        id: "export-save",
        label: t("exportSave"),
        enabled: info.exportable,
        onPress: later(() => app.exportSave()),
      },
      // The unfinished run a new one replaced, one step back (src/persist/saves.ts).
      ...(previous
        ? [
            {
              id: "restore-previous",
              label:
                previous.chapter > 0
                  ? t("restoreAtChapter", {
                      chapter: String(previous.chapter),
                      month: formatMonthName(previous.month),
                    })
                  : t("restoreAtMonth", { month: formatMonthName(previous.month) }),
              wide: true,
              onPress: later(() => app.restorePrevious()),
            },
          ]
        : []),
      // The four screens without the story, on any month's fleet (src/lab; also at `?lab`).
      {
        id: "lab",
        label: t("lab"),
        onPress: later(() => app.openLab()),
      },
      // Where the facts and the formulas come from (a DOM dialog; Escape gives the focus back here).
      {
        id: "credits",
        label: t("credits"),
        onPress: () => {
          showCredits(overlay()).then(() => {
            if (this.sys.isActive())
              this.focus.focus(this.focus.all().find((c) => c.id === "credits") ?? null);
          });
        },
      },
      // Text size, scale, volumes, motion, theme and pacing (a DOM dialog, src/ui/Menu.ts).
      {
        id: "settings",
        label: t("settings"),
        onPress: () => {
          app.openSettings().then(() => {
            // A theme change restarts this scene: focus the button of the one now showing.
            const again = this.focus.all().find((c) => c.id === "settings");
            if (this.sys.isActive() && again) this.focus.focus(again);
          });
        },
      },
      // The other language, named in its own script (English on a Chinese page, 简体中文 on an
      // English one): the page opens again in it, and the choice is kept with the settings.
      {
        id: "language",
        label: LANGUAGE_NAMES[otherLanguage()],
        onPress: () => app.chooseLanguage(otherLanguage()),
      },
    ];

    // Sizes per layout, in game pixels. Portrait shows 0.81 CSS px per game pixel at 390 x 844
    // and compact 0.75 at a 640 x 360 window, so the smallest text (16 px) reads at 12-13 CSS px
    // and the smallest button (44 px high) is 33-36 CSS px, over WCAG 2.2's 24.
    const metrics = {
      landscape: {
        top: 140,
        titleSize: 56,
        subSize: 22,
        mainW: 280,
        mainH: 56,
        cellW: 200,
        cellH: 48,
        gap: 14,
        columns: 4,
        wrap: 860,
      },
      compact: {
        top: 36,
        titleSize: 42,
        subSize: 20,
        mainW: 280,
        mainH: 52,
        cellW: 194,
        cellH: 44,
        gap: 12,
        columns: 4,
        wrap: 780,
      },
      portrait: {
        top: 90,
        titleSize: 44,
        subSize: 20,
        mainW: W - 64,
        mainH: 56,
        cellW: (W - 64 - 14) / 2,
        cellH: 52,
        gap: 14,
        columns: 2,
        wrap: W - 56,
      },
    }[layout];

    const title = this.add
      .text(cx, metrics.top, t("gameTitle"), {
        ...TEXT.title(),
        fontSize: `${metrics.titleSize}px`,
        align: "center",
        wordWrap: { width: W - 40 },
      })
      .setOrigin(0.5, landscape ? 0.5 : 0);
    const subtitle = this.add
      .text(cx, landscape ? 200 : title.y + title.height + 12, t("subtitle"), {
        ...TEXT.body(),
        fontSize: `${metrics.subSize}px`,
        color: css(COLORS.textDim),
        align: "center",
        wordWrap: { width: metrics.wrap },
      })
      .setOrigin(0.5, landscape ? 0.5 : 0);

    this.focus = new FocusManager(this);
    const add = (entry: TitleEntry, x: number, y: number, width: number, height: number) => {
      const small = !entry.main;
      const button = this.focus.add(
        new Button(this, {
          id: entry.id,
          label: entry.label,
          x,
          y,
          width,
          height,
          ...(small ? { variant: "ghost" as const } : {}),
          onPress: entry.onPress,
        }),
      );
      if (entry.enabled === false) button.setEnabled(false);
      return button;
    };

    // The main pair: side by side, or stacked in portrait.
    let y = landscape
      ? 290
      : subtitle.y + subtitle.height + (portrait ? 40 : 18) + metrics.mainH / 2;
    const main = entries.filter((e) => e.main);
    const rest = entries.filter((e) => !e.main);
    if (portrait) {
      for (const e of main) {
        add(e, cx, y, metrics.mainW, metrics.mainH);
        y += metrics.mainH + metrics.gap;
      }
      y += metrics.gap;
    } else {
      const pitch = metrics.mainW + 20;
      main.forEach((e, i) => {
        add(e, cx + (i - (main.length - 1) / 2) * pitch, y, metrics.mainW, metrics.mainH);
      });
      y += metrics.mainH / 2 + (landscape ? 30 : 18) + metrics.cellH / 2;
    }

    // The others flow in rows of `columns` places, each row centred.
    const rows: TitleEntry[][] = [];
    let used = metrics.columns;
    for (const e of rest) {
      const span = e.wide ? 2 : 1;
      if (used + span > metrics.columns) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1]?.push(e);
      used += span;
    }
    const pitch = metrics.cellW + metrics.gap;
    for (const row of rows) {
      const places = row.reduce((n, e) => n + (e.wide ? 2 : 1), 0);
      let x = cx - (places * pitch - metrics.gap) / 2;
      for (const e of row) {
        const width = (e.wide ? 2 : 1) * pitch - metrics.gap;
        add(e, x + width / 2, y, width, metrics.cellH);
        x += width + metrics.gap;
      }
      y += metrics.cellH + (landscape ? 32 : metrics.gap);
    }

    const newGame = this.focus.all()[0] ?? null;
    const resume = this.focus.all()[1] ?? null;
    const first = save ? resume : newGame;
    this.focus.focus(first);
    this.focus.onEnter = () => first?.press?.();

    const note = t("fictionNote");
    const noteText = this.add.text(cx, 0, note, {
      ...TEXT.dim(),
      align: "center",
      wordWrap: { width: metrics.wrap },
      lineSpacing: landscape ? 6 : 4,
    });
    // Under the buttons, as low as the chrome bar allows (centred on the old spot in landscape).
    const lowest = bottom - noteText.height - (landscape ? 0 : 12);
    const noteY = landscape
      ? H - 110 - noteText.height / 2
      : Math.max(y - metrics.cellH / 2 + 8, Math.min(lowest, y + 20));
    noteText.setOrigin(0.5, 0).setY(noteY);

    // While the game behind the title loads: a thin bar under the note, with what is loading.
    if (!drawnLoaded) this.showLoading(app, cx, bottom);
    const off = app.onChange(() => {
      // Drawn before the game had loaded: once it has, the full read of the runs decides.
      if (!drawnLoaded && app.loaded && this.sys.isActive()) {
        off();
        if (JSON.stringify(app.titleInfo()) !== JSON.stringify(info)) this.scene.restart();
      }
    });
    this.events.once("shutdown", off);

    if (!markedInteractive) {
      markedInteractive = true;
      // Load time is measured from outside as the time to this mark.
      performance.mark("title-interactive");
      // The rest of the game loads once this frame has been drawn: it never delays the title.
      requestAnimationFrame(() => {
        setTimeout(() => app.load().catch((err: unknown) => console.error(err)), 0);
      });
    }
  }

  /** The loading bar: how many of the game's parts have arrived, until all have. */
  private showLoading(app: ReturnType<typeof appOf>, cx: number, bottom: number): void {
    const width = 240;
    const y = bottom - 14;
    const track = this.add.rectangle(cx, y, width, 4, COLORS.line).setOrigin(0.5);
    const bar = this.add.rectangle(cx - width / 2, y, 0, 4, COLORS.accent).setOrigin(0, 0.5);
    const label = this.add
      .text(cx, y - 10, "", { ...TEXT.dim(), fontSize: "14px" })
      .setOrigin(0.5, 1);
    const draw = () => {
      if (app.loaded) {
        track.destroy();
        bar.destroy();
        label.destroy();
        off();
        return;
      }
      const { done, total, label: text, failed } = app.loadProgress;
      bar.width = width * (done / total);
      recolor(label, failed ? COLORS.warning : COLORS.textDim);
      if (label.text !== text) label.setText(text);
    };
    const off = app.onChange(draw);
    this.events.once("shutdown", off);
    draw();
  }
}

interface TitleEntry {
  id: string;
  label: string;
  onPress: () => void;
  /** One of the two large buttons at the top. */
  main?: boolean;
  /** Takes two places in its row (a long label). */
  wide?: boolean;
  /** Greyed out (nothing to continue, no history yet...). */
  enabled?: boolean;
}

function overlay(): HTMLElement {
  return document.getElementById("overlay") ?? document.body;
}
