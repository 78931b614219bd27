import { describe, expect, it } from "vitest";
import { recordingSleep } from "../../test/http/recording-sleep.js";
import { classifyFailure, maxAttemptsFor, resolveRetryPolicy, retryDelay } from "./retry-policy.js";
import { DynagenRetryStrategy } from "./retry-strategy.js";

const named = (name: string) => Object.assign(new Error(name), { name });

describe("retry policy", () => {
  it("has the documented defaults", () => {
    const policy = resolveRetryPolicy();
    expect(policy).toMatchObject({ throttleMaxAttempts: 5, throttleBaseMs: 50, throttleMaxMs: 200, serverErrorMaxAttempts: 3, serverErrorBaseMs: 250, serverErrorMaxMs: 500 });
    expect(maxAttemptsFor(policy, "client")).toBe(1);
  });

  it("rejects bounds that make no sense", () => {
    expect(() => resolveRetryPolicy({ throttleMaxAttempts: 0 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ serverErrorBaseMs: 600 })).toThrow(/maximum delay/);
  });

  it("classifies by the SDK's error type and DynamoDB's throttle names", () => {
    expect(classifyFailure({ errorType: "THROTTLING" })).toBe("throttle");
    expect(classifyFailure({ errorType: "CLIENT_ERROR", error: named("RequestLimitExceeded") as never })).toBe("throttle");
    expect(classifyFailure({ errorType: "TRANSIENT" })).toBe("server");
    expect(classifyFailure({ errorType: "SERVER_ERROR" })).toBe("server");
    expect(classifyFailure({ errorType: "CLIENT_ERROR", error: named("ValidationException") as never })).toBe("client");
  });

  it("keeps throttle waits short: equal jitter on 50, 100, 200, 200 ms", () => {
    const low = resolveRetryPolicy({ random: () => 0 });
    const high = resolveRetryPolicy({ random: () => 1 });
    expect([1, 2, 3, 4].map((n) => retryDelay(low, "throttle", n))).toEqual([25, 50, 100, 100]);
    expect([1, 2, 3, 4].map((n) => retryDelay(high, "throttle", n))).toEqual([50, 100, 200, 200]);
  });

  it("waits 250-500 ms after server failures, whatever the retry number", () => {
    const mid = resolveRetryPolicy({ random: () => 0.5 });
    expect([1, 2, 3].map((n) => retryDelay(mid, "server", n))).toEqual([375, 375, 375]);
  });
});

describe("DynagenRetryStrategy (the SDK's RetryStrategyV2 contract)", () => {
  it("starts at retry count 0 and counts up, sleeping the computed delay itself", async () => {
    const { sleep, waits } = recordingSleep();
    const strategy = new DynagenRetryStrategy({ sleep, random: () => 0 });
    const first = await strategy.acquireInitialRetryToken("us-east-1");
    expect(first.getRetryCount()).toBe(0);
    const error = named("ThrottlingException");
    const second = await strategy.refreshRetryTokenForRetry(first, { errorType: "THROTTLING", error: error as never });
    expect(second.getRetryCount()).toBe(1);
    expect(second.getRetryDelay()).toBe(0);
    expect(second.$retryLog?.acquisitionDelay).toBe(25);
    expect(waits).toEqual([25]);
    expect(strategy.delayAfter(error)).toBe(25);
    strategy.recordSuccess(second);
  });

  it("backs off each kind by its own run: a throttle after a server error starts again at 25-50 ms", async () => {
    const { sleep, waits } = recordingSleep();
    const strategy = new DynagenRetryStrategy({ sleep, random: () => 0, throttleMaxAttempts: 8, serverErrorMaxAttempts: 8 });
    const kinds = ["THROTTLING", "THROTTLING", "TRANSIENT", "THROTTLING", "THROTTLING", "THROTTLING"] as const;
    let token = await strategy.acquireInitialRetryToken("");
    for (const errorType of kinds) token = await strategy.refreshRetryTokenForRetry(token, { errorType });
    expect(waits).toEqual([25, 50, 250, 25, 50, 100]);
    expect(token.getRetryCount()).toBe(6);
  });

  it("refuses client errors and exhausted attempts by throwing", async () => {
    const strategy = new DynagenRetryStrategy({ sleep: recordingSleep().sleep, serverErrorMaxAttempts: 2 });
    const token = await strategy.acquireInitialRetryToken("");
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: "CLIENT_ERROR" })).rejects.toThrow(/No retry token/);
    const retried = await strategy.refreshRetryTokenForRetry(token, { errorType: "TRANSIENT" });
    await expect(strategy.refreshRetryTokenForRetry(retried, { errorType: "TRANSIENT" })).rejects.toThrow(/No retry token/);
    expect(strategy.maxAttempts).toBe(5);
  });
});
