// The instruments and effects the game's music and cues are made of: wavetable and FM voices,
// drums from sine sweeps and noise, a ping-pong delay and a Freeverb-style reverb. All of it is
// plain arithmetic on Float32Arrays, seeded where it is random, so a build always makes the same
// sounds and the game ships no third-party audio.
//
// A `Bus` may be *periodic*: a note that rings past the end wraps to the start, and the effects
// run over the buffer twice and keep the second pass, so the reverb tail of the last bar is
// already sounding under the first. Played on a loop, such a buffer has no seam at all.

/** Sample rate of everything made here, in Hz: enough for soft music, half the bytes of 44.1 kHz. */
export const RATE = 22_050;
const TAU = Math.PI * 2;

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same music. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Equal temperament, A4 = MIDI 69 = 440 Hz. */
export function hz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

export class Bus {
  readonly left: Float32Array;
  readonly right: Float32Array;
  constructor(
    readonly length: number,
    readonly periodic: boolean,
  ) {
    this.left = new Float32Array(length);
    this.right = new Float32Array(length);
  }

  /** Adds a mono sample at `i`, with channel gains from `panGains`. */
  add(i: number, value: number, gains: readonly [number, number]): void {
    let j = i;
    if (this.periodic)
      j = i >= this.length ? i % this.length : i < 0 ? (i % this.length) + this.length : i;
    else if (i < 0 || i >= this.length) return;
    this.left[j] = (this.left[j] ?? 0) + value * gains[0];
    this.right[j] = (this.right[j] ?? 0) + value * gains[1];
  }

  mixInto(target: Bus, gain = 1): void {
    for (let i = 0; i < this.length; i++) {
      target.left[i] = (target.left[i] ?? 0) + gain * (this.left[i] ?? 0);
      target.right[i] = (target.right[i] ?? 0) + gain * (this.right[i] ?? 0);
    }
  }
}

/** Raised-cosine attack, hold, exponential-ish release to exactly zero: no clicks at either end. */
export function envelope(t: number, attack: number, hold: number, release: number): number {
  if (t < 0) return 0;
  if (t < attack) return 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
  if (t < attack + hold) return 1;
  const r = (t - attack - hold) / release;
  if (r >= 1) return 0;
  // A cosine tail reaches zero with zero slope, unlike a truncated exponential.
  return (0.5 + 0.5 * Math.cos(Math.PI * r)) * (1 - r * 0.3);
}

/** One cycle of a waveform from its harmonic amplitudes, for cheap band-limited oscillators. */
function table(harmonics: readonly number[]): Float32Array {
  const size = 2048;
  const t = new Float32Array(size + 1);
  let peak = 0;
  for (let i = 0; i <= size; i++) {
    let s = 0;
    harmonics.forEach((a, k) => {
      s += a * Math.sin((TAU * (k + 1) * i) / size);
    });
    t[i] = s;
    peak = Math.max(peak, Math.abs(s));
  }
  for (let i = 0; i <= size; i++) t[i] = (t[i] ?? 0) / peak;
  return t;
}

const TABLES = {
  sine: table([1]),
  /** Soft and round: a few harmonics falling off as 1/k^2. */
  soft: table([1, 0.25, 0.11, 0.06, 0.04, 0.028]),
  /** Warm and reedy: a saw's 1/k series, rolled off past the sixth harmonic. */
  warm: table([1, 0.5, 0.33, 0.25, 0.2, 0.16, 0.09, 0.05, 0.03, 0.02]),
};

function lookup(tab: Float32Array, phase: number): number {
  const x = (phase - Math.floor(phase)) * 2048;
  const i = Math.floor(x);
  const f = x - i;
  return (tab[i] ?? 0) * (1 - f) + (tab[i + 1] ?? 0) * f;
}

export interface Sends {
  /** Where the dry sound goes. */
  dry: Bus;
  /** The reverb's input (may be null for no reverb). */
  reverb?: Bus | null;
  /** The delay's input. */
  delay?: Bus | null;
}

/** Equal-power pan (-1 left .. 1 right) as [left, right] gains. */
export function panGains(pan: number): [number, number] {
  const angle = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}

/** Routes one voice: the dry bus, and the reverb and delay buses at their send levels. */
class Route {
  private readonly gains: [number, number];
  constructor(
    private readonly s: Sends,
    pan: number,
    private readonly rev: number,
    private readonly del: number,
  ) {
    this.gains = panGains(pan);
  }
  add(i: number, v: number): void {
    this.s.dry.add(i, v, this.gains);
    if (this.rev > 0 && this.s.reverb) this.s.reverb.add(i, v * this.rev, this.gains);
    if (this.del > 0 && this.s.delay) this.s.delay.add(i, v * this.del, this.gains);
  }
}

export interface PadNote {
  start: number;
  dur: number;
  midi: number;
  gain: number;
  pan?: number;
  attack?: number;
  release?: number;
  /** 0 = the soft table only, 1 = the warm table only; the pad slowly breathes between them. */
  bright?: number;
  reverb?: number;
  delay?: number;
}

/** A pad voice: two slightly detuned oscillators, spread in stereo, slowly changing colour. */
export function pad(s: Sends, n: PadNote): void {
  const attack = n.attack ?? 1.2;
  const release = n.release ?? 1.6;
  const f = hz(n.midi);
  const total = attack + Math.max(0, n.dur - attack) + release;
  const start = Math.round(n.start * RATE);
  const count = Math.round(total * RATE);
  const bright = n.bright ?? 0.4;
  const pan = n.pan ?? 0;
  const ra = new Route(s, pan - 0.35, n.reverb ?? 0.5, n.delay ?? 0);
  const rb = new Route(s, pan + 0.35, n.reverb ?? 0.5, n.delay ?? 0);
  let colour = 0;
  for (let k = 0; k < count; k++) {
    const t = k / RATE;
    const env = envelope(t, attack, Math.max(0, n.dur - attack), release);
    // The colour moves over seconds: updating it every 64 samples is smooth and cheaper.
    if ((k & 63) === 0) colour = bright * (0.6 + 0.4 * Math.sin(TAU * 0.07 * (n.start + t)));
    // Two oscillators detuned by +-2 cents beat slowly against each other: the chorus of a pad.
    const pa = f * t * 1.0012;
    const pb = f * t * 0.9988;
    const a =
      lookup(TABLES.soft, pa) + colour * (lookup(TABLES.warm, pa) - lookup(TABLES.soft, pa));
    const b =
      lookup(TABLES.soft, pb) + colour * (lookup(TABLES.warm, pb) - lookup(TABLES.soft, pb));
    const v = n.gain * env * 0.5;
    ra.add(start + k, v * a);
    rb.add(start + k, v * b);
  }
}

export interface ToneNote {
  start: number;
  dur: number;
  midi: number;
  gain: number;
  pan?: number;
  reverb?: number;
  delay?: number;
}

/** An electric-piano/bell voice by two-operator FM: bright on the strike, mellow as it rings. */
export function keys(
  s: Sends,
  n: ToneNote,
  opts: { ratio?: number; index?: number; decay?: number } = {},
): void {
  const f = hz(n.midi);
  const ratio = opts.ratio ?? 1;
  const index = opts.index ?? 1.8;
  const decay = opts.decay ?? 1.4;
  const release = 0.25;
  const count = Math.round((n.dur + release) * RATE);
  const start = Math.round(n.start * RATE);
  const route = new Route(s, n.pan ?? 0, n.reverb ?? 0.35, n.delay ?? 0.25);
  for (let k = 0; k < count; k++) {
    const t = k / RATE;
    const env = envelope(t, 0.004, n.dur, release) * Math.exp(-t / decay);
    const mod = index * Math.exp(-t / 0.35) + 0.25;
    const v = n.gain * env * Math.sin(TAU * f * t + mod * Math.sin(TAU * f * ratio * t));
    route.add(start + k, v);
  }
}

/** A plucked note: the warm table fading into a sine as it decays, like a damped string. */
export function pluck(s: Sends, n: ToneNote, decay = 0.35): void {
  const f = hz(n.midi);
  const release = 0.05;
  const count = Math.round((n.dur + release) * RATE);
  const start = Math.round(n.start * RATE);
  const route = new Route(s, n.pan ?? 0, n.reverb ?? 0.3, n.delay ?? 0.35);
  for (let k = 0; k < count; k++) {
    const t = k / RATE;
    const env = envelope(t, 0.003, n.dur, release);
    const bright = Math.exp(-t / (decay * 0.4));
    const body = lookup(TABLES.warm, f * t) * bright + lookup(TABLES.sine, f * t) * (1 - bright);
    const v = n.gain * env * Math.exp(-t / decay) * body;
    route.add(start + k, v);
  }
}

/** A round bass: sine with a little second and third harmonic, gently saturated. */
export function bass(s: Sends, n: ToneNote, decay = 3): void {
  const f = hz(n.midi);
  const release = 0.08;
  const count = Math.round((n.dur + release) * RATE);
  const start = Math.round(n.start * RATE);
  const route = new Route(s, n.pan ?? 0, n.reverb ?? 0.08, 0);
  for (let k = 0; k < count; k++) {
    const t = k / RATE;
    const env = envelope(t, 0.01, n.dur, release) * (0.75 + 0.25 * Math.exp(-t / decay));
    const p = TAU * f * t;
    const raw = Math.sin(p) + 0.22 * Math.sin(2 * p) + 0.08 * Math.sin(3 * p);
    const v = n.gain * env * Math.tanh(1.3 * raw) * 0.8;
    route.add(start + k, v);
  }
}

export interface Hit {
  start: number;
  gain: number;
  pan?: number;
  reverb?: number;
}

/** A soft kick: a sine falling from 110 to 45 Hz with a short thump. */
export function kick(s: Sends, h: Hit): void {
  const count = Math.round(0.45 * RATE);
  const start = Math.round(h.start * RATE);
  let phase = 0;
  const route = new Route(s, h.pan ?? 0, h.reverb ?? 0.05, 0);
  for (let k = 0; k < count; k++) {
    const t = k / RATE;
    const f = 45 + 65 * Math.exp(-t / 0.035);
    phase += f / RATE;
    const env = envelope(t, 0.002, 0, 0.42) * Math.exp(-t / 0.16);
    route.add(start + k, h.gain * env * Math.sin(TAU * phase));
  }
}

/** Noise through a one-pole high-pass (hats, shakers) or band-pass (claps, brushes). */
export function noiseHit(
  s: Sends,
  h: Hit,
  random: () => number,
  opts: { decay: number; length: number; highpass: number; lowpass?: number; attack?: number },
): void {
  const count = Math.round(opts.length * RATE);
  const start = Math.round(h.start * RATE);
  const hp = Math.exp((-TAU * opts.highpass) / RATE);
  const lp = opts.lowpass ? Math.exp((-TAU * opts.lowpass) / RATE) : 0;
  let prevIn = 0;
  let hpOut = 0;
  let lpOut = 0;
  const route = new Route(s, h.pan ?? 0, h.reverb ?? 0.15, 0);
  for (let k = 0; k < count; k++) {
    const t = k / RATE;
    const x = random() * 2 - 1;
    hpOut = hp * (hpOut + x - prevIn);
    prevIn = x;
    lpOut = lp ? (1 - lp) * hpOut + lp * lpOut : hpOut;
    const env = envelope(t, opts.attack ?? 0.001, 0, opts.length) * Math.exp(-t / opts.decay);
    route.add(start + k, h.gain * env * lpOut);
  }
}

/** Ping-pong delay (left echo, then right), with a low-pass in the loop so echoes darken. */
export function pingPong(
  input: Bus,
  out: Bus,
  seconds: number,
  feedback: number,
  mix: number,
): void {
  const d = Math.round(seconds * RATE);
  const lineL = new Float32Array(d);
  const lineR = new Float32Array(d);
  let lpL = 0;
  let lpR = 0;
  const passes = input.periodic ? 2 : 1;
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < input.length; i++) {
      const j = i % d;
      const outL = lineL[j] ?? 0;
      const outR = lineR[j] ?? 0;
      const mono = 0.5 * ((input.left[i] ?? 0) + (input.right[i] ?? 0));
      lpL = 0.6 * lpL + 0.4 * outR;
      lpR = 0.6 * lpR + 0.4 * outL;
      lineL[j] = mono + feedback * lpL;
      lineR[j] = feedback * lpR;
      if (pass === passes - 1) {
        out.left[i] = (out.left[i] ?? 0) + mix * outL;
        out.right[i] = (out.right[i] ?? 0) + mix * outR;
      }
    }
  }
}

class Comb {
  private readonly buf: Float32Array;
  private idx = 0;
  private store = 0;
  constructor(
    size: number,
    private readonly room: number,
    private readonly damp: number,
  ) {
    this.buf = new Float32Array(size);
  }
  process(x: number): number {
    const y = this.buf[this.idx] as number;
    this.store = y * (1 - this.damp) + this.store * this.damp;
    this.buf[this.idx] = x + this.store * this.room;
    if (++this.idx === this.buf.length) this.idx = 0;
    return y;
  }
}

class Allpass {
  private readonly buf: Float32Array;
  private idx = 0;
  constructor(size: number) {
    this.buf = new Float32Array(size);
  }
  process(x: number): number {
    const y = this.buf[this.idx] as number;
    this.buf[this.idx] = x + y * 0.5;
    if (++this.idx === this.buf.length) this.idx = 0;
    return y - x;
  }
}

/** Freeverb (Jezar's public-domain design): eight damped combs and four all-passes a channel. */
export function reverb(
  input: Bus,
  out: Bus,
  opts: { room: number; damp: number; mix: number },
): void {
  const scale = RATE / 44_100;
  const combSizes = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
  const allSizes = [556, 441, 341, 225];
  for (const [src, dst, spread] of [
    [input.left, out.left, 0],
    [input.right, out.right, 23],
  ] as const) {
    const combs = combSizes.map(
      (c) => new Comb(Math.round((c + spread) * scale), opts.room, opts.damp),
    );
    const alls = allSizes.map((a) => new Allpass(Math.round((a + spread) * scale)));
    const [c0, c1, c2, c3, c4, c5, c6, c7] = combs as [
      Comb,
      Comb,
      Comb,
      Comb,
      Comb,
      Comb,
      Comb,
      Comb,
    ];
    const [a0, a1, a2, a3] = alls as [Allpass, Allpass, Allpass, Allpass];
    const passes = input.periodic ? 2 : 1;
    for (let pass = 0; pass < passes; pass++) {
      const keep = pass === passes - 1;
      for (let i = 0; i < input.length; i++) {
        // Freeverb's fixed input gain: the eight combs sum to about unity at this level.
        const x = (src[i] as number) * 0.015;
        let acc =
          c0.process(x) +
          c1.process(x) +
          c2.process(x) +
          c3.process(x) +
          c4.process(x) +
          c5.process(x) +
          c6.process(x) +
          c7.process(x);
        acc = a3.process(a2.process(a1.process(a0.process(acc))));
        if (keep) dst[i] = (dst[i] as number) + opts.mix * acc;
      }
    }
  }
}

/**
 * Removes DC and sub-audio rumble with a one-pole high-pass (periodic buses run twice so the
 * filter's state at the seam is the steady one), then scales to `peak`.
 */
export function master(bus: Bus, peak: number): void {
  const a = Math.exp((-TAU * 25) / RATE);
  for (const ch of [bus.left, bus.right]) {
    let prevIn = 0;
    let out = 0;
    const passes = bus.periodic ? 2 : 1;
    const copy = Float32Array.from(ch);
    for (let pass = 0; pass < passes; pass++) {
      for (let i = 0; i < ch.length; i++) {
        const x = copy[i] ?? 0;
        out = a * (out + x - prevIn);
        prevIn = x;
        if (pass === passes - 1) ch[i] = out;
      }
    }
  }
  let max = 0;
  for (let i = 0; i < bus.length; i++) {
    max = Math.max(max, Math.abs(bus.left[i] ?? 0), Math.abs(bus.right[i] ?? 0));
  }
  const g = max > 0 ? peak / max : 1;
  for (let i = 0; i < bus.length; i++) {
    bus.left[i] = (bus.left[i] ?? 0) * g;
    bus.right[i] = (bus.right[i] ?? 0) * g;
  }
}
