// Chapter 8: After launch (April to November 2023).
// The 10x goal, the stop-gap of accepting more draft tokens, the H100s, the
// serving plan that has to pay for everything, and the last planning meeting.

=== chapter8 ===
In April Dana calls the first meeting after the launch, and it has one slide. # chapter: 8 After Launch # music: calm # advance: 2023-04
The slide says: 10x. {sim_num("score.gpt4_launched") >= 1:GPT-4 has to become what 3.5 Turbo became for 3.5: ten times cheaper to serve, with nobody able to tell the difference.|It was drawn for GPT-4, which has not launched. Until it does, the model we serve has to get ten times cheaper, with nobody able to tell the difference.} The yardstick is the rumoured design served on the rumoured launch plan, {sim_fmt("score.launch_usd_per_mtok")}. Today we serve {sim_fmt("world.demand_served_share")} of what people ask for. Everything we want to ship next, longer context, images, new features, gets paid for out of that gap.
{
- after_launch == "32k":
    The 32k waitlist I lobbied for has grown longer than the list of customers who actually use it, which Dana points out with some relish.
- after_launch == "donate":
    My research allocation, given to serving in March, is still there. Nobody has offered to give it back, and I have stopped expecting them to.
- sim_num("jobs.long_context.done") >= 1 && multimodal_push == "demo":
    The 32k model and the image API, the one from the launch demo, are still in the drawer. Everyone agrees what will pay to take them out.
- sim_num("jobs.long_context.done") >= 1:
    The 32k model is still in the drawer, and so are the images I kept off the stage. Everyone agrees what will pay to take them out.
- else:
    The 32k fine-tune is {sim_num("jobs.long_context.progress") > 0:{sim_fmt("jobs.long_context.progress")} done|not started}, waiting on whatever training GPUs the queue leaves it. Everyone agrees what will pay to finish it.
}
"First priority," Dana says. "Before anything else. Pick your war room."

* [Take Marcus: the fleet is where the money goes]
    ~ trust_marcus++
    ~ thrift++
    I take Marcus. On the first day he brings a printout of the utilisation of every serving GPU, hour by hour, and we stare at the night-time valleys like farmers at a dry field.
* [Take Henrik: a smaller model that is as good is the real 10x]
    ~ trust_henrik++
    I take Henrik. He wants to talk about distillation and about what the scaling laws say a smaller model could do with more data. It is the long answer. It is also, probably, the right one.
* [Take Ruth: whatever we cut, quality has to survive it]
    ~ trust_ruth++
    I take Ruth, because every cost cut is a quality question, and she has the only evaluations that measure what users actually feel.
-
-> stopgap

= stopgap
The first proposal, from the serving team, is the cheapest lever in the building: lower the rejection probability in speculative decoding, and accept more of the draft model's tokens even when {served_model()} would have written something slightly different. # glossary: speculative decoding

* [Do it now: the cost curve bends today]
    ~ stopgap_call = "lenient"
    ~ nerf += 2
    We ship it on a Thursday: the verifier accepts more of the draft's tokens. # decide: speculative lenient
    The cost per token drops the same afternoon. By Monday there are threads with titles like "Is it just me or did {served_model()} get dumber?", and it isn't just them. The draft model is good, but it is not {served_model()}, and a few million answers later, people can taste the difference without being able to name it.
* [Refuse: exact verification, or it isn't {served_model()}]
    ~ stopgap_call = "refuse"
    ~ thrift++
    "No," I say. "The point of speculative decoding is that it is free. The moment it changes answers, we are quietly serving a worse model under a better name." The serving team is unhappy. The savings will have to come from somewhere honest.
* [Run a small, careful A/B test first]
    ~ stopgap_call = "ab"
    I ask for a test: one percent of traffic, two weeks, Ruth's evaluations on both arms. The test says the leniency saves real money and costs a little quality, measurable if you look for it. We ship a milder version. Some people still notice. Fewer. # decide: speculative mild
-
-> hardware

= hardware
In June the first H100s arrive: faster cards with much more memory bandwidth, which is exactly what decoding starves for. # advance: 2023-06 # event: h100_arrival # glossary: H100
The fleet is now {sim_fmt("fleet.total_gpus")}. Everyone has a plan for the new cards. Long context first, then images: that is the official order.
{
- stopgap_call == "lenient":
    Marcus's order is "serving, serving, and then we'll see", and he adds, looking at me, that faster cards are a more honest way to save money than a lenient verifier.
- stopgap_call == "refuse":
    Marcus's order is "serving, serving, and then we'll see". After I refused the lenient verifier, he says, the savings have to come from hardware like this, so don't waste it.
- else:
    Marcus's order is "serving, serving, and then we'll see". The A/B test from the spring is still running on a sliver of traffic, and he would like it to run on these.
}

* [All of them to serving: decode is bandwidth, and these have bandwidth]
    ~ h100_use = "serving"
    ~ thrift++
    They go to serving, where they landed. The same plan reads its weights faster on the new cards, and for the first time since March the queue graphs look like graphs rather than cliffs.
* [Give long context its GPUs: 32k is the most requested feature]
    ~ h100_use = "long_context"
    ~ starve++
    {sim_num("jobs.long_context.done") >= 1:They go to the long-context work: {after_launch == "32k":the 32k model leaves its waitlist for a wider group of customers|the 32k model goes out to its first customers}, and the cards that would have served everyone else train what comes after it. The KV cache of one long conversation fills memory like water fills a basement, and serving feels it.|They go to training, to finish the 32k fine-tune. Serving, which expected them, feels it.} # glossary: KV cache # decide: h100s training
* [Keep some for research: the next model starts with small experiments]
    ~ h100_use = "next"
    ~ hubris++
    They go to research, for the small runs the next model will need. Henrik is delighted. The serving queue is not. # decide: h100s research
-
-> cost_lab

= cost_lab
{sim_num("score.gpt4_launched") >= 1:The serving plan goes back to the lab with one goal: ten times cheaper than the launch yardstick, without the quality readout falling.|There is no GPT-4 to make ten times cheaper. The lab works on what we do serve, 3.5, and the slide waits for a model that exists.} # hint: Cut the cost per token of the model we serve: ten times under the launch yardstick is the goal, with perceived quality kept. # screen: serving
{
- sim_num("score.gpt4_launched") < 1 && sim_num("score.usd_per_mtok") > 0:
    3.5 now serves at {sim_fmt("score.usd_per_mtok")}, with perceived quality at {sim_fmt("score.quality")}. Dana reads it, nods, and turns the slide face down.
- sim_num("score.gpt4_launched") < 1:
    The plan for 3.5 does not fit its replicas, and the old one keeps serving. Dana turns the slide face down.
- sim_num("plan.gpt4_serving.fits") < 1:
    ~ hubris++
    The new plan does not fit on the serving replicas: the lab's memory bar is red, and GPT-4 goes on running on whatever plan the replicas can hold. Marcus asks, very politely, whether I would like to try again in a quieter room.
- sim_num("verdict.turbo") >= 1:
    The new plan serves GPT-4 at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}: {sim_fmt("score.cost_vs_launch")} than the launch yardstick of {sim_fmt("score.launch_usd_per_mtok")}. Perceived quality reads {sim_fmt("plan.gpt4_serving.quality")}.
    Dana looks at the two numbers side by side for a long time, then takes a photograph of the screen, which I have never seen her do.
- sim_num("verdict.nerfed") >= 1 && sim_num("score.cost_ratio_vs_launch") >= 1:
    ~ nerf++
    The new plan serves GPT-4 at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}, {sim_fmt("score.cost_vs_launch")} than the launch yardstick, with perceived quality at {sim_fmt("plan.gpt4_serving.quality")}. The cost is down. So is the quality readout, and Ruth's evaluations agree with it, and so, within a week, does the internet.
- sim_num("verdict.nerfed") >= 1:
    ~ nerf++
    The new plan serves GPT-4 at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}, {sim_fmt("score.cost_vs_launch")} than the launch yardstick, with perceived quality at {sim_fmt("plan.gpt4_serving.quality")}. The quality readout is down, and the cost is not. Ruth puts her finger on the first number; Marcus on the second. Neither of them says anything, which is how I know to go back to the lab.
- sim_num("score.cost_ratio_vs_launch") > 1:
    The new plan serves GPT-4 at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}: {sim_fmt("score.cost_vs_launch")} than the launch yardstick of {sim_fmt("score.launch_usd_per_mtok")}, at {sim_fmt("plan.gpt4_serving.tokens_per_second_per_gpu")} per GPU, with perceived quality at {sim_fmt("plan.gpt4_serving.quality")}. A real saving. Not ten times. Marcus writes the ratio on his whiteboard and leaves space beside it for the next one.
- else:
    The new plan serves GPT-4 at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}, {sim_fmt("score.cost_vs_launch")} than the launch yardstick of {sim_fmt("score.launch_usd_per_mtok")}. Perceived quality reads {sim_fmt("plan.gpt4_serving.quality")}.
    Dana looks at the ratio, which is not a saving at all, and says, evenly, "That's a start, in the wrong direction." From Dana, that is not a compliment.
}
Upstairs wants a date for ten times. Dana asks me what to promise.

* [Promise ten times by the end of the year]
    ~ hubris++
    ~ nerf++
    "By the end of the year," I say. Dana writes it down without comment. From then on, every cut that gets us closer feels like a good idea, including the ones that aren't.
* [Promise nothing but the ratio we have, measured, every month]
    ~ thrift++
    ~ trust_dana++
    "The ratio we have, every month, measured the same way," I say. Dana nods. "Less exciting," she says. "Much harder to argue with."
* [Ask for more H100s instead of a date]
    ~ starve++
    "More H100s," I say. "Then the date takes care of itself." Dana forwards the request upstairs. The answer comes back the same week: the cards are spoken for, and the date is still wanted.
-
-> complaints

= complaints
{
- nerf >= 2:
    By summer "{served_model()} got worse" is a genre. Some of it is noise. Some of it is us.
- else:
    By summer "{served_model()} got worse" is a genre anyway. As far as our evaluations can tell, most of it is noise, and people finding the model's limits.
}
A journalist asks the press team whether the model was changed to save money. It reaches me via Dana, with one word: "Draft?"

* [Draft a flat denial: the model is the same model]
    ~ complaint_reply = "deny"
    {nerf >= 2:
        ~ nerf++
        ~ legal_heat++
    }
    I draft the denial. {nerf >= 2:It is technically true about the weights and not true about the answers. Dana reads it, asks me if I would say it under oath, and sends it anyway, after removing one sentence.|It is true, and Dana sends it as I wrote it.}
* [Explain what changed and what didn't, in engineering terms]
    ~ complaint_reply = "explain"
    ~ trust_ruth++
    I write what we changed, what we measured, and what we didn't change. It is longer than the press team wants and shorter than I want. Ruth adds a paragraph about how we evaluate. It runs almost unedited, and the thread that quotes it is, for once, mostly about the engineering.
* [Roll back the last cost cut and tell them so]
    ~ complaint_reply = "rollback"
    ~ nerf--
    ~ starve++
    I recommend rolling back the last cut. We do. The quality complaints slow. The queue grows. The answer to the journalist is one sentence long, and true.
    {sim_num("plan.gpt4_serving.threshold") > 0:
        The verifier goes back to exact, the way it was meant to be. # decide: speculative exact
    }
-
-> last_meeting

= last_meeting
{
- north_star == "quality":
    Two years ago I wrote QUALITY on a whiteboard and Marcus told me to remember I had said "later". It is later.
- north_star == "cost":
    Two years ago I wrote COST on a whiteboard, and Marcus looked up from his phone. He still brings it up when he wants something.
- else:
    Two years ago I drew two blanks on a whiteboard, one under QUALITY and one under COST, and promised numbers by Friday. I have been filling them in ever since.
}
In November Dana holds one last planning meeting of the year. The same five of us, a clean whiteboard and a very long list from customers: tool calling, a code interpreter, an API that remembers a conversation so developers don't have to, cheap fine-tuning. # advance: 2023-11
"One priority for the winter," Dana says. "Everyone gets one line. Andy, you first this time."

* [The full efficiency programme: distil, quantise with evaluations, batch, cache]
    ~ final_push = "efficiency"
    ~ thrift += 2
    I write: EFFICIENCY. A smaller model distilled from the big one; quantisation done layer by layer, with evaluations; bigger batches and a smaller KV cache. Cheap is a feature; it is the feature all the other features are waiting for.
* [The next giant: more experts, more data, bigger again]
    ~ final_push = "giant"
    ~ hubris += 2
    ~ data_debt++
    I write: THE NEXT MODEL. More experts, more tokens, more of everything. Henrik asks, quietly, where the tokens are coming from. I don't have a good answer, and I write the line anyway.
* [A data audit: every source, every licence, before anyone else asks]
    ~ final_push = "audit"
    ~ legal_heat -= 3
    ~ trust_suki++
    I write: AUDIT. Every source, every licence, every shelf. {took_shadow_books or took_scihub:Suki looks at me, then at the unlabelled shelf, and nods.|Suki looks pleased, and a little surprised.} It is the least exciting line on the board. It may be the most urgent.
* [Cut cost now, whatever it takes: cheaper by Christmas]
    ~ final_push = "cheap"
    ~ nerf += 2
    I write: CHEAPER BY CHRISTMAS. Int4 weights, a lenient verifier, shorter answers. Ruth writes hers directly underneath mine: WITHOUT LOSING QUALITY. The two lines sit there, disagreeing, for the rest of the meeting.
-
Dana photographs the board and turns off the light. # page
-> endings
