/**
 * Sound through howler: short cues and a music bed per mood, all synthesised and encoded at
 * build time by scripts/sounds/ (see scripts/vite-plugin-sounds.ts). Each sound comes as Ogg
 * Vorbis and MP3; howler plays the first the browser can (Ogg in Chrome, Firefox and Edge, MP3
 * in Safari).
 *
 * Nothing is created before the player's first gesture (browsers block audio until then, and
 * we would rather not try). Music streams through an HTML5 audio element (`html5: true`): a bed
 * is two minutes long, and decoding it for Web Audio would hold ~20 MB of samples per bed in
 * memory and delay its start until the whole file had arrived. Cues are short and decoded, so
 * they play the instant they are asked for.
 *
 * The music fades out when the tab is hidden and back in when it returns, and beds crossfade
 * when the story changes mood. A bed left mid-way pauses rather than stops, so coming back to
 * it carries on where it was instead of replaying its opening every chapter.
 *
 * howler itself is a chunk of its own, fetched behind the title (`preload`) or at the first
 * gesture, whichever comes first: the title draws without it.
 */
import type { Howl } from "howler";
import { MUSIC_BEDS, type MusicName, SFX, type SfxName } from "../story/protocol";

const LOOPS: readonly Exclude<MusicName, "none">[] = MUSIC_BEDS;

/** Mix levels at full player volume: cues sit above the music, which stays under the text. */
const CUE_LEVEL = 0.5;
const MUSIC_LEVEL = 0.25;
/** Milliseconds. A mood change is a slow crossfade; hiding the tab fades quicker. */
const CROSSFADE_MS = 2500;
const HIDE_FADE_MS = 600;
const SHOW_FADE_MS = 1200;

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}

/** What the sound is doing, for the automation hook and the tests (read-only). */
export interface SoundState {
  /** Whether the first gesture has happened (before it, no sound object exists). */
  unlocked: boolean;
  muted: boolean;
  /** The bed the story asks for ("none" for silence). */
  wanted: MusicName;
  /** The bed sounding now, or null. */
  playing: Exclude<MusicName, "none"> | null;
  /** The playing bed's volume right now, 0..1 (moves during fades). */
  musicVolume: number;
  /** Whether the page is hidden (and so the music faded out and paused). */
  hidden: boolean;
  volumes: { music: number; effects: number };
}

type HowlerModule = typeof import("howler");

export class SoundBoard {
  /** howler, once its chunk has arrived. */
  private lib: HowlerModule | null = null;
  private loading: Promise<HowlerModule> | null = null;
  private isMuted: boolean;
  private cues = new Map<SfxName, Howl>();
  private loops = new Map<string, Howl>();
  private playing: Howl | null = null;
  private playingName: Exclude<MusicName, "none"> | null = null;
  private wanted: MusicName = "none";
  private unlocked = false;
  private hidden = false;
  /** Player volumes, 0..1 (settings): music scales the bed's level, effects every cue. */
  private musicVolume = 1;
  private effectsVolume = 1;

  constructor(
    private readonly baseUrl: string,
    muted: boolean,
  ) {
    this.isMuted = muted;
    if (typeof document !== "undefined") {
      this.hidden = document.visibilityState === "hidden";
      document.addEventListener("visibilitychange", () => {
        this.setHidden(document.visibilityState === "hidden");
      });
    }
  }

  get muted(): boolean {
    return this.isMuted;
  }

  setMuted(muted: boolean): void {
    this.isMuted = muted;
    this.lib?.Howler.mute(muted);
  }

  /** Fetches howler (once): behind the title, so the first gesture finds it ready. */
  preload(): Promise<HowlerModule> {
    this.loading ??= import("howler").then((lib) => {
      lib.Howler.mute(this.isMuted);
      this.lib = lib;
      return lib;
    });
    return this.loading;
  }

  /** The settings' music and effects volumes, each 0..1 (out of range is clamped). */
  setVolumes(music: number, effects: number): void {
    this.musicVolume = clamp01(music);
    this.effectsVolume = clamp01(effects);
    for (const cue of this.cues.values()) cue.volume(CUE_LEVEL * this.effectsVolume);
    if (this.playing && !this.hidden) this.playing.volume(this.musicLevel());
  }

  get volumes(): { music: number; effects: number } {
    return { music: this.musicVolume, effects: this.effectsVolume };
  }

  state(): SoundState {
    return {
      unlocked: this.unlocked,
      muted: this.muted,
      wanted: this.wanted,
      playing: this.playing?.playing() ? this.playingName : null,
      musicVolume: this.playing ? (this.playing.volume() as number) : 0,
      hidden: this.hidden,
      volumes: this.volumes,
    };
  }

  private musicLevel(): number {
    return MUSIC_LEVEL * this.musicVolume;
  }

  /** Both encodings of a sound, the one most browsers prefer first. */
  private sources(name: string): string[] {
    const version = typeof __SOUNDS_VERSION__ === "string" ? `?v=${__SOUNDS_VERSION__}` : "";
    return [
      `${this.baseUrl}audio/${name}.ogg${version}`,
      `${this.baseUrl}audio/${name}.mp3${version}`,
    ];
  }

  /**
   * Call from a user gesture: creates the sounds and starts the wanted music, at once when howler
   * has arrived (it is fetched behind the title), else as soon as it does. Browsers keep a page's
   * permission to play after its first gesture, so a bed started a moment later still sounds.
   */
  unlock(): void {
    if (this.unlocked) return;
    const lib = this.lib;
    if (!lib) {
      this.preload().then(
        () => this.unlock(),
        (err: unknown) => console.warn("the sound library did not load; playing silent", err),
      );
      return;
    }
    this.unlocked = true;
    const { Howl } = lib;
    for (const cue of SFX) {
      this.cues.set(
        cue,
        new Howl({ src: this.sources(cue), volume: CUE_LEVEL * this.effectsVolume, preload: true }),
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
    const next = track !== "none" && LOOPS.includes(track) ? track : null;
    if (next !== null && next === this.playingName && this.playing) {
      // Already the bed: make sure it sounds (a fade-out may have paused it).
      if (!this.hidden) this.resume(this.playing, CROSSFADE_MS);
      return;
    }
    const previous = this.playing;
    if (previous) this.fadeOutAndPause(previous, CROSSFADE_MS);
    this.playing = null;
    this.playingName = next;
    if (next === null) return;
    let loop = this.loops.get(next);
    if (!loop) {
      // unlocked implies howler is here.
      const { Howl } = this.lib as HowlerModule;
      loop = new Howl({ src: this.sources(`music-${next}`), loop: true, volume: 0, html5: true });
      this.loops.set(next, loop);
    }
    this.playing = loop;
    if (!this.hidden) this.resume(loop, CROSSFADE_MS);
  }

  /**
   * Plays a bed (if paused) and fades it up to the music level. A paused HTML5 bed restarts
   * asynchronously, and howler queues a fade asked for meanwhile behind an event that never
   * comes, so the fade starts from the `play` event instead.
   */
  private resume(howl: Howl, ms: number): void {
    if (howl.playing()) {
      this.fadeTo(howl, this.musicLevel(), ms);
      return;
    }
    howl.volume(0);
    howl.once("play", () => {
      if (howl === this.playing && !this.hidden) this.fadeTo(howl, this.musicLevel(), ms);
      else howl.pause();
    });
    howl.play();
  }

  private fadeTo(howl: Howl, to: number, ms: number): void {
    howl.fade(howl.volume() as number, to, ms);
  }

  /** Fades a bed to silence, then pauses it, unless it became the bed again meanwhile. */
  private fadeOutAndPause(howl: Howl, ms: number): void {
    this.fadeTo(howl, 0, ms);
    howl.once("fade", () => {
      if (howl !== this.playing || this.hidden) howl.pause();
    });
  }

  /** The tab was hidden or shown: nobody hears a background tab's music, so it rests. */
  private setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    const bed = this.playing;
    if (!bed) return;
    if (hidden) this.fadeOutAndPause(bed, HIDE_FADE_MS);
    else this.resume(bed, SHOW_FADE_MS);
  }
}
