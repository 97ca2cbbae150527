import { readStored, type Stored, writeKey } from "./storage";

/** Player preferences, kept apart from saves so a bad save never resets them. */
export interface Settings {
  version: 1;
  muted: boolean;
}

const KEY = "if-i-trained-gpt4:settings";
export const DEFAULT_SETTINGS: Settings = { version: 1, muted: false };

/** Parses stored settings; anything unexpected falls back to the defaults. */
export function parseSettings(raw: string | null): Settings {
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    const data: unknown = JSON.parse(raw);
    if (
      typeof data === "object" &&
      data !== null &&
      (data as { version?: unknown }).version === 1
    ) {
      const muted = (data as { muted?: unknown }).muted;
      return { version: 1, muted: typeof muted === "boolean" ? muted : DEFAULT_SETTINGS.muted };
    }
  } catch {
    // Corrupt settings are not worth a message: defaults are a fine answer.
  }
  return { ...DEFAULT_SETTINGS };
}

export function loadSettings(): Settings {
  return parseSettings(readStored(KEY));
}

/** Writes the settings; the caller says so when this fails (the setting still holds for this visit). */
export function saveSettings(settings: Settings): Stored<null> {
  return writeKey(KEY, JSON.stringify(settings));
}
