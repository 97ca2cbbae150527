// Chapter 2: Data (October to November 2021).
// Codex's lesson about code, the data lead's library, the shadow shelves, the
// first data plan, and the bosses' new rule: quality and cost together.

=== chapter2 ===
October arrives with the first cold mornings and a company all-hands where, for the first time, I understand most of the slides. # chapter: 2 Data # music: calm # advance: 2021-10
-> all_hands

= all_hands
Dana presents the year since GPT-3 as a list of things customers asked for and then got: search that looks things up before answering, a mode that inserts text into the middle of a document and another that edits it, fine-tuning that learns a format from a few hundred examples. None of it is a new model. All of it is the old model made more useful by people who listened, which is faintly humbling, like learning that the best-selling dish at a famous restaurant is the bread.
Then the Codex team takes the stage: the big pre-training bet of the year, a lot of people and all of GitHub. The demo writes a function from a docstring, a test for it, and, on request, a passive-aggressive comment about the docstring. Then the slide that matters.
They mixed a large share of code into the natural-language data and waited for the prose to get worse. It did not. The English stayed as good, and anything that looked like symbolic reasoning, word problems, logic puzzles, chains of steps, got better.
My hand is up before I have decided what to ask.

* [Ask why the code didn't hurt the prose]
    ~ codex_question = "prose"
    ~ thrift++
    "Why didn't it hurt?" I ask. "I'd have bet every token of Python is a token of English you didn't read."
    The Codex lead grins. "So would we. Our guess: code is text with the reasoning written down. Every variable defined before use, every bracket closed. The model learns to keep track of things, and that turns out to be useful in English too."
    Dana catches my eye and nods once: it is the question that tells you how much code to put in the next model.
* [Ask how much code there is]
    ~ codex_question = "volume"
    ~ data_debt++
    "How much more code can we get?" I ask. "If it helps, I want all of it."
    "All of it is what we have," the Codex lead says. "Public GitHub, deduplicated, filtered for the worst of it. There isn't a second GitHub." The room laughs. I laugh too, a beat late, because I had genuinely been hoping there was a second GitHub.
    It is my first meeting with an idea that will follow me for two years: the best data is finite, and we are nearer its end than its beginning.
* [Don't ask; take the last cookie while everyone is distracted]
    ~ codex_question = "cookie"
    I lower my hand, because somebody else asks a better question, and because the cookie plate at the back of the room has exactly one chocolate chip cookie left on it and the whole room is looking at the stage.
    The cookie is excellent. I miss the answer, and for the rest of the week I keep hearing fragments of it in the kitchen: the code helped the reasoning, the code didn't hurt the English, the code is all of GitHub and there is no more.
-
-> the_library

= the_library
The week after, Dana sends me to the data team. "Pre-training is going to ask you what to train on," she says. "Know where the bodies are buried before you answer. Figuratively. Mostly."
The data lead, Suki Tanaka, keeps her corpora the way other people keep houseplants: on shelves, as hard drives, each with a name in her handwriting. A spring crawl, a deduplicated summer crawl, "the one with all the recipes".
"Rule one," she says. "Text is ore. You mine it, refine it, and there is only so much in the ground: a few trillion good tokens, if you are generous. Rule two: we have mined the easy seams." # glossary: tokens
Filtered web, most of the volume and most of the junk. All of public GitHub. ArXiv papers, clean, and posted by their authors to be read, under licences written long before anyone imagined a model doing the reading. Licensed books: lovely, and a few tens of billions of tokens, which a model our size reads before lunch.
At the end of the aisle is a shelf with no labels. "The rumours," Suki says. "E-books from the shadow libraries, Libgen and Z-Library. Papers from Sci-Hub, everything arXiv doesn't have. Plenty of people in this industry train on shelves like this and don't say so. The text is wonderful: long, careful, edited. The licences are not." She pats a drive the way you'd pat a dog that has bitten someone. "I need someone from pre-training to say whether it goes in. Dana is in meetings until Christmas. You're new enough to remember deciding it."
-> books

= books
Somewhere on those drives is every textbook I bought as a student, and many I didn't.

* [Take the shadow-library books: the model should read the best text there is]
    ~ took_shadow_books = true
    ~ legal_heat++
    ~ trust_suki++
    "Put them in," I say. "If we're training the best model in the world, it should read the best books in the world." # decide: take_source books_shadow
    Suki writes something on a sticky note and puts it on the drive. It says BOOKS: YES (ANDY). I notice my name in the brackets, and I notice that she noticed me noticing.
    "Everyone says the same sentence," she says, not unkindly. "Some of them say it in depositions."
* [Licensed books only: the shelf stays on the shelf]
    ~ took_shadow_books = false
    ~ thrift++
    "Licensed books only," I say. "I don't want the best model in the world to come with a court date." # decide: refuse_source books_shadow
    Suki shrugs, which I learn later is how she expresses respect. "Then the model will write essays like someone who learned English from forums." She sticks BOOKS: LICENSED on the empty shelf, like a tombstone.
* [Ask legal before anyone decides anything]
    ~ took_shadow_books = false
    ~ kept_ledger = true
    ~ trust_dana++
    "Can we ask legal?" I say. "If this is ever going to be a question, I want the answer written down before the model is trained, not after."
    Suki opens a spreadsheet called provenance_FINAL_v7 and adds a column called LEGAL SAYS. "You're the first person from pre-training to ask," she says. "The column is yours."
    Legal's answer, two weeks later: not the shadow books, yes to arXiv, and please keep doing whatever you are doing with that spreadsheet. # decide: ledger kept # decide: refuse_source books_shadow
-
-> papers

= papers
Papers are the second question. ArXiv is a gift, posted by authors to be read, but it is mostly physics, maths and computer science. Medicine, chemistry, most of science lives behind paywalls, on the shelf with no label.
{took_shadow_books:"Same question," Suki says, "smaller drive."|"Same question," Suki says, "different shelf. You said no to the books. Papers are different, people say. People say a lot of things."}

* [ArXiv and Sci-Hub both: science should read all of science]
    ~ took_scihub = true
    ~ legal_heat++
    "Both," I say. "A model that has read all of science is a better scientist than one that has read the half that was free." # decide: take_source papers_scihub
    Suki nods and adds another sticky note. Two notes now, two brackets with my name in them. I tell myself that everybody in the industry does this. It is the kind of thing you can tell yourself all the way to a deposition.
* [ArXiv only]
    ~ took_scihub = false
    ~ thrift++
    "ArXiv only," I say. "The model will know a lot about black holes and not very much about kidneys. We can fix the kidneys later, honestly." # decide: refuse_source papers_scihub
    "Kidneys," Suki says, writing it down. "Later."
-
{kept_ledger:Everything goes into provenance_FINAL_v7, in the column with my name on it. Suki asks whether GitHub deserves the same treatment.|Suki asks whether I want the decisions logged in her provenance spreadsheet, provenance_FINAL_v7, or whether the sticky notes will do.}

* {not kept_ledger} [Log everything: source, date, who decided, and why]
    ~ kept_ledger = true
    ~ trust_suki++
    "Log it," I say. "Every source, every decision, every name. Mine included." # decide: ledger kept
    Suki adds a column called WHO DECIDED and types ANDY into two cells with visible satisfaction. It is the least glamorous thing I do all year. I suspect it may be the most important.
* {not kept_ledger} [The sticky notes are enough]
    ~ legal_heat++
    "The sticky notes are fine," I say. "We're a research lab, not a records office."
    Suki looks at me for a moment longer than necessary. "Sure," she says, and I later learn that she writes it down anyway, in a notebook of her own. It is the kind of answer that seems efficient in October and looks different in a subpoena.
* {kept_ledger} [Yes: GitHub's licences were not written for us either]
    ~ thrift++
    "GitHub too," I say. "Half those licences ask for attribution, and a model doesn't attribute anything. I'd rather know what we owe before someone tells us."
    Legal adds GitHub to the column with a note: "permissive licences mostly fine; some copyleft; watch this space". Suki watches the space.
* {kept_ledger} [No: GitHub is the one thing everybody agrees on]
    "Leave GitHub," I say. "Codex already trained on it, the world already knows, and there's no second GitHub anyway."
    Suki nods and moves on. The column stays blank beside the biggest source we have, like an unlit room in a house you otherwise know well.
-
-> data_plan

= data_plan
Then the real job: the mix for the next model. Which sources, how much of each, how many passes.
"Three numbers," Suki says. "Unique tokens: how much different text. Seen tokens: how much the model reads, repeats included. Effective tokens: what the repeats are worth. Read a book twice and you learn something. Read it twenty times and you memorise the page numbers. And the fourth number, licence risk, is the one nobody looks at until they have to." # glossary: tokens
I open the data mix: sources, shares and epochs, with a sceptical colleague and a judge somewhere at the back of my mind. # hint: Choose the sources, how many unique tokens of each and how many epochs. Commit a mix you could defend to a sceptical colleague, and to a judge. # screen: data # glossary: epochs
-> data_committed

= data_committed
The mix goes into the plan: {sim_fmt("plan.data.unique_tokens")} unique tokens, read as {sim_fmt("plan.data.seen_tokens")} tokens in all, worth about {sim_fmt("plan.data.effective_tokens")} effective tokens once the repeats are discounted. Code is {sim_fmt("plan.data.code_share")} of what the model will read.
{
- sim_num("band.code_share") >= 3:
    Suki whistles at the code share. "More code than English," she says. "Codex said it doesn't hurt. Codex didn't try it at this dose. We'll find out whether the model starts answering love letters with a stack trace."
- sim_num("band.code_share") >= 2:
    {codex_question == "prose":I remember the Codex lead's answer and don't flinch at the code share. Code teaches the model to keep track of things.|Suki raises an eyebrow at the code share. "Codex's lesson, taken seriously," she says. "Good. It won't hurt the English, and it will help the maths."}
- sim_num("band.code_share") < 1:
    Suki frowns at the code share. "After everything Codex showed us? Code helps reasoning. You're leaving the cheapest gain in the building on the table."
- else:
    Suki nods at the code share: "A respectable amount of code. Codex would want more. Codex always wants more."
}
The licence-risk meter reads {sim_fmt("plan.data.licence_risk")}.
{
- sim_num("band.licence_risk") >= 2:
    ~ legal_heat++
    That is a lot of red for one meter. {kept_ledger:At least every drop of it is in the spreadsheet, with legal's view beside it.|Nobody has written down where any of it came from.} Suki looks at the meter, then at me, and says nothing, loudly.
- sim_num("band.licence_risk") >= 1:
    Not nothing: the web carries risk, and so does GitHub. But it is a number you can explain to a reasonable person in ten minutes.
- else:
    Low enough that Suki calls it "boring", which in her vocabulary is the highest praise for a licence.
}
-> the_target

= the_target
In November Dana holds a meeting of her own: five of us and a whiteboard nobody has cleaned since summer. # advance: 2021-11
"The bosses have a new rule," Dana says. "A year of selling GPT-3 taught us that 'make it bigger' is not a plan. Bigger is better, and slower, and dearer to serve, and a model nobody can afford to run is a very expensive research paper."
She writes two words on the board: QUALITY and COST. "The next model does both. A jump in quality people notice without a benchmark, and inference cheap enough that customers can use it and we can serve it. Training and inference efficiency, balanced. One line each for the planning doc: what comes first?"
Marcus writes COST, FIRST, LAST AND ALWAYS. Suki writes DATA, which is not an option, with the serenity of someone who knows she is right.
Everyone looks at me.

* [Write "quality": nobody pays for a cheap model that isn't better]
    ~ north_star = "quality"
    ~ hubris++
    I write QUALITY. "If it isn't clearly better, it doesn't matter how cheap it is. Nobody switches to a model that is the same but cheaper. We can make a great model cheap later. We can't make a cheap model great later."
    Marcus looks at me with the mild sorrow of a man watching someone walk confidently into a glass door. "Later," he says. "Remember you said later."
* [Write "cost": a model people can afford to use]
    ~ north_star = "cost"
    ~ thrift++
    ~ trust_marcus++
    I write COST. "The API taught us that the model is only as good as the number of people who can afford to run it. Every architecture decision we make is a serving decision too. I'd rather decide that on purpose."
    Marcus looks up from his phone for the first time in the meeting. It is the nearest thing to applause his face is capable of.
* [Write both, each with a number: a quality target and a cost ceiling]
    ~ north_star = "both"
    ~ trust_dana++
    I write both, and under each a blank for a number. "A quality target we can measure, and a cost ceiling per token we won't cross. Otherwise each of us will say 'balanced' and mean our own half."
    Dana looks at the blanks for a second. "Fill them in by Friday," she says. It is, I realise later, her way of saying yes.
-
The two words at the top of the planning doc never change.
-> faith

= faith
Walking back, Suki is philosophical, which with Suki means two coffees and no lunch. "Pre-training is mostly about data," she says. "Get all the good text, clean it, mix it right, and a strong base model is certain. The architecture, the tricks, the parallelism: all of that can be solved slowly. The data is the only thing you can't solve slowly."

* [Agree: it's the data, all the way down]
    ~ data_faith = "data"
    ~ trust_suki++
    "You're right," I say. "Robotics didn't stall because the networks were wrong. It stalled because every bit of data came one grasp at a time. We have the opposite problem."
    "Almost all the data," Suki corrects me. "We'll find out soon what happens when it runs out."
* [Push back: the architecture still decides what the data can teach]
    ~ data_faith = "architecture"
    ~ trust_henrik++
    "Data decides what the model can learn," I say. "The architecture decides what it costs to learn it, and what it costs to use it afterwards. Dana's two words are both architecture questions."
    Suki thinks about this for the length of a corridor. "Fine," she says. "You worry about the cost of learning it. I'll worry about whether there's anything left to learn." # page
-
-> chapter3
