/**
 * The page the build writes for each ending (scripts/ending-pages.ts): its link-preview tags and
 * picture, and that it is the same game as index.html one folder deeper.
 */
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { endingPageHtml, endingPages } from "../../scripts/ending-pages";
import { drawEndingPreview, drawGamePreview } from "../../scripts/preview-image.mjs";

/** index.html as the build leaves it: the source plus the script, styles and manifest Vite adds. */
const INDEX = readFileSync(new URL("../../index.html", import.meta.url), "utf8")
  .replace(/\s*<script type="module" src="\/src\/main.ts"><\/script>/, "")
  .replace(
    "</head>",
    '    <script type="module" crossorigin src="./assets/index-abc.js"></script>\n' +
      '    <link rel="stylesheet" crossorigin href="./assets/index-def.css">\n' +
      '  <link rel="manifest" href="./manifest.webmanifest"></head>',
  );

/** The content of every meta tag with that property or name. */
function metas(html: string, key: string): string[] {
  const re = new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`, "g");
  return [...html.matchAll(re)].map((m) => m[1] ?? "");
}

const one = (html: string, key: string) => {
  const found = metas(html, key);
  expect(found, key).toHaveLength(1);
  return (found[0] ?? "").replaceAll("&quot;", '"');
};

/** What a browser resolves a page's relative URLs against: its <base href>, else the page. */
function baseOf(html: string, pageUrl: string): string {
  const base = /<base\s+href="([^"]*)"/.exec(html)?.[1];
  return base === undefined ? pageUrl : new URL(base, pageUrl).href;
}

/** Every URL the page loads or links (scripts, styles, icons, manifest), resolved as a browser would. */
function resolvedUrls(html: string, pageUrl: string): string[] {
  const base = baseOf(html, pageUrl);
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]*)"/g)].map(
    (m) => new URL(m[1] ?? "", base).href,
  );
}

const page = (id: string) => {
  const found = endingPages().find((p) => p.id === id);
  if (!found) throw new Error(`no page for ${id}`);
  return found;
};

describe("the ending pages", () => {
  it("are one per ending of the verdict", () => {
    expect(endingPages().map((p) => p.id)).toEqual([
      "subpoena",
      "melted_fleet",
      "dense_giant",
      "chinchilla_warning",
      "nerfed",
      "turbo",
      "busy",
    ]);
  });

  it("each previews its ending: the title beside the game's, the ending's line, its picture", () => {
    const titles: Record<string, string> = {
      subpoena: "The Subpoena",
      melted_fleet: "The Melted Fleet",
      dense_giant: "The Dense Giant",
      chinchilla_warning: "Chinchilla's Warning",
      nerfed: "The Nerfed Model",
      turbo: "The 10x Turbo",
      busy: "Busy for a While",
    };
    for (const p of endingPages()) {
      const html = endingPageHtml(INDEX, p, null);
      const title = `${titles[p.id]} · If I Trained GPT-4`;
      expect(one(html, "og:title"), p.id).toBe(title);
      expect(one(html, "twitter:title"), p.id).toBe(title);
      expect(one(html, "og:image"), p.id).toBe(`./ending/${p.id}.png`);
      expect(one(html, "twitter:image"), p.id).toBe(`./ending/${p.id}.png`);
      expect(one(html, "og:image:alt"), p.id).toContain(`"${titles[p.id]}"`);
      expect(one(html, "og:description"), p.id).toBe(one(html, "twitter:description"));
      // The picture keeps the size index.html announces.
      expect([one(html, "og:image:width"), one(html, "og:image:height")]).toEqual(["1200", "630"]);
    }
    const turbo = endingPageHtml(INDEX, page("turbo"), null);
    expect(one(turbo, "og:description")).toBe(
      "The efficiency programme: ten times cheaper was the goal, quality the line not to cross.",
    );
    expect(one(turbo, "og:image:alt")).toBe(
      'If I Trained GPT-4, ending "The 10x Turbo", in large letters over racks of GPUs. The efficiency programme: ten times cheaper was the goal, quality the line not to cross.',
    );
    expect(one(endingPageHtml(INDEX, page("subpoena"), null), "og:description")).toBe(
      "The shadow-library data caught up with you.",
    );
  });

  it("without SITE_URL, keep relative previews and name no og:url", () => {
    const html = endingPageHtml(INDEX, page("nerfed"), null);
    expect(metas(html, "og:url")).toEqual([]);
    // Resolved as a browser resolves it, below the game's folder where the build writes it.
    const at = "https://example.org/games/andy/ending/nerfed.html";
    expect(new URL(one(html, "og:image"), baseOf(html, at)).href).toBe(
      "https://example.org/games/andy/ending/nerfed.png",
    );
  });

  it("with SITE_URL, point og:image and twitter:image below the site and og:url at the page", () => {
    const html = endingPageHtml(INDEX, page("turbo"), "https://example.org/games/andy/");
    expect(one(html, "og:image")).toBe("https://example.org/games/andy/ending/turbo.png");
    expect(one(html, "twitter:image")).toBe("https://example.org/games/andy/ending/turbo.png");
    expect(one(html, "og:url")).toBe("https://example.org/games/andy/ending/turbo.html");
    // The same from the index.html the SITE_URL step has already made absolute (as in the build).
    const absoluteIndex = INDEX.replaceAll(
      'content="./og-image.png"',
      'content="https://x/og.png"',
    );
    const again = endingPageHtml(absoluteIndex, page("turbo"), "https://example.org/");
    expect(one(again, "og:image")).toBe("https://example.org/ending/turbo.png");
    expect(one(again, "og:url")).toBe("https://example.org/ending/turbo.html");
  });

  it("load the same scripts, styles, manifest and icons as index.html, from one folder deeper", () => {
    const folder = "https://example.org/games/andy/";
    const fromIndex = resolvedUrls(INDEX, folder);
    expect(fromIndex).toContain("https://example.org/games/andy/assets/index-abc.js");
    expect(fromIndex).toContain("https://example.org/games/andy/manifest.webmanifest");
    for (const p of endingPages()) {
      const html = endingPageHtml(INDEX, p, null);
      expect(resolvedUrls(html, `${folder}ending/${p.id}.html`), p.id).toEqual(fromIndex);
    }
  });

  it("are index.html but for the preview tags and the <base>, which comes before any URL", () => {
    const html = endingPageHtml(INDEX, page("busy"), null);
    const head = html.slice(0, html.indexOf("<base"));
    expect(head).toContain("<meta charset");
    expect(head).not.toMatch(/\s(?:src|href)=/);
    const previewKeys =
      /(og:title|twitter:title|og:description|twitter:description|og:image|twitter:image|og:image:alt)"(\s+)content="[^"]*"/g;
    const strip = (h: string) =>
      h.replace(/\s*<base href="\.\.\/" \/>/, "").replace(previewKeys, '$1"$2content=""');
    expect(strip(html)).toBe(strip(INDEX));
  });
});

/** Decodes the PNGs our writer makes (8-bit RGB, one IDAT, filter "none"). */
function decode(png: Buffer): { width: number; height: number; rgb: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 2]);
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  }
  return { width, height, rgb };
}

/** Rows holding the picture's brightest text colour (#e6edf3, the theme's text): the title's. */
function titleRows({ width, height, rgb }: ReturnType<typeof decode>): number[] {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = (y * width + x) * 3;
      if (rgb[k] === 0xe6 && rgb[k + 1] === 0xed && rgb[k + 2] === 0xf3) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

describe("the ending pictures (scripts/preview-image.mjs)", () => {
  const pictures = endingPages().map((p) => ({ id: p.id, png: drawEndingPreview(p) }));

  it("are 1200 x 630, one of its own for each ending", () => {
    for (const { id, png } of pictures) {
      const { width, height } = decode(png);
      expect([width, height], id).toEqual([1200, 630]);
    }
    expect(new Set(pictures.map((p) => p.png.toString("base64"))).size).toBe(pictures.length);
  });

  it("write the ending's title large enough to read at the half size a feed shows (600 x 315)", () => {
    for (const { id, png } of pictures) {
      const rows = titleRows(decode(png));
      // Capitals at least 26 px tall at half size: 52 rows of the full picture, in one line of
      // text (the rows are contiguous but for the gaps inside letters like "E").
      const height = (rows.at(-1) ?? 0) - (rows[0] ?? 0) + 1;
      expect(height, id).toBeGreaterThanOrEqual(52);
      // Above the racks, which start two thirds of the way down.
      expect(rows.at(-1), id).toBeLessThan(400);
    }
  });

  it("break a title too long for one line onto two, and refuse a character the font lacks", () => {
    const long = drawEndingPreview({
      title: "The Extraordinarily Overdue Mixture of Experts",
      line: "A made-up ending, longer than any the game has.",
    });
    expect(decode(long).width).toBe(1200);
    expect(() => drawEndingPreview({ title: "The €1 Model", line: "" })).toThrow(
      /no glyph for "€"/,
    );
  });

  it("share their drawing with the game's own picture, committed as the script draws it", () => {
    // Rerun `node scripts/make-og-image.mjs` after changing the drawing.
    const committed = readFileSync(new URL("../../assets/og-image.png", import.meta.url));
    expect(committed.equals(drawGamePreview())).toBe(true);
  });
});
