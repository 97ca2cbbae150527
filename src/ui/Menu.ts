/**
 * The in-game menu and the settings dialog: DOM dialogs (src/ui/Dialog.ts) with real, labelled
 * inputs, so keyboards, screen readers and zoom work. Focus stays inside while they are open,
 * Esc closes them, and the focus goes back to what opened them.
 */

import { LANGUAGE_NAMES, LANGUAGES, language } from "../i18n";
import { uiText as t } from "../i18n/messages/ui";
import {
  MONTH_SPEEDS,
  type MonthSpeed,
  PACINGS,
  type Pacing,
  type Settings,
  TEXT_SCALE,
  THEMES,
  type ThemeName,
  UI_SCALE,
  withSetting,
} from "../persist/settings";
import { GLOSSARY, localGlossary } from "../story/glossary";
import { systemReducesMotion } from "./appearance";
import { closeButton, openDialog, showText } from "./Dialog";
import type { BacklogPage } from "./StoryPanel";

// Read when the dialog opens, in the language of the page.
const themeLabels = (): Record<ThemeName, string> => ({
  dark: t("themeDark"),
  light: t("themeLight"),
  contrast: t("themeContrast"),
});
const pacingLabels = (): Record<Pacing, string> => ({
  page: t("pacingPage"),
  line: t("pacingLine"),
});

const monthSpeedLabels = (): Record<MonthSpeed, string> => ({
  "1x": t("monthSpeed1"),
  "2x": t("monthSpeed2"),
  "5x": t("monthSpeed5"),
});

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The settings dialog. Every change applies at once (`change` validates, saves and applies it) and
 * the dialog shows what was kept. Resolves when it closes.
 */
export function showSettings(
  parent: HTMLElement,
  current: () => Settings,
  change: (next: Settings) => void,
  restoreTo?: HTMLElement | null,
): Promise<void> {
  return new Promise((resolve) => {
    const { dialog, close } = openDialog(parent, t("settings"), resolve, {
      id: "settings",
      className: "dialog-settings",
      backdrop: true,
      ...(restoreTo ? { restoreTo } : {}),
    });
    const form = document.createElement("form");
    form.className = "settings-form";
    form.addEventListener("submit", (event) => event.preventDefault());
    const set = <K extends Parameters<typeof withSetting>[1]>(name: K, value: unknown) =>
      change(withSetting(current(), name, value));

    const range = (
      name: "textScale" | "uiScale" | "musicVolume" | "effectsVolume",
      label: string,
      limits: { min: number; max: number; step: number },
    ) => {
      const row = document.createElement("div");
      row.className = "settings-row";
      const id = `setting-${name}`;
      const caption = document.createElement("label");
      caption.htmlFor = id;
      caption.textContent = label;
      const input = document.createElement("input");
      input.type = "range";
      input.id = id;
      input.name = name;
      input.min = String(Math.round(limits.min * 100));
      input.max = String(Math.round(limits.max * 100));
      input.step = String(Math.round(limits.step * 100));
      input.value = String(Math.round(current()[name] * 100));
      const output = document.createElement("output");
      output.htmlFor.add(id);
      const show = () => {
        output.textContent = percent(current()[name]);
        input.setAttribute("aria-valuetext", output.textContent);
      };
      input.addEventListener("input", () => {
        set(name, Number(input.value) / 100);
        show();
      });
      show();
      row.append(caption, input, output);
      form.append(row);
      return input;
    };

    const radios = <T extends string>(
      name: "theme" | "pacing" | "monthSpeed" | "language",
      legend: string,
      values: readonly T[],
      labels: Record<T, string>,
    ) => {
      const set_ = document.createElement("fieldset");
      set_.className = "settings-group";
      const title = document.createElement("legend");
      title.textContent = legend;
      set_.append(title);
      for (const value of values) {
        const label = document.createElement("label");
        const input = document.createElement("input");
        input.type = "radio";
        input.name = name;
        input.value = value;
        input.checked = (name === "language" ? language() : current()[name]) === value;
        input.addEventListener("change", () => {
          if (input.checked) set(name, value);
        });
        label.append(input, ` ${labels[value]}`);
        set_.append(label);
      }
      form.append(set_);
    };

    const first = range("textScale", t("textSize"), TEXT_SCALE);
    range("uiScale", t("uiScale"), UI_SCALE);
    range("musicVolume", t("musicVolume"), { min: 0, max: 1, step: 0.05 });
    range("effectsVolume", t("effectsVolume"), { min: 0, max: 1, step: 0.05 });

    const muteRow = document.createElement("div");
    muteRow.className = "settings-row settings-check";
    const mute = document.createElement("input");
    mute.type = "checkbox";
    mute.id = "setting-muted";
    mute.checked = current().muted;
    mute.addEventListener("change", () => set("muted", mute.checked));
    const muteLabel = document.createElement("label");
    muteLabel.htmlFor = mute.id;
    muteLabel.textContent = t("muteAll");
    muteRow.append(mute, muteLabel);
    form.append(muteRow);

    const motionRow = document.createElement("div");
    motionRow.className = "settings-row";
    const motion = document.createElement("select");
    motion.id = "setting-reducedMotion";
    for (const [value, text] of [
      ["system", t("motionSystem", { reduced: systemReducesMotion() })],
      ["reduce", t("motionReduce")],
      ["full", t("motionFull")],
    ] as const) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      motion.append(option);
    }
    const choice = current().reducedMotion;
    motion.value = choice === null ? "system" : choice ? "reduce" : "full";
    motion.addEventListener("change", () =>
      set("reducedMotion", motion.value === "system" ? null : motion.value === "reduce"),
    );
    const motionLabel = document.createElement("label");
    motionLabel.htmlFor = motion.id;
    motionLabel.textContent = t("motion");
    motionRow.append(motionLabel, motion);
    form.append(motionRow);

    radios("theme", t("theme"), THEMES, themeLabels());
    radios("pacing", t("pacing"), PACINGS, pacingLabels());
    radios("monthSpeed", t("monthSpeed"), MONTH_SPEEDS, monthSpeedLabels());
    // Each language's name in its own script, and the legend in both: whoever opens this can read it.
    radios("language", "Language · 语言", LANGUAGES, LANGUAGE_NAMES);

    dialog.append(form, closeButton(close));
    first.focus();
  });
}

/** The glossary index: every term the story links, with its definition. */
export function showGlossary(parent: HTMLElement, restoreTo?: HTMLElement | null): Promise<void> {
  const sections =
    language() === "en"
      ? [...GLOSSARY]
          .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }))
          .map((e) => ({
            heading: e.term,
            paragraphs: [
              e.aliases?.length
                ? t("glossaryAlso", { definition: e.definition, aliases: e.aliases })
                : e.definition,
            ],
          }))
      : localGlossary()
          .sort((a, b) => a.name.localeCompare(b.name, language(), { sensitivity: "base" }))
          .map((e) => ({ heading: e.name, paragraphs: [e.definition] }));
  return showText(parent, t("glossary"), sections, "glossary", restoreTo);
}

/** The chapter's text so far, page by page (the backlog). */
export function showBacklog(
  parent: HTMLElement,
  pages: readonly BacklogPage[],
  restoreTo?: HTMLElement | null,
): Promise<void> {
  const sections = pages.map((page, i) => ({
    heading: t("backlogPage", { n: i + 1, current: i === pages.length - 1 }),
    paragraphs: page.lines.map((line) =>
      line.kind === "chosen" ? t("backlogChose", { text: line.text }) : line.text,
    ),
  }));
  return showText(
    parent,
    t("backlog"),
    sections.length > 0
      ? sections
      : [{ heading: t("backlogEmptyHeading"), paragraphs: [t("backlogEmpty")] }],
    "backlog",
    restoreTo,
  );
}

export type MenuAction = "resume" | "settings" | "glossary" | "backlog" | "quit";

/**
 * The in-game menu. Resolves with what the player picked ("resume" for Esc, Resume or a click
 * beside it). `quitLabel` says what leaving does to the run (saved, or not saved and why).
 */
export function showMenu(
  parent: HTMLElement,
  options: { quitLabel: string; focus?: MenuAction; restoreTo?: HTMLElement | null },
): Promise<MenuAction> {
  return new Promise((resolve) => {
    let picked: MenuAction = "resume";
    const { dialog, close } = openDialog(parent, t("menu"), () => resolve(picked), {
      id: "game-menu",
      className: "dialog-menu",
      backdrop: true,
      ...(options.restoreTo ? { restoreTo: options.restoreTo } : {}),
    });
    const list = document.createElement("div");
    list.className = "dialog-options";
    const items: [MenuAction, string][] = [
      ["resume", t("resume")],
      ["settings", t("settings")],
      ["glossary", t("glossary")],
      ["backlog", t("backlog")],
      ["quit", options.quitLabel],
    ];
    let focus: HTMLButtonElement | null = null;
    for (const [action, label] of items) {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.action = action;
      button.textContent = label;
      button.addEventListener("click", () => {
        picked = action;
        close();
      });
      list.append(button);
      if (action === (options.focus ?? "resume")) focus = button;
    }
    dialog.append(list);
    focus?.focus();
  });
}
