import Phaser from "phaser";
import { COLORS, css, TEXT } from "./theme";

/** A titled surface that groups related controls and readouts. */
export class Panel extends Phaser.GameObjects.Container {
  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    width: number,
    height: number,
    title?: string,
  ) {
    super(scene, x, y);
    const bg = scene.add.graphics();
    bg.fillStyle(COLORS.surface, 0.96).fillRoundedRect(0, 0, width, height, 14);
    bg.lineStyle(1, COLORS.line, 1).strokeRoundedRect(0, 0, width, height, 14);
    this.add(bg);
    if (title) {
      this.add(
        scene.add.text(20, 16, title.toUpperCase(), {
          ...TEXT.label(),
          color: css(COLORS.textDim),
          fontStyle: "bold",
        }),
      );
    }
    this.setSize(width, height);
    scene.add.existing(this);
  }
}
