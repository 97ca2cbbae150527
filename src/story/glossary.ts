/**
 * The glossary, written once: each term the story marks with `# glossary:` links
 * here. Two sentences each: what it is, and why Andy cares. The definitions live in the
 * glossary's message catalogue (src/i18n/messages/glossary.ts), in English and Chinese.
 */
import { type Language, language } from "../i18n";
import { glossaryText } from "../i18n/messages/glossary";

export interface GlossaryEntry {
  term: string;
  /** Other spellings the story may use for the same entry. */
  aliases?: string[];
  definition: string;
}

/** An entry's key in the glossary's catalogue. */
type GlossaryKey = keyof typeof glossaryText.tables.en;

/** How an entry reads in one language. */
export interface LocalGlossaryEntry {
  /** The English term, as in GLOSSARY: what `# glossary:` tags resolve to. */
  term: string;
  /** The entry's heading in this language. */
  name: string;
  definition: string;
  /**
   * The words this language's story uses for the term on the lines its `# glossary:` tags mark,
   * longest first: what to look for in a line's text to link it.
   */
  words: readonly string[];
}

interface Source {
  key: GlossaryKey;
  term: string;
  aliases?: string[];
  /** The Chinese heading (the engineers' word: 量化, or the term itself: KV cache). */
  zhName: string;
  /** The words story/zh-CN/*.ink uses for the term on its tagged lines. */
  zhWords: readonly string[];
}

const SOURCES: readonly Source[] = [
  { key: "a100", term: "A100", zhName: "A100", zhWords: ["A100"] },
  { key: "h100", term: "H100", zhName: "H100", zhWords: ["H100"] },
  { key: "tokens", term: "tokens", aliases: ["token"], zhName: "token", zhWords: ["token"] },
  {
    key: "scalingLaw",
    term: "scaling law",
    aliases: ["scaling laws", "scaling curves"],
    zhName: "scaling law",
    zhWords: ["scaling law", "scaling 曲线"],
  },
  { key: "chinchilla", term: "Chinchilla", zhName: "Chinchilla", zhWords: ["Chinchilla"] },
  {
    key: "moe",
    term: "MoE",
    aliases: ["Mixture-of-Experts", "mixture of experts"],
    zhName: "MoE",
    // "混合专家（Mixture-of-Experts）": the Chinese word comes first and carries the link.
    zhWords: ["混合专家", "MoE"],
  },
  {
    key: "mqa",
    term: "MQA",
    aliases: ["multi-query attention"],
    zhName: "MQA",
    zhWords: ["Multi-query attention", "multi-query attention", "MQA"],
  },
  {
    key: "gqa",
    term: "GQA",
    aliases: ["grouped-query attention"],
    zhName: "GQA",
    zhWords: ["GQA"],
  },
  { key: "kvCache", term: "KV cache", zhName: "KV cache", zhWords: ["KV cache"] },
  {
    key: "flashAttention",
    term: "FlashAttention",
    zhName: "FlashAttention",
    zhWords: ["FlashAttention"],
  },
  {
    key: "speculativeDecoding",
    term: "speculative decoding",
    zhName: "投机解码",
    // The endings keep the English name in one sentence (story/zh-CN/endings.ink).
    zhWords: ["Speculative decoding", "投机解码"],
  },
  {
    key: "continuousBatching",
    term: "continuous batching",
    zhName: "连续批处理",
    zhWords: ["Continuous batching", "连续批处理"],
  },
  {
    key: "pipelineBubble",
    term: "pipeline bubble",
    zhName: "流水线气泡",
    zhWords: ["流水线气泡"],
  },
  {
    key: "tensorParallelism",
    term: "tensor parallelism",
    aliases: ["tensor-parallel"],
    zhName: "张量并行",
    zhWords: ["张量并行"],
  },
  {
    key: "mfu",
    term: "MFU",
    aliases: ["model FLOPs utilisation"],
    zhName: "MFU",
    zhWords: ["MFU"],
  },
  { key: "zero", term: "ZeRO", zhName: "ZeRO", zhWords: ["ZeRO"] },
  { key: "epoch", term: "epoch", aliases: ["epochs"], zhName: "epoch", zhWords: ["epoch"] },
  {
    key: "quantisation",
    term: "quantisation",
    aliases: ["quantise", "quantised", "int8", "int4"],
    zhName: "量化",
    zhWords: ["量化"],
  },
  {
    key: "rlhf",
    term: "RLHF",
    aliases: ["reinforcement learning from human feedback"],
    zhName: "RLHF",
    zhWords: ["RLHF"],
  },
  {
    key: "sft",
    term: "SFT",
    aliases: ["supervised fine-tuning"],
    zhName: "SFT",
    zhWords: ["监督微调", "SFT"],
  },
];

export const GLOSSARY: readonly GlossaryEntry[] = SOURCES.map(({ key, term, aliases }) => {
  const definition = glossaryText.tables.en[key];
  return aliases ? { term, aliases, definition } : { term, definition };
});

const byName = new Map<string, GlossaryEntry>();
const sourceOf = new Map<GlossaryEntry, Source>();
SOURCES.forEach((source, i) => {
  const entry = GLOSSARY[i] as GlossaryEntry;
  sourceOf.set(entry, source);
  for (const name of [entry.term, ...(entry.aliases ?? [])]) byName.set(name.toLowerCase(), entry);
});

/** The entry for a term or one of its aliases, case-insensitive. */
export function glossaryEntry(term: string): GlossaryEntry | undefined {
  return byName.get(term.trim().toLowerCase());
}

function localEntry(entry: GlossaryEntry, lang: Language): LocalGlossaryEntry {
  const source = sourceOf.get(entry) as Source;
  if (lang === "en") {
    return {
      term: entry.term,
      name: entry.term,
      definition: entry.definition,
      words: [entry.term, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length),
    };
  }
  return {
    term: entry.term,
    name: source.zhName,
    definition: glossaryText.tables[lang]?.[source.key] ?? entry.definition,
    words: [...source.zhWords].sort((a, b) => b.length - a.length),
  };
}

/**
 * The entry for a term or one of its aliases (as a `# glossary:` tag names it, in English), as it
 * reads in a language: the current one unless given.
 */
export function localGlossaryEntry(
  term: string,
  lang: Language = language(),
): LocalGlossaryEntry | undefined {
  const entry = glossaryEntry(term);
  return entry ? localEntry(entry, lang) : undefined;
}

/** Every entry, in GLOSSARY's order, as it reads in a language: the current one unless given. */
export function localGlossary(lang: Language = language()): LocalGlossaryEntry[] {
  return GLOSSARY.map((entry) => localEntry(entry, lang));
}

/**
 * Where a line's text first names a tagged term, and in which words: in English the tag itself
 * (as the story panel has always looked for it), in Chinese the words the Chinese story uses.
 */
export function findGlossaryTerm(
  text: string,
  term: string,
  lang: Language = language(),
): { at: number; word: string } | undefined {
  const entry = localGlossaryEntry(term, lang);
  if (!entry) return undefined;
  const words = lang === "en" ? [term] : entry.words;
  let best: { at: number; word: string } | undefined;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at !== -1 && (!best || at < best.at || (at === best.at && word.length > best.word.length)))
      best = { at, word };
  }
  return best;
}
