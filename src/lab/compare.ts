/**
 * The Lab's side-by-side comparison: the same key figures for design A and B, each read from the
 * sim's readouts registry or the Serving Lab's view-model on the design's Lab world. No formula
 * lives here: a figure is a readout key, or the serving evaluation the Serving Lab shows.
 */
import { designedModelOf } from "../screens/designer/view";
import { servingView } from "../screens/serving/view";
import {
  formatMilliseconds,
  formatReadout,
  formatUsdPerMillionTokens,
  readNumber,
  type WorldState,
} from "../sim";
import { type LabDesign, labWorld } from "./design";

export interface LabFigure {
  key: string;
  label: string;
  value: number;
  text: string;
}

/** The training figures, as the Model Designer and Data Mix read them (src/sim/readouts.ts). */
const TRAINING_FIGURES: readonly { key: string; label: string }[] = [
  { key: "plan.training.total_params", label: "Parameters (total)" },
  { key: "plan.training.active_params", label: "Parameters (active)" },
  { key: "plan.training.flops", label: "Training compute" },
  { key: "plan.training.gpus_used", label: "GPUs used" },
  { key: "plan.training.days", label: "Days on the training share" },
  { key: "plan.training.mfu", label: "MFU" },
  { key: "plan.training.memory_per_gpu_bytes", label: "Memory per GPU" },
  { key: "plan.training.fits", label: "Plan can start" },
  { key: "plan.training.cost_usd", label: "Training cost" },
  { key: "plan.training.loss", label: "Predicted loss" },
  { key: "plan.training.capability", label: "Capability" },
  { key: "plan.data.seen_tokens", label: "Tokens seen" },
  { key: "plan.data.unique_tokens", label: "Unique tokens (repeats)" },
  { key: "plan.training.params_to_optimal", label: "Size vs compute-optimal" },
];

/** @internal The figures' keys and labels in the order the hub lists them (serving last; the lab test checks it). */
export const LAB_FIGURES: readonly { key: string; label: string }[] = [
  ...TRAINING_FIGURES,
  { key: "serving.usd_per_mtok", label: "Serving $/M tokens" },
  { key: "serving.latency", label: "Latency per token" },
];

/**
 * The serving plan the design is priced with: the model the screens treat the design as
 * (designedModelOf; in a Lab world, with no model trained yet, the first serving plan).
 */
function pricedServing(world: WorldState) {
  const model = designedModelOf(world);
  const plan = model === "gpt4" ? world.plans.gpt4Serving : world.plans.gpt35Serving;
  return servingView(world, plan, model).ev;
}

/** Every figure of one design, as its screens show it. */
export function designFigures(design: LabDesign): LabFigure[] {
  const world = labWorld(design);
  const out: LabFigure[] = TRAINING_FIGURES.map(({ key, label }) => ({
    key,
    label,
    value: readNumber(world, key),
    text: formatReadout(world, key),
  }));
  const serving = pricedServing(world);
  out.push(
    {
      key: "serving.usd_per_mtok",
      label: "Serving $/M tokens",
      value: serving.usdPerMillionTokens,
      text: serving.fits ? formatUsdPerMillionTokens(serving.usdPerMillionTokens) : "does not fit",
    },
    {
      key: "serving.latency",
      label: "Latency per token",
      value: serving.secondsPerToken,
      text: serving.fits ? formatMilliseconds(serving.secondsPerToken) : "—",
    },
  );
  return out;
}

export interface LabComparisonRow {
  key: string;
  label: string;
  a: LabFigure;
  b: LabFigure;
}

/** A and B, figure by figure. */
export function compareDesigns(a: LabDesign, b: LabDesign): LabComparisonRow[] {
  const fa = designFigures(a);
  const fb = designFigures(b);
  return fa.map((figure, i) => ({
    key: figure.key,
    label: figure.label,
    a: figure,
    b: fb[i] ?? figure,
  }));
}
