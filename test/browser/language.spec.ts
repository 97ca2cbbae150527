import { expect, type Page, test } from "@playwright/test";
import { clickControl, poll, waitForScreen, watchProblems } from "./helpers";

/** Chinese characters (CJK Unified Ideographs). */
const HAN = /[\u4e00-\u9fff]/;

test("?lang=zh-CN opens the game in Chinese: the page, the title, the story and a screen", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./?lang=zh-CN");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  expect(await page.title()).toBe("如果我训练了 GPT-4");
  // The title's buttons, as a screen reader and a keyboard find them (their HTML twins).
  await expect(page.getByRole("button", { name: "新游戏" })).toBeAttached();

  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  // Chapter 1's first page, in the Chinese telling, and its choices.
  await poll(() => page.evaluate(() => window.andy.text())).toContain("工牌刷到第三次才亮");
  const choices = await page.evaluate(() => window.andy.choices());
  expect(choices).toHaveLength(3);
  for (const c of choices) expect(c.text).toMatch(HAN);

  await page.goto("./?lang=zh-CN&screen=fleet&seed=1");
  await waitForScreen(page, "fleet");
  await expect(page.locator("h1").first()).toHaveText("集群");
  expect(await page.title()).toBe("集群（第 1 章） · 如果我训练了 GPT-4");
  const labels = (await page.evaluate(() => window.andy.readouts())).map((r) => r.label);
  expect(labels.length).toBeGreaterThan(5);
  for (const label of labels) expect(label).toMatch(HAN);
  expect(problems).toEqual([]);
});

test("English stays the default, and a run started in English continues in Chinese from Settings", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.evaluate(() => window.andy.newGame(5));
  await waitForScreen(page, "narrative");
  await poll(() => page.evaluate(() => window.andy.choices().length)).toBe(3);
  await page.evaluate(() => window.andy.choose(1));
  await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(1);
  const before = await page.evaluate(() => window.andy.decisions());
  await poll(() => page.evaluate(() => window.andy.text())).toContain("Dana");

  // Settings, from the menu: the language group names each language in its own script.
  await page.locator("#menu-button").click();
  await page.getByRole("button", { name: "Settings" }).click();
  await page.locator("#settings").getByLabel("简体中文").click();
  // The page opens again in Chinese; the saved run continues where it was.
  await page.waitForURL(/lang=zh-CN/);
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await clickControl(page, "continue");
  await waitForScreen(page, "narrative");
  const after = await page.evaluate(() => window.andy.decisions());
  expect(after.map((d) => (d.kind === "choice" ? d.index : d.kind))).toEqual(
    before.map((d) => (d.kind === "choice" ? d.index : d.kind)),
  );
  await poll(() => page.evaluate(() => window.andy.text())).toMatch(HAN);

  // The choice is kept: without ?lang= the game opens in Chinese; English brings it back.
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await clickControl(page, "settings");
  await page.locator("#settings").getByLabel("English").click();
  await page.waitForURL((url) => !url.search.includes("lang="));
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(problems).toEqual([]);
});

/** Every visible text of the page and the canvas, in one list (canvas texts via the hook). */
function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...window.andy.canvasText(),
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not hidden nodes
    ...document.body.innerText.split("\n"),
    ...window.andy.readouts().map((r) => r.text),
  ]);
}

/** English words a Chinese page may show: names, acronyms, units and identifiers. */
const KEPT_LATIN =
  /^(?:GPT|GPT-[\d.]+|Andy|Dana|Whitlock|Ruth|Castellanos|Marcus|Oyelaran|Henrik|Aalto|Suki|Tanaka|Mira|Murati|ANDY|NLP|RLHF|SFT|API|GPU|MoE|MFU|KV|MHA|GQA|MQA|MLP|SwiGLU|ZeRO|Top-k|d_model|t|p|dp|Codex|GitHub|Whisper|Chinchilla|DeepMind|Google|NVLink|FLOP|FLOPs|token|tokens|arXiv|Sci-Hub|Libgen|Z-Library|loss|epoch|batch|size|scaling|law|cache|key|value|checkpoint|benchmark|endpoint|Endpoint|demo|Demo|prompt|chat|PPT|Twitter|DALL-E|InstructGPT|FlashAttention|FlashAttention-2|LLaMA-2|A100|H100|ChatGPT|OpenAI|Turbo|Esc|Tab|Shift|int8|int4|fp16|bf16|bit|ms|GB|MB|KB|TB|s|k|x|e\d+|[\dA-Za-z]*\d[\dA-Za-z.]*|A|B|English|docstring|return|tensor|parallelism|Mixture-of-Experts|on-call|Multi-query|multi-query|attention|provenance_FINAL_v7|Continuous|batching|Speculative|decoding|Code|Interpreter|spike|scale|X)$/;

/**
 * The words of `lines` a Chinese page should not show: Latin words that are not kept names,
 * acronyms or units. A token with a digit is a number or an identifier ("4.32T", "e24", "A100"),
 * and a share code ("2.HM…", or a version 1 "1.NoZg…") is not prose.
 */
function englishWords(lines: readonly string[]): string[] {
  const words = new Set<string>();
  for (const line of lines) {
    const prose = line.replace(/\b\d\.[A-Za-z0-9+$-]{12,}…?/g, " ");
    for (const w of prose.match(/[A-Za-z0-9_.-]+/g) ?? [])
      if (/[A-Za-z]/.test(w) && !/\d/.test(w) && !KEPT_LATIN.test(w.replace(/[.-]+$/, "")))
        words.add(`${w} (in: ${line.slice(0, 80)})`);
  }
  return [...words];
}

test("a browser set to Chinese opens in Chinese; the title's language button switches and is kept", async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: "zh-CN",
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await expect(page.getByRole("button", { name: "新游戏" })).toBeAttached();
  // The title offers the other language by its own name; choosing it is kept over the browser's.
  // The page opens again (at the same address: no ?lang= for English).
  const reloaded = page.waitForEvent("load");
  await clickControl(page, "language");
  await reloaded;
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.goto("./");
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await clickControl(page, "language");
  await page.waitForURL(/lang=zh-CN/);
  await waitForScreen(page, "title");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  // Reloading the page into another language cuts the sound files still loading: not a fault.
  expect(problems.filter((p) => !/\/audio\/.*ERR_ABORTED/.test(p))).toEqual([]);
  await context.close();
});

test("a Chinese reader plays a whole run, its card and its link without meeting English prose", async ({
  page,
  browser,
}) => {
  const problems = watchProblems(page);
  await page.goto("./?lang=zh-CN");
  await waitForScreen(page, "title");
  const english = new Set<string>(englishWords(await shownText(page)));
  await page.evaluate(() => window.andy.newGame(3));
  await waitForScreen(page, "narrative");
  // Play as in share.spec's finishRun, reading every page, choice and screen on the way.
  const seen: string[] = await page.evaluate(async () => {
    const a = window.andy;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const screens = ["fleet", "designer", "data", "serving"];
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 600 && !ok(); i++) await frame();
      if (!ok()) throw new Error(`stuck on ${a.screen} waiting for ${a.waitingFor()}`);
    };
    const out: string[] = [];
    const read = () => {
      // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not hidden nodes
      out.push(...a.canvasText(), ...document.body.innerText.split("\n"));
      out.push(...a.readouts().map((r) => `${r.label} ${r.text}`));
    };
    for (let step = 0; step < 20_000; step++) {
      const waiting = a.waitingFor();
      if (waiting === "ending") break;
      if (screens.includes(a.screen)) {
        await frame();
        read();
        a.commit();
        await until(() => !screens.includes(a.screen));
      } else if (waiting === "choice") {
        await frame();
        read();
        a.choose(step % a.choices().length);
      } else if (waiting === "page") {
        read();
        a.continue();
      } else if (waiting === "screen") {
        a.continue();
        await until(() => screens.includes(a.screen));
      }
    }
    read();
    a.continue();
    await until(() => a.screen === "report");
    await frame();
    read();
    return out;
  });
  for (const w of englishWords(seen)) english.add(w);
  // The card once the decisions that moved the run are weighed, with what each would have changed.
  await poll(() => page.evaluate(() => window.andy.report()?.decisions ?? null)).not.toBeNull();
  const report = await page.evaluate(() => window.andy.report());
  if (!report) throw new Error("no report");
  for (const w of englishWords([
    report.title,
    ...report.numbers.flatMap((n) => [n.label, n.value, n.detail]),
    ...report.timeline.map((m) => m.label),
    ...(report.decisions ?? []).flatMap((d) => [d.label, d.effect]),
    ...(await shownText(page)),
  ]))
    english.add(w);
  // The history, where the finished run is listed.
  await page.evaluate(() => window.andy.showHistory());
  await waitForScreen(page, "history");
  for (const w of englishWords(await shownText(page))) english.add(w);
  expect([...english]).toEqual([]);

  // The run's link, opened by another Chinese reader: the same card, in Chinese.
  const other = await browser.newPage({ locale: "zh-CN" });
  await other.goto(report.link);
  await waitForScreen(other, "report");
  const shared = await other.evaluate(() => window.andy.report());
  expect(shared?.title).toBe(report.title);
  expect(shared?.numbers).toEqual(report.numbers);
  expect(englishWords(await shownText(other))).toEqual([]);
  await other.close();
  expect(problems).toEqual([]);
});
