// The questions the story asks the game (see src/story/protocol.ts).
// The game binds every one of these; the functions below are fallbacks so the
// story also runs in Inky, with plausible numbers instead of the sim's.

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
- "fleet.total_gpus": ~ return 6000
- "fleet.training_gpus": ~ return 4000
- "fleet.serving_gpus": ~ return 2000
- "plan.training.days": ~ return 120
- "world.demand_served_share": ~ return 0.9
- else: ~ return 0
}

=== function sim_fmt(key) ===
{ key:
- "fleet.total_gpus": ~ return "10,000 GPUs"
- "fleet.training_gpus": ~ return "7,000 GPUs"
- "fleet.serving_gpus": ~ return "3,000 GPUs"
- "plan.training.days": ~ return "120 days"
- "world.demand_served_share": ~ return "90%"
- else: ~ return "(a number from the sim)"
}
