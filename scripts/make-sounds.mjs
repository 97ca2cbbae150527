#!/usr/bin/env node
// `npm run sounds [folder]`: writes every sound the game uses, encoded as the build ships them
// (Ogg Vorbis and MP3), into a folder to listen to (default .tmp/sounds-preview/).
//
// How the sounds are made: scripts/sounds/ synthesises them from the project's own code, no
// third-party audio. synth.ts holds the instruments (wavetable pads, FM keys, plucks, a round
// bass, drums from sine sweeps and seeded noise) and the effects (ping-pong delay, Freeverb);
// music.ts composes the three beds (calm, tense, launch; over two minutes each) as lead sheets
// that a seeded arranger realises, rendered as seamless loops; cues.ts scores the short cues.
// encode.ts encodes with wasm-media-encoders (libvorbis and LAME in WebAssembly). The build does
// the same through scripts/vite-plugin-sounds.ts, caching the encoded files under .tmp/sounds/;
// the repository holds no audio files. Output is deterministic: the same source, the same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const { cachedSounds } = await import("./sounds/build.ts");
const out = resolve(
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", ".tmp", "sounds-preview"),
);
const files = await cachedSounds();
let bytes = 0;
for (const [path, data] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), data);
  bytes += data.length;
}
console.log(`wrote ${files.size} sound files (${(bytes / 1024).toFixed(0)} KB) to ${out}`);
