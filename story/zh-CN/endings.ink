// The endings. The sim gives the verdict: `sim_num("verdict.<ending>")` is 1 for every ending
// the run's numbers allow (src/sim/verdict.ts holds every threshold). The story only chooses
// among those, by its narrative tallies, and colours the telling; it never overrides the numbers.
// "busy" is allowed only when the numbers allow nothing else.

=== endings ===
// Each tally is measured from its own typical value (hubris and thrift have many more chances
// to move); the highest among the allowed endings wins, ties going in the order below.
~ temp best = -1000
~ temp pick = "busy"
{sim_num("verdict.subpoena") >= 1 && legal_heat + 1 > best:
    ~ best = legal_heat + 1
    ~ pick = "subpoena"
}
{sim_num("verdict.melted_fleet") >= 1 && starve > best:
    ~ best = starve
    ~ pick = "melted"
}
{sim_num("verdict.dense_giant") >= 1 && hubris - 5 > best:
    ~ best = hubris - 5
    ~ pick = "giant"
}
{sim_num("verdict.chinchilla_warning") >= 1 && data_debt - 1 > best:
    ~ best = data_debt - 1
    ~ pick = "chinchilla"
}
{sim_num("verdict.nerfed") >= 1 && nerf - 1 > best:
    ~ best = nerf - 1
    ~ pick = "nerfed"
}
{sim_num("verdict.turbo") >= 1 && thrift - 11 > best:
    ~ best = thrift - 11
    ~ pick = "turbo"
}
{pick:
- "subpoena": -> ending_subpoena
- "melted": -> ending_melted_fleet
- "giant": -> ending_dense_giant
- "chinchilla": -> ending_chinchilla_warning
- "nerfed": -> ending_nerfed
- "turbo": -> ending_turbo
- else: -> ending_busy
}

=== ending_turbo ===
结局：十倍 Turbo。 # music: launch # sfx: ending
到年底，GPT-4 的推理成本是 {sim_fmt("score.usd_per_mtok")}，上线时的基准价是 {sim_fmt("score.launch_usd_per_mtok")}：{sim_fmt("score.cost_vs_launch")}。十倍，还有富余。用户感知质量读数：{sim_fmt("score.quality")}。
没有人察觉。这就是全部的成就，拿出来炫耀还挺奇怪：几百万人问同一个模型同样的问题，拿到同样的答案，唯一的区别在一张他们永远看不到的账单上。Marcus 把成本曲线裱了起来。这是他这辈子裱的第一样东西。
没有哪一招是银弹。{sim_num("plan.gpt4_serving.attention") >= 2:一年半以前定下的 multi-query attention，让 KV cache 小到一台服务器能多扛好多路对话。|训练时选的注意力，在每一路对话里都多吃一份显存，我们只能从别的地方一点点抠回来。} Continuous batching 让 GPU 没有一刻闲着。{sim_num("plan.gpt4_serving.speculative") >= 1 && sim_num("plan.gpt4_serving.threshold") <= 0:投机解码坚持严格验证，每个回答都更快，一个字都不改。|{sim_num("plan.gpt4_serving.speculative") >= 1:投机解码也出了一份力，只是验证器对草稿模型，比我当初承诺的宽容了那么一点。|我们没上草稿模型，所以每一分钱都得从大模型自己身上省。}} {sim_num("plan.gpt4_serving.quantised") >= 1:量化{sim_num("research.quantisation.done") >= 1:是逐层做的，每一层都配了评测，|是用最笨的办法做的，一个回归一个回归地修，}字节数砍掉一半，质量读数始终没掉到线下。|权重一直是十六位，省下的钱全来自别处。} # glossary: Continuous batching, Speculative decoding
整个周期里，我们接住了 {sim_fmt("score.demand_served")} 的需求，旗舰模型的得分是 {sim_fmt("score.capability")}。那年十一月 Dana 写下的两个词，质量和成本，到今天还挂在规划文档最上面。这是第一次，两个都不是红的。
{
- sim_num("plan.gpt4_serving.threshold") <= 0:
    春天的时候，推理团队想把验证器放宽一点。今天它依然是严格的。复盘会上，他们的负责人说，正是这个决定让后面的一切成为可能：之后每一笔节省，都能跟一条诚实的基线比，谁也不用去猜模型是不是被悄悄换过。
- stopgap_call == "ab":
    春天那次小心翼翼的测试，百分之一的流量，两边都跑 Ruth 的评测，后来成了所有优化的模板。每一笔节省都要过同一道门，过不了的就留在抽屉里，不管它承诺能省多少钱。
- else:
    验证器对草稿模型，比上线时宽容了一点，质量读数说用户感觉不到。Ruth 还是每个月查一遍。到目前为止，都扛住了。
}
我记得最清楚的不是那张图，而是 API 团队转过来的一条开发者留言：一家三个人的创业公司，上线那会儿在 GPT-4 上做了个原型，因为给真实客户跑不起，只好束之高阁。现在他们把它从架子上拿下来了。把这条留言乘上几千，就是这一年真正的成果：不是更好的模型，而是同一个模型，终于够得着那些以前碰不到它的人。
Henrik 说了句公道话：大部分收益来自模型诞生之前的决定，注意力、稀疏、专家的大小。最便宜的 token，是你的架构压根不要求你算的那个。我把这句话写在便利贴上，贴在显示器上方，挨着 Suki 那几条关于矿石的规矩。
{final_push == "efficiency":十一月那块白板上，“效率”两个字还是我的笔迹。下面有人补了一行，是 Marcus 的字：差不多搞定。|十一月那块白板上写着五个优先级。有人在效率那一行旁边画了个小小的“十”，还圈了起来。}
-> epilogue("turbo") ->
年终聚会上，API 团队有人举杯敬“隐形的模型”，除了我们这栋楼里的人，没人明白我们为什么全笑了。Marcus 举起杯子，眼睛没离开手机。这一回，温度难得全都正常。
便宜了十倍，却没人分得出来。没人分得出来，这个我能接受。 # ending: turbo
-> END

=== ending_dense_giant ===
结局：没人供得起的稠密巨兽。 # music: tense # sfx: ending
模型很漂亮，可我们供不起让所有人都用。它每写一个 token，需要的算力是传闻中那个稀疏设计的 {sim_fmt("score.compute_vs_source")}，每个回答都要把每一个权重过一遍。{sim_num("score.serving_fits") >= 1:清闲的下午，它的推理成本是 {sim_fmt("score.usd_per_mtok")}；可到了大家想要的规模，batch 大到账单只能老老实实跟着算术走，我们开什么价都只够覆盖寥寥几个客户。|我们的推理方案连装都装不下它：副本还没吐出第一个 token 就爆了显存，它给出的每一个回答，都来自为了 demo 临时借来的集群。}
它在我们的评测集上得分 {sim_fmt("score.capability")}。它训了 {sim_fmt("score.training_days")}。整个周期我们只接住了 {sim_fmt("score.demand_served")} 的需求，付完 GPU 账单，账上剩下 {sim_fmt("score.money_usd")}。
{after_curves == "dense":我记得去年二月那个下午，我跟 Dana 说：把稠密模型堆上去，钱再想办法。卡我们找到了。钱谁也没找到。|从 scaling 曲线到上线之间的某个时候，我不再问 Marcus 东西上线要花多少钱，他也不再主动告诉我。} Marcus 给这种模型起了个名字，借自航空圈：机库女王。漂亮，但永远不许起飞。
合作方的工程师来要访问权限。我们给的配额小得几乎算是一种恭维。用户先拿到一个候补名单，然后是一个同名的小模型，评论里聊的全是 demo，不是产品。
最诡异的是它确实好。在我们供得起的那几次对话里，它能做到我们别的模型都做不到的事：跨好几页把一个论证撑住，自己抓自己的错，一个证明换三种讲法，直到有一种讲通。Ruth 的标注员拿到一点评测配额，找她要更多的样子，像在讨一瓶稀有的酒。我们给不了更多。它每跑一小时，就是集群里一小时没在服务大家真正在用的那个模型。
复盘会上，Dana 没有提高嗓门。她把 2021 年 11 月的那两个词投到屏幕上，质量，成本，整场会都没切走，听我们解释怎么造出了一个只对第一个词负责的模型。
Henrik 读复盘文档时，在其中一行下面画了两道线：这个模型的尺寸是为曲线定的，不是为用它的人定的。
{
- sim_num("plan.gpt4_serving.speculative") < 1:
    复盘文档把元凶追到了上线那周的一个决定：不上投机解码，因为推理链路里多一个模型，就多一个会挂的东西。没有草稿模型，每个回答的每一个 token 都得巨兽亲自写，一步一步，每一步都贵。
- sim_num("plan.gpt4_serving.attention") < 1:
    复盘文档照复盘的惯例，在第一个没人回头看的决定上找到了元凶：完整的多头注意力。batch 还没大到能回本，它的 KV cache 就已经把每台服务器塞满了。Marcus 发票上那行“你定”被原样引进文档，没署名。大家都知道是谁定的。
- else:
    复盘文档没找到单一的元凶，这更糟。一百个合理的决定，每一个都为了质量，每一个都给每个 token 的成本添一点点，而压在所有决定底下的是第一个：每个 token 都要叫醒每一个参数。
}
-> epilogue("giant") ->
十二月，一个从巨兽身上匆忙蒸馏出来的小模型顶着同一个名字上线，只花零头的成本，就做到了大家想要的大部分事。Henrik 管它叫“我们本该规划的那个模型”。他没说错，也够厚道，没说第二遍。
巨兽只在能跟它说上话的人眼里才了不起。 # ending: dense_giant
-> END

=== ending_chinchilla_warning ===
结局：Chinchilla 的警告。 # music: calm # sfx: ending
{
- sim_num("model.gpt4.trained") < 1:
    GPT-4 不存在。我们拿来顶替它发布的东西得分 {sim_fmt("score.capability")}，而 3.5 当年是 {sim_fmt("model.gpt35.capability")}。评测的人管它叫“又一个 3.5”，我无从反驳。
- sim_num("model.gpt4.capability") < sim_num("model.gpt35.capability") + 10:
    GPT-4 在我们的评测集上得分 {sim_fmt("model.gpt4.capability")}。3.5 是 {sim_fmt("model.gpt35.capability")}。它是更好，但不是飞跃，而互联网闻得出飞跃和台阶的区别，管它叫“又一个 3.5”。
- else:
    GPT-4 得分 {sim_fmt("model.gpt4.capability")}，3.5 是 {sim_fmt("model.gpt35.capability")}：这一次是真正的飞跃。Henrik 的警告说的是下一次。明年白板上的每一个方案都更大，可没有一个写了新的 token 从哪儿来。
}
Henrik 没说“我早说过”。他只是又画了那张图，他来的第一周画的那张：loss 对算力，一族曲线，右边缘那堵矮矮的墙。模型更大、数据不变，就是同一个水龙头底下换了个更大的桶。{wall_answer == "repeat":同样的文本我们读了一遍又一遍，每多读一遍，就更不值钱一点。|{whisper_pitch == "starved":Whisper 来得晚，用的是借来的算力，它找到的新文本来得更晚。|新文本我们找到了，只是不够。}}
扎心的是算力都花出去了。我们手上每一个 GPU 小时都进了这次训练，训练完全按计划跑完，而计划要模型学的，比文本能教的更多。更大的模型读同样的书，不会变得更聪明，只会背得更准。Suki 的书架，连那排没贴标签的也算上，装着人类写下来的全部，可对我们曲线想要的那个模型来说，还是不够。
答案从来只有一个：更多的 token，或者更小的模型。Whisper 的转写稿、图文对、读两遍的代码：每一样都把墙往后推了一点。没有一样推得够远，我们训出来的模型正好待在 Henrik 的图说它会待的地方：在曲线上，在墙跟前。
{sim_num("model.gpt4.trained") >= 1:旗舰模型训了 {sim_fmt("score.training_days")}。|没有哪一次 GPT-4 训练跑完过。} 我们接住了 {sim_fmt("score.demand_served")} 的需求，年底账上是 {sim_fmt("score.money_usd")}。参数从来不是那个难的数字。token 才是。
{henrik_welcome == "github":我会想起他来的第一个下午，我跟他说我们有整个 GitHub，他提议我们一起数一数。|我会想起他来的第一周，那张图，还有我花了多久才真正读懂它。}
{
- whiteboard == "dense_big" && size_push == "more":
    六月我在白板上写下“我们能训的最大的稠密模型”，七月我又要更多的专家。两次我要的都是更多参数。两次我都没问它们的 token 从哪儿来。
- fit_method == "small":
    我花三周在四十个小模型上拟合出来的 scaling law 漂亮极了。Henrik 说漂亮的拟合要当心，他说对了。没人检查过我的曲线能不能跨过那道鸿沟，而飞跃本该就在鸿沟那头。
- fit_method == "borrow":
    我硬接在稠密曲线上的那个修正系数，页边上还留着 Henrik 画的问号。我们一直没回答它。模型替我们回答了。
- else:
    scaling law 是诚实的。它说了模型拿我们手上的数据会做成什么样，模型也正好做成了那样。问题从来不在定律，在于我们要它给出什么。
}
-> epilogue("chinchilla") ->
十二月，Henrik 和 Suki 一起开了一张新表格，这是他俩第一次共同拥有一样东西。表名叫“我们还没有的 token”，第一行写着：人们说出口、却没人写下来的一切。
参数是容易的那个数字。token 得有人先写出来。 # ending: chinchilla_warning
-> END

=== ending_melted_fleet ===
结局：熔化的集群。 # music: tense # sfx: ending
整个周期里，大家找我们要的，我们只接住了 {sim_fmt("score.demand_served")}。剩下的全撞上了报错页。
{chatgpt_side == "run":我说过 ChatGPT 只是个 demo，GPT-4 才是公司的命。用户显然没收到这份通知。|我一直跟自己说，下一次切分就能追上需求。始终差那么一点。} 那个“at capacity”满载页面先成了梗，后来成了象征，最后成了理由。那个冬天第一次见到我们的人，见到的是一间等候室，有些人再也没回来。
模型本身没毛病。得分 {sim_fmt("score.capability")}。只是你需要它的时候它不在，而一个不在的模型，从外面看，根本就不算模型。钱也是同一个故事：年底账上 {sim_fmt("score.money_usd")}，外加一份口碑，Marcus 像盯温度一样盯着它，说它在“发烧”。
复盘很短，因为数据很简单。每个月，需求涨得都比我们分给推理的卡快。每个月，总有人有个好理由把 GPU 留在别处：训练、实验、某个能让挤进来的人体验更好的功能。这些理由没有一个是错的。加在一起，它们盖出了一间装着几百万人的等候室。
竞争对手比我们先反应过来。那个冬天被我们挡在门外的人没有等我们；他们去试了别家，而别家有些已经够用了。一个谁都够不着的模型，在商业上，就等于一个谁都没造出来的模型。
Marcus 什么也没说。他把手机递给我：一整年的 GPU 温度，从 ChatGPT 上线那晚开始，每台推理节点都顶在上限附近。然后他给我看另一张图：训练 GPU 闲着，在等那些抢不到排期的实验。
“谁都想要卡，”他说，“第一定律。你只需要决定给谁，而你选了每个人都给一点。”
{
- after_launch == "32k":
    我去争取来的那个 32k 候补名单，结果成了压垮骆驼的最后一根稻草：寥寥几段长对话，每一段都把一台服务器的显存扣成人质，只要用户还在打字就不放。
- h100_use == "next" || h100_use == "long_context":
    六月到货的那批 H100 去了我指定的地方，没去推理。七月那张排队图，Marcus 会拿给新人看上好几年，当作“什么叫一个决定”的例子。
- else:
    没有哪一个晚上是出事的那一晚。只有一长串切分，每一次都让推理差一点，每一次在当天都说得过去。
}
-> epilogue("melted") ->
十二月，推理集群终于追上了需求，就在同一周，需求第一次不再增长。没人把原因说出口。大家都心知肚明。
集群后来总算凉下来了。用户早就离开了那间屋子。 # ending: melted_fleet
-> END

=== ending_nerfed ===
结局：被“降智”的模型。 # music: calm # sfx: ending
{
- sim_num("score.serving_fits") < 1:
    我们想把成本打下来，结果年底用的那套推理方案连副本都装不下；旧方案还在旁边一瘸一拐地撑着。
- sim_num("score.cost_ratio_vs_launch") > 1:
    成本我们打下来了。GPT-4 现在的推理成本是 {sim_fmt("score.usd_per_mtok")}，比上线基准{sim_fmt("score.cost_vs_launch")}。
- sim_num("score.gpt4_launched") >= 1:
    我们想把成本打下来。GPT-4 的推理成本还是 {sim_fmt("score.usd_per_mtok")}，上线基准是 {sim_fmt("score.launch_usd_per_mtok")}。
- else:
    我们在手头那个模型上能省的都省了：打磨过的 3.5，推理成本 {sim_fmt("score.usd_per_mtok")}。
}
用户感知质量读数：{sim_fmt("score.quality")}。
最后这个数字，互联网比我们先量出来。读数是个平均值；最先察觉的，是用得最狠的那批用户，而大家看的帖子，正是他们写的。
{sim_num("plan.gpt4_serving.threshold") > 0:在投机解码里调低拒绝概率是第一刀，也是大家最先感觉到的一刀：草稿模型的意见，顶着 GPT-4 的名字发了出去。|刀是一刀一刀下的，每一刀都说得过去，每一刀都单独量过，就是没人把它们放在一起量。}{final_push == "cheap":然后我在白板上写了“圣诞节前降本”，Ruth 在下面补了一句“不降质量”，两行字最后只兑现了一行。}
最糟的是每一刀都很小。十六位换成八位，按平均值量过。验证器稍微宽松一点，按平均值量过。默认回答短一点，按平均值量过。每一刀都过了自己的测试，可没有哪个测试量过它们叠在一起，对最难的那些问题做了什么；而问这些问题的，正是最挑剔、最爱写帖子的用户。平均值会藏起长尾，而长尾都有推特账号。
“GPT-4 变笨了”成了一个研究课题。论文拿三月版和六月版做对比。有些差异是噪声，有些是我们干的，而从外面谁也分不清哪个是哪个，这比哪一种都糟。
Ruth 把她的评测发给我，一个字没附：旗舰模型在评测集上依然得分 {sim_fmt("score.capability")}，却恰恰在用户付钱找我们解决的那些难题上掉了几分。我终于去找她的时候，她说：“你没把它变便宜。你是做了个便宜的模型，再把老模型的名字给了它。”
{
- quant_job == "fast" && sim_num("plan.gpt4_serving.quantised") >= 1:
    套路是一月定下的：我连夜上线了 ChatGPT 的量化模型，让用户来当评测集；三月又来了一遍，GPT-4 用 int8 上线，评测结果是“基本没问题，有点怪”。怪，是会累积的。
- complaint_reply == "deny":
    我替公司给记者起草的那份否认，秋天被人一字不差地引了回来，旁边配着一张跟它对不上的 benchmark 对比。Dana 没提这事。她不需要提。
- complaint_reply == "rollback":
    回滚上一刀，挽回了一些信任。不是全部。人们记住模型变差的那一周，比记住它又变好的那一个月要久。
- else:
    我们发的那篇解释有点用，一点点。工程师读了，点点头。其他人只看了标题。
}
-> epilogue("nerfed") ->
十二月，我们把每一次推理改动背后的评测都公开了，新的旧的，带日期。这是我们一整年发布的最诚实的文档，可除了夏天就看穿了我们的那些人，没人读它。他们读得非常仔细。
便宜是目标。又便宜又一样，才是承诺。 # ending: nerfed
-> END

=== ending_subpoena ===
结局：传票。 # music: tense # sfx: alert
信是十一月到的，收件人是公司，附录里还列了一串人名。我的名字在上面。
旗舰模型的版权风险读数是 {sim_fmt("score.licence_risk")}。一个人人都在用的模型，里面灌了这么多风险，可律师们最先问的还不是这个数字。他们问的是决定。
{took_shadow_books:他们要看影子图书馆那块硬盘上的便利贴：BOOKS: YES (ANDY)。Libgen 和 Z-Library，整本整本地读进去，读进了一个有时能把它们背出来的模型。|他们问那些书是怎么挑的，这个我答得上来。}{took_scihub:他们问到 Sci-Hub，问到那半个原本锁在付费墙后面、后来就不锁了的科学界。}{scrape_quietly:他们问到那些我们没问过任何人就拿去转写的音频。}
{
- kept_ledger:
    我手上有一样对我有利的东西：provenance_FINAL_v7，每个数据源旁边都写着法务的意见，2021 年 10 月开的头，只因为我问了一个预训练这边从没人问过的问题。它不会让官司消失。它让这场官司围绕事实打，而不是围绕那些我们宁愿没写下来的东西。
- else:
    除了 Suki，谁都没写下任何东西；她有个本子，我从没问过。她亲手把本子交给了律师。最后一页记的是那个下午，我说版权的问题是明年的问题。现在就是明年。
}
接下来那几周，跟我当工程师以来过的任何一段日子都不一样。律师用我听不懂的词，问我用他们听不懂的词做出的决定。“去重”是什么意思？模型能背出一本书吗？有时候能背一段，如果你问对了方式。是谁决定把那排书架放进去的？是我，我记得自己做这个决定的样子，正如 Suki 当初说的那样。
模型是好的。得分 {sim_fmt("score.capability")}。它接住了 {sim_fmt("score.demand_served")} 的需求，公司年底账上 {sim_fmt("score.money_usd")}，其中一部分现在要花在按小时计费的人身上。世界上最好的文本造出了世界上最好的模型，而事实证明，世界上最好的文本是有主人的。
{
- final_push == "audit" && kept_ledger:
    十一月我写上白板的那次审计，有一个业内谁都没有的先发优势：一张从 2021 年 10 月开始记的表格，里面有一列叫“谁拍的板”。律师们说它“异常完整”，从律师嘴里说出来，这几乎算是深情了。
- final_push == "audit":
    十一月我写上白板的那次审计，比信早三周开始。时间不够，但也不是什么都没有：律师问我们当时知道什么的时候，有一份文档，日期早于他们的提问。
- else:
    十一月我在白板上写的是别的东西，于是那次没人要求的审计，变成了人人都要求的审计，按别人的时间表来。
}
第一次取证之后，Suki 拉我去喝咖啡。“每个人说的都是同一句话，”她说。我记得那句话，两年前在图书馆：模型应该读世界上最好的书。“只是有些人是在这儿说的。”
-> epilogue("subpoena") ->
十二月，Suki 图书馆里那排没贴标签的书架终于有了标签，法务打印的，贴歪了：已封存，禁止使用。Suki 每天早上都去把它扶正，像在照看一块归她管的墓碑。
数据决定你跑多快、做多好。它也决定谁来告你。 # ending: subpoena
-> END

=== ending_busy ===
结局：有得忙了。 # music: calm # sfx: ending
GPT-4 发布了，而且是好的：在我们的评测集上得分 {sim_fmt("score.capability")}，3.5 是 {sim_fmt("model.gpt35.capability")}。它训了 {sim_fmt("score.training_days")}。
{sim_num("score.serving_fits") >= 1:它的推理成本是 {sim_fmt("score.usd_per_mtok")}，上线基准是 {sim_fmt("score.launch_usd_per_mtok")}：{sim_fmt("score.cost_vs_launch")}。离便宜十倍还差得远。|我们年底用的那套推理方案装不进副本，所以一个 token 的成本就是旧方案的成本，没人为此骄傲。} 用户感知质量读数 {sim_fmt("score.quality")}；整个周期我们接住了 {sim_fmt("score.demand_served")} 的需求；公司年底账上 {sim_fmt("score.money_usd")}，版权风险读数 {sim_fmt("score.licence_risk")}。
站在年尾，我终于看清了这一年的形状。十月的一个数据决定，一个叫 3.5 的半步，一位 Chinchilla 老兵画的图，一个为了找到没人写下来的文本而造的语音转文字模型，一个训了一整个夏天的稀疏巨兽，一个让我们出名的聊天框，一次成功的上线，和一张不太成功的账单。每个决定都是拿着当时的信息做的，大部分是对的，错的那些也大多不大。
没有灾难，也没有奇迹。一个存在着、有人在用、贵了一点、又比所有人预想的多做了一点的模型。Dana 管这叫“正常的一年”，语气像是一个从没过过正常年份的人。
{north_star == "both":2021 年 11 月我在质量和成本下面画的那两道空，终于填上了数字，两个都不是我们想要的那个。两个都比当初近了。|质量和成本，Dana 的那两个词，都还挂在白板上。谁也没赢。两个都更近了。}
{
- trust_suki >= 3:
    Suki 送了我一块硬盘当圣诞礼物，上面是她手写的标签：ANDY，所有我们没找到的文本。里面是空的。“明年用，”她说，“把它填满。”
- trust_dana >= 4:
    Dana 从来不当面做年终评估，我的这次她当面做了。花了四分钟，跟我第一天那次参观一样长。最后一句是：“直觉不错。还是别对它们动感情。”
- trust_marcus >= 3:
    Marcus 送了我一份礼物：这一年的 GPU 温度图，打印出来，卷得像张毕业证书。背面写着：“凌晨 3 点的电话比去年少。别飘。”
- trust_henrik >= 3:
    Henrik 送了我一份他那张图的拷贝，裱好了框，附了张字条：“留给下一个。先数 token。”
- trust_ruth >= 2:
    Ruth 邀请我去标注员的年终聚会，据说预训练这边的人很少能享受这种待遇。他们是这栋楼里最好笑的一群人。
- else:
    没人送我任何东西，Dana 说这也算一种夸奖：没人需要给我收拾烂摊子。
}
-> epilogue("busy") ->
10x 的目标还写在白板上。其他的也都还在。 # ending: busy
-> END

=== epilogue(mood) ===
{mood:
- "turbo": 省下来的钱不会一直是省下来的钱。它们会变成功能。
- "giant": 与此同时，真正用得上模型的人，想要的完全是另一回事。
- "chinchilla": 与此同时，用模型的人才不关心每个参数配多少 token。
- "melted": 与此同时，那些挤进来了的开发者，想要的是更多，而不是更少。
- "nerfed": 与此同时，基于我们做产品的开发者，想要的恰恰跟“更便宜、更含糊”反着来。
- "subpoena": 与此同时，仿佛什么都没发生过，功能需求照样源源不断地涌来。
- else: 与此同时，客户那边的清单每周都在变长。
}
API 用户和创业公司想让模型调用工具：查资料，调用他们自己代码里的函数。他们想要一个 Code Interpreter，一个沙箱，让模型真的把程序跑起来，而不是去猜它会打印什么。他们想要一个记得住对话的有状态 API，还有便宜到三个人加一条狗的创业公司也做得起的微调。
回头看，有几个小决定后来证明一点也不小。{name_vote == "gpt4":我曾经投票把 3.5 叫作 GPT-4，幸好我输了。|{name_vote == "pi":GPT-3.14 在楼里的一块白板上活了下来，小小的字，谁都不忍心擦掉。|把那半步叫作 3.5，给真正的那一步争取了它需要的时间。}} {night_call == "bisect":我入职第一个冬天早上六点写的那个健康检查，至今还在每个节点上跑，Marcus 也至今还会提起欧洲那个客户。|{night_call == "wake":Marcus 还是响第二声就接。我已经不觉得奇怪了。|我第一次值夜班学到的是：方案里的 MFU 不是你实际拿到的 MFU，从那以后我做预算都把这个差值算进去。}} {spike_fix == "ignore":Henrik 那句“loss 尖峰是数据寄来的信”还钉在我桌子上方。|{spike_fix == "":那些我从来不用去修的 loss 尖峰，反而是我想得最多的。|凌晨四点那次 loss 尖峰，是我讲给新人听的故事，反派是引发它的那个 batch。}} {endpoint_stance == "babysit":合作方的工程师至今还把他们最奇怪的测试发给我，而我从中学到的，依然比从我们自己的测试里学到的多。|{endpoint_stance == "guard":合作方的工程师还记得我给他们 endpoint 分的那点残羹剩饭。他们的经理也记得。|{endpoint_stance == "share":Henrik 已经原谅我把一周的实验让给合作方的 endpoint 了，大部分吧。|}}}
{data_faith == "data":Suki 是对的，那天她说预训练主要就是数据；我只是没想到，“数据”后来也包括了对话、授权和音频。|Suki 在数据上是对的，我在架构上是对的，对我们俩来说这是最气人的结局。} {chat_lesson == "interface":这一年的突破，是一个聊天框加几千段精心准备的对话，正如 Ruth 说的。|{chat_lesson == "luck":我说 ChatGPT 是我们运气好。Ruth 说是先有准备，再有运气。我慢慢接受了她的顺序。|{chat_lesson == "scale":我跟 Ruth 说，等他们见到 GPT-4 再说。他们见到了，然后想要更多。|}}}
先长上下文，再图像：顺序没变。开源社区跑得比我读得还快；FlashAttention-2 和 LLaMA-2 在我的待读清单上躺了好几周，清单赢了。 # glossary: FlashAttention
{
- first_impression == "handshake":
    最后一个周五下班路上，我经过从前机器人组的工位，现在是别人的了。那只机械手不见了，运去了博物馆，或者某个柜子。我发现自己出于习惯，对着它原来待的那片空气握了握手。
- first_impression == "question":
    最后一个周五下班路上，我经过从前机器人组的工位，现在是别人的了。Dana 说那个魔方又美又慢。结果语言又美又快，然后还很贵，这一点可没人提前警告过我。
- else:
    最后一个周五下班路上，我经过从前机器人组的工位，现在是别人的了。第一天我从那只机械手旁边走过，没停下。现在我停了一秒，想了想抓一次东西要花掉多少数据。
}
Dana 在年底最后一个周五发来的消息只有一行：“接下来有得忙了。” # page
->->
