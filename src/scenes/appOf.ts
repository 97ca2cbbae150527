import type Phaser from "phaser";
import type { App } from "../game/app";

/** Every scene reaches the App through the game registry (set in main.ts). */
export function appOf(scene: Phaser.Scene): App {
  const app = scene.registry.get("app") as App | undefined;
  if (!app) throw new Error("the App is missing from the game registry");
  return app;
}
