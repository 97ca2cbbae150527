/**
 * The management screens' Phaser scenes, by screen name (the pure half of each screen is its
 * module in registry.ts). A screen without a scene here is a compile error.
 */
import type Phaser from "phaser";
import type { ScreenName } from "../story/protocol";
import { DataMix } from "./data/scene";
import { Designer } from "./designer/scene";
import { Fleet } from "./fleet/scene";
import { Serving } from "./serving/scene";

export const SCREEN_SCENES = {
  fleet: Fleet,
  designer: Designer,
  data: DataMix,
  serving: Serving,
} as const satisfies { [N in ScreenName]: new () => Phaser.Scene };
