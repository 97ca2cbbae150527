/** Spacing between Chinese characters and the values set among them. */

/** Han characters, CJK and full-width punctuation, and the curly quotes Chinese prose uses. */
const CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, "gu");

/**
 * Chinese sets no space between two Chinese characters. The Chinese telling spaces a sim string
 * from its words as it would a Latin one ("跑 {days} 的时间"), and some strings end in a Chinese
 * unit ("24 天"): this closes the gap ("跑 24 天的时间"). English text has no CJK, so it is untouched.
 */
export function tidySpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, "");
}
