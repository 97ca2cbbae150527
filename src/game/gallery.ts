/**
 * The endings gallery the title opens: every ending, reached or not. A reached one shows its
 * title, its line and when it was first reached in how many runs; one not reached yet shows its
 * title and a hint of what the numbers must do, the hint's figures formatted from the verdict's
 * own thresholds (src/sim/thresholds.ts), so a change there changes the hint.
 */
import { gameText as t } from "../i18n/messages/game";
import { formatMonthName, formatPercent, formatRatio } from "../i18n/numbers";
import type { ReachedEnding } from "../persist/endings";
import { ENDINGS as ENDING_IDS, type Ending, VERDICT_THRESHOLDS as V } from "../sim";
import type { TextSection } from "../ui/Dialog";
import { ENDINGS } from "./endings";

/** What it takes to reach each ending, in the verdict's words (verdict.ts checks the same). */
function hintOf(ending: Ending): string {
  switch (ending) {
    case "subpoena":
      return t("hintSubpoena", {
        risk: formatPercent(V.subpoenaLicenceRisk),
        trailRisk: formatPercent(V.subpoenaLicenceRiskWithTrail),
      });
    case "melted_fleet":
      return t("hintMeltedFleet", { share: formatPercent(V.meltedServedShare) });
    case "dense_giant":
      return t("hintDenseGiant", { factor: formatRatio(V.denseGiantComputeFactor) });
    case "chinchilla_warning":
      return t("hintChinchillaWarning", { leap: formatRatio(V.leapOverGpt35) });
    case "nerfed":
      return t("hintNerfed", {
        quality: formatPercent(V.nerfedQuality),
        turboQuality: formatPercent(V.turboQuality),
      });
    case "turbo":
      return t("hintTurbo", {
        ratio: formatRatio(V.turboCostRatio),
        quality: formatPercent(V.turboQuality),
      });
    case "busy":
      return t("hintBusy");
  }
}

/** The gallery's title and sections: one per ending, in the verdict's order. */
export function gallery(reached: readonly ReachedEnding[]): {
  title: string;
  sections: TextSection[];
} {
  const byEnding = new Map(reached.map((r) => [r.ending, r]));
  const sections: TextSection[] = ENDING_IDS.map((id) => {
    const got = byEnding.get(id);
    return got
      ? {
          heading: ENDINGS[id].title,
          paragraphs: [
            ENDINGS[id].line,
            t("galleryReached", {
              month: formatMonthName(got.firstAt.slice(0, 7)),
              runs: got.runs,
            }),
          ],
        }
      : { heading: ENDINGS[id].title, paragraphs: [t("galleryNotReached"), hintOf(id)] };
  });
  if (reached.length === 0) {
    sections.unshift({ heading: t("galleryNoneHeading"), paragraphs: [t("galleryNoneYet")] });
  }
  return {
    title: t("galleryTitle", { reached: byEnding.size, total: ENDING_IDS.length }),
    sections,
  };
}
