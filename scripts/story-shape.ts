// Compares the shapes of two stories (src/story/shape.ts): the same knots, choices, logic and
// protocol tags in the same order, prose aside.
//
//   node --import tsx scripts/story-shape.ts story/main.ink story/zh-CN/main.ink
//
// prints "same shape" or the first place the two differ.
import { pathToFileURL } from "node:url";
import { firstDifference, storyShape } from "../src/story/shape.ts";
import { compileInk } from "./vite-plugin-ink.ts";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [first, second] = process.argv.slice(2);
  if (!first || !second) {
    console.error("usage: node --import tsx scripts/story-shape.ts story/main.ink other/main.ink");
    process.exit(2);
  }
  const compile = (file: string): string => {
    try {
      return compileInk(file).json;
    } catch (err) {
      // compileInk's error lists every message as story/file.ink:LINE: message.
      console.error(err instanceof Error ? err.message : String(err));
      return process.exit(1);
    }
  };
  const compiled = [compile(first), compile(second)];
  const difference = firstDifference(storyShape(compiled[0] ?? ""), storyShape(compiled[1] ?? ""));
  console.log(difference ? `different shape at ${difference}` : "same shape");
  process.exit(difference ? 1 : 0);
}
