/**
 * "Show the math": each readout's formula, the player's values substituted, and its source, as
 * expression trees (the sim's expr.ts) over the evaluation's own fields and the sim's constants.
 * Kept apart from the hot evaluate functions so they stay allocation-light.
 */

import { explainText as text } from "../i18n/messages/explain";
import { jobName, sourceName } from "../i18n/messages/sim";
import { symbolName } from "../i18n/messages/symbols";
import {
  formatBytes,
  formatCount,
  formatDays,
  formatFlops,
  formatLoss,
  formatMilliseconds,
  formatNumber,
  formatParams,
  formatPercent,
  formatRatio,
  formatTokens,
  formatUsd,
  formatUsdPerMillionTokens,
} from "../i18n/numbers";
import {
  type Allocation,
  API_USD_PER_MILLION_TOKENS,
  ATTENTION_QUALITY_PENALTY,
  activeTrainingPlan,
  BYTES_PER_PARAM,
  CAPABILITY_REDUCIBLE_LOSS,
  CHATGPT_USD_PER_MILLION_TOKENS,
  CODE_EXCESS_VALUE,
  CODE_FULL_VALUE_SHARE,
  CODE_REASONING_BONUS_MAX,
  CODE_REASONING_FULL_SHARE,
  CURVE_MOE,
  DATA_SOURCES,
  DAYS_PER_MONTH,
  type DataPlan,
  DEFAULT_MLP_RATIO,
  denseCurvePoint,
  evaluateDataPlan,
  evaluateDataSources,
  evaluateServingPlan,
  evaluateTrainingPlan,
  expr,
  GPT4_USD_PER_MILLION_TOKENS,
  GPUS,
  type GpuPool,
  HOURS_PER_MONTH,
  type JobId,
  jobDone,
  jobFlopsTree,
  jobProgress,
  KERNEL_EFFICIENCY,
  kvBytesPerValue,
  kvHeadsFor,
  MICROSOFT_DEAL_USD,
  MOE_MAX_EFFECTIVE_RATIO,
  MOE_TOTAL_WEIGHT,
  type ModelKey,
  type ModelShape,
  MUENNIGHOFF_2023,
  modelParams,
  moeCurvePoint,
  offeredSource,
  previewAllocation,
  QUANTISATION_QUALITY_PENALTY,
  RESEARCH_EFFECTS,
  RESERVED_BYTES_PER_GPU,
  researched,
  runPool,
  SECONDS_PER_DAY,
  SERVING_MEMORY_UTILISATION,
  type ServingPlan,
  type SourceId,
  type SourceInMix,
  SPECULATIVE_LENIENCY_QUALITY_PENALTY,
  START_MONEY_USD,
  STATIC_BATCH_OCCUPANCY,
  servingOutlook,
  splitFleet,
  type TrainingEvaluation,
  type TrainingPlan,
  trainingPool,
  UNALIGNED_QUALITY_PENALTY,
  type Unlocks,
  type WorldState,
  worldUnlocks,
} from "../sim";
import { servingFitMessage } from "./advice";

type Expr = expr.Expr;
type Fmt = expr.Fmt;
type MathStep = expr.MathStep;
const {
  add,
  count,
  div,
  evaluate: evaluateExpr,
  exp,
  floor,
  formulaLine,
  lit,
  ln,
  max,
  min,
  mul,
  neg,
  oneMinus,
  plain,
  pow,
  product,
  q: term,
  ref,
  result,
  scaled,
  sq,
  sub,
  substitutedLine,
  sum,
  working,
} = expr;

/** A named quantity, its name as the page's language writes it in a formula (weights, 权重). */
const q = (sym: string, v: number, fmt: Fmt): Expr => term(symbolName(sym), v, fmt);

export interface Explanation {
  label: string;
  value: number;
  unit: string;
  formula: string;
  substituted: string;
  source: string;
}

/** An explanation from its steps of working: the formula and values lines come from one tree. */
function explained(
  label: string,
  unit: string,
  source: string,
  steps: readonly MathStep[],
): Explanation {
  const last = steps[steps.length - 1] as MathStep;
  return {
    label,
    value: last.value,
    unit,
    formula: formulaLine(steps),
    substituted: substitutedLine(steps),
    source,
  };
}

/**
 * An explanation of a number that is not computed now (no data, no GPUs): the formula line of the
 * same steps it would show, and the reason instead of their values.
 */
function notComputed(
  label: string,
  unit: string,
  steps: readonly MathStep[],
  why: string,
  source: string,
): Explanation {
  return { label, value: 0, unit, formula: formulaLine(steps), substituted: why, source };
}

const percent: Fmt = formatPercent;
// Below a million, formatParams and formatTokens print whole numbers; the math shows decimals.
const params: Fmt = scaled(formatParams, 1e6);
const tokens: Fmt = scaled(formatTokens, 1e6);

/** The shape's size terms, as modelSizes (plans.ts) counts them. */
interface SizeTrees {
  /** One layer's attention: 2·d·q + 2·d·n_kv·d_head (q = heads · d_head). */
  attention: Expr;
  /** One layer's MLP (one expert's, for MoE): (2 or 3) · r · d². */
  mlp: Expr;
  layers: Expr;
  embedding: Expr;
  /** Kaplan's 12·L·d² + V·d when the shape is GPT-3's kind (MHA, q = d, r = 4, not gated). */
  kaplan: Expr | null;
}

// Source: Kaplan et al. 2020 §2.1 and FORMULAS.md §1: per layer, attention Q and O are d·q with the
// query width q = heads·d_head, K and V are d·(n_kv·d_head); the MLP is (2 or 3)·d·r·d (r = d_ff/d,
// three matrices when gated, Shazeer 2020); the embedding is V·d.
function sizeTrees(shape: ModelShape): SizeTrees {
  const L = q("L", shape.layers, count);
  const d = q("d", shape.dModel, count);
  const V = q("V", shape.vocab, count);
  const kvHeads = kvHeadsFor(shape.attention, shape.heads, shape.gqaGroups);
  const ratio = shape.mlpRatio ?? DEFAULT_MLP_RATIO;
  const gated = shape.gatedMlp === true;
  const width = shape.heads * shape.headDim;
  const attention = add(
    mul(lit(2), d, q("q", width, count)),
    mul(lit(2), d, q("n_kv", kvHeads, count), q("d_head", shape.headDim, count)),
  );
  const mlp = mul(lit(gated ? 3 : 2), q("r", ratio, plain), sq(d));
  const classic = kvHeads === shape.heads && width === shape.dModel && ratio === 4 && !gated;
  return {
    attention,
    mlp,
    layers: L,
    embedding: mul(V, d),
    kaplan: classic ? add(mul(lit(12), L, sq(d)), mul(V, d)) : null,
  };
}

/** The effective tokens one source adds: q · D'(U, epochs) (Muennighoff et al. 2023). */
function sourceEffectiveTree(quality: Expr, u: Expr, epochs: number | null): Expr {
  const rStar = q("R*", MUENNIGHOFF_2023.rDStar, plain);
  const ep = epochs === null ? q("epochs", 0, plain) : q("epochs", epochs, plain);
  if (epochs !== null && epochs <= 1) return mul(quality, u, ep);
  const repeats = sub(ep, lit(1));
  return mul(quality, add(u, mul(u, rStar, oneMinus(exp(div(neg(repeats), rStar))))));
}

export function explainTrainingPlan(
  plan: TrainingPlan,
  fleet: GpuPool,
  unlocks?: Unlocks,
): Record<string, Explanation> {
  const ev = evaluateTrainingPlan(plan, fleet, unlocks);
  const gpu = GPUS[fleet.gpu];
  const p = plan.parallel;
  const moe = plan.architecture === "moe";
  const k = Math.min(plan.topK, plan.experts);
  const total = q("N_total", ev.totalParams, params);
  const active = q("N_active", ev.activeParams, params);
  const seen = q("D", ev.seenTokens, tokens);
  const gpus = q("n_gpu", ev.gpusUsed, count);
  const days = q("days", ev.days, plain);

  const sizes = sizeTrees(plan);
  const sharedStep = working(
    "P_shared",
    add(mul(sizes.layers, sizes.attention), sizes.embedding),
    params,
  );
  const expertStep = working("P_expert", mul(sizes.layers, sizes.mlp), params);
  const sizeSource = moe ? text("sourceMoeSizing") : text("sourceDenseSizing");
  const denseTotal =
    sizes.kaplan ?? add(mul(sizes.layers, add(sizes.attention, sizes.mlp)), sizes.embedding);
  // MoE: one expert's and the shared parameters, then E (total) or k (active) experts of them.
  const moeSteps = (sym: string, experts: number, value: number) => [
    expertStep,
    sharedStep,
    result(add(mul(q(sym, experts, count), ref(expertStep)), ref(sharedStep)), value, params),
  ];
  const out: Record<string, Explanation> = {
    totalParams: explained(
      text("labelTotalParams"),
      "params",
      sizeSource,
      moe
        ? moeSteps("E", plan.experts, ev.totalParams)
        : [result(denseTotal, ev.totalParams, params)],
    ),
    activeParams: explained(
      text("labelActiveParams"),
      "params",
      sizeSource,
      moe
        ? moeSteps("k", k, ev.activeParams)
        : [result(q("N", ev.totalParams, params), ev.activeParams, params)],
    ),
    effectiveSizeParams: explained(
      text("labelDenseEquivalent"),
      "params",
      moe ? text("sourceMoeEffective") : text("sourceDenseOwnSize"),
      [
        result(
          moe
            ? min(
                mul(
                  pow(active, oneMinus(q("w", MOE_TOTAL_WEIGHT, plain))),
                  pow(total, q("w", MOE_TOTAL_WEIGHT, plain)),
                ),
                mul(q("cap", MOE_MAX_EFFECTIVE_RATIO, plain), active),
              )
            : q("N", ev.totalParams, params),
          ev.effectiveSizeParams,
          params,
        ),
      ],
    ),
    flops: explained(text("labelTrainingCompute"), "FLOP", "Kaplan et al. 2020 §2.1", [
      result(mul(lit(6), active, seen), ev.flops, formatFlops),
    ]),
    effectiveTokens: explainEffectiveTokens(plan.data, unlocks, ev),
    effectiveParams: explainEffectiveParams(ev),
    loss: explainLoss(ev, unlocks),
    capability: explainCapability(ev),
    bubble: explained(
      text("labelBubble"),
      "share",
      "Narayanan et al. 2021 (Megatron-LM PTD-P)",
      p.interleave > 1
        ? (() => {
            const r = working(
              "r",
              div(
                sub(q("p", p.pipeline, count), lit(1)),
                mul(q("m", ev.microbatches, plain), q("v", p.interleave, count)),
              ),
              plain,
            );
            return [r, result(div(ref(r), add(lit(1), ref(r))), ev.bubble, percent)];
          })()
        : [
            result(
              div(
                sub(q("p", p.pipeline, count), lit(1)),
                sub(add(q("m", ev.microbatches, plain), q("p", p.pipeline, count)), lit(1)),
              ),
              ev.bubble,
              percent,
            ),
          ],
    ),
    tpCommShare: explainTensorParallel(ev, gpu.peakFlopsPerSecond),
    mfu: explainMfu(ev, plan, gpu.peakFlopsPerSecond),
    commShare: explainCommunication(ev),
    memoryBytesPerGpu: explained(text("labelMemoryPerGpu"), "bytes", text("sourceMemory"), [
      result(
        add(
          q("weights", ev.weightBytesPerGpu, formatBytes),
          q("gradients", ev.gradientBytesPerGpu, formatBytes),
          q("optimiser", ev.optimizerBytesPerGpu, formatBytes),
          q("activations", ev.activationBytesPerGpu, formatBytes),
          q("reserve", RESERVED_BYTES_PER_GPU, formatBytes),
        ),
        ev.memoryBytesPerGpu,
        formatBytes,
      ),
    ]),
    days:
      ev.days > 0
        ? explained(text("labelTrainingDays"), "days", text("sourceWallClock"), [
            result(daysTree(ev, fleet.gpu), ev.days, formatDays),
          ])
        : notComputed(
            text("labelTrainingDays"),
            "days",
            [result(daysTree(ev, fleet.gpu), ev.days, formatDays)],
            text("whyNoCopyFits"),
            text("sourceWallClock"),
          ),
    gpusUsed: explained(text("labelGpusUsed"), "GPUs", text("sourceGpusUsed"), [
      result(
        mul(
          q("t", p.tensor, count),
          q("p", p.pipeline, count),
          floor(
            div(
              q("GPUs", fleet.gpus, count),
              mul(q("t", p.tensor, count), q("p", p.pipeline, count)),
            ),
          ),
        ),
        ev.gpusUsed,
        count,
      ),
    ]),
    costUsd: explained(text("labelTrainingCost"), "USD", text("sourceTrainingCost"), [
      result(
        mul(gpus, days, lit(24), q("$/GPU-h", gpu.usdPerHour, formatUsd)),
        ev.costUsd,
        formatUsd,
      ),
    ]),
    licenceRisk: explainDataPlan(plan.data, unlocks).licenceRisk as Explanation,
  };
  return out;
}

/**
 * Effective tokens: the mix's D' (Muennighoff et al. 2023), and when the batch runs past the
 * critical batch, what its tokens are worth (McCandlish et al. 2018).
 */
function explainEffectiveTokens(
  data: DataPlan,
  unlocks: Unlocks | undefined,
  ev: TrainingEvaluation,
): Explanation {
  const whole = evaluateDataPlan(data, unlocks);
  const used = sourceTerms(data, unlocks);
  const excess =
    whole.codeShare > CODE_FULL_VALUE_SHARE
      ? (whole.codeShare - CODE_FULL_VALUE_SHARE) / whole.codeShare
      : 0;
  const codeFactor = 1 - (1 - CODE_EXCESS_VALUE) * excess;
  const term = (s: SourceInMix) => {
    const spec = DATA_SOURCES[s.id];
    const one = sourceEffectiveTree(
      q("q", spec.quality, plain),
      q("U", s.perEpochTokens, tokens),
      data.sources[s.id].epochs,
    );
    return spec.isCode && excess > 0 ? mul(one, q("code cap", codeFactor, plain)) : one;
  };
  const pattern = sourceEffectiveTree(q("q", 1, plain), q("U", 0, tokens), null);
  const mix = sum(pattern, used.map(term));
  if (!(ev.batchEfficiency < 1)) {
    return explained(text("labelEffectiveTokens"), "tokens", text("sourceRepeats"), [
      result(mix, ev.effectiveTokens, tokens),
    ]);
  }
  const mixStep = working("D'_mix", mix, tokens);
  return explained(
    text("labelEffectiveTokensPastCritical", { critical: formatTokens(ev.criticalBatchTokens) }),
    "tokens",
    text("sourceRepeatsPastCritical"),
    [
      mixStep,
      result(mul(ref(mixStep), q("worth", ev.batchEfficiency, plain)), ev.effectiveTokens, tokens),
    ],
  );
}

const seconds: Fmt = (v) => (Number.isFinite(v) ? `${plain(v)} s` : "—");

// Source: Narayanan et al. 2021: tensor-parallel all-reduces sit on the critical path; share =
// comm / (comm + compute) per layer and micro-batch, compute at the kernel rate.
function explainTensorParallel(ev: TrainingEvaluation, peak: number): Explanation {
  const comm = div(
    q("bytes", ev.tpBytesPerLayer, formatBytes),
    q("link", ev.tpLinkBytesPerSecond, plain),
  );
  const compute = div(
    q("FLOPs", ev.tpComputeFlopsPerLayer, plain),
    mul(q("peak", peak, plain), q("kernel", KERNEL_EFFICIENCY, plain)),
  );
  const source = text("sourceTensorParallel");
  if (!(ev.tpBytesPerLayer > 0))
    return explained(text("labelTensorParallelNone"), "share", source, [
      result(lit(0), ev.tpCommShare, percent),
    ]);
  return explained(text("labelTensorParallel"), "share", source, [
    result(div(comm, add(comm, compute)), ev.tpCommShare, percent),
  ]);
}

// Source: PaLM App. B (MFU = model FLOPs / (peak · time)) over the step of FORMULAS.md §13: busy
// compute at kernel · (1 − TP) · GEMM · attention · recompute, the pipeline bubble, and the traffic
// that does not hide; the ramp's MFU and the final batch's blend by tokens (harmonic mean).
function explainMfu(ev: TrainingEvaluation, plan: TrainingPlan, peak: number): Explanation {
  const source = text("sourceMfu");
  const eff = working(
    "eff",
    mul(
      q("kernel", KERNEL_EFFICIENCY, plain),
      oneMinus(q("TP", ev.tpCommShare, percent)),
      q("GEMM", ev.gemmEfficiency, plain),
      q("attention", ev.attentionEfficiency, plain),
      q("recompute", ev.recomputeEfficiency, plain),
    ),
    plain,
  );
  const m = q("m", ev.microbatches, plain);
  const flopsPerMicrobatch = q("C_mb", ev.microbatchModelFlops, plain);
  const peakTerm = q("peak", peak, plain);
  const busy = working("t_busy", div(mul(m, flopsPerMicrobatch), mul(peakTerm, ref(eff))), seconds);
  const bubble = q("bubble", ev.bubble, percent);
  const idle = working("t_bubble", div(mul(ref(busy), bubble), oneMinus(bubble)), seconds);
  const step = working(
    "t_step",
    add(ref(busy), ref(idle), q("t_comm", ev.exposedCommSeconds, seconds)),
    seconds,
  );
  const finalMfu = mul(
    div(mul(m, flopsPerMicrobatch), mul(peakTerm, ref(step))),
    q("goodput", ev.goodput, plain),
  );
  const ramp = plan.batch.rampShare;
  if (!(ev.mfu > 0))
    return notComputed(
      "MFU",
      "share",
      [eff, busy, idle, step, result(finalMfu, ev.mfu, percent)],
      text("whyNoCopyFits"),
      source,
    );
  if (!(ramp > 0))
    return explained("MFU", "share", source, [
      eff,
      busy,
      idle,
      step,
      result(finalMfu, ev.mfu, percent),
    ]);
  const final = working("MFU_final", finalMfu, plain);
  const r = q("ramp", ramp, percent);
  return explained(text("labelMfuBlended"), "share", source, [
    eff,
    busy,
    idle,
    step,
    final,
    result(
      div(lit(1), add(div(r, q("MFU_ramp", ev.rampMfu, plain)), div(oneMinus(r), ref(final)))),
      ev.mfu,
      percent,
    ),
  ]);
}

// Source: FORMULAS.md §13: the gradient reduce hides up to its window (Li et al. 2020, DDP), ZeRO-3
// gathers behind the busy time, pipeline point-to-point and MoE all-to-all stay on the critical path.
function explainCommunication(ev: TrainingEvaluation): Explanation {
  const source = text("sourceCommunication");
  const busy = q("t_busy", ev.computeSecondsPerStep, seconds);
  const exposed = working(
    "t_comm",
    add(
      max(
        lit(0),
        sub(
          q("t_grad", ev.dpGradientSeconds, seconds),
          q("window", ev.overlapWindowSeconds, seconds),
        ),
      ),
      max(lit(0), sub(q("t_gather", ev.zeroGatherSeconds, seconds), busy)),
      q("t_pipe", ev.pipelineSeconds, seconds),
      q("t_a2a", ev.allToAllSeconds, seconds),
    ),
    seconds,
  );
  const steps = [
    exposed,
    result(div(ref(exposed), q("t_step", ev.stepSeconds, seconds)), ev.commShare, percent),
  ];
  if (!(ev.stepSeconds > 0))
    return notComputed(text("labelCommunication"), "share", steps, text("whyNoStep"), source);
  return explained(text("labelCommunicationShare"), "share", source, steps);
}

function explainEffectiveParams(ev: TrainingEvaluation): Explanation {
  const c = MUENNIGHOFF_2023;
  const n = q("N", ev.effectiveSizeParams, params);
  const uN = working("U_N", min(n, q("N_opt(U)", ev.computeOptimalParams, params)), params);
  const rN = working("R_N", max(sub(div(n, ref(uN)), lit(1)), lit(0)), plain);
  const rStar = q("R_N*", c.rNStar, plain);
  const steps = [
    uN,
    rN,
    result(
      add(ref(uN), mul(ref(uN), rStar, oneMinus(exp(div(neg(ref(rN)), rStar))))),
      ev.effectiveParams,
      params,
    ),
  ];
  const source = "Muennighoff et al. 2023 (datablations)";
  if (!(ev.effectiveParams > 0))
    return notComputed(
      text("labelEffectiveParams"),
      "params",
      steps,
      text("whyNoUniqueData"),
      source,
    );
  return explained(text("labelEffectiveParams"), "params", source, steps);
}

/** L = E + A / N'^α + B / D'^β, with the scaling-law research's factor on the reducible part. */
function lossTree(nPrime: number, dPrime: number, unlocks?: Unlocks): Expr {
  const c = MUENNIGHOFF_2023;
  const reducible = add(
    div(q("A", c.A, plain), pow(q("N'", Math.max(nPrime, 1), plain), q("α", c.alpha, plain))),
    div(q("B", c.B, plain), pow(q("D'", Math.max(dPrime, 1), plain), q("β", c.beta, plain))),
  );
  return add(
    q("E", c.E, plain),
    researched(unlocks, "scaling_laws")
      ? mul(q("f_tuned", RESEARCH_EFFECTS.tunedReducibleLossFactor, plain), reducible)
      : reducible,
  );
}

function explainLoss(ev: TrainingEvaluation, unlocks?: Unlocks): Explanation {
  const steps = [
    result(lossTree(ev.effectiveParams, ev.effectiveTokens, unlocks), ev.loss, formatLoss),
  ];
  if (!(ev.loss > 0))
    return notComputed(
      text("labelLoss"),
      "nats/token",
      steps,
      text("whyNoLoss"),
      text("sourceLoss"),
    );
  const tuned = researched(unlocks, "scaling_laws");
  return explained(
    text("labelLoss"),
    "nats/token",
    tuned ? text("sourceLossTuned") : text("sourceLoss"),
    steps,
  );
}

/** "Show the math" for both scaling curves at one compute budget (the Fleet marks the plan's compute). */
export function explainScalingCurves(flops: number, unlocks?: Unlocks): Explanation {
  const d = denseCurvePoint(flops, unlocks);
  const m = moeCurvePoint(flops, unlocks);
  const dense = working("L_dense", lossTree(d.effectiveParams, d.tokens, unlocks), formatLoss);
  const tuned = researched(unlocks, "scaling_laws");
  return explained(
    text("labelScalingCurves", {
      flops: formatFlops(flops),
      denseParams: formatParams(d.totalParams),
      denseTokens: formatTokens(d.tokens),
      moeTotal: formatParams(m.totalParams),
      moeActive: formatParams(m.activeParams),
      experts: CURVE_MOE.experts,
      topK: CURVE_MOE.topK,
    }),
    "loss",
    text("sourceScalingCurves", { tuned }),
    [dense, result(lossTree(m.effectiveParams, m.tokens, unlocks), m.loss, formatLoss)],
  );
}

function explainCapability(ev: TrainingEvaluation): Explanation {
  const c = MUENNIGHOFF_2023;
  const r0 = q("R₀", CAPABILITY_REDUCIBLE_LOSS.zero, plain);
  const base = mul(
    lit(100),
    div(
      ln(div(r0, sub(q("L", ev.loss, plain), q("E", c.E, plain)))),
      ln(div(r0, q("R₁₀₀", CAPABILITY_REDUCIBLE_LOSS.hundred, plain))),
    ),
  );
  const clamped = max(lit(0), base);
  const bonus = mul(
    q("bonus", CODE_REASONING_BONUS_MAX, plain),
    min(
      lit(1),
      div(q("code", ev.codeShare, percent), q("full", CODE_REASONING_FULL_SHARE, percent)),
    ),
  );
  const source = text("sourceCapability");
  if (!(ev.loss > 0))
    return notComputed(
      text("labelCapability"),
      "0-100",
      [result(min(lit(100), add(clamped, bonus)), ev.capability, formatNumber)],
      text("whyNoCapability"),
      source,
    );
  return explained(text("labelCapability"), "0-100", source, [
    result(
      min(lit(100), evaluateExpr(clamped) > 0 ? add(clamped, bonus) : clamped),
      ev.capability,
      formatNumber,
    ),
  ]);
}

const sourceTerms = (data: DataPlan, unlocks?: Unlocks) =>
  evaluateDataSources(data, unlocks).filter((s) => s.seenTokens > 0);

/** "Show the math" for the Data Mix's own numbers, source by source. */
export function explainDataPlan(
  data: DataPlan,
  unlocks?: Unlocks,
): Record<"uniqueTokens" | "seenTokens" | "codeShare" | "licenceRisk", Explanation> {
  const used = sourceTerms(data, unlocks);
  const whole = evaluateDataPlan(data, unlocks);
  const codeSeen = used
    .filter((s) => DATA_SOURCES[s.id].isCode)
    .reduce((n, s) => n + s.seenTokens, 0);
  // Each term shows the cap at what exists only when the plan asks for more, and a share of an
  // epoch only when it reads less than one: the pattern in the formula line shows the general form.
  const asked = (s: SourceInMix) =>
    s.overdrawn
      ? min(q("U", s.askedTokens, tokens), q("U_exists", s.availableTokens, tokens))
      : q("U", s.askedTokens, tokens);
  const epochsOf = (s: SourceInMix) => q("epochs", data.sources[s.id].epochs, plain);
  const readOnce = (s: SourceInMix) =>
    data.sources[s.id].epochs < 1 ? mul(asked(s), epochsOf(s)) : asked(s);
  const uPattern = min(q("U", 0, tokens), q("U_exists", 0, tokens));
  const ep0 = q("epochs", 0, plain);
  const riskTerm = (r: Expr, part: Expr | null) => oneMinus(part ? mul(r, part) : r);
  const risky = used.filter((s) => s.licenceRisk > 0);
  const riskOf = (s: SourceInMix) => {
    // The source as the world offers it: audio rights change Whisper's size and weight.
    const offered = offeredSource(s.id, unlocks);
    const whole = s.uniqueTokens >= offered.tokens;
    return riskTerm(
      q("r", offered.licenceRisk, plain),
      whole
        ? null
        : div(q("U_read", s.uniqueTokens, tokens), q("U_exists", offered.tokens, tokens)),
    );
  };
  return {
    uniqueTokens: explained(text("labelUniqueTokens"), "tokens", text("sourceSourceSizes"), [
      result(sum(mul(uPattern, min(lit(1), ep0)), used.map(readOnce)), whole.uniqueTokens, tokens),
    ]),
    seenTokens: explained(text("labelTokensSeen"), "tokens", text("sourceTokensSeen"), [
      result(
        sum(
          mul(uPattern, ep0),
          used.map((s) => mul(asked(s), epochsOf(s))),
        ),
        whole.seenTokens,
        tokens,
      ),
    ]),
    codeShare: explained(text("labelCodeShare"), "share", text("sourceCodeShare"), [
      result(
        whole.seenTokens > 0
          ? div(q("code seen", codeSeen, tokens), q("D", whole.seenTokens, tokens))
          : lit(0),
        whole.codeShare,
        percent,
      ),
    ]),
    licenceRisk: explained(text("labelLicenceRisk"), "share", text("sourceLicenceRisk"), [
      result(
        oneMinus(
          product(
            riskTerm(q("r", 0, plain), div(q("U_read", 0, tokens), q("U_exists", 0, tokens))),
            risky.map(riskOf),
          ),
        ),
        whole.licenceRisk,
        percent,
      ),
    ]),
  };
}

/** One source's share of the mix and its own licence risk. */
export function explainDataSource(data: DataPlan, id: SourceId, unlocks?: Unlocks): Explanation {
  const one = evaluateDataSources(data, unlocks).find((s) => s.id === id) as SourceInMix;
  const seen = evaluateDataPlan(data, unlocks).seenTokens;
  const label = text("labelSourceShare", { source: sourceName(id) });
  const source = text("sourceDataSource");
  const offered = offeredSource(id, unlocks);
  const steps = [
    working(
      "risk",
      mul(
        q("r", offered.licenceRisk, plain),
        div(q("U_read", one.uniqueTokens, tokens), q("U_exists", offered.tokens, tokens)),
      ),
      percent,
    ),
    result(
      div(
        mul(q("U", one.perEpochTokens, tokens), q("epochs", data.sources[id].epochs, plain)),
        q("D", seen, tokens),
      ),
      one.share,
      percent,
    ),
  ];
  if (!(seen > 0) || !(one.seenTokens > 0))
    return notComputed(label, "share", steps, text("whyNotInMix"), source);
  return explained(label, "share", source, steps);
}

/** GPT-4's unfinished alignment as the world applies it to perceived quality (alignmentQualityFactor). */
export interface AlignmentTerm {
  penalty: number;
  unfinished: number;
}

export function explainServingPlan(
  plan: ServingPlan,
  fleet: GpuPool,
  demand: number,
  unlocks?: Unlocks,
  alignment?: AlignmentTerm,
): Record<string, Explanation> {
  const ev = evaluateServingPlan(plan, fleet, demand, unlocks);
  const gpu = GPUS[fleet.gpu];
  const m = plan.model;
  const { total } = modelParams(m);
  const kvHeads = kvHeadsFor(m.attention, m.heads, m.gqaGroups);
  const n = q("n", plan.gpusPerReplica, count);
  const bpp = q("bytes/param", BYTES_PER_PARAM[plan.precision], plain);
  const drafting = plan.speculative.enabled;
  const fits = ev.fits || ev.reason === "too_few_gpus";
  const serveSource = text("sourceServe");
  const why = servingFitMessage(plan, ev) || text("whyServingDoesNotRun");
  const weightsTree = mul(q("N_total", total, params), bpp);
  const draftWeights = drafting
    ? mul(q("N_draft", plan.speculative.draftParams, params), bpp)
    : null;

  // A stage's time is the slower of its reads and its matmuls, plus its all-reduces (serving.ts).
  const stage = q("t_stage", ev.stageSeconds, seconds);
  const p = q("p", ev.pipelineStages, count);
  const mb = q("m", ev.microbatches, count);
  const pass = working(
    "t_pass",
    add(mul(p, stage), q("t_hops", ev.pipelineHopSeconds, seconds)),
    seconds,
  );
  const gamma = q("γ", Math.floor(plan.speculative.draftTokens), count);
  const draft = q("t_draft", ev.draftStepSeconds, seconds);
  const cycle = working(
    "t_cycle",
    drafting
      ? max(add(mul(gamma, draft), ref(pass)), mul(mb, add(mul(gamma, draft), stage)))
      : max(ref(pass), mul(mb, stage)),
    seconds,
  );
  const alpha = q("α", ev.acceptance, plain);
  const expected = working(
    "E",
    drafting ? div(oneMinus(pow(alpha, add(gamma, lit(1)))), oneMinus(alpha)) : lit(1),
    plain,
  );
  const occupancy = q(
    "occupancy",
    plan.batching === "continuous" ? 1 : STATIC_BATCH_OCCUPANCY,
    plain,
  );
  const batch = q("batch", ev.batch, count);
  const perReplica = working(
    "tokens/s",
    div(mul(batch, occupancy, ref(expected)), ref(cycle)),
    plain,
  );
  // A plan that does not run shows the formula of the same steps and the reason instead of values.
  const show = (label: string, unit: string, source: string, steps: readonly MathStep[]) =>
    fits ? explained(label, unit, source, steps) : notComputed(label, unit, steps, why, source);

  const quantisation =
    QUANTISATION_QUALITY_PENALTY[plan.precision] *
    (researched(unlocks, "quantisation") ? RESEARCH_EFFECTS.quantisationPenaltyFactor : 1);
  const qualityTree = mul(
    oneMinus(q("quantisation", quantisation, percent)),
    oneMinus(q(m.attention.toUpperCase(), ATTENTION_QUALITY_PENALTY[m.attention], percent)),
    oneMinus(
      mul(
        q("leniency cost", SPECULATIVE_LENIENCY_QUALITY_PENALTY, plain),
        q("τ", drafting ? plan.speculative.threshold : 0, plain),
      ),
    ),
    ...(alignment && alignment.unfinished > 0
      ? [
          oneMinus(
            mul(
              q("unaligned", alignment.penalty, plain),
              q("alignment left", alignment.unfinished, percent),
            ),
          ),
        ]
      : []),
  );
  const qualityValue =
    alignment && alignment.unfinished > 0
      ? ev.quality * (1 - alignment.penalty * alignment.unfinished)
      : ev.quality;

  return {
    weightBytes: explained(text("labelWeightsPerGpu"), "bytes", text("sourceBytesPerParam"), [
      result(div(weightsTree, n), ev.weightBytesPerGpu, formatBytes),
    ]),
    kvBytesPerSequence: explained(
      text("labelKvPerSequence", { attention: m.attention.toUpperCase(), heads: kvHeads }),
      "bytes",
      "FORMULAS.md §8; Shazeer 2019 (MQA); Ainslie et al. 2023 (GQA)",
      [
        result(
          mul(
            lit(2),
            q("L", m.layers, count),
            q("n_kv", kvHeads, count),
            q("d_head", m.headDim, count),
            q("bytes", kvBytesPerValue(plan.precision), count),
            q("context", ev.reservedContextTokens, count),
          ),
          ev.kvBytesPerSequence,
          formatBytes,
        ),
      ],
    ),
    batch: show(text("labelSequencesPerReplica"), "sequences", text("sourcePagedAttention"), [
      result(
        min(
          q("max batch", Math.floor(plan.maxBatch), count),
          floor(
            div(
              sub(
                mul(
                  n,
                  q("HBM", gpu.hbmBytes, formatBytes),
                  q("usable", SERVING_MEMORY_UTILISATION, plain),
                ),
                draftWeights ? add(weightsTree, draftWeights) : weightsTree,
              ),
              q("KV", ev.kvBytesPerSequence, formatBytes),
            ),
          ),
        ),
        ev.batch,
        count,
      ),
    ]),
    tokensPerSecondPerGpu: show(
      text("labelTokensPerGpu", {
        tensor: ev.tensorParallel,
        stages: ev.pipelineStages,
        memoryBound: ev.memoryBound,
      }),
      "tokens/s",
      serveSource,
      [
        pass,
        cycle,
        expected,
        perReplica,
        result(div(ref(perReplica), n), ev.tokensPerSecondPerGpu, plain),
      ],
    ),
    speculative: !drafting
      ? explained(text("labelSpeculativeOff"), "x", "Leviathan et al. 2023", [
          result(lit(1), ev.speculativeSpeedup, formatRatio),
        ])
      : show(
          text("labelSpeculative", {
            distilled: researched(unlocks, "speculative_decoding"),
          }),
          "x",
          text("sourceSpeculative"),
          [
            pass,
            cycle,
            expected,
            result(
              mul(ref(expected), div(q("t_plain", ev.plainCycleSeconds, seconds), ref(cycle))),
              ev.speculativeSpeedup,
              formatRatio,
            ),
          ],
        ),
    latency: show(text("labelLatency"), "seconds", serveSource, [
      pass,
      cycle,
      expected,
      result(div(ref(cycle), ref(expected)), ev.secondsPerToken, formatMilliseconds),
    ]),
    usdPerMillionTokens: show(text("labelCostPerMillion"), "USD", text("sourceCostPerToken"), [
      pass,
      cycle,
      expected,
      perReplica,
      result(
        mul(
          div(mul(q("$/GPU-h", gpu.usdPerHour, formatUsd), n), mul(ref(perReplica), lit(3600))),
          lit(1e6),
        ),
        ev.usdPerMillionTokens,
        formatUsdPerMillionTokens,
      ),
    ]),
    quality: explained(
      text("labelQuality"),
      "share",
      text("sourceQuality", { alignment: alignment !== undefined && alignment.unfinished > 0 }),
      [result(qualityTree, qualityValue, percent)],
    ),
    demandServedShare:
      ev.demandTokensPerSecond > 0
        ? explained(text("labelDemandServed"), "share", text("sourceGameServing"), [
            result(
              min(
                lit(1),
                div(
                  q("capacity", ev.tokensPerSecond, plain),
                  q("demand", ev.demandTokensPerSecond, plain),
                ),
              ),
              ev.demandServedShare,
              percent,
            ),
          ])
        : explained(text("labelDemandServedNone"), "share", text("sourceGameServing"), [
            result(lit(1), ev.demandServedShare, percent),
          ]),
  };
}

/**
 * The serving math as the world evaluates it (evaluateWorldServing): the plan's own terms, and
 * for GPT-4 the share of perceived quality its unfinished alignment costs.
 */
export function explainWorldServingPlan(
  state: WorldState,
  model: ModelKey,
  plan: ServingPlan,
  fleet: GpuPool,
  demand: number,
): Record<string, Explanation> {
  const unfinished =
    model === "gpt4" && state.models.gpt4 ? 1 - jobProgress(state, "alignment") : 0;
  return explainServingPlan(plan, fleet, demand, worldUnlocks(state), {
    penalty: UNALIGNED_QUALITY_PENALTY,
    unfinished,
  });
}

export function explainAllocation(
  state: WorldState,
  allocation: Allocation,
): Record<string, Explanation> {
  const pv = previewAllocation(state, allocation);
  const pools = splitFleet(state.fleet, allocation);
  const plan = activeTrainingPlan(state);
  const pool = runPool(plan, trainingPool(pools.training));
  const unlocks = worldUnlocks(state);
  const ev = evaluateTrainingPlan(plan, pool, unlocks);
  const outlook = servingOutlook(state, pools.serving);
  const fleetSource = text("sourceFleet");
  const gpuSum = (f: { a100: number; h100: number }) =>
    add(q("A100", f.a100, count), q("H100", f.h100, count));
  const d = outlook.demandByStream;
  const servingGpus = pools.serving.a100 + pools.serving.h100;
  const r35 = q("r_3.5", outlook.tokensPerSecondPerGpu.gpt35, plain);
  const r4 = q("r_4", outlook.tokensPerSecondPerGpu.gpt4, plain);
  const need = add(
    div(q("D_3.5", d.api + d.chatgpt, plain), r35),
    ...(d.gpt4 > 0 || outlook.tokensPerSecondPerGpu.gpt4 > 0
      ? [div(q("D_4", d.gpt4, plain), r4)]
      : []),
  );
  const servedSource = text("sourceServed");
  const servedSteps = [
    result(min(lit(1), div(q("GPUs", servingGpus, count), need)), pv.demandServedShare, percent),
  ];
  const demandServedShare =
    outlook.gpusNeeded === 0
      ? explained(text("labelDemandServedNoneYet"), "share", servedSource, [
          result(lit(1), 1, percent),
        ])
      : outlook.gpusNeeded >= Number.MAX_VALUE
        ? notComputed(
            text("labelDemandServed"),
            "share",
            servedSteps,
            text("whyServingDoesNotFit"),
            servedSource,
          )
        : explained(text("labelDemandServed"), "share", servedSource, servedSteps);
  const secondsPerMonth = q("s/month", DAYS_PER_MONTH * SECONDS_PER_DAY, count);
  return {
    trainingGpus: explained(text("labelTrainingGpus"), "GPUs", fleetSource, [
      result(gpuSum(pools.training), pools.training.a100 + pools.training.h100, count),
    ]),
    servingGpus: explained(text("labelServingGpus"), "GPUs", fleetSource, [
      result(gpuSum(pools.serving), servingGpus, count),
    ]),
    trainingDays:
      ev.days > 0
        ? explained(text("labelTrainingDays"), "days", text("sourceWallClock"), [
            result(daysTree(ev, pool.gpu), pv.trainingDays, formatDays),
          ])
        : notComputed(
            text("labelTrainingDays"),
            "days",
            [result(daysTree(ev, pool.gpu), pv.trainingDays, formatDays)],
            text("whyNoCopyFitsTraining"),
            text("sourceWallClock"),
          ),
    demandServedShare,
    monthlyCostUsd: explained(text("labelGpuBill"), "USD", text("sourcePrices"), [
      result(
        mul(
          add(
            mul(q("A100", state.fleet.a100, count), q("$/A100-h", GPUS.A100.usdPerHour, formatUsd)),
            mul(q("H100", state.fleet.h100, count), q("$/H100-h", GPUS.H100.usdPerHour, formatUsd)),
          ),
          q("h/month", HOURS_PER_MONTH, plain),
        ),
        pv.monthlyCostUsd,
        formatUsd,
      ),
    ]),
    monthlyRevenueUsd: explained(text("labelRevenue"), "USD", text("sourceRevenue"), [
      result(
        mul(
          q("served", outlook.servedShare, percent),
          div(
            add(
              mul(q("D_api", d.api, plain), q("$/M_api", API_USD_PER_MILLION_TOKENS, formatUsd)),
              mul(
                q("D_chat", d.chatgpt, plain),
                q("$/M_chat", CHATGPT_USD_PER_MILLION_TOKENS, formatUsd),
              ),
              mul(q("D_4", d.gpt4, plain), q("$/M_4", GPT4_USD_PER_MILLION_TOKENS, formatUsd)),
            ),
            lit(1e6),
          ),
          secondsPerMonth,
        ),
        pv.monthlyRevenueUsd,
        formatUsd,
      ),
    ]),
  };
}

/** Money: what the company started with and was given, plus revenue, less every GPU bill. */
export function explainMoney(state: WorldState): Explanation {
  return explained(text("labelMoney"), "USD", text("sourceMoney"), [
    result(
      sub(
        add(
          q("start", START_MONEY_USD, formatUsd),
          q("Microsoft", state.flags.microsoftDeal ? MICROSOFT_DEAL_USD : 0, formatUsd),
          q("revenue", state.revenueUsd, formatUsd),
        ),
        q("GPU bills", state.spentUsd, formatUsd),
      ),
      state.moneyUsd,
      formatUsd,
    ),
  ]);
}

/** Days of a training evaluation: C / (n_gpu · peak · MFU) / 86,400. */
function daysTree(ev: TrainingEvaluation, gpu: keyof typeof GPUS): Expr {
  return div(
    div(
      q("C", ev.flops, formatFlops),
      mul(
        q("n_gpu", ev.gpusUsed, count),
        q("peak", GPUS[gpu].peakFlopsPerSecond, plain),
        q("MFU", ev.mfu, plain),
      ),
    ),
    lit(SECONDS_PER_DAY),
  );
}

/** A post-training job's progress and where its FLOPs come from (jobFlopsTree in world.ts). */
export function explainPostTrainingJob(world: WorldState, id: string): Explanation | null {
  const job = world.jobs.find((j) => j.id === id);
  if (!job) return null;
  const gpt4 = world.models.gpt4;
  const shape = world.plans.gpt4Serving.model;
  const progress = jobProgress(world, job.id);
  const total = working(
    "total",
    jobFlopsTree(job.id, shape, gpt4 ? gpt4.activeParams : 0, job.mfu),
    formatFlops,
  );
  const sources: Record<JobId, string> = {
    alignment: text("sourceAlignmentJob"),
    multimodal: text("sourceMultimodalJob"),
    long_context: text("sourceLongContextJob"),
  };
  return explained(
    text("labelJob", {
      job: jobName(job.id),
      done: jobDone(world, job.id),
      progress: formatPercent(progress),
      maxGpus: job.maxGpus === null ? null : formatCount(job.maxGpus),
    }),
    "share",
    sources[job.id],
    [
      total,
      result(div(q("FLOPs done", job.flopsDone, formatFlops), ref(total)), progress, percent),
    ],
  );
}
