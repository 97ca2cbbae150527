import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { focused, tabTo, waitForScreen, watchProblems } from "./helpers";

const SCREENS = ["fleet", "designer", "data", "serving"];

/** axe-core on the page as it is: no serious or critical violation (WCAG 2.x A and AA rules). */
async function audit(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  expect(bad).toEqual([]);
}

test("every screen has its controls as named HTML elements, and axe finds nothing serious", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("If I Trained GPT-4");
  await expect(page.getByRole("button", { name: "New game" })).toBeVisible();
  await audit(page, "title");

  await page.evaluate(() => window.andy.newGame(7));
  await waitForScreen(page, "narrative");
  await audit(page, "narrative");

  for (const screen of SCREENS) {
    await page.evaluate((s) => window.andy.openScreen(s as "fleet"), screen);
    await waitForScreen(page, screen);
    const controls = await page.evaluate(() => window.andy.controls());
    // Every canvas control has a twin with the control's name and value, read in one go from the
    // page: sliders are range inputs, steppers spinbuttons, choices radio groups with one checked.
    const mismatches = await page.evaluate(
      (list) => {
        const out: string[] = [];
        for (const c of list) {
          const twin = document.querySelectorAll(`[data-control="${c.id}"]`);
          if (twin.length !== 1) {
            out.push(`${c.id}: ${twin.length} twins`);
            continue;
          }
          const box = twin[0] as HTMLElement;
          if (c.kind === "slider") {
            const input = box.querySelector('input[type="range"]') as HTMLInputElement | null;
            const label = input?.labels?.[0]?.textContent;
            if (!input || input.min !== String(c.min) || input.max !== String(c.max))
              out.push(`${c.id}: range ${input?.min}..${input?.max}`);
            else if (input.value !== String(c.value)) out.push(`${c.id}: value ${input.value}`);
            if (label !== c.label) out.push(`${c.id}: label ${label}`);
          } else if (c.kind === "stepper") {
            const spin = box.querySelector('[role="spinbutton"]');
            if (spin?.getAttribute("aria-valuenow") !== String(c.value))
              out.push(`${c.id}: spinbutton ${spin?.getAttribute("aria-valuenow")}`);
            if (spin?.getAttribute("aria-label") !== c.label) out.push(`${c.id}: no name`);
          } else if (c.kind === "choice" || c.kind === "toggle") {
            const checked = box.querySelectorAll('input[type="radio"]:checked');
            if (box.getAttribute("role") !== "radiogroup" || checked.length !== 1)
              out.push(`${c.id}: radio group with ${checked.length} checked`);
            else if ((checked[0] as HTMLInputElement).value !== String(c.value))
              out.push(`${c.id}: checked ${(checked[0] as HTMLInputElement).value}`);
          } else if (c.kind === "button") {
            if (box.tagName !== "BUTTON" || !box.textContent)
              out.push(`${c.id}: not a named button`);
          }
        }
        return out;
      },
      controls.filter((c) => c.enabled),
    );
    expect(mismatches, screen).toEqual([]);
    // Each readout that explains itself reads its number, and its math as the description.
    const readouts = await page.evaluate(() => window.andy.readouts());
    const explained = controls.find((c) => c.kind === "readout" && c.enabled);
    if (explained) {
      const shown = readouts.find((r) => r.key === explained.id);
      const twin = page.locator(`[data-control="${explained.id}"]`);
      await expect(twin).toContainText(`${explained.label}: ${shown?.text ?? ""}`);
      await twin.focus();
      const description = await twin.evaluate((el) => {
        const id = el.getAttribute("aria-describedby");
        return id ? (document.getElementById(id)?.textContent ?? "") : "";
      });
      expect(description, `${screen}: ${explained.id} math`).toMatch(/Source: \S/);
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await audit(page, screen);
    await page.keyboard.press("Escape");
    await waitForScreen(page, "narrative");
  }

  await page.evaluate(() => window.andy.showHistory());
  await waitForScreen(page, "history");
  await audit(page, "history");
  expect(problems).toEqual([]);
});

test("a chart's numbers are in a table a screen reader can read", async ({ page }) => {
  await page.goto("./?screen=designer&seed=2");
  await waitForScreen(page, "designer");
  const tables = page.locator(".dom-controls table");
  expect(await tables.count()).toBeGreaterThan(0);
  const first = tables.first();
  // A caption, a header row naming the x axis and each line, and rows of numbers.
  await expect(first.locator("caption")).not.toBeEmpty();
  expect(await first.locator("thead th").count()).toBeGreaterThan(1);
  expect(await first.locator("tbody tr").count()).toBeGreaterThan(1);
  await expect(first.locator("tbody td").first()).toHaveText(/\d/);
});

test("the keyboard alone: Tab reaches a slider, arrows move it, Enter on it does not commit, Sound is reachable", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./?screen=fleet&seed=2");
  await waitForScreen(page, "fleet");
  await tabTo(page, "fleet.training");
  const before = (await page.evaluate(() => window.andy.controls())).find(
    (c) => c.id === "fleet.training",
  );
  await page.keyboard.press("ArrowRight");
  const after = (await page.evaluate(() => window.andy.controls())).find(
    (c) => c.id === "fleet.training",
  );
  // One arrow is one step of the slider, as dragging by one step would be.
  expect((after?.value ?? 0) - (before?.value ?? 0)).toBe(before?.step);
  expect(after?.focused).toBe(true);
  const slider = page.getByRole("slider", { name: before?.label ?? "" });
  await expect(slider).toHaveValue(String(after?.value));
  await expect(slider).toHaveAttribute("aria-valuetext", /\d/);
  // Enter on a slider is not a commit: the screen stays open.
  await page.keyboard.press("Enter");
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  expect(await page.evaluate(() => window.andy.screen)).toBe("fleet");
  // The Tab order follows the screen: the footer's Commit is the last control; after it come
  // the page's own buttons (the status line's Dismiss, here) and the Sound button in the corner.
  await tabTo(page, "commit");
  const stops: string[] = [];
  for (let i = 0; i < 4 && !stops.some((f) => f.includes("Sound")); i++) {
    await page.keyboard.press("Tab");
    stops.push(await focused(page));
  }
  expect(stops.at(-1)).toContain("Sound");
  expect(stops.every((f) => f.startsWith("BUTTON:"))).toBe(true);
  // Ctrl+Enter commits from anywhere on the screen.
  await tabTo(page, "fleet.training");
  await page.keyboard.press("Control+Enter");
  await waitForScreen(page, "narrative");
  expect(problems).toEqual([]);
});

test("a whole run with the keyboard alone, through the HTML controls", async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  await tabTo(page, "new-game");
  await page.keyboard.press("Enter");
  await waitForScreen(page, "narrative");
  let screens = 0;
  for (let step = 0; step < 5000; step++) {
    // Where the keyboard is, once the page is ready for a key: the story panel's choice list
    // (painted), its Continue or a choice, or a management screen's control twin.
    const handle = await page.waitForFunction(() => {
      const a = window.andy;
      if (a.screen === "report") return { where: "report", before: "" };
      const active = document.activeElement as HTMLElement | null;
      const before = `${a.decisions().length}|${a.screen}|${a.text()}`;
      if (["fleet", "designer", "data", "serving"].includes(a.screen)) {
        const twin = active?.closest("[data-control]") as HTMLElement | null;
        return twin ? { where: "screen", before, id: twin.dataset.control ?? "" } : false;
      }
      if (!active?.closest("#story-panel")) return false;
      if (active.tagName === "OL") {
        return active.getAttribute("data-ready") === "true" ? { where: "list", before } : false;
      }
      return active.tagName === "BUTTON" ? { where: "button", before } : false;
    });
    const at = (await handle.jsonValue()) as { where: string; before: string; id?: string };
    if (at.where === "report") break;
    if (at.where === "screen") {
      await tabTo(page, "commit");
      await page.keyboard.press("Enter");
      screens += 1;
    } else {
      if (at.where === "list") await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
    }
    // The key did something: a decision, a new page, another screen.
    await page.waitForFunction(
      (b) => `${window.andy.decisions().length}|${window.andy.screen}|${window.andy.text()}` !== b,
      at.before,
    );
  }
  await waitForScreen(page, "report");
  expect(screens).toBeGreaterThan(3);
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await audit(page, "report");
  expect(problems).toEqual([]);
});
