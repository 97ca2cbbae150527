import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/persist/settings";

describe("settings", () => {
  it("reads back what was stored", () => {
    expect(parseSettings(JSON.stringify({ version: 1, muted: true }))).toEqual({
      version: 1,
      muted: true,
    });
  });

  it("falls back to defaults for missing, corrupt or foreign data", () => {
    for (const raw of [
      null,
      "",
      "{",
      "[]",
      "null",
      '{"version":2,"muted":true}',
      '{"version":1,"muted":"yes"}',
    ]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });
});
