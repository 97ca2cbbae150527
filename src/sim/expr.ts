/**
 * "Show the math" as data. An explanation is built as a small expression tree over named terms
 * (symbol, value, how to print it); the formula line prints the symbols and the substituted line
 * prints the values, both from the same tree, so the two can never disagree with each other, and
 * the property test (test/explain/math.test.ts) parses every substituted line back and checks that it
 * evaluates to the number printed after its "=" within display rounding.
 *
 * The hot evaluate functions stay allocation-free and never build trees: src/explain/math.ts builds
 * them from an evaluation's own terms (the fields of TrainingEvaluation, ServingEvaluation, ...).
 *
 * Printing rule the test relies on: a bare integer (no decimal point, suffix, unit or "$") is exact;
 * every other printed number is rounded at its last digit. `count` prints a non-integer with
 * decimals so that rule holds.
 */

/** How a value prints in the substituted line. */
export type Fmt = (value: number) => string;

import { formatCount } from "./format";

export type Expr =
  /** A named quantity: its symbol in the formula, its value in the substituted line. */
  | { k: "q"; sym: string; v: number; fmt: Fmt }
  /** A number that belongs to the formula itself (the 6 of 6ND): printed the same in both lines. */
  | { k: "lit"; v: number }
  | { k: "+" | "−" | "·" | "/"; a: Expr; b: Expr }
  | { k: "^"; a: Expr; b: Expr }
  | { k: "min" | "max"; args: Expr[] }
  | { k: "exp" | "ln" | "floor" | "neg"; a: Expr }
  /**
   * Σ or Π over a list that varies (the sources of a mix): the formula shows the operator before
   * `pattern`, one term built by the same function with symbols for values; the values line shows
   * every term.
   */
  | { k: "Σ" | "Π"; pattern: Expr; terms: Expr[] };

/** One line of working: `name = expression = value` (name optional, the last step is the readout). */
export interface MathStep {
  name?: string;
  expr: Expr;
  /** The value printed after "=": the evaluation's own number for the readout. */
  value: number;
  fmt: Fmt;
}

export const q = (sym: string, v: number, fmt: Fmt): Expr => ({ k: "q", sym, v, fmt });
export const lit = (v: number): Expr => ({ k: "lit", v });

function fold(k: "+" | "·", xs: Expr[]): Expr {
  const [first, ...rest] = xs;
  if (!first) return lit(k === "+" ? 0 : 1);
  return rest.reduce((a, b) => ({ k, a, b }), first);
}

export const add = (...xs: Expr[]): Expr => fold("+", xs);
export const mul = (...xs: Expr[]): Expr => fold("·", xs);
export const sub = (a: Expr, b: Expr): Expr => ({ k: "−", a, b });
export const div = (a: Expr, b: Expr): Expr => ({ k: "/", a, b });
export const pow = (a: Expr, b: Expr): Expr => ({ k: "^", a, b });
export const sq = (a: Expr): Expr => pow(a, lit(2));
export const exp = (a: Expr): Expr => ({ k: "exp", a });
export const ln = (a: Expr): Expr => ({ k: "ln", a });
export const neg = (a: Expr): Expr => ({ k: "neg", a });
export const floor = (a: Expr): Expr => ({ k: "floor", a });
export const min = (...args: Expr[]): Expr => ({ k: "min", args });
export const max = (...args: Expr[]): Expr => ({ k: "max", args });
export const sum = (pattern: Expr, terms: Expr[]): Expr => ({ k: "Σ", pattern, terms });
export const product = (pattern: Expr, terms: Expr[]): Expr => ({ k: "Π", pattern, terms });
/** 1 − x, the shape of most efficiency factors. */
export const oneMinus = (x: Expr): Expr => sub(lit(1), x);

/** The value of a tree, in floating point. */
export function evaluate(x: Expr): number {
  switch (x.k) {
    case "q":
    case "lit":
      return x.v;
    case "+":
      return evaluate(x.a) + evaluate(x.b);
    case "−":
      return evaluate(x.a) - evaluate(x.b);
    case "·":
      return evaluate(x.a) * evaluate(x.b);
    case "/":
      return evaluate(x.a) / evaluate(x.b);
    case "^":
      return evaluate(x.a) ** evaluate(x.b);
    case "min":
      return Math.min(...x.args.map(evaluate));
    case "max":
      return Math.max(...x.args.map(evaluate));
    case "exp":
      return Math.exp(evaluate(x.a));
    case "ln":
      return Math.log(evaluate(x.a));
    case "neg":
      return -evaluate(x.a);
    case "floor":
      return Math.floor(evaluate(x.a));
    case "Σ":
      return x.terms.reduce((s, t) => s + evaluate(t), 0);
    case "Π":
      return x.terms.reduce((s, t) => s * evaluate(t), 1);
  }
}

const PRECEDENCE: Record<Expr["k"], number> = {
  "+": 1,
  "−": 1,
  Σ: 1,
  "·": 2,
  Π: 2,
  "/": 2,
  "^": 3,
  q: 4,
  lit: 4,
  min: 4,
  max: 4,
  exp: 4,
  ln: 4,
  floor: 4,
  neg: 3,
};

/**
 * A number with four significant digits that never looks like an exact integer unless it is one:
 * 1.0000001 prints "1.000", 1234.56 prints "1234.6", 2.5e7 + 0.5 prints "2.500e+7" (the printing
 * rule above).
 */
function rounded(v: number): string {
  const a = Math.abs(v);
  if (a >= 1000 && a < 1e6) return v.toFixed(1);
  const short = String(Number(v.toPrecision(4)));
  if (!/^-?\d+$/.test(short)) return short;
  return a >= 1000 ? v.toExponential(3) : v.toPrecision(4);
}

/** A literal as the formula and the values print it: exact when whole, else four significant digits. */
export function plain(v: number): string {
  if (!Number.isFinite(v)) return "—";
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  return rounded(v);
}

/** A count: exact when whole (with thousands separators), with decimals otherwise. */
export function count(v: number): string {
  if (!Number.isFinite(v)) return "—";
  if (Number.isInteger(v)) return formatCount(v);
  return rounded(v);
}

/** A big count with a display formatter (formatTokens, formatParams) from `min` up, plain below. */
export function scaled(fmt: Fmt, from: number): Fmt {
  return (v) => (Math.abs(v) >= from ? fmt(v) : plain(v));
}

function render(x: Expr, symbolic: boolean): string {
  const child = (c: Expr, parent: number, right = false) => {
    const s = render(c, symbolic);
    const p = PRECEDENCE[c.k];
    // A number printed with a minus or an exponent ("2.16e25") is one token; a Σ of one term is not a sum.
    const wrap = p < parent || (right && p === parent && c.k !== "^");
    return wrap ? `(${s})` : s;
  };
  switch (x.k) {
    case "q":
      return symbolic ? x.sym : x.fmt(x.v);
    case "lit":
      return plain(x.v);
    case "+":
    case "−":
    case "·":
    case "/": {
      const p = PRECEDENCE[x.k];
      return `${child(x.a, p)} ${x.k} ${child(x.b, p, x.k === "−" || x.k === "/")}`;
    }
    case "^": {
      const base = child(x.a, 4);
      if (x.b.k === "lit" && x.b.v === 2) return `${base}²`;
      return `${base}^${child(x.b, 4)}`;
    }
    case "min":
    case "max":
      return `${x.k}(${x.args.map((a) => render(a, symbolic)).join(", ")})`;
    case "exp":
      return `e^(${render(x.a, symbolic)})`;
    case "ln":
      return `ln(${render(x.a, symbolic)})`;
    case "neg":
      return `−${child(x.a, 4)}`;
    case "floor":
      return `⌊${render(x.a, symbolic)}⌋`;
    case "Σ":
    case "Π": {
      const p = PRECEDENCE[x.k];
      if (symbolic) return `${x.k} ${child(x.pattern, p + 1)}`;
      if (x.terms.length === 0) return x.k === "Σ" ? "0" : "1";
      return x.terms
        .map((t) => child(t, p + (x.k === "Π" ? 1 : 0)))
        .join(x.k === "Σ" ? " + " : " · ");
    }
  }
}

/** The formula line of a tree: symbols. */
function formulaOf(x: Expr): string {
  return render(x, true);
}

/** The substituted line of a tree: values. */
function valuesOf(x: Expr): string {
  return render(x, false);
}

/** A step whose printed value is its own tree's value (intermediate working). */
export function working(name: string, expr: Expr, fmt: Fmt): MathStep {
  return { name, expr, value: evaluate(expr), fmt };
}

/** A named step used inside a later one: its symbol there, its printed value in the values line. */
export function ref(step: MathStep): Expr {
  return q(step.name ?? "", step.value, step.fmt);
}

/** The last step: the readout's value (the evaluation's own number) after its working. */
export function result(expr: Expr, value: number, fmt: Fmt): MathStep {
  return { expr, value, fmt };
}

/** "r = (p − 1) / (m · v), r / (1 + r)" */
export function formulaLine(steps: readonly MathStep[]): string {
  return steps
    .map((s) => (s.name ? `${s.name} = ${formulaOf(s.expr)}` : formulaOf(s.expr)))
    .join(", ");
}

/** "r = (15 − 1) / (60 · 4) = 0.05833; 0.05833 / (1 + 0.05833) = 5.5%" */
export function substitutedLine(steps: readonly MathStep[]): string {
  return steps
    .map((s) => `${s.name ? `${s.name} = ` : ""}${valuesOf(s.expr)} = ${s.fmt(s.value)}`)
    .join("; ");
}
