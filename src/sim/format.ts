/**
 * Display formatting shared by the story and the screens, in each language's habits. Never prints
 * NaN, Infinity or "undefined".
 *
 * Every formatter takes the locale last (English when left out), so the sim stays free of globals:
 * the page binds the player's language once (src/i18n/numbers.ts), the story session passes its own.
 * Chinese counts money, people and cards the way a Chinese reader does, in 万 (1e4), 亿 (1e8) and
 * 万亿 (1e12): 6300 万美元, 1 亿用户, 3 万张 GPU. Parameters and tokens keep the engineers' B and T
 * in both languages (175B, 13T), as the Chinese post the game comes from writes them ("about
 * 1831B"), and so do FLOP, GB and ms.
 */

const DASH = "—";

/** The languages numbers are written in (the same as the game's: src/i18n). */
export type NumberLocale = "en" | "zh-CN";

function ok(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

// One Intl.NumberFormat per locale and digit count: building one per call (what toLocaleString
// does) costs ~27x the formatting itself, and screens format dozens of readouts on every slider tick.
const GROUPED: Record<NumberLocale, Intl.NumberFormat[]> = { en: [], "zh-CN": [] };
const INTL_LOCALE: Record<NumberLocale, string> = { en: "en-US", "zh-CN": "zh-CN" };

// And each string once: a cached formatter still costs about a microsecond a call in ICU, and the
// same few hundred values (GPU counts, days, percentages) come back on every slider tick and in
// every run of the story; a Map lookup costs a twentieth of that. Cleared when full, so a long
// session's stream of distinct values (money, say) cannot grow it without bound: 512 holds a
// slider's whole range and keeps ten runs' heap flat (at 4096 the cache alone grew it 11%).
const GROUPED_TEXT: Record<NumberLocale, Map<number, string>[]> = { en: [], "zh-CN": [] };
const GROUPED_TEXT_LIMIT = 512;

function grouped(n: number, digits = 0, locale: NumberLocale = "en"): string {
  const texts = GROUPED_TEXT[locale];
  let known = texts[digits];
  if (!known) {
    known = new Map();
    texts[digits] = known;
  }
  // A Map's keys compare by SameValueZero, for which -0 is 0; Intl prints "-0" and "0", so -0
  // is formatted afresh every time rather than share 0's entry.
  const cacheable = n !== 0 || 1 / n > 0;
  const text = cacheable ? known.get(n) : undefined;
  if (text !== undefined) return text;
  const cache = GROUPED[locale];
  let f = cache[digits];
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache[digits] = f;
  }
  const made = f.format(n);
  if (cacheable) {
    if (known.size >= GROUPED_TEXT_LIMIT) known.clear();
    known.set(n, made);
  }
  return made;
}

function sig(n: number, digits = 3): string {
  return String(Number(n.toPrecision(digits)));
}

/**
 * A big count in Chinese magnitudes: 4.2e12 → "4.2 万亿", 4.2e9 → "42 亿", 63e6 → "6300 万",
 * 8000 → "8,000". Below 万 the digits are grouped.
 */
function chineseMagnitude(n: number, digits = 3): string {
  if (n >= 1e12) return `${sig(n / 1e12, digits)} 万亿`;
  if (n >= 1e8) return `${sig(n / 1e8, digits)} 亿`;
  if (n >= 1e4) return `${sig(n / 1e4, digits)} 万`;
  return n >= 100 ? grouped(Math.round(n), 0, "zh-CN") : sig(n);
}

/** 1.831e12 → "1,831B"; 70e9 → "70B"; 125e6 → "125M" (engineers' suffixes in both languages). */
export function formatParams(n: number, _locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  if (n >= 1e9) return `${n >= 100e9 ? grouped(n / 1e9) : sig(n / 1e9)}B`;
  if (n >= 1e6) return `${sig(n / 1e6)}M`;
  return grouped(n);
}

/** 2.16e25 → "2.16e25 FLOP" (the same in every language: engineers write it so). */
export function formatFlops(n: number, _locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  if (n === 0) return "0 FLOP";
  const [mantissa, exponent] = n.toExponential(2).split("e");
  return `${mantissa}e${Number(exponent)} FLOP`;
}

/** 94.3 → "94 days"; 1 → "1 day"; 0.4 → "0.4 days". Chinese: "94 天". */
export function formatDays(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  if (locale === "zh-CN") {
    return `${n < 1 && n > 0 ? sig(n, 1) : grouped(Math.round(n), 0, locale)} 天`;
  }
  if (n < 1 && n > 0) return `${sig(n, 1)} days`;
  const r = Math.round(n);
  return `${grouped(r)} ${r === 1 ? "day" : "days"}`;
}

/** Chinese dollars: 63e6 → "6300 万美元"; 4.2e9 → "42 亿美元"; 1500 → "1,500 美元"; 0.42 → "0.42 美元". */
function chineseUsd(a: number): string {
  if (a >= 1e4) return `${chineseMagnitude(a)}美元`;
  return `${a >= 10 ? grouped(Math.round(a), 0, "zh-CN") : a.toFixed(2)} 美元`;
}

/** 63e6 → "$63M"; 1.2e9 → "$1.2B"; 1500 → "$1,500"; 0.42 → "$0.42". Chinese: "6300 万美元". */
export function formatUsd(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n)) return DASH;
  const sign = n < 0 ? "−" : "";
  const a = Math.abs(n);
  if (locale === "zh-CN") return `${sign}${chineseUsd(a)}`;
  if (a >= 1e9) return `${sign}$${sig(a / 1e9)}B`;
  if (a >= 1e6) return `${sign}$${sig(a / 1e6)}M`;
  if (a >= 1e3) return `${sign}$${grouped(a)}`;
  return `${sign}$${a >= 10 ? grouped(a) : a.toFixed(2)}`;
}

/** 0.34 → "34%"; 0.034 → "3.4%"; 1e-305 → "0%" (the same in Chinese). */
export function formatPercent(share: number, locale: NumberLocale = "en"): string {
  if (!ok(share)) return DASH;
  const p = share * 100;
  // A share that rounds to nothing is "0%", not "5e-303%" (a licence risk that decays for years).
  if (Math.abs(p) < 0.05) return "0%";
  return `${Math.abs(p) < 10 ? sig(p, 2) : grouped(Math.round(p), 0, locale)}%`;
}

/** 13e12 → "13T"; 6.5e12 → "6.5T"; 300e9 → "300B"; 60e6 → "60M" (the same in Chinese). */
export function formatTokens(n: number, _locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  if (n >= 1e12) return `${sig(n / 1e12)}T`;
  if (n >= 1e9) return `${sig(n / 1e9)}B`;
  if (n >= 1e6) return `${sig(n / 1e6)}M`;
  if (n >= 1e3) return `${sig(n / 1e3)}K`;
  return grouped(n);
}

/** A count of people: 100e6 → "100M"; 1.2e6 → "1.2M". Chinese: "1 亿", "120 万". */
export function formatPeople(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  return locale === "zh-CN" ? chineseMagnitude(n) : formatTokens(n);
}

/** Decimal bytes: 140e9 → "140 GB"; 29.3e12 → "29.3 TB" (SI in every language). */
export function formatBytes(n: number, _locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${sig(v)} ${units[i]}`;
}

/** 1.92 → "$1.92 / M tokens". Chinese: "1.92 美元/百万 token". */
export function formatUsdPerMillionTokens(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  const amount = n >= 100 ? grouped(n, 0, locale) : sig(n);
  return locale === "zh-CN" ? `${amount} 美元/百万 token` : `$${amount} / M tokens`;
}

/**
 * The number of a rate, for two rates that share one unit ("50,121 / 72,736 tokens/s"):
 * 18508 → "18,508"; 1.7e6 → "1.7M"; 3.84 → "3.8". Chinese: "1.85 万", "170 万".
 */
export function formatRateNumber(n: number, locale: NumberLocale = "en"): string {
  return ok(n) && n >= 0 ? rateNumber(n, locale) : DASH;
}

function rateNumber(n: number, locale: NumberLocale): string {
  if (locale === "zh-CN" && n >= 1e4) return chineseMagnitude(n);
  if (locale === "en" && n >= 1e6) return `${sig(n / 1e6)}M`;
  return grouped(n >= 100 ? Math.round(n) : n, n >= 100 ? 0 : 1, locale);
}

/** 18508 → "18,508 tokens/s"; 1.7e6 → "1.7M tokens/s". Chinese: "1.85 万 token/s". */
export function formatTokensPerSecond(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  return `${rateNumber(n, locale)} ${locale === "zh-CN" ? "token/s" : "tokens/s"}`;
}

/**
 * A rate without its unit, for a chart's axis whose title names the unit: 18508 → "18,508/s";
 * 1.7e6 → "1.7M/s" (Chinese "170 万/s").
 */
export function formatPerSecond(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  return `${rateNumber(n, locale)}/s`;
}

/** 1.94014 → "1.940". */
export function formatLoss(n: number, _locale: NumberLocale = "en"): string {
  if (!ok(n) || n <= 0) return DASH;
  return n.toFixed(3);
}

/** A plain number: 74.9 → "75"; 2.5 → "2.5". */
export function formatNumber(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n)) return DASH;
  return Math.abs(n) >= 100 ? grouped(Math.round(n), 0, locale) : sig(n);
}

/** 10.3 → "10.3x". Chinese: "10.3 倍". */
export function formatRatio(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  return locale === "zh-CN" ? `${sig(n)} 倍` : `${sig(n)}x`;
}

/**
 * GPUs: 24960 → "24,960 GPUs". Chinese counts cards with 张, and a round count of ten thousand or
 * more in 万 as people say it: 30000 → "3 万张 GPU", 38000 → "3.8 万张 GPU", 24960 → "24,960 张 GPU".
 */
export function formatGpus(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  const r = Math.round(n);
  if (locale === "zh-CN") {
    return r >= 1e4 && r % 1000 === 0
      ? `${sig(r / 1e4, 4)} 万张 GPU`
      : `${grouped(r, 0, locale)} 张 GPU`;
  }
  return `${grouped(r)} ${r === 1 ? "GPU" : "GPUs"}`;
}

/** Seconds per token as milliseconds: 0.0069 → "6.9 ms"; 0.2667 → "267 ms" (never "270": a whole ms). */
export function formatMilliseconds(seconds: number, locale: NumberLocale = "en"): string {
  if (!ok(seconds) || seconds < 0) return DASH;
  const ms = seconds * 1000;
  return `${ms >= 100 ? grouped(Math.round(ms), 0, locale) : sig(ms, 2)} ms`;
}

/** 1 → "yes", 0 → "no". Chinese: "是", "否". */
export function formatYesNo(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n)) return DASH;
  if (locale === "zh-CN") return n ? "是" : "否";
  return n ? "yes" : "no";
}

/** A whole count with thousands separators: 24960 → "24,960" (the same in Chinese). */
export function formatCount(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n)) return DASH;
  return grouped(Math.round(n), 0, locale);
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A calendar month for people: "2021-09" → "September 2021". Chinese: "2021 年 9 月". */
export function formatMonthName(month: string, locale: NumberLocale = "en"): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const index = match ? Number(match[2]) - 1 : -1;
  const name = MONTH_NAMES[index];
  if (!match || !name) return DASH;
  return locale === "zh-CN" ? `${match[1]} 年 ${index + 1} 月` : `${name} ${match[1]}`;
}

/**
 * A month where room is short (a timeline, a stepper): "2021-09" → "Sep 2021". Chinese writes a
 * timeline's months as "2021.09" (every month as wide, and narrower than "2021 年 9 月").
 */
export function formatShortMonth(month: string, locale: NumberLocale = "en"): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !name) return DASH;
  return locale === "zh-CN" ? `${match[1]}.${match[2]}` : `${name.slice(0, 3)} ${match[1]}`;
}

/**
 * A cost against a yardstick, as prose: 2.93 → "2.93x cheaper"; 0.72 → "1.39x dearer";
 * 1 → "no cheaper". A ratio under one is never called cheaper. Chinese: "便宜 2.93 倍",
 * "贵 1.39 倍", "没有更便宜".
 */
export function formatCostChange(ratio: number, locale: NumberLocale = "en"): string {
  if (!ok(ratio) || ratio <= 0) return DASH;
  const zh = locale === "zh-CN";
  if (Math.abs(ratio - 1) < 0.005) return zh ? "没有更便宜" : "no cheaper";
  if (zh) return ratio > 1 ? `便宜 ${sig(ratio)} 倍` : `贵 ${sig(1 / ratio)} 倍`;
  return ratio > 1 ? `${sig(ratio)}x cheaper` : `${sig(1 / ratio)}x dearer`;
}

const ATTENTION_NAMES: Record<NumberLocale, readonly [string, string, string]> = {
  en: ["full multi-head attention", "grouped-query attention", "multi-query attention"],
  "zh-CN": ["完整的多头注意力", "分组查询注意力", "多查询注意力"],
};

/** Attention by its code (0 multi-head, 1 grouped-query, 2 multi-query) as prose. */
export function formatAttention(code: number, locale: NumberLocale = "en"): string {
  return ATTENTION_NAMES[locale][code] ?? DASH;
}

/** Tokens of context: 8192 → "8k"; 2048 → "2k"; 32768 → "32k" (engineers' "k" in both languages). */
export function formatContext(tokens: number, _locale: NumberLocale = "en"): string {
  if (!ok(tokens) || tokens <= 0) return DASH;
  return `${sig(tokens / 1024)}k`;
}

/** A capability score (0-100) for prose: 74.9 → "75"; under one point → "next to nothing" (几乎为零). */
export function formatCapability(n: number, locale: NumberLocale = "en"): string {
  if (!ok(n) || n < 0) return DASH;
  if (n < 0.5) return locale === "zh-CN" ? "几乎为零" : "next to nothing";
  return formatNumber(n, locale);
}
