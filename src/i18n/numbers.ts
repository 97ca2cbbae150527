/**
 * The sim's formatters (src/sim/format.ts) in the player's language: the same names and arguments,
 * with the locale taken from `language()`. Screens, tips, the report and the card import their
 * number formatting from here, so a Chinese page writes "24 天", "1 亿" users and "6300 万美元" where
 * an English one writes "24 days", "100M" and "$63M"; the sim itself stays free of globals.
 */
// The formatters alone, not the sim: the title formats a month before the sim has loaded.
import * as sim from "../sim/format";
import { language } from "./index";

type Formatter = (n: number) => string;
const bound =
  (f: (n: number, locale: sim.NumberLocale) => string): Formatter =>
  (n) =>
    f(n, language());

export const formatParams = bound(sim.formatParams);
export const formatFlops = bound(sim.formatFlops);
export const formatDays = bound(sim.formatDays);
export const formatUsd = bound(sim.formatUsd);
export const formatPercent = bound(sim.formatPercent);
export const formatTokens = bound(sim.formatTokens);
export const formatBytes = bound(sim.formatBytes);
export const formatUsdPerMillionTokens = bound(sim.formatUsdPerMillionTokens);
export const formatTokensPerSecond = bound(sim.formatTokensPerSecond);
export const formatRateNumber = bound(sim.formatRateNumber);
export const formatPerSecond = bound(sim.formatPerSecond);
export const formatLoss = bound(sim.formatLoss);
export const formatNumber = bound(sim.formatNumber);
export const formatRatio = bound(sim.formatRatio);
export const formatGpus = bound(sim.formatGpus);
export const formatMilliseconds = bound(sim.formatMilliseconds);
export const formatCount = bound(sim.formatCount);
export const formatCostChange = bound(sim.formatCostChange);

/** "2021-09" → "September 2021", or "2021 年 9 月" on a Chinese page. */
export function formatMonthName(month: string): string {
  return sim.formatMonthName(month, language());
}

/** "2021-09" → "Sep 2021", or "2021.09" on a Chinese page. */
export function formatShortMonth(month: string): string {
  return sim.formatShortMonth(month, language());
}
