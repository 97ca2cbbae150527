import { uiText as t } from "../i18n/messages/ui";
import { showText, type TextSection } from "./Dialog";

/**
 * What the game is built from and who it is not about (also summarised in README.md), in the
 * page's language. The blog post's title stays in Chinese in every language (its `lang` says so).
 */
function credits(): readonly TextSection[] {
  return [
    {
      heading: t("creditsStoryHeading"),
      paragraphs: [
        [
          t("creditsStoryBefore"),
          { text: "如果我在OpenAI训GPT4", lang: "zh" },
          t("creditsStoryAfter"),
        ],
      ],
    },
    {
      heading: t("creditsRumoursHeading"),
      paragraphs: [t("creditsRumours")],
    },
    {
      heading: t("creditsFormulasHeading"),
      paragraphs: [t("creditsFormulas")],
      items: [
        t("creditsKaplan"),
        t("creditsHoffmann"),
        t("creditsMuennighoff"),
        t("creditsNarayanan"),
        t("creditsKorthikanti"),
        t("creditsLeviathan"),
        t("creditsKwon"),
        t("creditsShazeer"),
        t("creditsDao"),
      ],
    },
    {
      heading: t("creditsPeopleHeading"),
      paragraphs: [t("creditsPeople")],
    },
  ];
}

/** Opens the credits; resolves when the player closes them. */
export function showCredits(parent: HTMLElement): Promise<void> {
  return showText(parent, t("credits"), credits(), "credits");
}
