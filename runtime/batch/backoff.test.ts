import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.js";

describe("backoffDelay", () => {
  it("is a full-jitter delay: between 0 and min(max, base * 2^attempt)", () => {
    const settings = { baseDelayMs: 10, maxDelayMs: 100 };
    for (const [attempt, ceiling] of [[1, 20], [2, 40], [3, 80], [4, 100], [10, 100]] as const) {
      const delays = Array.from({ length: 200 }, () => backoffDelay(attempt, settings));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...delays)).toBeLessThanOrEqual(ceiling);
      expect(new Set(delays).size).toBeGreaterThan(100); // jittered, not a fixed wait
    }
  });
});
