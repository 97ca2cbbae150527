// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's package.
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];

/** Throws with install instructions when no Chromium is there (the tests never skip). */
export function requireChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}.\n` +
        "Install Debian's package with `sudo apt-get install -y chromium` (or run `bash .ci/run`, which does),\n" +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary. The browser tests do not skip without it.",
    );
  }
  return CHROMIUM_PATH;
}
