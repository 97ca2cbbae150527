import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  monthsPerPress,
  parseSettings,
  withSetting,
} from "../../src/persist/settings";

describe("settings", () => {
  it("defaults: sound on at full volume, normal sizes, dark theme, whole pages, one month a press, motion as the system says, no language chosen", () => {
    expect(parseSettings(null)).toEqual({
      version: 2,
      muted: false,
      musicVolume: 1,
      effectsVolume: 1,
      textScale: 1,
      uiScale: 1,
      reducedMotion: null,
      theme: "dark",
      pacing: "page",
      monthSpeed: "1x",
      language: null,
    });
  });

  it("keeps the month speed, 1x, 2x or 5x: one, two or five months a press", () => {
    const stored = (monthSpeed: unknown) => JSON.stringify({ ...DEFAULT_SETTINGS, monthSpeed });
    expect(parseSettings(stored("5x")).monthSpeed).toBe("5x");
    expect(parseSettings(stored("3x")).monthSpeed).toBe("1x");
    expect(parseSettings(stored(5)).monthSpeed).toBe("1x");
    expect(withSetting(DEFAULT_SETTINGS, "monthSpeed", "2x").monthSpeed).toBe("2x");
    expect([monthsPerPress("1x"), monthsPerPress("2x"), monthsPerPress("5x")]).toEqual([1, 2, 5]);
  });

  it("keeps the language the player chose, and drops one this build does not have", () => {
    const stored = (language: unknown) => JSON.stringify({ ...DEFAULT_SETTINGS, language });
    expect(parseSettings(stored("zh-CN")).language).toBe("zh-CN");
    expect(parseSettings(stored("en")).language).toBe("en");
    expect(parseSettings(stored("fr")).language).toBeNull();
    // Settings written before there was a language keep everything else.
    const { language: _none, ...older } = { ...DEFAULT_SETTINGS, theme: "light" as const };
    expect(parseSettings(JSON.stringify(older))).toEqual({ ...DEFAULT_SETTINGS, theme: "light" });
  });

  it("reads back what was stored", () => {
    const stored = {
      version: 2,
      muted: true,
      musicVolume: 0.3,
      effectsVolume: 0.8,
      textScale: 1.5,
      uiScale: 1.25,
      reducedMotion: true,
      theme: "contrast",
      pacing: "line",
      monthSpeed: "2x",
      language: "zh-CN",
    };
    expect(parseSettings(JSON.stringify(stored))).toEqual(stored);
  });

  it("migrates version 1 (mute only): muted is kept, every new field takes its default", () => {
    expect(parseSettings(JSON.stringify({ version: 1, muted: true }))).toEqual({
      ...DEFAULT_SETTINGS,
      muted: true,
    });
    // Version 1 had no theme: a stray field in an old value is not read as one.
    expect(parseSettings('{"version":1,"muted":false,"theme":"light"}').theme).toBe("dark");
  });

  it("falls back to defaults for missing, corrupt or foreign data", () => {
    for (const raw of [null, "", "{", "[]", "null", "7", '"dark"', '{"version":1,"muted":"yes"}']) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it("falls back field by field: one bad field costs only itself", () => {
    const parsed = parseSettings(
      JSON.stringify({
        version: 2,
        muted: "no",
        musicVolume: "loud",
        effectsVolume: 0.4,
        textScale: null,
        theme: "sepia",
        pacing: "line",
        reducedMotion: 1,
      }),
    );
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, effectsVolume: 0.4, pacing: "line" });
    // A partial value (fields missing) keeps what it has.
    expect(parseSettings('{"version":2,"theme":"light"}')).toEqual({
      ...DEFAULT_SETTINGS,
      theme: "light",
    });
    // A newer version this build does not know: the fields it shares are kept.
    expect(parseSettings('{"version":9,"uiScale":1.2,"sparkles":true}')).toEqual({
      ...DEFAULT_SETTINGS,
      uiScale: 1.2,
    });
  });

  it("clamps numbers into range and refuses non-finite ones", () => {
    const parsed = parseSettings(
      '{"version":2,"musicVolume":3,"effectsVolume":-1,"textScale":9,"uiScale":0.1}',
    );
    // Ranges: volumes 0..1, text 0.8..2, UI 0.75..1.5.
    expect(parsed).toMatchObject({ musicVolume: 1, effectsVolume: 0, textScale: 2, uiScale: 0.75 });
    // JSON has no Infinity: 1e999 parses to it, and it is refused rather than clamped.
    expect(parseSettings('{"version":2,"textScale":1e999}').textScale).toBe(1);
  });

  it("withSetting validates one change and keeps the settings when it is bad", () => {
    const s = withSetting(DEFAULT_SETTINGS, "musicVolume", 0.25);
    expect(s.musicVolume).toBe(0.25);
    expect(withSetting(s, "theme", "neon")).toBe(s);
    expect(withSetting(s, "textScale", 5).textScale).toBe(2);
  });
});
