/**
 * The site's public address, from the build-time setting `SITE_URL`, and the absolute URLs that
 * link previews need: Open Graph and Twitter readers fetch `og:image` without a page to resolve
 * a relative path against, so a relative image shows no picture.
 */

/**
 * Reads `SITE_URL` (e.g. `https://example.org/games/andy`): the folder the built site is served
 * from, always ending in "/" so that paths join below it rather than beside it. `null` when unset
 * or blank. Anything but an absolute http(s) address throws, so a typo fails the build.
 */
export function siteBase(raw: string | undefined): string | null {
  const value = raw?.trim() ?? "";
  if (value === "") return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute http(s) address such as https://example.org/andy/ (got "${value}")`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must start with https:// or http:// (got "${value}")`);
  }
  // The folder is the address: a query or fragment would end up inside every joined URL.
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** `path` (relative to the site's folder, "./x" or "x") as an absolute URL below `base`. */
export function absoluteUrl(base: string, path: string): string {
  const folder = base.endsWith("/") ? base : `${base}/`;
  const rel = path.replace(/^(\.\/|\/)+/, "");
  return new URL(rel, folder).href;
}

const ATTR_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "<": "&lt;",
  ">": "&gt;",
};
/** `s` safe inside a double-quoted HTML attribute (the ending pages' tags use it too). */
export const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => ATTR_ESCAPES[c] ?? c);

/** Matches one link-preview meta tag whose content is a relative path ("./…"). */
const RELATIVE_PREVIEW_META =
  /(<meta\s+(?:property="og:[a-z:_]+"|name="twitter:[a-z:_]+")\s+content=")\.\/([^"]*)(")/g;

/**
 * The page with absolute link previews: every `og:`/`twitter:` meta whose content is "./path"
 * points below `base`, and `og:url` (added after `og:type`, or replaced) names the page: `page`
 * below the site's folder (an ending's page, "ending/turbo.html"), or the folder itself.
 */
export function absolutePreviewTags(html: string, base: string, page = ""): string {
  const withImages = html.replace(
    RELATIVE_PREVIEW_META,
    (_m, head: string, path: string, tail: string) =>
      `${head}${escapeAttr(absoluteUrl(base, path))}${tail}`,
  );
  const ogUrl = `<meta property="og:url" content="${escapeAttr(absoluteUrl(base, page))}" />`;
  if (/<meta\s+property="og:url"[^>]*>/.test(withImages)) {
    return withImages.replace(/<meta\s+property="og:url"[^>]*>/, () => ogUrl);
  }
  const ogType = /(<meta\s+property="og:type"[^>]*>)(\s*)/;
  if (!ogType.test(withImages))
    throw new Error("index.html has no og:type meta to put og:url after");
  return withImages.replace(
    ogType,
    (_m, tag: string, space: string) => `${tag}${space}${ogUrl}${space}`,
  );
}
