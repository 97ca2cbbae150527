// If I Trained GPT-4: the story.
// One file per chapter; the protocol (tags and external functions) is documented
// in src/story/protocol.ts. Narrative choices live in the variables below; the
// plans and the fleet live in the game state, and both are saved together.

INCLUDE externals.ink
INCLUDE chapter1.ink

// The player's narrative choices, read later by the story.
VAR first_impression = ""     // how Andy met the empty robotics desks
VAR lunch_table = ""          // "alignment" or "infra": who Andy sat with on day one
VAR fleet_stance = ""         // "trainer", "server" or "balanced" after the first fleet plan

~ SEED_RANDOM(run_seed())
-> chapter1
