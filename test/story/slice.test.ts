import { describe, expect, it } from "vitest";
import { GameSession } from "../../src/game/session";
import { fleetPreview } from "../../src/screens/fleet/view";
import { formatReadout, newWorld } from "../../src/sim";
import storyJson from "../../story/main.ink";

const text = (session: GameSession) => session.transcript.map((p) => p.text).join("\n");

function toFleet(seed: number): GameSession {
  const session = new GameSession(storyJson, seed);
  const first = session.start();
  expect(first.passages[0]?.chapter).toEqual({ number: 1, title: "Joining" });
  expect(first.pause.kind).toBe("choice");
  expect(first.choices).toHaveLength(3);
  session.choose(0);
  expect(session.beat.choices).toHaveLength(2);
  session.choose(1);
  expect(session.pendingScreen).toBe("fleet");
  return session;
}

describe("chapter 1's first scene", () => {
  it("opens the fleet screen after two choices and quotes the committed plan from the sim", () => {
    const session = toFleet(11);
    const total = session.world.fleet.a100 + session.world.fleet.h100;
    const research = session.world.allocation.research;
    const training = Math.round((total * 0.6) / 8) * 8;
    const allocation = { training, serving: total - research - training, research };
    const expected = fleetPreview(session.world, allocation);
    session.commit({ screen: "fleet", allocation });
    const shown = session.beat.passages.map((p) => p.text).join("\n");
    expect(shown).toContain(`${expected.trainingGpus} training`);
    expect(shown).toContain(`the training run needs ${expected.trainingDays}`);
    expect(shown).toContain(formatReadout(session.world, "world.demand_served_share"));
    expect(session.decisions.map((d) => d.kind)).toEqual(["choice", "choice", "commit"]);
  });

  it("refuses a commit for a screen the story is not waiting for, and a choice not on offer", () => {
    const session = new GameSession(storyJson, 3);
    session.start();
    expect(() => session.choose(7)).toThrow(/not on offer/);
    expect(() =>
      session.commit({ screen: "fleet", allocation: { training: 1, serving: 1, research: 0 } }),
    ).toThrow(/not waiting/);
  });

  it("records narrative choices in ink variables the story reads later", () => {
    const session = toFleet(5);
    expect(session.director.variable("first_impression")).toBe("handshake");
    expect(session.director.variable("lunch_table")).toBe("infra");
  });

  it("prints no markup or broken values", () => {
    const session = toFleet(9);
    const world = newWorld(9);
    session.commit({ screen: "fleet", allocation: { ...world.allocation } });
    const shown = text(session);
    expect(shown).not.toMatch(/[{}#]|undefined|NaN|Infinity|\[object| {2}/);
  });

  it("a choice rewound (rebuilt from the decisions before it) can be made again differently", () => {
    const a = new GameSession(storyJson, 21);
    a.start();
    a.choose(2);
    const b = new GameSession(storyJson, 21);
    b.start();
    b.choose(0);
    // Rewind replays b's decisions without its last one: choosing as a did gives a's text.
    const rewound = GameSession.replay(storyJson, 21, b.decisions.slice(0, -1));
    const beat = rewound.choose(2);
    expect(beat.passages.map((p) => p.text)).toEqual(a.beat.passages.map((p) => p.text));
    expect(beat.passages.map((p) => p.text)).not.toEqual(b.beat.passages.map((p) => p.text));
  });
});
