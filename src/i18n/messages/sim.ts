/**
 * The names the sim gives its things (src/sim/constants.ts, seeds.ts), as a player reads them: the
 * data sources (in full, and the one word a stacked bar has room for), the jobs GPT-4 runs after
 * pre-training, and the seed plans' names. The English names are the sim's own labels (not typed
 * again); every screen names them through these, so a Chinese page reads them in Chinese.
 */
import { DATA_SOURCES, JOB_LABELS, type JobId, SEED_PLANS, type SourceId } from "../../sim";
import { messages } from "..";

/** The English table (the Chinese one, messages/zh-CN/sim.ts, loads only when chosen). */
export const simEn = {
  source_web: DATA_SOURCES.web.label,
  source_books_licensed: DATA_SOURCES.books_licensed.label,
  source_books_shadow: DATA_SOURCES.books_shadow.label,
  source_papers_arxiv: DATA_SOURCES.papers_arxiv.label,
  source_papers_scihub: DATA_SOURCES.papers_scihub.label,
  source_code_github: DATA_SOURCES.code_github.label,
  source_audio_transcribed: DATA_SOURCES.audio_transcribed.label,
  source_image_text: DATA_SOURCES.image_text.label,
  short_web: "Web",
  short_books_licensed: "Books",
  short_books_shadow: "Shadow",
  short_papers_arxiv: "arXiv",
  short_papers_scihub: "Sci-Hub",
  short_code_github: "GitHub",
  short_audio_transcribed: "Audio",
  short_image_text: "Images",
  job_alignment: JOB_LABELS.alignment,
  job_multimodal: JOB_LABELS.multimodal,
  job_long_context: JOB_LABELS.long_context,
  plan_next: SEED_PLANS.starterTraining.name,
  plan_gpt35_serving: SEED_PLANS.gpt35Serving.name,
  plan_gpt4_serving: SEED_PLANS.gpt4Serving.name,
};

const simText = messages("sim", simEn);

/** A data source's name in full: "Filtered web crawl", 过滤后的网页. */
export function sourceName(id: SourceId): string {
  return simText(`source_${id}`);
}

/** A data source in one word, for a stacked bar's legend: "Web", 网页. */
export function sourceShortName(id: SourceId): string {
  return simText(`short_${id}`);
}

/** A job after pre-training: "Alignment and evaluations", 对齐与评估. */
export function jobName(id: JobId): string {
  return simText(`job_${id}`);
}

/** The seed plans' names (the sim's own), each to its key: a plan under any other name keeps it. */
const PLAN_NAME_KEYS: ReadonlyMap<
  string,
  "plan_next" | "plan_gpt35_serving" | "plan_gpt4_serving"
> = new Map([
  [simEn.plan_next, "plan_next"],
  [simEn.plan_gpt35_serving, "plan_gpt35_serving"],
  [simEn.plan_gpt4_serving, "plan_gpt4_serving"],
]);

/**
 * A plan's name as the player reads it: the sim's seed names in the page's language ("Next model",
 * 下一个模型); model names (GPT-3.5, GPT-4) as they are.
 */
export function planName(name: string): string {
  const key = PLAN_NAME_KEYS.get(name);
  return key ? simText(key) : name;
}
