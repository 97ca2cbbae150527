// Chapter 1: Joining (September 2021).
// Andy's first day: the company after GPT-3, the empty robotics desks, the
// people he will work with, and the first thing everyone fights over: GPUs.

=== chapter1 ===
# chapter: 1 Joining
# music: calm
-> first_day

= first_day
Before we start, a warning, for honesty's sake and for my lawyer's. Almost nothing about how this model was actually trained was ever published. What follows is stitched together from public rumours, one much-forwarded report and a generous helping of my own imagination, so please read it as what it is: a made-up story. If any of it turns out to be true, I will be as surprised as you are.
The badge works on the third try, which I decide to read as a good omen rather than a comment on my photo.
It is September 2021. Six rounds of interviews are behind me, including one where I derived backpropagation on a whiteboard while a very polite person watched me forget the chain rule and then remember it. I am now, officially, an NLP engineer on the pre-training team. I know how to make a few thousand GPUs agree on a gradient. I do not yet know where the coffee is.
My manager, Dana Whitlock, meets me at the lifts with a laptop under one arm and the look of someone who has already been in three meetings. "Welcome. Walk with me. The tour takes four minutes and the onboarding documents take four weeks. We'll do the tour."
GPT-3 came out last summer, she explains while we walk, and the company has spent the year since learning to sell it: an API, a queue of customers who want it to write their emails and their code, and a partner in Redmond with a very large cloud. "A year ago we did a bit of everything," she says. "Robots, music, images. Now nearly everyone is on GPT. It turns out that when something works, you stop doing the other things."
We pass a row of desks that are clean in the way only abandoned desks are. On one of them a robotic hand lies palm up, fingers half curled, as if it had been about to ask a question.
"Robotics," Dana says. "The team was wound down this summer. Good people. Most of them moved over."

* [Pick up the hand and give it a respectful handshake]
    ~ first_impression = "handshake"
    I pick it up. It is heavier than it looks and colder than I expected, and I shake it, because I was raised to be polite to colleagues.
    Dana watches this without expression. "It learned to turn a cube in simulation: years of simulated practice, with the friction, the weights and the lighting shuffled on every try, so that the real hand would feel like one more variation," she says. "Then it went into this hand, and it mostly worked. Text doesn't fight back like that. That's the whole story of this year, really."
* [Ask Dana why robotics was shut down]
    ~ first_impression = "question"
    "Why stop? The cube-solving work was beautiful."
    "Beautiful and slow," Dana says. "Every experiment needs a physical robot, a physical cube and somebody to pick the cube up off the floor. With language the data is already written down, billions of pages of it, and an experiment is a job you submit before lunch. When you have one bet that iterates in hours and another that iterates in months, you learn which one to feed."
* [Keep walking: you came here for language models]
    ~ first_impression = "walk_on"
    I keep walking. I came here for language models, and the hand, frankly, looks judgemental.
    Dana notices anyway. "Don't feel guilty," she says. "Data decides how fast you can learn. Robots have to make their own data one grasp at a time. We get ours from everything anybody ever typed. That's the whole difference."
-
The lesson, which I will repeat to myself many times over the next two years, is simple to say and hard to live by: in research that runs on data, the data sets both how fast you move and how good you get.
-> lunch

= lunch
By noon I have a laptop, a login and forty-one unread welcome emails. Lunch is a long table in a room full of light, and there are two obvious places to sit.
At one end, the alignment team is arguing happily about books. Their lead, Ruth Castellanos, is explaining to a new hire that they are about to publish work on summarising whole novels with reinforcement learning from human feedback, and that the real achievement was not the algorithm but a year spent learning to work with the labellers who rate the summaries.
At the other end sits the infrastructure team, who are not arguing about anything, because they are eating quickly. Their lead, Marcus Oyelaran, has a phone face up beside his plate showing a dashboard of GPU temperatures, and he glances at it the way other people glance at a sleeping baby.

* [Sit with the alignment team]
    ~ lunch_table = "alignment"
    I sit with the alignment team. Ruth makes room and asks what I think a good summary is. I say something about faithfulness and compression. She says that's what everyone says until they read two thousand summaries of the same chapter and discover that the labellers disagree with each other in patterns, and that the patterns are the interesting part.
    "We spent more time building trust with the people rating outputs than tuning the reward model," she says. "Nobody puts that in the paper. Write that down somewhere."
    I write it down. It turns out to matter more than anything else I hear that week.
* [Sit with the infrastructure team]
    ~ lunch_table = "infra"
    I sit with infrastructure. Marcus nods at me without looking up, which I later learn is a warm welcome by his standards.
    "You're the distributed-training hire," he says. "Good. Then you know the first law."
    "Which one?"
    "Everybody wants the GPUs. The API wants them because customers pay. Research wants them because the next model is the whole point. Nobody wants them at three in the morning when a node dies." He finally looks up. "You'll want them too. Everyone does, by Thursday."
-
-> the_fleet

= the_fleet
After lunch Dana gives me my first assignment, which she calls onboarding and which I suspect is a test.
"Every quarter we split the fleet," she says, and pulls up a planning sheet. "We have {sim_fmt("fleet.total_gpus")}, every one an A100. Some serve the API, which is how we pay for the rest. The others train the next model: GPT-3 with a longer context, far more tokens and a better data mix. Marcus wants more for serving because the queue is growing. I want more for training because the next model is why we're here." She turns the laptop towards me. "You're new, so you're neutral. Make the split. Show me the numbers."
The split is a single slider, which feels like a lot of responsibility for a single slider.
I open the fleet plan and put my hand on the slider. # hint: Drag the split between training and serving: the run's length and the share of API demand served update as you drag. Commit when you can defend it. # screen: fleet
-> fleet_committed

= fleet_committed
I send Dana the plan: {sim_fmt("fleet.training_gpus")} training, {sim_fmt("fleet.serving_gpus")} serving the API.
At that split the training run needs {sim_fmt("plan.training.days")} of wall-clock time, and the API serves {sim_fmt("world.demand_served_share")} of what customers ask of it.
{
- sim_num("band.demand_served") < 3:
    ~ fleet_stance = "trainer"
    ~ starve++
    Marcus replies to the thread within a minute, which is fast even for him. "Love the ambition. Who is going to tell the customers in the queue?" A second message follows: a screenshot of the API's waiting line, like a photo of a traffic jam sent to the person who closed the road.
    Dana sends a thumbs-up, then, privately: "Bold. Be ready to defend it."
- sim_num("band.demand_served") >= 5:
    ~ fleet_stance = "server"
    ~ trust_marcus++
    Marcus sends a single green heart, his first emoji in living memory according to his team.
    Dana is slower to answer. "Every customer served, and the run takes {sim_fmt("plan.training.days")}," she writes. "Safe. Safe is how you end up shipping last year's model next year. Let's talk."
- else:
    ~ fleet_stance = "balanced"
    ~ trust_dana++
    Dana and Marcus both reply "fine", a few seconds apart, in the tone of two people who each expected to win and are each relieved not to have lost.
    "Balanced," Dana writes to me separately. "Good instinct for a first week. Don't get attached to it."
}
-> first_evening

= first_evening
I stay late, not because anyone asks me to but because the training dashboards are hypnotic: loss curves sloping down like a skier who never reaches the bottom.
On my way out I pass the robotics desks again. {first_impression == "handshake":The hand is where I left it, fingers curled, and I could swear it looks friendlier.|The hand is still there, palm up, still about to ask its question.}
{lunch_table == "alignment":Ruth's line about the labellers keeps circling in my head.|Marcus's first law keeps circling in my head.} Everybody wants the GPUs, and today I got to decide who gets them. It will not be the last time, and the next decisions will not fit on a single slider. # page
-> chapter2
