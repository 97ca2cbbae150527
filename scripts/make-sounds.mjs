#!/usr/bin/env node
// Writes every sound the game uses into assets/audio/ as 16-bit mono WAV.
// All of them are synthesised here from sine waves and noise, so the game ships
// no third-party audio. Run `npm run sounds` to regenerate; output is deterministic.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RATE = 16000;
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets", "audio");
mkdirSync(out, { recursive: true });

// A tiny deterministic PRNG (mulberry32) for the noise, so files are reproducible.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8);
  header.write("fmt ", 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const TAU = Math.PI * 2;
const seconds = (s) => Math.round(s * RATE);

/** A plucked tone: sine plus a soft octave, fast attack, exponential decay. */
function tone(freq, dur, { decay = 8, gain = 0.6 } = {}) {
  const n = seconds(dur);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    const env = Math.min(1, t / 0.005) * Math.exp(-decay * t);
    return gain * env * (Math.sin(TAU * freq * t) + 0.25 * Math.sin(TAU * 2 * freq * t));
  });
}

function mix(length, parts) {
  const buf = new Float64Array(length);
  for (const [offset, samples] of parts) {
    samples.forEach((s, i) => {
      if (offset + i < length) buf[offset + i] += s;
    });
  }
  return Array.from(buf);
}

function sequence(notes, step, dur, opts) {
  const parts = notes.map((f, i) => [seconds(i * step), tone(f, dur, opts)]);
  return mix(seconds(step * (notes.length - 1) + dur), parts);
}

const cues = {
  choice: tone(880, 0.09, { decay: 40, gain: 0.5 }),
  page: (() => {
    const r = rng(7);
    return Array.from(
      { length: seconds(0.04) },
      (_, i) => 0.25 * (r() * 2 - 1) * Math.exp(-120 * (i / RATE)),
    );
  })(),
  commit: sequence([659.25, 987.77], 0.1, 0.3, { decay: 12, gain: 0.45 }),
  alert: sequence([440, 554.37, 440, 554.37], 0.16, 0.18, { decay: 10, gain: 0.4 }),
  launch: sequence([523.25, 659.25, 783.99, 1046.5], 0.11, 0.6, { decay: 5, gain: 0.35 }),
};

// Loops are 8 s long and every frequency completes whole cycles in 8 s
// (multiples of 1/8 Hz), so they repeat without a click.
const LOOP = 8;
const q = (f) => Math.round(f * LOOP) / LOOP;

function pad(chord, { gain = 0.12, wobble = 0.25 } = {}) {
  const n = seconds(LOOP);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    const lfo = 0.75 + wobble * Math.sin((TAU * t) / LOOP);
    let s = 0;
    for (const f of chord) s += Math.sin(TAU * q(f) * t) + 0.15 * Math.sin(TAU * q(2 * f) * t);
    return (gain * lfo * s) / chord.length;
  });
}

function pulses(freq, beats, { gain = 0.3, decay = 6 } = {}) {
  const n = seconds(LOOP);
  const period = n / beats;
  return Array.from({ length: n }, (_, i) => {
    const t = (i % period) / RATE;
    return gain * Math.exp(-decay * t) * Math.sin(TAU * q(freq) * (i / RATE));
  });
}

const add = (...tracks) => tracks[0].map((_, i) => tracks.reduce((s, tr) => s + (tr[i] ?? 0), 0));

const music = {
  calm: pad([110, 130.81, 164.81, 196]),
  tense: add(
    pad([55, 58.27, 82.41], { gain: 0.1, wobble: 0.15 }),
    pulses(55, 12, { gain: 0.25, decay: 9 }),
  ),
  launch: add(
    pad([130.81, 164.81, 196, 246.94], { gain: 0.11 }),
    pulses(523.25, 16, { gain: 0.06, decay: 14 }),
  ),
};

for (const [name, samples] of Object.entries(cues))
  writeFileSync(join(out, `${name}.wav`), wav(samples));
for (const [name, samples] of Object.entries(music))
  writeFileSync(join(out, `music-${name}.wav`), wav(samples));
console.log(`wrote ${Object.keys(cues).length + Object.keys(music).length} sounds to ${out}`);
