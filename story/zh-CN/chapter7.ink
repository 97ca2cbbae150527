// Chapter 7: The GPT-4 launch (February to April 2023).
// March as a deadline, multimodality as a demo, batching, continuous
// batching, quantisation deferred, speculative decoding, the launch itself,
// and the compute shortage that keeps 32k and images in the drawer.

=== chapter7 ===
到了二月，全世界都知道 ChatGPT 跑在一个 3.5 的基座模型上，全世界也都在问同一个问题：那 GPT-4 呢？压力只花了一周，就从对齐组那层楼搬到了我们这层。 # chapter: 7 GPT-4 发布 # music: tense # advance: 2023-02
{
- chatgpt_side == "run":
    十二月我还在说，GPT-4 才是公司的命根子，ChatGPT 不过是个 demo。没人拿这句话来提醒我。也用不着。
- chatgpt_side == "users":
    十二月我站在 ChatGPT 的用户那边，没站训练那边。现在轮到训练来扛这些用户的期待了，而我当时让出去的那些天，正是我们现在缺的。
- else:
    从合作方那儿借来的卡还在嗡嗡地转，谁都知道那是借给 ChatGPT 的，不是借给我们的。
}
Dana 给组里发的消息只有两行：“GPT-4 三月上线。它得是大家想象中的那个样子。”
{
- sim_num("model.gpt4.trained") >= 1 && sim_num("jobs.alignment.done") >= 1:
    模型在了，训完了，也对齐完了。剩下的活儿：让它能用，而且用得起。
- sim_num("model.gpt4.trained") >= 1:
    模型在了；对齐和评测{sim_num("jobs.alignment.progress") > 0:完成了 {sim_fmt("jobs.alignment.progress")}|连头都还没开}，而这个月每一张拿去伺候 ChatGPT 的 GPU，都是它们分不到的。
- sim_num("run.active") >= 1:
    模型还没训完：{sim_num("run.training_progress") > 0:训练跑到了 {sim_fmt("run.training_progress")}|训练几乎没挪窝}，三月它训到哪儿，就按哪儿上线。
- else:
    这句话有个问题：我们手里没有 GPT-4。三月要上线的，是我们那几次训练剩下的东西，能打扮成什么样就打扮成什么样。
}
-> multimodal

= multimodal
{sim_num("jobs.multimodal.done") >= 1:多模态先上，但只是 demo，不是产品：文本模型只在图文数据上续训了 2T token，刚够在台上看懂一张手绘的网页草图、把代码写出来，演一次。|多模态本来要先上，当个 demo：在图文数据上续训 2T token。{sim_num("jobs.multimodal.progress") > 0:这轮训练的进度是 {sim_fmt("jobs.multimodal.progress")}。|这轮训练还没开始。}} # glossary: tokens

* {sim_num("jobs.multimodal.done") >= 1} [按原计划，就当个 demo]
    ~ multimodal_push = "demo"
    ~ trust_dana++
    {images_in:去年春天起一直替我们温着的那批图像数据，总算派上用场了。|我们当初是主动选了只做文本的；这个 demo 用的，是有人不死心、一直偷偷温着的那批图像数据。}“发布时是 demo，等伺候得起了再做成产品。”我说。Dana 点头。
* {sim_num("jobs.multimodal.done") >= 1} [干脆从发布里撤掉：一次只上一样新东西]
    ~ multimodal_push = "wait"
    ~ thrift++
    “撤了吧，”我说，“跑 demo 的每一张卡，都是没在给文本干活的卡。”Dana 对着那个舞台想了足足一分钟，然后同意了：只发文本，图像先锁进抽屉，等有卡伺候它们再说。
* {sim_num("jobs.multimodal.done") < 1} [只发文本：图像等它的训练跑完]
    ~ multimodal_push = "wait"
    “只发文本，”我说，“训了一半的 demo，演示的只会是它哪里还不行。”Dana 把图像 demo 从发布计划里划掉，在旁边写了两个字：“以后”。
-
-> serving_prep

= serving_prep
然后才是真活儿：把模型弄到能上线服务，3.5 和 ChatGPT 教给我们的东西，一样不落全用上。请求要攒成 batch，因为每解码一个 token，都得把所有激活的权重读一遍，一个 batch 能共用这一次读。连续批处理每一步都把答完的对话换出去、把新的换进来，不用干等最慢的那个回答。 # glossary: Continuous batching
然后是投机解码。有些文本很好猜：常见短语的后半截，一个收尾的括号。一个小小的草稿模型往前猜好几个 token；GPT-4 一次前向就把它们全验了，认同的留下，下一个自己写。严格按规矩验的话，答案一字不差，出得还快两三倍。 # glossary: speculative decoding

* [严格验证：只收 GPT-4 自己也会写的]
    ~ thrift++
    “严格验证，”我说，“草稿模型只负责省时间，永远不改答案。要是开始采纳草稿模型的意见，我们就是挂着 GPT-4 的牌子卖另一个模型。” # decide: speculative exact
* [放宽一点：差不多好的草稿也收]
    ~ nerf++
    “放宽一点，”我说，“草稿给的 token 要是 GPT-4 的第二选择，谁在乎？收得多，跑得快。” # decide: speculative lenient
    Ruth 本来是为别的事来开会的，她在乎。“单看一个回答，你发现不了，”她说，“几百万人看几百万个回答，就发现了。”
* [发布时不上投机解码：少一样东西出岔子]
    ~ hubris++
    “发布先不上，”我说，“推理链路里多一个模型，就多一个会挂的地方。”Marcus 算了算不用它得多花多少，然后用 GPU 的张数告诉我。很多很多张。 # decide: speculative off
-
量化，一月份救了 ChatGPT 一命的那一招，自然就是 GPT-4 下一个省钱的地方。 # glossary: Quantisation

* [发布就量化到 int8，ChatGPT 我们都这么干过]
    ~ nerf++
    “ChatGPT 我们一周就量化完了。”我说。{quant_job == "careful":然后我想起那一周是怎么过的：一层一层地抠，大半时间都在跑评测。}Dana 让我试。评测结果回来，大体没问题，又有那么一点怪，上线方案就改成了 8 bit。 # decide: gpt4_precision int8
* [量化得先做实验，发布之后再说]
    ~ thrift++
    “以后再说，”我说，“稀疏模型和稠密模型量化起来不是一回事，而第一印象我们只有一次机会。”Dana 同意。上线方案留在 16 bit，实验排进春天的待办清单。 # decide: gpt4_precision fp16
-
-> serving_lab

= serving_lab
发布方案送进了推理实验室，那几场会投出来的结果已经写在里面，KV cache 还等着定尺寸。 # hint: 设定发布方案：精度、批处理、KV cache 与上下文窗口，还有投机解码及其接受阈值。 # screen: serving # glossary: KV cache
{sim_num("plan.gpt4_serving.fits") >= 1 && sim_num("model.gpt4.trained") < 1:纸面上，这套发布方案伺候传闻中的那个设计，成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}；可我们自己并没有一个 GPT-4 能放到它后面。}
{sim_num("plan.gpt4_serving.fits") >= 1 && sim_num("model.gpt4.trained") >= 1:按这套发布方案，GPT-4 的推理成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}，每张 GPU {sim_fmt("plan.gpt4_serving.tokens_per_second_per_gpu")}，每个 token {sim_fmt("plan.gpt4_serving.latency_seconds_per_token")}。体感质量：{sim_fmt("plan.gpt4_serving.quality")}。}
{
- sim_num("plan.gpt4_serving.fits") < 1:
    ~ hubris++
    发布方案装不下：推理实验室里，副本的显存一片飘红，照方案的要求，连一份完整的 GPT-4 都放不下。Marcus 把截图甩进整个发布群，一个字都没配。
- sim_num("plan.gpt4_serving.nerfed") >= 1:
    ~ nerf++
    Ruth 看了一眼质量那个数，慢慢合上笔记本。“这不是 GPT-4，”她说，“这是 GPT-4 的远房表弟。”
- sim_num("plan.gpt4_serving.servable") < 1:
    ~ hubris++
    Marcus 把成本那个数读了两遍。“这个价钱，”他说，“每个免费用户，都是我们给他们的一笔小额捐款。”
- else:
    Marcus 看了一遍数字，又看了一遍，然后——在我记忆里头一回——说了声“不错”，后面没跟“但是”。
}
-> launch

= launch
三月，楼上许诺的日子到了。 # advance: 2023-03 # event: gpt4_launch
{sim_num("score.gpt4_launched") < 1:
    -> no_launch
}
发布定在一个周二。 # music: launch # sfx: launch
不到一个小时，流量就炸了，跟 ChatGPT 那回一模一样；不同的是这回我们早有预期，结果还是被吓了一跳。用户的请求，我们接住了 {sim_fmt("world.demand_served_share")} 的量{sim_num("plan.gpt4_serving.fits") >= 1:，成本 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}|，靠的是方案勉强塞得下的那几个副本}。楼上顺手定了一把尺子，往后每一笔节省都拿它来量：传闻中的那个设计，完全照最早那份设计文档来服务，成本 {sim_fmt("score.launch_usd_per_mtok")}。
{sim_num("jobs.alignment.done") < 1:发布当天，对齐{sim_num("jobs.alignment.progress") > 0:才完成 {sim_fmt("jobs.alignment.progress")}|还没开始}。Ruth 在现有的版本上签了字，并郑重记录在案：剩下的以补丁形式上线，补上之前，用户会感觉得到差别。}
{
- sim_num("score.leap_band") >= 3:
    GPT-4 在我们的评测集上拿了 {sim_fmt("model.gpt4.capability")}，3.5 是 {sim_fmt("model.gpt35.capability")}，差距大到 Henrik 把评测重跑了两遍才敢信。用户几个小时内就达成了共识：这不是一个更好的 3.5，这是另一种东西。办公室安静下来，那是一群人在读陌生人怎么评价自己作品时的安静。
- sim_num("score.leap_band") >= 2:
    GPT-4 在我们的评测集上拿了 {sim_fmt("model.gpt4.capability")}，3.5 是 {sim_fmt("model.gpt35.capability")}。用户们异口同声，到处都在喊：好太多了。考试能过，合同能读，代码能写。整整一天，办公室都很安静，那是一群人在读陌生人怎么评价自己作品时的安静。
- sim_num("score.leap_band") >= 1:
    GPT-4 在我们的评测集上拿了 {sim_fmt("model.gpt4.capability")}，3.5 是 {sim_fmt("model.gpt35.capability")}。更好，这没得说。但不是大家想象中的那种飞跃。测评文章都说“令人印象深刻”，那语气的意思是“本来期待更多”。Henrik 一句话都没说，这更糟。
- else:
    GPT-4 在我们的评测集上拿了 {sim_fmt("model.gpt4.capability")}，而 3.5 当初是 {sim_fmt("model.gpt35.capability")}。评价都很客气。人人都说“是更好了，但是……”，而我发现，对那个“但是”，我接不上话。
}
那天晚上，没有一个人按时下班。

* [和 Marcus 一起盯推理大盘]
    ~ trust_marcus++
    我陪 Marcus 盯着推理大盘，一直盯到凌晨两点。每隔几分钟就有一个新的地区醒过来，请求曲线又往上爬一级。他跟解说足球赛似的一路播报。亚洲上线的时候，他站了起来——我从没见他为任何事站起来过。
* [和 Ruth 一起看用户都在说什么]
    ~ trust_ruth++
    我看大家都在说什么，Ruth 坐在旁边，把有意思的挑出来。有个老师让它批一篇作文，然后跟它争分数。有个程序员让它找一个 bug，它礼貌而正确地告诉他：有两个。翻车的案例 Ruth 也一条条念出来，因为这就是她的工作。
* [回家睡觉：最难的是训练，已经熬过去了]
    我晚上七点就回了家，一口气睡了十一个小时，这是七月开训以来我头一回睡满一整夜。醒来一看，三百条消息，没有一条是紧急情况。这是今年最美好的一个早晨。
-
Dana 给组里发了一行字：“任务基本完成。谢谢大家。”一个小时后，又来一行：“基本。”
-> crunch

= no_launch
没有东西能挂着 GPT-4 的名字发布。我们没有一次训练跑完，楼上许诺的日子就这么过去了，只留下一篇关于 3.5 的博客，打磨得很漂亮，外加一段“接下来我们要做什么”，整栋楼的人都把它读成了一封道歉信。 # music: calm
Dana 那天晚上没给组里发消息。第二天早上，她发了一行：“再来。”
-> crunch

= crunch
{
- sim_num("score.gpt4_launched") >= 1 && sim_num("jobs.long_context.done") >= 1:
    然后，卡不够用了。每一张都在做推理；实验要排好几天的队，因为推理优先。从 8k 模型微调出来的 32k 上下文版本早就就绪，却发不出去——不是它不行，是没有足够的算力来伺候它{sim_num("jobs.multimodal.done") >= 1:，图像 API 也因为同样的原因在旁边干等着|；图像模型还在续训}。 # music: tense # sfx: outage
- sim_num("score.gpt4_launched") >= 1:
    然后，卡不够用了。每一张都在做推理；实验要排好几天的队，因为推理优先。32k 的微调{sim_num("jobs.long_context.progress") > 0:跑到了 {sim_fmt("jobs.long_context.progress")}|还没开始}，靠边角料的算力是跑不完的，图像 API 还排在它后面。 # music: tense # sfx: outage
- else:
    然后，卡照样不够用：ChatGPT 能抢到的卡一张不落全抢走了，下一次尝试要用的实验只能排在它后面，一排就是好几天。 # music: tense # sfx: outage
}

* {sim_num("jobs.long_context.done") >= 1} [不管了，去争取把 32k 上下文先开放给少数客户]
    ~ after_launch = "32k"
    ~ starve++
    我去为 32k 奔走游说。一份合同、一个代码库、一整本书，一个 prompt 全塞进去。Marcus 给我看了一段 32k 对话会对一台服务器的 KV cache 干什么：占的是 8k 对话的四倍，而且用户聊多久就占多久。最后它开放给了一个小小的等待名单，跑在从推理集群里专门划出来的服务器上。等待名单涨得比卡还快。 # glossary: KV cache # decide: waitlist_32k on
* [接受等待：先把成本打下来，再上省下来的钱买得起的东西]
    ~ after_launch = "wait"
    ~ thrift++
    我认了。更长的上下文和图像，都得拿省下来的钱去买。成本就是货币，而我们还一分钱都没挣到。
* [把自己的研究 GPU 让给推理服务]
    ~ after_launch = "donate"
    ~ trust_marcus++
    我把自己的研究配额交给了推理服务。不多，但那是我的全部家当。 # decide: research_to_serving all
    Marcus 什么都没说。第二天早上，我桌上多了一杯咖啡，正是我喜欢的那种——可从来没有人问过我喜欢哪种。 # page
-
-> chapter8
