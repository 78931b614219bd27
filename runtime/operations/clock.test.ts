import { describe, expect, it } from "vitest";
import { atFixedTime, buildAtTokenTime, currentTime, rememberedTokenCount, timeForToken } from "./clock.js";

describe("clock", () => {
  it("is the current time, or the time fixed around a synchronous build", () => {
    expect(Date.parse(currentTime())).toBeGreaterThan(Date.now() - 5_000);
    expect(atFixedTime("2026-03-01T10:00:00.000Z", () => [currentTime(), currentTime()])).toEqual(["2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00.000Z"]);
    expect(currentTime()).not.toBe("2026-03-01T10:00:00.000Z");
    expect(() => atFixedTime("2026-03-01T10:00:00.000Z", () => { throw new Error("boom"); })).toThrow("boom");
    expect(currentTime()).not.toBe("2026-03-01T10:00:00.000Z"); // restored after a throw
  });

  it("gives a token the time of its first build for DynamoDB's 10-minute window", () => {
    const start = Date.parse("2030-01-01T00:00:00.000Z");
    const first = timeForToken("clock-test-token", start);
    expect(first).toBe("2030-01-01T00:00:00.000Z");
    expect(timeForToken("clock-test-token", start + 9 * 60_000)).toBe(first);
    expect(timeForToken("clock-test-other", start + 60_000)).toBe("2030-01-01T00:01:00.000Z");
    expect(timeForToken("clock-test-token", start + 11 * 60_000)).toBe("2030-01-01T00:11:00.000Z"); // expired: a new time
  });

  it("remembers a token only when its build read the clock, and then reuses that time", () => {
    const start = Date.parse("2031-01-01T00:00:00.000Z");
    expect(buildAtTokenTime("clock-test-plain", () => "no clock", start)).toBe("no clock");
    const before = rememberedTokenCount(); // tokens of earlier tests have expired by now
    // Not remembered: built again a minute later (now reading the clock), it gets that minute's time.
    expect(buildAtTokenTime("clock-test-plain", () => currentTime(), start + 60_000)).toBe("2031-01-01T00:01:00.000Z");
    expect(rememberedTokenCount()).toBe(before + 1);
    expect(buildAtTokenTime("clock-test-now", () => currentTime(), start + 60_000)).toBe("2031-01-01T00:01:00.000Z");
    expect(rememberedTokenCount()).toBe(before + 2);
    expect(buildAtTokenTime("clock-test-now", () => currentTime(), start + 5 * 60_000)).toBe("2031-01-01T00:01:00.000Z");
    expect(buildAtTokenTime("clock-test-now", () => currentTime(), start + 12 * 60_000)).toBe("2031-01-01T00:12:00.000Z");
  });
});
