import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatDays,
  formatFlops,
  formatLoss,
  formatParams,
  formatPercent,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdPerMillionTokens,
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
});
