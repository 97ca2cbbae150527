/**
 * Where the game keeps its runs in localStorage, and the limits on what it reads back: constants
 * alone, so the title screen can look at the save slot (peek.ts) without the schemas and the sim
 * that validate a save in full (saves.ts, history.ts), which load behind the title.
 */

export const SAVE_FORMAT = "if-i-trained-gpt4/save";
export const SAVE_VERSION = 1;
export const SAVE_KEY = "if-i-trained-gpt4:save";
/** The unfinished run a new one replaced (one step back: "Restore previous run"). */
export const PREVIOUS_KEY = "if-i-trained-gpt4:previous";
export const QUARANTINE_PREFIX = "if-i-trained-gpt4:quarantine:";
/** Damaged saves kept aside at once; the oldest goes first. */
export const QUARANTINE_LIMIT = 3;
/** A damaged save larger than this is not copied (it would eat the quota the real save needs). */
export const QUARANTINE_MAX_CHARS = 200_000;
/** Damaged saves kept aside are dropped after this many days. */
export const QUARANTINE_DAYS = 30;
/**
 * Largest save or save file read. The longest of 600 autoplayed runs saved 11,949 characters
 * (54 decisions); MAX_DECISIONS of the largest decision (a Model Designer commit, about 1,100
 * characters in a save) stays under 500,000.
 */
export const MAX_SAVE_CHARS = 1_000_000;

export const HISTORY_KEY = "if-i-trained-gpt4:history";

/** The endings this browser has reached (endings.ts): kept apart from the history, which forgets. */
export const ENDINGS_KEY = "if-i-trained-gpt4:endings";

/** The story paragraphs this browser has shown, as hashes (seen.ts): "Skip read text" skips them. */
export const SEEN_KEY = "if-i-trained-gpt4:seen";
