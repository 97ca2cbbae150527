// Chapter 7: The GPT-4 launch (February to April 2023).
// March as a deadline, multimodality as a demo, batching, continuous
// batching, quantisation deferred, speculative decoding, the launch itself,
// and the compute shortage that keeps 32k and images in the drawer.

=== chapter7 ===
By February everyone knows that ChatGPT runs on a 3.5 base model, and everyone has the same next question. The pressure moves, in one week, from the alignment team's floor to ours. # chapter: 7 The GPT-4 Launch # music: tense # advance: 2023-02
{
- chatgpt_side == "run":
    I argued in December that GPT-4 was the company and ChatGPT was a demo. Nobody reminds me. They don't have to.
- chatgpt_side == "users":
    In December I argued for ChatGPT's users over the run. Now the run has to carry those users' expectations, and the days I gave away are days we don't have.
- else:
    The partner's borrowed GPUs are still humming, and everyone knows they were lent for ChatGPT, not for us.
}
Dana's message to the team is two lines long. "GPT-4 ships in March. It has to be what people imagine it is."
{
- sim_num("model.gpt4.trained") >= 1 && sim_num("jobs.alignment.done") >= 1:
    The model is there, trained and aligned. What remains is making it usable and affordable.
- sim_num("model.gpt4.trained") >= 1:
    The model is there; its alignment and evaluations are {sim_num("jobs.alignment.progress") > 0:{sim_fmt("jobs.alignment.progress")} done|not even started}, and every GPU that serves ChatGPT this month is one they do not get.
- sim_num("run.active") >= 1:
    The model is not finished: {sim_num("run.training_progress") > 0:the run is {sim_fmt("run.training_progress")} done|the run has barely moved}, and in March it ships as far as it got.
- else:
    There is a problem with that sentence: we have no GPT-4. What will ship in March is whatever our runs have left us, dressed as well as we can dress it.
}
-> multimodal

= multimodal
{sim_num("jobs.multimodal.done") >= 1:Multimodality goes first, as a demo rather than a product: the text model got only 2T tokens of continued training on image-text data, enough to read a photo of a hand-drawn website and write the code for it, on stage, once.|Multimodality was meant to go first, as a demo: 2T tokens of continued training on image-text data. {sim_num("jobs.multimodal.progress") > 0:That training is {sim_fmt("jobs.multimodal.progress")} done.|That training has not started.}} # glossary: tokens

* {sim_num("jobs.multimodal.done") >= 1} [Keep it a demo, as planned]
    ~ multimodal_push = "demo"
    ~ trust_dana++
    {images_in:The image data we kept warm since last spring finally earns its keep.|We were text-only by choice; the demo is built from the image data somebody kept warm anyway.} "Demo at launch, product when we can serve it," I say. Dana nods.
* {sim_num("jobs.multimodal.done") >= 1} [Pull it from the launch entirely: one new thing at a time]
    ~ multimodal_push = "wait"
    ~ thrift++
    "Pull it," I say. "Every GPU that runs the demo isn't serving text." Dana thinks about the stage for a long minute, then agrees: text only, and the images stay in the drawer until there are GPUs to serve them.
* {sim_num("jobs.multimodal.done") < 1} [Launch text-only: the images wait for their training]
    ~ multimodal_push = "wait"
    "Text only," I say. "A half-trained demo is a demo of what doesn't work yet." Dana crosses the image demo off the launch plan and writes, beside it, "later".
-
-> serving_prep

= serving_prep
Then the real work: making the model servable, reusing everything 3.5 and ChatGPT taught us. Requests are batched, because decoding a token reads every active weight once and a batch shares that read. Continuous batching swaps finished conversations out and new ones in at every step instead of waiting for the slowest answer. # glossary: Continuous batching
Then speculative decoding. Some text is easy: the end of a common phrase, a closing bracket. A small draft model guesses several tokens ahead; GPT-4 checks them in one pass, keeps the ones it agrees with and writes the next itself. Done exactly, the answer is the same and arrives two or three times faster. # glossary: speculative decoding

* [Exact verification: accept only what GPT-4 would have written]
    ~ thrift++
    "Exact," I say. "The draft model saves time, never changes an answer. If we start accepting the draft's opinion, we're serving a different model with GPT-4's name on it." # decide: speculative exact
* [A little leniency: accept drafts that are nearly as good]
    ~ nerf++
    "A little leniency," I say. "If the draft's token is GPT-4's second choice, who cares? We accept more, we go faster." # decide: speculative lenient
    Ruth, who is in the meeting for other reasons, cares. "You won't notice on one answer," she says. "Millions of people will notice on millions of answers."
* [No speculative decoding at launch: one less thing to go wrong]
    ~ hubris++
    "Not for launch," I say. "A second model in the serving path is a second thing to fail." Marcus works out what it costs to go without it and tells me, in GPUs. It is a lot of GPUs. # decide: speculative off
-
Quantisation, the trick that saved ChatGPT in January, is the obvious next saving for GPT-4. # glossary: Quantisation

* [Quantise it to int8 for launch; we did it for ChatGPT]
    ~ nerf++
    "We did it for ChatGPT in a week," I say.{quant_job == "careful": Then I remember how that week went, layer by layer, and how much of it was evaluation.} Dana lets me try. The evaluations come back mostly fine and a little strange, and the launch plan goes to 8 bits. # decide: gpt4_precision int8
* [Quantisation needs experiments; do it after launch]
    ~ thrift++
    "Later," I say. "A sparse model quantises differently from a dense one, and we have one chance at a first impression." Dana agrees. The launch plan stays at 16 bits, and the experiments go on the list for spring. # decide: gpt4_precision fp16
-
-> serving_lab

= serving_lab
The launch plan goes to the serving lab, with the votes of those meetings already in it and the KV cache to size. # hint: Set the launch plan: precision, batching, the KV cache and context window, and speculative decoding with its acceptance threshold. # screen: serving # glossary: KV cache
{sim_num("plan.gpt4_serving.fits") >= 1 && sim_num("model.gpt4.trained") < 1:On paper, the launch plan would serve the rumoured design at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}; we have no GPT-4 of our own to put behind it.}
{sim_num("plan.gpt4_serving.fits") >= 1 && sim_num("model.gpt4.trained") >= 1:The launch plan serves GPT-4 at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}, {sim_fmt("plan.gpt4_serving.tokens_per_second_per_gpu")} per GPU, {sim_fmt("plan.gpt4_serving.latency_seconds_per_token")} a token. Perceived quality: {sim_fmt("plan.gpt4_serving.quality")}.}
{
- sim_num("plan.gpt4_serving.fits") < 1:
    ~ hubris++
    The launch plan does not fit: the serving lab shows the replica's memory in red, and not one copy of GPT-4 can be held the way the plan asks. Marcus sends the screenshot to the whole launch channel with no comment at all.
- sim_num("plan.gpt4_serving.nerfed") >= 1:
    ~ nerf++
    Ruth reads the quality number and closes her laptop slowly. "That's not GPT-4," she says. "That's GPT-4's cousin."
- sim_num("plan.gpt4_serving.servable") < 1:
    ~ hubris++
    Marcus reads the cost number twice. "At that price," he says, "every free user is a small donation from us to them."
- else:
    Marcus reads the numbers, then reads them again, and then, for the first time in my memory, says "good" without a qualifier.
}
-> launch

= launch
March, and the date upstairs promised. # advance: 2023-03 # event: gpt4_launch
{sim_num("score.gpt4_launched") < 1:
    -> no_launch
}
The launch is on a Tuesday. # music: launch # sfx: launch
Traffic explodes within the hour, the way it did for ChatGPT, except that this time we expected it and it still surprises us. We serve {sim_fmt("world.demand_served_share")} of what is asked{sim_num("plan.gpt4_serving.fits") >= 1:, at {sim_fmt("plan.gpt4_serving.usd_per_mtok")}|, on whatever replicas the plan can hold}. Upstairs fixes the yardstick every saving will be measured against: the rumoured design, served exactly as the first design doc said, at {sim_fmt("score.launch_usd_per_mtok")}.
{sim_num("jobs.alignment.done") < 1:Alignment is {sim_num("jobs.alignment.progress") > 0:{sim_fmt("jobs.alignment.progress")} done|not started} on launch day. Ruth signs off on what exists and says, for the record, that the rest ships as patches, and users will feel the difference until it does.}
{
- sim_num("score.leap_band") >= 3:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5, a gap so wide that Henrik reruns the evaluation twice before he believes it. Users agree within hours: this is not a better 3.5, it is a different kind of thing. The office goes quiet, the quiet of people reading what strangers are saying about their work.
- sim_num("score.leap_band") >= 2:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5. Users agree, loudly and everywhere: it is much better. It passes the exams, reads the contracts and writes the code. For a day the office is very quiet, the quiet of people reading what strangers are saying about their work.
- sim_num("score.leap_band") >= 1:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5. Better, clearly. Not the leap everyone imagined. The reviews say "impressive" in the tone that means "expected more", and Henrik says nothing at all, which is worse.
- else:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, and 3.5 scored {sim_fmt("model.gpt35.capability")}. The reviews are polite. "Better, but," says everyone, and I find I have no answer to the "but".
}
That night, nobody goes home on time.

* [Watch the serving dashboards with Marcus]
    ~ trust_marcus++
    I sit with Marcus in front of the serving dashboards until two in the morning. Every few minutes a new region wakes up and the request graph climbs another step. He narrates it like a football match. When Asia comes online he stands up, which I have never seen him do for anything.
* [Read what users are saying, with Ruth]
    ~ trust_ruth++
    I read what people are saying, with Ruth beside me flagging the interesting ones. A teacher who has it grade an essay and argue with her about the grade. A programmer who asks it to find a bug and is told, correctly and politely, that there are two. Ruth reads the failures out loud too, because that is her job.
* [Go home and sleep: the run was the hard part]
    I go home at seven and sleep for eleven hours, the first full night since the run started in July. When I wake up, there are three hundred messages, and not one of them is an emergency. It is the best morning of the year.
-
Dana sends the team one line: "Mission basically done. Thank you." Then, an hour later, a second line: "Basically."
-> crunch

= no_launch
There is nothing to launch under GPT-4's name. No run of ours finished, and the date upstairs promised passes with a blog post about 3.5, polished, and a paragraph about what comes next that everyone in the building reads as an apology. # music: calm
Dana does not send the team a message that night. The next morning she sends one line: "We go again."
-> crunch

= crunch
{
- sim_num("score.gpt4_launched") >= 1 && sim_num("jobs.long_context.done") >= 1:
    Then the GPUs run out. Every one is serving; experiments queue for days because inference comes first. The 32k-context model, fine-tuned from the 8k one, sits ready and unreleased, not because it doesn't work but because there is not enough compute to serve it{sim_num("jobs.multimodal.done") >= 1:, and the image API waits beside it for the same reason|; the image model is still in continued training}. # music: tense # sfx: outage
- sim_num("score.gpt4_launched") >= 1:
    Then the GPUs run out. Every one is serving; experiments queue for days because inference comes first. The 32k fine-tune is {sim_num("jobs.long_context.progress") > 0:{sim_fmt("jobs.long_context.progress")} done|not started} and will not finish on leftovers, and the image API waits behind it. # music: tense # sfx: outage
- else:
    Then the GPUs run out anyway: ChatGPT takes every one it can get, and the experiments for the next attempt queue for days behind it. # music: tense # sfx: outage
}

* {sim_num("jobs.long_context.done") >= 1} [Lobby to release the 32k context anyway, to a few customers]
    ~ after_launch = "32k"
    ~ starve++
    I lobby for 32k. A contract, a codebase, a whole book in one prompt. Marcus shows me what one 32k conversation does to the KV cache of a server: four times an 8k one, for as long as the user keeps talking. It goes out to a small waitlist, on servers of its own taken from the serving fleet. The waitlist grows faster than the GPUs do. # glossary: KV cache # decide: waitlist_32k on
* [Accept the wait: fix cost first, then ship what it pays for]
    ~ after_launch = "wait"
    ~ thrift++
    I accept it. Longer context and images are what we will buy with the savings. Cost is the currency; we haven't earned any yet.
* [Give your own research GPUs to serving]
    ~ after_launch = "donate"
    ~ trust_marcus++
    I hand my research allocation to serving. It is not much, and it is everything I had. # decide: research_to_serving all
    Marcus says nothing, and the next morning there is a coffee on my desk, the way I like it, which nobody has ever asked me about. # page
-
-> chapter8
