// Chapter 6: Interlude: ChatGPT (November 2022 to January 2023).
// SFT and RLHF, InstructGPT, multi-turn data, a chat demo, a public release,
// and demand nobody planned for: borrowed compute and a quantised model.
// Simplified Chinese translation: prose only; the structure matches ../chapter6.ink.

=== chapter6 ===
预训练组还在盯着 loss 曲线发呆的时候，对齐组一直在做一件更安静的事。 # chapter: 6 插曲：ChatGPT # music: calm # advance: 2022-11
Ruth 的组把整套配方跑通了：先预训练，再拿人写的示范做监督微调（SFT），最后上 RLHF——标注员给回答排序，模型学他们的口味。API 的客户总爱直接敲指令，懒得琢磨什么巧妙的 prompt，于是这套配方变成了 InstructGPT：一条指令，一个回答。不是对话。 # glossary: RLHF
于是他们开始收集对话：标注员写下整段多轮交流，连追问和纠错一起打分排序，再用 InstructGPT 的方法在这些数据上调出另一个模型。{lunch_table == "alignment":Ruth 在走廊里拦住我，离那第一顿午饭已经过去十四个月。“还记得那些标注员吗？”她说，“来看看他们做出了什么。”|Ruth 在走廊里拦住我。“你是搞预训练的，”她说，“来看看你的基座模型学会礼貌以后是什么样。”}
-> the_demo

= the_demo
Demo 是一个聊天窗口，它记得你说过什么。

* [让它给十岁小孩讲讲流水线气泡]
    ~ chat_test = "bubble"
    ~ trust_ruth++
    我让它给一个十岁小孩解释流水线气泡（pipeline bubble）。它讲了一个洗车房：第一辆车前面没车要等，最后一辆车后面没车跟着，所以两头的刷子每一轮都有一段时间在对着空气转。我追问了一句。它接着用洗车房讲。我在聚会上介绍自己的工作，讲得还不如它。 # glossary: pipeline bubble
* [想办法把它搞崩]
    ~ chat_test = "break"
    ~ trust_ruth++
    我花了一个小时想把它搞崩：自相矛盾、脑筋急转弯、一道带错字的数学题。它当然崩了，还崩了好几次。可每次我指出错误，它都会认，然后改，对话接着往下走。Ruth 看着我记笔记。“你测的不是模型，”她说，“你测的是交互。新就新在这部分。”
* [问它中午去哪吃]
    ~ chat_test = "lunch"
    我问它中午去哪吃。它不知道我在哪儿，老实说了，又问我爱吃什么，然后信心满满地推荐了一家好几年前就关门的餐厅。我让它别那么自信。它很有风度地道了歉，然后推荐了同一家餐厅，只是没那么自信了。我这才意识到，它是我头一个纯粹为了好玩去跟它抬杠的软件。
-
他们给它起名叫 ChatGPT，因为你是跟它聊天（chat）的。Mira Murati 试了试，很喜欢，要求公开发布。十一月底，它以研究预览版的身份上线，配了一篇博客，没搞任何声势，然后我们各自回去干正事。 # event: chatgpt_launch
-> famous

= famous
两天后，Twitter 炸了。一周后，公司里没人再聊别的。 # advance: 2022-12 # music: tense # sfx: viral
到圣诞节，ChatGPT 的用户数达到 {sim_fmt("world.chatgpt_users")}，而用户发来的请求，我们只接住了 {sim_fmt("world.demand_served_share")}。
大家用各种语言跟它聊，其中有些它几乎没怎么训过。推理算力一次次冲破所有预测，Marcus 的手机摸上去都是烫的。一场全员大会开得又是笑又是不敢相信，最后的共识很短：我们火了。
有那么一个小时，我实现了财务自由。我在脑子里把期权花了三遍：一套看得见海湾的房子，一年假期，再加一座肯定会被我经营垮的葡萄园。直到我想起来，我是搞预训练的，而全世界爱上的那个东西，是对齐组在我的 loss 曲线上搭出来的一个聊天窗口。
第二个诱惑更糟：梭哈。所有的卡、所有的晚上、存款里的每一块钱，全押在这一件事上，理由是闪电劈中过你一次，就欠你第二次。
{
- sim_num("run.active") >= 1:
    Dana 没在笑。GPT-4 的训练{sim_num("run.training_progress") > 0:已经完成 {sim_fmt("run.training_progress")}|还在等卡开跑}，而它和 ChatGPT 抢的是同一批 GPU。
- sim_num("jobs.open") >= 1 && sim_num("jobs.alignment.progress") > 0:
    Dana 没在笑。GPT-4 的预训练是训完了，可它还不是产品：对齐和评测完成了 {sim_fmt("jobs.alignment.progress")}，多模态训练完成了 {sim_fmt("jobs.multimodal.progress")}，32k 微调完成了 {sim_fmt("jobs.long_context.progress")}。这些全都跑在训练用的卡上，而 ChatGPT 要的正是这些卡。
- sim_num("jobs.open") >= 1:
    Dana 没在笑。GPT-4 刚训完预训练，让它变成产品的那些活一样都还没开始：对齐和评测、多模态训练、32k 微调。这些全都要跑在训练用的卡上，而 ChatGPT 要的正是这些卡。
- sim_num("model.gpt4.trained") >= 1:
    Dana 没在笑。GPT-4 训完了，后训练也做完了；ChatGPT 现在能从它那儿抢走的，只剩发布团队的睡眠。不过 GPU 还是那些 GPU。
- else:
    Dana 没在笑。GPT-4 根本没在训，而我们的每一张 GPU 都有两拨人在抢：ChatGPT，和下一次尝试。
}

* [站在 ChatGPT 用户这边：产品被挤崩，比模型晚到代价更大]
    -> side_users
* [站在 GPT-4 训练这边：ChatGPT 只是个 demo，GPT-4 才是公司的命]
    -> side_run
* [直说集群太小，找合作方要更多卡]
    -> side_borrow

= side_users
~ chatgpt_side = "users"
~ trust_marcus++
~ thrift++
“先服务他们，”我跟 Dana 说，“几百万人这是第一次认识我们。要是他们看到的第一样东西是报错页面，那我们在他们眼里就是个报错页面。” # decide: fleet_split serve_demand
Dana 盯着{sim_num("run.active") >= 1:训练的进度条|{sim_num("jobs.open") >= 1:GPT-4 那几项没做完的活的进度条|下一次尝试的方案}}看了很久。“你给他们的每一张卡，都是 GPT-4 的一天，”她说，“给几天，你来定。”她不是在征求我的同意。她是把滑块交到了我手里。
-> fleet_under_fire

= side_run
~ chatgpt_side = "run"
~ starve++
~ hubris++
“护住训练，”我说，“ChatGPT 是个搭在 3.5 上的 demo。GPT-4 才是一年以后还会有人在乎我们的理由。”
Marcus 站在门口，半天没说话。然后：“demo 背后可不会排着付费客户。这个现在有了。”我还没来得及回嘴，他就走了，我由此知道他是真生气了。
-> fleet_under_fire

= side_borrow
~ chatgpt_side = "borrow"
~ trust_dana++
“两边都有理，问题是集群太小，”我说，“找合作方要更多 GPU，同时把 ChatGPT 每个回答的成本压下来。”
Dana 已经在打字了。“我昨天就问了，”她说，“他们在想办法凑。这期间，先把手上的分一分。”
-> fleet_under_fire

= fleet_under_fire
怎么分，交给集群界面，ChatGPT 的需求就摆在上面。 # hint: 顶着 ChatGPT 的需求，把集群分给推理、GPT-4 的工作和研究。每一张 GPU 只能出现在一栏里。 # screen: fleet
{
- sim_num("run.active") >= 1:
    推理分到 {sim_fmt("fleet.serving_gpus")}；GPT-4 的训练留下 {sim_fmt("fleet.training_gpus")}。这么分，我们能接住 {sim_fmt("world.demand_served_share")} 的需求，而训练{sim_num("run.training_progress") > 0:已经完成 {sim_fmt("run.training_progress")}|还没有任何进展}。
- sim_num("jobs.open") >= 1:
    推理分到 {sim_fmt("fleet.serving_gpus")}；GPT-4 没做完的那些活留下 {sim_fmt("fleet.training_gpus")}。这么分，我们能接住 {sim_fmt("world.demand_served_share")} 的需求，而对齐——唯一一项定了发布日期的活——{sim_num("jobs.alignment.progress") > 0:已经完成 {sim_fmt("jobs.alignment.progress")}|还没开始}。
- else:
    推理分到 {sim_fmt("fleet.serving_gpus")}；训练留下 {sim_fmt("fleet.training_gpus")}。这么分，我们能接住 {sim_fmt("world.demand_served_share")} 的需求。
}
{
- sim_num("band.demand_served") >= 5:
    每个请求都接住了。一个月来，Marcus 的手机头一回凉了下来。{sim_num("run.active") >= 1 || sim_num("jobs.open") >= 1:与此同时，GPT-4 的活只能用剩下的卡跑，进度条挪得像邮局排队。|训练拿剩下的，难得这回没人争。}
- sim_num("band.demand_served") < 1:
    ~ starve++
    “满载中”的页面成了梗图。有人还把它写成了一首诗。Marcus 把诗打印出来，钉在显示器上，这是我见过的人拿一首诗干过的最愤怒的事。
- sim_num("band.demand_served") < 4:
    每到晚上美国和欧洲的时间重叠，队列就变长，到了深夜再缩回去。谁都不满意，Dana 说，这就说明分得公平。
- else:
    ChatGPT 稳住了。没人注意到，而在基础设施这行，这就是成功的样子。{sim_num("run.active") >= 1 || sim_num("jobs.open") >= 1:与此同时，GPT-4 的活慢了下来，只能按剩下那点卡的速度走。|其他所有事都只能按剩下那点卡的速度走。}
}
-> two_fixes

= two_fixes
一月，两项补救同时排上了日程。微软爸爸——基础设施频道里大家这么叫雷德蒙德那位合作伙伴，语气里带着刚拿到家里车钥匙的青少年的那种感激——借给我们一批 GPU；ChatGPT 的模型也做了量化：权重用 8 bit 而不是 16 bit 来存，于是每份副本只占一半显存，读起来快一倍。 # event: borrow_compute # event: quantise_chatgpt # advance: 2023-01 # glossary: quantised
集群现在是 {sim_fmt("fleet.total_gpus")}，服务能接住 {sim_fmt("world.demand_served_share")} 的需求。

* [亲手接下量化，慢慢做：每一步之前都先评测]
    ~ quant_job = "careful"
    ~ thrift++
    我接下了量化。每一层都拿去和 fp16 模型对照，覆盖我们能评测的每一种语言。有两层到了 8 bit 就不老实，那就让它们留在 16 bit。比所有人希望的多花了一周，但上线的模型经得起测：还是同一个模型，只是更便宜。这句话以后对我会很重要。 # decide: learned quantisation
* [今晚就上线量化模型，在生产环境里评测]
    ~ quant_job = "fast"
    ~ nerf++
    “今晚就上，”我说，“用户就是评测集。”量化模型当晚上线。大体没问题。有几个人发现它用日语算算术变差了一点，其中一位还为此写了一长串推文，我们全体拉上百叶窗读完了。
* [留在 GPT-4 训练上，量化交给推理组]
    ~ quant_job = "none"
    ~ hubris++
    我留在训练上。大家都盯着流量图的时候，总得有人盯着 loss 曲线。推理组没有我也把模型量化了。一切顺利。那个月我在量化上什么都没学到，到了春天，这笔账要还。
-
-> lesson

= lesson
{
- chat_test == "bubble":
    一天晚上，办公室里只剩我和 Ruth。我告诉她，那个洗车房的比喻现在进了三份内部培训 PPT，都没署名。
- chat_test == "break":
    一天晚上，办公室里只剩我和 Ruth。她给我看：我那一小时的搞崩尝试，现在成了她组里测试集的一页，我最损的那道刁钻题排在最上面。
- else:
    一天晚上，办公室里只剩我和 Ruth。她告诉我，那家关了门的餐厅在标注员中间成了一个经久不衰的梗，也成了一条测试用例。
} ChatGPT 背后的技术，在世界看到之前，已经在公司里躺了半年。基座模型是 3.5。方法是 InstructGPT 那一套。变的是数据——对话，而不是单条指令——还有界面：一个聊天框。

* [“所以突破在数据和界面，不在模型。”]
    ~ chat_lesson = "interface"
    ~ trust_ruth++
    “跟机器人组那回是同一个教训，”我说，“数据说了算。只不过这次的数据是几千段精心打磨的对话，而不是一万亿个 token。”
    “还有我们和标注员之间攒下的大把信任，”Ruth 说，“这个也不会有人写进历史书。”
* [“我们运气好。”]
    ~ chat_lesson = "luck"
    “我们运气好，”我说，“对的模型，对的时机。”
    “我们是先有准备，”Ruth 说，“然后才运气好。这两样不是一回事，而且只有一样能复制。”
* [“等他们看到 GPT-4 再说。”]
    ~ chat_lesson = "scale"
    ~ hubris++
    “等他们看到 GPT-4 再说，”我说。
    Ruth 笑了。“问题就在这儿，”她说，“现在他们也在等了。” # page
-
-> chapter7
