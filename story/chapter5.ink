// Chapter 5: The birth of GPT-4 (June to October 2022).
// A new Mixture-of-Experts stack, scaling laws refit from scratch, the
// conservative plan (16 experts of 111B, 55B shared, top-2), the big epoch,
// the parallelism, MQA, FlashAttention deferred, and the run itself.

=== chapter5 ===
We start over. New code, a new stack built for sparse models from the first line, and a rule Dana writes on the board and nobody erases: no scaling law from the old world is trusted in the new one. # chapter: 5 The Birth of GPT-4 # music: calm # glossary: scaling law
Every curve has to be re-derived for Mixture-of-Experts models, from tiny ones upwards, before the fleet is bet on a single run. # glossary: Mixture-of-Experts
{
- whiteboard == "moe_data":
    My whiteboard from June is the plan now, photographed and pasted on the first page of the design doc. Being right in June means being responsible in July.
- whiteboard == "dense_big":
    My whiteboard from June, the biggest dense model we can train, is on page two of the design doc, under the heading "considered". I try not to take it personally.
- else:
    My whiteboard from June, sized to the data, is in the design doc as "the floor". Henrik refers to it as "the honest version", loudly, in meetings.
}

* [Fit the laws on many small sparse models, fast]
    ~ fit_method = "small"
    ~ data_debt++
    I train forty small sparse models in three weeks and fit the curves through them. The fit is beautiful. Henrik looks at the smallest points and the biggest target and says, mildly, that we are extrapolating across three orders of magnitude. "Beautiful fits are the dangerous ones," he says. "Nobody checks them."
* [Insist on one mid-sized validation run before anyone trusts the fit]
    ~ fit_method = "validate"
    ~ thrift++
    ~ trust_henrik++
    I fit the small models, then ask for one mid-sized run, ten times bigger than anything in the fit, to see whether it lands on the line. It costs a month. Dana signs it off with the face of someone writing a very large cheque. The run lands almost exactly where the curve said it would. Henrik shakes my hand, which I have never seen him do.
* [Borrow the dense curves and add a correction factor for sparsity]
    ~ fit_method = "borrow"
    ~ hubris++
    I take our trusted dense curves and bolt on a correction for sparsity from the Google papers. It is quick and it is plausible. Henrik reads it and asks, politely, whose data the correction was fitted on. Not ours, is the answer. He writes a question mark in the margin, and the question mark stays there for the rest of the project.
-
The refit says what we hoped: for a fixed amount of data, a sparse model is an effective way to grow. The curves predict our target quality for a model roughly ten times bigger than 3.5, with inference that is, in Marcus's carefully chosen word, "barely" affordable. # sfx: milestone
-> the_plan

= the_plan
Dana's plan for the MoE, because one run costs so much, is the conservative one: 16 experts of 111B parameters each, plus 55B shared parameters that every token passes through. About 1,831B in all. Each token visits 2 experts, so it pays for 2 times 111 plus 55: 277B active parameters, call it 280B. A giant that, token by token, costs as much as a model a sixth of its size. # glossary: MoE
The data is one "big epoch": the natural language read once and the code read twice. With code at 40% of the mix, that is 3.9T tokens of language and 1.3T of code, 6.5T tokens a pass. # glossary: epoch

* [Push for more experts: if sparse is cheap, be bolder]
    ~ size_push = "more"
    ~ hubris++
    ~ data_debt++
    "Why sixteen?" I ask. "Google ran hundreds. More experts cost memory, not arithmetic." # decide: model moe_more_experts
    "They cost data," Henrik says from the back. "Every expert has to learn something. Sixteen experts on 6.5T tokens is already a lot of mouths to feed."
* [Back the conservative plan: one run, no heroics]
    ~ size_push = "conservative"
    ~ trust_dana++
    "Sixteen," I say. "We get one shot. Heroics belong in the small experiments, not in the run that takes the whole fleet for three months." # decide: model moe_conservative
    Dana nods once. Henrik nods once. Marcus, who never nods, looks at his phone in a way I choose to read as nodding.
* [Argue for fewer, smaller experts and more passes over the data]
    ~ size_push = "smaller"
    ~ trust_henrik++
    "Smaller," I say. "Eight smaller experts, fewer parameters, more passes over what we have. Henrik's rule says we're still too big for the data." # decide: model moe_smaller
    "It does," Henrik says. "But the leap lives in the size. Go too small and you build an excellent 3.5." Dana lets my version onto the designer, with her name off it.
* {whiteboard == "dense_big"} [Keep arguing for the dense giant on your whiteboard]
    ~ size_push = "dense"
    ~ hubris++
    "I still want the dense one," I say. "Every parameter awake for every token. No routers to collapse, no experts to starve." # decide: model dense_giant
    Dana looks at me for a long moment. "Then it's yours to size," she says. "Put it on the designer. Marcus will want to see what it costs to serve before anyone signs."
* {whiteboard == "small_long"} [Hold out for the honestly sized dense model]
    ~ size_push = "sized"
    ~ trust_henrik++
    "The honest version," I say. "Dense, sized to the data, trained long." # decide: model dense_sized
    Henrik nods. Dana does not. "Then show me a leap on the designer," she says. "A floor is not a launch."
-
-> the_recipe

= the_recipe
The recipe reuses what 3.5 taught us. A curriculum on batch size, growing to 60 million tokens a step once the gradients are steady. Sequences growing too, trained mostly at 8k, with a separate long-context team to stretch the window later. Each expert split 8 ways across a server's NVLink, tensor parallelism where the wires are fastest, and the layers across 15 pipeline stages, because no single server can hold them. # glossary: tensor parallelism
Then attention. Serving a model means keeping, for every conversation in flight, the keys and values of every token so far. With full multi-head attention, that KV cache is enormous, and it, not the weights, decides how many conversations fit on a GPU. # glossary: KV cache

* [Use multi-query attention: one shared set of keys and values]
    ~ thrift++
    "Multi-query attention," I say. "All the heads share one set of keys and values. Maybe a hair worse on quality. The KV cache shrinks by the number of heads." # glossary: Multi-query attention, KV cache # decide: attention mqa
    Marcus, when he hears, sends me a single GPU emoji. I am told this has happened twice in company history.
* [Keep full multi-head attention: don't trade quality for serving]
    ~ hubris++
    "Full attention," I say. "This is the flagship. We shouldn't shave its quality to save memory." # decide: attention mha
    "Then you'll serve it to a fraction as many people per GPU," Marcus says. "Your call. Your invoice."
-
FlashAttention came out in May: exact attention computed in tiles, so the full attention matrix never sits in memory. Everyone's benchmarks look wonderful. Nobody has trained anything our size with it. # glossary: FlashAttention

* [Put it in the run now: it will matter enormously for long context]
    ~ hubris++
    I argue for it, and Dana lets me have it, with a warning: a new kernel on a three-month run is how you find a new bug in month two. "Your name on the kernel," she says. It goes into the plan. # decide: flash_attention on
* [Experiments first; keep it out of the run for now]
    ~ trust_dana++
    "Not yet," I say. "It matters most for long context, so it's the long-context team's first experiment. Not the main run's." Dana looks relieved. Caution is cheaper than a restart. # decide: flash_attention off
-
-> design_gpt4

= design_gpt4
Now the real thing. The designer opens on the plan as it stands after those meetings: {sim_fmt("plan.training.total_params")} parameters, {sim_fmt("plan.training.attention")}, FlashAttention {sim_num("plan.training.flash_attention") >= 1:in|out}. It is mine to change now. # hint: Shape the next model: dense or Mixture-of-Experts, the experts and their size, attention, FlashAttention, context, batch ramp and parallelism. Commit when it fits and you believe in it. # screen: designer # glossary: Mixture-of-Experts
-> gpt4_committed

= gpt4_committed
The plan: {sim_fmt("plan.training.total_params")} parameters in all, {sim_fmt("plan.training.active_params")} active per token, {sim_fmt("plan.training.flops")} of training compute. On the GPUs we have, {sim_fmt("plan.training.days")}, at an MFU of {sim_fmt("plan.training.mfu")}. The predicted loss is {sim_fmt("plan.training.loss")}. # glossary: MFU
{sim_num("plan.training.active_params") >= sim_num("plan.training.total_params"):
    Marcus notices first that active and total are the same number: a dense model, every parameter awake for every token. "Beautiful," he says. "Now tell me who pays for every token of every answer running through all of it."
}
{
- sim_num("plan.training.too_big_for_data") >= 1:
    ~ data_debt++
    Henrik reads the plan and puts one finger on one number: the model is too big for the data we are giving it. "It will train," he says. "It will not learn what you paid for."
- else:
    Henrik reads the plan twice and finds nothing to say, which from him is a standing ovation.
}
{
- sim_num("plan.training.fits") < 1 && not redesigned:
    The memory bar on the designer is red. At this parallelism the plan does not fit: weights, gradients, optimiser state and activations add up to more than each card holds, even with ZeRO sharding the optimiser state. Marcus forwards the screenshot with the subject line "no". # sfx: alert # glossary: ZeRO
- sim_num("plan.training.fits") < 1:
    The bar is still red. Dana looks at it for a long time. "We start what we can start," she says. I know, and she knows, that a plan that does not fit does not start.
}
* {sim_num("plan.training.fits") < 1 && not redesigned} [Take it back to the designer and fix it]
    ~ redesigned = true
    ~ thrift++
    I take it back. More pipeline stages, or fewer parameters per GPU, or activations recomputed instead of stored. The fix is in the parallelism, not the ambition. # hint: Make the plan fit: more pipeline stages, ZeRO sharding or recomputed activations. Commit when the memory bar is no longer red. # screen: designer
    -> gpt4_committed
* {sim_num("plan.training.fits") < 1 && not redesigned} [Send it up as it is and let Dana decide]
    ~ redesigned = true
    ~ hubris++
    Dana looks at the red bar for a long time. "We start what we can start," she says, and she starts the shape we already know fits: the conservative sixteen experts, with the parallelism that was drawn for them. My plan goes in a drawer with my name on it. # decide: model moe_conservative
    -> start_gpt4
+ ->
    -> start_gpt4

= start_gpt4
The run is launched on a Monday in July, with the whole pre-training team watching a loss curve that, for the first ten minutes, does nothing at all. # advance: 2022-07 # event: gpt4_start # sfx: start # music: tense
{
- sim_num("run.active") < 1:
    -> no_run
}
{
- size_push == "more":
    Then it starts to fall, and keeps falling. Someone opens a bottle of something we are not supposed to have in the office. Henrik does not drink; he watches the curve, and I know he is counting tokens per expert in his head.
- size_push == "smaller":
    Then it starts to fall, and keeps falling. Someone opens a bottle of something we are not supposed to have in the office. I drink to the fallback plan with my name on it, quietly, hoping we never need it.
- else:
    Then it starts to fall, and keeps falling, and someone opens a bottle of something we are not supposed to have in the office. Dana allows exactly one glass each. The run has three months to go.
}
-> midrun

= no_run
Then it does nothing for an hour, and we understand that it never started: the plan cannot run on this fleet. Dana says "noted" in a voice I hope never to hear again. # sfx: setback

* [Go back to the designer and bring her a plan that fits, this week]
    ~ redesigned = true
    ~ trust_dana++
    "One week," I tell Dana. She gives me five days. # hint: Fix the plan so it fits the fleet, then commit it. # screen: designer
    -> restart_gpt4
* [Let it go: polish 3.5 and plan the next attempt properly]
    ~ data_debt++
    "Not in a panic," I say. "We'll polish 3.5 and come back with a plan we've actually checked." Dana looks at the calendar, then at me, and agrees, which frightens me more than an argument would have.
    -> polish_35

= restart_gpt4
Five days late, we launch again. # event: gpt4_start # sfx: start
{
- sim_num("run.active") >= 1:
    This time the curve falls. Nobody opens a bottle. We are a week behind, and everyone knows whose week it was.
    -> midrun
}
It does not start this time either. Marcus stops sending screenshots, which is worse than the screenshots.
-> polish_35

= polish_35
What ships next year will be 3.5, polished.

* [Polish long context: stretch 3.5 from 4,096 towards 8k]
    ~ thrift++
    I take long context. It is real work and it makes the model better at exactly the things customers complain about. It is not the leap.
* [Polish code: more GitHub, more passes over it]
    ~ data_debt++
    I take code. More passes over the same GitHub, a few more points on the coding benchmarks, and a growing suspicion, shared by Henrik, that we are now mostly teaching the model to remember.
* [Spend the time with Henrik, working out what went wrong]
    ~ trust_henrik++
    I spend the month with Henrik, rebuilding the plan from the memory arithmetic up. I can now recite bytes per parameter for every piece of optimiser state, which impresses nobody at parties.
-
Dana's review of the failed start is one page long.

* [Put your name on it: it was your plan]
    ~ trust_dana++
    I put my name on the first line. Dana crosses nothing out. "Good," she says. "Now nobody else has to."
* [Point at the memory calculator: the tooling should have caught it]
    ~ hubris++
    I point at the tooling, which should have caught it. Marcus, reading the page, adds a line under mine: "The tooling did catch it. Red bar. Screenshot attached."
-
-> endpoint

= midrun
September. The periodic evaluations come in every few days. # advance: 2022-09
{
- sim_num("run.active") >= 1:
    {sim_num("run.training_progress") > 0:The run has done {sim_fmt("run.training_progress")} of its work, and its current loss is {sim_fmt("run.loss")}.|The run has had no GPUs to train on: the training slice is empty, and the loss curve is a flat line at the start.} Somewhere in the middle of the month the evaluations cross a line: the unfinished model already beats 3.5.
- else:
    The run is already over: it finished in {sim_fmt("model.gpt4.training_days")}, faster than anyone planned for, and the evaluations of the finished model come in every few days instead.
    -> endpoint
}
Dana asks me to set the checkpoint cadence. Every checkpoint freezes the fleet while terabytes go to storage; every hour between them is an hour lost when a node dies.

* [Every hour: restarts should be cheap and boring]
    ~ thrift++
    Every hour. The run pauses a little more often, and when nodes die, which they do twice that week, we lose minutes rather than an afternoon. Marcus calls it "insurance with good manners".
* [Every six hours: checkpoints are slow, and the run is already late]
    ~ hubris++
    Every six hours. The steps come faster, and for nine days nothing dies. On the tenth, a switch fails at the worst possible moment and we lose most of a checkpoint interval of the whole fleet's time. I do the sum, and stop doing it. # decide: run_setback hours
* [Ask Marcus what the failure rate says and do exactly that]
    ~ trust_marcus++
    I ask Marcus. He pulls up a year of failure logs and works out the interval that minimises expected lost time, which turns out to be a formula with a square root in it and a number close to two hours. We use his number. It is, annoyingly, the right one.
-
Then, at 4 a.m. on a Sunday, the loss jumps. Not a failure, a spike: the curve leaps up and hangs there, like a heart monitor in a hospital drama. # sfx: setback

* [Roll back a few hundred steps and skip the batch that caused it]
    ~ spike_fix = "rollback"
    ~ thrift++
    I roll back, skip the batch, and restart. The spike does not return. The batch, when we look, is a corrupted shard of something that should never have got past the filters, and Suki adds a new filter before breakfast.
* [Lower the learning rate a little and let the run ride through it]
    ~ spike_fix = "lr"
    I trim the learning rate and let it ride. The loss comes back down over a day, a little slower than before, and the day is gone. # decide: run_setback one_day
    The run never quite returns to its old slope, and for the rest of it I wonder what that day cost.
* [Leave it alone: big runs spike, and most spikes heal]
    ~ spike_fix = "ignore"
    ~ data_debt++
    I leave it. By Monday the loss is back where it was. By Wednesday it spikes again, worse. We roll back four days. # decide: run_setback four_days
    Henrik tells me, gently, that spikes are letters from the data, and I should read my mail.
-
-> endpoint

= endpoint
October. # advance: 2022-10
{
- sim_num("run.active") >= 1:
    Our partner in Redmond asks to study the model while it trains, and gets a deployment endpoint for continuous experiments on each new checkpoint.
- sim_num("model.gpt4.trained") >= 1:
    Our partner in Redmond asks to study the finished model while we align it, and gets a deployment endpoint for continuous experiments on each new round of tuning.
- else:
    Our partner in Redmond asks for a deployment endpoint anyway, for continuous experiments on 3.5 while we regroup.
}
Endpoints need GPUs, and GPUs are the one thing nobody has spare.

* [Volunteer to babysit the endpoint yourself]
    ~ endpoint_stance = "babysit"
    ~ trust_dana++
    I volunteer, and spend October as a part-time landlord: new checkpoints on Mondays, their questions on Tuesdays. The endpoint's nodes come out of the training slice, and I learn more about what the model can do from their tests than from ours. # decide: endpoint_gpus training
* [Guard the run: the endpoint gets leftovers, nothing more]
    ~ endpoint_stance = "guard"
    ~ starve++
    "Leftovers," I tell Marcus. "The run comes first." The endpoint gets a few nodes, taken from the API's. # decide: endpoint_gpus serving
    The API slows a little. The partner's engineers are polite about it in the way that means it will come up again in a meeting I am not in.
* [Take the endpoint's GPUs out of research, not serving]
    ~ endpoint_stance = "share"
    ~ thrift++
    ~ trust_marcus++
    I take the endpoint's GPUs from research and leave serving alone. # decide: endpoint_gpus research
    Henrik loses a week of experiments and forgives me in under a day, a personal best for him.
-
-> chapter6
