/**
 * The Lab's side-by-side comparison: the same key figures for design A and B, each read from the
 * sim's readouts registry or the Serving Lab's view-model on the design's Lab world. No formula
 * lives here: a figure is a readout key, or the serving evaluation the Serving Lab shows.
 */
import { labText } from "../i18n/messages/lab";
import { formatMilliseconds, formatUsdPerMillionTokens } from "../i18n/numbers";
import { formatReadout } from "../i18n/readouts";
import { designedModelOf } from "../screens/designer/view";
import { servingView } from "../screens/serving/view";
import { readNumber, type WorldState } from "../sim";
import { type LabDesign, labWorld } from "./design";

export interface LabFigure {
  key: string;
  label: string;
  value: number;
  text: string;
}

/** A label of the comparison: one of the Lab catalogue's figure names. */
type FigureLabel = Extract<keyof typeof labText.tables.en, `fig${string}`>;

/** A figure's key, and its label, read in the player's language each time it is asked for. */
function figure(key: string, label: FigureLabel): { readonly key: string; readonly label: string } {
  return {
    key,
    get label() {
      return labText(label);
    },
  };
}

/** The training figures, as the Model Designer and Data Mix read them (src/sim/readouts.ts). */
const TRAINING_FIGURES: readonly { readonly key: string; readonly label: string }[] = [
  figure("plan.training.total_params", "figTotalParams"),
  figure("plan.training.active_params", "figActiveParams"),
  figure("plan.training.flops", "figTrainingCompute"),
  figure("plan.training.gpus_used", "figGpusUsed"),
  figure("plan.training.days", "figDays"),
  figure("plan.training.mfu", "figMfu"),
  figure("plan.training.memory_per_gpu_bytes", "figMemoryPerGpu"),
  figure("plan.training.fits", "figFits"),
  figure("plan.training.cost_usd", "figTrainingCost"),
  figure("plan.training.loss", "figLoss"),
  figure("plan.training.capability", "figCapability"),
  figure("plan.data.seen_tokens", "figTokensSeen"),
  figure("plan.data.unique_tokens", "figUniqueTokens"),
  figure("plan.training.params_to_optimal", "figSizeVsOptimal"),
];

/** @internal The figures' keys and labels in the order the hub lists them (serving last; the lab test checks it). */
export const LAB_FIGURES: readonly { readonly key: string; readonly label: string }[] = [
  ...TRAINING_FIGURES,
  figure("serving.usd_per_mtok", "figServingPrice"),
  figure("serving.latency", "figLatency"),
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
      label: labText("figServingPrice"),
      value: serving.usdPerMillionTokens,
      text: serving.fits
        ? formatUsdPerMillionTokens(serving.usdPerMillionTokens)
        : labText("doesNotFit"),
    },
    {
      key: "serving.latency",
      label: labText("figLatency"),
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
