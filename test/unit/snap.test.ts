/**
 * Sliders and steppers put a value on their grid (src/ui/controls.ts's snapToStep): clamped, to
 * the nearest step, and exactly the decimal a player reads, so a plan (and its run code) holds
 * 0.15 rather than 3 x 0.05 = 0.15000000000000002.
 */
import { describe, expect, it } from "vitest";
import { snapToStep } from "../../src/ui/controls";

describe("a control's value on its grid", () => {
  it("is the nearest step, as the decimal it reads as", () => {
    // The Serving threshold's and the Designer's steps (0.05, 0.01).
    expect(3 * 0.05).not.toBe(0.15);
    expect(snapToStep(0.149, 0, 1, 0.05)).toBe(0.15);
    expect(snapToStep(0.16, 0, 1, 0.05)).toBe(0.15);
    expect(snapToStep(0.7, 0, 1, 0.1)).toBe(0.7);
    expect(snapToStep(0.366, 0.1, 0.9, 0.01)).toBe(0.37);
    // Counted from the minimum: steps of 2 from 1 land on odd numbers.
    expect(snapToStep(4, 1, 9, 2)).toBe(5);
  });

  it("is whole tokens on a Data Mix slider's 10B steps, clamped to its end", () => {
    expect(snapToStep(1.234e12, 0, 1.8e12, 1e10)).toBe(1.23e12);
    expect(snapToStep(2e12, 0, 1.8e12, 1e10)).toBe(1.8e12);
  });

  it("is the minimum for a value that is no number", () => {
    expect(snapToStep(Number.NaN, 2, 5, 1)).toBe(2);
    expect(snapToStep(-1, 2, 5, 1)).toBe(2);
  });
});
