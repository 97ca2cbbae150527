/** The public surface of the explain layer: the player's sentences and "show the math". */
export * from "./advice";
export * from "./math";
