import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { THEMES } from "../../src/persist/settings";
import { CONTRAST_PAIRS, contrastRatio, css, cssVariables, PALETTES } from "../../src/ui/theme";

describe("contrast ratio (WCAG 2.x)", () => {
  it("matches the published extremes and a hand calculation", () => {
    // Black on white is 21:1 by definition ((1 + 0.05) / (0 + 0.05)).
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 6);
    expect(contrastRatio(0x777777, 0x777777)).toBe(1);
    // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54:1):
    // 0x76 = 118, 118/255 = 0.4627, ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812,
    // (1.05) / (0.1812 + 0.05) = 4.54.
    expect(contrastRatio(0x767676, 0xffffff)).toBeCloseTo(4.54, 2);
  });

  it("finds the two failures the issue measured in the old dark palette", () => {
    // Issue 11: the warning orange on panels was 4.47:1, tracks and borders 1.42:1.
    expect(contrastRatio(0xd55e00, 0x161b22)).toBeCloseTo(4.47, 2);
    expect(contrastRatio(0x30363d, 0x161b22)).toBeCloseTo(1.42, 2);
  });
});

describe.each(THEMES)("the %s theme", (theme) => {
  const palette = PALETTES[theme];
  it.each(CONTRAST_PAIRS.map((p) => [`${p.fg} on ${p.bg} (${p.use})`, p] as const))(
    "%s is readable",
    (_name, pair) => {
      const ratio = contrastRatio(palette[pair.fg], palette[pair.bg]);
      expect(ratio, `${pair.fg} ${css(palette[pair.fg])} on ${pair.bg}`).toBeGreaterThanOrEqual(
        pair.min,
      );
    },
  );
});

describe("style.css", () => {
  it("falls back to the dark palette before the script sets the theme", () => {
    const text = readFileSync("src/style.css", "utf8");
    const root = text.slice(text.indexOf(":root {"), text.indexOf("}", text.indexOf(":root {")));
    for (const [name, value] of Object.entries(cssVariables(PALETTES.dark))) {
      expect(root, name).toContain(`${name}: ${value};`);
    }
  });
});
