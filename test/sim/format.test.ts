import { describe, expect, it } from "vitest";
import {
  formatAttention,
  formatBytes,
  formatCostChange,
  formatCount,
  formatDays,
  formatFlops,
  formatGpus,
  formatLoss,
  formatMonthName,
  formatParams,
  formatPeople,
  formatPercent,
  formatPerSecond,
  formatRateNumber,
  formatRatio,
  formatShortMonth,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdPerMillionTokens,
  formatYesNo,
} from "../../src/sim/index";

describe("format", () => {
  it("matches the agreed examples", () => {
    expect(formatParams(1.831e12)).toBe("1,831B");
    expect(formatParams(277e9)).toBe("277B");
    expect(formatFlops(2.16e25)).toBe("2.16e25 FLOP");
    expect(formatDays(94.3)).toBe("94 days");
    expect(formatUsd(63e6)).toBe("$63M");
    expect(formatPercent(0.34)).toBe("34%");
    expect(formatTokens(13e12)).toBe("13T");
    expect(formatTokens(6.5e12)).toBe("6.5T");
    expect(formatBytes(140e9)).toBe("140 GB");
    expect(formatLoss(1.94014)).toBe("1.940");
    expect(formatUsdPerMillionTokens(1.92)).toBe("$1.92 / M tokens");
    expect(formatTokensPerSecond(18508.4)).toBe("18,508 tokens/s");
  });

  it("never prints NaN, Infinity or undefined", () => {
    const fns = [
      formatParams,
      formatFlops,
      formatDays,
      formatUsd,
      formatPercent,
      formatTokens,
      formatBytes,
      formatLoss,
      formatUsdPerMillionTokens,
      formatTokensPerSecond,
    ];
    for (const f of fns) {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, undefined as unknown as number]) {
        expect(f(bad)).toBe("—");
      }
    }
  });

  it("rounds a vanishing share to 0%, never to an exponent", () => {
    expect(formatPercent(5e-305)).toBe("0%");
    expect(formatPercent(0.0004)).toBe("0%");
    expect(formatPercent(0.0012)).toBe("0.12%");
  });

  it("writes Chinese numbers in a Chinese reader's habits", () => {
    const zh = "zh-CN" as const;
    // Money, people and cards in 万 and 亿 (1e4, 1e8): $63M is 6,300 万, $4.2B is 42 亿.
    expect(formatUsd(63e6, zh)).toBe("6300 万美元");
    expect(formatUsd(4.2e9, zh)).toBe("42 亿美元");
    expect(formatUsd(1500, zh)).toBe("1,500 美元");
    expect(formatUsd(0.42, zh)).toBe("0.42 美元");
    expect(formatUsd(-7.3e6, zh)).toBe("−730 万美元");
    expect(formatPeople(100e6, zh)).toBe("1 亿");
    expect(formatPeople(5.24e6, zh)).toBe("524 万");
    expect(formatPeople(100e6)).toBe("100M");
    // Cards take the counter 张; a round count of ten thousand or more is said in 万.
    expect(formatGpus(10_000, zh)).toBe("1 万张 GPU");
    expect(formatGpus(38_000, zh)).toBe("3.8 万张 GPU");
    expect(formatGpus(6_536, zh)).toBe("6,536 张 GPU");
    expect(formatGpus(46_192, zh)).toBe("46,192 张 GPU");
    // Days, months, ratios, answers and the cost against the yardstick as Chinese prose.
    expect(formatDays(94.3, zh)).toBe("94 天");
    expect(formatDays(0.4, zh)).toBe("0.4 天");
    expect(formatMonthName("2021-09", zh)).toBe("2021 年 9 月");
    expect(formatMonthName("2023-11", zh)).toBe("2023 年 11 月");
    expect(formatMonthName("2023-13", zh)).toBe("—");
    expect(formatShortMonth("2021-09")).toBe("Sep 2021");
    expect(formatShortMonth("2023-11", zh)).toBe("2023.11");
    expect(formatRatio(10.3, zh)).toBe("10.3 倍");
    expect(formatCostChange(2.93, zh)).toBe("便宜 2.93 倍");
    expect(formatCostChange(0.72, zh)).toBe("贵 1.39 倍");
    expect(formatCostChange(1, zh)).toBe("没有更便宜");
    expect(formatYesNo(1, zh)).toBe("是");
    expect(formatAttention(2, zh)).toBe("多查询注意力");
    // Engineers' units stay: B and T for parameters and tokens (the post writes "1831B"), SI.
    expect(formatParams(1.831e12, zh)).toBe("1,831B");
    expect(formatTokens(6.5e12, zh)).toBe("6.5T");
    expect(formatBytes(140e9, zh)).toBe("140 GB");
    expect(formatUsdPerMillionTokens(1.92, zh)).toBe("1.92 美元/百万 token");
    expect(formatTokensPerSecond(18508.4, zh)).toBe("1.85 万 token/s");
    expect(formatTokensPerSecond(33.84, zh)).toBe("33.8 token/s");
    expect(formatPerSecond(1.7e6)).toBe("1.7M/s");
    expect(formatPerSecond(1.7e6, zh)).toBe("170 万/s");
  });
});

describe("the formatted-string cache behind the grouped numbers", () => {
  // formatCount and formatRateNumber print through one cache of strings per locale and digit
  // count: what they print must be what Intl prints, however often a value comes back.
  const intl = (locale: string, digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

  it("prints what Intl prints, first time and every time after, past the cache's size", () => {
    const en0 = intl("en-US", 0);
    const zh0 = intl("zh-CN", 0);
    const en1 = intl("en-US", 1);
    // 12,000 distinct values (the cache keeps 4,096 a format), each asked for three times; the
    // differences are collected, so one expect reports them all.
    const wrong: string[] = [];
    const check = (got: string, want: string) => {
      if (got !== want) wrong.push(`${got} instead of ${want}`);
    };
    for (let round = 0; round < 3; round++)
      for (let i = 0; i < 12_000; i++) {
        check(formatCount(i * 37), en0.format(i * 37));
        check(formatCount(i * 37, "zh-CN"), zh0.format(i * 37));
        check(formatRateNumber(i / 160), en1.format(i / 160));
      }
    expect(wrong).toEqual([]);
  });

  it("keeps -0 and 0 apart, as Intl does, in either order", () => {
    const en0 = intl("en-US", 0);
    expect([formatCount(-0), formatCount(0), formatCount(-0)]).toEqual([
      en0.format(-0),
      en0.format(0),
      en0.format(-0),
    ]);
  });
});
