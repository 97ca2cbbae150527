/**
 * Player preferences, kept apart from saves so a bad save never resets them. Validated with
 * valibot like saves (src/persist/schema.ts), but forgiving in a way saves are not: each field is
 * read on its own, so one bad or missing field falls back to its default and the others are
 * kept, numbers out of range are clamped, and nothing here ever throws. Settings are not worth a
 * message to the player: defaults are a fine answer.
 */

import * as v from "valibot";
import { LANGUAGES, type Language } from "../i18n";
import { readStored, type Stored, writeKey } from "./storage";

export const THEMES = ["dark", "light", "contrast"] as const;
export type ThemeName = (typeof THEMES)[number];

/** "page": the whole page at once; "line": one paragraph per Continue (or click). */
export const PACINGS = ["page", "line"] as const;
export type Pacing = (typeof PACINGS)[number];

/**
 * How fast "Next month" on the Fleet moves the calendar: 1x one month per press, 2x two, 5x five
 * (each month still passes on its own and is logged as one, so a run replays the same).
 */
export const MONTH_SPEEDS = ["1x", "2x", "5x"] as const;
export type MonthSpeed = (typeof MONTH_SPEEDS)[number];

/** The months one "Next month" press moves at a speed. */
export function monthsPerPress(speed: MonthSpeed): number {
  return Number.parseInt(speed, 10);
}

/** Ranges of the scale settings (factors of the normal size). */
export const TEXT_SCALE = { min: 0.8, max: 2, step: 0.1 } as const;
export const UI_SCALE = { min: 0.75, max: 1.5, step: 0.05 } as const;

export interface Settings {
  version: 2;
  muted: boolean;
  /** Music and effects volumes, 0..1 (multiplied into the mix levels in src/audio/sound.ts). */
  musicVolume: number;
  effectsVolume: number;
  /** Factor on the DOM text (story, dialogs, status, menu, math tips). */
  textScale: number;
  /** Factor on the DOM chrome and dialogs (buttons, padding, widths). */
  uiScale: number;
  /** null: follow the system's prefers-reduced-motion; true/false: the player's choice. */
  reducedMotion: boolean | null;
  theme: ThemeName;
  pacing: Pacing;
  monthSpeed: MonthSpeed;
  /** The language the player chose (null: the one the page opens in: `?lang=`, else English). */
  language: Language | null;
}

const KEY = "if-i-trained-gpt4:settings";

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
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

/** A finite number, clamped into [min, max] (a value from another build's range still counts). */
const clamped = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.finite(),
    v.transform((x) => Math.min(max, Math.max(min, x))),
  );

/** One schema per field: each is checked alone, so one bad field costs only itself. */
const FIELDS = {
  muted: v.boolean(),
  musicVolume: clamped(0, 1),
  effectsVolume: clamped(0, 1),
  textScale: clamped(TEXT_SCALE.min, TEXT_SCALE.max),
  uiScale: clamped(UI_SCALE.min, UI_SCALE.max),
  reducedMotion: v.nullable(v.boolean()),
  theme: v.picklist(THEMES),
  pacing: v.picklist(PACINGS),
  monthSpeed: v.picklist(MONTH_SPEEDS),
  language: v.nullable(v.picklist(LANGUAGES)),
} satisfies { [K in Exclude<keyof Settings, "version">]: v.GenericSchema<unknown, Settings[K]> };

/**
 * Settings of version 1 held `muted` only; every other field takes its default. A version this
 * build does not know (a newer one) is read field by field too: what it shares with this one is kept.
 */
const V1 = v.object({ version: v.literal(1) });

/** Parses stored settings; anything unexpected falls back to the defaults, field by field. */
export function parseSettings(raw: string | null): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (!raw) return out;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return out;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return out;
  const record = data as Record<string, unknown>;
  const fields = v.is(V1, data) ? (["muted"] as const) : (Object.keys(FIELDS) as FieldName[]);
  for (const name of fields) {
    const parsed = v.safeParse(FIELDS[name], record[name]);
    if (parsed.success) (out as unknown as Record<string, unknown>)[name] = parsed.output;
  }
  return out;
}

type FieldName = keyof typeof FIELDS;

/** Settings with one change applied and validated (the dialog's inputs go through here). */
export function withSetting<K extends FieldName>(
  settings: Settings,
  name: K,
  value: unknown,
): Settings {
  const parsed = v.safeParse(FIELDS[name], value);
  return parsed.success ? { ...settings, [name]: parsed.output } : settings;
}

export function loadSettings(): Settings {
  return parseSettings(readStored(KEY));
}

/** Writes the settings; the caller says so when this fails (the setting still holds for this visit). */
export function saveSettings(settings: Settings): Stored<null> {
  return writeKey(KEY, JSON.stringify(settings));
}
