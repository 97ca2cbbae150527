/** A GPT-4 run's headline numbers at the 10x goal, as the card's tests start from them. */
import type { HeadlineNumbers } from "../../src/game/report";

export const TEN_X: HeadlineNumbers = {
  capability: 74.9,
  usdPerMillionTokens: 1.85,
  launchUsdPerMillionTokens: 18.5,
  costRatioVsLaunch: 10,
  demandServedShare: 0.9,
  perceivedQuality: 0.97,
  licenceRisk: 0.3,
  moneyUsd: 10.6e9,
  spentUsd: 650e6,
  trainingDays: 95.5,
  trainingCostUsd: 57.2e6,
};
