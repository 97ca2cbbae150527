import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packPayload, unpackPayload, WORDS } from "../../src/persist/pack";
import { SCREEN_LIST } from "../../src/screens/registry";

const CAP = 200_000;

describe("packed payloads (run codes from version 2)", () => {
  it("unpack to the JSON they were packed from, for any JSON, in capitals and digits only", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = packPayload(value);
        expect(text).toMatch(/^[0-9A-V]+$/);
        const json = JSON.parse(JSON.stringify(value)) as unknown;
        expect(unpackPayload(text, 10_000_000)).toEqual({
          ok: true,
          value: json,
          chars: expect.any(Number),
        });
      }),
      { numRuns: 500 },
    );
  });

  it("write every number exactly: fractions, doubles no decimal form gives, huge and tiny", () => {
    const numbers = [
      0.15000000000000002,
      55.64927625895618,
      0.1,
      -0.25,
      1e21,
      3.3e12,
      5e-324,
      -1.7976931348623157e308,
      2 ** 53 + 2,
      4,
      7424,
      -3,
      0.5,
    ];
    const back = unpackPayload(packPayload(numbers), CAP);
    expect(back.ok && back.value).toEqual(numbers);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const back = unpackPayload(packPayload([x]), CAP);
        // JSON writes -0 as 0, and so does a code.
        expect(back.ok && (back.value as number[])[0]).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 1000 },
    );
  });

  it("leave out undefined entries and write undefined items as null, as JSON does", () => {
    const back = unpackPayload(
      packPayload({ name: "x", layers: undefined, list: [undefined, null] }),
      CAP,
    );
    expect(back).toMatchObject({ ok: true, value: { name: "x", list: [null, null] } });
    expect(Object.keys((back.ok && (back.value as object)) || {})).toEqual(["name", "list"]);
  });

  it("name every field a plan's patch can hold, and the screens' tags, by a fixed index", () => {
    // Fixed forever: a code names a word by its place in the list.
    expect(WORDS.slice(0, 8)).toEqual(["f", "d", "m", "s", "p", "a", "Next model", "dense"]);
    expect(WORDS.indexOf("name")).toBe(26);
    expect(WORDS.indexOf("speculative.threshold")).toBe(WORDS.length - 1);
    expect(new Set(WORDS).size).toBe(WORDS.length);
    for (const screen of SCREEN_LIST) {
      expect(WORDS).toContain(screen.code.tag);
      for (const field of screen.code.fields) expect(WORDS, field).toContain(field);
    }
    // A word saves its characters: a patch of the words is shorter than of unknown keys.
    const known = packPayload({ "model.capability": 55.5, precision: "int8" });
    const unknown = packPayload({ "model.capabilityX": 55.5, precisionX: "int8" });
    expect(known.length * 4).toBeLessThan(unknown.length);
  });

  it("repeat a value written before by its index: a plan committed twice costs a few characters", () => {
    const plan = ["d", 1, { "context.finalShare": 0.4482366673648357, layers: 96, name: "Mine" }];
    const once = packPayload([plan]).length;
    const twice = packPayload([plan, plan]).length;
    expect(twice - once).toBeLessThanOrEqual(2);
    const back = unpackPayload(packPayload([plan, 2, plan]), CAP);
    expect(back.ok && back.value).toEqual([plan, 2, plan]);
  });

  it("refuse a payload whose repeats stand for more than the cap, having unpacked no more than it", () => {
    // Each level is two repeats of the one before: 15 levels of a 40-character string are about
    // 2.7 million characters of JSON, in a text of about a hundred.
    const levels: unknown[] = ["x".repeat(40)];
    for (let i = 0; i < 15; i++) levels.push([levels[i], levels[i]]);
    const text = packPayload(levels);
    expect(text.length).toBeLessThan(200);
    expect(JSON.stringify(levels).length).toBeGreaterThan(1_000_000);
    const refused = unpackPayload(text, CAP);
    expect(refused).toMatchObject({ ok: false, why: "too-big" });
    expect(refused.chars).toBeLessThanOrEqual(CAP);
    // Under a larger cap the same text unpacks whole.
    expect(unpackPayload(text, 10_000_000)).toMatchObject({ ok: true, value: levels });
  });

  it("refuse deep nesting, every cut, characters outside the alphabet and trailing bits", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 12; i++) deep = [deep];
    expect(unpackPayload(packPayload(deep), CAP)).toMatchObject({ ok: false, why: "damaged" });
    const text = packPayload([1, "tli5wh", [0, 2, ["f", 7424, 1408, 1168, 23], 1]]);
    for (let n = 0; n < text.length; n++)
      expect(unpackPayload(text.slice(0, n), CAP), text.slice(0, n)).toMatchObject({ ok: false });
    expect(unpackPayload(`${text}0`, CAP)).toMatchObject({ ok: false, why: "damaged" });
    expect(unpackPayload(text.toLowerCase(), CAP)).toMatchObject({ ok: false, why: "damaged" });
    expect(unpackPayload(`${text.slice(0, 3)}W${text.slice(4)}`, CAP)).toMatchObject({ ok: false });
  });

  it("never throw on any text, and never unpack more than the cap", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{0,300}$/), (text) => {
        const out = unpackPayload(text, 5_000);
        expect(out.chars).toBeLessThanOrEqual(5_000);
        if (out.ok) expect(JSON.stringify(out.value).length).toBeLessThanOrEqual(5_000);
      }),
      { numRuns: 2000 },
    );
  });
});
