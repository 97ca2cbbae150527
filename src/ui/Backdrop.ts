import Phaser from "phaser";
import { motionReduced } from "./appearance";
import { COLORS } from "./theme";

/**
 * The lab at night: rows of GPU racks whose status lights blink at random
 * (the scene's own RNG, seeded, so screenshots stay stable), over a faint grid.
 *
 * The picture is dimmed toward the background (`dim`) so text stays readable. The dimming is
 * mixed into the colours as they are drawn, not laid over the screen as a second full-screen
 * layer: on a software rasteriser every full-screen layer costs several milliseconds a frame.
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
        scene.tweens.add({
          targets: light,
          alpha: { from: 0.15 * (1 - dim), to: 0.9 * (1 - dim) },
          duration: rng.between(400, 1800),
          delay: rng.between(0, 2000),
          yoyo: true,
          repeat: -1,
        });
      }
    }
  }
  // A veil over the top half only, darker toward the top edge, where the titles sit.
  const veil = scene.add.graphics();
  for (let i = 0; i < 12; i++) {
    veil.fillStyle(COLORS.background, dim * (1 - i / 12));
    veil.fillRect(0, i * 30, GAME_WIDTH, 30);
  }
}
