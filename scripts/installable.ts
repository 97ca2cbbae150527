/**
 * What makes the built game installable and playable offline, and its link previews absolute:
 * the web app manifest and service worker (vite-plugin-pwa, Workbox's generateSW) and the
 * `SITE_URL` rewrite of the Open Graph/Twitter tags (scripts/site-url.ts). vite.config.ts adds
 * these plugins; src/pwa.ts registers the worker in the page.
 */
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { ENDING_FOLDER } from "../src/game/endings.ts";
import { COLORS, css } from "../src/ui/theme.ts";
import { absolutePreviewTags, siteBase } from "./site-url.ts";

/** A page in the ending pages' folder, with or without a query. */
const ENDING_PAGE_URL = new RegExp(`/${ENDING_FOLDER}/[^/?]*(?:\\?.*)?$`);

/** Sound files: cached the first time they play, never precached (music can be megabytes). */
export const AUDIO_URL = /\/audio\/[^/?#]+\.(?:ogg|oga|opus|mp3|m4a|aac|webm|wav)(?:[?#]|$)/i;

export function installablePlugins(env: NodeJS.ProcessEnv = process.env): Plugin[] {
  const pwa = VitePWA({
    // src/pwa.ts registers the worker itself (and never in `npm run dev`).
    injectRegister: false,
    // A new build's worker takes over as soon as it is installed (skipWaiting, clientsClaim):
    // the next load is the new version. src/pwa.ts says so in the status line instead of
    // reloading under the player.
    registerType: "autoUpdate",
    includeAssets: ["icons/favicon-32.png", "icons/apple-touch-icon.png"],
    manifest: {
      id: "./",
      name: "If I Trained GPT-4",
      short_name: "Train GPT-4",
      description:
        "A narrative management game: train GPT-4 with the public sizing formulas, one GPU budget at a time.",
      lang: "en",
      categories: ["games", "education"],
      // Relative to the manifest, which sits at the site's base: any folder of any host works.
      start_url: "./",
      scope: "./",
      display: "standalone",
      orientation: "any",
      theme_color: css(COLORS.background),
      background_color: css(COLORS.background),
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        {
          src: "icons/icon-maskable-512.png",
          sizes: "512x512",
          type: "image/png",
          purpose: "maskable",
        },
      ],
    },
    workbox: {
      // The app shell: the page, the code (the story's compiled JSON is a chunk of its own) and
      // the styles; the plugin adds the manifest, its icons and `includeAssets`. Not the
      // link-preview image (for other sites, not the game) nor the sounds (below).
      globPatterns: ["**/*.{html,js,css,json}"],
      // Phaser's chunk is about 1.4 MB; Workbox's default cap (2 MiB) leaves it little room.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // What autoUpdate means (the plugin sets these itself only when it injects the register):
      // a new worker activates at once and takes over the open page.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // The pages are index.html and the ending pages (scripts/ending-pages.ts), all precached.
      // A page is the same whatever its query (`?screen=fleet&seed=1`, `?lang=`), so the query
      // is ignored when a request is looked up in the precache: an ending page with one is that
      // page, not the fallback below (index.html, whose relative paths would not resolve from
      // the ending/ folder).
      ignoreURLParametersMatching: [/.*/],
      // Any other address in the folder is the game's index.html; not inside ending/, where an
      // unknown page is left to the server (index.html there would load nothing).
      navigateFallback: "index.html",
      navigateFallbackDenylist: [ENDING_PAGE_URL],
      runtimeCaching: [
        {
          urlPattern: AUDIO_URL,
          handler: "CacheFirst",
          options: {
            cacheName: "andy-audio",
            // Only whole files (200): a 206 partial answer to a range request is not stored;
            // ranges asked of a stored file are cut from it (RangeRequestsPlugin).
            cacheableResponse: { statuses: [200] },
            rangeRequests: true,
            expiration: { maxEntries: 48, purgeOnQuotaError: true },
          },
        },
      ],
    },
  });
  return [...pwa, previewTags(env.SITE_URL)];
}

/** Absolute Open Graph/Twitter URLs when `SITE_URL` is set; otherwise a warning at build. */
function previewTags(raw: string | undefined): Plugin {
  const base = siteBase(raw);
  let warn: (msg: string) => void = () => {};
  return {
    name: "andy:site-url",
    apply: "build",
    configResolved(config) {
      warn = (msg) => config.logger.warn(msg);
    },
    transformIndexHtml(html) {
      if (base) return absolutePreviewTags(html, base);
      warn(
        "SITE_URL is not set: og:image stays relative and og:url is left out, so link previews show no picture. Build with SITE_URL=https://your.host/folder/ to make them absolute.",
      );
      return html;
    },
  };
}
