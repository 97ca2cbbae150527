import Phaser from "phaser";
import { gameConfig, softwareWebGL } from "./config";
import { App } from "./game/app";
import { installHook } from "./game/hook";
import { language, pickLanguage } from "./i18n";
import { useLanguage } from "./i18n/load";
import { loadSettings } from "./persist/settings";
import "./style.css";

const stage = document.getElementById("stage");
const overlay = document.getElementById("overlay");
if (!stage || !overlay) throw new Error("index.html is missing #stage or #overlay");

// The language first: every catalogue answers in it from the first thing drawn (src/i18n). A
// browser set to Chinese opens in Chinese until the player picks a language. The Chinese tables
// are their own chunk (an English page never fetches them); should it fail to load, the game
// opens in English rather than not at all.
const asked = pickLanguage({
  search: location.search,
  saved: loadSettings().language,
  browser: navigator.languages ?? [navigator.language],
});
await useLanguage(asked).catch((err: unknown) => {
  console.warn(`the ${asked} text did not load; opening in English`, err);
});
document.documentElement.lang = language();
// Everything behind the title is fetched once the title is up (App.load): the game's core, and
// the story in the page's language (each telling is a chunk of its own: a player downloads
// only the one they read).
const app = new App(overlay, {
  core: () => import("./game/core"),
  story: async () =>
    (language() === "zh-CN"
      ? await import("../story/zh-CN/main.ink")
      : await import("../story/main.ink")
    ).default,
});
const game = new Phaser.Game(gameConfig(stage, { msaa: !softwareWebGL() }));
game.registry.set("app", app);
app.game = game;
installHook(app);
document.getElementById("boot-message")?.remove();
