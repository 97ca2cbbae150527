/**
 * Phaser scene keys, one per screen: a module of its own, so that the scenes of the title (in the
 * first chunk) and those behind it (src/game/core.ts) name each other without importing each other.
 */
export const SCENES = {
  boot: "Boot",
  preloader: "Preloader",
  title: "Title",
  narrative: "Narrative",
  report: "Report",
  history: "History",
  lab: "Lab",
} as const;
