/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker built by vite-plugin-pwa (scripts/installable.ts), which keeps the
 * game's page, code, story and icons so it plays offline after one visit. Not in `npm run dev`,
 * where no worker is built and stale caches would hide edits.
 *
 * Updates: a new build's worker installs in the background and takes over at once (autoUpdate:
 * skipWaiting + clientsClaim); the page already open keeps running the code it loaded (it loads
 * nothing more from the build after the story), and the next load is the new version. The player
 * is told, with a button to reload now, rather than the page reloading under them mid-scene.
 */
import { registerSW } from "virtual:pwa-register";
import { gameText as t } from "./i18n/messages/game";
import type { StatusAction } from "./ui/Status";

interface StatusSink {
  show(message: string, tone?: "note" | "problem", action?: StatusAction): void;
}

export function installServiceWorker(status: StatusSink): void {
  if (import.meta.env.DEV || !("serviceWorker" in navigator)) return;
  registerSW({
    onNeedReload() {
      status.show(t("updateInstalled"), "note", {
        label: t("reloadNow"),
        run: () => location.reload(),
      });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // The browser looks for a new worker on each load; a tab left open for days also looks
      // whenever the player comes back to it. Offline the check fails, which changes nothing.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => undefined);
      });
    },
    onRegisterError(err) {
      // The game still plays online without it (e.g. a browser that refuses workers).
      console.warn(
        "The service worker could not be registered: the game will not play offline.",
        err,
      );
    },
  });
}
