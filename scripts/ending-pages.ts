/**
 * One page per ending, so a shared run link previews how the run ended: a run's link opens
 * `ending/<id>.html#run=<code>` (src/game/router.ts), and link-preview services, which never see
 * the `#run=` fragment, read that page's own Open Graph and Twitter tags and picture. Each page
 * is the built index.html (the same game, scripts and styles) one folder deeper: a
 * `<base href="../">` resolves every relative URL (scripts, styles, manifest, icons, the sounds
 * the game asks for at `./audio/`) against the game's folder, as from index.html. Its picture,
 * `ending/<id>.png`, is drawn at build time by scripts/preview-image.mjs, the routine of the
 * game's own assets/og-image.png. With `SITE_URL` its preview URLs are absolute and `og:url` is
 * the page (scripts/site-url.ts). vite.config.ts adds the plugin; `npm run dev` serves the pages
 * too, so its run links open.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";
import { ENDINGS, endingImagePath, endingPagePath } from "../src/game/endings.ts";
import { uiText } from "../src/i18n/messages/ui.ts";
import { type Ending, ENDINGS as VERDICT_ENDINGS } from "../src/sim/verdict.ts";
import { drawEndingPreview } from "./preview-image.mjs";
import { absolutePreviewTags, escapeAttr, siteBase } from "./site-url.ts";

/** What an ending's page says about it: the English title and line (src/game/endings.ts). */
export interface EndingPage {
  id: Ending;
  title: string;
  line: string;
}

/** Every ending of the verdict (src/sim/verdict.ts), with its title and line. */
export function endingPages(): EndingPage[] {
  return VERDICT_ENDINGS.map((id) => ({ id, title: ENDINGS[id].title, line: ENDINGS[id].line }));
}

/** The page's title in previews, as the game titles its pages: "The 10x Turbo · If I Trained GPT-4". */
function previewTitle(page: EndingPage): string {
  return uiText("titled", { page: page.title, game: uiText("gameName") });
}

/** What the picture shows, for readers who cannot see it (index.html's og:image:alt, per ending). */
function imageAlt(page: EndingPage): string {
  return `${uiText("gameName")}, ending "${page.title}", in large letters over racks of GPUs. ${page.line}`;
}

/** Sets the content of the meta tag with that property or name; a tag index.html lacks fails the build. */
function setMeta(html: string, key: string, content: string): string {
  const tag = new RegExp(`(<meta\\s+(?:property|name)="${key}"\\s+content=")[^"]*(")`);
  if (!tag.test(html)) throw new Error(`index.html has no ${key} meta for the ending pages`);
  return html.replace(
    tag,
    (_m, head: string, tail: string) => `${head}${escapeAttr(content)}${tail}`,
  );
}

/** The folder of an ending's page, as seen from it: the game's folder is one up. */
const GAME_FOLDER_FROM_PAGE = "../";

/**
 * An ending's page from the built index.html: its own title, description and picture in the
 * Open Graph and Twitter tags, and a `<base>` at the game's folder right after the charset (before
 * any element with a URL). `base` is the site's folder from `SITE_URL` (siteBase), or null.
 */
export function endingPageHtml(indexHtml: string, page: EndingPage, base: string | null): string {
  if (/<base[\s>]/i.test(indexHtml)) throw new Error("index.html already has a <base>");
  const image = `./${endingImagePath(page.id)}`;
  const tags: [string, string][] = [
    ["og:title", previewTitle(page)],
    ["twitter:title", previewTitle(page)],
    ["og:description", page.line],
    ["twitter:description", page.line],
    ["og:image", image],
    ["twitter:image", image],
    ["og:image:alt", imageAlt(page)],
  ];
  let html = tags.reduce((h, [key, content]) => setMeta(h, key, content), indexHtml);
  const charset = /(<meta\s+charset="[^"]*"\s*\/?>)(\s*)/i;
  if (!charset.test(html)) throw new Error("index.html has no <meta charset> to put <base> after");
  html = html.replace(
    charset,
    (_m, tag: string, space: string) =>
      `${tag}${space}<base href="${GAME_FOLDER_FROM_PAGE}" />${space}`,
  );
  return base ? absolutePreviewTags(html, base, endingPagePath(page.id)) : html;
}

/** `/ending/turbo.html` or `/ending/turbo.png` in the dev server: the ending and which file. */
function devRequest(url: string | undefined): { page: EndingPage; file: "html" | "png" } | null {
  const path = new URL(url ?? "/", "http://dev").pathname;
  for (const page of endingPages()) {
    if (path === `/${endingPagePath(page.id)}`) return { page, file: "html" };
    if (path === `/${endingImagePath(page.id)}`) return { page, file: "png" };
  }
  return null;
}

export function endingPagesPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const base = siteBase(env.SITE_URL);
  return {
    name: "andy:ending-pages",
    // After every other plugin has written index.html (the SITE_URL tags, the manifest's link),
    // so each page is that same file; the service worker, generated when the bundle is written,
    // then precaches the pages with it (scripts/installable.ts).
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const index = bundle["index.html"];
        if (index?.type !== "asset") this.error("the build has no index.html to copy");
        const html =
          typeof index.source === "string" ? index.source : new TextDecoder().decode(index.source);
        for (const page of endingPages()) {
          this.emitFile({
            type: "asset",
            fileName: endingPagePath(page.id),
            source: endingPageHtml(html, page, base),
          });
          this.emitFile({
            type: "asset",
            fileName: endingImagePath(page.id),
            source: drawEndingPreview(page),
          });
        }
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const asked = devRequest(req.url);
        if (!asked) return next();
        const send = async () => {
          if (asked.file === "png") {
            res.setHeader("content-type", "image/png");
            res.end(drawEndingPreview(asked.page));
            return;
          }
          const raw = await readFile(join(server.config.root, "index.html"), "utf8");
          const html = await server.transformIndexHtml(req.url ?? "/", raw);
          res.setHeader("content-type", "text/html");
          res.end(endingPageHtml(html, asked.page, null));
        };
        send().catch(next);
      });
    },
  };
}
