// Synthesises every sound and encodes it to Ogg Vorbis and MP3, caching the encoded files in
// .tmp/sounds/<hash>/ where the hash covers the generator's own source (this folder) and the
// encoder's version: a change to a note re-renders, a second build reuses the bytes.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CUES, renderCue } from "./cues.ts";
import { encodeMp3, encodeOgg, type Pcm, type Quality } from "./encode.ts";
import { renderTrack, TRACKS } from "./music.ts";
import { RATE } from "./synth.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");

/**
 * Music is stereo (the reverb and the panned arpeggios want width) at Vorbis q0 (~30 kbit/s at
 * 22 kHz) and 40 kbit/s MP3: about 1.5 and 1.9 MB for the three beds. Cues are mono and tiny.
 */
const MUSIC_QUALITY: Quality = { vorbis: 0, mp3Kbps: 40 };
const CUE_QUALITY: Quality = { vorbis: 2, mp3Kbps: 48 };

/** Served and emitted under this folder of the build, as `audio/<name>.ogg` and `.mp3`. */
export const AUDIO_DIR = "audio";

/** Every file the build ships, by its path in dist (e.g. `audio/music-calm.ogg`). */
export type SoundFiles = Map<string, Uint8Array>;

export function generatorHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(HERE).sort()) {
    if (file.endsWith(".ts")) hash.update(file).update(readFileSync(join(HERE, file)));
  }
  const encoder = JSON.parse(
    readFileSync(join(ROOT, "node_modules", "wasm-media-encoders", "package.json"), "utf8"),
  ) as { version: string };
  hash.update(`wasm-media-encoders@${encoder.version}`);
  return hash.digest("hex").slice(0, 16);
}

async function encodeBoth(
  name: string,
  pcm: Pcm,
  quality: Quality,
  files: SoundFiles,
): Promise<void> {
  files.set(`${AUDIO_DIR}/${name}.ogg`, await encodeOgg(pcm, quality));
  files.set(`${AUDIO_DIR}/${name}.mp3`, await encodeMp3(pcm, quality));
}

/** Renders and encodes everything (no cache): about half a minute of CPU. */
export async function makeSounds(): Promise<SoundFiles> {
  const files: SoundFiles = new Map();
  for (const cue of CUES) {
    await encodeBoth(cue, { channels: [renderCue(cue)], sampleRate: RATE }, CUE_QUALITY, files);
  }
  for (const track of TRACKS) {
    const { left, right } = renderTrack(track);
    await encodeBoth(
      `music-${track}`,
      { channels: [left, right], sampleRate: RATE },
      MUSIC_QUALITY,
      files,
    );
  }
  return files;
}

/** The encoded sounds, from the cache when the generator has not changed since it was filled. */
export async function cachedSounds(cacheRoot = join(ROOT, ".tmp", "sounds")): Promise<SoundFiles> {
  const dir = join(cacheRoot, generatorHash());
  const files: SoundFiles = new Map();
  if (existsSync(join(dir, "complete"))) {
    for (const file of readdirSync(join(dir, AUDIO_DIR)).sort()) {
      files.set(`${AUDIO_DIR}/${file}`, new Uint8Array(readFileSync(join(dir, AUDIO_DIR, file))));
    }
    return files;
  }
  const made = await makeSounds();
  // Written to a private folder and renamed into place, so two builds at once never read a
  // half-written cache; the loser of the race just discards its copy.
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(join(staging, AUDIO_DIR), { recursive: true });
  for (const [path, bytes] of made) writeFileSync(join(staging, path), bytes);
  writeFileSync(join(staging, "complete"), "");
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  return made;
}
