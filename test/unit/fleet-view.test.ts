import { describe, expect, it } from "vitest";
import {
  explainFleet,
  fleetOutlook,
  fleetSetup,
  jobViews,
  researchViews,
  scalingCurvesView,
} from "../../src/screens/fleet/view";
import { shownPlanName } from "../../src/screens/shared";
import {
  advanceTo,
  applyEvent,
  clonePlan,
  evaluateTrainingPlan,
  formatFlops,
  formatLoss,
  formatPercent,
  JOB_IDS,
  JOB_LABELS,
  jobProgress,
  moeCurvePoint,
  newWorld,
  SEED_PLANS,
  splitFleet,
  stepMonth,
  trainingPool,
  type WorldState,
  worldUnlocks,
} from "../../src/sim";

// The Fleet's view-models in the states a browser test cannot reach quickly (GPT-4 trained, its
// jobs open or done), and the scaling curves before and after their research project.

/** The seed's road to GPT-4 (as test/sim/world.test.ts plays it), stopped at `month`. */
function gpt4World(month: string): WorldState {
  let s = newWorld(5);
  s = applyEvent(s, "gpt35_start");
  s = advanceTo(s, "2022-01");
  s = applyEvent(s, "microsoft_deal");
  s = stepMonth(s, {
    trainingPlan: SEED_PLANS.gpt4Training,
    allocation: { training: 25_000, serving: 4_000, research: 1_000 },
  });
  s = advanceTo(s, "2022-08");
  s = applyEvent(s, "gpt4_start");
  return advanceTo(s, month);
}

describe("the Fleet's run line tells what the training GPUs do", () => {
  it("before any run: no run yet, the plan waits for the story", () => {
    const w = newWorld(1);
    const o = fleetOutlook(w, w.allocation);
    expect(o.runLine).toBe(`No run yet: ${w.plans.training.name} waits for the story's go`);
    expect(o.jobs).toEqual([]);
    expect(o.showJobs).toBe(false);
  });

  it("while GPT-4 trains: its progress, and the loss curve (no jobs yet)", () => {
    const w = gpt4World("2022-10");
    expect(w.run?.model).toBe("gpt4");
    const o = fleetOutlook(w, w.allocation);
    expect(o.runLine).toMatch(/^GPT-4: \d+% trained, \d+ days so far, on A100s$/);
    expect(o.showJobs).toBe(false);
  });

  it("once GPT-4 is trained: no run, its three jobs named with their progress", () => {
    const w = gpt4World("2023-01");
    expect(w.run).toBeNull();
    expect(w.models.gpt4).not.toBeNull();
    const o = fleetOutlook(w, w.allocation);
    expect(o.showJobs).toBe(true);
    expect(o.runLine).toMatch(/^No run: GPT-4's post-training uses the training GPUs: /);
    expect(o.runLine).not.toContain("waits for the story's go");
    const a = jobProgress(w, "alignment");
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(1);
    expect(o.runLine).toContain(`alignment ${formatPercent(a)}`);
    expect(o.runLine).toContain("multimodal");
    expect(o.runLine).toContain("32k fine-tune");
    expect(o.jobs.map((j) => j.id)).toEqual([...JOB_IDS]);
    expect(o.jobs.map((j) => j.label)).toEqual(JOB_IDS.map((id) => JOB_LABELS[id]));
    const job = w.jobs.find((j) => j.id === "alignment");
    expect(o.jobs[0]?.progressText).toBe(
      `${formatPercent(a)} · ${formatFlops(job?.flopsDone ?? 0)} of ${formatFlops(job?.flopsTotal ?? 0)}`,
    );
  });

  it("a finished job says done; when all are done the line says nothing runs", () => {
    let w = gpt4World("2023-01");
    // Alignment is paced (6,000 GPUs for five months): give the rest time on the training GPUs.
    for (let i = 0; i < 8 && w.jobs.some((j) => j.finishedMonthIndex === null); i++)
      w = stepMonth(w);
    const views = jobViews(w);
    expect(views.every((j) => j.done)).toBe(true);
    expect(views.map((j) => j.progressText)).toEqual(["done", "done", "done"]);
    expect(views.every((j) => j.progress === 1)).toBe(true);
    const o = fleetOutlook(w, w.allocation);
    expect(o.runLine).toBe(
      "No run and no job: GPT-4 and its post-training are done; the training GPUs sit idle",
    );
    expect(o.showJobs).toBe(true);
  });

  it("a start the sim refused says so instead of waiting for the story", () => {
    const plan = clonePlan(SEED_PLANS.gpt4Training);
    plan.parallel.zeroStage = 0;
    let w = applyEvent(newWorld(2), "microsoft_deal");
    w = stepMonth(w, { trainingPlan: plan });
    w = applyEvent(w, "gpt4_start");
    expect(w.lastStart).toBe("memory");
    expect(fleetOutlook(w, w.allocation).runLine).toBe(
      "No run: the last start was refused (it does not fit in GPU memory); the training GPUs sit idle",
    );
  });

  it("each job's math reads the sim's FLOPs and names its source", () => {
    const w = gpt4World("2023-01");
    for (const id of JOB_IDS) {
      const ex = explainFleet(w, w.allocation, `job.${id}`);
      const job = w.jobs.find((j) => j.id === id);
      expect(ex?.value).toBe(jobProgress(w, id));
      expect(ex?.substituted).toContain(formatFlops(job?.flopsTotal ?? 0));
      // The player is pointed at a published source, never at a file of the game.
      expect(ex?.source).not.toMatch(/\.ts\b|src\//);
      expect(ex?.source.length).toBeGreaterThan(20);
    }
    expect(explainFleet(newWorld(1), newWorld(1).allocation, "job.alignment")).toBeNull();
  });
});

describe("the scaling curves on the Fleet", () => {
  it("before the project is done: no curve, a note that says what it would show and what it takes", () => {
    const w = newWorld(1);
    const v = scalingCurvesView(w);
    expect(v.unlocked).toBe(false);
    expect(v.dense).toEqual([]);
    expect(v.moe).toEqual([]);
    expect(v.note).toContain('Fund and finish "Scaling curves" (0 / 1,200 GPU-months, not funded)');
    expect(v.note).toContain("Mixture-of-Experts");
    expect(explainFleet(w, w.allocation, "scalingCurves")).toBeNull();
  });

  it("once done (one month of 2,500 research GPUs on it alone): both curves, the plan marked", () => {
    let w = newWorld(1);
    w = stepMonth(w, {
      allocation: { training: 6_000, serving: 1_500, research: 2_500 },
      fundResearch: ["scaling_laws"],
    });
    expect(w.research.done).toContain("scaling_laws");
    expect(researchViews(w, w.research.funded).find((r) => r.id === "scaling_laws")?.done).toBe(
      true,
    );
    const v = scalingCurvesView(w);
    expect(v.unlocked).toBe(true);
    expect(v.dense.length).toBeGreaterThanOrEqual(21);
    expect(v.moe).toHaveLength(v.dense.length);
    // The x axis is log10 FLOPs: 1e21 to 1e26 (the seed's plans sit inside).
    expect(v.dense[0]?.x).toBeCloseTo(21, 9);
    expect(v.dense.at(-1)?.x).toBeCloseTo(26, 9);
    expect(v.formatX(23)).toBe("1.00e23 FLOP");
    for (const [i, d] of v.dense.entries()) expect(v.moe[i]?.y ?? 0).toBeLessThan(d.y);
    const pool = trainingPool(splitFleet(w.fleet, w.allocation).training);
    const flops = evaluateTrainingPlan(w.plans.training, pool, worldUnlocks(w)).flops;
    expect(v.marker?.x).toBeCloseTo(Math.log10(flops), 9);
    expect(v.note).toContain(`At your plan's ${formatFlops(flops)}`);
    expect(v.note).toContain(formatLoss(moeCurvePoint(flops, worldUnlocks(w)).loss));
    const ex = explainFleet(w, w.allocation, "scalingCurves");
    expect(ex?.source).toContain("Muennighoff et al. 2023");
  });
});

describe("plan names as the Fleet shows them", () => {
  it("a name of 80 characters (the most a code may carry) is cut to 16 with an ellipsis", () => {
    const w = newWorld(5);
    const long = "A".repeat(20) + "B".repeat(60);
    w.plans.training = { ...clonePlan(w.plans.training), name: long };
    const o = fleetOutlook(w, w.allocation);
    // 15 characters of the name and "…": "AAAAAAAAAAAAAAA…"
    expect(o.runLine).toBe("No run yet: AAAAAAAAAAAAAAA… waits for the story's go");
    expect(fleetSetup(w).runName).toBe("AAAAAAAAAAAAAAA…");
    // The seed's names are shown whole.
    expect(fleetSetup(newWorld(5)).runName).toBe(newWorld(5).plans.training.name);
    expect(shownPlanName("GPT-3.5 serving")).toBe("GPT-3.5 serving");
  });
});
