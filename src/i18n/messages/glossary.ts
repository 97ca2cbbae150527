/**
 * The glossary's definitions (src/story/glossary.ts), two sentences each: what the term is, and
 * why Andy cares. The English table is the glossary as written; the Chinese one is written for a
 * Chinese engineer, with the terms the Chinese story uses (token, epoch, KV cache, 投机解码...).
 */
import { messages } from "..";

/** The English table (the Chinese one, messages/zh-CN/glossary.ts, loads only when chosen). */
export const glossaryEn = {
  a100: "NVIDIA's data-centre GPU of 2020: 312 trillion dense bf16 operations a second and 80 GB of fast memory in the version the fleet uses. Tens of thousands of them wired together are what a frontier training run is made of.",
  h100: "The A100's successor, arriving in volume in 2023: about three times the dense compute and 3.35 TB/s of memory bandwidth. Faster cards change which plans are possible, not which trade-offs exist.",
  tokens:
    "The pieces of text a language model reads and writes, roughly three quarters of an English word each. Training data, context windows and prices are all counted in them.",
  scalingLaw:
    "A fitted formula that predicts a model's loss from its size and the data it sees. It lets a team run cheap small experiments and forecast an expensive big one before paying for it.",
  chinchilla:
    "DeepMind's 2022 study showing that, for a fixed compute budget, models should be smaller and trained on far more data than GPT-3 was, about 20 tokens per parameter. Its 70B model beat much larger ones by reading 1.4 trillion tokens.",
  moe: "A Mixture-of-Experts model splits its feed-forward layers into many 'experts' and routes each token through only a few of them. It stores a huge number of parameters but spends compute on only the active ones for each token.",
  mqa: "Multi-query attention lets all attention heads share a single set of keys and values. It shrinks the KV cache many times over, so far more conversations fit on a GPU, at a small cost in quality.",
  gqa: "Grouped-query attention is the middle road between full multi-head attention and MQA: heads share keys and values in small groups. It keeps most of the quality and most of the memory savings.",
  kvCache:
    "While generating, a transformer keeps the keys and values of every earlier token so it does not recompute them. That cache grows with context length and with every conversation served at once, and it is often what fills a GPU's memory.",
  flashAttention:
    "An exact attention algorithm (Dao et al., 2022) that works in tiles so the full attention matrix never has to be written to GPU memory. It saves memory and time, and matters most for long contexts.",
  speculativeDecoding:
    "A small, cheap draft model guesses several next tokens and the big model checks them all in one pass, keeping the ones it agrees with. Done exactly, the output is unchanged and generation is two to three times faster.",
  continuousBatching:
    "Instead of waiting for a whole batch of requests to finish, the server swaps finished sequences out and new ones in at every step. The GPU stays busy, and throughput rises many times over static batching.",
  pipelineBubble:
    "When a model is split into stages across GPUs, the first and last stages sit idle while a batch fills and drains the pipeline. With p stages and m micro-batches the idle share of a step is (p − 1)/(m + p − 1).",
  tensorParallelism:
    "Splitting each layer's matrices across several GPUs that compute their parts together. It needs a lot of fast communication, so it stays inside one server's NVLink-connected GPUs.",
  mfu: "Model FLOPs utilisation: the share of the GPUs' peak arithmetic that actually goes into the model's maths. Bubbles, communication, failures and restarts all eat it; big runs land between about 30% and 55%.",
  zero: "A family of techniques that shard optimiser state, gradients and finally the weights themselves across data-parallel GPUs instead of copying them everywhere. Mixed-precision Adam needs about 16 bytes per parameter before any sharding.",
  epoch:
    "One full pass over a dataset. Repeating data is nearly as good as fresh data for about four epochs, and then each repetition is worth less and less.",
  quantisation:
    "Storing a model's weights in fewer bits, such as 8 or 4 instead of 16. The model takes less memory and reads faster, which makes serving cheaper; pushed too far, quality suffers.",
  rlhf: "Reinforcement learning from human feedback: people rank a model's answers, a reward model learns their preferences, and the model is tuned to score well on it. It is how a raw text predictor becomes a helpful assistant.",
  sft: "Supervised fine-tuning: training a pre-trained model further on examples of the behaviour you want, such as written answers to instructions. It usually comes before RLHF.",
};

export const glossaryText = messages("glossary", glossaryEn);
