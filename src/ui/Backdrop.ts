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
 * every pixel of a textured quad is sampled where flat triangles only blend. The lights move 15
 * times a second (see `blink`), and the frames between are not drawn at all.
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
  duration: number;
  delay: number;
}

/** How often the lights move on screen: 15 steps a second (a blink takes 0.4-1.8 s each way). */
const BLINK_STEP_MS = 1000 / 15;

/**
 * Makes the lights blink. Each light's tween runs as before (its duration, delay, yoyo), but on
 * a stand-in for the light, whose opacity is copied to the light BLINK_STEP_MS apart: the frames
 * in between change nothing on screen, and skipStillFrames leaves them undrawn. A software
 * rasteriser drew every frame of the title and the story view before, 60 a second, for lights
 * that fade over a second or more.
 */
function blink(scene: Phaser.Scene, lights: readonly Blink[], low: number, high: number): void {
  const shown = lights.map(({ light, duration, delay }) => {
    const stand = { alpha: light.alpha };
    scene.tweens.add({
      targets: stand,
      alpha: { from: low, to: high },
      duration,
      delay,
      yoyo: true,
      repeat: -1,
    });
    return { light, stand };
  });
  scene.time.addEvent({
    delay: BLINK_STEP_MS,
    loop: true,
    callback: () => {
      for (const { light, stand } of shown) light.setAlpha(stand.alpha);
    },
  });
}
