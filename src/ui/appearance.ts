/**
 * The settings that change how the game looks and moves, applied to the page: the theme (canvas
 * COLORS and CSS variables from one palette), text size and UI scale (CSS variables the DOM text
 * and chrome read), and reduced motion. Scenes ask `motionReduced()` before they start a tween.
 */
import type { Settings } from "../persist/settings";
import { applyPalette, COLORS, cssVariables } from "./theme";

let motionChoice: boolean | null = null;

/** What the system asks for (prefers-reduced-motion), the default of the setting. */
export function systemReducesMotion(): boolean {
  return (
    typeof window !== "undefined" &&
    window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true
  );
}

/**
 * Whether animation should stay still (WCAG 2.3.3): the player's setting, or the system's
 * preference while the setting follows it. Every tween and smooth scroll asks this.
 */
export function motionReduced(): boolean {
  return motionChoice ?? systemReducesMotion();
}

/** Applies theme, sizes and motion to the page and to COLORS (the caller repaints the canvas). */
export function applyAppearance(settings: Settings): void {
  motionChoice = settings.reducedMotion;
  applyPalette(settings.theme);
  if (typeof document === "undefined") return;
  const root = document.documentElement;
  for (const [name, value] of Object.entries(cssVariables(COLORS))) {
    root.style.setProperty(name, value);
  }
  root.style.setProperty("--text-scale", String(settings.textScale));
  root.style.setProperty("--ui-scale", String(settings.uiScale));
  root.dataset.theme = settings.theme;
  root.dataset.motion = motionReduced() ? "reduce" : "full";
  // Form controls and scrollbars follow the theme.
  root.style.colorScheme = settings.theme === "light" ? "light" : "dark";
}
