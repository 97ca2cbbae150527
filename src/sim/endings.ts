/**
 * The endings the verdict chooses among (verdict.ts), in the order it checks them. A module of its
 * own, with nothing else in it, so the title screen can count them (its endings gallery) before the
 * rest of the sim has loaded: the one file outside the index that other layers may import.
 */
export const ENDINGS = [
  "subpoena",
  "melted_fleet",
  "dense_giant",
  "chinchilla_warning",
  "nerfed",
  "turbo",
  "busy",
] as const;
export type Ending = (typeof ENDINGS)[number];

export function isEnding(id: string): id is Ending {
  return (ENDINGS as readonly string[]).includes(id);
}
