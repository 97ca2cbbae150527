import Phaser from "phaser";
import { Boot } from "./scenes/Boot";
import { DataMix } from "./scenes/DataMix";
import { Designer } from "./scenes/Designer";
import { Fleet } from "./scenes/Fleet";
import { History } from "./scenes/History";
import { Narrative } from "./scenes/Narrative";
import { Preloader } from "./scenes/Preloader";
import { Report } from "./scenes/Report";
import { Serving } from "./scenes/Serving";
import { Title } from "./scenes/Title";
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from "./ui/theme";

/** The Phaser configuration, in one place. */
export function gameConfig(parent: HTMLElement): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.WEBGL,
    parent,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    backgroundColor: COLORS.background,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
    },
    // Sound goes through howler (src/audio); Phaser's own audio stays off so no
    // AudioContext starts before the player's first gesture.
    audio: { noAudio: true },
    // Keep the canvas readable for tests and for "save image" later.
    render: { preserveDrawingBuffer: true, antialias: true },
    scene: [Boot, Preloader, Title, Narrative, Fleet, Designer, DataMix, Serving, Report, History],
  };
}
