import Phaser from "phaser";
import { SCENES } from "../game/app";
import { endingTitle } from "../game/endings";
import type { AppScreen } from "../game/ports";
import { type ComparedRow, compareNumbers, type TimelineEntry } from "../game/report";
import { sceneText as t } from "../i18n/messages/scenes";
import { formatShortMonth } from "../i18n/numbers";
import { compareRuns, type HistoryEntry } from "../persist/history";
import { drawBackdrop } from "../ui/Backdrop";
import { TEXT } from "../ui/theme";
import { appOf } from "./appOf";
import { adoptLayout } from "./layout";
import type { NamesItsScreen } from "./screenName";

/**
 * Run history: the last twenty finished runs, and two of them side by side
 * (where their decisions diverged, and every headline number). The table is
 * DOM (selectable, read by screen readers); every string goes in as text.
 */
export class History extends Phaser.Scene implements NamesItsScreen {
  readonly appScreen = (): AppScreen => "history";

  private panel: HTMLElement | null = null;

  constructor() {
    super(SCENES.history);
  }

  create(): void {
    const app = appOf(this);
    // Portrait or compact game sizes keep the canvas heading readable on a phone or zoomed in.
    const { layout } = adoptLayout(this);
    drawBackdrop(this, { dim: 0.8 });
    this.add.text(layout === "landscape" ? 40 : 20, 24, t("runHistory"), TEXT.heading());
    const runs = app.history();

    const panel = document.createElement("section");
    panel.className = "history-panel";
    panel.id = "history-panel";
    panel.setAttribute("aria-label", t("runHistory"));
    this.panel = panel;
    document.getElementById("overlay")?.append(panel);

    if (runs.length === 0) {
      const p = document.createElement("p");
      p.textContent = t("noRuns");
      panel.append(p);
    } else {
      this.build(panel, runs, (code) => app.openRunLink(code));
    }

    // DOM controls here (the selects need the browser's own Tab order), so no FocusManager.
    const back = document.createElement("button");
    back.type = "button";
    back.id = "history-back";
    back.textContent = t("backToTitle");
    back.addEventListener("click", () => app.toTitle());
    panel.prepend(back);
    back.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") app.toTitle();
    };
    document.addEventListener("keydown", onKey);
    this.events.once("shutdown", () => document.removeEventListener("keydown", onKey));
    this.events.once("shutdown", () => {
      this.panel?.remove();
      this.panel = null;
    });
  }

  private build(panel: HTMLElement, runs: HistoryEntry[], open: (code: string) => void): void {
    const label = (r: HistoryEntry, i: number) =>
      t("runOption", {
        n: String(i + 1),
        ending: endingTitle(r.ending).title,
        seed: String(r.seed),
        finished: r.finishedAt.slice(0, 16).replace("T", " "),
      });
    const pickers = document.createElement("div");
    pickers.className = "history-pickers";
    const select = (name: string, id: string, chosen: number) => {
      const wrap = document.createElement("label");
      wrap.textContent = `${name} `;
      const el = document.createElement("select");
      el.id = id;
      runs.forEach((r, i) => {
        const option = document.createElement("option");
        option.value = String(i);
        option.textContent = label(r, i);
        el.append(option);
      });
      el.value = String(chosen);
      wrap.append(el);
      pickers.append(wrap);
      return el;
    };
    const pickA = select(t("runA"), "history-a", Math.min(1, runs.length - 1));
    const pickB = select(t("runB"), "history-b", 0);
    const body = document.createElement("div");
    body.id = "history-compare";
    panel.append(pickers, body);

    const render = () => {
      const a = runs[Number(pickA.value)];
      const b = runs[Number(pickB.value)];
      if (!a || !b) return;
      body.replaceChildren(this.compare(a, b, open));
    };
    pickA.addEventListener("change", render);
    pickB.addEventListener("change", render);
    render();
  }

  private compare(a: HistoryEntry, b: HistoryEntry, open: (code: string) => void): HTMLElement {
    const root = document.createElement("div");
    const cell = (tag: "td" | "th", text: string, className?: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      if (className) el.className = className;
      return el;
    };
    const table = document.createElement("table");
    table.className = "history-numbers";
    const head = document.createElement("tr");
    // The corner cell heads nothing: a plain cell, not an empty header.
    head.append(cell("td", ""), cell("th", t("runA")), cell("th", t("runB")));
    table.append(head);
    // A number better in one run than in the other is coloured and says so in words (colour is
    // never the only sign: WCAG 1.4.1).
    const judged = (text: string, verdict: "better" | "worse" | null) => {
      const td = cell("td", text, verdict ? `num ${verdict}` : "num");
      if (verdict) {
        const word = document.createElement("span");
        word.className = "verdict";
        word.textContent = ` ${t(verdict === "better" ? "numberBetter" : "numberWorse")}`;
        td.append(word);
      }
      return td;
    };
    const row = (name: string, x: string, y: string, better: ComparedRow["better"] = null) => {
      const tr = document.createElement("tr");
      const side = (run: "a" | "b") =>
        better === run ? "better" : better === "a" || better === "b" ? "worse" : null;
      tr.append(cell("th", name), judged(x, side("a")), judged(y, side("b")));
      table.append(tr);
    };
    row(t("rowEnding"), endingTitle(a.ending).title, endingTitle(b.ending).title);
    row(t("rowSeed"), String(a.seed), String(b.seed));
    for (const r of compareNumbers(a.numbers, b.numbers)) row(r.label, r.a, r.b, r.better);
    row(t("rowDecisions"), String(a.timeline.length), String(b.timeline.length));

    const heading = document.createElement("h2");
    heading.textContent = t("whereDiverged");
    const c = compareRuns(a, b);
    const note = document.createElement("p");
    note.className = "diverged";
    note.textContent =
      c.divergedAt === -1 ? t("sameDecisions") : t("sharedDecisions", { n: c.shared });
    root.append(table, heading, note);
    if (c.divergedAt !== -1) {
      const choices = document.createElement("table");
      choices.className = "history-choices";
      const h = document.createElement("tr");
      h.append(cell("th", t("runA")), cell("th", t("runB")));
      choices.append(h);
      const text = (e?: TimelineEntry) => (e ? `${formatShortMonth(e.month)} · ${e.label}` : "—");
      for (let i = 0; i < Math.max(c.a.length, c.b.length); i++) {
        const tr = document.createElement("tr");
        tr.append(cell("td", text(c.a[i])), cell("td", text(c.b[i])));
        choices.append(tr);
      }
      root.append(choices);
    }
    const actions = document.createElement("p");
    for (const [name, entry] of [
      ["A", a],
      ["B", b],
    ] as const) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = t("openRunCard", { run: name });
      button.addEventListener("click", () => open(entry.code));
      actions.append(button, " ");
    }
    root.append(actions);
    return root;
  }
}
