/** The address a player (or a test) types: `?screen=designer&seed=1` opens that screen. */
import { describe, expect, it } from "vitest";
import { runLink, screenFromSearch } from "../../src/game/router";

describe("?screen= in the address", () => {
  it("opens a management screen, with the seed when it is a whole number from 0", () => {
    expect(screenFromSearch("?screen=designer&seed=1")).toEqual({ screen: "designer", seed: 1 });
    expect(screenFromSearch("?screen=data&seed=0")).toEqual({ screen: "data", seed: 0 });
    expect(screenFromSearch("?screen=fleet")).toEqual({ screen: "fleet" });
    expect(screenFromSearch("?screen=serving&seed=-3")).toEqual({ screen: "serving" });
    expect(screenFromSearch("?screen=serving&seed=1.5")).toEqual({ screen: "serving" });
  });

  it("ignores anything that is not one of the four screens", () => {
    expect(screenFromSearch("")).toBeNull();
    expect(screenFromSearch("?screen=title")).toBeNull();
    expect(screenFromSearch("?screen=toString")).toBeNull();
    expect(screenFromSearch("?seed=4")).toBeNull();
  });
});

describe("a run's link", () => {
  const at = (pathname: string, search = "") => ({
    origin: "https://example.org",
    pathname,
    search,
  });

  it("opens on its ending's page in the game's folder, so its preview shows that ending", () => {
    expect(runLink(at("/games/andy/"), "1.abc", "turbo")).toBe(
      "https://example.org/games/andy/ending/turbo.html#run=1.abc",
    );
    expect(runLink(at("/"), "1.abc", "chinchilla_warning")).toBe(
      "https://example.org/ending/chinchilla_warning.html#run=1.abc",
    );
  });

  it("is the same from index.html and from any ending's page", () => {
    for (const path of [
      "/games/andy/",
      "/games/andy/index.html",
      "/games/andy/ending/busy.html",
      "/games/andy/ending/turbo.html",
    ]) {
      expect(runLink(at(path), "1.abc", "subpoena"), path).toBe(
        "https://example.org/games/andy/ending/subpoena.html#run=1.abc",
      );
    }
  });

  it("keeps the page's query, as the page's own address has it", () => {
    expect(runLink(at("/andy/ending/busy.html", "?lang=zh-CN"), "1.abc", "nerfed")).toBe(
      "https://example.org/andy/ending/nerfed.html?lang=zh-CN#run=1.abc",
    );
  });

  it("opens the game's folder for an ending this build has no page for", () => {
    expect(runLink(at("/andy/ending/turbo.html"), "1.abc", "quiet_exit")).toBe(
      "https://example.org/andy/#run=1.abc",
    );
    expect(runLink(at("/andy/"), "1.abc", "unfinished")).toBe(
      "https://example.org/andy/#run=1.abc",
    );
    // Nothing from the id reaches the path: ids are only ever looked up.
    expect(runLink(at("/andy/"), "1.abc", "../evil")).toBe("https://example.org/andy/#run=1.abc");
  });
});
