/**
 * A sim readout (src/sim/readouts.ts) in the player's language. Apart from numbers.ts, which the
 * title screen needs before the sim has loaded: this one brings the sim with it.
 */
import { formatReadout as simReadout, type WorldState } from "../sim";
import { language } from "./index";

export function formatReadout(state: WorldState, key: string): string {
  return simReadout(state, key, language());
}
