/**
 * The Lab's state: two designs, A and B, the one the screens edit, and what the hub shows. Pure
 * (no Phaser, no DOM): the App keeps one while the Lab is open and the Lab scene renders it.
 * Nothing here reads or writes the player's save or run history.
 */
import type { ScreenPlan } from "../game/session";
import type { WorldState } from "../sim";
import { encodeLab } from "./code";
import { compareDesigns, type LabComparisonRow } from "./compare";
import { atMonth, commitToDesign, type LabDesign, labWorld } from "./design";
import { type PresetId, presetDesign } from "./presets";

export type LabSlot = "A" | "B";
export const LAB_SLOTS: readonly LabSlot[] = ["A", "B"];

/** The Lab opens on the source's GPT-4 against Chinchilla's recipe: the book's own argument. */
const DEFAULT_A: PresetId = "gpt4";
const DEFAULT_B: PresetId = "chinchilla70b";

export class LabSession {
  private designs: Record<LabSlot, LabDesign>;
  /** Which preset each design started from (null once opened from a link). */
  private origins: Record<LabSlot, PresetId | null>;
  /** The design the screens edit and the link carries. */
  active: LabSlot = "A";

  /** A fresh Lab, or one holding a design from a link in A (B starts as a copy of it). */
  constructor(fromLink?: LabDesign) {
    if (fromLink) {
      this.designs = { A: fromLink, B: fromLink };
      this.origins = { A: null, B: null };
    } else {
      this.designs = { A: presetDesign(DEFAULT_A), B: presetDesign(DEFAULT_B) };
      this.origins = { A: DEFAULT_A, B: DEFAULT_B };
    }
  }

  design(slot: LabSlot = this.active): LabDesign {
    return this.designs[slot];
  }

  /** The world the screens open on for the active design. */
  world(slot: LabSlot = this.active): WorldState {
    return labWorld(this.designs[slot]);
  }

  /**
   * The preset a design started from (the hub names it and its source), or null when it came
   * from a link.
   */
  preset(slot: LabSlot = this.active): PresetId | null {
    return this.origins[slot];
  }

  setMonth(month: string): void {
    this.designs[this.active] = atMonth(this.designs[this.active], month);
  }

  /** A preset replaces the active design, on the preset's own month. */
  applyPreset(id: PresetId): void {
    this.designs[this.active] = presetDesign(id);
    this.origins[this.active] = id;
  }

  /** A screen's Commit: written into the active design. */
  commit(plan: ScreenPlan): void {
    this.designs[this.active] = commitToDesign(this.designs[this.active], plan);
  }

  /** Fleet's "Next month" in the Lab: the split is kept and the design moves one month on. */
  nextMonth(month: string, plan: ScreenPlan): void {
    this.commit(plan);
    this.setMonth(month);
  }

  /** B becomes a copy of A (to edit one thing and compare). */
  copyAToB(): void {
    this.designs.B = this.designs.A;
    this.origins.B = this.origins.A;
  }

  swap(): void {
    this.designs = { A: this.designs.B, B: this.designs.A };
    this.origins = { A: this.origins.B, B: this.origins.A };
  }

  /** The active design's share code. */
  code(): string {
    return encodeLab(this.designs[this.active]);
  }

  comparison(): LabComparisonRow[] {
    return compareDesigns(this.designs.A, this.designs.B);
  }
}
