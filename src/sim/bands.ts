/**
 * Bands for the prose: the story speaks of a share of demand served, a licence-risk meter or a
 * code share in words ("the queue holds", "a lot of red"), and reads which band a number is in
 * from here, so no threshold is typed into the ink. [game] lines, except where a verdict
 * threshold is the line (verdict.ts).
 */
import { VERDICT_THRESHOLDS } from "./thresholds";

/** Ascending lines: a value's band is how many lines it reaches (0 .. lines.length). */
export const PROSE_BANDS = {
  /** 0 starved (under the melted-fleet line), 1-2 strained, 3 mostly served, 4 held, 5 everyone. */
  demandServed: [VERDICT_THRESHOLDS.meltedServedShare, 0.7, 0.8, 0.9, 0.999],
  /** 0 low ("boring"), 1 explainable in ten minutes, 2 a lot of red. */
  licenceRisk: [0.2, 0.5],
  /** 0 under a tenth, 1 respectable, 2 Codex's lesson taken seriously, 3 more code than English. */
  codeShare: [0.1, 0.3, 0.5],
  /** 0 heating the building, 1 respectable for a run this size. */
  mfu: [0.3],
} as const;
export type ProseBand = keyof typeof PROSE_BANDS;

/** The band of a value: how many of the band's ascending lines it reaches. */
export function proseBand(band: ProseBand, value: number): number {
  let n = 0;
  for (const line of PROSE_BANDS[band]) if (value >= line) n++;
  return n;
}
