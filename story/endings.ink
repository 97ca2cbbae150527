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
Ending: the 10x Turbo. # music: launch # sfx: ending
By the end of the year GPT-4 costs {sim_fmt("score.usd_per_mtok")} to serve, against the launch yardstick of {sim_fmt("score.launch_usd_per_mtok")}: {sim_fmt("score.cost_vs_launch")}. Ten times, and then some. Perceived quality reads {sim_fmt("score.quality")}.
Nobody notices. That is the whole achievement, and it is a strange one to be proud of: millions of people ask the same model the same questions and get the same answers, and the only difference is on an invoice they never see. Marcus frames the cost graph. It is the first thing he has ever framed.
None of it was one trick. {sim_num("plan.gpt4_serving.attention") >= 2:Multi-query attention, decided a year and a half ago, keeps the KV cache small enough that a server holds many more conversations.|The attention we trained with costs us memory in every conversation, and we buy it back everywhere else.} Continuous batching keeps the GPUs busy. {sim_num("plan.gpt4_serving.speculative") >= 1 && sim_num("plan.gpt4_serving.threshold") <= 0:Speculative decoding, kept exact, makes every answer faster without changing a word.|{sim_num("plan.gpt4_serving.speculative") >= 1:Speculative decoding does its share, with a verifier a little kinder to the draft than I once promised.|We serve without a draft model, so every saving had to come from the big one.}} {sim_num("plan.gpt4_serving.quantised") >= 1:Quantisation, {sim_num("research.quantisation.done") >= 1:done layer by layer with evaluations,|done the hard way, one regression at a time,} halves the bytes without moving the quality readout past the line.|The weights stay at sixteen bits; the savings came from everywhere else.} # glossary: Continuous batching, Speculative decoding
Over the whole run we served {sim_fmt("score.demand_served")} of what people asked for, on a flagship that scores {sim_fmt("score.capability")}. Dana's two words from that first November, quality and cost, are still at the top of the planning doc. For the first time, neither of them is in red.
{
- sim_num("plan.gpt4_serving.threshold") <= 0:
    The serving team wanted a kinder verifier in the spring. The verifier is exact today, and in the retrospective their lead says it was the decision that made the rest possible: every saving after it could be measured against an honest baseline, and nobody ever had to wonder whether the model had quietly changed.
- stopgap_call == "ab":
    The careful test in the spring, one percent of traffic and Ruth's evaluations on both arms, turns out to be the template for everything after it. Every saving goes through the same gate, and the ones that fail it stay in the drawer, however much money they promise.
- else:
    The verifier is a little kinder to the draft model than it was at launch, and the quality readout says users cannot feel it. Ruth checks every month anyway. So far it holds.
}
What I remember most is not the graph. It is a message from a developer, forwarded by the API team: a three-person start-up that had built a prototype on GPT-4 at launch and shelved it because they could not afford to run it for real customers. They have taken it off the shelf. Multiply that message by a few thousand and you have the real result of the year: not a better model, but the same model, within reach of people who could not touch it before.
Henrik points out, fairly, that most of the gain came from decisions made before the model existed: the attention, the sparsity, the size of the experts. The cheapest token is the one your architecture never asks you to compute. I put that on a sticky note above my monitor, next to Suki's rules about ore.
{final_push == "efficiency":On the whiteboard from November, EFFICIENCY is still written in my handwriting. Somebody has added, underneath, in Marcus's: DONE-ISH.|The whiteboard from November has five priorities on it. Somebody has drawn a small ten beside the efficiency line and circled it.}
-> epilogue("turbo") ->
At the year-end party, somebody from the API team makes a toast to "the invisible model", and nobody outside the building understands why we all laugh. Marcus raises his glass without looking up from his phone. The temperatures, for once, are fine.
Ten times cheaper, and nobody can tell. I can live with nobody being able to tell. # ending: turbo
-> END

=== ending_dense_giant ===
Ending: the dense giant nobody can serve. # music: tense # sfx: ending
The model is magnificent, and we cannot afford to let everyone use it. Every token it writes needs {sim_fmt("score.compute_vs_source")} the compute of the rumoured sparse design, every answer running through every weight. {sim_num("score.serving_fits") >= 1:On a quiet afternoon it serves at {sim_fmt("score.usd_per_mtok")}; at the scale people want it, with batches big enough that the bill follows the arithmetic, no price we could charge would cover it for more than a handful of customers.|Our serving plan cannot even hold it: the replicas run out of memory before the first token, and every answer it gives comes from a makeshift cluster borrowed for the demo.}
It scores {sim_fmt("score.capability")} on our suite. It trained for {sim_fmt("score.training_days")}. Over the run we served {sim_fmt("score.demand_served")} of the demand, and the GPU bill left us with {sim_fmt("score.money_usd")}.
{after_curves == "dense":I remember the afternoon in February last year when I told Dana to scale the dense model and find the money. We found the GPUs. Nobody found the money.|Somewhere between the scaling curves and the launch, I stopped asking Marcus what things would cost to serve, and he stopped volunteering it.} Marcus has a name for this kind of model, borrowed from aviation: a hangar queen. Beautiful, and never allowed to fly.
The partner's engineers ask for access. We give them a quota so small it is almost a compliment. Users get a waitlist, then a smaller model with the same name, and the reviews talk about the demo, not the product.
The strangest part is how good it is. In the rare conversations we can afford, it does things none of our other models can: it holds an argument across pages, it catches its own mistakes, it explains a proof in three different ways until one of them lands. Ruth's labellers, who get a small quota for evaluation, ask for more of it the way people ask for more of a rare wine. We can't give them more. Every hour it runs is an hour of the fleet that isn't serving the model people actually use.
Dana, in the review, does not raise her voice. She puts the two words from November 2021 on the screen, QUALITY and COST, and leaves them there for the whole meeting, while we explain how we built a model that only answers to the first.
Henrik, reading the post-mortem, underlines one line of it twice: the model was sized for the curve, not for the people who would use it.
{
- sim_num("plan.gpt4_serving.speculative") < 1:
    The post-mortem finds the culprit in a launch-week decision: no speculative decoding, because a second model in the serving path was a second thing to fail. Without a draft model, every token of every answer is written by the giant itself, one expensive step at a time.
- sim_num("plan.gpt4_serving.attention") < 1:
    The post-mortem finds the culprit the way post-mortems do, in the first decision nobody revisited: full multi-head attention. Its KV cache fills every server long before the batch is big enough to pay for itself. Marcus's invoice line, "your call", is quoted in the document without attribution. Everyone knows whose call it was.
- else:
    The post-mortem finds no single culprit, which is worse. A hundred reasonable decisions, each taken for quality, each adding a little to the cost of every token, and underneath them all the first one: every parameter awake for every token.
}
-> epilogue("giant") ->
In December a smaller model, distilled in a hurry from the giant, ships under the same name and does most of what people wanted for a fraction of the cost. Henrik calls it "the model we should have planned". He is not wrong, and he is kind enough not to say it twice.
A giant is only impressive to the people who get to talk to it. # ending: dense_giant
-> END

=== ending_chinchilla_warning ===
Ending: Chinchilla's warning. # music: calm # sfx: ending
{
- sim_num("model.gpt4.trained") < 1:
    There is no GPT-4. What we ship in its place scores {sim_fmt("score.capability")}, and 3.5 scored {sim_fmt("model.gpt35.capability")}. The reviewers call it "3.5, again", and I can't argue with them.
- sim_num("model.gpt4.capability") < sim_num("model.gpt35.capability") + 10:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} on our suite. 3.5 scored {sim_fmt("model.gpt35.capability")}. It is better, and it is not a leap, and the internet, which can smell the difference between a leap and a step, calls it "3.5, again".
- else:
    GPT-4 scores {sim_fmt("model.gpt4.capability")} against 3.5's {sim_fmt("model.gpt35.capability")}: a real leap, this time. Henrik's warning is about the next one. Every plan on the whiteboard for next year is bigger, and not one of them says where the new tokens will come from.
}
Henrik doesn't say "I told you so". He draws the plot instead, the one from his first week: loss against compute, a family of curves, and the little wall at the right-hand edge. A bigger model without more data is a bigger bucket under the same tap. {wall_answer == "repeat":We read the same text more and more times, and each time it was worth less.|{whisper_pitch == "starved":Whisper came late, on borrowed cycles, and the new text it found came later still.|We found new text, and not enough of it.}}
What stings is that the compute was spent. Every GPU-hour we had went into the run, the run went exactly as planned, and the plan asked the model to learn more than the text could teach it. A bigger model reading the same books does not become wiser; it memorises them more precisely. Suki's shelves, the unlabelled one included, held what humanity had written down, and it was not enough for the model our curves wanted.
The answer was always the same one: more tokens, or a smaller model. Whisper's transcripts, the image-text pairs, the code read twice: each of them moved the wall a little. None of them moved it far enough, and the model we trained sits exactly where Henrik's plot said it would, on the curve, in front of the wall.
{sim_num("model.gpt4.trained") >= 1:The flagship trained for {sim_fmt("score.training_days")}.|No GPT-4 run ever finished.} We served {sim_fmt("score.demand_served")} of what people asked for, and ended the year with {sim_fmt("score.money_usd")}. The parameters were never the hard number. The tokens were.
{henrik_welcome == "github":I think about the first afternoon, when I told him we had all of GitHub and he suggested we count it together.|I think about his first week, and the plot, and how long it took me to read it properly.}
{
- whiteboard == "dense_big" && size_push == "more":
    In June I wrote THE BIGGEST DENSE MODEL WE CAN TRAIN on a whiteboard, and in July I asked for more experts. Both times I was asking for more parameters. Neither time did I ask where their tokens would come from.
- fit_method == "small":
    The scaling laws I fitted on forty small models in three weeks were beautiful. Henrik was right about beautiful fits. Nobody checked mine across the gap, and the gap is where the leap was supposed to be.
- fit_method == "borrow":
    The correction factor I bolted onto the dense curves still has Henrik's question mark in the margin. We never answered it. The model answered it for us.
- else:
    The scaling laws were honest. They said what the model would do with the data we had, and the model did exactly that. The problem was never the laws. It was what we asked of them.
}
-> epilogue("chinchilla") ->
In December Henrik and Suki start a new spreadsheet together, the first thing they have ever co-owned. Its title is TOKENS WE DON'T HAVE YET, and its first row says: everything people say out loud and nobody writes down.
Parameters are the easy number. Somebody has to have written the tokens. # ending: chinchilla_warning
-> END

=== ending_melted_fleet ===
Ending: the melted fleet. # music: tense # sfx: ending
Over the whole run we served {sim_fmt("score.demand_served")} of what people asked of us. The rest met an error page.
{chatgpt_side == "run":I said ChatGPT was a demo and GPT-4 was the company. The users did not read the memo.|I kept telling myself that the next split would catch up with the demand. It never quite did.} The "at capacity" page became a meme, then a symbol, then a reason. People who met us for the first time that winter met a waiting room, and some of them never came back.
The model itself is fine. It scores {sim_fmt("score.capability")}. It just isn't there when you need it, and a model that isn't there is not, from the outside, a model at all. The money tells the same story: {sim_fmt("score.money_usd")} at the end of the year, and a reputation that Marcus, who tracks it like a temperature, describes as "feverish".
The post-mortem is short, because the data is simple. Every month, demand went up faster than the share of the fleet we gave to serving. Every month, someone had a good reason to keep GPUs somewhere else: the run, an experiment, a feature that would make the product better for the people who could get in. None of those reasons was wrong. Together they built a waiting room with millions of people in it.
Competitors notice before we do. The people we turned away that winter did not wait for us; they tried the alternatives, and some of the alternatives were good enough. A model nobody can reach is, commercially, a model nobody has built.
Marcus doesn't say anything. He shows me his phone: a year of GPU temperatures, every serving node pinned near its limit since the night ChatGPT went out. Then he shows me the other graph, the one of training GPUs idle while they waited for experiments that could not get a slot.
"Everybody wants the GPUs," he says. "The first law. You just had to choose who got them, and you chose everyone, a little."
{
- after_launch == "32k":
    The 32k waitlist, the one I lobbied for, turned out to be the last straw: a handful of long conversations, each holding a server's memory hostage for as long as the user kept typing.
- h100_use == "next" || h100_use == "long_context":
    The H100s that arrived in June went where I sent them, and not to serving, and the queue graph in July is the one Marcus will show new hires for years as an example of a decision.
- else:
    There is no single night it went wrong. There is a long list of splits, each one leaving serving a little short, each one defensible on the day.
}
-> epilogue("melted") ->
In December the serving fleet finally catches up with demand, on the same week that demand, for the first time, stops growing. Nobody says why out loud. Everybody knows.
The fleet cooled down eventually. The users had already left the room. # ending: melted_fleet
-> END

=== ending_nerfed ===
Ending: the nerfed model. # music: calm # sfx: ending
{
- sim_num("score.serving_fits") < 1:
    We tried to cut the cost, and the plan we ended the year on does not even fit its replicas; the old one limps on beside it.
- sim_num("score.cost_ratio_vs_launch") > 1:
    We cut the cost. GPT-4 now costs {sim_fmt("score.usd_per_mtok")} to serve, {sim_fmt("score.cost_vs_launch")} than the launch yardstick.
- sim_num("score.gpt4_launched") >= 1:
    We tried to cut the cost. GPT-4 still costs {sim_fmt("score.usd_per_mtok")} to serve, against a launch yardstick of {sim_fmt("score.launch_usd_per_mtok")}.
- else:
    We cut what we could on the model we had: 3.5, polished, costs {sim_fmt("score.usd_per_mtok")} to serve.
}
Perceived quality reads {sim_fmt("score.quality")}.
That last number is the one the internet measured before we did. The readout is an average; the users who noticed first were the ones who used it hardest, and they write the threads everyone else reads.
{sim_num("plan.gpt4_serving.threshold") > 0:Lowering the rejection probability in speculative decoding was the first cut, and the one people felt first: a draft model's opinion, shipped under GPT-4's name.|The cuts came one at a time, each defensible, each measured on its own, and nobody measured all of them together.}{final_push == "cheap": And then I wrote "cheaper by Christmas" on the whiteboard, and Ruth wrote "without losing quality" underneath it, and only one of those lines came true.}
The worst part is that every cut was small. Eight bits instead of sixteen, measured on average. A slightly more lenient verifier, measured on average. Shorter default answers, measured on average. Every one of them passed its own test, and no test measured what they did together to the hardest questions, the ones the most demanding users ask and then write about. Averages hide the tails, and the tails have Twitter accounts.
"GPT-4 got dumber" becomes a research topic. Papers compare the March model with the June model. Some of the differences are noise and some of them are us, and from the outside nobody can tell which, which is worse than either.
Ruth sends me her evaluations without comment: the flagship still scores {sim_fmt("score.capability")} on the suite, and loses a few points on exactly the hard questions people pay us for. "You didn't make it cheaper," she says, when I finally go and see her. "You made a cheaper model and gave it the old one's name."
{
- quant_job == "fast" && sim_num("plan.gpt4_serving.quantised") >= 1:
    The pattern was set in January, when I shipped ChatGPT's quantised model overnight and let users be the evaluation, and repeated in March, when GPT-4 launched at int8 with evaluations that were "mostly fine and a little strange". The strangeness compounded.
- complaint_reply == "deny":
    The denial I drafted for the journalist is quoted back at us in the autumn, beside a benchmark comparison that does not agree with it. Dana does not mention it. She doesn't need to.
- complaint_reply == "rollback":
    Rolling back the last cut bought some trust back. Not all of it. People remember the week the model got worse longer than the month it got better again.
- else:
    The explanation we published helped, a little. Engineers read it and nodded. Everyone else read the headline.
}
-> epilogue("nerfed") ->
In December we publish the evaluations behind every serving change, old and new, with dates. It is the most honest document we release all year, and nobody reads it except the people who were right about us in the summer. They read it very carefully.
Cheap was the goal. Cheap and the same was the promise. # ending: nerfed
-> END

=== ending_subpoena ===
Ending: the subpoena. # music: tense # sfx: alert
The letter arrives in November, addressed to the company and, in an appendix, to a list of people. My name is on the list.
The flagship's licence risk reads {sim_fmt("score.licence_risk")}. That is a lot of risk to pour into a model everybody uses, and the number is not even what the lawyers ask about first. They ask about decisions.
{took_shadow_books:They ask for the sticky note on the shadow-library drive. BOOKS: YES (ANDY). Libgen and Z-Library, read in full, by a model that can sometimes quote them.|They ask how the books were chosen, and I can tell them.}{took_scihub: They ask about Sci-Hub, and the half of science that was behind a paywall and then was not.}{scrape_quietly: They ask about the audio we transcribed without asking anyone.}
{
- kept_ledger:
    I have one thing in my favour: provenance_FINAL_v7, every source with legal's view beside it, begun in October 2021 because I asked a question nobody from pre-training had asked. It does not make the case go away. It makes it a case about facts, not about what we would rather not have written down.
- else:
    Nobody wrote anything down except Suki, in a notebook I never asked about. She hands it to the lawyers herself. Its last page is the afternoon I said the rights questions were next year's questions. It is next year.
}
The weeks that follow are unlike any I have had as an engineer. Lawyers ask questions in a vocabulary I don't speak, about decisions I made in a vocabulary they don't. What does "deduplicated" mean? Can the model recite a book? Sometimes, a paragraph, if you ask the right way. Who decided the shelf went in? I did, and I remember deciding it, exactly as Suki said I would.
The model is good. It scores {sim_fmt("score.capability")}. It served {sim_fmt("score.demand_served")} of the demand, and the company ends the year with {sim_fmt("score.money_usd")}, some of which will now be spent on people who bill by the hour. The best text in the world made the best model in the world, and it turns out that the best text in the world belonged to somebody.
{
- final_push == "audit" && kept_ledger:
    The audit I put on the whiteboard in November had a head start no one else in the industry had: a spreadsheet begun in October 2021, with a column called WHO DECIDED. The lawyers call it "unusually complete", which from lawyers is almost affection.
- final_push == "audit":
    The audit I put on the whiteboard in November started three weeks before the letter. It was not enough time, but it was not nothing: when the lawyers ask what we knew, there is a document dated before they asked.
- else:
    In November I put something else on the whiteboard, and the audit nobody asked for became the audit everybody demands, on someone else's schedule.
}
Suki takes me for a coffee after the first deposition. "Everyone says the same sentence," she says, and I remember it from the library, two years ago: the model should read the best books in the world. "Some of them say it here."
-> epilogue("subpoena") ->
In December the unlabelled shelf in Suki's library gets a label at last, printed by legal and stuck on crooked: RETAINED, DO NOT USE. Suki straightens it every morning, like a gravestone she is responsible for.
Data decides how fast you move and how good you get. It also decides who sues you. # ending: subpoena
-> END

=== ending_busy ===
Ending: busy for a while. # music: calm # sfx: ending
GPT-4 is out, and it is good: it scores {sim_fmt("score.capability")} on our suite, against {sim_fmt("model.gpt35.capability")} for 3.5. It trained for {sim_fmt("score.training_days")}.
{sim_num("score.serving_fits") >= 1:It costs {sim_fmt("score.usd_per_mtok")} to serve, against the launch yardstick of {sim_fmt("score.launch_usd_per_mtok")}: {sim_fmt("score.cost_vs_launch")}. Not ten times cheaper yet.|The serving plan we ended the year on does not fit its replicas, so the cost of a token is whatever the old plan costs, and nobody is proud of it.} Perceived quality reads {sim_fmt("score.quality")}; over the run we served {sim_fmt("score.demand_served")} of what people asked; the company ends the year with {sim_fmt("score.money_usd")} and a licence-risk readout of {sim_fmt("score.licence_risk")}.
The year has a shape I can finally see from the end of it. A data decision in October, a half-step named 3.5, a plot from a Chinchilla veteran, a speech-to-text model built to find text nobody had written down, a sparse giant trained for a summer, a chat window that made us famous, a launch that worked, and an invoice that did not. Every decision was taken with the information we had, and most of them were right, and the ones that weren't were mostly small.
No disaster, no miracle. A model that exists, that people use, that costs a bit too much and does a bit more than anyone expected. Dana calls it "a normal year", in the tone of someone who has never had one.
{north_star == "both":The two blanks I drew under QUALITY and COST in November 2021 finally have numbers in them, and neither number is the one we wanted. Both are closer than they were.|Quality and cost, Dana's two words, are both still on the board. Neither has won. Both are closer.}
{
- trust_suki >= 3:
    Suki gives me a hard drive for Christmas, labelled in her handwriting: ANDY, ALL THE TEXT WE NEVER FOUND. It is empty. "For next year," she says. "Fill it."
- trust_dana >= 4:
    Dana, who does not do end-of-year reviews in person, does mine in person. It takes four minutes, like the tour on my first day. The last sentence is "Good instincts. Still don't get attached to them."
- trust_marcus >= 3:
    Marcus sends me the year's GPU temperature graph as a present, printed and rolled like a diploma. Written on the back: "Fewer 3 a.m. calls than last year. Don't get cocky."
- trust_henrik >= 3:
    Henrik gives me a copy of his plot, framed, with a note: "For the next one. Count the tokens first."
- trust_ruth >= 2:
    Ruth invites me to the labellers' end-of-year party, which I am told is an honour extended to very few people from pre-training. They are the funniest people in the building.
- else:
    Nobody gives me anything, which Dana tells me is also a kind of compliment: nobody had to clean up after me.
}
-> epilogue("busy") ->
The 10x goal is still on the whiteboard. So is everything else. # ending: busy
-> END

=== epilogue(mood) ===
{mood:
- "turbo": The savings don't stay savings for long. They turn into features.
- "giant": Meanwhile, the people who can use the models want something else entirely.
- "chinchilla": Meanwhile, the people who use the model don't care about tokens per parameter.
- "melted": Meanwhile, the developers who did get through want more, not less.
- "nerfed": Meanwhile, the developers building on us want the opposite of a cheaper, vaguer model.
- "subpoena": Meanwhile, as if nothing had happened, the feature requests keep coming.
- else: Meanwhile, the list from customers grows every week.
}
API users and start-ups want the model to call tools: look things up, run functions in their own code. They want a Code Interpreter, a sandbox where the model runs the program instead of guessing what it would print. They want a stateful API that remembers the conversation, and fine-tuning cheap enough for a start-up of three people and a dog.
Looking back, a few small calls turned out not to be small. {name_vote == "gpt4":I once voted to call 3.5 GPT-4, and I am glad I lost.|{name_vote == "pi":GPT-3.14 survives on one whiteboard in the building, in small letters, and nobody has the heart to clean it off.|Calling the half-step 3.5 bought the real one the time it needed.}} {night_call == "bisect":The health check I wrote at six in the morning in my first winter still runs on every node, and Marcus still mentions the customer in Europe.|{night_call == "wake":Marcus still answers on the second ring. I have stopped finding it strange.|My first night on call taught me that the plan's MFU is not the MFU you get, and I have budgeted for the difference ever since.}} {spike_fix == "ignore":Henrik's line about loss spikes being letters from the data is pinned above my desk.|{spike_fix == "":The loss spikes I never had to fix are the ones I think about most.|The loss spike at four in the morning is a story I tell new hires, with the batch that caused it as the villain.}} {endpoint_stance == "babysit":The partner's engineers still send me their strangest tests, and I still learn more from them than from ours.|{endpoint_stance == "guard":The partner's engineers remember the leftovers I gave their endpoint. So does their manager.|{endpoint_stance == "share":Henrik has forgiven me the week of experiments I gave the partner's endpoint, mostly.|}}}
{data_faith == "data":Suki was right, the day she said pre-training is mostly about data; I just had not understood that "data" would come to mean conversations, licences and audio too.|Suki was right about the data and I was right about the architecture, which is the most annoying possible outcome for both of us.} {chat_lesson == "interface":The breakthrough of the year was a chat box and a few thousand careful conversations, as Ruth said.|{chat_lesson == "luck":I said we got lucky with ChatGPT. Ruth said prepared, then lucky. I have come round to her order.|{chat_lesson == "scale":I told Ruth to wait until they saw GPT-4. They saw it, and then they wanted more.|}}}
Long context first, then images: the order hasn't changed. The open-source world moves faster than I can read; FlashAttention-2 and LLaMA-2 have been on my reading list for weeks, and the list is winning. # glossary: FlashAttention
{
- first_impression == "handshake":
    On my way out on the last Friday, I pass the old robotics desks, now somebody else's. The hand is gone, shipped to a museum or a cupboard. I find myself shaking hands with the air where it used to be, out of habit.
- first_impression == "question":
    On my way out on the last Friday, I pass the old robotics desks, now somebody else's. Beautiful and slow, Dana said about the cube. Language turned out to be beautiful and fast, and then expensive, which nobody had warned me about.
- else:
    On my way out on the last Friday, I pass the old robotics desks, now somebody else's. I walked past the hand on my first day without stopping. I stop now, for a second, and think about how much data one grasp cost.
}
Dana's message on the last Friday of the year is one line long: "It's going to be busy for a while." # page
->->
