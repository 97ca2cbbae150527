import { describe, expect, it } from "vitest";
import { listSignature, sameSignature } from "../../src/ui/stillFrames";

/** A display list shaped like Phaser's: a panel's container holding a text and a graphics. */
function screen() {
  const text = {
    type: "Text",
    visible: true,
    x: 10,
    y: 20,
    alpha: 1,
    _text: "4,000 GPUs",
    style: { color: "#e6edf3", fontStyle: "normal" },
  };
  const graphics = {
    type: "Graphics",
    visible: true,
    x: 0,
    y: 0,
    commandBuffer: [3, 0, 0, 40, 14],
  };
  const light = { type: "Image", visible: true, x: 5, y: 5, alpha: 0.2, tintTopLeft: 0x56b4e9 };
  const panel = { type: "Container", visible: true, x: 16, y: 96, list: [graphics, text] };
  return { list: [light, panel], text, graphics, light, panel };
}

const signature = (list: readonly unknown[]) => {
  const out: unknown[] = [];
  listSignature(list, out);
  return out;
};

describe("a frame that changes nothing is recognised as still (src/ui/stillFrames.ts)", () => {
  it("gives the same signature for the same picture", () => {
    const s = screen();
    expect(sameSignature(signature(s.list), signature(s.list))).toBe(true);
  });

  it("sees a text, a colour, a graphics redraw, a light's step and a move", () => {
    const changes: ((s: ReturnType<typeof screen>) => void)[] = [
      (s) => {
        s.text._text = "4,100 GPUs";
      },
      (s) => {
        s.text.style.color = "#f0792e";
      },
      // A slider's track redrawn wider: same number of commands, other values.
      (s) => {
        s.graphics.commandBuffer = [3, 0, 0, 41, 14];
      },
      (s) => {
        s.light.alpha = 0.3;
      },
      (s) => {
        s.panel.x = 17;
      },
      (s) => {
        s.panel.visible = false;
      },
      (s) => {
        s.panel.list.pop();
      },
    ];
    for (const change of changes) {
      const s = screen();
      const before = signature(s.list);
      change(s);
      expect(sameSignature(before, signature(s.list))).toBe(false);
    }
  });

  it("ignores what hidden objects do", () => {
    const s = screen();
    s.panel.visible = false;
    const before = signature(s.list);
    s.text._text = "changed while hidden";
    s.graphics.commandBuffer = [];
    expect(sameSignature(before, signature(s.list))).toBe(true);
  });
});
