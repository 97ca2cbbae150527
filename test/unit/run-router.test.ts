/** The address a player (or a test) types: `?screen=designer&seed=1` opens that screen. */
import { describe, expect, it } from "vitest";
import { screenFromSearch } from "../../src/game/router";

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
