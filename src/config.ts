import Phaser from "phaser";
import { Boot } from "./scenes/Boot";
import { Preloader } from "./scenes/Preloader";
import { Title } from "./scenes/Title";
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from "./ui/theme";

/**
 * Whether this browser draws WebGL in software (SwiftShader, llvmpipe, Microsoft's Basic
 * Render Driver): the browser refuses a context that asks to fail on a major performance
 * caveat, or the unmasked renderer names a software rasteriser.
 */
export function softwareWebGL(): boolean {
  const canvas = document.createElement("canvas");
  const options: WebGLContextAttributes = { failIfMajorPerformanceCaveat: true };
  const gl = (canvas.getContext("webgl2", options) ??
    canvas.getContext("webgl", options)) as WebGLRenderingContext | null;
  if (!gl) return true;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/**
 * The Phaser configuration, in one place. `msaa` asks the WebGL context for multisampled
 * edges (smooth rounded panels and chart lines): free on a graphics card, but four times
 * the fill work on a software rasteriser, where it halved the frame rate of every screen
 * (about 30 fps instead of 60 in headless Chromium), so main.ts turns it off there.
 */
export function gameConfig(
  parent: HTMLElement,
  { msaa = true }: { msaa?: boolean } = {},
): Phaser.Types.Core.GameConfig {
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
    // Keep the canvas readable for tests and for "save image", and its picture between frames
    // (src/ui/stillFrames.ts leaves a frame that would draw the same picture undrawn). Textures
    // are sampled nearest (antialias false): every Text is drawn at its own size, where nearest
    // and linear sampling give the same pixels (and a half-pixel position stays crisp rather than
    // blurred), and on a software rasteriser linear sampling reads four texels a pixel (the Fleet
    // and the Data Mix, redrawn every frame of a drag, took about 2 ms a frame longer, December
    // 2026). The one texture drawn scaled, the card on the report, asks for linear itself. The
    // context multisamples its edges (antialiasGL) on a real graphics card only.
    render: { preserveDrawingBuffer: true, antialias: false, antialiasGL: msaa },
    // The title's scenes only: the rest of the game is a chunk of its own, fetched behind the
    // title, whose scenes join when it arrives (src/game/core.ts).
    scene: [Boot, Preloader, Title],
  };
}
