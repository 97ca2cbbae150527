/**
 * The shape of a compiled story: its knots, stitches, choices, diverts, logic, external calls and
 * protocol tags, with the prose taken out. Two tellings of the story (story/, story/zh-CN/) have
 * the same shape exactly when a save, a share code or a chapter replay made in one replays in the
 * other: the same choices in the same order at every point, the same tags at the same places.
 * Pure: the story build fingerprint (src/persist/code.ts) and scripts/story-shape.ts use it.
 */

/** Tags whose value is prose (translated); every other tag must match exactly. */
const PROSE_TAGS: Readonly<Record<string, (value: string) => string>> = {
  // `# hint: ...` is the instruction beside a screen's heading.
  hint: () => "",
  // `# chapter: 3 A Year of Trying`: the number is the protocol's, the title is prose.
  chapter: (value) => value.trim().split(/\s+/)[0] ?? "",
};

function normaliseTag(text: string): string {
  const colon = text.indexOf(":");
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  const value = colon < 0 ? "" : text.slice(colon + 1);
  const prose = PROSE_TAGS[name];
  return prose ? `#${name}:${prose(value)}` : `#${text.trim()}`;
}

/** A compiled container with its prose removed (ink's JSON: arrays, named sub-containers). */
function shapeOf(node: unknown): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    let inTag = false;
    let tagText = "";
    for (const item of node) {
      if (item === "#") {
        inTag = true;
        tagText = "";
        continue;
      }
      if (item === "/#") {
        inTag = false;
        out.push(normaliseTag(tagText));
        continue;
      }
      if (typeof item === "string" && item.startsWith("^")) {
        if (inTag) tagText += item.slice(1);
        // Prose: the words differ by language; where it sits does not matter to a replay.
        continue;
      }
      // Line breaks and glue are layout: a translation may break its paragraphs elsewhere.
      if (item === "\n" || item === "<>") continue;
      out.push(shapeOf(item));
    }
    return out;
  }
  if (node !== null && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      out[key] = shapeOf(value);
    }
    return out;
  }
  return node;
}

/** The shape of a compiled story's JSON (ink's `root`, with every named container in it). */
export function storyShape(json: string): unknown {
  return shapeOf((JSON.parse(json) as { root: unknown }).root);
}

/** Where two shapes first differ, as a path into the compiled story; null when they match. */
export function firstDifference(a: unknown, b: unknown, path = "root"): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length || i >= b.length) {
        return `${path}[${i}]: one has ${a.length} items, the other ${b.length}`;
      }
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const missing = ka.filter((k) => !(k in b)).concat(kb.filter((k) => !(k in a)));
    if (missing.length > 0) return `${path}: named containers differ (${missing.join(", ")})`;
    for (const k of ka) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
    return null;
  }
  return JSON.stringify(a) === JSON.stringify(b)
    ? null
    : `${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`;
}
