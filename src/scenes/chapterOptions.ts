import { sceneText as t } from "../i18n/messages/scenes";
import type { Checkpoint } from "../persist/peek";

/** How many of a chapter's choices an option quotes before it counts the rest. */
const QUOTED_CHOICES = 2;

/**
 * The chapters of a run as options to play from (the title's "Replay a chapter", a run link's
 * "Play from a chapter"): each chapter's name, and under it what was chosen there, by the player
 * last time or by whoever shared the run. The first choices are quoted in full, then counted;
 * runs kept before chapters recorded their choices have no line.
 */
export function chapterOptions(
  chapters: readonly Checkpoint[],
  whose: "last" | "theirs",
): { label: string; value: number; detail?: string }[] {
  return chapters.map((c) => {
    const label = t("chapterOption", { chapter: String(c.chapter), title: c.title ?? "" });
    if (!c.chose) return { label, value: c.chapter };
    const detail =
      c.chose.length === 0
        ? t(whose === "last" ? "chapterNoChoice" : "chapterNoChoiceTheirs")
        : t(whose === "last" ? "chapterChoseLast" : "chapterChoseTheirs", {
            choices: c.chose.slice(0, QUOTED_CHOICES),
            more: Math.max(0, c.chose.length - QUOTED_CHOICES),
          });
    return { label, value: c.chapter, detail };
  });
}
