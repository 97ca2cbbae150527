/** Display formatting shared by the story and the screens. Never prints NaN, Infinity or "undefined". */

const DASH = "—";

function ok(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

// One Intl.NumberFormat per digit count: building one per call (what toLocaleString does) costs
// ~27x the formatting itself, and screens format dozens of readouts on every slider tick.
const GROUPED: Intl.NumberFormat[] = [];

function grouped(n: number, digits = 0): string {
  let f = GROUPED[digits];
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    GROUPED[digits] = f;
  }
  return f.format(n);
}

function sig(n: number, digits = 3): string {
  return String(Number(n.toPrecision(digits)));
}

/** 1.831e12 → "1,831B"; 70e9 → "70B"; 125e6 → "125M". */
export function formatParams(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  if (n >= 1e9) return `${n >= 100e9 ? grouped(n / 1e9) : sig(n / 1e9)}B`;
  if (n >= 1e6) return `${sig(n / 1e6)}M`;
  return grouped(n);
}

/** 2.16e25 → "2.16e25 FLOP". */
export function formatFlops(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  if (n === 0) return "0 FLOP";
  const [mantissa, exponent] = n.toExponential(2).split("e");
  return `${mantissa}e${Number(exponent)} FLOP`;
}

/** 94.3 → "94 days"; 1 → "1 day"; 0.4 → "0.4 days". */
export function formatDays(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  if (n < 1 && n > 0) return `${sig(n, 1)} days`;
  const r = Math.round(n);
  return `${grouped(r)} ${r === 1 ? "day" : "days"}`;
}

/** 63e6 → "$63M"; 1.2e9 → "$1.2B"; 1500 → "$1,500"; 0.42 → "$0.42". */
export function formatUsd(n: number): string {
  if (!ok(n)) return DASH;
  const sign = n < 0 ? "−" : "";
  const a = Math.abs(n);
  if (a >= 1e9) return `${sign}$${sig(a / 1e9)}B`;
  if (a >= 1e6) return `${sign}$${sig(a / 1e6)}M`;
  if (a >= 1e3) return `${sign}$${grouped(a)}`;
  return `${sign}$${a >= 10 ? grouped(a) : a.toFixed(2)}`;
}

/** 0.34 → "34%"; 0.034 → "3.4%". */
export function formatPercent(share: number): string {
  if (!ok(share)) return DASH;
  const p = share * 100;
  return `${Math.abs(p) < 10 && p !== 0 ? sig(p, 2) : grouped(Math.round(p))}%`;
}

/** 13e12 → "13T"; 6.5e12 → "6.5T"; 300e9 → "300B"; 60e6 → "60M". */
export function formatTokens(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  if (n >= 1e12) return `${sig(n / 1e12)}T`;
  if (n >= 1e9) return `${sig(n / 1e9)}B`;
  if (n >= 1e6) return `${sig(n / 1e6)}M`;
  if (n >= 1e3) return `${sig(n / 1e3)}K`;
  return grouped(n);
}

/** Decimal bytes: 140e9 → "140 GB"; 29.3e12 → "29.3 TB". */
export function formatBytes(n: number): string {
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

/** 1.92 → "$1.92 / M tokens". */
export function formatUsdPerMillionTokens(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  return `$${n >= 100 ? grouped(n) : sig(n)} / M tokens`;
}

/** 18508 → "18,508 tokens/s"; 1.7e6 → "1.7M tokens/s". */
export function formatTokensPerSecond(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  if (n >= 1e6) return `${sig(n / 1e6)}M tokens/s`;
  return `${grouped(n >= 100 ? Math.round(n) : n, n >= 100 ? 0 : 1)} tokens/s`;
}

/** 1.94014 → "1.940". */
export function formatLoss(n: number): string {
  if (!ok(n) || n <= 0) return DASH;
  return n.toFixed(3);
}

/** A plain number: 74.9 → "75"; 2.5 → "2.5". */
export function formatNumber(n: number): string {
  if (!ok(n)) return DASH;
  return Math.abs(n) >= 100 ? grouped(Math.round(n)) : sig(n);
}

/** 10.3 → "10.3x". */
export function formatRatio(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  return `${sig(n)}x`;
}

/** GPUs: 24960 → "24,960 GPUs". */
export function formatGpus(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  const r = Math.round(n);
  return `${grouped(r)} ${r === 1 ? "GPU" : "GPUs"}`;
}

/** Seconds per token as milliseconds: 0.0069 → "6.9 ms"; 0.2667 → "267 ms" (never "270": a whole ms). */
export function formatMilliseconds(seconds: number): string {
  if (!ok(seconds) || seconds < 0) return DASH;
  const ms = seconds * 1000;
  return `${ms >= 100 ? grouped(Math.round(ms)) : sig(ms, 2)} ms`;
}

/** 1 → "yes", 0 → "no". */
export function formatYesNo(n: number): string {
  if (!ok(n)) return DASH;
  return n ? "yes" : "no";
}

/** A whole count with thousands separators: 24960 → "24,960". */
export function formatCount(n: number): string {
  if (!ok(n)) return DASH;
  return grouped(Math.round(n));
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

/** A calendar month for people: "2021-09" → "September 2021". */
export function formatMonthName(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : DASH;
}

/**
 * A cost against a yardstick, as prose: 2.93 → "2.93x cheaper"; 0.72 → "1.39x dearer";
 * 1 → "no cheaper". A ratio under one is never called cheaper.
 */
export function formatCostChange(ratio: number): string {
  if (!ok(ratio) || ratio <= 0) return DASH;
  if (Math.abs(ratio - 1) < 0.005) return "no cheaper";
  return ratio > 1 ? `${sig(ratio)}x cheaper` : `${sig(1 / ratio)}x dearer`;
}

/** Attention by its code (0 multi-head, 1 grouped-query, 2 multi-query) as prose. */
export function formatAttention(code: number): string {
  return code === 2
    ? "multi-query attention"
    : code === 1
      ? "grouped-query attention"
      : code === 0
        ? "full multi-head attention"
        : DASH;
}

/** Tokens of context: 8192 → "8k"; 2048 → "2k"; 32768 → "32k". */
export function formatContext(tokens: number): string {
  if (!ok(tokens) || tokens <= 0) return DASH;
  return `${sig(tokens / 1024)}k`;
}

/** A capability score (0-100) for prose: 74.9 → "75"; under one point → "next to nothing". */
export function formatCapability(n: number): string {
  if (!ok(n) || n < 0) return DASH;
  return n < 0.5 ? "next to nothing" : formatNumber(n);
}
