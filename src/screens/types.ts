/**
 * What a management screen is, apart from its Phaser scene: the plan it commits, how saves and
 * share codes carry that plan, what committing it writes into the world, how the run's timeline
 * names it and how autoplay plays it. One object per screen (src/screens/<name>/screen.ts), all
 * of them in one list (registry.ts), so a screen is one folder and one line in that list.
 */
import type * as v from "valibot";
import type { Decoded } from "../persist/patch";
import type { WorldState } from "../sim";
import type { ScreenName } from "../story/protocol";

/** Seeded dice, as autoplay rolls them (src/game/dice.ts). */
export interface Roll {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  between(min: number, max: number): number;
  chance(p: number): boolean;
}

/**
 * One screen. `P` is the plan it commits; `T` the tuple a share code stores for it, whose first
 * element is the screen's one-letter tag (fixed forever: old codes must decode the same).
 */
export interface ScreenModule<
  N extends ScreenName,
  P extends { screen: N },
  T extends readonly unknown[],
> {
  readonly name: N;
  /**
   * The screen's name as the page title, the heading's first word and the menu say it. A getter
   * reading the screens' catalogue (src/i18n/messages/screens.ts), so it follows the language.
   */
  readonly title: string;
  /** Its Phaser scene's key (src/screens/scenes.ts holds the classes). */
  readonly sceneKey: string;
  /** The plan as saves store it, validated in full (src/persist/saves.ts). */
  readonly planSchema: v.GenericSchema<unknown, P>;
  readonly code: {
    /** The tuple's tag: `T[0]`. */
    readonly tag: string;
    /** The plan fields a code's patch may name (dotted paths), for messages about a bad code. */
    readonly fields: readonly string[];
    /** Every tuple a code may hold for this screen (bounds included: codes are untrusted). */
    readonly schema: v.GenericSchema<unknown, T>;
    encode(plan: P): T;
    /** Rebuilds and validates the plan; the message says what is wrong in a player's words. */
    decode(tuple: T): Decoded<P>;
  };
  /** Writes the committed plan into the world (the calendar does not move). */
  commit(world: WorldState, plan: P): WorldState;
  /** The plan as one line of the run's timeline (the report and the card). */
  label(plan: P): string;
  /** How autoplay (src/game/autoplay.ts) commits this screen. */
  readonly autoplay: {
    /** The screen committed exactly as it opens. */
    unchanged(world: WorldState): P;
    /** A random player's edit of the plan the screen opens on. */
    random(world: WorldState, dice: Roll): P;
  };
}
