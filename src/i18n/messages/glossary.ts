/**
 * The glossary's definitions (src/story/glossary.ts), two sentences each: what the term is, and
 * why Andy cares. The English table is the glossary as written; the Chinese one is written for a
 * Chinese engineer, with the terms the Chinese story uses (token, epoch, KV cache, 投机解码...).
 */
import { messages } from "..";

export const glossaryText = messages("glossary", {
  en: {
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
  },
  "zh-CN": {
    a100: "NVIDIA 2020 年的数据中心 GPU：每秒 312 万亿次稠密 bf16 运算，集群用的这一版配 80 GB 高速显存。前沿模型的训练，就是几万张这样的卡连在一起跑出来的。",
    h100: "A100 的继任者，2023 年开始大批到货：稠密算力约为前者的三倍，显存带宽 3.35 TB/s。卡快了，能做的方案变了，要做的取舍一样也没少。",
    tokens:
      "语言模型读写文本的基本单位，一个 token 大约相当于四分之三个英文单词。训练数据、上下文窗口和价格，都按 token 来算。",
    scalingLaw:
      "一个拟合出来的公式，根据模型的大小和读过的数据量预测它的 loss。有了它，团队可以先跑便宜的小实验，在花大钱之前预估一次昂贵的大训练。",
    chinchilla:
      "DeepMind 2022 年的研究：算力预算固定时，模型应该比 GPT-3 小，训练数据则要多得多，大约每个参数 20 个 token。它的 70B 模型读了 1.4 万亿 token，赢过了大得多的模型。",
    moe: "混合专家（Mixture-of-Experts）模型把前馈层拆成许多“专家”，每个 token 只路由到其中少数几个。它存着海量参数，每个 token 的算力却只花在被激活的那几个专家上。",
    mqa: "Multi-query attention（多查询注意力）让所有注意力头共用同一套 key 和 value。KV cache 因此缩小好几倍，一张 GPU 能同时装下的对话多得多，质量只损失一点。",
    gqa: "Grouped-query attention（分组查询注意力）介于完整的多头注意力和 MQA 之间：注意力头按小组共用 key 和 value。质量保住了大半，显存也省下了大半。",
    kvCache:
      "生成时，Transformer 会把之前每个 token 的 key 和 value 存下来，免得重算。这份缓存随上下文长度和同时服务的对话数一起增长，GPU 显存往往就是被它占满的。",
    flashAttention:
      "一种精确的注意力算法（Dao 等，2022），分块计算，完整的注意力矩阵从头到尾不必写进显存。它既省显存又省时间，上下文越长，作用越大。",
    speculativeDecoding:
      "一个又小又便宜的草稿模型先猜出后面几个 token，大模型一次前向把它们全部验一遍，认同的留下。严格按规矩验，输出一字不差，生成快两到三倍。",
    continuousBatching:
      "服务端不等一整批请求全部答完，而是每一步都把答完的序列换出去、把新的换进来。GPU 一直有活干，吞吐量比静态批处理高出好几倍。",
    pipelineBubble:
      "模型切成几个阶段分到多张 GPU 上，一个 batch 灌满和排空流水线的时候，首尾的阶段只能干等。有 p 个阶段、m 个 micro-batch 时，每一步里空闲的占比是 (p − 1)/(m + p − 1)。",
    tensorParallelism:
      "把每一层的矩阵切开，分给几张 GPU 各算一部分、协同完成。它需要大量高速通信，所以只在一台服务器内部、NVLink 连着的那几张卡之间做。",
    mfu: "模型 FLOPs 利用率：GPU 峰值算力里真正花在模型计算上的比例。流水线气泡、通信、故障和重启都在吃它；大规模训练一般落在 30% 到 55% 之间。",
    zero: "一组技术：把优化器状态、梯度，最后连权重本身，都切分到各张数据并行的 GPU 上，而不是每张卡各存一份。混合精度 Adam 在切分之前，每个参数大约要占 16 字节。",
    epoch:
      "把数据集完整读一遍。大约四个 epoch 以内，重复的数据几乎和新数据一样好；再往后，每多重复一遍，价值就低一截。",
    quantisation:
      "用更少的位数存模型权重，比如用 8 bit 或 4 bit，而不是 16 bit。模型占的显存更少、读得更快，推理服务因此更便宜；压得太狠，质量就会掉。",
    rlhf: "基于人类反馈的强化学习：人给模型的回答排序，奖励模型学会他们的偏好，再把模型调到能在奖励模型上拿高分。一个原始的文本预测器，就是这样变成好用的助手的。",
    sft: "监督微调：拿你想要的行为示范，比如针对指令写好的回答，继续训练一个预训练好的模型。它通常排在 RLHF 之前。",
  },
});
