/**
 * The page title (the tab, the window, a screen reader's "page" name, the history list): which
 * screen is open, in which chapter, or which ending the report shows, then the game's name.
 * `followPageTitle` is called from App.enterScreen, where every screen reports itself.
 */
import type { AppScreen } from "../game/ports";
import { uiText as t } from "../i18n/messages/ui";
import { screenTitle } from "../screens/registry";
import type { Beat } from "../story/director";

export interface TitleState {
  screen: AppScreen;
  /** The chapter on the page (null before a run, or before its first chapter tag). */
  chapter: number | null;
  /** The title of the ending the report shows. */
  ending: string | null;
  /** The screen is the Lab's (its hub, or a screen on one of its designs). */
  lab?: boolean;
}

/** "Fleet — Chapter 3 · If I Trained GPT-4", "Report — The 10x Turbo · If I Trained GPT-4". */
export function pageTitle({ screen, chapter, ending, lab = false }: TitleState): string {
  const where = lab
    ? t("titleLab")
    : chapter !== null && chapter > 0
      ? t("titleChapter", { n: chapter })
      : null;
  const within = (name: string) => (where ? t("titleIn", { page: name, where }) : name);
  const page = ((): string | null => {
    switch (screen) {
      case "loading":
      case "title":
        return null;
      case "narrative":
        return where ?? t("titleStory");
      case "ending":
        return within(t("titleEnd"));
      case "report":
        return ending ? t("titleReportOf", { ending }) : t("titleReport");
      case "history":
        return t("titleHistory");
      case "lab":
        return t("titleLab");
      default:
        return within(screenTitle(screen));
    }
  })();
  const game = t("gameName");
  return page === null ? game : t("titled", { page, game });
}

/**
 * The chapter the player is reading: the last chapter opening among the pages shown. (The
 * director's own count runs ahead while a new chapter's opening waits for the next page.)
 */
export function chapterOnPage(beats: readonly { beat: Beat }[]): number | null {
  for (let i = beats.length - 1; i >= 0; i--) {
    const passages = beats[i]?.beat.passages ?? [];
    for (let j = passages.length - 1; j >= 0; j--) {
      const chapter = passages[j]?.chapter;
      if (chapter) return chapter.number;
    }
  }
  return null;
}

/** What followPageTitle reads of the App. */
export interface TitleSource {
  readonly screen: AppScreen;
  readonly mode?: "story" | "lab";
  readonly session: { readonly beats: readonly { beat: Beat }[] } | null;
  readonly report: { readonly report: { readonly title: string } } | null;
  onChange(listener: () => void): () => void;
}

const following = new WeakSet<TitleSource>();

/**
 * Sets the page title from the app's state now, and keeps it in step afterwards: the first call
 * also listens to the app's changes, since a new chapter opens inside the story screen.
 */
export function followPageTitle(app: TitleSource): void {
  const update = () => {
    const title = pageTitle({
      screen: app.screen,
      chapter: app.session ? chapterOnPage(app.session.beats) : null,
      ending: app.screen === "report" ? (app.report?.report.title ?? null) : null,
      lab: app.mode === "lab",
    });
    if (document.title !== title) document.title = title;
  };
  if (!following.has(app)) {
    following.add(app);
    app.onChange(update);
  }
  update();
}
