/**
 * The names the sim gives its things (src/sim/constants.ts, seeds.ts), as a player reads them: the
 * data sources (in full, and the one word a stacked bar has room for), the jobs GPT-4 runs after
 * pre-training, and the seed plans' names. The sim keeps its English labels as identifiers and for
 * its own docs; every screen names them through these.
 */
import type { JobId, SourceId } from "../../sim";
import { messages } from "..";

/** The English table (the Chinese one, messages/zh-CN/sim.ts, loads only when chosen). */
export const simEn = {
  source_web: "Filtered web crawl",
  source_books_licensed: "Licensed books",
  source_books_shadow: "Shadow-library e-books",
  source_papers_arxiv: "arXiv papers",
  source_papers_scihub: "Sci-Hub papers",
  source_code_github: "All of GitHub",
  source_audio_transcribed: "Transcribed audio (Whisper)",
  source_image_text: "Image-text pairs",
  short_web: "Web",
  short_books_licensed: "Books",
  short_books_shadow: "Shadow",
  short_papers_arxiv: "arXiv",
  short_papers_scihub: "Sci-Hub",
  short_code_github: "GitHub",
  short_audio_transcribed: "Audio",
  short_image_text: "Images",
  job_alignment: "Alignment and evaluations",
  job_multimodal: "Multimodal continued training",
  job_long_context: "32k fine-tune",
  plan_next: "Next model",
  plan_gpt35_serving: "GPT-3.5 serving",
  plan_gpt4_serving: "GPT-4 serving",
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

/** The seed names of plans the sim starts with; a plan under any other name keeps it. */
const PLAN_NAME_KEYS: Readonly<
  Record<string, "plan_next" | "plan_gpt35_serving" | "plan_gpt4_serving">
> = {
  "Next model": "plan_next",
  "GPT-3.5 serving": "plan_gpt35_serving",
  "GPT-4 serving": "plan_gpt4_serving",
};

/**
 * A plan's name as the player reads it: the sim's seed names in the page's language ("Next model",
 * 下一个模型); model names (GPT-3.5, GPT-4) as they are.
 */
export function planName(name: string): string {
  const key = Object.hasOwn(PLAN_NAME_KEYS, name) ? PLAN_NAME_KEYS[name] : undefined;
  return key ? simText(key) : name;
}
