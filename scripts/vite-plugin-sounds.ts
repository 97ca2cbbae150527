// Makes the game's sounds during `vite build` and `vite dev`: synthesised by scripts/sounds/ and
// encoded to Ogg Vorbis and MP3 in WebAssembly (no system encoder, no WAV in the repo or the
// build). The build emits them as `audio/<name>.ogg|mp3`; the dev server serves the same bytes.
// Encoded files are cached under .tmp/sounds/, keyed by a hash of the generator's source.
import type { Plugin } from "vite";
import { AUDIO_DIR, cachedSounds, generatorHash, type SoundFiles } from "./sounds/build.ts";

const TYPES: Record<string, string> = { ogg: "audio/ogg", mp3: "audio/mpeg" };

export function soundsPlugin(): Plugin {
  let sounds: Promise<SoundFiles> | null = null;
  const load = () => {
    sounds ??= cachedSounds();
    return sounds;
  };
  return {
    name: "sounds",
    // Vitest loads this config too; its tests make their own sounds when they want them.
    apply: () => !process.env.VITEST,
    // The sounds' version goes into their addresses (`?v=`): the service worker keeps a sound
    // once heard (cache first), so new sounds need new addresses to be fetched again.
    config: () => ({ define: { __SOUNDS_VERSION__: JSON.stringify(generatorHash()) } }),
    async generateBundle() {
      const files = await load();
      let bytes = 0;
      for (const [fileName, source] of files) {
        this.emitFile({ type: "asset", fileName, source });
        bytes += source.length;
      }
      this.info(`${files.size} sound files, ${(bytes / 1024).toFixed(0)} KB (Ogg Vorbis + MP3)`);
    },
    configureServer(server) {
      // Started now, so the first request finds the sounds made (or read from the cache).
      void load();
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        const at = path.lastIndexOf(`/${AUDIO_DIR}/`);
        if (at === -1) return next();
        const name = path.slice(at + 1);
        const file = (await load()).get(name);
        if (!file) return next();
        res.setHeader(
          "content-type",
          TYPES[name.split(".").pop() ?? ""] ?? "application/octet-stream",
        );
        res.setHeader("content-length", String(file.length));
        res.end(file);
      });
    },
  };
}
