// Chapter 5: The birth of GPT-4 (June to October 2022).
// A new Mixture-of-Experts stack, scaling laws refit from scratch, the
// conservative plan (16 experts of 111B, 55B shared, top-2), the big epoch,
// the parallelism, MQA, FlashAttention deferred, and the run itself.
// Simplified Chinese translation: prose only; the structure matches ../chapter5.ink.

=== chapter5 ===
推倒重来。新代码，一套从第一行起就为稀疏模型而写的新技术栈，外加 Dana 写在白板上、谁也不敢擦的一条规矩：旧世界的 scaling law，到了新世界一条都不作数。 # chapter: 5 GPT-4 的诞生 # music: calm # glossary: scaling law
每一条曲线都得给混合专家模型（Mixture-of-Experts）重新推一遍，从最小的模型一路往上推，推完了，才轮得到把所有的卡押在一次训练上。 # glossary: Mixture-of-Experts
{
- whiteboard == "moe_data":
    我六月画的那块白板，现在就是方案本身了：拍了照，贴在设计文档第一页。六月说对了，七月就得负责。
- whiteboard == "dense_big":
    我六月那块白板——我们训得动的最大稠密模型——进了设计文档第二页，小标题叫“曾考虑过”。我努力不往心里去。
- else:
    我六月那块白板，按数据量定尺寸的那个，进了设计文档，名字叫“保底方案”。Henrik 开会时管它叫“老实版”，嗓门很大。
}

* [在一大堆小稀疏模型上快速拟合 scaling law]
    ~ fit_method = "small"
    ~ data_debt++
    我三周训了四十个小稀疏模型，把曲线从它们中间穿了过去。拟合得漂亮极了。Henrik 看了看最小的那几个点，又看了看最大的那个目标，语气温和地指出：我们这是跨着三个数量级在外推。“越漂亮的拟合越危险，”他说，“因为没人去验。”
* [坚持先跑一次中等规模的验证，之后才许任何人相信这个拟合]
    ~ fit_method = "validate"
    ~ thrift++
    ~ trust_henrik++
    小模型照拟，然后我申请跑一次中等规模的模型，比拟合里最大的那个还大十倍，看它落不落在线上。这要花一个月。Dana 签字时的表情，像在开一张天价支票。结果几乎正好落在曲线预测的位置。Henrik 跟我握了手，我从没见他跟谁握过手。
* [借用稠密模型的曲线，再给稀疏性加一个修正系数]
    ~ fit_method = "borrow"
    ~ hubris++
    我拿来我们信得过的稠密曲线，再从 Google 的论文里搬来一个稀疏性修正项，焊了上去。快，而且看着挺像那么回事。Henrik 读完，礼貌地问：这个修正项是拿谁的数据拟出来的？答案是：不是我们的。他在页边画了个问号，这个问号一直在那儿待到项目结束。
-
重新拟合的结论正是我们想听的：数据量固定时，稀疏模型是一条有效的扩展路线。曲线预测，模型做到 3.5 的十倍左右就能摸到目标质量，至于推理成本，用 Marcus 精挑细选的词来说，“勉强”负担得起。 # sfx: milestone
-> the_plan

= the_plan
一次训练太贵，所以 Dana 给 MoE 定的是保守方案：16 个专家，每个 111B 参数，另加 55B 共享参数，每个 token 都要从这部分过一遍。总计约 1,831B。每个 token 只走 2 个专家，所以它付的账是 2 乘 111 再加 55：277B 激活参数，四舍五入算 280B。一个巨人，按 token 算账，却只跟一个六分之一大小的模型一样贵。 # glossary: MoE
数据是一个“大 epoch”：自然语言读一遍，代码读两遍。代码占配比的 40%，也就是 3.9T token 的自然语言加 1.3T 的代码，一遍 6.5T token。 # glossary: epoch

* [争取更多专家：既然稀疏便宜，胆子就大一点]
    ~ size_push = "more"
    ~ hubris++
    ~ data_debt++
    “为什么是十六个？”我问，“Google 跑过好几百个。专家多了费的是显存，不是算力。” # decide: model moe_more_experts
    “费的是数据，”Henrik 在后排说，“每个专家都得学到点东西。十六个专家分 6.5T token，已经是很多张嘴了。”
* [支持保守方案：就一次机会，不逞英雄]
    ~ size_push = "conservative"
    ~ trust_dana++
    “十六个，”我说，“我们只有一发子弹。逞英雄留给小实验，别放在要占满全部卡三个月的那次训练里。” # decide: model moe_conservative
    Dana 点了一下头。Henrik 点了一下头。Marcus 从来不点头，但他低头看手机的那个角度，我决定理解为点头。
* [主张更少、更小的专家，在数据上多过几遍]
    ~ size_push = "smaller"
    ~ trust_henrik++
    “往小了做，”我说，“八个更小的专家，参数少一点，把手里的数据多过几遍。按 Henrik 的规矩，就这点数据，我们还是太大了。” # decide: model moe_smaller
    “没错，”Henrik 说，“可飞跃就藏在规模里。做得太小，你只会造出一个非常优秀的 3.5。”Dana 让我的版本上了模型设计，只是没署她的名。
* {whiteboard == "dense_big"} [继续力挺白板上那个稠密巨人]
    ~ size_push = "dense"
    ~ hubris++
    “我还是想要稠密的，”我说，“每个 token 进来，每个参数都醒着。没有路由会塌，没有专家会饿着。” # decide: model dense_giant
    Dana 盯着我看了很久。“那尺寸你来定，”她说，“放到模型设计里去。谁签字之前，Marcus 都会先要看看它上线服务得花多少钱。”
* {whiteboard == "small_long"} [坚守那个尺寸老实的稠密模型]
    ~ size_push = "sized"
    ~ trust_henrik++
    “老实版，”我说，“稠密，按数据定尺寸，训得久一点。” # decide: model dense_sized
    Henrik 点头。Dana 没点。“那就在模型设计里给我看到飞跃，”她说，“保底可不等于发布。”
-
-> the_recipe

= the_recipe
配方沿用 3.5 教给我们的那套。批大小走课程式爬升，等梯度稳下来，一路涨到每步 60M 个 token。序列长度也逐步拉长，大部分时间在 8k 上训，另有一个长上下文小组，之后再把窗口往外撑。每个专家在一台服务器的 NVLink 上切成 8 路，也就是张量并行（tensor parallelism），放在连线最快的地方；各层则铺到 15 级流水线上，因为没有哪台服务器装得下全部。 # glossary: tensor parallelism
然后是注意力。模型上线服务，就得给每一个正在进行的对话，存下到目前为止每个 token 的 key 和 value。用完整的多头注意力，这份 KV cache 大得吓人；一张 GPU 能同时装下多少个对话，说了算的是它，不是权重。 # glossary: KV cache

* [用 multi-query attention：所有头共享一套 key 和 value]
    ~ thrift++
    “Multi-query attention，”我说，“所有注意力头共享同一套 key 和 value。质量可能差那么一丁点。KV cache 能按头数成倍地缩。” # glossary: Multi-query attention, KV cache # decide: attention mqa
    Marcus 听说以后，给我发了一个 GPU 表情，就一个。据说这在公司历史上只发生过两次。
* [保留完整的多头注意力：不拿质量去换推理成本]
    ~ hubris++
    “完整注意力，”我说，“这是旗舰。不该为了省显存去削它的质量。” # decide: attention mha
    “那每张 GPU 能服务的人可就少好几倍了，”Marcus 说，“你定。账单也归你。”
-
FlashAttention 五月刚出来：注意力切成小块精确计算，完整的注意力矩阵从头到尾不用整块放进显存。大家跑的 benchmark 都好看得不得了。可还没有谁用它训过我们这个量级的模型。 # glossary: FlashAttention

* [现在就放进主训练：它对长上下文太重要了]
    ~ hubris++
    我据理力争，Dana 松了口，附带一句警告：在一次三个月的训练里上新 kernel，就是在第二个月发现新 bug 的标准姿势。“kernel 上写你的名字，”她说。它进了方案。 # decide: flash_attention on
* [先做实验，暂时不放进主训练]
    ~ trust_dana++
    “先别，”我说，“它最要紧的是长上下文，所以它该是长上下文小组的第一个实验，不是主训练的。”Dana 看起来松了口气。谨慎比重启便宜。 # decide: flash_attention off
-
-> design_gpt4

= design_gpt4
动真格的了。模型设计打开时，停在几轮会开完之后的方案上：{sim_fmt("plan.training.total_params")} 参数，{sim_fmt("plan.training.attention")}，FlashAttention {sim_num("plan.training.flash_attention") >= 1:开启|关闭}。现在它归我改了。 # hint: 给下一个模型定型：稠密还是混合专家（MoE），专家的数量和大小，注意力，FlashAttention，上下文，批大小爬升和并行方式。等它放得下、你也信得过了，再提交。 # screen: designer # glossary: Mixture-of-Experts
-> gpt4_committed

= gpt4_committed
方案：总计 {sim_fmt("plan.training.total_params")} 参数，每个 token 激活 {sim_fmt("plan.training.active_params")}，训练算力 {sim_fmt("plan.training.flops")}。用我们现有的卡，要跑 {sim_fmt("plan.training.days")}，MFU 为 {sim_fmt("plan.training.mfu")}。预测 loss 是 {sim_fmt("plan.training.loss")}。 # glossary: MFU
{sim_num("plan.training.active_params") >= sim_num("plan.training.total_params"):
    Marcus 第一个发现激活参数和总参数是同一个数：稠密模型，每个 token 进来，每个参数都醒着。“漂亮，”他说，“现在告诉我，每个回答的每个 token 都要把整个模型跑一遍，这钱谁出。”
}
{
- sim_num("plan.training.too_big_for_data") >= 1:
    ~ data_debt++
    Henrik 读完方案，一根手指按在一个数上：我们喂的数据，撑不起这么大的模型。“它训得起来，”他说，“但学不到你花钱想买的东西。”
- else:
    Henrik 把方案读了两遍，一句话都没挑出来。对他来说，这等于起立鼓掌。
}
{
- sim_num("plan.training.fits") < 1 && not redesigned:
    模型设计里的显存条是红的。按这个并行方式，方案放不下：权重、梯度、优化器状态和激活值加起来，超出了每张卡的容量，哪怕用 ZeRO 把优化器状态切分开也不行。Marcus 把截图转发出来，邮件标题只有一个字：“不”。 # sfx: alert # glossary: ZeRO
- sim_num("plan.training.fits") < 1:
    条还是红的。Dana 盯着它看了很久。“能启动的先启动，”她说。我知道，她也知道，放不下的方案根本启动不了。
}
* {sim_num("plan.training.fits") < 1 && not redesigned} [拿回模型设计，把它修好]
    ~ redesigned = true
    ~ thrift++
    我把它拿了回来。多切几级流水线，或者每张卡少放点参数，或者激活值不存、用到时再重算。要改的是并行方式，不是野心。 # hint: 让方案放得下：加流水线级数、开 ZeRO 切分，或者开启重计算。显存条不再发红时提交。 # screen: designer
    -> gpt4_committed
* {sim_num("plan.training.fits") < 1 && not redesigned} [原样报上去，让 Dana 拍板]
    ~ redesigned = true
    ~ hubris++
    Dana 对着红条看了很久。“能启动的先启动，”她说，然后启动了那个我们早就知道放得下的形状：保守的十六专家，配上当初为它画好的并行方案。我的方案进了抽屉，上面写着我的名字。 # decide: model moe_conservative
    -> start_gpt4
+ ->
    -> start_gpt4

= start_gpt4
七月的一个周一，训练启动，整个预训练组围着看一条 loss 曲线，头十分钟，它纹丝不动。 # advance: 2022-07 # event: gpt4_start # sfx: start # music: tense
{
- sim_num("run.active") < 1:
    -> no_run
}
{
- size_push == "more":
    然后它开始往下走，一直往下走。有人开了一瓶按规定不该出现在办公室里的东西。Henrik 不喝；他盯着曲线，我知道他正在心里算每个专家分到了多少 token。
- size_push == "smaller":
    然后它开始往下走，一直往下走。有人开了一瓶按规定不该出现在办公室里的东西。我悄悄为那份写着我名字的备用方案干了一杯，盼着永远用不上它。
- else:
    然后它开始往下走，一直往下走，有人开了一瓶按规定不该出现在办公室里的东西。Dana 批准每人一杯，多一口都不行。离训完还有三个月。
}
-> midrun

= no_run
然后它又纹丝不动了一个小时，我们这才明白，它压根没启动：这个方案在现有集群上跑不起来。Dana 说了一声“知道了”，那个语气我这辈子都不想再听到。 # sfx: setback

* [回模型设计，这周之内给她一个放得下的方案]
    ~ redesigned = true
    ~ trust_dana++
    “一周，”我跟 Dana 说。她给了我五天。 # hint: 修改方案，让它放进现有集群，然后提交。 # screen: designer
    -> restart_gpt4
* [算了：先打磨 3.5，好好规划下一次]
    ~ data_debt++
    “慌着来不行，”我说，“先把 3.5 打磨好，再带一个真正验过的方案回来。”Dana 看了看日历，又看了看我，居然同意了。这比吵一架还让我害怕。
    -> polish_35

= restart_gpt4
晚了五天，我们再次启动。 # event: gpt4_start # sfx: start
{
- sim_num("run.active") >= 1:
    这回曲线往下走了。没人开瓶子。我们落后了一周，而谁都知道这一周算在谁头上。
    -> midrun
}
这次还是没启动。Marcus 不再发截图了，这比发截图还糟。
-> polish_35

= polish_35
明年上线的，会是打磨过的 3.5。

* [打磨长上下文：把 3.5 从 4,096 往 8k 拉]
    ~ thrift++
    我接了长上下文。这是实打实的活，恰好能让模型在客户抱怨最多的地方变好。但它不是飞跃。
* [打磨代码：更多 GitHub，多过几遍]
    ~ data_debt++
    我接了代码。同一份 GitHub 多过几遍，编程 benchmark 上多拿几分，外加一个越来越重的怀疑——Henrik 也有——我们现在主要是在教模型背书。
* [跟 Henrik 一起复盘，搞清楚到底错在哪]
    ~ trust_henrik++
    这个月我都跟 Henrik 泡在一起，从显存算术开始把方案从头搭一遍。现在我能背出优化器状态里每一样东西每个参数占几个字节，这项技能在聚会上没能打动任何人。
-
Dana 对这次启动失败的复盘只有一页。

* [署上你的名字：那是你的方案]
    ~ trust_dana++
    我把名字写在第一行。Dana 一个字都没划。“很好，”她说，“这样别人就不用署了。”
* [指着显存计算器：工具本该拦下它]
    ~ hubris++
    我指出，工具本该拦下它。Marcus 读到这一页，在我那行底下加了一行：“工具拦了。红条。截图见附件。”
-
-> endpoint

= midrun
九月。阶段性评测每隔几天出一次。 # advance: 2022-09
{
- sim_num("run.active") >= 1:
    {sim_num("run.training_progress") > 0:训练已经完成了 {sim_fmt("run.training_progress")}，当前 loss 是 {sim_fmt("run.loss")}。|训练一直没有卡可用：分给训练的那份是空的，loss 曲线在起点拉成一条直线。} 月中某个时候，评测越过了一条线：这个还没训完的模型，已经比 3.5 强了。
- else:
    训练已经结束了：只用 {sim_fmt("model.gpt4.training_days")} 就跑完，比任何人计划的都快。现在每隔几天出一次的，是训完的模型的评测。
    -> endpoint
}
Dana 让我定 checkpoint 的频率。每存一次 checkpoint，整个集群都得停下来，等好几 TB 的数据写进存储；两次之间隔的每一个小时，都是某个节点挂掉时要白丢的一小时。

* [每小时一次：重启就该便宜又无聊]
    ~ thrift++
    每小时一次。训练停顿得勤了一点，而那周节点挂了两次，我们丢的是几分钟，不是一个下午。Marcus 管这叫“有礼貌的保险”。
* [每六小时一次：checkpoint 太慢，训练本来就晚了]
    ~ hubris++
    每六小时一次。步子快了，九天里什么都没挂。第十天，一台交换机在最要命的时刻坏了，整个集群将近一个 checkpoint 间隔的时间就这么没了。我算了一下，然后不敢再算了。 # decide: run_setback hours
* [问 Marcus 故障率怎么说，然后照做]
    ~ trust_marcus++
    我去问 Marcus。他调出一整年的故障日志，算出让期望损失时间最小的间隔，结果是一个带根号的公式，和一个接近两小时的数。我们用了他的数。很气人的是，它就是对的。
-
然后，某个周日凌晨 4 点，loss 跳了。不是故障，是尖峰：曲线猛地窜上去，挂在那儿不下来，像医疗剧里的心电监护仪。 # sfx: setback

* [回滚几百步，跳过闯祸的那个 batch]
    ~ spike_fix = "rollback"
    ~ thrift++
    我回滚，跳过那个 batch，重启。尖峰没再出现。回头一查，那个 batch 是一块损坏的数据分片，里面的东西压根不该通过过滤。Suki 早饭前就加了一道新过滤器。
* [把学习率调低一点，让训练自己扛过去]
    ~ spike_fix = "lr"
    我把学习率削了一点，让它自己扛。loss 花了一天才降回来，比之前慢一点，那一天就这么没了。 # decide: run_setback one_day
    之后训练再也没完全回到原来的斜率。剩下的日子里，我一直在想那一天到底值多少钱。
* [别管它：大训练都会有尖峰，多数会自己好]
    ~ spike_fix = "ignore"
    ~ data_debt++
    我没管它。到周一，loss 回到了原位。到周三，它又尖了一次，更狠。我们回滚了四天。 # decide: run_setback four_days
    Henrik 温和地告诉我，尖峰是数据寄来的信，我该好好读读自己的邮件。
-
-> endpoint

= endpoint
十月。 # advance: 2022-10
{
- sim_num("run.active") >= 1:
    雷德蒙德的合作伙伴想趁训练还在跑就研究这个模型，于是拿到了一个部署 endpoint，每出一个新 checkpoint 就接着做实验。
- sim_num("model.gpt4.trained") >= 1:
    雷德蒙德的合作伙伴想趁我们做对齐的时候研究训完的模型，于是拿到了一个部署 endpoint，每出一轮新的调优就接着做实验。
- else:
    雷德蒙德的合作伙伴还是要了一个部署 endpoint，趁我们重整旗鼓，拿 3.5 做持续实验。
}
Endpoint 要占 GPU，而 GPU 恰恰是谁手里都没有富余的东西。

* [自告奋勇，亲自照看这个 endpoint]
    ~ endpoint_stance = "babysit"
    ~ trust_dana++
    我自告奋勇，十月过成了兼职房东：周一上新 checkpoint，周二回他们的问题。Endpoint 的节点从训练那份卡里出，而我从他们的测试里了解到的模型能力，比从我们自己的测试里还多。 # decide: endpoint_gpus training
* [护住训练：endpoint 只拿剩下的，多一点都不给]
    ~ endpoint_stance = "guard"
    ~ starve++
    “给剩下的，”我跟 Marcus 说，“训练优先。”Endpoint 分到几个节点，是从 API 那边挪过来的。 # decide: endpoint_gpus serving
    API 慢了一点。合作方的工程师对此很客气——是那种意味着这事会在某个我不在场的会上再被提起的客气。
* [endpoint 的卡从研究那边出，别动推理]
    ~ endpoint_stance = "share"
    ~ thrift++
    ~ trust_marcus++
    我从研究那边挪卡给 endpoint，推理的卡一张不动。 # decide: endpoint_gpus research
    Henrik 损失了一周的实验，不到一天就原谅了我，这是他的个人最好成绩。
-
-> chapter6
