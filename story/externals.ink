// The questions the story asks the game (see src/story/protocol.ts).
// The game binds every one of these; the functions below are fallbacks so the
// story also runs in Inky, with plausible numbers instead of the sim's.
// In Inky no ending but "busy" is allowed (every verdict.* key but verdict.busy
// reads 0), so a read-through in Inky ends busy for a while.

EXTERNAL run_seed()
EXTERNAL sim_num(key)
EXTERNAL sim_fmt(key)
EXTERNAL sim_month()

=== function run_seed() ===
~ return 20210901

=== function sim_month() ===
~ return "2021-09"

=== function sim_num(key) ===
{ key:
- "fleet.total_gpus": ~ return 30000
- "fleet.training_gpus": ~ return 24000
- "fleet.serving_gpus": ~ return 5000
- "fleet.research_gpus": ~ return 1000
- "world.money_usd": ~ return 4200000000
- "world.demand_served_share": ~ return 0.9
- "world.reputation": ~ return 72
- "world.chatgpt_users": ~ return 100000000
- "plan.training.total_params": ~ return 1831000000000
- "plan.training.active_params": ~ return 277000000000
- "plan.training.flops": ~ return 21500000000000000000000000
- "plan.training.days": ~ return 95
- "plan.training.loss": ~ return 1.94
- "plan.training.capability": ~ return 70
- "plan.training.mfu": ~ return 0.34
- "plan.training.bubble": ~ return 0.12
- "plan.training.fits": ~ return 1
- "plan.training.too_big_for_data": ~ return 0
- "plan.data.seen_tokens": ~ return 13000000000000
- "plan.data.unique_tokens": ~ return 5200000000000
- "plan.data.effective_tokens": ~ return 11800000000000
- "plan.data.licence_risk": ~ return 0.3
- "plan.data.code_share": ~ return 0.4
- "plan.serving.usd_per_mtok": ~ return 3.2
- "plan.serving.tokens_per_second_per_gpu": ~ return 180
- "plan.serving.quality": ~ return 0.96
- "plan.serving.latency_seconds_per_token": ~ return 0.15
- "run.active": ~ return 1
- "run.training_progress": ~ return 0.55
- "run.loss": ~ return 2.11
- "model.gpt35.capability": ~ return 45
- "model.gpt4.capability": ~ return 70
- "model.gpt4.trained": ~ return 1
- "score.capability": ~ return 70
- "score.usd_per_mtok": ~ return 1.1
- "score.launch_usd_per_mtok": ~ return 3.2
- "score.cost_ratio_vs_launch": ~ return 2.9
- "score.demand_served": ~ return 0.82
- "score.quality": ~ return 0.94
- "score.licence_risk": ~ return 0.3
- "score.money_usd": ~ return 6100000000
- "score.training_days": ~ return 95
- "score.too_big_for_data": ~ return 0
- "score.servable": ~ return 1
- "score.gpt4_launched": ~ return 1
- "score.leap_band": ~ return 2
- "verdict.busy": ~ return 1
- "research.whisper.done": ~ return 1
- "research.whisper.funded": ~ return 1
- "jobs.alignment.done": ~ return 1
- "jobs.multimodal.done": ~ return 1
- "jobs.long_context.done": ~ return 1
- "plan.gpt4_serving.fits": ~ return 1
- "plan.gpt4_serving.servable": ~ return 1
- "plan.gpt4_serving.speculative": ~ return 1
- "plan.gpt4_serving.attention": ~ return 2
- "model.gpt35.progress": ~ return 1
- else: ~ return 0
}

=== function sim_fmt(key) ===
{ key:
- "fleet.total_gpus": ~ return "30,000 GPUs"
- "fleet.training_gpus": ~ return "24,000 GPUs"
- "fleet.serving_gpus": ~ return "5,000 GPUs"
- "fleet.research_gpus": ~ return "1,000 GPUs"
- "world.money_usd": ~ return "$4.2B"
- "world.demand_served_share": ~ return "90%"
- "world.reputation": ~ return "72"
- "world.chatgpt_users": ~ return "100M"
- "plan.training.total_params": ~ return "1,831B"
- "plan.training.active_params": ~ return "277B"
- "plan.training.flops": ~ return "2.15e25 FLOP"
- "plan.training.days": ~ return "95 days"
- "plan.training.loss": ~ return "1.940"
- "plan.training.capability": ~ return "70"
- "plan.training.mfu": ~ return "34%"
- "plan.training.bubble": ~ return "12%"
- "plan.training.fits": ~ return "yes"
- "plan.training.too_big_for_data": ~ return "no"
- "plan.data.seen_tokens": ~ return "13T"
- "plan.data.unique_tokens": ~ return "5.2T"
- "plan.data.effective_tokens": ~ return "11.8T"
- "plan.data.licence_risk": ~ return "30%"
- "plan.data.code_share": ~ return "40%"
- "plan.serving.usd_per_mtok": ~ return "$3.2 / M tokens"
- "plan.serving.tokens_per_second_per_gpu": ~ return "180 tokens/s"
- "plan.serving.quality": ~ return "96%"
- "plan.serving.latency_seconds_per_token": ~ return "150 ms"
- "run.active": ~ return "yes"
- "run.training_progress": ~ return "55%"
- "run.loss": ~ return "2.110"
- "model.gpt35.capability": ~ return "45"
- "model.gpt4.capability": ~ return "70"
- "model.gpt4.trained": ~ return "yes"
- "score.capability": ~ return "70"
- "score.usd_per_mtok": ~ return "$1.1 / M tokens"
- "score.launch_usd_per_mtok": ~ return "$3.2 / M tokens"
- "score.cost_ratio_vs_launch": ~ return "2.9x"
- "score.demand_served": ~ return "82%"
- "score.quality": ~ return "94%"
- "score.licence_risk": ~ return "30%"
- "score.money_usd": ~ return "$6.1B"
- "score.training_days": ~ return "95 days"
- "score.too_big_for_data": ~ return "no"
- "score.servable": ~ return "yes"
- "score.cost_vs_launch": ~ return "2.9x cheaper"
- "plan.gpt4_serving.usd_per_mtok": ~ return "$3.2 / M tokens"
- "plan.gpt4_serving.quality": ~ return "96%"
- "plan.training.attention": ~ return "multi-query attention"
- "plan.training.context_tokens": ~ return "4k"
- "model.gpt35.context_tokens": ~ return "4k"
- else: ~ return "(a number from the sim)"
}

// Not external: the story's own question, asked after launch (chapter 8). The model the company
// serves at its best is GPT-4 once it has launched and GPT-3.5 in a run where it never did, so a
// line about the served model names the one this run serves. The name is the same in every
// language of the story.
=== function served_model() ===
{ sim_num("score.gpt4_launched") >= 1:
    ~ return "GPT-4"
- else:
    ~ return "GPT-3.5"
}
