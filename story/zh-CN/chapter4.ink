// 第四章：两难（2022 年 2 月到 6 月）。
// 稀疏混合专家，Chinchilla 老兵带来的数据墙，Whisper 把世界上的音频变成文字，
// 以及按 DALL-E 的办法读图。

=== chapter4 ===
新同事二月底到岗，带着一个箱子、一台笔记本，和一张图。 # chapter: 4 两难 # music: calm # event: chinchilla_hire
他叫 Henrik Aalto，来自做 Chinchilla 论文的那个团队——就是那篇大家接下来要花一年跟它吵、然后又悄悄认了的论文。高个子，冷静，是那种芬兰式的冷静：沉默本身就是一个完整的句子。 # glossary: Chinchilla
每次开会他都画同一张图：loss 对算力，每种模型尺寸一条曲线。任何预算都有一个最佳尺寸，比 GPT-3 教我们以为的小得多，每个参数大约读二十个 token。按这个规矩，GPT-3 是个把大半课程都翘掉了的巨人。
-> welcome

= welcome
{
- after_curves == "dense":
    Dana 把他安排在我隔壁的工位。“你想要一个稠密巨人，”她跟我说，“他会告诉你为什么要不起。你俩的话都听着。”
- after_curves == "sparse":
    Dana 把他安排在我隔壁的工位。“你在写稀疏模型的方案，”她说，“他会告诉你它们得吃多少东西。”
- else:
    Dana 把他安排在我隔壁的工位，我怀疑这是故意的：操心推理的人，挨着操心数据的人。
}

* [请他吃午饭，主要听他说]
    ~ henrik_welcome = "lunch"
    ~ trust_henrik++
    ~ thrift++
    我请他吃午饭，只问了一个问题：做 Chinchilla 那段时间，他学到的哪些东西没写进论文？
    他想了将近一分钟。“参数是好搞的那个数，”他说，“token 是难搞的那个数，因为得有人先把它们写出来。过了某个尺寸，问题就不再是你有多少卡，而是人类一共写了多少书。”他吃了几口沙拉。“结果发现，没那么多。”
* [给他看我们的 scaling 曲线，请他挑毛病]
    ~ henrik_welcome = "curves"
    ~ trust_henrik++
    他上班第一天早上，我就打开笔记本，给他看 3.5 的那些曲线。“你说说，它们哪儿不对。”
    他看了很久。“它们没什么不对，”他说，“只是回答的是另一个问题。它们告诉你模型变大时 loss 怎么降，前提是数据也跟着变多。数据从哪儿来？”他用铅笔在我那张图的最右边画了一堵小墙，然后什么也没再说。也不用再说了。
* [客客气气地告诉他：我们有整个 GitHub，还有大量网页]
    ~ henrik_welcome = "github"
    ~ data_debt++
    “我们的处境比当年的 DeepMind 好，”我说，本意是友善的，“我们有整个 GitHub，一个巨大的网页爬取库，还有好几年的过滤积累。数据不是我们的瓶颈。”
    Henrik 慢慢点头，就像听小孩解释月亮为什么一直跟着车走时那样点头。“我们来数一数，”他说，“一起数。今天下午。”我们数了。到下午五点，我再也不这么说了。
-
-> sparse

= sparse
与此同时，我那份稀疏模型的方案变成了一个每周四的读书会，读的大多是 Google 的论文：专家众多的混合专家（Mixture-of-Experts）模型，用小得多的模型的开销，报出大得多的稠密模型的质量。 # glossary: Mixture-of-Experts
把每个前馈层换成一大群专家，前面放一个路由器；每个 token 只拜访其中一两个，其余的一概不理。巨人的学识，侏儒的计算量。这张示意图没画出来的是：路由会塌缩到几个宠儿身上，训练会变得不稳定，推理时每个专家都得待在显存里干等着。

* [力挺它：这就是我们要的那个更大、跑起来又更便宜的模型]
    ~ moe_stance = "champion"
    ~ thrift++
    不到一个月，我就成了读书会里最不含蓄的那个人。每份 PPT 里我都塞同一页：同等质量下，稠密模型和稀疏模型每个 token 的计算量对比。差距巨大，恰好就是 Dana 板上那两个词之间的距离。
    Dana 由着我。“总得有人在它成功之前就相信它，”她说，“只要确保另有人在想办法把它搞垮。”
* [唱反调：路由不稳定和推理显存会把收益吃光]
    ~ moe_stance = "sceptic"
    ~ hubris++
    总得有人唱反调，我自告奋勇。稠密模型无聊又可预测；我们会的每一招都是在它身上学来的。稀疏模型需要一整套新技术栈，新的故障模式，新的推理代码，而且就算算起来便宜，占起显存来照样是个庞然大物。
    “很好，”我把反对意见讲完，Dana 说，“现在告诉我，要解决这里每一条分别需要什么。”那张清单写到一半，我才意识到自己写出了一份计划。
* [问 Marcus 稀疏模型要怎么摆到集群上]
    ~ moe_stance = "infra"
    ~ trust_marcus++
    ~ thrift++
    我把这个问题带去找 Marcus，他在一张餐巾纸上画了出来。专家分散在各张卡上。token 每一层都要在它们之间飞两趟，一趟去找自己的专家，一趟回来。集群中间的网络突然要干一种它当初压根没按这个规格建的活。
    “能行，”他说，“但那样一来，网络就是你的模型。从第一天起就按这个来规划，不然就是它来规划你。”
-
-> the_wall

= the_wall
四月，Henrik 和 Suki 把家底数了一遍。所有爬取的网页，整个 GitHub，论文，去年十月幸存下来的书：我们知道去哪儿找的高质量文本，已经全在她的架子上了。没有第二座图书馆。
而我们的曲线想要的那个模型，按 Chinchilla 的规矩，需要的 token 是这个的好多倍。“你可以把它造出来，”Henrik 说，“但它不会比一个小一些的模型多学到多少。没有更多数据的大模型，就是同一个水龙头底下换了个更大的桶。”

* [那就重复读：好文本读两遍、三遍、四遍]
    ~ wall_answer = "repeat"
    ~ data_debt++
    “那就读不止一遍，”我说，“书我们本来就在重复读。所有东西读两遍，代码读四遍。”
    出乎我意料，Henrik 点了头。“重复是有用的，”他说，“在一段时间内有用。大约四个 epoch 以内，重复的文本几乎和新文本一样好。再往后，每一遍的价值越来越低，然后几乎一文不值，再然后模型就开始背书，而不是从书里学东西。”他把衰减曲线画了出来。“它能给你换来一年，换不来未来。” # glossary: epochs
* [那就去找还没被写下来的文本]
    ~ wall_answer = "new_text"
    ~ thrift++
    ~ trust_henrik++
    “那我们就需要还不是文本的文本，”我说，“每一档播客，每一堂讲座，每一本有声书。人们在互联网上说了二十年的话，大部分从来没人记下来。”
    Henrik 看我的那个表情，我后来才知道，在他那儿已经算是喜形于色了：一边眉毛抬高了一毫米。“对，”他说，“就是这个。”
* [那就把模型做小，训得更久]
    ~ wall_answer = "shrink"
    ~ trust_henrik++
    “那模型就该小一点，”我说，“按我们手头的数据做成 Chinchilla 的尺寸，好好训。”
    “这是正确答案，”Henrik 说，“只不过回答的问题这里没人在问。他们要的是飞跃，不是高效的一小步。”他说得对，这让我烦了一下午。按我们的数据定尺寸的模型，会是一个非常好的 3.5，而 3.5 我们已经有了。
-
-> whisper_idea

= whisper_idea
出路来自音频组。他们一年前被降了优先级，之后一直在角落里闷头干活。网上到处都是没人写下来的文本：播客，有声书，讲座，视频的音轨。收集海量音频，连同旁边那些粗糙的字幕，用这种弱监督训一个语音转文字模型，然后放它去转写你能找到的所有音频。他们连名字都起好了：Whisper。
“它要卡，”音频组的负责人说，“按你们的标准，不算多。”更难的问题是：我们被允许转写什么。

* [只用明确允许使用的音频：公有领域、有授权的、公开发布的]
    ~ scrape_quietly = false
    ~ thrift++
    “只用我们站得住脚的，”我说，“公开给所有人的讲座，有授权的音频库，公有领域的录音。量少一些，但没有一条会回头咬我们一口。” # decide: audio_rights defensible
    {kept_ledger:Suki 在 provenance_FINAL_v7 里加了一个叫 AUDIO 的标签页，会还没开完就开始往里填了。|Suki 挑起一边眉毛。“从十月到现在，你的原则变严了啊。”她说。我假装没听见。}
* [能够得着的全部转写，版权以后再说]
    ~ scrape_quietly = true
    ~ legal_heat++
    “全部，”我说，“只要网上公开，我们就转写。版权问题是真问题，但那是明年的问题。” # decide: audio_rights everything
    音频组负责人把这句话记了下来。桌子对面的 Suki 也记了下来，记在另一个本子上。我不太确定自己想不想知道为什么。
-
-> fund_whisper

= fund_whisper
Whisper 要卡，而卡只有一个来处，还是老地方那个池子。集群里研究那一块得变大，不然音频组就得等。
研究得有它的份额，Whisper 也得在研究清单上占一行，不然音频组就只能接着等。 # hint: 给研究分配 GPU，并在研究视图里资助 Whisper：只有资助了它、它需要的 GPU·月也都跑完，Whisper 才会存在。API 仍然需要推理。 # screen: fleet
研究拿到 {sim_fmt("fleet.research_gpus")}；API 保留 {sim_fmt("fleet.serving_gpus")}；{sim_fmt("fleet.training_gpus")} 留给预训练，为接下来的实验做准备。
{
- sim_num("research.whisper.funded") < 1:
    ~ whisper_pitch = "starved"
    ~ data_debt++
    这个季度，Whisper 不在研究清单上。音频组默默接受了这个消息，回到了他们的角落。Henrik 看看日历，又看看他的图，把那堵墙往近处挪了一点。
- else:
    ~ whisper_pitch = "funded"
    ~ thrift++
    Whisper 上了研究清单。音频组负责人给我发了一张任务队列的截图，一年来第一次排满了，配文是三种语言的“谢谢”，其中一种可能是他们自己编的。{sim_num("research.whisper.progress") > 0:Whisper 已经走完了 {sim_fmt("research.whisper.progress")}|Whisper 从零开始}，剩下的就看它能跟别人分到多少研究卡了。
}
-> images

= images
春天在实验里过去了。 # advance: 2022-05
{
- sim_num("research.whisper.done") >= 1:
    到了晚春，Whisper 能用了。不算完美：有一周它总把“Chinchilla”听成“chin chiller”（下巴降温器），Henrik 坚决不觉得这好笑。但它转写播客和讲座已经够好，读起来就像人们真正说的话，Suki 的架子上多了一层。
- sim_num("research.whisper.funded") >= 1:
    到了晚春，Whisper {sim_num("research.whisper.progress") > 0:训练完成了 {sim_fmt("research.whisper.progress")}|拿到了资助，却一直没分到卡来训练}，还没好到能放心把谁的播客交给它。Suki 还是给它腾出了一层架子，那层一直空着。
- else:
    到了晚春，Whisper 还只是音频组角落里的一个想法：没人给它卡。世界上的播客和讲座依旧没被写下来，Suki 的架子还是原来那几层。
}
声音变成了文字，下一个问题就是画面：几十亿张带说明文字的图片，还有视频，两样都占。数据墙上的又一扇门。
提议是：按 DALL-E 团队摸索出来的办法让模型读图，把每张图切成小块，每一块都变成类似 token 的东西，跟文字一起读。 # glossary: token

* [把图文数据写进下一个模型的计划]
    ~ images_in = true
    ~ thrift++
    “放进去，”我说，“不当主菜。但如果下一个模型能看懂一张图表，那顶得上好多好多描述图表的文字 token。”
    Dana 同意了，附带一个条件：先文字，后图片。主训练只用文字；等文字模型有了，图片再以继续训练的方式加进来。
* [下一个模型只做文字；图片是另一个项目]
    ~ images_in = false
    ~ trust_dana++
    “一次只啃一块硬骨头，”我说，“稀疏模型，新技术栈，新数据配比。再加一个新模态，就是第四块硬骨头了。”
    Dana 点点头。“先文字，”她说，“但得有人把图片数据捂热乎了。上线第二天我们就会想要它。”
-
-> data_again

= data_again
{sim_num("research.whisper.done") >= 1:Suki 把新的那层架子也算进去，重新做了配比：每一层我们能用的架子，包括转写出来的音频，图文对则留着以后用。我入职以来第一次，可用的不重复 token 数往上走了，而不是原地打转。|Suki 用手头有的东西重新做了配比：每一层我们能用的架子，图文对留着以后用。没有 Whisper，可用的不重复 token 数又一次原地打转。}
{
- wall_answer == "repeat":
    照我四月说的，她让一切都读两个大 epoch：文字两遍，代码四遍。 # decide: data_mix two_big_epochs
- else:
    所有东西过一遍，代码过两遍。 # decide: data_mix big_epoch
}
我在屏幕上打开她的配比，epoch 数什么的一应俱全。 # hint: 为下一个模型修订数据配比：每个数据源用多少，各自值得读几个 epoch。 # screen: data # glossary: epochs
新配比：不重复 token {sim_fmt("plan.data.unique_tokens")}，总共读 {sim_fmt("plan.data.seen_tokens")}，等效 {sim_fmt("plan.data.effective_tokens")}。版权风险：{sim_fmt("plan.data.licence_risk")}。
{
- sim_num("band.licence_risk") >= 2:
    ~ legal_heat++
    风险表比十月时还要红。{scrape_quietly:我们没打招呼就转写的所有东西都在里面，跟那几层没贴标签的架子挨着。|这份配比里的某个地方，有一层没贴标签的架子，我知道是哪一层。}
- else:
    {scrape_quietly:考虑到我们收音频的方式，这张表对我客气得有点过分了。表只知道你告诉它的东西。|表一直停在 Suki 所说的“无聊”区间里。}
}
{
- sim_num("plan.data.effective_tokens") > sim_num("plan.data.unique_tokens") * 2:
    Henrik 研究了一下有效 token 和不重复 token 的比例，表示认可：好文本我们读了好几遍，而它依然值得上新文本的大半价值。
- else:
    Henrik 研究了一下有效 token 和不重复 token 的比例，又看了看 scaling 曲线想要的模型尺寸，再看回 token。他什么也没说。他画了那堵墙。
}
-> whiteboard_summary

= whiteboard_summary
六月底，Dana 要我给她一块白板：把我眼里的两难，写成她能拿到楼上去的样子。 # advance: 2022-06
{
- moe_stance == "champion":
    四个月来，我一直是读书会里为稀疏模型喊得最响的那个，Dana 心里有数。“别放你那页 PPT，”她说，“要整个两难。公平地写。”
- moe_stance == "sceptic":
    四个月来，我一直是稀疏模型的官方反对派。“反对的理由要是还站得住，就把它写上，”Dana 说，“要是站不住了，就写支持的理由。”
- else:
    Marcus 那张专家散布在网络上的餐巾纸草图，还钉在我工位上方。“把网络写进去，”Dana 说，“大家总忘了网络。”
}
曲线说要更大。Henrik 说没有更多数据，更大毫无意义。{sim_num("research.whisper.done") >= 1:Whisper 给了我们更多，但不是无限。|Whisper 没做完，眼下什么也给不了我们。}Marcus 说它必须能上线服务。Google 说，稀疏就是同时做到又大又便宜的办法——前提是你能把它训起来。

* [写下“稀疏专家，加上我们能找到的每一个 token”]
    ~ whiteboard = "moe_data"
    ~ thrift++
    我把它写在白板正中：“一个稀疏模型，尺寸按我们能找到的数据来定，再加上 Whisper 带来的每一个新 token。”下面用小字写着：押上整个集群之前，先从头为稀疏模型重新推一遍 scaling law。 # decide: model moe_conservative
    Dana 拍了张照。“这就是计划，”她说，“现在让它成真。”
* [写下“集群能训的最大稠密模型”]
    ~ whiteboard = "dense_big"
    ~ hubris++
    ~ data_debt++
    我写下：“我们能训出来的最大稠密模型。稠密模型的脾气我们摸得透。”下面列了一串推理问题会自行解决的理由。 # decide: model dense_giant
    Dana 把那串理由读了两遍。“这是人人都听得懂的计划，”她说，“所以我知道，它就是我们负担不起的那个。”她还是把它拿上了楼，跟 Henrik 的版本放在一起。
* [写下“更小的模型，训得更久，尺寸老老实实”]
    ~ whiteboard = "small_long"
    ~ trust_henrik++
    我写下：“按数据定模型尺寸。训得更久。别许数据兑现不了的飞跃。” # decide: model dense_sized
    Henrik 路过，停下来读了一遍，点点头。Dana 读完叹了口气。“正确，”她说，“也是楼上谁都不想听的话。我把它当底线带上去，不当天花板。” # page
-
-> chapter5
