/**
 * The Lab as a management screen's host: the screens open on the active design's world, their
 * Commit writes into the design and Cancel leaves it as it was; both return to the Lab hub.
 */
import { labText } from "../i18n/messages/lab";
import type { ScreenHost } from "../screens/host";
import type { ScreenName } from "../story/protocol";
import { LAB_MONTHS } from "./design";
import type { LabSession } from "./session";

/** What a screen says beside its heading in the Lab (instead of the story's hint): one a screen. */
const LAB_HINTS: Record<ScreenName, "hintFleet" | "hintDesigner" | "hintData" | "hintServing"> = {
  fleet: "hintFleet",
  designer: "hintDesigner",
  data: "hintData",
  serving: "hintServing",
};

export function labHost(lab: LabSession, back: () => void): ScreenHost {
  const next = LAB_MONTHS[LAB_MONTHS.indexOf(lab.design().month) + 1];
  return {
    mode: "lab",
    world: () => lab.world(),
    hint: (screen) => labText(LAB_HINTS[screen], { slot: lab.active }),
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
