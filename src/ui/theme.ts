import type { ThemeName } from "../persist/settings";

/** The colours a theme sets; canvas scenes read them from COLORS, the DOM from CSS variables. */
export interface Palette {
  background: number;
  surface: number;
  surfaceRaised: number;
  /** Control outlines and tracks (slider tracks, stepper and tab borders, panel edges). */
  line: number;
  text: number;
  textDim: number;
  /** The accent: buttons, focus ring, headings. */
  accent: number;
  /** The primary button's fill under the pointer or the focus. */
  accentHover: number;
  /** Training (Okabe-Ito blue). */
  training: number;
  /** Serving (Okabe-Ito orange). */
  serving: number;
  /** Research (Okabe-Ito bluish green). */
  research: number;
  /** Warnings (Okabe-Ito vermillion). */
  warning: number;
  good: number;
}

/**
 * The look: "terminal meets lab notebook". One accent, colours from the Okabe-Ito palette so
 * every pairing stays readable with colour-blindness. Each theme keeps the hues and moves their
 * lightness until every pairing in CONTRAST_PAIRS passes WCAG 2.2 (text 4.5:1, controls and chart
 * marks 3:1; test/unit/contrast.test.ts checks them all).
 */
export const PALETTES: Readonly<Record<ThemeName, Readonly<Palette>>> = {
  dark: {
    background: 0x0d1117,
    surface: 0x161b22,
    surfaceRaised: 0x1f2630,
    // Was 0x30363d: 1.42:1 on panels, under the 3:1 controls need.
    line: 0x6e7681,
    text: 0xe6edf3,
    textDim: 0x9198a1,
    accent: 0x56b4e9,
    accentHover: 0x8ccdf0,
    training: 0x0a7bc2,
    serving: 0xe69f00,
    research: 0x009e73,
    // Was 0xd55e00: 4.47:1 on panels, under the 4.5:1 text needs.
    warning: 0xf0792e,
    good: 0x1fb386,
  },
  light: {
    background: 0xf6f8fa,
    surface: 0xffffff,
    surfaceRaised: 0xeaeef2,
    line: 0x6e7781,
    text: 0x1f2328,
    textDim: 0x57606a,
    accent: 0x0a5f9e,
    accentHover: 0x0b4f80,
    training: 0x0072b2,
    serving: 0x9a5200,
    research: 0x007a5a,
    warning: 0xb33c00,
    good: 0x16702f,
  },
  contrast: {
    background: 0x000000,
    surface: 0x0a0a0a,
    surfaceRaised: 0x1c1c1c,
    line: 0xc8c8c8,
    text: 0xffffff,
    textDim: 0xe0e0e0,
    accent: 0x7fd4ff,
    accentHover: 0xb8e8ff,
    training: 0x4fa8ff,
    serving: 0xffb000,
    research: 0x2fe0a8,
    warning: 0xff8a50,
    good: 0x4fe08a,
  },
};

/**
 * The colours in use (the active theme's): scenes read them when they draw, so the App restarts
 * the active scene after `applyPalette` to repaint it.
 */
export const COLORS: Palette = { ...PALETTES.dark };

export function applyPalette(theme: ThemeName): void {
  Object.assign(COLORS, PALETTES[theme]);
}

type Backing = "background" | "surface" | "surfaceRaised";
const BACKINGS: readonly Backing[] = ["background", "surface", "surfaceRaised"];

/**
 * Every foreground the game draws on one of its three backings (canvas and CSS alike), with the
 * ratio WCAG 2.2 asks of it: 4.5 for text (1.4.3), 3 for controls, focus ring and chart marks
 * (1.4.11). Text colours: body and dim text, the accent (headings, readouts, chapter titles,
 * math tips), warnings and good news (notes, status), serving (readouts). The primary button and
 * the selected tab put the background colour on the accent (both at rest and lit).
 * @internal The contrast test (test/unit/contrast.test.ts) checks every theme against these.
 */
export const CONTRAST_PAIRS: readonly {
  fg: keyof Palette;
  bg: keyof Palette;
  min: number;
  use: string;
}[] = [
  ...(["text", "textDim", "accent", "warning", "good", "serving"] as const).flatMap((fg) =>
    BACKINGS.map((bg) => ({ fg, bg, min: 4.5, use: "text" })),
  ),
  { fg: "background", bg: "accent", min: 4.5, use: "primary button and selected tab text" },
  { fg: "background", bg: "accentHover", min: 4.5, use: "primary button text, lit" },
  ...(["line", "accent", "training", "serving", "research", "warning"] as const).flatMap((fg) =>
    BACKINGS.map((bg) => ({
      fg,
      bg,
      min: 3,
      use: "control outline, track, focus ring or chart mark",
    })),
  ),
];

/** WCAG 2.x relative luminance of a 0xRRGGBB colour. */
export function luminance(color: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((color >> 16) & 0xff) +
    0.7152 * channel((color >> 8) & 0xff) +
    0.0722 * channel(color & 0xff)
  );
}

/** @internal WCAG 2.x contrast ratio of two colours, 1..21 (the contrast test's measure). */
export function contrastRatio(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The CSS variables of a palette (style.css reads them; the dark values are its fallbacks). */
export function cssVariables(palette: Palette): Record<string, string> {
  return {
    "--bg": css(palette.background),
    "--surface": css(palette.surface),
    "--raised": css(palette.surfaceRaised),
    "--line": css(palette.line),
    "--text": css(palette.text),
    "--dim": css(palette.textDim),
    "--accent": css(palette.accent),
    "--accent-hover": css(palette.accentHover),
    "--warning": css(palette.warning),
    "--good": css(palette.good),
  };
}

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, "0")}`;
}

/**
 * Sets a Text's colour only when it changes: Phaser's Text redraws its canvas and uploads it
 * again on every setColor, the same colour too, and widgets set a tone on each refresh (every
 * step of a drag). Takes the colour as a number (`COLORS.*`) or a CSS string.
 */
export function recolor(
  text: { readonly style: { readonly color: unknown }; setColor(color: string): unknown },
  color: number | string,
): void {
  const wanted = typeof color === "number" ? css(color) : color;
  if (text.style.color !== wanted) text.setColor(wanted);
}

/** System font stacks only: the game ships no third-party fonts. */
/**
 * The system's fonts: Latin faces first, then the common Simplified Chinese faces of each system
 * (macOS, Windows, Linux) for the glyphs the Latin ones lack; no webfont is bundled.
 */
const CJK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"';
export const FONTS = {
  mono: `ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, ${CJK}, monospace`,
  sans: `system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, ${CJK}, sans-serif`,
} as const;

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** Text styles; numbers use the monospace so digits line up while they change. */
export const TEXT = {
  title: (): TextStyle => ({
    fontFamily: FONTS.sans,
    fontSize: "56px",
    color: css(COLORS.text),
    fontStyle: "bold",
  }),
  heading: (): TextStyle => ({
    fontFamily: FONTS.sans,
    fontSize: "28px",
    color: css(COLORS.text),
    fontStyle: "bold",
  }),
  body: (): TextStyle => ({ fontFamily: FONTS.sans, fontSize: "18px", color: css(COLORS.text) }),
  dim: (): TextStyle => ({ fontFamily: FONTS.sans, fontSize: "16px", color: css(COLORS.textDim) }),
  label: (): TextStyle => ({
    fontFamily: FONTS.sans,
    fontSize: "15px",
    color: css(COLORS.textDim),
  }),
  number: (): TextStyle => ({ fontFamily: FONTS.mono, fontSize: "26px", color: css(COLORS.text) }),
  button: (): TextStyle => ({
    fontFamily: FONTS.sans,
    fontSize: "20px",
    color: css(COLORS.background),
    fontStyle: "bold",
  }),
} as const;

/** Phone portrait: screens switch to this game size and lay out in one column with tabs. */
export const PORTRAIT_WIDTH = 480;
export const PORTRAIT_HEIGHT = 1040;
