// Chapter 3: A year of trying (December 2021 to February 2022).
// The data-mixture experiments, the context curriculum from 2,048 to 4,096,
// training far past GPT-3's 300B tokens, and a result good enough to be
// called 3.5 and not good enough to be called anything else.

=== chapter3 ===
December. The partner in Redmond has finished a new cluster for us, and Marcus spends a week walking around the office like a man who has just been handed the keys to a cathedral. # chapter: 3 A Year of Trying # music: calm # advance: 2021-12 # event: microsoft_deal
The fleet is now {sim_fmt("fleet.total_gpus")}. Marcus announces it in the infrastructure channel with a photograph of a very long corridor of racks and no caption at all.
{
- fleet_stance == "trainer":
    "More GPUs," Dana says to me in the corridor, "so you can starve the API a little less this time." It is the first of many reminders that my first split is in a spreadsheet somewhere, with my name on it.
- fleet_stance == "server":
    "More GPUs," Dana says to me in the corridor, "so this time the run doesn't have to wait for every customer." She smiles when she says it, which is how I know she hasn't forgotten.
- else:
    "More GPUs," Dana says to me in the corridor. "Don't get attached to balance. It's easier to be balanced when there's nothing to fight over."
}
The plan for the winter is the obvious one: GPT-3 again, with everything we would now do differently. Same architecture, better data, a longer context, many more tokens.
-> mixtures

= mixtures
Before a big run you run a hundred small ones, to find the mixture: how much web, how much code, how many passes over books and papers. It is the least heroic work in machine learning, a spreadsheet of little models, and as far as I can tell it is where most of a big model's quality comes from.

* [Run it properly: a grid of ratios, several seeds each, and honest error bars]
    ~ mix_method = "grid"
    ~ thrift++
    ~ trust_henrik++
    I build the grid: eight ratios, three seeds each, one evaluation suite. It costs a week, and it shows me how noisy small models are: two seeds of one mixture disagree more than two mixtures do. With error bars, a real winner appears, less exciting than any single run suggested and much more likely to be true.
* [Trust Suki's instinct and start from her favourite mix]
    ~ mix_method = "gut"
    ~ trust_suki++
    Suki has a favourite mixture the way some people have a favourite pub. "Web once, books twice, code as much as Codex will let you, papers to taste," she says, and I run a handful of checks around her recipe instead of a full grid.
    The checks come back fine. They would probably have come back fine for several other recipes too, which is the thing about instincts: they are often right, and you never quite find out how often.
* [Keep raising the code share until something breaks]
    ~ mix_method = "code"
    ~ data_debt++
    I take the Codex result as a dare. Ten percent code, twenty, thirty, forty. The English does not get worse. The maths gets better. At fifty percent the small models start writing essays with suspiciously well-organised paragraphs and a strange fondness for the word "return", and I stop.
    It works. It also means leaning hard on one source, and there is no second GitHub.
-
A good ratio, found the slow way or the fast way, goes into the plan for the big run.
-> context_length

= context_length
Next, the context. GPT-3 reads 2,048 tokens at a time, about three pages; customers want contracts, email threads, whole files of code. Attention cost grows with the square of the length, so the trick is a curriculum: most of the run on short sequences, where steps are cheap, lengthening them near the end. # glossary: tokens

* [Argue for a curriculum from 2,048 to 4,096]
    ~ context_ask = "4k"
    ~ thrift++
    "Double it," I say. "Start at 2,048, finish at 4,096. Most of the run stays cheap, and the model still learns to use the longer window." # decide: context 4k
    Dana nods. "The sensible answer. I was hoping someone would say it so I didn't have to."
* [Argue for 8,192 straight away: applications will want it next year anyway]
    ~ context_ask = "8k"
    ~ hubris++
    "Why stop at double?" I say. "By the time this ships, people will want eight thousand." # decide: context 8k
    Marcus does the arithmetic out loud: the attention scores of every layer grow with the square of the length, and nobody's kernels tile them away; they sit in memory whole. "You can have 8k," he says, "if it fits. Put it in the plan and let the memory bar argue with you."
* [Keep 2,048 and spend everything on more tokens]
    ~ context_ask = "2k"
    ~ data_debt++
    "Keep the window," I say. "Spend the compute on reading more, not on reading longer." # decide: context 2k
    "Customers disagree," Dana says, "loudly and in writing." She shows me a folder of support tickets, half of which contain the words "cut off". "Your plan, your tickets," she says, and the folder goes on my desk.
-
-> design_35

= design_35
{
- mix_method == "grid":
    The grid's winning mixture goes into the plan with its error bars attached, which makes it the first plan in the building with error bars.
- mix_method == "gut":
    Suki's recipe goes into the plan with a comment beside it that just says "trust me", which Dana deletes and then, after a moment, restores.
- else:
    The code-heavy mixture goes into the plan. Suki attaches a note about there being no second GitHub, in case anyone has forgotten.
}
The third question answers itself. GPT-3 was trained on 300B tokens, which we now think was far too few for a model that size: a big model that stops reading early is a student who left after the first term. This one reads much longer.
I open the model designer. This run keeps GPT-3's shape; the rest is mine to set, tensor parallelism and all. # hint: Set the context curriculum, the batch ramp and the parallelism (tensor parallelism inside each server, pipeline stages across them) and check that the plan fits the GPUs. Commit when the days and the predicted loss look like something you would sign. # screen: designer # glossary: tensor parallelism
-> design_35_committed

= design_35_committed
The plan is signed: {sim_fmt("plan.training.total_params")} parameters, {sim_fmt("plan.training.flops")} of compute, a window that ends the curriculum at {sim_fmt("plan.training.context_tokens")} tokens, {sim_fmt("plan.training.days")} on the GPUs we have given to training.
{
- sim_num("plan.training.fits") < 1:
    Except that it does not fit. The designer shows the memory bar in red, and Marcus, who watches the plans the way a lifeguard watches swimmers, sends me a screenshot of it before I have finished reading it myself. There is no time to argue; Dana tells me to use the shape we already know works, and the run goes ahead on the well-worn GPT-3 configuration while my plan waits in a drawer for a rainy day.
- sim_num("band.mfu") < 1:
    The model FLOPs utilisation comes out at {sim_fmt("plan.training.mfu")}, with a pipeline bubble of {sim_fmt("plan.training.bubble")}. That means most of what the GPUs could do is spent waiting, talking to each other or idling at the ends of the pipeline. Marcus calls it "heating the building with extra steps". # glossary: pipeline bubble
- else:
    The model FLOPs utilisation comes out at {sim_fmt("plan.training.mfu")}, with a pipeline bubble of {sim_fmt("plan.training.bubble")}. For a run this size that is respectable, and Marcus, who has seen worse, says "fine" without being asked. # glossary: pipeline bubble
}
The run starts on a Tuesday, because nobody starts a big run on a Friday twice. # event: gpt35_start # sfx: start
-> split_35

= split_35
With a run going, the old question comes back: how many GPUs does it get, and how many go to the API, whose queue has not stopped growing just because we are busy?
{
- context_ask == "8k":
    "Same game as your first week," Dana says. "Bigger board. And no, the 8k you wanted doesn't come with extra GPUs."
- context_ask == "2k":
    "Same game as your first week," Dana says. "Bigger board. You wanted every GPU on tokens; now you get to decide how many that is."
- else:
    "Same game as your first week," Dana says. "Bigger board, and a run that actually needs the answer."
}
I take the fleet plan out again. # hint: Split the fleet for the winter between training, serving and research. # screen: fleet
The run gets {sim_fmt("fleet.training_gpus")}, the API {sim_fmt("fleet.serving_gpus")}, and research {sim_fmt("fleet.research_gpus")}. At that split the API serves {sim_fmt("world.demand_served_share")} of what customers ask for.
{
- sim_num("band.demand_served") >= 5:
    Every customer is served, and the run takes what is left. Dana looks at the run's timeline and says nothing, which is her way of saying a great deal.
- sim_num("band.demand_served") < 2:
    ~ starve++
    Marcus forwards me three angry customer emails without comment. The comment is implied.
- else:
    The queue holds. Marcus's phone stays in his pocket for almost an entire meeting, a personal record.
}
-> night_shift

= night_shift
In the third week I am on call for the first time. At 3:12 a.m. my phone lights up: the run has stopped. One node out of thousands has started returning gradients full of nonsense, and a synchronous job is exactly as strong as its weakest GPU. # advance: 2022-01 # sfx: alert # music: tense

* [Roll back to the last checkpoint, drain the node and go back to bed]
    -> night_restart
* [Stay up and find out what actually went wrong with that node]
    -> night_bisect
* [Wake Marcus]
    -> night_wake

= night_restart
~ night_call = "restart"
~ thrift++
I do the boring thing. Drain the node, roll back to the checkpoint from forty minutes ago, restart, and watch the loss pick up where it left off, with the small hiccup of a run that has lost forty minutes of its life and does not know it.
Then I lie awake doing arithmetic. A run on thousands of GPUs loses a node every few days. Each failure costs the time since the last checkpoint, plus the restart, plus the minutes until someone notices. The MFU in the plan is not the MFU you get; you get the plan's minus every night like this one. # glossary: MFU
In the morning Marcus reads the incident log and replies with a single word: "Textbook." I choose to take it as praise.
-> the_result

= night_bisect
~ night_call = "bisect"
~ starve++
~ trust_marcus--
I drain the node and restart the run, and then, instead of sleeping, I borrow a handful of serving GPUs to reproduce the fault. The API is quiet at three in the morning, I tell myself. Mostly quiet.
By six I have found it: one GPU flipping a bit every few thousand steps, often enough to poison the gradients and rarely enough to pass every health check. I write a new check, and I am genuinely proud of it.
By nine, Marcus has discovered that "mostly quiet" included a customer in Europe whose batch jobs timed out for three hours. He is not angry. He is something worse than angry: patient. "Next time," he says, "the run waits for the morning. The customers don't."
-> the_result

= night_wake
~ night_call = "wake"
~ trust_marcus++
I call Marcus. He answers on the second ring, sounding exactly as awake as he does at noon, which raises questions I decide not to ask.
He has the node drained and the run restarted before I have finished describing the symptoms, then stays on the line for twenty minutes explaining which failures you restart through and which mean you check the whole rack's firmware.
"Call me anytime," he says at the end, and I believe him, and I also resolve never to need to. That resolution lasts until the next run.
-> the_result

= the_result
February, and the name is due. # advance: 2022-02 # event: gpt35_ship # music: calm # sfx: milestone
{
- sim_num("model.gpt35.progress") >= 0.999:
    The run is done. We trained it far past GPT-3's 300B tokens, on the new mixture, with its window at {sim_fmt("model.gpt35.context_tokens")} tokens by the end. Its capability score on our evaluation suite comes out at {sim_fmt("model.gpt35.capability")}.
- else:
    The run is not done: it has read {sim_fmt("model.gpt35.progress")} of its tokens, and Dana stops it there, because the name is due and the next model needs the GPUs. Its window reached {sim_fmt("model.gpt35.context_tokens")} tokens, and its capability score on our evaluation suite comes out at {sim_fmt("model.gpt35.capability")}.
}
{
- sim_num("model.gpt35.progress") >= 0.5:
    It is better than GPT-3 at almost everything: long documents, code that runs first time, every benchmark in the suite.
    And yet, when Dana and I try the things GPT-3 could not do, it mostly cannot do them either. The same kind of mind, better read.
- else:
    It is not better than GPT-3 at much: a run stopped that early is GPT-3's shape with fewer tokens behind it, and the benchmarks say so without mercy. Whatever we call it, the next model has to carry the leap alone.
}
"So what do we call it?" Dana asks the room. "It isn't GPT-4. We all know what GPT-4 has to feel like."

* [Argue for calling it GPT-4 anyway: the numbers are all up]
    ~ name_vote = "gpt4"
    ~ hubris++
    "Every number is up," I say. "Call it GPT-4. People will feel the difference."
    "People will feel the difference between what we say and what it does," Dana says. "A name is a promise. We only get to make that one once." The room votes, and I lose, gracefully, with one other hand up beside mine.
* [Agree: it's a half-step, so call it 3.5]
    ~ name_vote = "35"
    ~ trust_dana++
    "It's a half-step," I say. "Call it 3.5. It's honest, and it tells people the real jump is still coming."
    Dana writes 3.5 on the board. "Honest, and it buys us time," she says. "I'll take both."
* [Propose calling it GPT-3.14]
    ~ name_vote = "pi"
    "GPT-3.14," I say. "It's irrational, and so is our release schedule."
    It gets a laugh, and it gets written on the board in small letters under the real name, 3.5, where it survives for almost a month before someone cleans the whiteboard.
-
-> the_curves

= the_curves
The real lesson of 3.5 is in the scaling curves we draw afterwards: loss against compute for every run we have, extended to where we want the next model to be. # glossary: scaling curves
The good news: the GPT-3 architecture still scales, and the line has not started to bend. The bad news is where it crosses our target: a model many times larger than anything we have trained, most of the fleet for most of a year to train, and so expensive to serve that Dana's two words would have to become one, and it would not be COST.
Dana looks at the plot for a long time. "So the recipe works," she says, "and we can't afford to cook it."

* [Say it anyway: scale the dense model and find the money]
    ~ after_curves = "dense"
    ~ hubris++
    "Then we find the GPUs," I say. "The curve says it works. Every lab that bet against the curve has lost."
    "Every lab that bet against the curve didn't have to serve the result to millions of people at a price they'd pay," Dana says. But she writes "dense, max size?" on her list, and I notice she doesn't cross it out.
* [Start reading about sparse models: a huge model that only uses part of itself per token]
    ~ after_curves = "sparse"
    ~ thrift++
    "What if the model didn't use all of itself for every token?" I say. "Google has been publishing sparse Mixture-of-Experts models where each token only visits a few experts out of many. You'd store a giant and pay for a much smaller one on every step." # glossary: Mixture-of-Experts
    Dana taps the pen against her teeth, which is the sound of Dana taking something seriously. "Write it up," she says. "Not the idea. The numbers."
* [Ask Marcus what a dense giant would cost to serve, before anyone gets attached]
    ~ after_curves = "serving"
    ~ thrift++
    ~ trust_marcus++
    I take the plot to Marcus. He does the arithmetic on his phone: weights across many GPUs per copy, every token reading every weight, and a price per million tokens he shows me without speaking, like a doctor showing an X-ray.
    "If you build that," he says, "you'd better build a second company to pay for serving it."
-
That night I write in my notebook, in capitals, the thing everyone in the building now knows and nobody has solved: WE NEED A BIGGER MODEL THAT IS CHEAPER TO RUN. # page
-> chapter4
