/**
 * A Text is recoloured only when its colour changes: Phaser re-renders and uploads a Text's
 * texture on every setColor, and the screens set a tone on every step of a drag.
 */
import { describe, expect, it } from "vitest";
import { COLORS, css, recolor } from "../../src/ui/theme";

function fakeText(color: string) {
  const calls: string[] = [];
  const text = {
    style: { color },
    setColor(next: string) {
      calls.push(next);
      text.style.color = next;
    },
  };
  return { text, calls };
}

describe("recolor", () => {
  it("leaves a Text alone when asked for the colour it has, and sets a new one once", () => {
    const { text, calls } = fakeText(css(COLORS.text));
    recolor(text, COLORS.text);
    recolor(text, css(COLORS.text));
    expect(calls).toEqual([]);
    recolor(text, COLORS.warning);
    recolor(text, COLORS.warning);
    expect(calls).toEqual([css(COLORS.warning)]);
  });
});
