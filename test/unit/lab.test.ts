import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import {
  decodeLab,
  encodeLab,
  LAB_CODE_VERSION,
  labCodeFromHash,
  labHash,
  MAX_LAB_CODE_LENGTH,
} from "../../src/lab/code";
import { compareDesigns, LAB_FIGURES } from "../../src/lab/compare";
import {
  atMonth,
  commitToDesign,
  LAB_LAST_MONTH,
  labWorld,
  monthWorld,
  withServedDesign,
} from "../../src/lab/design";
import { labHost } from "../../src/lab/host";
import { PRESET_IDS, presetDesign } from "../../src/lab/presets";
import { LabSession } from "../../src/lab/session";
import { servingView } from "../../src/screens/serving/view";
import { evaluateWorldTraining, formatReadout, readNumber } from "../../src/sim";
import { pageTitle } from "../../src/ui/pageTitle";

const params = (id: (typeof PRESET_IDS)[number]) =>
  evaluateWorldTraining(labWorld(presetDesign(id)));
const within = (value: number, expected: number, share: number) =>
  expect(Math.abs(value - expected) / expected).toBeLessThanOrEqual(share);

describe("Lab presets: parameter counts against the published figures", () => {
  it("GPT-3 is 175B (Brown et al. 2020)", () => {
    within(params("gpt3").totalParams, 175e9, 0.01);
  });
  it("Chinchilla is 70B (Hoffmann et al. 2022): 13·80·8192² + 32000·8192 = 70.06B", () => {
    const p = params("chinchilla70b");
    expect(p.totalParams).toBe(13 * 80 * 8192 ** 2 + 32_000 * 8192);
    within(p.totalParams, 70e9, 0.01);
  });
  it("Llama 2 70B is within 0.5% of Meta's 68.98B (the sim ties the output head)", () => {
    const p = params("llama2_70b");
    // 80 · (2·8192·8192 + 2·8192·8·128 + 3·8192·28672) + 32000·8192, by hand.
    expect(p.totalParams).toBe(
      80 * (2 * 8192 * 8192 + 2 * 8192 * 1024 + 3 * 8192 * 28672) + 32_000 * 8192,
    );
    within(p.totalParams, 68.98e9, 0.005);
  });
  it("Mixtral 8x7B is 46.7B total and 12.9B active (Jiang et al. 2024), within 2%", () => {
    const p = params("mixtral8x7b");
    within(p.totalParams, 46.7e9, 0.02);
    within(p.activeParams, 12.9e9, 0.02);
  });
  it("the source's GPT-4 is 1,831B total and 277B active", () => {
    within(params("gpt4").totalParams, 1831e9, 0.001);
    within(params("gpt4").activeParams, 277e9, 0.001);
  });
  it("every preset can start on its own month's fleet", () => {
    for (const id of PRESET_IDS) {
      expect(evaluateWorldTraining(labWorld(presetDesign(id))).reason, id).toBe("ok");
    }
  });
});

describe("Lab worlds", () => {
  it("March 2023 has that month's fleet: 10,000 + 20,000 (partner) + 8,000 (borrowed) A100s, no H100s yet", () => {
    const world = labWorld(atMonth(presetDesign("gpt4"), "2023-03"));
    expect(world.fleet).toEqual({ a100: 38_000, h100: 0 });
    expect(world.monthIndex).toBe(18);
  });
  it("July 2023 adds the 8,192 H100s; September 2021 is the starting 10,000 A100s", () => {
    expect(monthWorld("2023-07").fleet).toEqual({ a100: 38_000, h100: 8192 });
    expect(monthWorld("2021-09").fleet).toEqual({ a100: 10_000, h100: 0 });
  });
  it("techniques follow the month: GQA (May 2023) is refused in March 2023", () => {
    const early = atMonth(presetDesign("llama2_70b"), "2023-03");
    expect(evaluateWorldTraining(labWorld(early)).reason).toBe("not_published");
    expect(evaluateWorldTraining(labWorld(presetDesign("llama2_70b"))).reason).toBe("ok");
  });
  it("a world holds no story: no run, no trained model, no research", () => {
    const world = labWorld(presetDesign("gpt4"));
    expect(world.run).toBeNull();
    expect(world.models).toEqual({ gpt35: null, gpt4: null });
    expect(world.research.done).toEqual([]);
  });
  it("the split keeps its shares when the month moves (10,000 → 30,000 GPUs triples it)", () => {
    const d = presetDesign("gpt3");
    expect(d.allocation).toEqual({ training: 8000, serving: 1500, research: 500 });
    expect(atMonth(d, "2021-12").allocation).toEqual({
      training: 24_000,
      serving: 4500,
      research: 1500,
    });
  });
  it("both serving plans serve the design's own model", () => {
    const d = presetDesign("chinchilla70b");
    expect(d.serving.gpt35.model.name).toBe("Chinchilla 70B");
    expect(d.serving.gpt4.model.layers).toBe(80);
  });
});

describe("Lab share codes", () => {
  it("round-trip every preset", () => {
    for (const id of PRESET_IDS) {
      const design = presetDesign(id);
      const code = encodeLab(design);
      expect(code.startsWith(`${LAB_CODE_VERSION}.`)).toBe(true);
      expect(code.length).toBeLessThan(1000);
      const back = decodeLab(code);
      expect(back.ok, id).toBe(true);
      if (back.ok) expect(back.value).toEqual(design);
    }
  });
  it("round-trip a hand-edited design (every screen committed)", () => {
    let d = presetDesign("llama2_70b");
    d = commitToDesign(d, {
      screen: "designer",
      training: {
        ...d.training,
        name: "My 34B",
        layers: 48,
        parallel: { ...d.training.parallel, pipeline: 6 },
      },
    });
    d = commitToDesign(d, {
      screen: "data",
      data: {
        sources: { ...d.training.data.sources, code_github: { uniqueTokens: 0.5e12, epochs: 2 } },
      },
    });
    d = commitToDesign(d, {
      screen: "serving",
      model: "gpt4",
      serving: { ...d.serving.gpt4, precision: "int8", maxBatch: 64 },
    });
    d = commitToDesign(d, {
      screen: "fleet",
      allocation: { training: 20_000, serving: 25_000, research: 1192 },
    });
    d = atMonth(d, "2023-09");
    const back = decodeLab(encodeLab(d));
    expect(back).toEqual({ ok: true, value: d });
    if (back.ok) {
      expect(back.value.training.layers).toBe(48);
      expect(back.value.serving.gpt4.precision).toBe("int8");
      expect(back.value.serving.gpt4.model.name).toBe("My 34B");
    }
  });
  it("a link carries the code in #lab=", () => {
    const code = encodeLab(presetDesign("gpt3"));
    expect(labCodeFromHash(labHash(code))).toBe(code);
    expect(labCodeFromHash("#run=1.abc")).toBeNull();
  });
  const pack = (payload: unknown) =>
    `1.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
  it("refuses another version, naming both", () => {
    const code = encodeLab(presetDesign("gpt3")).replace(/^1\./, "7.");
    expect(decodeLab(code)).toEqual({
      ok: false,
      message:
        "This lab code has version 7, which this version of the game does not know (it reads version 1).",
    });
  });
  it("refuses an oversized code before unpacking it", () => {
    const result = decodeLab(`1.${"A".repeat(MAX_LAB_CODE_LENGTH - 1)}`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(
        /4,001 characters long; a design makes codes of at most 4,000/,
      );
  });
  it("refuses a damaged code, a month outside the game and a plan field out of range", () => {
    const good = encodeLab(presetDesign("gpt3"));
    const cut = decodeLab(good.slice(0, good.length - 30));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.message).toMatch(/damaged or cut short/);
    const month = decodeLab(pack(["2024-05", [0, {}], [0, {}], [1, {}], [8000, 1500, 500]]));
    expect(month).toEqual({
      ok: false,
      message:
        "This lab code names a month outside the game (its calendar runs from September 2021 to December 2023).",
    });
    const layers = decodeLab(
      pack(["2022-01", [0, { layers: -3 }], [0, {}], [1, {}], [8000, 1500, 500]]),
    );
    expect(layers).toEqual({
      ok: false,
      message:
        "This lab code is invalid: its training plan is not a valid plan (layers should be at least 0).",
    });
    const unknown = decodeLab(
      pack(["2022-01", [0, { "<b>hi</b>": 1 }], [0, {}], [1, {}], [1, 1, 1]]),
    );
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).not.toContain("<b>");
  });
  it("never throws on junk", () => {
    for (const junk of [null, 42, "", "hello", "1.", "1.!!!", pack({}), pack([1, 2, 3])]) {
      expect(decodeLab(junk).ok).toBe(false);
    }
  });
});

describe("A/B comparison", () => {
  it("shows, for each design, the sim's own figures on its Lab world", () => {
    const a = presetDesign("gpt4");
    const b = withServedDesign(presetDesign("chinchilla70b"));
    const rows = compareDesigns(a, b);
    expect(rows.map((r) => r.key)).toEqual(LAB_FIGURES.map((f) => f.key));
    for (const [design, side] of [
      [a, "a"],
      [b, "b"],
    ] as const) {
      const world = labWorld(design);
      for (const row of rows.filter((r) => r.key.startsWith("plan."))) {
        expect(row[side].value, row.key).toBe(readNumber(world, row.key));
        expect(row[side].text, row.key).toBe(formatReadout(world, row.key));
      }
      const serving = servingView(world, world.plans.gpt35Serving, "gpt35").ev;
      expect(rows.find((r) => r.key === "serving.usd_per_mtok")?.[side].value).toBe(
        serving.usdPerMillionTokens,
      );
      expect(rows.find((r) => r.key === "serving.latency")?.[side].value).toBe(
        serving.secondsPerToken,
      );
    }
  });
  it("GPT-4 against Chinchilla: 1,831B against 70.1B, 2.16e25 against 5.88e23 FLOP", () => {
    const rows = new LabSession().comparison();
    const row = (key: string) => rows.find((r) => r.key === key);
    expect(row("plan.training.total_params")?.a.text).toBe("1,831B");
    expect(row("plan.training.total_params")?.b.text).toBe("70.1B");
    // 6·N·D: 6 · 70.06B · 1.4T = 5.88e23; the source's GPT-4 is 2.16e25 (sim README).
    expect(row("plan.training.flops")?.b.text).toBe("5.88e23 FLOP");
    expect(row("plan.training.flops")?.a.text).toBe("2.16e25 FLOP");
  });
  it("the session edits the active design only, and B can copy A", () => {
    const lab = new LabSession();
    lab.active = "B";
    lab.applyPreset("mixtral8x7b");
    expect(lab.design("B").month).toBe(LAB_LAST_MONTH);
    expect(lab.design("A").training.name).toBe("GPT-4");
    lab.copyAToB();
    expect(lab.design("B")).toBe(lab.design("A"));
    const opened = decodeLab(lab.code());
    expect(opened.ok && opened.value.training.name).toBe("GPT-4");
  });
});

describe("the Lab as the screens' host", () => {
  it("opens the screens on the active design's world, with the Lab's line for the heading", () => {
    const lab = new LabSession();
    const host = labHost(lab, () => undefined);
    expect(host.mode).toBe("lab");
    expect(host.world()).toBe(labWorld(lab.design("A")));
    expect(host.hint("designer")).toMatch(/^Design A\. Lab: Commit writes this model/);
  });
  it("Commit writes into the active design and goes back; Cancel only goes back", () => {
    const lab = new LabSession();
    let back = 0;
    const host = labHost(lab, () => back++);
    const before = lab.design("B");
    lab.active = "B";
    host.cancel();
    expect(lab.design("B")).toBe(before);
    labHost(lab, () => back++).commit({
      screen: "designer",
      training: { ...before.training, layers: 40 },
    });
    expect(back).toBe(2);
    expect(lab.design("B").training.layers).toBe(40);
    expect(lab.design("B").serving.gpt35.model.layers).toBe(40);
    expect(lab.design("A").training.name).toBe("GPT-4");
  });
  it("Next month moves the design on a month with the split, and does not exist at the last month", () => {
    const lab = new LabSession();
    labHost(lab, () => undefined).advanceMonth?.(
      { training: 20_000, serving: 9000, research: 1000 },
      [],
    );
    expect(lab.design().month).toBe("2022-08");
    expect(lab.design().allocation).toEqual({ training: 20_000, serving: 9000, research: 1000 });
    lab.applyPreset("mixtral8x7b");
    expect(labHost(lab, () => undefined).advanceMonth).toBeUndefined();
  });
  it("names the page: the Lab, and a screen in the Lab", () => {
    expect(pageTitle({ screen: "lab", chapter: null, ending: null, lab: true })).toBe(
      "Lab · If I Trained GPT-4",
    );
    expect(pageTitle({ screen: "fleet", chapter: 3, ending: null, lab: true })).toBe(
      "Fleet — Lab · If I Trained GPT-4",
    );
  });
});
