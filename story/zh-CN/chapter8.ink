// Chapter 8: After launch (April to November 2023).
// The 10x goal, the stop-gap of accepting more draft tokens, the H100s, the
// serving plan that has to pay for everything, and the last planning meeting.

=== chapter8 ===
四月，Dana 召集了发布后的第一次会，PPT 只有一页。 # chapter: 8 发布之后 # music: calm # advance: 2023-04
那页上写着：10x。{sim_num("score.gpt4_launched") >= 1:GPT-4 得变成 3.5 Turbo 之于 3.5 的那个样子：推理成本降到十分之一，而且谁也尝不出区别。|这页本来是给 GPT-4 准备的，可 GPT-4 还没上线。在它上线之前，我们眼下在服务的那个模型得先把成本降到十分之一，而且谁也尝不出区别。}基准是传闻中的那个设计、跑在传闻中的发布方案上：{sim_fmt("score.launch_usd_per_mtok")}。眼下，大家要的量，我们只接得住 {sim_fmt("world.demand_served_share")}。接下来想上的一切——更长的上下文、图像、新功能——都得从这道差距里掏钱。
{
- after_launch == "32k":
    我当初去争取的那个 32k 等待名单，如今比真正在用的客户名单还长。Dana 指出这一点的时候，颇有几分幸灾乐祸。
- after_launch == "donate":
    我三月让给推理服务的研究配额，现在还在那边。没人提过要还给我，我也早就不指望了。
- sim_num("jobs.long_context.done") >= 1 && multimodal_push == "demo":
    32k 模型和图像 API——就是发布 demo 上那个——都还锁在抽屉里。至于拿什么钱把它们放出来，大家心里都有数。
- sim_num("jobs.long_context.done") >= 1:
    32k 模型还锁在抽屉里，我没让上台的那些图像也是。至于拿什么钱把它们放出来，大家心里都有数。
- else:
    32k 的微调{sim_num("jobs.long_context.progress") > 0:完成了 {sim_fmt("jobs.long_context.progress")}|还没开始}，等着队列施舍给它几张训练卡。至于拿什么钱把它跑完，大家心里都有数。
}
“头号任务，”Dana 说，“压倒一切。挑好你的作战室。”

* [带上 Marcus：钱都烧在集群上]
    ~ trust_marcus++
    ~ thrift++
    我选了 Marcus。第一天他就抱来一沓打印纸：每一张推理 GPU、每一个小时的利用率。我俩盯着夜里那一道道低谷，像农民盯着一块旱地。
* [带上 Henrik：一样好的小模型，才是真正的 10x]
    ~ trust_henrik++
    我选了 Henrik。他想聊蒸馏，聊 scaling law 怎么说：一个更小的模型多喂些数据，能做到什么程度。这是条远路。大概也是条对的路。
* [带上 Ruth：不管砍哪儿，质量都得扛得住]
    ~ trust_ruth++
    我选了 Ruth，因为每砍一刀成本，都是一道质量题，而只有她的评测量得出用户真正的体感。
-
-> stopgap

= stopgap
第一个提案来自推理服务组，是整栋楼里最便宜的一根杠杆：调低投机解码的拒绝概率，多收一些草稿模型的 token，哪怕 {served_model()} 自己会写得稍微不一样。 # glossary: speculative decoding

* [现在就上：成本曲线今天就能往下弯]
    ~ stopgap_call = "lenient"
    ~ nerf += 2
    我们赶在一个周四上线：验证器开始收下更多草稿的 token。 # decide: speculative lenient
    当天下午，每个 token 的成本就降了。到了周一，论坛上冒出一堆帖子，标题都长得像“是我的错觉吗，{served_model()} 是不是变笨了？”——还真不是错觉。草稿模型是不错，可它不是 {served_model()}。几百万个回答下来，大家尝得出味儿不对，只是说不上来哪儿不对。
* [拒绝：要么严格验证，要么它就不是 {served_model()}]
    ~ stopgap_call = "refuse"
    ~ thrift++
    “不行，”我说，“投机解码的意义就在于它是白送的。它一旦改了答案，我们就是在悄悄地拿一个好名字卖一个差模型。”推理组很不高兴。省下的钱，只能从老实的地方来。
* [先做一个小而谨慎的 A/B 测试]
    ~ stopgap_call = "ab"
    我要求先测一测：百分之一的流量，两周，两边都跑 Ruth 的评测。测试结论是：放宽确实能省下真金白银，质量也确实掉了一点，只要你去找，就量得出来。我们上线了一个温和些的版本。还是有人察觉了。少一些。 # decide: speculative mild
-
-> hardware

= hardware
六月，第一批 H100 到货：更快的卡，显存带宽大得多，而解码最饿的恰恰就是带宽。 # advance: 2023-06 # event: h100_arrival # glossary: H100
现在集群一共 {sim_fmt("fleet.total_gpus")}。人人都对新卡有自己的打算。先长上下文，再图像：这是官方顺序。
{
- stopgap_call == "lenient":
    Marcus 的顺序是“推理、推理，然后再说”。他还看着我补了一句：比起放宽验证器，更快的卡才是省钱的老实办法。
- stopgap_call == "refuse":
    Marcus 的顺序是“推理、推理，然后再说”。他说，既然我把放宽验证器拒了，省钱就只能指望这样的硬件，所以千万别糟蹋了。
- else:
    Marcus 的顺序是“推理、推理，然后再说”。春天那个 A/B 测试还在一小撮流量上跑着，他希望它能挪到这批卡上跑。
}

* [全给推理服务：解码拼的是带宽，这批卡有的就是带宽]
    ~ h100_use = "serving"
    ~ thrift++
    它们全归了推理服务——本来就是落在这儿的。同一套方案在新卡上读权重快多了，三月以来头一回，排队曲线看起来像曲线，而不是悬崖。
* [把卡给长上下文：32k 是呼声最高的功能]
    ~ h100_use = "long_context"
    ~ starve++
    {sim_num("jobs.long_context.done") >= 1:它们给了长上下文：{after_launch == "32k":32k 模型走出等待名单，开放给了更多客户|32k 模型迎来了第一批客户}，而本来能伺候其他所有人的卡，被拿去训练它之后的东西。一段长对话的 KV cache 灌满显存，就像水灌满地下室，推理服务那边立刻就有感觉。|它们给了训练，去把 32k 的微调跑完。一直盼着这批卡的推理服务，立刻就有感觉。} # glossary: KV cache # decide: h100s training
* [留一些给研究：下一个模型得从小实验开始]
    ~ h100_use = "next"
    ~ hubris++
    它们给了研究，去跑下一个模型需要的那些小实验。Henrik 乐坏了。推理的排队队列可乐不起来。 # decide: h100s research
-
-> cost_lab

= cost_lab
{sim_num("score.gpt4_launched") >= 1:推理方案又送回了推理实验室，目标只有一个：降到上线基准的十分之一，质量读数不许掉。|没有 GPT-4 可以拿来降到十分之一。实验室只能琢磨我们真正在服务的那个，3.5，那页 PPT 则等着一个真实存在的模型。} # hint: 压低在线模型每个 token 的成本：目标是降到上线基准的十分之一，同时保住感知质量。 # screen: serving
{
- sim_num("score.gpt4_launched") < 1 && sim_num("score.usd_per_mtok") > 0:
    3.5 现在的推理成本是 {sim_fmt("score.usd_per_mtok")}，体感质量 {sim_fmt("score.quality")}。Dana 看完，点点头，把那页 PPT 扣在了桌上。
- sim_num("score.gpt4_launched") < 1:
    3.5 的新方案塞不进它的副本，旧方案接着服务。Dana 把那页 PPT 扣在了桌上。
- sim_num("plan.gpt4_serving.fits") < 1:
    ~ hubris++
    新方案塞不进推理副本：推理实验室的显存条一片红，GPT-4 只能接着跑在副本装得下的随便哪套方案上。Marcus 非常客气地问我，要不要换个安静点的房间再试一次。
- sim_num("verdict.turbo") >= 1:
    新方案下，GPT-4 的推理成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}，对照发布标尺，{sim_fmt("score.cost_vs_launch")}；标尺是 {sim_fmt("score.launch_usd_per_mtok")}。体感质量：{sim_fmt("plan.gpt4_serving.quality")}。
    Dana 盯着并排的两个数看了很久，然后给屏幕拍了张照——我从没见她这么干过。
- sim_num("verdict.nerfed") >= 1 && sim_num("score.cost_ratio_vs_launch") >= 1:
    ~ nerf++
    新方案下，GPT-4 的推理成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}，对照发布标尺，{sim_fmt("score.cost_vs_launch")}，体感质量 {sim_fmt("plan.gpt4_serving.quality")}。成本下来了。质量读数也下来了，Ruth 的评测跟它一个意见；不出一周，整个互联网也是这个意见。
- sim_num("verdict.nerfed") >= 1:
    ~ nerf++
    新方案下，GPT-4 的推理成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}，对照发布标尺，{sim_fmt("score.cost_vs_launch")}，体感质量 {sim_fmt("plan.gpt4_serving.quality")}。质量读数掉了，成本却没掉。Ruth 的手指按在第一个数上，Marcus 按在第二个上。两人谁都没吭声，我就知道该回实验室了。
- sim_num("score.cost_ratio_vs_launch") > 1:
    新方案下，GPT-4 的推理成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}，对照发布标尺，{sim_fmt("score.cost_vs_launch")}；标尺是 {sim_fmt("score.launch_usd_per_mtok")}。每张 GPU {sim_fmt("plan.gpt4_serving.tokens_per_second_per_gpu")}，体感质量 {sim_fmt("plan.gpt4_serving.quality")}。实打实的节省。但不是十倍。Marcus 把这个比值写上他的白板，旁边留了块空，等下一个。
- else:
    新方案下，GPT-4 的推理成本是 {sim_fmt("plan.gpt4_serving.usd_per_mtok")}，对照发布标尺，{sim_fmt("score.cost_vs_launch")}；标尺是 {sim_fmt("score.launch_usd_per_mtok")}。体感质量：{sim_fmt("plan.gpt4_serving.quality")}。
    Dana 看着这个比值——它根本算不上节省——语气平平地说：“是个开始，只是方向反了。”从 Dana 嘴里出来，这可不是夸奖。
}
楼上想要一个做到十倍的日期。Dana 问我该承诺什么。

* [承诺年底前做到十倍]
    ~ hubris++
    ~ nerf++
    “年底前，”我说。Dana 一言不发地记了下来。从那以后，每一刀只要能让我们离目标近一点，感觉都像好主意，包括那些并不是的。
* [什么都不承诺，只报实测的比值，每月一次]
    ~ thrift++
    ~ trust_dana++
    “我们实际做到的比值，每个月报一次，每次都用同一种量法，”我说。Dana 点头。“没那么激动人心，”她说，“但难反驳得多。”
* [不要日期，要更多 H100]
    ~ starve++
    “再给点 H100，”我说，“日期自然就有了。”Dana 把申请转给了楼上。同一周就有了回音：卡都已经有主了，日期还是得给。
-
-> complaints

= complaints
{
- nerf >= 2:
    到了夏天，“{served_model()} 变笨了”已经自成一个流派。有些是噪音。有些是我们干的。
- else:
    到了夏天，“{served_model()} 变笨了”照样自成一个流派。就我们的评测能看到的，大部分是噪音，再就是大家摸到了模型的边界。
}
有个记者去问公关团队：模型是不是为了省钱被动过。问题经 Dana 转到我这儿，只附了一个词：“起草？”

* [起草一份斩钉截铁的否认：模型还是那个模型]
    ~ complaint_reply = "deny"
    {nerf >= 2:
        ~ nerf++
        ~ legal_heat++
    }
    我起草了否认声明。{nerf >= 2:就权重而言，它在技术上是真的；就回答而言，它不是。Dana 读完，问我敢不敢宣誓后再说一遍，然后删掉一句话，还是发了出去。|它是真的，Dana 照我写的原样发了出去。}
* [用工程师的话讲清楚改了什么、没改什么]
    ~ complaint_reply = "explain"
    ~ trust_ruth++
    我写下我们改了什么、量了什么、没改什么。比公关团队想要的长，比我想写的短。Ruth 补了一段我们怎么做评测。稿子几乎一字未改就发了，引用它的那个讨论串，难得一回主要在聊工程。
* [回滚上一次降本，并如实告诉他们]
    ~ complaint_reply = "rollback"
    ~ nerf--
    ~ starve++
    我建议把上一刀回滚。我们回滚了。质量投诉少了。排队长了。给记者的回答只有一句话，而且是真话。
    {sim_num("plan.gpt4_serving.threshold") > 0:
        验证器回到了严格模式，它本来就该是这样。 # decide: speculative exact
    }
-
-> last_meeting

= last_meeting
{
- north_star == "quality":
    两年前，我在白板上写下“质量”，Marcus 让我记住，我说过“以后再说”。现在就是以后了。
- north_star == "cost":
    两年前，我在白板上写下“成本”，Marcus 从手机上抬起了头。到现在，他想要点什么的时候，还会把这事翻出来说。
- else:
    两年前，我在白板上画了两个空，一个在“质量”底下，一个在“成本”底下，保证周五前填上数字。从那以后，我一直在填。
}
十一月，Dana 开了今年最后一次规划会。还是我们五个人，一块干净的白板，外加一张客户那边来的超长清单：工具调用、代码解释器、能自己记住对话、省得开发者操心的 API、便宜的微调。 # advance: 2023-11
“冬天只定一个优先级，”Dana 说，“每人一行。Andy，这回你先来。”

* [全套效率工程：蒸馏、带评测的量化、批处理、缓存]
    ~ final_push = "efficiency"
    ~ thrift += 2
    我写下：效率。从大模型蒸馏出一个小模型；量化一层一层地做，每一步都过评测；batch 更大，KV cache 更小。便宜本身就是功能，而且是其他所有功能都在等的那一个。
* [下一个巨无霸：更多专家、更多数据、再大一圈]
    ~ final_push = "giant"
    ~ hubris += 2
    ~ data_debt++
    我写下：下一个模型。更多专家，更多 token，什么都更多。Henrik 轻声问，token 从哪儿来。我没有好答案，但还是把这一行写上了。
* [数据审计：每个来源、每份授权，赶在别人来问之前]
    ~ final_push = "audit"
    ~ legal_heat -= 3
    ~ trust_suki++
    我写下：审计。每个来源，每份授权，每一层书架。{took_shadow_books or took_scihub:Suki 看看我，又看看那层没贴标签的书架，点了点头。|Suki 看起来挺高兴，还有点意外。}这是白板上最不激动人心的一行。也可能是最急的一行。
* [不惜代价，现在就降本：圣诞前更便宜]
    ~ final_push = "cheap"
    ~ nerf += 2
    我写下：圣诞前降本。int4 权重，放宽的验证器，更短的回答。Ruth 直接在我那行下面写上她的：不掉质量。两行字就这么杵在那儿，互相较劲，一直到散会。
-
Dana 给白板拍了张照，关了灯。 # page
-> endings
