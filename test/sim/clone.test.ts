import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clonePlan, SEED_PLANS } from "../../src/sim";

/** What clonePlan always was: the JSON round trip. */
const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x) as string);

describe("clonePlan copies exactly as the JSON round trip it replaced", () => {
  it("gives the round trip's value, key order and signs for any JSON-like value", () => {
    const value = fc.anything({
      withNullPrototype: false,
      withBigInt: false,
      withDate: false,
      withMap: false,
      withSet: false,
      withTypedArray: false,
      withSparseArray: true,
      withBoxedValues: false,
      withObjectString: true,
    });
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), value), fc.array(value)), (x) => {
        const copy = clonePlan(x);
        expect(copy).toStrictEqual(roundTrip(x));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(x));
      }),
      { numRuns: 500 },
    );
  });

  it("drops undefined fields, writes NaN, Infinity and undefined entries as null, and −0 as 0", () => {
    const odd = {
      a: undefined,
      b: Number.NaN,
      c: [undefined, Number.POSITIVE_INFINITY, -0],
      d: -0,
    };
    const copy = clonePlan(odd);
    expect(copy).toStrictEqual(roundTrip(odd));
    expect(Object.keys(copy)).toEqual(["b", "c", "d"]);
    expect(Object.is(copy.d, 0)).toBe(true);
  });

  it("keeps a __proto__ field a field, as JSON.parse does", () => {
    const plan = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
    const copy = clonePlan(plan);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "y"]);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(plan));
  });

  it("gives what JSON gives for a class, a toJSON, a date and a top-level undefined", () => {
    class Shape {
      constructor(readonly experts = 16) {}
    }
    const x = { shape: new Shape(), when: new Date(0), custom: { toJSON: () => "custom" } };
    expect(clonePlan(x)).toStrictEqual(roundTrip(x));
    expect(() => clonePlan(undefined)).toThrow(SyntaxError);
    expect(() => clonePlan({ n: 1n })).toThrow(TypeError);
  });

  it("copies every seed plan deeply, equal and unshared", () => {
    for (const plan of Object.values(SEED_PLANS)) {
      const copy = clonePlan(plan);
      expect(copy).toStrictEqual(roundTrip(plan));
      expect(copy).not.toBe(plan);
    }
    const copy = clonePlan(SEED_PLANS.gpt4Training);
    copy.data.sources.web.epochs = 99;
    expect(SEED_PLANS.gpt4Training.data.sources.web.epochs).not.toBe(99);
  });
});
