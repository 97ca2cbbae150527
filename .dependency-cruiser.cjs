/**
 * The layers of the code (README "Layout"), checked by dependency-cruiser in `npm test`
 * (`npm run layers`). TypeScript is parsed with swc: TypeScript 7 has no JS API to lend.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "sim-is-pure",
      comment:
        "src/sim is the physics: it imports nothing outside itself (no Phaser, no DOM, no game, no packages).",
      severity: "error",
      from: { path: "^src/sim/" },
      to: { pathNot: "^src/sim/" },
    },
    {
      name: "sim-through-its-index",
      comment:
        "Outside src/sim, the sim is reached through src/sim/index.ts only: its internals may move. The exceptions are for the title screen, whose chunk holds none of the rest of the sim: src/i18n/numbers.ts binds the formatters (src/sim/format.ts), and anything may import the list of endings (src/sim/endings.ts, a constant), which the title's endings gallery counts.",
      severity: "error",
      from: { pathNot: "^src/sim/|^src/i18n/numbers\\.ts$" },
      to: { path: "^src/sim/", pathNot: "^src/sim/(index|endings)\\.ts$" },
    },
    {
      name: "pure-layers-stay-pure",
      comment:
        "The run, the story, saves and the screens' modules run in Node (vitest, autoplay): no Phaser, no scenes, no widgets.",
      severity: "error",
      from: {
        path: "^src/(sim|explain|persist|story|lab|i18n)/|^src/game/(session|autoplay|report|decisive|limits|run[^/]*)\\.ts$|^src/screens/(registry|shared|types)\\.ts$|^src/screens/[^/]+/(screen|view)\\.ts$",
      },
      to: {
        path: "^node_modules/phaser/|^src/(scenes|ui|audio)/|^src/screens/[^/]+/scene\\.ts$|^src/screens/scenes\\.ts$",
      },
    },
    {
      name: "no-cycles",
      comment: "A cycle makes two modules one: split them or move what they share.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    parser: "swc",
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.ink$|\\.css$" },
  },
};
