/**
 * The Lab as a management screen's host: the screens open on the active design's world, their
 * Commit writes into the design and Cancel leaves it as it was; both return to the Lab hub.
 */
import type { ScreenHost } from "../screens/host";
import type { ScreenName } from "../story/protocol";
import { LAB_MONTHS } from "./design";
import type { LabSession } from "./session";

/** What a screen says beside its heading in the Lab (instead of the story's hint): one a screen. */
const LAB_HINTS: Record<ScreenName, string> = {
  fleet:
    "Lab: the split sets the training share. Next month moves the design on a month; research funding has no effect here.",
  designer: "Lab: Commit writes this model into the design and returns to the Lab.",
  data: "Lab: Commit writes this mix into the design and returns to the Lab.",
  serving:
    "Lab: both slots (GPT-3.5, GPT-4) serve the design's model; the GPT-3.5 slot prices it in the comparison.",
};

export function labHost(lab: LabSession, back: () => void): ScreenHost {
  const next = LAB_MONTHS[LAB_MONTHS.indexOf(lab.design().month) + 1];
  return {
    mode: "lab",
    world: () => lab.world(),
    hint: (screen) => `Design ${lab.active}. ${LAB_HINTS[screen]}`,
    commit: (plan) => {
      lab.commit(plan);
      back();
    },
    cancel: back,
    ...(next
      ? {
          advanceMonth: (allocation) =>
            lab.nextMonth(next, { screen: "fleet", allocation: { ...allocation } }),
        }
      : {}),
  };
}
