// The game's three music beds, composed here as lead sheets (chords per bar, which layers play
// in each section) and realised by a small seeded arranger: voice-led pad chords, a bass line,
// arpeggios whose pattern changes every few bars, a melody made of motifs that come back varied,
// and soft drums for the tense and launch beds. Every loop is rendered periodically (see
// synth.ts): the outro's tail is already ringing under the intro, so the loop point is inaudible.
import { MUSIC_BEDS } from "../../src/story/protocol.ts";
import {
  Bus,
  bass,
  keys,
  kick,
  master,
  noiseHit,
  pad,
  pingPong,
  pluck,
  RATE,
  reverb,
  rng,
  type Sends,
} from "./synth.ts";

/** The beds the story names (`# music:`), from the protocol so the two lists cannot drift. */
export const TRACKS = MUSIC_BEDS;
export type TrackName = (typeof TRACKS)[number];

type Layer = "pad" | "bass" | "arp" | "melody" | "drums" | "counter";

interface Section {
  /** One chord symbol per bar, e.g. "Dmaj7 F#m7 Gmaj7 A". */
  chords: string;
  layers: readonly Layer[];
  /** Which melody theme the section sings, and how freely it varies it (0 = as first heard). */
  theme?: "A" | "B";
  vary?: number;
  /** "in" swells from silence over the section, "out" fades to it: the loop's seam is a breath. */
  fade?: "in" | "out";
  /** 0..1: how busy the drums and arpeggio are. */
  energy?: number;
}

interface Piece {
  seed: number;
  bpm: number;
  /** MIDI note of the tonic in the melody's octave. */
  tonic: number;
  scale: readonly number[];
  melody: "keys" | "pluck";
  drums: "none" | "tense" | "launch";
  sections: readonly Section[];
}

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const MINOR = [0, 2, 3, 5, 7, 8, 10];

const PIECES: Record<TrackName, Piece> = {
  // Chapters 1-4 and the quiet stretches after: an office at night, curious and warm. D major,
  // 76 BPM, 40 bars = 40 x 4 x 60/76 = 126.3 s.
  calm: {
    seed: 11,
    bpm: 76,
    tonic: 74,
    scale: MAJOR,
    melody: "keys",
    drums: "none",
    sections: [
      { chords: "Dmaj7 F#m7 Gmaj7 Asus4", layers: ["pad", "arp"], fade: "in", energy: 0.2 },
      {
        chords: "Dmaj7 F#m7 Gmaj7 A Dmaj7 F#m7 Gmaj7 A",
        layers: ["pad", "arp", "bass", "melody"],
        theme: "A",
        energy: 0.3,
      },
      {
        chords: "Bm7 Gmaj7 Dmaj7 A Bm7 Gmaj7 Em7 A",
        layers: ["pad", "arp", "bass", "melody"],
        theme: "B",
        energy: 0.5,
      },
      {
        chords: "Gmaj7 A F#m7 Bm7 Em7 F#m7 Gmaj7 Asus4",
        layers: ["pad", "arp", "bass", "drums"],
        energy: 0.4,
      },
      {
        chords: "Dmaj7 F#m7 Gmaj7 A Dmaj7 F#m7 Gmaj7 A",
        layers: ["pad", "arp", "bass", "melody", "counter"],
        theme: "A",
        vary: 0.35,
        energy: 0.5,
      },
      { chords: "Gmaj7 A Dmaj7 Dmaj7", layers: ["pad", "arp", "bass"], fade: "out", energy: 0.2 },
    ],
  },
  // A run on call, ChatGPT's flood, the launch pressure: D minor, 92 BPM, a pulsing bass, ticking
  // hats. 48 bars = 48 x 4 x 60/92 = 125.2 s.
  tense: {
    seed: 23,
    bpm: 92,
    tonic: 62,
    scale: MINOR,
    melody: "pluck",
    drums: "tense",
    sections: [
      { chords: "Dm Dm Bb A7", layers: ["pad", "bass", "drums"], fade: "in", energy: 0.3 },
      {
        chords: "Dm Bb Gm A7 Dm Bb Gm A7",
        layers: ["pad", "bass", "arp", "drums"],
        energy: 0.6,
      },
      {
        chords: "Gm Bb Dm C Gm Bb A7 A7",
        layers: ["pad", "bass", "arp", "drums", "melody"],
        theme: "A",
        energy: 0.7,
      },
      {
        chords: "Bbmaj7 Fmaj7 Gm7 Dm7 Bbmaj7 Fmaj7 Gm7 A7",
        layers: ["pad", "arp", "melody"],
        theme: "B",
        energy: 0.4,
      },
      {
        chords: "Dm Bb Gm A7 Dm Bb Gm A7",
        layers: ["pad", "bass", "arp", "drums", "melody"],
        theme: "A",
        vary: 0.4,
        energy: 0.8,
      },
      {
        chords: "Gm Bb Dm C Gm Bb A7 A7",
        layers: ["pad", "bass", "arp", "drums", "melody", "counter"],
        theme: "B",
        vary: 0.4,
        energy: 0.9,
      },
      { chords: "Dm Bb Gm A7", layers: ["pad", "bass", "drums"], fade: "out", energy: 0.3 },
    ],
  },
  // The launch and the good endings: F major, 108 BPM, IV-I-V-vi anthem chords, four on the floor.
  // 56 bars = 56 x 4 x 60/108 = 124.4 s.
  launch: {
    seed: 37,
    bpm: 108,
    tonic: 65,
    scale: MAJOR,
    melody: "keys",
    drums: "launch",
    sections: [
      { chords: "Bb F C Dm", layers: ["pad", "arp"], fade: "in", energy: 0.4 },
      {
        chords: "F C Dm Bb F C Dm Bb",
        layers: ["pad", "arp", "bass", "melody"],
        theme: "A",
        energy: 0.4,
      },
      {
        chords: "Bb F C Dm Bb F C C",
        layers: ["pad", "arp", "bass", "drums", "melody"],
        theme: "B",
        energy: 0.8,
      },
      {
        chords: "Gm7 Am7 Bbmaj7 C Gm7 Am7 Bbmaj7 Csus4",
        layers: ["pad", "arp", "drums"],
        energy: 0.3,
      },
      {
        chords: "F C Dm Bb F C Dm Bb",
        layers: ["pad", "arp", "bass", "drums", "melody"],
        theme: "A",
        vary: 0.35,
        energy: 0.8,
      },
      {
        chords: "Bb F C Dm Bb F C C",
        layers: ["pad", "arp", "bass", "drums", "melody", "counter"],
        theme: "B",
        vary: 0.35,
        energy: 1,
      },
      {
        chords: "Dm Bb F C Dm Bb F C",
        layers: ["pad", "arp", "bass", "drums", "counter"],
        energy: 0.9,
      },
      { chords: "Bb C F F", layers: ["pad", "arp", "bass"], fade: "out", energy: 0.3 },
    ],
  },
};

const NOTE: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
const QUALITY: Record<string, readonly number[]> = {
  "": [0, 4, 7],
  m: [0, 3, 7],
  maj7: [0, 4, 7, 11],
  m7: [0, 3, 7, 10],
  "7": [0, 4, 7, 10],
  sus4: [0, 5, 7],
  sus2: [0, 2, 7],
};

interface Chord {
  /** Pitch class of the root, 0..11. */
  root: number;
  /** Pitch classes of every chord tone. */
  tones: number[];
}

export function parseChord(symbol: string): Chord {
  const m = /^([A-G])([#b]?)(.*)$/.exec(symbol);
  const quality = m ? QUALITY[m[3] ?? ""] : undefined;
  if (!m || !quality) throw new Error(`unknown chord symbol "${symbol}"`);
  const root = ((NOTE[m[1] ?? "C"] ?? 0) + (m[2] === "#" ? 1 : m[2] === "b" ? -1 : 0) + 12) % 12;
  return { root, tones: quality.map((i) => (root + i) % 12) };
}

/** The voicing of `chord` inside [low, low+18) that moves least from the previous one. */
function voice(chord: Chord, previous: number[] | null, low: number): number[] {
  const candidates: number[][] = [];
  for (let bottom = low; bottom < low + 12; bottom++) {
    if (!chord.tones.includes(bottom % 12)) continue;
    const notes = [bottom];
    for (let n = bottom + 1; notes.length < chord.tones.length; n++) {
      if (chord.tones.includes(n % 12) && !notes.some((x) => x % 12 === n % 12)) notes.push(n);
    }
    candidates.push(notes);
  }
  if (!previous) return candidates[2] ?? candidates[0] ?? [];
  const cost = (v: number[]) => v.reduce((s, n, i) => s + Math.abs(n - (previous[i] ?? n)), 0);
  return candidates.reduce((best, v) => (cost(v) < cost(best) ? v : best));
}

/** A melody note before it meets the chords: where in the bar, how long, how far it steps. */
interface MotifNote {
  beat: number;
  beats: number;
  step: number;
}

const RHYTHMS: readonly (readonly [number, number][])[] = [
  [
    [0, 1.5],
    [1.5, 0.5],
    [2, 2],
  ],
  [
    [0, 1],
    [1, 1],
    [2, 1.5],
    [3.5, 0.5],
  ],
  [
    [0.5, 0.5],
    [1, 1],
    [2, 1],
    [3, 1],
  ],
  [
    [0, 3],
    [3, 1],
  ],
  [
    [0, 0.5],
    [0.5, 0.5],
    [1, 2],
    [3, 1],
  ],
  [
    [0, 2],
    [2, 0.5],
    [2.5, 1.5],
  ],
];
const CADENCES: readonly (readonly [number, number][])[] = [
  [[0, 4]],
  [
    [0, 1],
    [1, 3],
  ],
];
const STEPS = [-2, -1, -1, 1, 1, 2, 0, 3, -3, -1, 1];

/** A four-bar theme: bars one and three share a rhythm (the motif), bar four cadences. */
function theme(random: () => number): MotifNote[][] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const a = pick(RHYTHMS);
  const b = pick(RHYTHMS);
  const steps = a.map(() => pick(STEPS));
  const bars = [a, b, a, pick(CADENCES)];
  return bars.map((rhythm, bar) =>
    rhythm.map(([beat, beats], i) => ({
      beat,
      beats,
      // Bar three repeats bar one's contour from wherever bar two left the voice: the motif
      // heard again on new harmony, which is what makes a tune recognisable.
      step: bar === 0 || bar === 2 ? (steps[i] ?? 0) : pick(STEPS),
    })),
  );
}

function vary(bar: MotifNote[], amount: number, random: () => number): MotifNote[] {
  const out: MotifNote[] = [];
  for (const n of bar) {
    const r = random();
    if (r < amount * 0.35 && n.beats >= 1) {
      // Split a long note into two: an ornament the first statement did not have.
      out.push({ beat: n.beat, beats: n.beats / 2, step: n.step });
      out.push({ beat: n.beat + n.beats / 2, beats: n.beats / 2, step: random() < 0.5 ? 1 : -1 });
    } else if (r < amount * 0.7) {
      out.push({ ...n, step: n.step + (random() < 0.5 ? 1 : -1) });
    } else out.push(n);
  }
  return out;
}

/** Scale degree (any integer, octaves wrap) to MIDI. */
function degreeMidi(piece: Piece, degree: number): number {
  const len = piece.scale.length;
  const octave = Math.floor(degree / len);
  const idx = ((degree % len) + len) % len;
  return piece.tonic + 12 * octave + (piece.scale[idx] ?? 0);
}

/** The scale degree nearest `degree` whose note is in the chord (so strong beats consonate). */
function snap(piece: Piece, degree: number, chord: Chord): number {
  for (const d of [0, 1, -1, 2, -2, 3, -3]) {
    const midi = degreeMidi(piece, degree + d);
    if (chord.tones.includes(((midi % 12) + 12) % 12)) return degree + d;
  }
  return degree;
}

export interface Rendered {
  left: Float32Array;
  right: Float32Array;
  /** Seconds: exactly the loop's length. */
  seconds: number;
}

/** Renders one bed, deterministically, as a stereo loop at RATE. */
export function renderTrack(name: TrackName): Rendered {
  const piece = PIECES[name];
  const random = rng(piece.seed);
  const beat = 60 / piece.bpm;
  const bar = 4 * beat;
  const bars = piece.sections.reduce((n, s) => n + s.chords.split(/\s+/).length, 0);
  const length = Math.round(bars * bar * RATE);
  const dry = new Bus(length, true);
  const wet = new Bus(length, true);
  const echo = new Bus(length, true);
  const s: Sends = { dry, reverb: wet, delay: echo };
  const themes = { A: theme(random), B: theme(random) };
  const human = () => (random() - 0.5) * 0.012;

  let barIndex = 0;
  let previousVoicing: number[] | null = null;
  let melodyDegree = 2;
  let arpPattern = [0, 1, 2, 3, 2, 1, 2, 3];
  const arpPatterns = [
    [0, 1, 2, 3, 2, 1, 2, 3],
    [0, 2, 1, 3, 2, 4, 3, 1],
    [0, 1, 2, 1, 3, 2, 4, 2],
    [3, 2, 1, 0, 1, 2, 3, 4],
    [0, 2, 4, 2, 1, 3, 5, 3],
  ];

  for (const section of piece.sections) {
    const symbols = section.chords.split(/\s+/);
    const energy = section.energy ?? 0.5;
    const has = (l: Layer) => section.layers.includes(l);
    const themeBars = section.theme ? themes[section.theme] : null;
    symbols.forEach((symbol, i) => {
      const chord = parseChord(symbol);
      const t0 = barIndex * bar;
      const ramp =
        section.fade === "in"
          ? (i + 0.5) / symbols.length
          : section.fade === "out"
            ? 1 - (i + 0.5) / symbols.length
            : 1;
      const level = 0.25 + 0.75 * ramp;
      const voicing = voice(chord, previousVoicing, 50);
      previousVoicing = voicing;

      if (has("pad")) {
        for (const [k, midi] of voicing.entries()) {
          pad(s, {
            start: t0,
            dur: bar + 0.05,
            midi,
            gain: 0.1 * level,
            pan: (k / Math.max(1, voicing.length - 1) - 0.5) * 0.8,
            attack: 0.9,
            release: 1.4,
            bright: name === "calm" ? 0.25 : 0.45,
            reverb: 0.7,
          });
        }
      }

      if (has("bass")) {
        const root = 36 + ((chord.root - 36 + 120) % 12);
        const fifth = root + 7;
        const notes: [number, number, number][] =
          name === "calm"
            ? [
                [0, 1.8, root],
                [2.5, 1.2, i % 2 === 1 ? fifth : root],
              ]
            : name === "tense"
              ? [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5].map((b) => [
                  b,
                  0.4,
                  b === 3.5 && i % 2 === 1 ? root + 12 : root,
                ])
              : [
                  [0, 0.45, root],
                  [1.5, 0.45, root],
                  [2, 0.45, root],
                  [3, 0.4, root + 12],
                  [3.5, 0.4, fifth],
                ];
        for (const [b, d, midi] of notes) {
          bass(s, {
            start: t0 + b * beat,
            dur: d * beat,
            midi,
            gain: (name === "tense" ? (b % 1 === 0 ? 0.3 : 0.2) : 0.32) * level,
          });
        }
      }

      if (has("arp")) {
        if (i % 4 === 0 && random() < 0.6) {
          arpPattern = arpPatterns[Math.floor(random() * arpPatterns.length)] ?? arpPattern;
        }
        const tones = [...voicing, ...voicing.map((n) => n + 12)];
        const sixteenths = energy > 0.55;
        const stepBeats = sixteenths ? 0.25 : 0.5;
        const count = 4 / stepBeats;
        for (let k = 0; k < count; k++) {
          const idx = arpPattern[k % arpPattern.length] ?? 0;
          const midi = (tones[idx % tones.length] ?? 60) + 12;
          const accent = k % 4 === 0 ? 1 : 0.7;
          pluck(
            s,
            {
              start: t0 + k * stepBeats * beat + human(),
              dur: stepBeats * beat * 0.9,
              midi,
              gain: (sixteenths ? 0.075 : 0.09) * accent * level,
              pan: Math.sin(k * 0.9) * 0.6,
              delay: 0.3,
              reverb: 0.35,
            },
            name === "calm" ? 0.5 : 0.28,
          );
        }
      }

      if (has("melody") && themeBars) {
        const motif = themeBars[i % 4] ?? [];
        const notes = section.vary && i >= 4 ? vary(motif, section.vary, random) : motif;
        for (const n of notes) {
          melodyDegree += n.step;
          // Keep the voice in its register: pull back towards the middle when it wanders.
          if (melodyDegree > 9) melodyDegree -= 3;
          if (melodyDegree < -2) melodyDegree += 3;
          if (n.beat % 2 === 0 || n.beats >= 1.5) melodyDegree = snap(piece, melodyDegree, chord);
          if (i % 4 === 3 && n === notes[notes.length - 1]) {
            melodyDegree = snap(piece, melodyDegree, chord);
          }
          const midi = degreeMidi(piece, melodyDegree);
          const start = t0 + n.beat * beat + human();
          const dur = n.beats * beat * 0.92;
          const note = { start, dur, midi, gain: 0.22 * level, pan: 0.1, delay: 0.3, reverb: 0.45 };
          if (piece.melody === "keys") keys(s, note, { decay: name === "launch" ? 0.9 : 1.4 });
          else pluck(s, { ...note, gain: 0.2 * level }, 0.6);
        }
      }

      if (has("counter")) {
        // A second voice an octave below the pad's top note, in long notes, answering the melody.
        const top = voicing[voicing.length - 1] ?? 64;
        keys(
          s,
          { start: t0 + 2 * beat, dur: 2 * beat, midi: top + 12, gain: 0.09 * level, pan: -0.4 },
          { ratio: 2, index: 1.2, decay: 1.2 },
        );
      }

      if (has("drums") && piece.drums !== "none") {
        const lastBar = i === symbols.length - 1;
        drums(s, piece.drums, t0, beat, energy * level, lastBar && !section.fade, random);
      } else if (has("drums")) {
        // Calm's bridge: a brushed shaker on the off-beats, no more.
        for (let k = 0; k < 8; k++) {
          noiseHit(
            s,
            { start: t0 + (k + 0.5) * 0.5 * beat, gain: 0.02 * level, pan: 0.3, reverb: 0.4 },
            random,
            { decay: 0.05, length: 0.12, highpass: 3000, lowpass: 8000, attack: 0.01 },
          );
        }
      }
      barIndex++;
    });
  }

  const out = new Bus(length, true);
  dry.mixInto(out);
  // Echoes a dotted eighth apart, then everything into the room.
  pingPong(echo, out, 0.75 * beat, 0.38, 0.55);
  pingPong(echo, wet, 0.75 * beat, 0.38, 0.3);
  reverb(wet, out, { room: 0.86, damp: 0.35, mix: 0.9 });
  master(out, 0.89);
  return { left: out.left, right: out.right, seconds: length / RATE };
}

function drums(
  s: Sends,
  style: "tense" | "launch",
  t0: number,
  beat: number,
  energy: number,
  fill: boolean,
  random: () => number,
): void {
  const hat = (b: number, gain: number, pan = 0.25) =>
    noiseHit(s, { start: t0 + b * beat, gain, pan, reverb: 0.1 }, random, {
      decay: 0.018,
      length: 0.06,
      highpass: 6500,
    });
  const clap = (b: number, gain: number) =>
    noiseHit(s, { start: t0 + b * beat, gain, pan: -0.1, reverb: 0.4 }, random, {
      decay: 0.06,
      length: 0.25,
      highpass: 900,
      lowpass: 4000,
      attack: 0.003,
    });
  const shake = (b: number, gain: number) =>
    noiseHit(s, { start: t0 + b * beat, gain, pan: -0.35, reverb: 0.15 }, random, {
      decay: 0.03,
      length: 0.08,
      highpass: 4000,
      lowpass: 9000,
      attack: 0.006,
    });
  const g = 0.4 + 0.6 * energy;
  if (style === "tense") {
    for (const b of [0, 2.5]) kick(s, { start: t0 + b * beat, gain: 0.55 * g });
    if (energy > 0.6) kick(s, { start: t0 + 3.75 * beat, gain: 0.3 * g });
    for (let k = 0; k < 8; k++) hat(k * 0.5, (k % 2 === 1 ? 0.07 : 0.045) * g);
    if (energy > 0.5) for (let k = 0; k < 16; k++) shake(k * 0.25, (0.012 + random() * 0.01) * g);
    if (energy > 0.7) clap(3, 0.09 * g);
  } else {
    if (energy > 0.35)
      for (const b of [0, 1, 2, 3]) kick(s, { start: t0 + b * beat, gain: 0.5 * g });
    if (energy > 0.5) for (const b of [1, 3]) clap(b, 0.12 * g);
    for (const b of [0.5, 1.5, 2.5, 3.5]) hat(b, 0.07 * g);
    if (energy > 0.7) for (let k = 0; k < 16; k++) shake(k * 0.25, (0.01 + random() * 0.012) * g);
  }
  if (fill) {
    // The last beat of a section rolls into the next: sixteenth hats, growing.
    for (let k = 0; k < 4; k++) hat(3 + k * 0.25, (0.04 + 0.02 * k) * g, -0.2 + 0.15 * k);
  }
}
