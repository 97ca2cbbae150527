import Phaser from "phaser";
import { motionReduced } from "./appearance";
import { skipStillFrames } from "./stillFrames";
import { COLORS } from "./theme";

/**
 * The lab at night: rows of GPU racks whose status lights blink at random
 * (the scene's own RNG, seeded, so screenshots stay stable), over a faint grid.
 *
 * The picture is dimmed toward the background (`dim`) so text stays readable. The dimming is
 * mixed into the colours as they are drawn, not laid over the screen as a second full-screen
 * layer: on a software rasteriser every full-screen layer costs several milliseconds a frame.
 *
 * The grid and racks stay a Graphics object, drawn live: baked into one screen-sized texture
 * instead (tried for issue 15), the picture cost SwiftShader about 55 ms more CPU a frame, since
 * every pixel of a textured quad is sampled where flat triangles only blend. The lights change
 * four times a second (see `blink`), and the frames between are not drawn at all.
 */
export function drawBackdrop(
  scene: Phaser.Scene,
  options: { seed?: number; dim?: number } = {},
): void {
  const rng = new Phaser.Math.RandomDataGenerator([String(options.seed ?? 2021)]);
  // With reduced motion asked for (WCAG 2.3.3: the setting, or the system's preference), the
  // lights stay lit and still.
  const calm = motionReduced();
  const dim = options.dim ?? 0.55;
  // The scene's game size: 1280 x 720, or a phone's portrait or a zoomed window's compact one.
  const { width: GAME_WIDTH, height: GAME_HEIGHT } = scene.scale.gameSize;
  const { Interpolate, ValueToColor } = Phaser.Display.Color;
  const background = ValueToColor(COLORS.background);
  const toBackground = (color: number) =>
    Interpolate.ColorWithColor(ValueToColor(color), background, 1, dim).color;
  // The camera clears to the background colour, so the backdrop draws no full-screen fill.
  const g = scene.add.graphics();
  const blinking: Blink[] = [];
  g.lineStyle(1, toBackground(COLORS.line), 0.25);
  for (let x = 0; x <= GAME_WIDTH; x += 40) g.lineBetween(x, 0, x, GAME_HEIGHT);
  for (let y = 0; y <= GAME_HEIGHT; y += 40) g.lineBetween(0, y, GAME_WIDTH, y);

  const rackWidth = 70;
  const gap = 26;
  const racks = Math.floor(GAME_WIDTH / (rackWidth + gap));
  const top = GAME_HEIGHT - 300;
  for (let r = 0; r < racks; r++) {
    const x = 20 + r * (rackWidth + gap);
    g.fillStyle(toBackground(COLORS.surface), 1).fillRect(x, top, rackWidth, 280);
    g.lineStyle(1, toBackground(COLORS.line), 1).strokeRect(x, top, rackWidth, 280);
    for (let slot = 0; slot < 8; slot++) {
      const y = top + 12 + slot * 33;
      g.fillStyle(toBackground(COLORS.surfaceRaised), 1).fillRect(x + 6, y, rackWidth - 12, 26);
      for (let led = 0; led < 4; led++) {
        const light = scene.add.image(x + 14 + led * 12, y + 13, "led");
        light.setTint(rng.pick([COLORS.accent, COLORS.accent, COLORS.good, COLORS.serving]));
        // A light under a veil of opacity `dim` shows (1 − dim) of its own opacity.
        light.setAlpha((calm ? 0.5 : 0.25) * (1 - dim));
        if (calm) continue;
        blinking.push({ light, duration: rng.between(400, 1800), delay: rng.between(0, 2000) });
      }
    }
  }
  // A veil over the top half only, darker toward the top edge, where the titles sit.
  const veil = scene.add.graphics();
  for (let i = 0; i < 12; i++) {
    veil.fillStyle(COLORS.background, dim * (1 - i / 12));
    veil.fillRect(0, i * 30, GAME_WIDTH, 30);
  }
  if (blinking.length > 0) blink(scene, blinking, 0.15 * (1 - dim), 0.9 * (1 - dim));
  // Between two steps of the lights nothing on the screen changes: those frames are not drawn.
  skipStillFrames(scene.game);
}

interface Blink {
  light: Phaser.GameObjects.Image;
  /** How long the light stays lit, and then dark (ms). */
  duration: number;
  /** Where in its rhythm the light starts (ms). */
  delay: number;
}

const BLINKING = new WeakMap<Phaser.Scene, number>();

/** How many of the scene's backdrop lights are blinking (none under reduced motion). */
export function blinkingLights(scene: Phaser.Scene): number {
  return BLINKING.get(scene) ?? 0;
}

/**
 * How often the lights change on screen: four times a second. A rack's status lights blink on
 * and off rather than fade, so a step this coarse reads as they do; and every step is a frame
 * drawn. On a software rasteriser a drawn frame of the story view costs 20-40 ms of CPU, most of
 * it the compositor reading the canvas back (Chromium without a GPU): fading at 15 steps a
 * second kept a third of a core busy while the player read, and the browser tests 15% slower.
 */
const BLINK_STEP_MS = 250;

/**
 * Makes the lights blink: each light is lit for its `duration`, dark for as long, from its own
 * `delay`, on a clock that ticks every BLINK_STEP_MS. One timer for all the lights (no tween per
 * light), and the frames between ticks change nothing on screen, so skipStillFrames leaves them
 * undrawn.
 */
function blink(scene: Phaser.Scene, lights: readonly Blink[], low: number, high: number): void {
  BLINKING.set(scene, lights.length);
  scene.events.once("shutdown", () => BLINKING.delete(scene));
  let elapsed = 0;
  const show = () => {
    for (const { light, duration, delay } of lights) {
      const lit = Math.floor((elapsed + delay) / duration) % 2 === 0;
      const alpha = lit ? high : low;
      if (light.alpha !== alpha) light.setAlpha(alpha);
    }
  };
  show();
  scene.time.addEvent({
    delay: BLINK_STEP_MS,
    loop: true,
    callback: () => {
      elapsed += BLINK_STEP_MS;
      show();
    },
  });
}
