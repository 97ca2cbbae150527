import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { poll, waitForScreen, watchProblems } from "./helpers";

/** Every file under dist/, relative to it. */
function distFiles(dir = join(process.cwd(), "dist"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? distFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

test("the build ships Ogg Vorbis and MP3 sound, and no WAV", () => {
  const files = distFiles();
  expect(files.filter((f) => f.toLowerCase().endsWith(".wav"))).toEqual([]);
  for (const bed of ["calm", "tense", "launch"]) {
    expect(files).toContain(`audio/music-${bed}.ogg`);
    expect(files).toContain(`audio/music-${bed}.mp3`);
  }
});

test("nothing loads before a gesture; then the music streams as Ogg, and a hidden tab fades it out", async ({
  page,
}) => {
  const problems = watchProblems(page);
  const audio: string[] = [];
  page.on("request", (req) => {
    if (/\.(ogg|mp3|wav|webm|opus)(\?|$)/.test(req.url())) audio.push(new URL(req.url()).pathname);
  });
  await page.goto("./");
  await waitForScreen(page, "title");
  await page.evaluate(() => window.andy.newGame(1));
  await waitForScreen(page, "narrative");
  // Chapter 1 asks for the calm bed, but no gesture has happened: nothing exists yet.
  expect(await page.evaluate(() => window.andy.sound())).toMatchObject({
    unlocked: false,
    wanted: "calm",
    playing: null,
  });
  expect(audio).toEqual([]);

  // A key press is a gesture (Shift does nothing else in the story).
  await page.keyboard.press("Shift");
  await poll(() => page.evaluate(() => window.andy.sound().playing), {
    message: "calm bed playing",
  }).toBe("calm");
  await poll(() => page.evaluate(() => window.andy.sound().musicVolume), {
    message: "faded in",
  }).toBeGreaterThan(0.2);
  expect(audio).toContain(new URL("audio/music-calm.ogg", page.url()).pathname);
  // Chromium plays Ogg, so howler never asks for the MP3 fallback; nothing is ever WAV.
  expect(audio.filter((u) => u.endsWith(".wav") || u.endsWith(".mp3"))).toEqual([]);

  // Hide the tab, as switching to another would.
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, "visibilityState", {
        configurable: true,
        get: () => (h ? "hidden" : "visible"),
      });
      Object.defineProperty(document, "hidden", { configurable: true, get: () => h });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);
  await poll(() => page.evaluate(() => window.andy.sound()), {
    message: "music rests in a hidden tab",
  }).toMatchObject({ hidden: true, musicVolume: 0, playing: null, wanted: "calm" });

  await setHidden(false);
  await poll(() => page.evaluate(() => window.andy.sound().playing), {
    message: "back when shown",
  }).toBe("calm");
  await poll(() => page.evaluate(() => window.andy.sound().musicVolume), {
    message: "faded back in",
  }).toBeGreaterThan(0.2);
  expect(problems).toEqual([]);
});
