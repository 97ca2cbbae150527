import Phaser from "phaser";
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from "./theme";

/**
 * The lab at night: rows of GPU racks whose status lights blink at random
 * (the scene's own RNG, seeded, so screenshots stay stable), over a faint grid.
 */
export function drawBackdrop(
  scene: Phaser.Scene,
  options: { seed?: number; dim?: number } = {},
): void {
  const rng = new Phaser.Math.RandomDataGenerator([String(options.seed ?? 2021)]);
  const g = scene.add.graphics();
  g.fillStyle(COLORS.background, 1).fillRect(0, 0, GAME_WIDTH, GAME_HEIGHT);
  g.lineStyle(1, COLORS.line, 0.25);
  for (let x = 0; x <= GAME_WIDTH; x += 40) g.lineBetween(x, 0, x, GAME_HEIGHT);
  for (let y = 0; y <= GAME_HEIGHT; y += 40) g.lineBetween(0, y, GAME_WIDTH, y);

  const rackWidth = 70;
  const gap = 26;
  const racks = Math.floor(GAME_WIDTH / (rackWidth + gap));
  const top = GAME_HEIGHT - 300;
  for (let r = 0; r < racks; r++) {
    const x = 20 + r * (rackWidth + gap);
    g.fillStyle(COLORS.surface, 1).fillRect(x, top, rackWidth, 280);
    g.lineStyle(1, COLORS.line, 1).strokeRect(x, top, rackWidth, 280);
    for (let slot = 0; slot < 8; slot++) {
      const y = top + 12 + slot * 33;
      g.fillStyle(COLORS.surfaceRaised, 1).fillRect(x + 6, y, rackWidth - 12, 26);
      for (let led = 0; led < 4; led++) {
        const light = scene.add.image(x + 14 + led * 12, y + 13, "led");
        light.setTint(rng.pick([COLORS.accent, COLORS.accent, COLORS.good, COLORS.serving]));
        light.setAlpha(0.25);
        scene.tweens.add({
          targets: light,
          alpha: { from: 0.15, to: 0.9 },
          duration: rng.between(400, 1800),
          delay: rng.between(0, 2000),
          yoyo: true,
          repeat: -1,
        });
      }
    }
  }
  // A gradient-like veil keeps text readable over the racks.
  const veil = scene.add.graphics();
  for (let i = 0; i < 12; i++) {
    veil.fillStyle(COLORS.background, (options.dim ?? 0.55) * (1 - i / 12));
    veil.fillRect(0, i * 30, GAME_WIDTH, 30);
  }
  veil.fillStyle(COLORS.background, options.dim ?? 0.55).fillRect(0, 0, GAME_WIDTH, GAME_HEIGHT);
}
