// The music and cues the build makes (scripts/sounds/): long enough for a 45-60 minute run,
// seamless at the loop point, never clipped, the same on every machine, and encoded into
// files browsers can play, checked by reading their own headers.
import { beforeAll, describe, expect, test } from "vitest";
import { cachedSounds, type SoundFiles } from "../../scripts/sounds/build.ts";
import { CUES, renderCue } from "../../scripts/sounds/cues.ts";
import { inspectMp3, inspectOgg } from "../../scripts/sounds/encode.ts";
import { type Rendered, renderTrack, TRACKS, type TrackName } from "../../scripts/sounds/music.ts";
import { RATE } from "../../scripts/sounds/synth.ts";
import { SFX } from "../../src/story/protocol.ts";

const rendered = new Map<TrackName, Rendered>();

beforeAll(() => {
  for (const t of TRACKS) rendered.set(t, renderTrack(t));
}, 300_000);

function track(name: TrackName): Rendered {
  const r = rendered.get(name);
  if (!r) throw new Error(`${name} was not rendered`);
  return r;
}

function rms(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += (x[i] ?? 0) ** 2;
  return Math.sqrt(s / Math.max(1, to - from));
}

describe.each(TRACKS)("the %s bed", (name) => {
  test("lasts at least two minutes", () => {
    // calm: 40 bars x 4 beats x 60/76 s = 126.3 s; tense: 48 x 4 x 60/92 = 125.2 s;
    // launch: 56 x 4 x 60/108 = 124.4 s.
    const expected = { calm: 126.3, tense: 125.2, launch: 124.4 }[name];
    expect(track(name).seconds).toBeCloseTo(expected, 1);
    expect(track(name).left.length).toBeGreaterThanOrEqual(120 * RATE);
  });

  test("is music, not silence, and never clips", () => {
    const { left, right } = track(name);
    for (const ch of [left, right]) {
      let peak = 0;
      let broken = 0;
      for (const v of ch) {
        if (!Number.isFinite(v)) broken++;
        peak = Math.max(peak, Math.abs(v));
      }
      expect(broken).toBe(0);
      // Mastered to a 0.89 peak (-1 dBFS): headroom for the encoders' ringing.
      expect(peak).toBeLessThanOrEqual(0.9);
      expect(peak).toBeGreaterThan(0.5);
      // Sound throughout: every 10-second stretch carries signal (no dead air in the middle).
      for (let s = 0; s + 10 * RATE <= ch.length; s += 10 * RATE) {
        expect(rms(ch, s, s + 10 * RATE)).toBeGreaterThan(0.02);
      }
    }
  });

  test("loops without a click: the last sample runs on into the first", () => {
    const { left, right } = track(name);
    const n = left.length;
    for (const ch of [left, right]) {
      // A click is a jump far bigger than the sample-to-sample movement around it. Compare the
      // seam's jump with the mean movement in the 45 ms either side of it.
      const around = 1000;
      let movement = 0;
      for (let i = n - around; i < n + around; i++) {
        movement += Math.abs((ch[(i + 1) % n] ?? 0) - (ch[i % n] ?? 0));
      }
      movement /= 2 * around;
      const jump = Math.abs((ch[0] ?? 0) - (ch[n - 1] ?? 0));
      expect(jump).toBeLessThanOrEqual(4 * movement + 1e-4);
      // And the seam is a breath (the outro fades, the intro swells): well under the bed's
      // average level, so even a player that leaves a gap at the loop point makes no thump.
      const seam = Math.sqrt((rms(ch, n - RATE / 10, n) ** 2 + rms(ch, 0, RATE / 10) ** 2) / 2);
      expect(seam).toBeLessThan(0.6 * rms(ch));
    }
  });
});

test("the music is the same on every render (seeded, no Math.random)", () => {
  const again = renderTrack("tense");
  const first = track("tense");
  // Compared sample by sample in a loop (a deep toEqual of 2.7 million floats is needlessly slow).
  let differing = 0;
  for (let i = 0; i < first.left.length; i++) {
    if (again.left[i] !== first.left[i] || again.right[i] !== first.right[i]) differing++;
  }
  expect(again.left.length).toBe(first.left.length);
  expect(differing).toBe(0);
}, 120_000);

test("the beds differ from one another", () => {
  // Three seeds, three keys and tempos: the first 10 s of each pair must not correlate closely.
  const a = track("calm").left.subarray(0, 10 * RATE);
  const b = track("launch").left.subarray(0, 10 * RATE);
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  expect(Math.abs(dot / a.length / (rms(a) * rms(b)))).toBeLessThan(0.5);
});

describe("cues", () => {
  test("there is one for every name the story's # sfx: tags may use, and no other", () => {
    expect([...CUES].sort()).toEqual([...SFX].sort());
  });

  test.each(CUES)("%s starts and ends in silence, below clipping", (name) => {
    const x = renderCue(name);
    expect(x.length).toBeGreaterThan(0.05 * RATE);
    expect(x.length).toBeLessThanOrEqual(4 * RATE);
    expect(Math.abs(x[0] ?? 1)).toBeLessThan(0.01);
    expect(Math.abs(x[x.length - 1] ?? 1)).toBeLessThan(0.01);
    let peak = 0;
    for (const v of x) peak = Math.max(peak, Math.abs(v));
    expect(peak).toBeGreaterThan(0.2);
    expect(peak).toBeLessThanOrEqual(0.81);
    expect(renderCue(name)).toEqual(x);
  });
});

describe("the encoded files the build ships", () => {
  let files: SoundFiles;
  beforeAll(async () => {
    files = await cachedSounds();
  }, 600_000);

  test("every sound comes as Ogg Vorbis and as MP3, and nothing else", () => {
    const names = [...CUES, ...TRACKS.map((t) => `music-${t}`)];
    const expected = names.flatMap((n) => [`audio/${n}.ogg`, `audio/${n}.mp3`]).sort();
    expect([...files.keys()].sort()).toEqual(expected);
  });

  test.each(TRACKS)("music-%s.ogg is Ogg Vorbis of at least two minutes", (name) => {
    const bytes = files.get(`audio/music-${name}.ogg`) as Uint8Array;
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe("OggS");
    const info = inspectOgg(bytes);
    expect(info.channels).toBe(2);
    expect(info.sampleRate).toBe(RATE);
    // The last granule position counts every sample: the rendered length exactly.
    expect(info.seconds).toBeCloseTo(track(name).seconds, 2);
    expect(info.seconds).toBeGreaterThanOrEqual(120);
  });

  test.each(TRACKS)("music-%s.mp3 is MP3 frames of at least two minutes", (name) => {
    const bytes = files.get(`audio/music-${name}.mp3`) as Uint8Array;
    const info = inspectMp3(bytes);
    expect(info.sampleRate).toBe(RATE);
    // MPEG-2 layer III: 576 samples a frame; LAME adds its start delay and pads the last
    // frame, so the frames cover the render plus under a tenth of a second.
    expect(info.seconds).toBeGreaterThanOrEqual(track(name).seconds);
    expect(info.seconds).toBeLessThan(track(name).seconds + 0.1);
    // Constant 40 kbit/s: 40,000 / 8 = 5,000 bytes a second (the Info frame adds one frame).
    expect(bytes.length / info.seconds).toBeGreaterThan(4900);
    expect(bytes.length / info.seconds).toBeLessThan(5100);
  });

  test("every cue decodes as Ogg and MP3 headers say", () => {
    for (const cue of CUES) {
      const ogg = inspectOgg(files.get(`audio/${cue}.ogg`) as Uint8Array);
      expect(ogg.channels).toBe(1);
      expect(ogg.seconds).toBeCloseTo(renderCue(cue).length / RATE, 2);
      expect(inspectMp3(files.get(`audio/${cue}.mp3`) as Uint8Array).frames).toBeGreaterThan(0);
    }
  });

  test("the music stays modest: under 2 MiB for the three beds in either format", () => {
    for (const ext of ["ogg", "mp3"]) {
      const bytes = TRACKS.reduce(
        (n, t) => n + (files.get(`audio/music-${t}.${ext}`)?.length ?? 0),
        0,
      );
      expect(bytes, ext).toBeLessThan(2 * 1024 * 1024);
      // Over two minutes of stereo each: a file this small for 6 minutes would be broken.
      expect(bytes, ext).toBeGreaterThan(500 * 1024);
    }
  });

  test("the readers reject what is not Ogg or MP3", () => {
    const wav = new TextEncoder().encode("RIFF\u0024\u0000\u0000\u0000WAVEfmt ");
    expect(() => inspectOgg(wav)).toThrow(/no Ogg page/);
    expect(() => inspectMp3(wav)).toThrow(/no MP3 frame sync/);
  });
});
