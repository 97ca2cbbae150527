import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { absolutePreviewTags, absoluteUrl, siteBase } from "../../scripts/site-url";

const INDEX = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

/** The content of every meta tag with that property or name. */
function metas(html: string, key: string): string[] {
  const re = new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`, "g");
  return [...html.matchAll(re)].map((m) => m[1] ?? "");
}

describe("SITE_URL, the site's folder", () => {
  it("is unset when empty", () => {
    expect(siteBase(undefined)).toBeNull();
    expect(siteBase("")).toBeNull();
    expect(siteBase("   ")).toBeNull();
  });

  it("always ends in a slash, so paths join below the folder", () => {
    expect(siteBase("https://example.org")).toBe("https://example.org/");
    expect(siteBase("https://example.org/")).toBe("https://example.org/");
    expect(siteBase("https://user.github.io/andy")).toBe("https://user.github.io/andy/");
    expect(siteBase("https://user.github.io/andy/")).toBe("https://user.github.io/andy/");
    expect(siteBase(" http://127.0.0.1:4173/games/andy ")).toBe(
      "http://127.0.0.1:4173/games/andy/",
    );
  });

  it("drops a query or fragment, which would otherwise sit inside every joined URL", () => {
    expect(siteBase("https://example.org/andy/?ref=mail#top")).toBe("https://example.org/andy/");
  });

  it("fails the build on anything but an absolute http(s) address", () => {
    expect(() => siteBase("example.org/andy")).toThrow(/absolute http\(s\) address/);
    expect(() => siteBase("/andy/")).toThrow(/absolute http\(s\) address/);
    expect(() => siteBase("ftp://example.org/")).toThrow(/https:\/\/ or http:\/\//);
    expect(() => siteBase("javascript:alert(1)")).toThrow(/https:\/\/ or http:\/\//);
  });
});

describe("absoluteUrl", () => {
  it("joins at the root and in a sub-path, with or without the base's trailing slash", () => {
    expect(absoluteUrl("https://example.org/", "./og-image.png")).toBe(
      "https://example.org/og-image.png",
    );
    expect(absoluteUrl("https://example.org", "og-image.png")).toBe(
      "https://example.org/og-image.png",
    );
    // Without the slash a browser would resolve beside "andy" (…/games/og-image.png): not here.
    expect(absoluteUrl("https://example.org/games/andy", "./og-image.png")).toBe(
      "https://example.org/games/andy/og-image.png",
    );
    expect(absoluteUrl("https://example.org/games/andy/", "icons/icon-512.png")).toBe(
      "https://example.org/games/andy/icons/icon-512.png",
    );
    // A leading slash stays inside the site's folder rather than jumping to the host's root.
    expect(absoluteUrl("https://example.org/games/andy/", "/og-image.png")).toBe(
      "https://example.org/games/andy/og-image.png",
    );
  });
});

describe("absolutePreviewTags on index.html", () => {
  const base = "https://example.org/games/andy/";
  const html = absolutePreviewTags(INDEX, base);

  it("starts from relative previews (the build without SITE_URL keeps them)", () => {
    expect(metas(INDEX, "og:image")).toEqual(["./og-image.png"]);
    expect(metas(INDEX, "twitter:image")).toEqual(["./og-image.png"]);
    expect(metas(INDEX, "og:url")).toEqual([]);
  });

  it("points og:image and twitter:image below the base and names the site in og:url", () => {
    expect(metas(html, "og:image")).toEqual(["https://example.org/games/andy/og-image.png"]);
    expect(metas(html, "twitter:image")).toEqual(["https://example.org/games/andy/og-image.png"]);
    expect(metas(html, "og:url")).toEqual(["https://example.org/games/andy/"]);
  });

  it("leaves every other tag as it was", () => {
    for (const key of [
      "og:title",
      "og:description",
      "og:image:width",
      "og:image:alt",
      "twitter:card",
    ]) {
      expect(metas(html, key), key).toEqual(metas(INDEX, key));
    }
    expect(
      html
        .replace(/<meta property="og:url"[^>]*>\s*/, "")
        .replace(/https:\/\/example\.org\/games\/andy\//g, "./"),
    ).toBe(INDEX);
  });

  it("run twice, keeps one og:url (the second base's)", () => {
    const again = absolutePreviewTags(html, "https://other.example/");
    expect(metas(again, "og:url")).toEqual(["https://other.example/"]);
  });
});
