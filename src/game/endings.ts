/**
 * Each ending's title and one line, and the address of its page: the build writes one page per
 * ending (`ending/<id>.html`, scripts/ending-pages.ts) whose link preview shows that ending, and
 * run links point at it. Kept apart from report.ts so the build can read the titles without the
 * sim's formulas and the screens the card's numbers need: this imports the English messages only.
 * Its imports, and theirs, name their files with the extension, as Vite's config loader asks.
 */

import { gameText as t } from "../i18n/messages/game.ts";
import { type Ending, isEnding } from "../sim/endings.ts";

type GameKey = Parameters<typeof t>[0];

/** An ending's title and line, read in the language in use each time they are read. */
function ending(title: GameKey, line: GameKey): { readonly title: string; readonly line: string } {
  return {
    get title() {
      return t(title);
    },
    get line() {
      return t(line);
    },
  };
}

/** Ending id → title and one line, in one place: one for each of the verdict's ENDINGS. */
export const ENDINGS: Readonly<Record<Ending, { readonly title: string; readonly line: string }>> =
  {
    turbo: ending("turboTitle", "turboLine"),
    dense_giant: ending("denseGiantTitle", "denseGiantLine"),
    chinchilla_warning: ending("chinchillaWarningTitle", "chinchillaWarningLine"),
    melted_fleet: ending("meltedFleetTitle", "meltedFleetLine"),
    nerfed: ending("nerfedTitle", "nerfedLine"),
    subpoena: ending("subpoenaTitle", "subpoenaLine"),
    busy: ending("busyTitle", "busyLine"),
  };

/** Whether `id` is one of the verdict's endings (a card from a newer build may name another). */
export { isEnding };

export function endingTitle(id: string): { title: string; line: string } {
  if (isEnding(id)) return { title: ENDINGS[id].title, line: ENDINGS[id].line };
  const words = id
    .replace(/[^a-z0-9_]/gi, "")
    .split("_")
    .filter(Boolean);
  const title =
    words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(" ") || t("unknownEndingTitle");
  return { title, line: t("unknownEndingLine") };
}

/** The folder of the ending pages, below the game's folder (the service worker's rules name it). */
export const ENDING_FOLDER = "ending";

/** An ending's page, relative to the game's folder: `ending/turbo.html`. */
export function endingPagePath(id: Ending): string {
  return `${ENDING_FOLDER}/${id}.html`;
}

/** The picture its page's link preview shows, relative to the game's folder: `ending/turbo.png`. */
export function endingImagePath(id: Ending): string {
  return `${ENDING_FOLDER}/${id}.png`;
}

/** A page of the game, `index.html` or an ending page, as the last part(s) of an address's path. */
const GAME_PAGE = new RegExp(`(?<=^|/)(?:index\\.html|${ENDING_FOLDER}/[^/]+\\.html)$`);

/**
 * The game's folder from the path of any of its pages: "/gpt4/ending/turbo.html" and
 * "/gpt4/index.html" → "/gpt4/" (a path already at the folder stays as it is).
 */
export function gameFolder(pathname: string): string {
  return pathname.replace(GAME_PAGE, "");
}
