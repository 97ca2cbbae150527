import Phaser from "phaser";
import { SCENES } from "../game/app";
import { COLORS } from "../ui/theme";

/** Draws the few textures everything else uses, then hands over to the Preloader. */
export class Boot extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    // One GPU "cell" for the fleet grid and the ambient racks: a small rounded square.
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 14, 14, 3);
    g.generateTexture("cell", 14, 14);
    g.clear();
    g.fillStyle(COLORS.accent, 1).fillCircle(3, 3, 3);
    g.generateTexture("led", 6, 6);
    g.destroy();
    this.scene.start(SCENES.preloader);
  }
}
