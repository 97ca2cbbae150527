import Phaser from "phaser";
import { addressAsksBeyondTitle } from "../game/address";
import { SCENES } from "../game/app";
import { COLORS } from "../ui/theme";

/** The dotted underline's length, in px: more than a readout's label is ever wide. */
const DOTS_WIDTH = 600;

/**
 * Draws the few textures everything else uses, then opens the title, which needs nothing more.
 * An address that asks for a run, a screen or the Lab opens the loading bar instead (the game
 * behind the title reads it once loaded, src/game/core.ts).
 */
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
    // A readout's dotted underline (src/ui/Readout.ts): 2 px dots every 5 px, white to be tinted,
    // longer than any readout's label; each readout shows as much of it as its label is wide.
    g.clear();
    g.fillStyle(0xffffff, 1);
    for (let x = 0; x < DOTS_WIDTH; x += 5) g.fillRect(x, 0, 2, 1);
    g.generateTexture("dots", DOTS_WIDTH, 1);
    g.destroy();
    const linked = addressAsksBeyondTitle(location.search, location.hash);
    this.scene.start(linked ? SCENES.preloader : SCENES.title);
  }
}
