/**
 * Sound through howler: short cues and a quiet loop per mood, all made by
 * scripts/make-sounds.mjs. Nothing is created before the player's first
 * gesture (browsers block audio until then, and we would rather not try).
 */
import { Howl, Howler } from "howler";
import type { MusicName, SfxName } from "../story/protocol";

const CUES: readonly SfxName[] = ["choice", "commit", "alert", "launch", "page"];
const LOOPS: readonly Exclude<MusicName, "none">[] = ["calm", "tense", "launch"];

/** Mix levels at full player volume: cues sit above the music, which stays under the text. */
const CUE_LEVEL = 0.5;
const MUSIC_LEVEL = 0.25;

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}

export class SoundBoard {
  private cues = new Map<SfxName, Howl>();
  private loops = new Map<string, Howl>();
  private playing: Howl | null = null;
  private wanted: MusicName = "none";
  private unlocked = false;
  /** Player volumes, 0..1 (settings): music scales the loop's level, effects every cue. */
  private musicVolume = 1;
  private effectsVolume = 1;

  constructor(
    private readonly baseUrl: string,
    muted: boolean,
  ) {
    Howler.mute(muted);
  }

  get muted(): boolean {
    // biome-ignore lint/suspicious/noExplicitAny: howler's typings omit the global _muted flag.
    return Boolean((Howler as any)._muted);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  /** The settings' music and effects volumes, each 0..1 (out of range is clamped). */
  setVolumes(music: number, effects: number): void {
    this.musicVolume = clamp01(music);
    this.effectsVolume = clamp01(effects);
    for (const cue of this.cues.values()) cue.volume(CUE_LEVEL * this.effectsVolume);
    this.playing?.volume(MUSIC_LEVEL * this.musicVolume);
  }

  get volumes(): { music: number; effects: number } {
    return { music: this.musicVolume, effects: this.effectsVolume };
  }

  /** Call from a user gesture: creates the sounds and starts the wanted music. */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    for (const cue of CUES) {
      this.cues.set(
        cue,
        new Howl({
          src: [`${this.baseUrl}audio/${cue}.wav`],
          volume: CUE_LEVEL * this.effectsVolume,
          preload: true,
        }),
      );
    }
    this.music(this.wanted);
  }

  cue(name: SfxName): void {
    this.cues.get(name)?.play();
  }

  music(track: MusicName): void {
    this.wanted = track;
    if (!this.unlocked) return;
    const previous = this.playing;
    if (previous) {
      previous.fade(previous.volume(), 0, 800);
      previous.once("fade", () => previous.stop());
    }
    if (track === "none" || !LOOPS.includes(track)) {
      this.playing = null;
      return;
    }
    let loop = this.loops.get(track);
    if (!loop) {
      loop = new Howl({ src: [`${this.baseUrl}audio/music-${track}.wav`], loop: true, volume: 0 });
      this.loops.set(track, loop);
    }
    loop.play();
    loop.fade(0, MUSIC_LEVEL * this.musicVolume, 1500);
    this.playing = loop;
  }
}
