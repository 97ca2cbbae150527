import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import LZString from "lz-string";
import { clickControl, poll, tabTo, waitForScreen, watchProblems } from "./helpers";

/**
 * Nothing a player does is lost: saves that fail loudly, no silent overwrites,
 * keys that decide once, and links and files that are refused at no cost.
 */
const SAVE_KEY = "if-i-trained-gpt4:save";
const PREVIOUS_KEY = "if-i-trained-gpt4:previous";
const SCREENS = ["fleet", "designer", "data", "serving"];

async function start(page: Page, path = "./"): Promise<void> {
  await page.goto(path);
  await waitForScreen(page, "title");
}

/** Plays on (first choice, Continue, commit each screen as it opens) until `decisions` are made. */
async function playTo(page: Page, decisions: number): Promise<void> {
  await page.evaluate(
    async ({ target, screens }) => {
      const a = window.andy;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      while (a.decisions().length < target && a.waitingFor() !== "ending") {
        if (screens.includes(a.screen)) {
          a.commit();
          while (screens.includes(a.screen)) await frame();
        } else if (a.waitingFor() === "choice") a.choose(0);
        else if (a.waitingFor() === "page") a.continue();
        else {
          a.continue();
          while (!screens.includes(a.screen)) await frame();
        }
      }
    },
    { target: decisions, screens: SCREENS },
  );
}

/** Plays on until the story waits for a screen, without opening it. */
async function playToScreen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const a = window.andy;
    for (let i = 0; i < 500 && a.waitingFor() !== "screen"; i++) {
      if (a.waitingFor() === "choice") a.choose(0);
      else a.continue();
    }
  });
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test("when storage fills up mid-run the player is told at once, can export the run, and hears when saving works again", async ({
  page,
}) => {
  const problems = watchProblems(page);
  // The browser's storage starts refusing writes when the page says so (QuotaExceededError).
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as { __full?: boolean }).__full) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  await start(page);
  await page.evaluate(() => window.andy.newGame(41));
  await waitForScreen(page, "narrative");
  await playTo(page, 3);
  expect(await page.evaluate(() => window.andy.saving())).toMatchObject({ saving: true, kept: 3 });

  await page.evaluate(() => {
    (window as { __full?: boolean }).__full = true;
  });
  await playTo(page, 6);
  const status = page.locator("#status");
  await expect(status).toContainText("Your run is not being saved");
  await expect(status).toContainText("storage for the game is full");
  await expect(status).toContainText("holds your first 3 decisions");
  expect(await page.evaluate(() => window.andy.saving())).toMatchObject({ saving: false, kept: 3 });
  // The stored save is the good one from decision 3, untouched.
  expect(JSON.parse((await stored(page, SAVE_KEY)) ?? "{}").decisions).toHaveLength(3);

  // The warning's own button exports the whole run, decisions 4-6 included.
  const downloading = page.waitForEvent("download");
  await status.getByRole("button", { name: "Export save" }).click();
  const file = JSON.parse(readFileSync(await (await downloading).path(), "utf8"));
  expect(file.decisions).toEqual(await page.evaluate(() => window.andy.decisions()));

  // A new screen does not hide the warning while saving still fails.
  await playToScreen(page);
  await page.evaluate(() => window.andy.continue());
  await poll(() => page.evaluate((s) => s.includes(window.andy.screen), SCREENS)).toBe(true);
  await expect(status).toContainText("not being saved");
  await page.evaluate(() => window.andy.commit());
  await waitForScreen(page, "narrative");
  await expect(status).toContainText("not being saved");

  // Storage works again: the next decision is saved, with every one before it, and the player hears so.
  await page.evaluate(() => {
    (window as { __full?: boolean }).__full = false;
  });
  await page.evaluate(async (screens) => {
    const a = window.andy;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    if (a.waitingFor() === "choice") a.choose(0);
    else if (a.waitingFor() === "page") a.continue();
    else {
      a.continue();
      while (!screens.includes(a.screen)) await frame();
      a.commit();
    }
  }, SCREENS);
  await expect(status).toContainText("Saving works again");
  expect(JSON.parse((await stored(page, SAVE_KEY)) ?? "{}").decisions).toHaveLength(
    await page.evaluate(() => window.andy.decisions().length),
  );
  expect(problems).toEqual([]);
});

test("New game over an unfinished run asks first, Cancel keeps it, and the replaced run can be restored", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => window.andy.newGame(52));
  await playTo(page, 4);
  const mine = await page.evaluate(() => window.andy.decisions());
  const save = await stored(page, SAVE_KEY);
  await page.reload();
  await waitForScreen(page, "title");

  await clickControl(page, "new-game");
  const ask = page.locator("#confirm-replace");
  await expect(ask).toContainText("Replace your saved run?");
  await expect(ask).toContainText("4 decisions");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toHaveCount(0);
  expect(await page.evaluate(() => window.andy.screen)).toBe("title");
  expect(await stored(page, SAVE_KEY)).toBe(save);

  await clickControl(page, "new-game");
  await page.locator("#confirm-replace").getByRole("button", { name: "Start the new run" }).click();
  await waitForScreen(page, "narrative");
  expect(await page.evaluate(() => window.andy.decisions())).toEqual([]);
  expect(await stored(page, PREVIOUS_KEY)).toBe(save);

  await page.reload();
  await waitForScreen(page, "title");
  await clickControl(page, "restore-previous");
  await waitForScreen(page, "narrative");
  expect(await page.evaluate(() => window.andy.decisions())).toEqual(mine);
  await expect(page.locator("#status")).toContainText("Restored your previous run");
  expect(problems).toEqual([]);
});

test("Play from a chapter on a link card asks before replacing the visitor's run", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => window.andy.newGame(53));
  await playTo(page, 1000);
  await page.evaluate(() => window.andy.continue());
  await waitForScreen(page, "report");
  const code = (await page.evaluate(() => window.andy.report()))?.code ?? "";

  await page.evaluate(() => window.andy.newGame(54));
  await playTo(page, 2);
  const save = await stored(page, SAVE_KEY);
  await page.goto(`./#run=${code}`);
  await waitForScreen(page, "report");
  // Their run from its first chapter, as the visitor's own.
  const fromChapter = async () => {
    await clickControl(page, "play-from");
    await page.locator(".dialog-options button").first().click();
  };
  await fromChapter();
  const ask = page.locator("#confirm-replace");
  await expect(ask).toContainText("Replace your run in progress?");
  await expect(ask).toContainText("2 decisions");
  await ask.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate(() => window.andy.screen)).toBe("report");
  expect(await stored(page, SAVE_KEY)).toBe(save);
  await fromChapter();
  await ask.getByRole("button", { name: "Start the new run" }).click();
  await waitForScreen(page, "narrative");
  expect(await page.evaluate(() => window.andy.seed)).toBe(53);
  expect(await page.evaluate(() => window.andy.decisions())).toEqual([]);
  expect(await stored(page, PREVIOUS_KEY)).toBe(save);
  expect(problems).toEqual([]);
});

test("?screen=fleet explores on a run of its own: the save is never touched", async ({ page }) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => window.andy.newGame(55));
  await playTo(page, 3);
  const save = await stored(page, SAVE_KEY);

  await page.goto("./?screen=fleet");
  await waitForScreen(page, "fleet");
  await expect(page.locator("#status")).toContainText("nothing you do here is saved");
  await page.evaluate(() => window.andy.commit());
  await waitForScreen(page, "narrative");
  await page.evaluate(() => window.andy.choose(0));
  expect(await page.evaluate(() => window.andy.saving())).toMatchObject({ exploring: true });
  expect(await stored(page, SAVE_KEY)).toBe(save);
  expect(await stored(page, PREVIOUS_KEY)).toBeNull();
  expect(problems).toEqual([]);
});

test("Enter pressed twice to commit a screen commits once and picks no unread choice", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => window.andy.newGame(56));
  await waitForScreen(page, "narrative");
  for (const presses of [2, 5]) {
    await playToScreen(page);
    await page.evaluate(() => window.andy.continue());
    await poll(() => page.evaluate((s) => s.includes(window.andy.screen), SCREENS)).toBe(true);
    const before = await page.evaluate(() => window.andy.decisions());
    // The keyboard player's way: Tab to Commit, then Enter (pressed more than once).
    await tabTo(page, "commit");
    for (let i = 0; i < presses; i++) await page.keyboard.press("Enter");
    await waitForScreen(page, "narrative");
    // The press after: the next page is on screen (and its choices, if any, are focused as a list).
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await page.keyboard.press("Enter");
    // Every Enter has been handled once the narrative has painted its next page.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const after = await page.evaluate(() => window.andy.decisions());
    const added = after.slice(before.length).map((d) => d.kind);
    // One commit; the later Enters picked nothing (at most they turned a page).
    expect(added).toEqual(["commit"]);
  }
  expect(problems).toEqual([]);
});

test("a held Backspace rewinds one decision, and Redo brings it back", async ({ page }) => {
  const problems = watchProblems(page);
  await start(page);
  await page.evaluate(() => window.andy.newGame(57));
  await playTo(page, 8);
  await waitForScreen(page, "narrative");
  const made = await page.evaluate(() => window.andy.decisions());
  // Holding the key: one keydown, then auto-repeats (repeat: true), then keyup.
  for (let i = 0; i < 20; i++) await page.keyboard.down("Backspace");
  await page.keyboard.up("Backspace");
  await poll(() => page.evaluate(() => window.andy.decisions().length)).toBe(made.length - 1);
  await page.locator(".story-redo").click();
  await poll(() => page.evaluate(() => window.andy.decisions())).toEqual(made);
  await expect(page.locator(".story-redo")).toBeHidden();
  expect(problems).toEqual([]);
});

test("hostile links and files are refused before any work, in our own words", async ({ page }) => {
  const problems = watchProblems(page);
  await start(page);
  const pack = (data: unknown) =>
    `1.${LZString.compressToEncodedURIComponent(JSON.stringify(data))}`;
  const notice = "SECURITY NOTICE: your saved run was deleted. Restore it at evil.example/restore";
  const cases: Array<[string, RegExp]> = [
    // 2,000 month advances in under 2,000 characters: refused by count, nothing replayed.
    [pack([1, "", new Array(2000).fill(["a", 1, 1, 1])]), /holds 2,000 decisions/],
    [pack([1, "", new Array(100).fill(["a", 1, 1, 1])]), /advances the calendar 100 times/],
    // A few thousand characters that unpack to 800,000: stops at the cap.
    [pack("a".repeat(800_000)), /unpacks to more than 200,000 characters/],
    [pack([1, notice, []]), /its story build has characters/],
    [pack([1, "", [["d", 0, { name: notice.repeat(3) }]]]), /field name is too long/],
  ];
  for (const [code, message] of cases) {
    // A fresh page each time, so the work counted is this link's alone.
    await page.goto("about:blank");
    await page.goto(`./#run=${code}`);
    await waitForScreen(page, "title");
    const status = page.locator("#status");
    await expect(status).toContainText(message);
    await expect(status).not.toContainText("SECURITY");
    await expect(status).not.toContainText("evil.example");
    const work = await page.evaluate(() => window.andy.work());
    expect(work.decisionsReplayed).toBe(0);
    expect(work.unpackedChars).toBeLessThanOrEqual(200_000);
  }

  // After a bad link, a good link's card opens with no old message over it.
  await page.evaluate(() => window.andy.newGame(58));
  await playTo(page, 1000);
  await page.evaluate(() => window.andy.continue());
  await waitForScreen(page, "report");
  const good = (await page.evaluate(() => window.andy.report()))?.code ?? "";
  await page.goto(`./#run=${pack([1, notice, []])}`);
  await waitForScreen(page, "title");
  await expect(page.locator("#status")).toContainText("cannot be opened");
  await page.evaluate((c) => {
    location.hash = `#run=${c}`;
  }, good);
  await waitForScreen(page, "report");
  // The refusal is gone: the status line now welcomes the visitor to the run.
  expect(await page.evaluate(() => window.andy.status())).toBe(
    "Someone shared this run with you: this is their card. Your own save is untouched.",
  );

  // A save file of 2.4 million decisions: refused by count; the replay never starts.
  const huge = JSON.stringify({
    format: "if-i-trained-gpt4/save",
    version: 1,
    decisions: new Array(240_000).fill(0),
  });
  const replayed = (await page.evaluate(() => window.andy.work())).decisionsReplayed;
  expect(await page.evaluate((t) => window.andy.importSave(t), huge)).toBe(false);
  await expect(page.locator("#status")).toContainText("holds 240,000 decisions");
  expect((await page.evaluate(() => window.andy.work())).decisionsReplayed).toBe(replayed);
  expect(problems).toEqual([]);
});

test("a save file over the size limit is refused unread, with its size, not as empty", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  const choosing = page.waitForEvent("filechooser");
  await clickControl(page, "import-save");
  const chooser = await choosing;
  await chooser.setFiles({
    name: "huge.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(5_200_000, 0x20),
  });
  const status = page.locator("#status");
  await expect(status).toContainText("The save is 5.2 MB, larger than any save");
  await expect(status).not.toContainText("empty");
  expect(problems).toEqual([]);
});

test("at 320 x 480 the Sound button covers no button of any screen", async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 320, height: 480 });
  for (const screen of SCREENS) {
    await page.goto("about:blank");
    await page.goto(`./?screen=${screen}`);
    await waitForScreen(page, screen);
    const overlaps = await page.evaluate(() => {
      const mute = document.getElementById("mute")?.getBoundingClientRect();
      if (!mute) return ["no Sound button"];
      return window.andy
        .controls()
        .filter((c) => c.kind === "button")
        .filter(
          ({ bounds: b }) =>
            b.x < mute.right &&
            b.x + b.width > mute.left &&
            b.y < mute.bottom &&
            b.y + b.height > mute.top,
        )
        .map((c) => c.id);
    });
    expect(overlaps, screen).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test("Import save and Replay a chapter ask before replacing an unfinished run", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await start(page);
  // A finished run (for its chapters), a save file of another run, then a run in progress.
  await page.evaluate(() => window.andy.newGame(61));
  await playTo(page, 1000);
  await page.evaluate(() => window.andy.newGame(62));
  await playTo(page, 3);
  const file = await page.evaluate(() => localStorage.getItem("if-i-trained-gpt4:save"));
  await page.evaluate(() => window.andy.newGame(63));
  await playTo(page, 2);
  const save = await stored(page, SAVE_KEY);
  await page.goto("./");
  await waitForScreen(page, "title");

  const ask = page.locator("#confirm-replace");
  for (const answer of ["Cancel", "Start the new run"]) {
    const choosing = page.waitForEvent("filechooser");
    await clickControl(page, "import-save");
    await (await choosing).setFiles({
      name: "run.json",
      mimeType: "application/json",
      buffer: Buffer.from(file ?? ""),
    });
    await expect(ask).toContainText("2 decisions");
    await ask.getByRole("button", { name: answer }).click();
  }
  await waitForScreen(page, "narrative");
  expect(await page.evaluate(() => window.andy.seed)).toBe(62);
  expect(await stored(page, PREVIOUS_KEY)).toBe(save);

  await page.goto("./");
  await waitForScreen(page, "title");
  await clickControl(page, "replay-chapter");
  await page.locator(".dialog").getByRole("button", { name: "Chapter 1" }).click();
  await expect(ask).toContainText("3 decisions");
  await ask.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate(() => window.andy.screen)).toBe("title");
  expect(await stored(page, SAVE_KEY)).not.toBeNull();
  expect(JSON.parse((await stored(page, SAVE_KEY)) ?? "{}").seed).toBe(62);
  expect(problems).toEqual([]);
});
