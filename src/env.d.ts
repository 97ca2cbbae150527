/// <reference types="vite/client" />

/** story/*.ink compiles at build time (scripts/vite-plugin-ink.ts) to inkjs's JSON. */
declare module "*.ink" {
  const storyJson: string;
  export default storyJson;
}

/** The sounds' generator hash (scripts/vite-plugin-sounds.ts); absent where that plugin is off. */
declare const __SOUNDS_VERSION__: string | undefined;
