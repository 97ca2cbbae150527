/**
 * What a management screen runs on: the world it shows, the line beside its heading, and where its
 * Commit and Cancel go. The App hosts them for a story run; the Lab (src/lab/host.ts) for a design.
 */
import type { Allocation, ResearchId, WorldState } from "../sim";
import type { ScreenName } from "../story/protocol";
import type { ScreenPlan } from "./registry";

export interface ScreenHost {
  readonly mode: "story" | "lab";
  /** The world the screen opens on. */
  world(): WorldState;
  /** The line beside the heading: the story's `# hint:` for this visit, or the Lab's own. */
  hint(screen: ScreenName): string;
  commit(plan: ScreenPlan): void;
  cancel(): void;
  /** The Fleet's "Next month" (absent where no month can pass). */
  advanceMonth?(allocation: Allocation, research: ResearchId[]): void;
  /** How many months "Next month" moves (the month speed setting; 1 when absent). */
  readonly monthsPerPress?: number;
}
