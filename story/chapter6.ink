// Chapter 6: Interlude: ChatGPT (November 2022 to January 2023).
// SFT and RLHF, InstructGPT, multi-turn data, a chat demo, a public release,
// and demand nobody planned for: borrowed compute and a quantised model.

=== chapter6 ===
While pre-training stares at loss curves, the alignment team has been doing something quieter. # chapter: 6 Interlude: ChatGPT # music: calm # advance: 2022-11
Ruth's team made the full recipe work: pre-train, supervised fine-tuning on written examples, then RLHF, where labellers rank answers and the model learns their taste. API customers kept typing instructions instead of clever prompts, so the recipe became InstructGPT: one instruction, one answer. Not a conversation. # glossary: RLHF
So they collected conversations: labellers wrote and ranked whole multi-turn exchanges, follow-ups and corrections, and another model was tuned the InstructGPT way on them. {lunch_table == "alignment":Ruth catches me in the corridor, fourteen months after that first lunch. "Remember the labellers?" she says. "Come and see what they built."|Ruth catches me in the corridor. "You're pre-training," she says. "Come and see what your base model does when it's polite."}
-> the_demo

= the_demo
The demo is a chat window that remembers what you said.

* [Ask it to explain pipeline bubbles to a ten-year-old]
    ~ chat_test = "bubble"
    ~ trust_ruth++
    I ask it to explain a pipeline bubble to a ten-year-old. It describes a car wash where the first car waits for nobody and the last car has nobody waiting behind it, so the brushes at each end spend part of every cycle spinning at air. I ask a follow-up. It keeps the car wash. I have given worse explanations of my own job at parties. # glossary: pipeline bubble
* [Try to break it]
    ~ chat_test = "break"
    ~ trust_ruth++
    I spend an hour trying to break it: contradictions, trick questions, a maths problem with a typo. It breaks, of course, several times. But when I point out a mistake, it says so and fixes it, and the conversation goes on. Ruth watches me take notes. "You're not testing the model," she says. "You're testing the interaction. That's the bit that's new."
* [Ask it where to have lunch]
    ~ chat_test = "lunch"
    I ask it where to have lunch. It has no idea where I am, says so, asks what I like, and then recommends, with great confidence, a restaurant that closed years ago. I ask it to be less confident. It apologises charmingly and recommends the same restaurant, less confidently. It is, I realise, the first piece of software I have argued with for fun.
-
They name it ChatGPT, because you chat with it. Mira Murati tries it, likes it, and asks for a public release. It goes out at the end of November as a research preview, with a blog post and no fanfare, and we all go back to our real work. # event: chatgpt_launch
-> famous

= famous
Two days later, Twitter explodes. A week later, nobody at the company is talking about anything else. # advance: 2022-12 # music: tense # sfx: viral
By Christmas ChatGPT has {sim_fmt("world.chatgpt_users")} users, and we serve {sim_fmt("world.demand_served_share")} of what is asked of us.
People use it in languages it barely trained on. Inference compute climbs past every forecast, and Marcus's phone becomes warm to the touch. The consensus at an all-hands of laughter and disbelief is short: we're famous.
For about an hour I am financially free. In my head I spend my equity three times over, on a house with a view of the bay, a year off and a vineyard I would certainly ruin, until I remember that I am the pre-training guy and the thing the world has fallen for is a chat window the alignment team built on top of my loss curves.
The second temptation is worse: to go all in. Every GPU, every evening and every dollar of my savings on this one thing, on the theory that lightning which has struck once owes you a second strike.
{
- sim_num("run.active") >= 1:
    Dana is not laughing. The GPT-4 run is {sim_num("run.training_progress") > 0:{sim_fmt("run.training_progress")} done|still waiting for GPUs to start on}, and it and ChatGPT want the same GPUs.
- sim_num("jobs.open") >= 1 && sim_num("jobs.alignment.progress") > 0:
    Dana is not laughing. GPT-4 finished pre-training, but it is not a product yet: alignment and evaluations are {sim_fmt("jobs.alignment.progress")} done, the multimodal training {sim_fmt("jobs.multimodal.progress")}, the 32k fine-tune {sim_fmt("jobs.long_context.progress")}. All of it runs on training GPUs, and ChatGPT wants the same ones.
- sim_num("jobs.open") >= 1:
    Dana is not laughing. GPT-4 has only just finished pre-training, and none of what makes it a product has started: alignment and evaluations, the multimodal training, the 32k fine-tune. All of it will run on training GPUs, and ChatGPT wants the same ones.
- sim_num("model.gpt4.trained") >= 1:
    Dana is not laughing. GPT-4 is trained and its post-training is done; the only thing ChatGPT takes from it now is the launch team's sleep. The GPUs, though, are still the same GPUs.
- else:
    Dana is not laughing. There is no GPT-4 run, and every GPU we have is wanted twice: by ChatGPT, and by the next attempt.
}

* [Side with ChatGPT's users: a melted product costs more than a late model]
    -> side_users
* [Side with the GPT-4 run: ChatGPT is a demo and GPT-4 is the company]
    -> side_run
* [Say the fleet is too small and ask the partner for more]
    -> side_borrow

= side_users
~ chatgpt_side = "users"
~ trust_marcus++
~ thrift++
"Serve them," I tell Dana. "Millions of people are meeting us for the first time. If the first thing they see is an error page, that's what we are to them." # decide: fleet_split serve_demand
Dana looks at {sim_num("run.active") >= 1:the run's progress bar|{sim_num("jobs.open") >= 1:the bars of GPT-4's unfinished work|the plan for the next attempt}} for a long time. "Every GPU you give them is a day on GPT-4," she says. "Decide how many days." She is not asking for agreement. She is handing me the slider.
-> fleet_under_fire

= side_run
~ chatgpt_side = "run"
~ starve++
~ hubris++
"Protect the run," I say. "ChatGPT is a demo built on 3.5. GPT-4 is the reason anyone will still care in a year."
Marcus, in the doorway, says nothing for a moment. Then: "Demos don't have queues of paying customers behind them. This one does now." He leaves before I can answer, which is how I know he is angry.
-> fleet_under_fire

= side_borrow
~ chatgpt_side = "borrow"
~ trust_dana++
"Both sides are right and the fleet is too small," I say. "Ask the partner for more GPUs, and shrink what ChatGPT costs per answer."
Dana is already typing. "I asked yesterday," she says. "They're finding some. Meanwhile, split what we have."
-> fleet_under_fire

= fleet_under_fire
The split goes to the fleet plan, with ChatGPT's demand on it. # hint: Split the fleet under ChatGPT's demand between serving, GPT-4's work and research. Every GPU appears in exactly one column. # screen: fleet
{
- sim_num("run.active") >= 1:
    Serving gets {sim_fmt("fleet.serving_gpus")}; the GPT-4 run keeps {sim_fmt("fleet.training_gpus")}. At that split we serve {sim_fmt("world.demand_served_share")} of demand, and the run is {sim_num("run.training_progress") > 0:{sim_fmt("run.training_progress")} done|yet to make progress}.
- sim_num("jobs.open") >= 1:
    Serving gets {sim_fmt("fleet.serving_gpus")}; GPT-4's unfinished work keeps {sim_fmt("fleet.training_gpus")}. At that split we serve {sim_fmt("world.demand_served_share")} of demand, and alignment, the one job with a launch date on it, is {sim_num("jobs.alignment.progress") > 0:{sim_fmt("jobs.alignment.progress")} done|not started}.
- else:
    Serving gets {sim_fmt("fleet.serving_gpus")}; training keeps {sim_fmt("fleet.training_gpus")}. At that split we serve {sim_fmt("world.demand_served_share")} of demand.
}
{
- sim_num("band.demand_served") >= 5:
    Every request is served. Marcus's phone cools down for the first time in a month. {sim_num("run.active") >= 1 || sim_num("jobs.open") >= 1:GPT-4's work, meanwhile, runs on what's left, and its progress bars move like a queue at a post office.|Training gets what is left, and for once nobody argues about it.}
- sim_num("band.demand_served") < 1:
    ~ starve++
    The "at capacity" page becomes a meme. Someone makes it into a poem. Marcus prints the poem and pins it to his monitor, which is the angriest thing I have ever seen anyone do with a poem.
- sim_num("band.demand_served") < 4:
    The queue grows in the evenings, when America and Europe overlap, and shrinks at night. Nobody is happy, which Dana says is how you know it is a fair split.
- else:
    ChatGPT stays up. Nobody notices, which is what success looks like in infrastructure. {sim_num("run.active") >= 1 || sim_num("jobs.open") >= 1:GPT-4's work, meanwhile, slows to the pace of what is left.|Everything else runs at the pace of what is left.}
}
-> two_fixes

= two_fixes
In January both fixes land on the schedule at once. Daddy Microsoft, as the infrastructure channel calls our partner in Redmond with the gratitude of teenagers handed the car keys, lends us a block of GPUs, and ChatGPT's model gets quantised: its weights stored in 8 bits instead of 16, so each copy takes half the memory and reads twice as fast. # event: borrow_compute # event: quantise_chatgpt # advance: 2023-01 # glossary: quantised
The fleet is now {sim_fmt("fleet.total_gpus")}, and serving holds {sim_fmt("world.demand_served_share")} of demand.

* [Own the quantisation work and do it carefully: evaluations before every step]
    ~ quant_job = "careful"
    ~ thrift++
    I take the quantisation. Every layer gets checked against the fp16 model, on every language we can evaluate. Two layers misbehave at 8 bits, and we keep them at 16 bits. It takes a week longer than anyone wants, and the model that ships is measurably the same model, only cheaper. That sentence will matter to me later. # decide: learned quantisation
* [Ship the quantised model tonight and evaluate it in production]
    ~ quant_job = "fast"
    ~ nerf++
    "Ship it tonight," I say. "The users are the evaluation." The quantised model goes out that night. It is mostly fine. A few people notice that it got slightly worse at arithmetic in Japanese, and one of them writes a thread about it that we all read with the blinds down.
* [Stay on the GPT-4 run and let the serving team handle it]
    ~ quant_job = "none"
    ~ hubris++
    I stay on the run. Somebody has to watch the loss curve while everybody else watches the traffic graphs. The serving team quantises the model without me. It goes fine. I learn nothing about quantisation that month, which will cost me in the spring.
-
-> lesson

= lesson
{
- chat_test == "bubble":
    One evening, Ruth and I are the last two in the office. I tell her that the car-wash explanation is now in three internal training decks, uncredited.
- chat_test == "break":
    One evening, Ruth and I are the last two in the office. She shows me that my hour of trying to break the demo is now a page in her team's test suite, with my worst trick question at the top.
- else:
    One evening, Ruth and I are the last two in the office. She tells me the closed restaurant has become a running joke among the labellers, and a test case.
} The technology behind ChatGPT was sitting inside the company for half a year before the world saw it. The base model was 3.5. The method was InstructGPT's. What changed was the data, conversations instead of single instructions, and the interface: a chat box.

* ["So the breakthrough was the data and the interface, not the model."]
    ~ chat_lesson = "interface"
    ~ trust_ruth++
    "It's the same lesson as robotics," I say. "Data decides. Only this time the data was a few thousand careful conversations, not a trillion tokens."
    "And a lot of trust between us and the labellers," Ruth says. "Nobody will put that in the history books either."
* ["We got lucky."]
    ~ chat_lesson = "luck"
    "We got lucky," I say. "Right model, right moment."
    "We got prepared," Ruth says, "and then lucky. Those two aren't the same, and only one of them is repeatable."
* ["Wait until they see GPT-4."]
    ~ chat_lesson = "scale"
    ~ hubris++
    "Wait until they see GPT-4," I say.
    Ruth laughs. "That's the problem," she says. "Now they're waiting too." # page
-
-> chapter7
