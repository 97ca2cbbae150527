// The short cues: interface sounds (choice, page, commit) and the story's key moments, which the
// ink places with `# sfx:` tags. Every name here is one of the protocol's SfxName list
// (src/story/protocol.ts), and the test checks both lists are the same.
import { SFX } from "../../src/story/protocol.ts";
import {
  Bus,
  keys,
  kick,
  master,
  noiseHit,
  pad,
  pluck,
  RATE,
  reverb,
  rng,
  type Sends,
} from "./synth.ts";

/** Every cue the story can ask for (`# sfx:`), from the protocol so the two lists cannot drift. */
export const CUES = SFX;
export type CueName = (typeof CUES)[number];

type Score = (s: Sends, random: () => number) => void;

/** How each cue is played, and how long it lasts before its reverb tail (seconds). */
const SCORES: Record<CueName, { seconds: number; room: number; score: Score }> = {
  // A light tap on a choice: one short bell.
  choice: {
    seconds: 0.15,
    room: 0.1,
    score: (s) =>
      keys(
        s,
        { start: 0, dur: 0.08, midi: 79, gain: 0.45, reverb: 0.1, delay: 0 },
        { decay: 0.12 },
      ),
  },
  // Turning a page: a soft brush of noise.
  page: {
    seconds: 0.12,
    room: 0,
    score: (s, r) =>
      noiseHit(s, { start: 0, gain: 0.5, reverb: 0 }, r, {
        decay: 0.03,
        length: 0.1,
        highpass: 1500,
        lowpass: 6000,
        attack: 0.012,
      }),
  },
  // A plan committed: a rising fifth.
  commit: {
    seconds: 0.45,
    room: 0.3,
    score: (s) => {
      keys(s, { start: 0, dur: 0.12, midi: 76, gain: 0.4 }, { decay: 0.3 });
      keys(s, { start: 0.1, dur: 0.3, midi: 83, gain: 0.4 }, { decay: 0.35 });
    },
  },
  // The pager: two tones, twice.
  alert: {
    seconds: 0.75,
    room: 0.2,
    score: (s) => {
      for (const [i, midi] of [69, 73, 69, 73].entries()) {
        keys(
          s,
          { start: i * 0.16, dur: 0.14, midi, gain: 0.38 },
          { ratio: 2, index: 2.5, decay: 0.3 },
        );
      }
    },
  },
  // The launch: a rising major arpeggio over a swell.
  launch: {
    seconds: 1.3,
    room: 0.5,
    score: (s) => {
      for (const midi of [60, 64, 67])
        pad(s, { start: 0, dur: 0.9, midi, gain: 0.18, attack: 0.3, release: 0.5 });
      for (const [i, midi] of [72, 76, 79, 84].entries()) {
        keys(s, { start: i * 0.11, dur: 0.5, midi, gain: 0.32 }, { decay: 0.6 });
      }
    },
  },
  // A run starts: servers spin up, a low thump and a chord opening upwards.
  start: {
    seconds: 1.6,
    room: 0.5,
    score: (s, r) => {
      kick(s, { start: 0, gain: 0.6 });
      noiseHit(s, { start: 0, gain: 0.12, reverb: 0.3 }, r, {
        decay: 0.5,
        length: 1.1,
        highpass: 400,
        lowpass: 2500,
        attack: 0.6,
      });
      for (const [i, midi] of [50, 57, 62, 66].entries()) {
        pad(s, { start: i * 0.12, dur: 0.9, midi, gain: 0.16, attack: 0.35, release: 0.6 });
      }
      pluck(s, { start: 0.5, dur: 0.5, midi: 74, gain: 0.3 }, 0.5);
    },
  },
  // A milestone: the loss curve lands where the plot said. Three bells, a major sixth up.
  milestone: {
    seconds: 1.2,
    room: 0.45,
    score: (s) => {
      for (const [i, midi] of [79, 83, 86, 91].entries()) {
        keys(
          s,
          { start: i * 0.09, dur: 0.6, midi, gain: 0.28, pan: -0.3 + 0.2 * i },
          { ratio: 3.5, index: 1.2, decay: 0.7 },
        );
      }
    },
  },
  // A setback: the loss spikes, the run stalls. A falling minor third over a dull thud.
  setback: {
    seconds: 1,
    room: 0.4,
    score: (s) => {
      kick(s, { start: 0, gain: 0.45 });
      pluck(s, { start: 0, dur: 0.35, midi: 64, gain: 0.34 }, 0.4);
      pluck(s, { start: 0.22, dur: 0.6, midi: 61, gain: 0.34 }, 0.6);
      pad(s, { start: 0.05, dur: 0.6, midi: 45, gain: 0.2, attack: 0.1, release: 0.4 });
    },
  },
  // ChatGPT goes viral: notifications pile up, faster and higher, spread across the stereo field.
  viral: {
    seconds: 1.6,
    room: 0.45,
    score: (s, r) => {
      const pentatonic = [72, 74, 76, 79, 81, 84, 86, 88, 91];
      let t = 0;
      for (let i = 0; i < 14; i++) {
        const midi =
          pentatonic[Math.min(pentatonic.length - 1, Math.floor(i / 1.6 + r() * 2))] ?? 84;
        keys(
          s,
          { start: t, dur: 0.12, midi, gain: 0.2 + 0.01 * i, pan: r() * 1.6 - 0.8 },
          { ratio: 2, index: 1.5, decay: 0.25 },
        );
        t += 0.14 * 0.88 ** i;
      }
    },
  },
  // An outage: the cluster goes dark. Three falling pulses into a low hum.
  outage: {
    seconds: 1.4,
    room: 0.35,
    score: (s) => {
      for (const [i, midi] of [57, 53, 50].entries()) {
        pluck(s, { start: i * 0.2, dur: 0.18, midi, gain: 0.36 }, 0.2);
        kick(s, { start: i * 0.2, gain: 0.3 - 0.07 * i });
      }
      pad(s, {
        start: 0.55,
        dur: 0.6,
        midi: 38,
        gain: 0.22,
        attack: 0.15,
        release: 0.5,
        bright: 0.8,
      });
    },
  },
  // An ending: a chord that resolves, with a three-note bell line.
  ending: {
    seconds: 2.6,
    room: 0.6,
    score: (s) => {
      for (const midi of [53, 60, 64, 67, 69]) {
        pad(s, { start: 0, dur: 1.8, midi, gain: 0.13, attack: 0.6, release: 0.9 });
      }
      for (const [i, midi] of [72, 77, 76].entries()) {
        keys(s, { start: 0.3 + i * 0.4, dur: 0.6, midi, gain: 0.26 }, { decay: 0.9 });
      }
    },
  },
};

/** Renders one cue as mono samples at RATE: its notes, the room's tail, and silence at both ends. */
export function renderCue(name: CueName): Float32Array {
  const { seconds, room, score } = SCORES[name];
  const tail = room > 0 ? 0.8 + room : 0.05;
  const length = Math.round((seconds + tail) * RATE);
  const dry = new Bus(length, false);
  const wet = new Bus(length, false);
  score({ dry, reverb: wet, delay: null }, rng(CUES.indexOf(name) + 101));
  if (room > 0) reverb(wet, dry, { room: 0.7 + 0.2 * room, damp: 0.4, mix: room });
  master(dry, 0.8);
  const mono = new Float32Array(length);
  const fade = Math.round(0.03 * RATE);
  for (let i = 0; i < length; i++) {
    // A short fade at the end: the reverb tail is cut at silence, never mid-sound.
    const g = i >= length - fade ? (length - i) / fade : 1;
    mono[i] = 0.5 * ((dry.left[i] ?? 0) + (dry.right[i] ?? 0)) * g;
  }
  return mono;
}
