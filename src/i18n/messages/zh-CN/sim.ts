/** The Chinese table of the "sim" catalogue (../sim.ts): loaded only for a Chinese page. */
import type { Like } from "../..";
import type { simEn } from "../sim";

export const zh: Like<typeof simEn> = {
  source_web: "过滤后的网页",
  source_books_licensed: "正版授权图书",
  source_books_shadow: "影子图书馆电子书",
  source_papers_arxiv: "arXiv 论文",
  source_papers_scihub: "Sci-Hub 论文",
  source_code_github: "整个 GitHub",
  source_audio_transcribed: "转写的音频（Whisper）",
  source_image_text: "图文对",
  short_web: "网页",
  short_books_licensed: "图书",
  short_books_shadow: "影子库",
  short_papers_arxiv: "arXiv",
  short_papers_scihub: "Sci-Hub",
  short_code_github: "GitHub",
  short_audio_transcribed: "音频",
  short_image_text: "图文",
  job_alignment: "对齐与评估",
  job_multimodal: "多模态继续训练",
  job_long_context: "32k 微调",
  plan_next: "下一个模型",
  plan_gpt35_serving: "GPT-3.5 推理",
  plan_gpt4_serving: "GPT-4 推理",
};
