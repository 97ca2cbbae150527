import type Phaser from "phaser";
import { GAME_HEIGHT, GAME_WIDTH, PORTRAIT_HEIGHT, PORTRAIT_WIDTH } from "../ui/theme";

/**
 * The game sizes the title, report and history screens lay out for.
 *
 * The canvas is fitted into the window (Phaser.Scale.FIT), so one game pixel is
 * `min(window / game size)` CSS pixels. At 1280 x 720 in a 640 x 360 CSS window (200% zoom
 * of a 1280 x 720 browser) that is 0.5: a 16 px note shows at 8 CSS px and a 48 px button at
 * 24. "compact" is a smaller game of the same 16:9 shape for such windows, so the same text
 * shows at 0.75 CSS px per game pixel (16 px at 12 CSS px); "portrait" is the management
 * screens' phone size (at 390 x 844, 0.81 CSS px per game pixel).
 */
export type Layout = "landscape" | "compact" | "portrait";

export const LAYOUT_SIZES: Record<Layout, { width: number; height: number }> = {
  landscape: { width: GAME_WIDTH, height: GAME_HEIGHT },
  compact: { width: 852, height: 480 },
  portrait: { width: PORTRAIT_WIDTH, height: PORTRAIT_HEIGHT },
};

/**
 * Below this many CSS pixels per game pixel the landscape layout is too small to read
 * ([game]: 16 px notes must show at 12 CSS px or more, WCAG 2.2's 24 px targets need 32 px
 * buttons at most); the compact layout takes over.
 */
const LANDSCAPE_MIN_SCALE = 0.75;

export function layoutFor(cssWidth: number, cssHeight: number): Layout {
  if (cssHeight > cssWidth) return "portrait";
  const scale = Math.min(cssWidth / GAME_WIDTH, cssHeight / GAME_HEIGHT);
  return scale < LANDSCAPE_MIN_SCALE ? "compact" : "landscape";
}

/**
 * Sets the game size for the window's layout, rebuilds the scene when a resize or an
 * orientation change calls for another one (the scene's state lives in the App, so a restart
 * keeps it), and gives the story scenes back their 1280 x 720 when the scene ends.
 */
export function adoptLayout(scene: Phaser.Scene): {
  layout: Layout;
  width: number;
  height: number;
} {
  const current = () =>
    typeof window === "undefined" ? "landscape" : layoutFor(window.innerWidth, window.innerHeight);
  const layout = current();
  const { width, height } = LAYOUT_SIZES[layout];
  const size = scene.scale.gameSize;
  if (size.width !== width || size.height !== height) scene.scale.setGameSize(width, height);
  scene.cameras.main.setSize(width, height);

  const onResize = () => {
    if (current() !== layout) scene.scene.restart();
  };
  window.addEventListener("resize", onResize);
  scene.events.once("shutdown", () => {
    window.removeEventListener("resize", onResize);
    const s = scene.scale.gameSize;
    if (s.width !== GAME_WIDTH || s.height !== GAME_HEIGHT) {
      scene.scale.setGameSize(GAME_WIDTH, GAME_HEIGHT);
    }
  });
  return { layout, width, height };
}

/**
 * Game pixels at the bottom of the screen left free for the DOM chrome bar (Sound, Menu) in
 * the bottom-right corner: its box mapped into game pixels (the canvas is fitted and centred
 * in #stage), plus a margin; 0 when it lies outside the canvas.
 */
export function chromeBand(width: number, height: number): number {
  if (typeof document === "undefined") return 0;
  const bar = (
    document.getElementById("chrome") ?? document.getElementById("mute")
  )?.getBoundingClientRect();
  const stage = document.getElementById("stage")?.getBoundingClientRect();
  if (!bar || !stage || bar.width === 0 || stage.width === 0) return 0;
  const scale = Math.min(stage.width / width, stage.height / height);
  const top = stage.top + (stage.height - height * scale) / 2;
  const barTop = (bar.top - top) / scale;
  return Math.max(0, height - barTop + 8);
}
