/**
 * The word-named quantities of "show the math" (src/explain/math.ts: weights, capacity, days…), as
 * each language writes them in a formula. Letters and subscripted symbols (N, d_head, t_busy) and
 * units ($/GPU-h) read the same in every language and are not here.
 */
import { messages } from "..";

/** The English table (the Chinese one, messages/zh-CN/symbols.ts, loads only when chosen). */
export const symbolsEn = {
  activations: "activations",
  "alignment left": "alignment left",
  attention: "attention",
  batch: "batch",
  bonus: "bonus",
  bytes: "bytes",
  "bytes/param": "bytes/param",
  cap: "cap",
  capacity: "capacity",
  "code cap": "code cap",
  "code seen": "code seen",
  code: "code",
  context: "context",
  days: "days",
  demand: "demand",
  epochs: "epochs",
  full: "full",
  goodput: "goodput",
  gradients: "gradients",
  "h/month": "h/month",
  kernel: "kernel",
  "leniency cost": "leniency cost",
  link: "link",
  "max batch": "max batch",
  optimiser: "optimiser",
  peak: "peak",
  quantisation: "quantisation",
  ramp: "ramp",
  recompute: "recompute",
  reserve: "reserve",
  revenue: "revenue",
  "s/month": "s/month",
  served: "served",
  start: "start",
  unaligned: "unaligned",
  usable: "usable",
  weights: "weights",
  window: "window",
  worth: "worth",
  "FLOPs done": "FLOPs done",
  "GPU bills": "GPU bills",
  Microsoft: "Microsoft",
  GPUs: "GPUs",
};

const symbolText = messages("symbols", symbolsEn);

/** A quantity's name in a formula, in the page's language ("weights", 权重); others as they are. */
export function symbolName(sym: string): string {
  return Object.hasOwn(symbolsEn, sym) ? symbolText(sym as keyof typeof symbolsEn) : sym;
}
