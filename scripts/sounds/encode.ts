// Encodes the synthesised sounds to Ogg Vorbis (Chrome, Firefox, Edge, Safari 17+ on macOS) and
// MP3 (every Safari, and the fallback everywhere else) with wasm-media-encoders: the reference
// libvorbis and LAME compiled to WebAssembly, so a fresh machine needs no system encoder.
// Also reads the files back: Ogg page headers and granule positions, MP3 frame headers, so the
// tests and the build report can check what was written without a decoder.
import { createMp3Encoder, createOggEncoder } from "wasm-media-encoders";
import { RATE } from "./synth.ts";

export interface Pcm {
  /** One Float32Array per channel, samples in -1..1. */
  channels: Float32Array[];
  sampleRate: number;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Feeds the encoder in blocks; every output block is copied, since the encoder reuses it. */
function run(
  encoder: { encode(s: readonly Float32Array[]): Uint8Array; finalize(): Uint8Array },
  pcm: Pcm,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const block = 8192;
  const length = pcm.channels[0]?.length ?? 0;
  for (let i = 0; i < length; i += block) {
    chunks.push(encoder.encode(pcm.channels.map((c) => c.subarray(i, i + block))).slice());
  }
  chunks.push(encoder.finalize().slice());
  return concat(chunks);
}

export interface Quality {
  /** Vorbis VBR quality, -1 (smallest) .. 10. */
  vorbis: number;
  /** MP3 constant bit rate, kbit/s. */
  mp3Kbps: 16 | 24 | 32 | 40 | 48 | 64 | 80 | 96;
}

export async function encodeOgg(pcm: Pcm, quality: Quality): Promise<Uint8Array> {
  const encoder = await createOggEncoder();
  encoder.configure({
    channels: pcm.channels.length as 1 | 2,
    sampleRate: pcm.sampleRate,
    vbrQuality: quality.vorbis,
    // A fixed stream serial number: the same sound always encodes to the same bytes.
    oggSerialNo: 0x4a4e4459,
  });
  return run(encoder, pcm);
}

export async function encodeMp3(pcm: Pcm, quality: Quality): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({
    channels: pcm.channels.length as 1 | 2,
    sampleRate: pcm.sampleRate,
    bitrate: quality.mp3Kbps,
    outputSampleRate: RATE,
  });
  return run(encoder, pcm);
}

export interface OggInfo {
  pages: number;
  /** Seconds, from the last page's granule position (samples) over the identification header's rate. */
  seconds: number;
  sampleRate: number;
  channels: number;
}

/** Walks every Ogg page ("OggS" capture pattern); throws if the stream is not one. */
export function inspectOgg(bytes: Uint8Array): OggInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let pages = 0;
  let granule = 0;
  let sampleRate = 0;
  let channels = 0;
  while (offset < bytes.length) {
    const magic = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    if (magic !== "OggS") throw new Error(`no Ogg page at byte ${offset}`);
    const position = view.getBigInt64(offset + 6, true);
    if (position >= 0n) granule = Number(position);
    const segments = bytes[offset + 26] ?? 0;
    let body = 0;
    for (let i = 0; i < segments; i++) body += bytes[offset + 27 + i] ?? 0;
    const start = offset + 27 + segments;
    if (pages === 0) {
      // Vorbis identification header: 0x01 "vorbis", version, channels, rate.
      if (
        bytes[start] !== 1 ||
        String.fromCharCode(...bytes.subarray(start + 1, start + 7)) !== "vorbis"
      ) {
        throw new Error("the first Ogg page is not a Vorbis identification header");
      }
      channels = bytes[start + 11] ?? 0;
      sampleRate = view.getUint32(start + 12, true);
    }
    offset = start + body;
    pages++;
  }
  return { pages, seconds: sampleRate ? granule / sampleRate : 0, sampleRate, channels };
}

export interface Mp3Info {
  frames: number;
  /** Seconds: frames x samples per frame / rate (the encoder's start delay included). */
  seconds: number;
  sampleRate: number;
}

const MPEG1_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** Walks MP3 (layer III) frames by their 11-bit sync word; throws at anything else. */
export function inspectMp3(bytes: Uint8Array): Mp3Info {
  let offset = 0;
  // An ID3v2 tag, if the encoder wrote one, precedes the first frame.
  if (String.fromCharCode(...bytes.subarray(0, 3)) === "ID3") {
    const size =
      ((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0);
    offset = 10 + size;
  }
  let frames = 0;
  let samples = 0;
  let sampleRate = 0;
  while (offset + 4 <= bytes.length) {
    const b1 = bytes[offset + 1] ?? 0;
    const b2 = bytes[offset + 2] ?? 0;
    if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) {
      throw new Error(`no MP3 frame sync at byte ${offset}`);
    }
    const version = (b1 >> 3) & 3;
    const layer = (b1 >> 1) & 3;
    if (layer !== 1) throw new Error(`MP3 frame at ${offset} is not layer III`);
    const rate = RATES[version]?.[(b2 >> 2) & 3];
    const kbps = (version === 3 ? MPEG1_KBPS : MPEG2_KBPS)[b2 >> 4];
    if (!rate || !kbps) throw new Error(`bad MP3 frame header at byte ${offset}`);
    const perFrame = version === 3 ? 1152 : 576;
    const padding = (b2 >> 1) & 1;
    const length = Math.floor(((perFrame / 8) * kbps * 1000) / rate) + padding;
    sampleRate = rate;
    samples += perFrame;
    frames++;
    offset += length;
  }
  return { frames, seconds: sampleRate ? samples / sampleRate : 0, sampleRate };
}
