// `npm run code-sizes -- [--runs N] [--others N]`
//
// How long run codes are, and how large a QR code of their run link: plays each autoplay strategy
// (N random runs from seed 1, default 1,000; the others 50 each) in Node, as scripts/autoplay.ts
// does, and prints per strategy the version 1 code's length (lz-string of the same payload, as
// links made before version 2 were), the version 2 code's, and the QR code the card draws of the
// run link at https://example.org/games/andy/ (src/ui/qr.ts): its versions and module sizes, or
// the game's address where the link is too long. README "Saves and sharing" quotes its figures.
import { join } from "node:path";
import { parseArgs } from "node:util";
import LZString from "lz-string";
import { playRun, STRATEGY_NAMES } from "../src/game/autoplay.ts";
import { runLink } from "../src/game/router.ts";
import { useLanguage } from "../src/i18n/load.ts";
import { encodeRun, storyBuild } from "../src/persist/code.ts";
import { unpackPayload } from "../src/persist/pack.ts";
import { cardQr } from "../src/ui/qr.ts";
import { compileInk } from "./vite-plugin-ink.ts";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "1000" }, others: { type: "string", default: "50" } },
});
await useLanguage("en");
const { json } = compileInk(join(import.meta.dirname, "..", "story", "main.ink"));
const build = storyBuild(json);
const PAGE = { origin: "https://example.org", pathname: "/games/andy/", search: "" };
const GAME = `${PAGE.origin}${PAGE.pathname}`;
/** The card's corner (QR_SIDE in src/ui/Card.ts). */
const SIDE = 204;

const at = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
const tally = (counts: Map<string, number>) =>
  [...counts].map(([key, n]) => `${key}: ${n}`).join(", ");

for (const strategy of STRATEGY_NAMES) {
  const runs = Number(strategy === "random" ? values.runs : values.others);
  const v1: number[] = [];
  const v2: number[] = [];
  const versions = new Map<string, number>();
  const held = new Map<string, number>();
  for (let seed = 1; seed <= runs; seed++) {
    const played = playRun(json, seed, strategy, { keepSession: true });
    if (!played.session) continue;
    const code = encodeRun({ seed, build, decisions: [...played.session.decisions] });
    const payload = unpackPayload(code.slice(2), Number.MAX_SAFE_INTEGER);
    if (!payload.ok) throw new Error(`seed ${seed}: its code does not unpack`);
    v1.push(`1.${LZString.compressToEncodedURIComponent(JSON.stringify(payload.value))}`.length);
    v2.push(code.length);
    const qr = cardQr(runLink(PAGE, code, played.ending ?? ""), GAME, SIDE);
    const version = qr ? `v${(qr.modules.size - 17) / 4}` : "none";
    versions.set(version, (versions.get(version) ?? 0) + 1);
    const what = qr ? `${qr.holds} link at ${qr.modulePx} px` : "no QR code";
    held.set(what, (held.get(what) ?? 0) + 1);
  }
  v1.sort((a, b) => a - b);
  v2.sort((a, b) => a - b);
  console.log(
    `${strategy} (${v2.length} runs): version 1 median ${at(v1, 0.5)}, longest ${v1.at(-1)}; ` +
      `version 2 shortest ${v2[0]}, median ${at(v2, 0.5)}, 90% ${at(v2, 0.9)}, longest ${v2.at(-1)}; ` +
      `QR ${tally(new Map([...versions].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))))}; ${tally(held)}`,
  );
}
