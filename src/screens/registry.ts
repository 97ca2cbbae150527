/**
 * The management screens, in one list. Everything that handles "any screen's plan" (saves, share
 * codes, the world, the timeline, autoplay) goes through here, so a screen added to the story's
 * SCREENS (src/story/protocol.ts) fails to compile until it has a module in SCREEN_MODULES and a
 * scene in src/screens/scenes.ts. Pure: no Phaser, no DOM.
 */
import * as v from "valibot";
import { screenText } from "../i18n/messages/screens";
import type { Decoded } from "../persist/patch";
import type { WorldState } from "../sim";
import { SCREENS, type ScreenName } from "../story/protocol";
import { dataScreen } from "./data/screen";
import { designerScreen } from "./designer/screen";
import { fleetScreen } from "./fleet/screen";
import { servingScreen } from "./serving/screen";
import type { Roll, ScreenModule } from "./types";

// biome-ignore lint/suspicious/noExplicitAny: the registry holds screens of every plan and tuple type
type AnyModule<N extends ScreenName> = ScreenModule<N, { screen: N } & any, readonly unknown[]>;

/** What the registry must hold: a module for every screen, each for its own name. */
export type ScreenRegistry = { [N in ScreenName]: AnyModule<N> };

/** Every screen's module, by name: a missing or misnamed screen is a compile error. */
export const SCREEN_MODULES = {
  fleet: fleetScreen,
  designer: designerScreen,
  data: dataScreen,
  serving: servingScreen,
} as const satisfies ScreenRegistry;

type Modules = typeof SCREEN_MODULES;
type PlanOf<N extends ScreenName> =
  Modules[N] extends ScreenModule<N, infer P, infer _T> ? P : never;
type TupleOf<N extends ScreenName> =
  Modules[N] extends ScreenModule<N, infer _P, infer T> ? T : never;

/**
 * What a management screen hands back when the player commits it: the story decides when a
 * screen opens; the plan decides what the world runs with from then on.
 */
export type ScreenPlan = { [N in ScreenName]: PlanOf<N> }[ScreenName];
/** A plan as a share code stores it (each screen's tuple, tagged). */
export type CompactPlan = { [N in ScreenName]: TupleOf<N> }[ScreenName];

/** One screen's module, typed for its own plan. */
function moduleOf<N extends ScreenName>(name: N): ScreenModule<N, PlanOf<N>, TupleOf<N>> {
  return SCREEN_MODULES[name] as unknown as ScreenModule<N, PlanOf<N>, TupleOf<N>>;
}

/** The screens in the story's order (SCREENS), as modules. */
export const SCREEN_LIST = SCREENS.map((name) => SCREEN_MODULES[name]);

/** A plan of any screen as saves store it. */
export const ScreenPlanSchema = v.variant(
  "screen",
  SCREEN_LIST.map((m) => m.planSchema) as unknown as [
    v.StrictObjectSchema<{ screen: v.LiteralSchema<ScreenName, undefined> }, undefined>,
  ],
) as unknown as v.GenericSchema<unknown, ScreenPlan>;

/** Any screen's code tuple, bounded (the screen is its first element, the tag). */
export const CompactPlanSchema = v.union(
  SCREEN_LIST.map((m) => m.code.schema) as unknown as [v.GenericSchema<unknown, CompactPlan>],
) as v.GenericSchema<unknown, CompactPlan>;

const BY_TAG = new Map<string, ScreenName>(SCREEN_LIST.map((m) => [m.code.tag, m.name]));
if (BY_TAG.size !== SCREEN_LIST.length) throw new Error("two screens share a code tag");

/** Writes a committed screen plan into the world (the calendar does not move). */
export function commitPlan(world: WorldState, plan: ScreenPlan): WorldState {
  return moduleOf(plan.screen).commit(world, plan as never);
}

/** A plan as one line of the run's timeline. */
export function planLabel(plan: ScreenPlan): string {
  return moduleOf(plan.screen).label(plan as never);
}

export function compactPlan(plan: ScreenPlan): CompactPlan {
  return moduleOf(plan.screen).code.encode(plan as never);
}

/** A validated tuple back to its plan (the tuple passed CompactPlanSchema). */
export function expandPlan(tuple: CompactPlan): Decoded<ScreenPlan> {
  const name = BY_TAG.get(tuple[0] as string);
  if (!name) return { ok: false, message: screenText("unknownScreen") };
  return moduleOf(name).code.decode(tuple as never);
}

/** A screen committed exactly as it opens (the plan the world already runs with, copied). */
export function unchangedPlan(screen: ScreenName, world: WorldState): ScreenPlan {
  return moduleOf(screen).autoplay.unchanged(world);
}

/** A random player's edit of the plan a screen opens on. */
export function randomPlan(screen: ScreenName, world: WorldState, dice: Roll): ScreenPlan {
  return moduleOf(screen).autoplay.random(world, dice);
}

/** The screen's name on screen (page title, heading). */
export function screenTitle(screen: ScreenName): string {
  return SCREEN_MODULES[screen].title;
}

export function isScreenName(name: string): name is ScreenName {
  return Object.hasOwn(SCREEN_MODULES, name);
}
