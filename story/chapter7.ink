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
- sim_num("model.gpt4.trained") >= 1 || sim_num("run.active") >= 1:
    The model is there, or nearly. What remains is making it safe, usable and affordable.
- else:
    There is a problem with that sentence: we have no finished GPT-4. What will ship in March is whatever our runs have left us, dressed as well as we can dress it.
}
-> multimodal

= multimodal
Multimodality goes first, as a demo rather than a product: the text model gets only 2T tokens of continued training on image-text data, enough to read a photo of a hand-drawn website and write the code for it, on stage, once. # glossary: tokens

* [Push to ship image input to everyone at launch]
    ~ multimodal_push = "ship"
    ~ starve++
    "Ship it," I say. "Nobody will forget seeing a model read a napkin sketch."
    "Nobody will forget the outage either," Marcus says. "An image is hundreds of tokens before the user has typed a word." Dana keeps it a demo. My name goes on the list of people to ask when there are GPUs.
* [Keep it a demo, as planned]
    ~ multimodal_push = "demo"
    ~ trust_dana++
    {images_in:The image data we kept warm since last spring finally earns its keep.|We were text-only by choice; the demo is built from the image data somebody kept warm anyway.} "Demo at launch, product when we can serve it," I say. Dana nods.
* [Pull it from the launch entirely: one new thing at a time]
    ~ multimodal_push = "wait"
    ~ thrift++
    "Pull it," I say. "Every GPU that runs the demo isn't serving text." Dana overrules me for the stage and agrees for everything else: one demo, and then back in the drawer.
-
-> serving_prep

= serving_prep
Then the real work: making the model servable, reusing everything 3.5 and ChatGPT taught us. Requests are batched, because decoding a token reads every active weight once and a batch shares that read. Continuous batching swaps finished conversations out and new ones in at every step instead of waiting for the slowest answer. # glossary: Continuous batching
Then speculative decoding. Some text is easy: the end of a common phrase, a closing bracket. A small draft model guesses several tokens ahead; GPT-4 checks them in one pass, keeps the ones it agrees with and writes the next itself. Done exactly, the answer is the same and arrives two or three times faster. # glossary: speculative decoding

* [Exact verification: accept only what GPT-4 would have written]
    ~ spec_vote = "exact"
    ~ thrift++
    "Exact," I say. "The draft model saves time, never changes an answer. If we start accepting the draft's opinion, we're serving a different model with GPT-4's name on it."
* [A little leniency: accept drafts that are nearly as good]
    ~ spec_vote = "lenient"
    ~ nerf++
    "A little leniency," I say. "If the draft's token is GPT-4's second choice, who cares? We accept more, we go faster."
    Ruth, who is in the meeting for other reasons, cares. "You won't notice on one answer," she says. "Millions of people will notice on millions of answers."
* [No speculative decoding at launch: one less thing to go wrong]
    ~ spec_vote = "off"
    ~ hubris++
    "Not for launch," I say. "A second model in the serving path is a second thing to fail." Marcus works out what it costs to go without it and tells me, in GPUs. It is a lot of GPUs.
-
Quantisation, the trick that saved ChatGPT in January, is the obvious next saving for GPT-4. # glossary: Quantisation

* [Quantise it to int8 for launch; we did it for ChatGPT]
    ~ launch_quant = "int8_now"
    ~ nerf++
    "We did it for ChatGPT in a week," I say.{quant_job == "careful": Then I remember how that week went, layer by layer, and how much of it was evaluation.} Dana lets me try. The evaluations come back mostly fine and a little strange, and the strangeness ships.
* [Quantisation needs experiments; do it after launch]
    ~ launch_quant = "later"
    ~ thrift++
    "Later," I say. "A sparse model quantises differently from a dense one, and we have one chance at a first impression." Dana agrees. The experiments go on the list for spring.
-
-> serving_lab

= serving_lab
Open the serving lab for the launch: precision, batching, the KV cache and the context window, and speculative decoding with its acceptance threshold. The launch-day cost per token becomes the number every later saving is measured against. # screen: serving # glossary: KV cache
The launch plan serves GPT-4 at {sim_fmt("plan.serving.usd_per_mtok")}, {sim_fmt("plan.serving.tokens_per_second_per_gpu")} per GPU, {sim_fmt("plan.serving.latency_seconds_per_token")} a token. Perceived quality: {sim_fmt("plan.serving.quality")}.
{
- sim_num("plan.serving.quality") < 0.9 && sim_num("plan.serving.usd_per_mtok") < 2:
    ~ nerf++
    It is cheap. It is also, Ruth says after an hour with it, noticeably not the model we trained. "You've built a very affordable disappointment," she says, and means it kindly, which is worse.
- sim_num("plan.serving.quality") < 0.9:
    ~ nerf++
    Ruth reads the quality number and closes her laptop slowly. "That's not GPT-4," she says. "That's GPT-4's cousin."
- sim_num("plan.serving.usd_per_mtok") > 10:
    ~ hubris++
    Marcus reads the cost number twice. "At that price," he says, "every free user is a small donation from us to them."
- else:
    Marcus reads the numbers, then reads them again, and then, for the first time in my memory, says "good" without a qualifier.
}
-> launch

= launch
The launch is on a Tuesday in March. # advance: 2023-03 # event: gpt4_launch # music: launch # sfx: launch
Traffic explodes within the hour, the way it did for ChatGPT, except that this time we expected it and it still surprises us. The launch cost is fixed at {sim_fmt("score.launch_usd_per_mtok")}: from now on, every saving is measured against it. We serve {sim_fmt("world.demand_served_share")} of what is asked.
{
- sim_num("model.gpt4.capability") > sim_num("model.gpt35.capability") + 30:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5, a gap so wide that Henrik reruns the evaluation twice before he believes it. Users agree within hours: this is not a better 3.5, it is a different kind of thing. The office goes quiet, the quiet of people reading what strangers are saying about their work.
- sim_num("model.gpt4.capability") > sim_num("model.gpt35.capability") + 10:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5. Users agree, loudly and everywhere: it is much better. It passes the exams, reads the contracts and writes the code. For a day the office is very quiet, the quiet of people reading what strangers are saying about their work.
- sim_num("model.gpt4.capability") > sim_num("model.gpt35.capability"):
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5. Better, clearly. Not the leap everyone imagined. The reviews say "impressive" in the tone that means "expected more", and Henrik says nothing at all, which is worse.
- else:
    Our suite scores what we launch at {sim_fmt("score.capability")}, and 3.5 at {sim_fmt("model.gpt35.capability")}. The reviews are polite. "Better, but," says everyone, and I find I have no answer to the "but".
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

= crunch
Then the GPUs run out. Every one is serving; experiments queue for days because inference comes first. The 32k-context model, fine-tuned from the 8k one, sits ready and unreleased, and so does the image API: not because they don't work, but because there is not enough compute to serve them. # music: tense

* [Lobby to release the 32k context anyway, to a few customers]
    ~ after_launch = "32k"
    ~ starve++
    I lobby for 32k. A contract, a codebase, a whole book in one prompt. Marcus shows me what one 32k conversation does to the KV cache of a server: four times an 8k one, for as long as the user keeps talking. It goes out to a small waitlist. The waitlist grows faster than the GPUs do. # glossary: KV cache
* [Accept the wait: fix cost first, then ship what it pays for]
    ~ after_launch = "wait"
    ~ thrift++
    I accept it. Longer context and images are what we will buy with the savings. Cost is the currency; we haven't earned any yet.
* [Give your own research GPUs to serving]
    ~ after_launch = "donate"
    ~ trust_marcus++
    I hand my research allocation to serving. It is not much, and it is everything I had. Marcus says nothing, and the next morning there is a coffee on my desk, the way I like it, which nobody has ever asked me about. # page
-
-> chapter8
