import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  clickControl,
  focused,
  frames,
  poll,
  tabTo,
  waitForScreen,
  watchProblems,
} from "./helpers";

const KEYS = ["if-i-trained-gpt4:save", "if-i-trained-gpt4:history", "if-i-trained-gpt4:previous"];

/** What the player's storage holds for the save, the previous run and the history. */
function slot(page: Page) {
  return page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), KEYS);
}

/** The comparison's cells for one design, as displayed. */
function column(page: Page, side: "a" | "b") {
  return page.evaluate(
    (prefix) =>
      window.andy
        .readouts()
        .filter((r) => r.key.startsWith(prefix))
        .map((r) => `${r.key}=${r.text}`),
    `lab.${side}.`,
  );
}

const readout = (page: Page, key: string) =>
  page.evaluate((k) => window.andy.readouts().find((r) => r.key === k)?.text ?? null, key);

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

test("the Lab from the title: a preset, a screen edited and committed, its link reproduces the design in a fresh browser", async ({
  page,
  browser,
  context,
}) => {
  const problems = watchProblems(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // A run in progress in the save slot, which the Lab must leave exactly as it is.
  await page.goto("./");
  await waitForScreen(page, "title");
  await page.evaluate(() => window.andy.newGame(77));
  await waitForScreen(page, "narrative");
  await page.evaluate(() => window.andy.choose(0));
  await page.goto("./");
  await waitForScreen(page, "title");
  const before = await slot(page);
  expect(before[0]).not.toBeNull();

  await clickControl(page, "lab");
  await waitForScreen(page, "lab");
  expect(await page.evaluate(() => window.andy.mode)).toBe("lab");
  expect(await page.title()).toBe("Lab · If I Trained GPT-4");
  // The Lab opens on the source's GPT-4 (A) against Chinchilla 70B (B).
  expect(await readout(page, "lab.a.plan.training.total_params")).toBe("1,831B");
  expect(await readout(page, "lab.b.plan.training.total_params")).toBe("70.1B");
  await page.screenshot({ path: "/tmp/lab-hub.png" });

  await clickControl(page, "lab.preset.llama2_70b");
  await poll(() => readout(page, "lab.a.plan.training.total_params")).toBe("68.7B");
  expect(await page.evaluate(() => window.andy.lab()?.designs.A.month)).toBe("2023-07");

  // The Model Designer on design A: the Lab's line instead of the story's hint, then Commit.
  await page.evaluate(() => window.andy.press("lab.open.designer"));
  await waitForScreen(page, "designer");
  expect(await page.title()).toBe("Model Designer — Lab · If I Trained GPT-4");
  expect(await page.evaluate(() => window.andy.hint())).toMatch(/^Design A\. Lab: Commit writes/);
  expect(await readout(page, "plan.training.total_params")).toBe("68.7B");
  await page.evaluate(() => window.andy.set("designer.layers", 40));
  // 40 · (2·8192² + 2·8192·1024 + 3·8192·28672) + 32000·8192 = 34.49B
  await poll(() => readout(page, "plan.training.total_params")).toBe("34.5B");
  await page.evaluate(() => window.andy.commit());
  await waitForScreen(page, "lab");
  await poll(() => readout(page, "lab.a.plan.training.total_params")).toBe("34.5B");

  // Cancel leaves the design as it was.
  await page.evaluate(() => window.andy.press("lab.open.serving"));
  await waitForScreen(page, "serving");
  await page.evaluate(() => window.andy.press("serving.precision"));
  await page.evaluate(() => window.andy.press("cancel"));
  await waitForScreen(page, "lab");
  expect(await readout(page, "lab.a.plan.training.total_params")).toBe("34.5B");

  await page.evaluate(() => window.andy.press("lab.copy-link"));
  await poll(() => page.evaluate(() => window.andy.status())).toMatch(/^Copied the link/);
  const link = await page.evaluate(() => window.andy.labLink());
  expect(link).toMatch(/#lab=1\./);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const shown = await column(page, "a");
  expect(shown).toHaveLength(16);

  // Design B as a copy of A, then the comparison with another preset on B.
  await page.evaluate(() => window.andy.press("lab.copy-a-to-b"));
  await page.evaluate(() => window.andy.press("lab.slot"));
  await poll(() => page.evaluate(() => window.andy.lab()?.active)).toBe("B");
  await page.evaluate(() => window.andy.press("lab.preset.mixtral8x7b"));
  await poll(() => readout(page, "lab.b.plan.training.active_params")).toBe("12.7B");
  expect(await column(page, "a")).toEqual(shown);
  await page.screenshot({ path: "/tmp/lab-compare.png" });

  await page.evaluate(() => window.andy.press("lab.title"));
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => window.andy.mode)).toBe("story");
  expect(await page.evaluate(() => location.hash)).toBe("");
  expect(await slot(page)).toEqual(before);

  // Another browser, nothing stored: the link opens the same design in the Lab.
  const other = await freshPage(browser);
  await other.goto(link ?? "");
  await waitForScreen(other, "lab");
  expect(await other.evaluate(() => window.andy.mode)).toBe("lab");
  expect(await other.evaluate(() => window.andy.labLink())).toBe(link);
  expect(await column(other, "a")).toEqual(shown);
  expect(await other.evaluate(() => window.andy.lab()?.designs.A.name)).toBe("Llama 2 70B");
  expect(await slot(other)).toEqual([null, null, null]);
  await other.context().close();
  expect(problems).toEqual([]);
});

test("a bad #lab= code is explained and the title shown; the save slot is untouched", async ({
  page,
}) => {
  await page.goto("./#lab=9.N4IgLgTg");
  await waitForScreen(page, "title");
  await poll(() => page.evaluate(() => window.andy.status())).toBe(
    "This lab link cannot be opened. This lab code has version 9, which this version of the game does not know (it reads version 1).",
  );
  expect(await page.evaluate(() => window.andy.mode)).toBe("story");
  expect(await page.evaluate(() => location.hash)).toBe("");
  await page.goto("./#lab=1.garbage!!");
  await waitForScreen(page, "title");
  await poll(() => page.evaluate(() => window.andy.status())).toMatch(
    /^This lab link cannot be opened\. This is not a lab code/,
  );
  expect(await slot(page)).toEqual([null, null, null]);
});

test("?lab opens the Lab; on the Fleet, Next month moves the design's month and Esc cancels", async ({
  page,
}) => {
  await page.goto("./?lab");
  await waitForScreen(page, "lab");
  expect(await page.evaluate(() => window.andy.lab()?.designs.A.month)).toBe("2022-07");
  await page.evaluate(() => window.andy.press("lab.open.fleet"));
  await waitForScreen(page, "fleet");
  expect(await page.evaluate(() => window.andy.hint())).toMatch(/Next month moves the design/);
  await page.evaluate(() => window.andy.press("advance"));
  await poll(() => page.evaluate(() => window.andy.lab()?.designs.A.month)).toBe("2022-08");
  // The design moves at once; the Fleet reopens on the new month at the game's next step, and a
  // key pressed before that screen exists is not meant for it (FocusManager.onKey).
  await frames(page);
  await page.keyboard.press("Escape");
  await waitForScreen(page, "lab");
  expect(await page.evaluate(() => window.andy.lab()?.designs.A.month)).toBe("2022-08");
  // The month stepper, as a keyboard player uses it: back to September 2021's 10,000 GPUs, where
  // the split keeps its shares and the same plan runs on under a third of the GPUs.
  const gpus = async () =>
    Number((await readout(page, "lab.a.plan.training.gpus_used"))?.replace(/\D/g, ""));
  const later = await gpus();
  await page.evaluate(() => window.andy.set("lab.month", 0));
  await poll(() => page.evaluate(() => window.andy.lab()?.designs.A.month)).toBe("2021-09");
  await poll(gpus).toBeLessThan(10_000);
  expect(later).toBeGreaterThan(25_000);
});

test("the Lab in phone portrait: one panel at a time, both reachable", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("./?lab");
  await waitForScreen(page, "lab");
  await page.screenshot({ path: "/tmp/lab-portrait-design.png" });
  await clickControl(page, "lab.open.designer");
  await waitForScreen(page, "designer");
  await page.evaluate(() => window.andy.press("cancel"));
  await waitForScreen(page, "lab");
  await page.evaluate(() => window.andy.set("lab.view", 1));
  await poll(() => readout(page, "lab.b.plan.training.total_params")).toBe("70.1B");
  await page.screenshot({ path: "/tmp/lab-portrait-compare.png" });
  await context.close();
});

test("the Lab hub by keyboard and screen reader: named HTML twins, the figures in the summary, axe finds nothing serious", async ({
  page,
}) => {
  await page.goto("./?lab");
  await waitForScreen(page, "lab");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Lab");
  await expect(page.getByRole("button", { name: "Copy link to A" })).toBeAttached();
  await expect(page.locator("#screen-summary")).toContainText(
    "Parameters (total): A 1,831B, B 70.1B",
  );
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id),
  ).toEqual([]);
  // Tab to a preset and press Enter, as a keyboard player would; the focus stays on it.
  await tabTo(page, "lab.preset.gpt3");
  await page.keyboard.press("Enter");
  await poll(() => readout(page, "lab.a.plan.training.total_params")).toBe("175B");
  await poll(() => focused(page)).toBe("lab.preset.gpt3");
  // Esc leaves the Lab for the title.
  await page.keyboard.press("Escape");
  await waitForScreen(page, "title");
});
