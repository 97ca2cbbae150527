/**
 * Registers the service worker built by vite-plugin-pwa (scripts/installable.ts), which keeps the
 * game's page, code, story and icons so it plays offline after one visit. Not in `npm run dev`,
 * where no worker is built and stale caches would hide edits.
 *
 * Registered by the game's core once it is built (src/game/core.ts), not by the title: the
 * worker's install fetches every file of the build, and on a first visit that would compete with
 * the title and the core for the network and the CPU. A game that never loads has nothing to keep.
 * Workbox's window library is imported here, so it arrives with the core: the plugin's own
 * register helper fetched it when it ran, after the game had loaded, where a page reloaded or
 * closed at that moment cut the request off.
 *
 * Updates: a new build's worker installs in the background and takes over at once (autoUpdate:
 * skipWaiting + clientsClaim); the page already open keeps running the code it loaded (it loads
 * nothing more from the build after the story), and the next load is the new version. The player
 * is told, with a button to reload now, rather than the page reloading under them mid-scene.
 */
import { Workbox } from "workbox-window";
import { gameText as t } from "./i18n/messages/game";
import type { StatusAction } from "./ui/Status";

interface StatusSink {
  show(message: string, tone?: "note" | "problem", action?: StatusAction): void;
}

export function installServiceWorker(status: StatusSink): void {
  if (import.meta.env.DEV || !("serviceWorker" in navigator)) return;
  // The worker sits at the build's root and serves all of it; this module is in the build's
  // assets/ folder, so both resolve from here whatever page (and folder) loaded the game.
  const root = new URL("../", import.meta.url);
  const worker = new Workbox(new URL("sw.js", root).href, { scope: root.href, type: "classic" });
  worker.addEventListener("activated", (event) => {
    // A worker that replaced another (or came from another tab) is a new version of the game.
    if (event.isUpdate || event.isExternal) {
      status.show(t("updateInstalled"), "note", {
        label: t("reloadNow"),
        run: () => location.reload(),
      });
    }
  });
  worker
    .register({ immediate: true })
    .then((registration) => {
      if (!registration) return;
      // The browser looks for a new worker on each load; a tab left open for days also looks
      // whenever the player comes back to it. Offline the check fails, which changes nothing.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => undefined);
      });
    })
    .catch((err: unknown) => {
      // The game still plays online without it (e.g. a browser that refuses workers).
      console.warn(
        "The service worker could not be registered: the game will not play offline.",
        err,
      );
    });
}
