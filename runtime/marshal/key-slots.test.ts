import { describe, expect, test } from "vitest";
import { ValidationError } from "../errors/index.js";
import { keyInteger, keyString } from "./key-slots.js";

function failure(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("key slots", () => {
  test("keyString passes non-empty strings and rejects empty ones", () => {
    expect(keyString("c1", "customerId")).toBe("c1");
    const e = failure(() => keyString("", "customerId"));
    expect([e.code, e.path]).toEqual(["validation.emptyKey", "customerId"]);
    expect(failure(() => keyString(7 as unknown as string, "customerId")).code).toBe("validation.type");
  });

  test("keyString rejects the separator that follows the slot, so two values never render one key", () => {
    expect(keyString("a-b", "orderId", "#")).toBe("a-b");
    expect(keyString("a#b", "orderId")).toBe("a#b"); // a last slot has no separator
    const e = failure(() => keyString("a#b", "placedAt", "#"));
    expect([e.code, e.path]).toEqual(["validation.keySeparator", "placedAt"]);
  });

  test("keyInteger zero-pads to the width", () => {
    expect(keyInteger(42, "rank", 6)).toBe("000042");
    expect(keyInteger(0, "rank", 3)).toBe("000");
    expect(keyInteger(999, "rank", 3)).toBe("999");
  });

  test("keyInteger rejects negative, too wide, fractional and non-finite values", () => {
    expect([failure(() => keyInteger(-1, "rank", 3)).code, failure(() => keyInteger(-1, "rank", 3)).path]).toEqual(["validation.keyRange", "rank"]);
    expect(failure(() => keyInteger(1000, "rank", 3)).code).toBe("validation.keyRange");
    expect(failure(() => keyInteger(1.5, "rank", 3)).code).toBe("validation.integer");
    expect(failure(() => keyInteger(Number.NaN, "rank", 3)).code).toBe("validation.number");
    expect(failure(() => keyInteger("7" as unknown as number, "rank", 3)).code).toBe("validation.type");
  });
});
