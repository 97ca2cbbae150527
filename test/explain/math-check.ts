/**
 * Reads a "show the math" line as a player reads it and checks that it adds up.
 *
 * A substituted line is steps joined by "; ", each `[name =] expression = value`. Every number in
 * an expression is taken as printed: a bare integer is exact, any other number (a decimal point, a
 * K/M/B/T suffix, a unit, "$" or "%") stands for the interval its last digit allows. The expression
 * is evaluated in interval arithmetic, and the printed value's interval must meet it. So the check
 * needs no knowledge of the sim: it sees only the string the MathTip shows.
 */

export type Interval = readonly [number, number];

const SUFFIX: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Units that may follow a number (longest first), with the factor they carry. */
const UNITS: [string, number][] = [
  ["/ M tokens", 1],
  ["tokens/s", 1],
  ["FLOP/s", 1],
  ["FLOP", 1],
  ["tokens", 1],
  ["params", 1],
  ["GPUs", 1],
  ["GPU", 1],
  ["days", 1],
  ["day", 1],
  ["PB", 1e15],
  ["TB", 1e12],
  ["GB", 1e9],
  ["MB", 1e6],
  ["KB", 1e3],
  ["ms", 1e-3],
  ["B", 1],
  ["s", 1],
  ["h", 1],
];

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  fail(why: string): never {
    throw new Error(`${why} at ${this.i} in "${this.text}"`);
  }

  private skip(): void {
    while (this.text[this.i] === " ") this.i++;
  }

  private peek(s: string): boolean {
    this.skip();
    return this.text.startsWith(s, this.i);
  }

  private eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.i += s.length;
    return true;
  }

  done(): boolean {
    this.skip();
    return this.i >= this.text.length;
  }

  expr(): Interval {
    let v = this.term();
    for (;;) {
      if (this.eat("+")) v = addI(v, this.term());
      else if (this.eat("−") || this.eat("- ")) v = subI(v, this.term());
      else return v;
    }
  }

  private term(): Interval {
    let v = this.factor();
    for (;;) {
      if (this.peek("/ M tokens")) return v;
      if (this.eat("·") || this.eat("×")) v = mulI(v, this.factor());
      else if (this.eat("/")) v = divI(v, this.factor());
      else return v;
    }
  }

  private factor(): Interval {
    const base = this.unary();
    if (this.eat("²")) return powI(base, [2, 2]);
    if (this.eat("^")) return powI(base, this.unary());
    return base;
  }

  private unary(): Interval {
    if (this.eat("−")) {
      const [lo, hi] = this.unary();
      return [-hi, -lo];
    }
    return this.primary();
  }

  private args(): Interval[] {
    const out = [this.expr()];
    while (this.eat(",")) out.push(this.expr());
    if (!this.eat(")")) this.fail("expected )");
    return out;
  }

  private primary(): Interval {
    if (this.eat("(")) {
      const v = this.expr();
      if (!this.eat(")")) this.fail("expected )");
      return v;
    }
    if (this.eat("√(")) {
      const [lo, hi] = this.args()[0] as Interval;
      return [Math.sqrt(lo), Math.sqrt(hi)];
    }
    if (this.eat("e^(")) {
      const [lo, hi] = this.args()[0] as Interval;
      return [Math.exp(lo), Math.exp(hi)];
    }
    if (this.eat("ln(")) {
      const [lo, hi] = this.args()[0] as Interval;
      return [Math.log(lo), Math.log(hi)];
    }
    if (this.eat("⌊")) {
      const [lo, hi] = this.expr();
      if (!this.eat("⌋")) this.fail("expected ⌋");
      return [Math.floor(lo), Math.floor(hi)];
    }
    if (this.eat("min(")) {
      const a = this.args();
      return [Math.min(...a.map((x) => x[0])), Math.min(...a.map((x) => x[1]))];
    }
    if (this.eat("max(")) {
      const a = this.args();
      return [Math.max(...a.map((x) => x[0])), Math.max(...a.map((x) => x[1]))];
    }
    return this.number();
  }

  number(): Interval {
    this.skip();
    const m =
      /^(\$?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:e([+-]?\d+))?([KkMBT](?![a-zA-Z]))?(%|x(?![a-zA-Z]))?/.exec(
        this.text.slice(this.i),
      );
    if (!m) this.fail("expected a number");
    this.i += m[0].length;
    const [, dollar, whole = "", decimals = "", exponent, suffix, mark] = m;
    let factor = (suffix ? (SUFFIX[suffix] as number) : 1) * (mark === "%" ? 0.01 : 1);
    let unit = false;
    const rest = this.text.slice(this.i);
    for (const [name, f] of UNITS) {
      const spaced = rest.startsWith(` ${name}`) && !/[a-zA-Z]/.test(rest[name.length + 1] ?? "");
      if (spaced) {
        this.i += name.length + 1;
        factor *= f;
        unit = true;
        break;
      }
    }
    const digits = Number(whole.replaceAll(",", "") + decimals);
    const scale = 10 ** Number(exponent ?? 0);
    const value = digits * scale * factor;
    const exact = !dollar && !decimals && !exponent && !suffix && !mark && !unit;
    if (exact) return [value, value];
    const places = decimals ? decimals.length - 1 : 0;
    const half = 0.5 * 10 ** -places * scale * factor;
    return [value - half, value + half];
  }
}

function addI(a: Interval, b: Interval): Interval {
  return [a[0] + b[0], a[1] + b[1]];
}
function subI(a: Interval, b: Interval): Interval {
  return [a[0] - b[1], a[1] - b[0]];
}
function corners(a: Interval, b: Interval, f: (x: number, y: number) => number): Interval {
  const c = [f(a[0], b[0]), f(a[0], b[1]), f(a[1], b[0]), f(a[1], b[1])];
  return [Math.min(...c), Math.max(...c)];
}
function mulI(a: Interval, b: Interval): Interval {
  return corners(a, b, (x, y) => x * y);
}
function divI(a: Interval, b: Interval): Interval {
  if (b[0] <= 0 && b[1] >= 0) return [-Infinity, Infinity];
  return corners(a, b, (x, y) => x / y);
}
function powI(a: Interval, b: Interval): Interval {
  // Bases are non-negative in the game's formulas; x^y is monotone in each argument there.
  const lo = Math.max(a[0], 0);
  return corners([lo, Math.max(a[1], lo)], b, (x, y) => x ** y);
}

/** The interval one printed value stands for ("93 days", "1,831B", "34%"). */
export function printedValue(text: string): Interval {
  const p = new Parser(text);
  const v = p.number();
  if (!p.done()) p.fail("trailing text after the value");
  return v;
}

/** The interval an expression evaluates to, from its printed numbers. */
export function printedExpression(text: string): Interval {
  const p = new Parser(text);
  const v = p.expr();
  if (!p.done()) p.fail("trailing text");
  return v;
}

/**
 * Problems with one substituted line: each step's expression must meet its printed value.
 * Returns [] when every step adds up.
 */
export function mathProblems(substituted: string): string[] {
  const problems: string[] = [];
  for (const step of substituted.split("; ")) {
    const parts = step.split(" = ");
    if (parts.length < 2) {
      problems.push(`no "=" in "${step}"`);
      continue;
    }
    const value = parts.at(-1) as string;
    const expression = parts.at(-2) as string;
    try {
      const [lo, hi] = printedExpression(expression);
      const [vlo, vhi] = printedValue(value);
      const slack = 1e-9 * Math.max(Math.abs(vlo), Math.abs(vhi), 1e-300);
      if (!(lo <= vhi + slack && vlo - slack <= hi))
        problems.push(`"${expression}" gives [${lo}, ${hi}], printed ${value} = [${vlo}, ${vhi}]`);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return problems;
}
