/// <reference types="vite/client" />

/** story/*.ink compiles at build time (scripts/vite-plugin-ink.ts) to inkjs's JSON. */
declare module "*.ink" {
  const storyJson: string;
  export default storyJson;
}
