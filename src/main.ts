import Phaser from "phaser";
import { gameConfig, softwareWebGL } from "./config";
import { App } from "./game/app";
import { installHook } from "./game/hook";
import { installServiceWorker } from "./pwa";
import "./style.css";

const stage = document.getElementById("stage");
const overlay = document.getElementById("overlay");
if (!stage || !overlay) throw new Error("index.html is missing #stage or #overlay");

const app = new App(overlay);
const game = new Phaser.Game(gameConfig(stage, { msaa: !softwareWebGL() }));
game.registry.set("app", app);
app.game = game;
installHook(app);
installServiceWorker(app.status);
document.getElementById("boot-message")?.remove();
