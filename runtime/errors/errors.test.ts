import { ConditionalCheckFailedException, ProvisionedThroughputExceededException } from "@aws-sdk/client-dynamodb";
import { describe, expect, test } from "vitest";
import {
  BatchWriteError,
  ConditionFailedError,
  CursorError,
  DynagenError,
  ItemExistsError,
  ServiceError,
  ThrottledError,
  TransactionCanceledError,
  ValidationError,
  sdkMetadata,
} from "./index.js";

const metadata = { httpStatusCode: 400, requestId: "REQ-1", attempts: 1, totalRetryDelay: 0 };
const sdkError = new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: metadata });

describe("every error class", () => {
  test.each([
    ["ValidationError", new ValidationError("pattern", "email", "does not match"), "validation.pattern", false],
    ["ItemExistsError", new ItemExistsError("exists"), "item.exists", false],
    ["ConditionFailedError", new ConditionFailedError("failed"), "condition.failed", false],
    ["TransactionCanceledError", new TransactionCanceledError("canceled", [{ index: 0, code: "ConditionalCheckFailed" }]), "transaction.canceled", false],
    ["ThrottledError", new ThrottledError("slow down"), "throttle.exceeded", true],
    ["ServiceError", new ServiceError("internal", "boom"), "service.internal", false],
    ["BatchWriteError", new BatchWriteError("left over", []), "batch.unprocessed", true],
    ["CursorError", new CursorError("bad cursor"), "cursor.invalid", false],
  ])("%s: code, retryable, name, instanceof", (name, error, code, retryable) => {
    expect(error).toBeInstanceOf(DynagenError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.requestId).toBeUndefined();
    expect(error.httpStatus).toBeUndefined();
  });
});

describe("the SDK error behind a dynagen error", () => {
  test("is kept as cause, with requestId and httpStatus read from $metadata", () => {
    const error = new ConditionFailedError("failed", { pk: "A" }, { cause: sdkError });
    expect(error.cause).toBe(sdkError);
    expect(error.requestId).toBe("REQ-1");
    expect(error.httpStatus).toBe(400);
    expect(error.item).toEqual({ pk: "A" });
  });

  test("explicit options win over $metadata", () => {
    const error = new ServiceError("internal", "boom", { cause: sdkError, requestId: "mine", httpStatus: 503, retryable: true });
    expect(error.requestId).toBe("mine");
    expect(error.httpStatus).toBe(503);
    expect(error.retryable).toBe(true);
  });

  test("a throttle keeps the SDK's metadata and is retryable even if told otherwise", () => {
    const cause = new ProvisionedThroughputExceededException({ message: "slow", $metadata: { ...metadata, requestId: "T", httpStatusCode: 400 } });
    const error = new ThrottledError("throttled", { cause, retryable: false });
    expect(error.retryable).toBe(true);
    expect(error.requestId).toBe("T");
  });

  test("no cause means no cause property value", () => {
    expect(new CursorError("x").cause).toBeUndefined();
  });

  test("sdkMetadata ignores values without $metadata", () => {
    expect(sdkMetadata(undefined)).toEqual({});
    expect(sdkMetadata("text")).toEqual({});
    expect(sdkMetadata(new Error("plain"))).toEqual({});
    expect(sdkMetadata(sdkError)).toEqual({ requestId: "REQ-1", httpStatus: 400, attempts: 1 });
  });

  test("a dynagen error exposes how many attempts the SDK made", () => {
    const error = new ServiceError("internal", "boom", { cause: Object.assign(new Error("x"), { $metadata: { attempts: 3 } }) });
    expect(error.attempts).toBe(3);
    expect(new ServiceError("internal", "no cause").attempts).toBeUndefined();
  });
});

describe("class-specific fields", () => {
  test("ValidationError carries the path and prefixes the message with it", () => {
    const error = new ValidationError("maxLength", "lines[2].sku", "is longer than 20");
    expect(error.path).toBe("lines[2].sku");
    expect(error.message).toBe("lines[2].sku: is longer than 20");
    expect(new ValidationError("emptyKey", "", "no key").message).toBe("no key");
  });

  test("ValidationError is never retryable", () => {
    expect(new ValidationError("x", "a", "m", { retryable: true }).retryable).toBe(false);
  });

  test("TransactionCanceledError keeps one reason per action and is retryable on conflicts", () => {
    const reasons = [
      { index: 0, code: "None" },
      { index: 1, code: "TransactionConflict", message: "conflict" },
    ];
    const error = new TransactionCanceledError("canceled", reasons);
    expect(error.reasons).toEqual(reasons);
    expect(error.retryable).toBe(true);
    expect(new TransactionCanceledError("c", [{ index: 0, code: "ConditionalCheckFailed", item: { a: 1 } }]).reasons[0]?.item).toEqual({ a: 1 });
  });

  test("BatchWriteError lists the unwritten items themselves", () => {
    const items = [{ type: "put" as const, item: { pk: "A" }, table: "shop", reason: "ProvisionedThroughputExceeded" }];
    expect(new BatchWriteError("1 item not written", items).items).toEqual(items);
  });

  test("ItemExistsError carries the stored item", () => {
    expect(new ItemExistsError("exists", { pk: "A", n: 1 }).item).toEqual({ pk: "A", n: 1 });
  });

  test("errors can be caught by base class and narrowed by code", () => {
    const thrown: unknown = new ServiceError("timeout", "request timed out", { retryable: true });
    expect(thrown instanceof DynagenError && thrown.code.startsWith("service.") && thrown.retryable).toBe(true);
    expect(thrown instanceof ValidationError).toBe(false);
  });
});
