// Chapter 4: The dilemma (February to June 2022).
// Sparse Mixture-of-Experts, the Chinchilla veteran's data wall, Whisper as a
// way to turn the world's audio into text, and images read the DALL-E way.

=== chapter4 ===
The new colleague arrives in late February with one suitcase, one laptop and one plot. # chapter: 4 The Dilemma # music: calm # event: chinchilla_hire
His name is Henrik Aalto, from the team behind the Chinchilla paper, the one everyone is about to spend a year arguing with and then quietly agreeing with. Tall, calm, and Finnish in the way that makes silence a complete sentence. # glossary: Chinchilla
He draws the plot in every meeting: loss against compute, one curve per model size. For any budget there is a best size, much smaller than GPT-3 taught us to think, reading about twenty tokens per parameter. By that rule GPT-3 was a giant that skipped most of its classes.
-> welcome

= welcome
{
- after_curves == "dense":
    Dana assigns him the desk next to mine. "You want a dense giant," she tells me. "He'll tell you why you can't have one. Listen to both of you."
- after_curves == "sparse":
    Dana assigns him the desk next to mine. "You're writing up sparse models," she says. "He'll tell you what they'll need to eat."
- else:
    Dana assigns him the desk next to mine, which I suspect is deliberate: the person who worries about serving next to the person who worries about data.
}

* [Take him to lunch and mostly listen]
    ~ henrik_welcome = "lunch"
    ~ trust_henrik++
    ~ thrift++
    I take him to lunch and ask one question: what did the Chinchilla work teach him that isn't in the paper?
    He thinks for almost a minute. "Parameters are the easy number," he says. "Tokens are the hard number, because somebody has to have written them. Past a certain size the question is not how many GPUs you have. It is how many books humanity has written." He eats some salad. "Not so many, it turns out."
* [Show him our scaling curves and ask him to find the flaw]
    ~ henrik_welcome = "curves"
    ~ trust_henrik++
    I open my laptop on his first morning and show him the curves from 3.5. "Tell me what's wrong with them."
    He looks for a long time. "Nothing is wrong with them," he says. "They are just answering a different question. They tell you how loss falls as the model grows, if the data grows too. Where does the data come from?" He draws a little wall at the right-hand edge of my plot, in pencil, and does not say anything else. He doesn't need to.
* [Tell him, politely, that we have all of GitHub and a lot of web]
    ~ henrik_welcome = "github"
    ~ data_debt++
    "We're in better shape than DeepMind was," I say, meaning it kindly. "We have all of GitHub, a huge web crawl, years of filtering work. Data isn't our bottleneck."
    Henrik nods slowly, the way you nod at a child explaining that the moon follows the car. "Let's count it," he says. "Together. This afternoon." We do. By five o'clock I have stopped saying it.
-
-> sparse

= sparse
Meanwhile my sparse-model write-up has become a Thursday reading group, mostly Google papers: Mixture-of-Experts models with many experts, reporting the quality of a much bigger dense model for the cost of a much smaller one. # glossary: Mixture-of-Experts
Replace each feed-forward block with many experts and put a router in front; each token visits a couple and ignores the rest. The knowledge of a giant, the arithmetic of a dwarf. The drawing leaves out routers that collapse onto favourites, training that goes unstable, and serving where every expert must sit in memory, waiting.

* [Champion it: this is how we get a bigger model that is cheaper to run]
    ~ moe_stance = "champion"
    ~ thrift++
    I become, within a month, the reading group's least subtle member. I put the same slide in every deck: compute per token for a dense model against a sparse one of the same quality. The gap is enormous, and it is exactly the gap between Dana's two words.
    Dana lets me. "Somebody has to believe it before it works," she says. "Just make sure somebody else is trying to break it."
* [Play the sceptic: routing instability and serving memory will eat the gains]
    ~ moe_stance = "sceptic"
    ~ hubris++
    Someone has to be the sceptic, and I volunteer. Dense models are boring and predictable; every trick we know was learned on them. A sparse model needs a new stack, new failure modes, new serving code, and it is still enormous in memory even when it is cheap in arithmetic.
    "Good," Dana says when I present the case against. "Now tell me what it would take to fix each of those." I realise, halfway through writing that list, that I have written a plan.
* [Ask Marcus how a sparse model would map onto the fleet]
    ~ moe_stance = "infra"
    ~ trust_marcus++
    ~ thrift++
    I take the question to Marcus, who draws it on a napkin. Experts spread across GPUs. Tokens flying between them twice per layer, once to their experts and once back. The network in the middle of the cluster suddenly doing a kind of work it was never sized for.
    "It can work," he says. "But then the network is your model. Plan it like that from day one, or it will plan you."
-
-> the_wall

= the_wall
In April, Henrik and Suki do the count. Every crawl, all of GitHub, the papers, the books that survived last October: all the high-quality text we know how to find is already on her shelves. There is no second library.
For the model our curves want, the Chinchilla rule asks for many times more tokens than that. "You can build it," Henrik says. "It will not learn much more than a smaller one. A bigger model without more data is a bigger bucket under the same tap."

* [Then repeat the data: read the good text two, three, four times]
    ~ wall_answer = "repeat"
    ~ data_debt++
    "Then we read it more than once," I say. "We already repeat the books. Read everything twice, code four times."
    Henrik nods, which surprises me. "Repetition works," he says, "for a while. Up to about four epochs, repeated text is almost as good as new. After that each pass is worth less, and then it is worth almost nothing, and then the model starts remembering the text instead of learning from it." He draws the decay curve. "It buys you a year. Not a future." # glossary: epochs
* [Then find text that isn't written down yet]
    ~ wall_answer = "new_text"
    ~ thrift++
    ~ trust_henrik++
    "Then we need text that isn't text yet," I say. "Every podcast, every lecture, every audiobook. People have been talking on the internet for twenty years. Nobody has written most of it down."
    Henrik looks at me with something I later learn is, for him, open delight: one eyebrow rises by a millimetre. "Yes," he says. "That."
* [Then make the model smaller and train it longer]
    ~ wall_answer = "shrink"
    ~ trust_henrik++
    "Then the model should be smaller," I say. "Chinchilla-sized for the data we have, trained properly."
    "That is the correct answer," Henrik says, "to a question nobody here is asking. They want a leap, not an efficient step." He is right, and it annoys me all afternoon. A model sized to our data would be a very good 3.5, and we already have one of those.
-
-> whisper_idea

= whisper_idea
The way out comes from the audio team, de-prioritised a year ago and quietly working in a corner ever since. The web is full of text nobody wrote down: podcasts, audiobooks, lectures, the soundtracks of videos. Collect a vast amount of audio with whatever rough captions sit beside it, train a speech-to-text model on that weak supervision, then turn it loose on all the audio you can find. They already have a name for it: Whisper.
"It needs GPUs," the audio lead says. "Not many, by your standards." The harder question is what we are allowed to transcribe.

* [Only audio we're clearly allowed to use: public-domain, licensed, openly published]
    ~ scrape_quietly = false
    ~ thrift++
    "Only what we can defend," I say. "Lectures published for anyone, licensed catalogues, public-domain recordings. Less of it, but none of it comes back to bite us." # decide: audio_rights defensible
    {kept_ledger:Suki adds a tab to provenance_FINAL_v7 called AUDIO and starts filling it in before the meeting ends.|Suki raises an eyebrow. "Your principles have got stricter since October," she says. I pretend not to hear.}
* [Transcribe everything we can reach, and sort out the rights later]
    ~ scrape_quietly = true
    ~ legal_heat++
    "Everything," I say. "If it's public on the web, we transcribe it. The rights questions are real, but they're next year's questions." # decide: audio_rights everything
    The audio lead writes it down. Suki, across the table, writes it down too, in a different notebook, and I am not sure I want to know why.
-
-> fund_whisper

= fund_whisper
Whisper needs GPUs, and the only place GPUs come from is the same pool as always. The research slice of the fleet has to grow, or the audio team waits.
Research needs its share, and Whisper needs a line on the research list, or the audio team keeps waiting. # hint: Give research GPUs and fund Whisper on the research tab: Whisper exists only once it is funded and its GPU-months are done. The API still needs serving. # screen: fleet
Research gets {sim_fmt("fleet.research_gpus")}; the API keeps {sim_fmt("fleet.serving_gpus")}; {sim_fmt("fleet.training_gpus")} stay with pre-training for the experiments to come.
{
- sim_num("research.whisper.funded") < 1:
    ~ whisper_pitch = "starved"
    ~ data_debt++
    Whisper is not on the research list this quarter. The audio team takes the news quietly and goes back to its corner. Henrik looks at the calendar and at his plot, and draws the wall a little closer.
- else:
    ~ whisper_pitch = "funded"
    ~ thrift++
    Whisper is on the research list. The audio lead sends me a photo of the job queue, full for the first time in a year, with the caption "thank you" in three languages, one of them possibly invented. {sim_num("research.whisper.progress") > 0:Whisper is {sim_fmt("research.whisper.progress")} of the way there|Whisper starts from nothing}, and the rest depends on how many research GPUs it shares.
}
-> images

= images
Spring passes in experiments. # advance: 2022-05
{
- sim_num("research.whisper.done") >= 1:
    By late spring Whisper works. Not perfectly: it hears "Chinchilla" as "chin chiller" for a week, which Henrik refuses to find funny. But it transcribes podcasts and lectures well enough that the text reads like what people actually said, and Suki has a new shelf.
- sim_num("research.whisper.funded") >= 1:
    By late spring Whisper is {sim_num("research.whisper.progress") > 0:{sim_fmt("research.whisper.progress")} trained|funded but has had no GPUs to train on}, and not yet good enough to trust with anyone's podcast. Suki clears a shelf for it anyway, and it stays empty.
- else:
    By late spring Whisper is still an idea in the audio team's corner: nobody gave it GPUs. The podcasts and lectures of the world stay unwritten, and Suki's shelves stay where they were.
}
Once sound becomes text, the next question is sight: billions of captioned images, and video, which is both. Another door in the data wall.
The proposal: let the model read images the way the DALL-E team learned to, cutting each picture into pieces that each become something like a token, read alongside the text. # glossary: token

* [Put image-text data into the plan for the next model]
    ~ images_in = true
    ~ thrift++
    "Put it in," I say. "Not as the main course. But if the next model can look at a chart and read it, that's worth a lot of tokens of text about charts."
    Dana agrees, with a condition: text first, pictures later. The main run will be text; the images come in as continued training once the text model exists.
* [Keep the next model text-only; images are a second project]
    ~ images_in = false
    ~ trust_dana++
    "One hard thing at a time," I say. "Sparse models, a new stack, a new data mix. Adding a new modality is a fourth hard thing."
    Dana nods. "Text first," she says. "But somebody keep the image data warm. We'll want it the day after launch."
-
-> data_again

= data_again
{sim_num("research.whisper.done") >= 1:Suki rebuilds the mix with the new shelf on it: every shelf we may use, transcribed audio included, and image-text pairs kept for later. For the first time since I joined, the number of unique tokens available goes up instead of sideways.|Suki rebuilds the mix with what she has: every shelf we may use, and image-text pairs kept for later. Without Whisper, the number of unique tokens available goes sideways again.}
{
- wall_answer == "repeat":
    As I asked in April, she reads it twice over: the prose twice, the code four times. # decide: data_mix two_big_epochs
- else:
    One pass of everything, the code twice. # decide: data_mix big_epoch
}
I open her mix on the screen, epochs and all. # hint: Revise the data mix for the next model: how much of each source to use, and how many epochs each is worth. # screen: data # glossary: epochs
The new mix: {sim_fmt("plan.data.unique_tokens")} unique tokens, {sim_fmt("plan.data.seen_tokens")} seen, {sim_fmt("plan.data.effective_tokens")} effective. Licence risk: {sim_fmt("plan.data.licence_risk")}.
{
- sim_num("band.licence_risk") >= 2:
    ~ legal_heat++
    The risk meter is redder than it was in October. {scrape_quietly:Everything we transcribed without asking is in there, next to the shelves with no labels.|Somewhere in this mix is a shelf with no label on it, and I know which one.}
- else:
    {scrape_quietly:The meter is kinder than I deserve, given how we collected the audio. Meters only know what you tell them.|The meter stays in the range Suki calls boring.}
}
{
- sim_num("plan.data.effective_tokens") > sim_num("plan.data.unique_tokens") * 2:
    Henrik studies the ratio of effective to unique tokens and approves: we are reading the good text several times, and it is still worth most of what new text would be.
- else:
    Henrik studies the ratio of effective to unique tokens, then looks at the size of model the scaling curves want, then back at the tokens. He says nothing. He draws the wall.
}
-> whiteboard_summary

= whiteboard_summary
At the end of June, Dana asks me for one whiteboard: the dilemma, as I see it, in a form she can take upstairs. # advance: 2022-06
{
- moe_stance == "champion":
    I have been the reading group's loudest voice for sparse models for four months, and Dana knows it. "Not your slide," she says. "The whole dilemma. Fairly."
- moe_stance == "sceptic":
    I have spent four months as the official sceptic of sparse models. "Make the case against, if it still holds," Dana says. "And the case for, if it doesn't."
- else:
    Marcus's napkin drawing of experts spread across the network is still pinned above my desk. "Put the network in it," Dana says. "Everyone forgets the network."
}
The curves say bigger. Henrik says bigger is pointless without more data. {sim_num("research.whisper.done") >= 1:Whisper gives us more, not unlimited.|Whisper, unfinished, gives us nothing yet.} Marcus says it has to be servable. Google says sparse is how you get big and cheap at once, if you can make it train.

* [Write "sparse experts + every token we can find"]
    ~ whiteboard = "moe_data"
    ~ thrift++
    I write it in the middle of the board: A SPARSE MODEL, SIZED TO THE DATA WE CAN FIND, PLUS EVERY NEW TOKEN WHISPER GIVES US. Under it, smaller: re-derive the scaling laws for sparse models, from scratch, before betting the fleet. # decide: model moe_conservative
    Dana photographs it. "That's the plan," she says. "Now make it true."
* [Write "the biggest dense model the fleet can train"]
    ~ whiteboard = "dense_big"
    ~ hubris++
    ~ data_debt++
    I write: THE BIGGEST DENSE MODEL WE CAN TRAIN. WE KNOW HOW DENSE MODELS BEHAVE. Below it, a list of reasons why serving will sort itself out. # decide: model dense_giant
    Dana reads the list twice. "This is the plan everyone understands," she says, "which is how I know it's the one we can't afford." She takes it upstairs anyway, beside Henrik's version.
* [Write "a smaller model, trained longer, honestly sized"]
    ~ whiteboard = "small_long"
    ~ trust_henrik++
    I write: SIZE THE MODEL TO THE DATA. TRAIN IT LONGER. DON'T PROMISE A LEAP THE DATA CAN'T PAY FOR. # decide: model dense_sized
    Henrik, passing, stops to read it and nods. Dana reads it and sighs. "Correct," she says. "Also not what anyone upstairs wants to hear. I'll bring it as the floor, not the ceiling." # page
-
-> chapter5
