import Phaser from "phaser";
import { gameConfig, softwareWebGL } from "./config";
import { App } from "./game/app";
import { installHook } from "./game/hook";
import { language, pickLanguage, setLanguage } from "./i18n";
import { loadSettings } from "./persist/settings";
import { installServiceWorker } from "./pwa";
import "./style.css";

const stage = document.getElementById("stage");
const overlay = document.getElementById("overlay");
if (!stage || !overlay) throw new Error("index.html is missing #stage or #overlay");

// The language first: every catalogue answers in it from the first thing drawn (src/i18n).
setLanguage(pickLanguage({ search: location.search, saved: loadSettings().language, browser: [] }));
document.documentElement.lang = language();
const app = new App(overlay);
const game = new Phaser.Game(gameConfig(stage, { msaa: !softwareWebGL() }));
game.registry.set("app", app);
app.game = game;
installHook(app);
installServiceWorker(app.status);
document.getElementById("boot-message")?.remove();
