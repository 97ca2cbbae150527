/**
 * The look: "terminal meets lab notebook". One accent, colours from the
 * Okabe-Ito palette so every pairing stays readable with colour-blindness.
 */
export const COLORS = {
  background: 0x0d1117,
  surface: 0x161b22,
  surfaceRaised: 0x1f2630,
  line: 0x30363d,
  text: 0xe6edf3,
  textDim: 0x8b949e,
  /** The accent: sky blue. */
  accent: 0x56b4e9,
  /** Training (Okabe-Ito blue). */
  training: 0x0072b2,
  /** Serving (Okabe-Ito orange). */
  serving: 0xe69f00,
  /** Research (Okabe-Ito bluish green). */
  research: 0x009e73,
  /** Warnings (Okabe-Ito vermillion). */
  warning: 0xd55e00,
  good: 0x009e73,
} as const;

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, "0")}`;
}

/** System font stacks only: the game ships no third-party fonts. */
export const FONTS = {
  mono: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  sans: 'system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif',
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
