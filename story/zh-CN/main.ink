// If I Trained GPT-4: the story in Simplified Chinese (如果我训练了 GPT-4).
// The same story as ../main.ink, file for file: the chapters and endings beside this file are
// its Chinese telling; the external functions' Inky fallbacks are the English story's own. The
// variables below must stay exactly those of ../main.ink: test/story/translation.test.ts
// compares the two compiled stories (scripts/story-shape.ts) and fails on any difference.

INCLUDE ../externals.ink
INCLUDE chapter1.ink
INCLUDE chapter2.ink
INCLUDE chapter3.ink
INCLUDE chapter4.ink
INCLUDE chapter5.ink
INCLUDE chapter6.ink
INCLUDE chapter7.ink
INCLUDE chapter8.ink
INCLUDE endings.ink

// The player's narrative choices, read later by the story.
VAR first_impression = ""     // how Andy met the empty robotics desks
VAR lunch_table = ""          // "alignment" or "infra": who Andy sat with on day one
VAR fleet_stance = ""         // "trainer", "server" or "balanced" after the first fleet plan

// Chapter 2: data.
VAR codex_question = ""       // "prose", "volume" or "cookie": what Andy asked at the Codex demo
VAR took_shadow_books = false // shadow-library e-books went into the corpus on Andy's say-so
VAR took_scihub = false       // Sci-Hub papers went in beside arXiv
VAR kept_ledger = false       // Andy kept a provenance ledger of every source (softens a subpoena)
VAR north_star = ""           // "quality", "cost" or "both": Andy's headline in the planning doc
VAR data_faith = ""           // "data" or "architecture": what Andy believes pre-training is about

// Chapter 3: GPT-3.5.
VAR mix_method = ""           // "grid", "gut" or "code": how the mixture ratio was found
VAR context_ask = ""          // "4k", "8k" or "2k": the context Andy argued for in 3.5
VAR night_call = ""            // "restart", "bisect" or "wake": the first 3 a.m. failure
VAR name_vote = ""            // "gpt4", "35" or "pi": Andy's vote in the naming meeting
VAR after_curves = ""         // "dense", "sparse" or "serving": Andy's reaction to the scaling curves

// Chapter 4: the dilemma.
VAR henrik_welcome = ""       // "lunch", "curves" or "github": how Andy met the Chinchilla veteran
VAR moe_stance = ""           // "champion", "sceptic" or "infra"
VAR wall_answer = ""          // "repeat", "new_text" or "shrink": Andy's answer to the data wall
VAR whisper_pitch = ""        // "funded" or "starved": whether research GPUs paid for Whisper
VAR scrape_quietly = false    // Andy said to take audio without asking anyone (licence heat)
VAR images_in = false         // image-text data planned for GPT-4's continued training
VAR whiteboard = ""           // "moe_data", "dense_big" or "small_long": Andy's summary for Dana

// Chapter 5: the birth of GPT-4.
VAR fit_method = ""           // "small", "validate" or "borrow": how the MoE scaling laws were refit
VAR size_push = ""            // "more", "conservative" or "smaller": Andy's push on the expert count
VAR redesigned = false        // the GPT-4 plan went back to the designer once
VAR spike_fix = ""            // "rollback", "lr" or "ignore": the mid-run loss spike
VAR endpoint_stance = ""      // "babysit", "guard" or "share": Microsoft's deployment endpoint

// Chapter 6: ChatGPT.
VAR chat_test = ""            // "bubble", "break" or "lunch": Andy's first chat
VAR chatgpt_side = ""         // "users", "run" or "borrow": whose side Andy took when demand exploded
VAR quant_job = ""            // "careful", "fast" or "none": how the ChatGPT quantisation was done
VAR chat_lesson = ""          // "interface", "luck" or "scale"

// Chapter 7: the GPT-4 launch.
VAR multimodal_push = ""      // "demo" or "wait"
VAR after_launch = ""         // "32k", "wait" or "donate": what Andy did when compute ran out

// Chapter 8: after launch.
VAR stopgap_call = ""          // "lenient", "refuse" or "ab": lowering the rejection probability
VAR h100_use = ""             // "serving", "long_context" or "next"
VAR complaint_reply = ""      // "deny", "explain" or "rollback"
VAR final_push = ""           // "efficiency", "giant", "audit" or "demand": Andy's last plan

// Tallies that choose among the endings the sim's verdict allows, and colour them (endings.ink).
VAR legal_heat = 0            // licence risk taken on by choice: the subpoena
VAR starve = 0                // serving starved for training or experiments: the melted fleet
VAR hubris = 0                // bigger and denser regardless of serving cost: the dense giant
VAR data_debt = 0             // size outrunning the data: Chinchilla's warning
VAR nerf = 0                  // cost cut by quality: the nerfed model
VAR thrift = 0                // honest efficiency work: the 10x Turbo
VAR trust_dana = 0            // small relationship counters, read for colour
VAR trust_marcus = 0
VAR trust_ruth = 0
VAR trust_henrik = 0
VAR trust_suki = 0

~ SEED_RANDOM(run_seed())
-> chapter1
