// Types only: the signature functions run in the unit tests, where Phaser (which wants a
// browser) is not loaded; the event names below are Phaser's own.
import type Phaser from "phaser";

const POST_STEP = "poststep"; // Phaser.Core.Events.POST_STEP
const RESTORE_WEBGL = "restorewebgl"; // Phaser.Renderer.Events.RESTORE_WEBGL
const WEBGL = 2; // Phaser.WEBGL

/**
 * Frames that would draw what is already on the canvas are not drawn.
 *
 * In software WebGL (SwiftShader: headless Chromium, machines without a graphics card) a frame
 * costs by the pixel: a management screen's panels, controls and texts took 35-55 ms of CPU a
 * frame against 10 for a bare Phaser page, whether anything had changed or not, and most frames
 * change nothing (a player reads, or drags a slider by less than a step). Each frame, after the
 * scenes' updates (tweens included), the visible state of every active scene is read into a
 * list of values (`frameSignature`); when it equals the list of the frame last drawn, the
 * renderer skips the frame and the canvas keeps the last picture (the context preserves its
 * drawing buffer, and a canvas not drawn to is not composited again). One frame a second is
 * drawn anyway, so a change the list does not see (a texture redrawn in place) shows within
 * a second.
 */

/** A frame is drawn at least this often (frames), whatever the signature says. */
const REDRAW_EVERY = 60;

/** The game object fields a frame's picture depends on (those an object has). */
const FIELDS = [
  "x",
  "y",
  "alpha",
  "scaleX",
  "scaleY",
  "rotation",
  "depth",
  "originX",
  "originY",
  "flipX",
  "flipY",
  "blendMode",
  "width",
  "height",
  "tintTopLeft",
  "tintTopRight",
  "tintBottomLeft",
  "tintBottomRight",
  "tintMode",
  "tintFill",
  "isCropped",
  "fillColor",
  "fillAlpha",
  "strokeColor",
  "strokeAlpha",
  "lineWidth",
  "isFilled",
  "isStroked",
  "radius",
  "startAngle",
  "endAngle",
  "_text",
] as const;

/** The text style fields a Text's texture depends on. */
const STYLE_FIELDS = [
  "color",
  "fontStyle",
  "fontSize",
  "fontFamily",
  "stroke",
  "strokeThickness",
  "align",
  "backgroundColor",
] as const;

interface Inspected {
  visible?: boolean;
  type?: string;
  list?: readonly unknown[];
  frame?: { name?: unknown; texture?: { key?: unknown } };
  commandBuffer?: readonly unknown[];
  style?: Record<string, unknown>;
  pathData?: readonly unknown[];
  _crop?: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * Appends what `objects` (a display list) look like to `out`, through containers.
 * @internal exported for test/unit/still-frames.test.ts
 */
export function listSignature(objects: readonly unknown[], out: unknown[]): void {
  out.push(objects.length);
  for (const item of objects) {
    const o = item as Inspected;
    // An invisible object draws nothing, whatever its other fields say.
    out.push(o.visible !== false);
    if (o.visible === false) continue;
    out.push(o.type);
    for (const f of FIELDS) out.push(o[f]);
    out.push(o.frame?.name, o.frame?.texture?.key);
    if (o._crop) out.push(o._crop.x, o._crop.y, o._crop.width, o._crop.height);
    if (o.style) for (const f of STYLE_FIELDS) out.push(o.style[f]);
    if (o.commandBuffer) {
      out.push(o.commandBuffer.length);
      for (const c of o.commandBuffer) out.push(c);
    }
    if (o.pathData) {
      out.push(o.pathData.length);
      for (const p of o.pathData) out.push(p);
    }
    if (o.list) listSignature(o.list, out);
  }
}

/** What a camera adds to the picture: its viewport, scroll, zoom, alpha and effects. */
function cameraSignature(camera: Phaser.Cameras.Scene2D.Camera, out: unknown[]): void {
  // The typings leave out the rotation BaseCamera has.
  const { rotation } = camera as unknown as { rotation: number };
  out.push(
    camera.visible,
    camera.x,
    camera.y,
    camera.width,
    camera.height,
    camera.scrollX,
    camera.scrollY,
    camera.zoom,
    rotation,
    camera.alpha,
    camera.backgroundColor.color32,
    camera.fadeEffect.isRunning,
    camera.fadeEffect.isComplete,
    camera.fadeEffect.progress,
    camera.flashEffect.isRunning,
    camera.flashEffect.progress,
  );
}

/** Everything the next frame would draw, as a list of values (`out` is cleared first). */
function frameSignature(game: Phaser.Game, out: unknown[]): unknown[] {
  out.length = 0;
  out.push(game.scale.width, game.scale.height, game.canvas.width, game.canvas.height);
  for (const scene of game.scene.getScenes(true)) {
    out.push(scene.sys.settings.key, scene.sys.settings.visible);
    if (!scene.sys.settings.visible) continue;
    for (const camera of scene.cameras.cameras) cameraSignature(camera, out);
    listSignature(scene.children.list, out);
  }
  return out;
}

/**
 * Whether two signatures are the same values in the same order.
 * @internal exported for test/unit/still-frames.test.ts
 */
export function sameSignature(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const installed = new WeakSet<Phaser.Game>();

/**
 * Lets `game` skip the frames that would draw the picture already shown (once per game; any
 * scene may call it). Only the WebGL renderer is wrapped; a canvas renderer draws every frame.
 */
export function skipStillFrames(game: Phaser.Game): void {
  const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
  if (installed.has(game) || renderer.type !== WEBGL) return;
  installed.add(game);
  let drawn: unknown[] = [];
  let next: unknown[] = [];
  let skip = false;
  let sinceDrawn = 0;
  let force = true;
  // A restored context has lost its picture.
  renderer.on(RESTORE_WEBGL, () => {
    force = true;
  });
  game.events.on(POST_STEP, () => {
    frameSignature(game, next);
    skip = !force && sinceDrawn < REDRAW_EVERY && sameSignature(next, drawn);
    if (skip) {
      sinceDrawn += 1;
      return;
    }
    [drawn, next] = [next, drawn];
    sinceDrawn = 0;
    force = false;
  });
  const preRender = renderer.preRender.bind(renderer);
  const postRender = renderer.postRender.bind(renderer);
  const render = game.scene.render.bind(game.scene);
  renderer.preRender = () => {
    if (!skip) preRender();
  };
  renderer.postRender = () => {
    if (!skip) postRender();
  };
  game.scene.render = (r) => {
    if (!skip) render(r);
    // The scene manager's render ends its "processing" state, which its update began: left set,
    // scene starts and stops asked for between frames (a new game, a screen) wait for ever.
    else (game.scene as { isProcessing: boolean }).isProcessing = false;
  };
}
