/**
 * The management screens' text (src/screens/): their titles, section titles, control and readout
 * labels, chart titles, headlines and the view-models' sentences (run line, research notes, data
 * wall, scaling-curve notes). Numbers arrive formatted, as string parameters.
 */
import { messages } from "..";

type Batching = "static" | "continuous";

/** The English table (the Chinese one, messages/zh-CN/screens.ts, loads only when chosen). */
export const screenEn = {
  // ---- Titles (page title, heading, menu) and timeline labels (screen.ts, registry.ts)
  fleetTitle: "Fleet",
  designerTitle: "Model Designer",
  dataTitle: "Data Mix",
  servingTitle: "Serving Lab",
  fleetLabel: (p: { training: string; serving: string; research: string }) =>
    `Fleet: ${p.training} train · ${p.serving} serve · ${p.research} research`,
  designerLabel: (p: { name: string; experts: string | null; layers: string }) =>
    `Model: ${p.name}, ${p.experts !== null ? `MoE ${p.experts} experts` : "dense"}, ${p.layers} layers`,
  dataLabel: "Data mix committed",
  servingLabel: (p: {
    model: string;
    precision: string;
    batching: Batching;
    speculative: boolean;
  }) =>
    `Serving ${p.model}: ${p.precision}, ${p.batching} batching${p.speculative ? ", speculative" : ""}`,
  unknownScreen: "a screen this version does not have",

  // ---- Shared words
  sectionPrediction: "Prediction",
  training: "Training",
  research: "Research",
  serving: "Serving",
  model: "Model",
  context: "Context",
  demandServed: "Demand served",
  predictedLoss: "Predicted loss",
  predictedLossSeries: "predicted loss",
  capability: "Capability",
  trainingCompute: "Training compute",
  daysOnTrainingGpus: "Days on training GPUs",
  doesNotFit: "does not fit",
  done: "done",

  // ---- Fleet: view
  totalA100: (p: { a100: string }) => `${p.a100} A100s`,
  totalMixed: (p: { a100: string; h100: string }) => `${p.a100} A100s + ${p.h100} H100s`,
  summaryRun: (p: {
    training: string;
    serving: string;
    days: string;
    served: string;
    cost: string;
  }) =>
    `${p.training} training, ${p.serving} serving. The run takes ${p.days} at this split; ` +
    `the API serves ${p.served} of demand; the GPU bill is ${p.cost} a month.`,
  summaryJobs: (p: {
    training: string;
    serving: string;
    days: string;
    served: string;
    cost: string;
  }) =>
    `${p.training} training, ${p.serving} serving. GPT-4's post-training runs on the training GPUs; ` +
    `the API serves ${p.served} of demand; the GPU bill is ${p.cost} a month.`,
  summaryPlan: (p: {
    training: string;
    serving: string;
    days: string;
    served: string;
    cost: string;
  }) =>
    `${p.training} training, ${p.serving} serving. A run of the plan on the board would take ${p.days}; ` +
    `the API serves ${p.served} of demand; the GPU bill is ${p.cost} a month.`,
  unlockWhisper: (p: { tokens: string }) =>
    `Unlocks transcribed audio (${p.tokens} tokens) in the Data Mix`,
  researchLongContext: "Long context",
  unlockLongContext: (p: { k: string; share: string }) =>
    `Serving above ${p.k}k reserves ${p.share} less KV cache`,
  researchQuantisation: "Quantisation",
  unlockQuantisation: (p: { share: string }) =>
    `Calibrated int8 / int4: ${p.share} less quality loss`,
  unlockFlashAttention: (p: { share: string }) =>
    `Tuned kernels: FlashAttention's attention cost ${p.share} lower`,
  researchScalingLaws: "Scaling curves",
  unlockScalingLaws: (p: { share: string }) =>
    `Small-run fits: reducible loss ${p.share} lower; draws the scaling curves`,
  researchSpeculative: "Spec. decoding",
  unlockSpeculative: (p: { points: string }) =>
    `A draft distilled on the target: acceptance rate +${p.points} points`,
  gpuMonths: (p: { have: string; need: string }) => `${p.have} / ${p.need} GPU-months`,
  jobAlignment: "alignment",
  jobMultimodal: "multimodal",
  jobLongContext: "32k fine-tune",
  jobProgress: (p: { progress: string; done: string; total: string }) =>
    `${p.progress} · ${p.done} of ${p.total}`,
  refusedInvalid: "the plan has a zero size somewhere",
  refusedNoData: "its data mix is empty",
  refusedPipeline: "more pipeline stages than layers",
  refusedChunks: "more interleaved chunks than layers per stage",
  refusedLayers: "its layers do not split evenly into stages and chunks",
  refusedExperts: "its experts do not split over the expert parallelism",
  refusedBatch: "its batch is under one micro-batch per data-parallel copy",
  refusedHeads: "its heads do not split over the tensor parallelism",
  refusedGpus: "too few GPUs for one model copy",
  refusedUnpublished: "it uses a technique not published yet",
  refusedMemory: "it does not fit in GPU memory",
  runLineRun: (p: {
    name: string;
    progress: string;
    days: string;
    gpu: string;
    idle: string | null;
    idleGpu: string;
    fed: string | null;
  }) =>
    `${p.name}: ${p.progress} trained, ${p.days} so far, on ${p.gpu}s` +
    (p.idle !== null ? ` (${p.idle} ${p.idleGpu}s cannot join it)` : "") +
    (p.fed !== null ? ` (its batch feeds ${p.fed} of them)` : ""),
  jobItem: (p: { job: string; progress: string | null }) => `${p.job} ${p.progress ?? "done"}`,
  runLineJobs: (p: { list: string }) =>
    `No run: GPT-4's post-training uses the training GPUs: ${p.list}`,
  runLineAllDone:
    "No run and no job: GPT-4 and its post-training are done; the training GPUs sit idle",
  runLineRefused: (p: { reason: string }) =>
    `No run: the last start was refused (${p.reason}); the training GPUs sit idle`,
  runLineTrained: (p: { name: string }) =>
    `No run: ${p.name} is trained; the next run waits for the story's go`,
  runLineWaiting: (p: { name: string }) => `No run yet: ${p.name} waits for the story's go`,
  curveDense: "dense",
  curveMoe: (p: { experts: string; topK: string }) => `MoE ${p.experts} top-${p.topK}`,
  curveXLabel: "training compute (FLOP, log scale)",
  curveLockedNote: (p: {
    label: string;
    have: string;
    need: string;
    funded: boolean;
    experts: string;
    topK: string;
  }) =>
    `Fund and finish "${p.label}" (${p.have} / ${p.need} GPU-months` +
    `${p.funded ? ", funded" : ", not funded"}) to draw predicted loss against training compute: ` +
    `a dense model at its compute-optimal size, and the source's ${p.experts}-expert, ` +
    `top-${p.topK} Mixture-of-Experts spending the same compute, from the loss law the Designer uses.`,
  curveNote: (p: {
    flops: string;
    yourPlan: boolean;
    denseParams: string;
    denseTokens: string;
    denseLoss: string;
    moeActive: string;
    moeTotal: string;
    moeLoss: string;
  }) =>
    `At ${p.yourPlan ? `your plan's ${p.flops}` : p.flops}: dense ${p.denseParams} on ${p.denseTokens} tokens, loss ` +
    `${p.denseLoss}; the MoE with the same ${p.moeActive} active ` +
    `(${p.moeTotal} in all) reaches ${p.moeLoss}. Fresh data seen once.`,
  curveMarker: "your plan",
  lossXLive: "month of the run",
  lossXPredicted: "share of the plan trained (predicted)",

  // ---- Fleet: scene
  nextMonth: "Next month",
  nextMonthArrow: "Next month ▸",
  nextMonths: (p: { n: number }) => `Next ${p.n} months`,
  nextMonthsArrow: (p: { n: number }) => `Next ${p.n} months ▸`,
  sectionFleet: "The fleet",
  sectionOutlook: "Outlook",
  squareNote: (p: { total: string; gpus: string }) =>
    `${p.total}: each square is about ${p.gpus} GPUs.`,
  trainingSlider: "GPUs for training",
  trainingSliderValue: (p: { training: string; serving: string }) =>
    `Training ${p.training}  ·  Serving ${p.serving}`,
  researchSlider: "GPUs for research",
  researchSliderValue: (p: { research: string }) => `Research ${p.research} (taken from serving)`,
  sliderHint: "Drag, or Tab to a slider and use the arrows (Shift: bigger steps).",
  researchView: "Research view",
  projects: "Projects",
  chartLossCompute: "Loss vs training compute",
  projectsPage: "Projects page",
  toggleOff: "Off",
  toggleDone: "Done",
  toggleFund: "Fund",
  trainingGpus: "Training GPUs",
  servingGpus: "Serving GPUs",
  runDays: (p: { name: string }) => `${p.name}: days`,
  capacityDemand: "Capacity / demand",
  gpuBill: "GPU bill / month",
  money: "Money",
  revenue: "Revenue / month",
  chartDemand: "Demand vs serving capacity",
  month: "month",
  chartTrainingLoss: "Training loss",
  calendar: (p: { month: string; index: string; last: string }) =>
    `${p.month} · month ${p.index} of ${p.last}`,
  jobsHeading: "GPT-4 post-training (training GPUs)",
  seriesDemand: "demand",
  seriesCapacity: "capacity",
  seriesLossSoFar: "loss so far",
  noRunYet: "No run yet",

  // ---- Model Designer
  servingCostOf: (p: { model: string }) =>
    `Serving cost of this design (${p.model}'s serving plan)`,
  architecture: "Architecture",
  dense: "Dense",
  experts: "Experts",
  topK: "Top-k routing",
  layers: "Layers",
  width: "Width (d_model)",
  mlpWidth: "MLP width (x d_model)",
  gatedMlp: "Gated MLP (SwiGLU)",
  headWidth: "Head width",
  heads: "Attention heads",
  attention: "Attention",
  contextFinal: "Context (final)",
  contextShare: "At full context",
  batchTokens: "Batch (tokens)",
  batchRamp: "Batch ramp",
  tensorParallel: "Tensor parallel",
  pipelineStages: "Pipeline stages",
  microBatch: "Micro-batch",
  interleave: "Interleaved chunks",
  zeroStage: "ZeRO stage",
  recompute: "Recompute",
  recomputeNone: "None",
  recomputeSelective: "Selective",
  recomputeFull: "Full",
  sequenceParallel: "Sequence parallel",
  totalParams: "Total parameters",
  activeParams: "Active per token",
  memoryPerGpu: "Memory per GPU",
  commShare: "Traffic not hidden",
  trainingCost: "Training cost",
  servingCost: "Serving cost",
  gpusUsed: "GPUs used (t·p·dp)",
  memWeights: "weights",
  memGrads: "grads",
  memOptimiser: "optimiser",
  memActivations: "activations",
  chartLossTraining: "Predicted loss while training",
  tokensTrained: "tokens trained",
  seriesThisDesign: "this design",
  seriesCommitted: "committed plan",
  emptyMix: "No data in the mix: open the Data Mix",
  designerLineFits: (p: {
    total: string;
    active: string;
    days: string;
    gpus: string;
    gpu: string;
    loss: string;
    memory: string;
  }) =>
    `${p.total} total, ${p.active} active · ${p.days} on ${p.gpus} ${p.gpu}s · loss ${p.loss} · ` +
    `fits in ${p.memory}`,
  designerLineMisfit: (p: {
    total: string;
    active: string;
    days: string;
    gpus: string;
    gpu: string;
    loss: string;
    reason: string;
  }) =>
    `${p.total} total, ${p.active} active · ${p.days} on ${p.gpus} ${p.gpu}s · loss ${p.loss} · ` +
    `does not fit: ${p.reason}`,

  // ---- Data Mix
  lockRefused: (p: { month: string }) => `refused in ${p.month}`,
  lockWhisper: (p: { tokens: string }) => `needs Whisper · ${p.tokens}`,
  wallRefused: (p: { source: string }) => `${p.source} was refused and stays out`,
  wallNotYet: (p: { source: string }) => `${p.source} does not exist yet (needs Whisper)`,
  wallAsks: (p: { source: string; asked: string; available: string }) =>
    `${p.source} asks for ${p.asked} but only ${p.available} exist`,
  wall: (p: { items: readonly string[] }) =>
    `Data wall: ${p.items.join("; ")}. The sim trains on what exists.`,
  sectionSources: "Sources",
  sourceInfo: (p: { tokens: string; risk: string; quality: string }) =>
    `${p.tokens} exist · risk ${p.risk} · quality ${p.quality}`,
  uniqueSlider: (p: { source: string }) => `${p.source}: unique tokens`,
  uniqueValue: (p: { tokens: string }) => `${p.tokens} unique`,
  epochsStepper: (p: { source: string }) => `${p.source}: epochs`,
  shareRisk: "share · risk",
  uniqueUsed: "Unique tokens used",
  tokensSeen: "Tokens seen",
  effectiveTokens: "Effective tokens",
  codeShare: "Code share",
  licenceRisk: "Licence risk",
  optimalSize: "Model / optimal size",
  wallHeading: "Unique tokens asked for vs what exists (the data wall)",
  chartRepeats: "Loss as the data repeats",
  repeatsXLabel: "tokens seen (every source's epochs scaled)",
  exist: "exist",
  chinchilla: (p: { ratio: string; tokens: string }) =>
    `Chinchilla's warning: the model is ${p.ratio} the compute-optimal size for ${p.tokens} unique tokens.`,
  wallNotes: (p: { notes: readonly string[] }) => p.notes.join(" "),
  markerThisMix: "this mix",
  emptySources: "Pick at least one source and one epoch",
  dataLine: (p: {
    seen: string;
    unique: string;
    effective: string;
    loss: string;
    risk: string;
    pastWall: boolean;
  }) =>
    `${p.seen} tokens seen from ${p.unique} unique · ` +
    `effective ${p.effective} · loss ${p.loss} · licence risk ${p.risk}` +
    (p.pastWall ? " · past the data wall" : ""),

  // ---- Serving Lab
  draftingOff: "Drafting is off: the threshold changes nothing",
  planMisfit: "This plan does not fit",
  sectionServingPlan: "Serving plan",
  precision: "Precision",
  batching: "Batching",
  batchingStatic: "Static",
  batchingContinuous: "Continuous",
  maxSequences: "Max sequences per replica",
  gpusPerReplica: "GPUs per replica",
  speculative: "Speculative decoding",
  draftSize: "Draft model size",
  draftTokens: "Tokens drafted per step (γ)",
  threshold: "Acceptance threshold",
  thresholdValue: (p: { value: string; exact: boolean }) =>
    `Acceptance threshold τ = ${p.value} (${p.exact ? "exact" : "lenient"})`,
  tokensPerGpu: "Tokens/s per GPU",
  latency: "Latency per token",
  costPerMillion: "Cost per million tokens",
  quality: "Perceived quality",
  speedup: "Speculative speedup",
  kvPerSequence: "KV cache per sequence",
  sequencesFit: "Sequences that fit",
  weightsPerGpu: "Weights per GPU",
  chartCost: "Cost vs acceptance threshold",
  thresholdAxis: "threshold τ",
  chartQuality: "Perceived quality vs threshold",
  sequencesOf: (p: { batch: string; max: string }) => `${p.batch} of ${p.max}`,
  misfitNote: (p: { reason: string }) => `Does not fit: ${p.reason}`,
  markerTau: "τ now",
  seriesCost: "$ / M tokens",
  seriesQuality: "quality",
  servingLine: (p: {
    model: string;
    cost: string;
    goal: { change: string; yardstick: string } | null;
    perGpu: string;
    served: string;
    gpus: string;
    gpu: string;
    quality: string;
  }) =>
    `${p.model}: ${p.cost}${p.goal ? ` · ${p.goal.change} than the ${p.goal.yardstick} yardstick` : ""} · ${p.perGpu} per GPU · ` +
    `serves ${p.served} of demand on ${p.gpus} ${p.gpu}s · quality ${p.quality}`,
  servingLineMisfit: (p: { model: string; reason: string }) =>
    `${p.model}: does not fit. ${p.reason}`,
};

export const screenText = messages("screens", screenEn);
