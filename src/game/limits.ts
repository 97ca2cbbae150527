/**
 * How much a run can hold. The story makes the choices and asks for the
 * commits; month advances are bounded by the sim's calendar; plans (screens
 * opened outside the story's request) by a generous count. Saves, codes and
 * replays are checked against these before any work is done, so a hostile link
 * or file is refused at once rather than replayed.
 */
import { LAST_MONTH_INDEX } from "../sim";

/**
 * Most decisions a run may hold. The longest of 600 autoplayed runs (random, cautious and the
 * source's plans, seeds 1-200) made 54: 43 choices and 12 commits at most. 400 leaves room for
 * plans applied from screens opened outside the story.
 */
export const MAX_DECISIONS = 400;
/** Month advances a run can hold: "Next month" is offered up to month LAST_MONTH_INDEX. */
export const MAX_MONTH_ADVANCES = LAST_MONTH_INDEX + 1;
