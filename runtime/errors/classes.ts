import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { DynagenError, type DynagenErrorOptions } from "./dynagen-error.js";

/** Input rejected before anything was sent. `path` names the attribute (`lines[2].qty`). */
export class ValidationError extends DynagenError {
  readonly path: string;
  constructor(code: string, path: string, message: string, options: DynagenErrorOptions = {}) {
    super(`validation.${code}`, path ? `${path}: ${message}` : message, { ...options, retryable: false });
    this.path = path;
  }
}

/** `create` found an item with the same key already stored. */
export class ItemExistsError extends DynagenError {
  /** The stored item, when DynamoDB returned it. */
  readonly item: unknown;
  constructor(message: string, item?: unknown, options: DynagenErrorOptions = {}) {
    super("item.exists", message, { ...options, retryable: false });
    this.item = item;
  }
}

/** A condition (yours, or a version check) was false. `item` is the current item when DynamoDB returned it. */
export class ConditionFailedError extends DynagenError {
  readonly item: unknown;
  constructor(message: string, item?: unknown, options: DynagenErrorOptions = {}) {
    super("condition.failed", message, { ...options, retryable: false });
    this.item = item;
  }
}

/** Why one action of a transaction was cancelled (`code` is DynamoDB's: `ConditionalCheckFailed`, `None`…). */
export interface CancellationReason {
  readonly index: number;
  readonly code: string;
  readonly message?: string;
  /** The item's current value, when DynamoDB returned it. */
  readonly item?: unknown;
}

/** A transaction was cancelled; `reasons` has one entry per action, in order. */
export class TransactionCanceledError extends DynagenError {
  readonly reasons: readonly CancellationReason[];
  constructor(message: string, reasons: readonly CancellationReason[], options: DynagenErrorOptions = {}) {
    const retryable = reasons.some((r) => r.code === "TransactionConflict" || r.code === "ThrottlingError" || r.code === "ProvisionedThroughputExceeded");
    super("transaction.canceled", message, { retryable, ...options });
    this.reasons = reasons;
  }
}

/** DynamoDB throttled the request and the retry attempts ran out. */
export class ThrottledError extends DynagenError {
  constructor(message: string, options: DynagenErrorOptions = {}) {
    super("throttle.exceeded", message, { ...options, retryable: true });
  }
}

/**
 * `batchGet` could not read every key: some stayed unprocessed when the attempts ran out (or were
 * not sent once a request had failed). Send `unprocessed` again; `items` holds what was read.
 */
export class BatchGetError<K = unknown, T = unknown> extends ThrottledError {
  /** Your keys (as passed to `batchGet`) that were not read, in the order asked. */
  readonly unprocessed: readonly K[];
  /** The items read before the call gave up, keyed as `batchGet` results are. */
  readonly items: ReadonlyMap<string, T>;
  constructor(message: string, unprocessed: readonly K[], items: ReadonlyMap<string, T>, options: DynagenErrorOptions = {}) {
    super(message, options);
    this.unprocessed = unprocessed;
    this.items = items;
  }
}

/** Any other failure of the service or the connection (5xx, timeouts, rejected requests). */
export class ServiceError extends DynagenError {
  constructor(code: string, message: string, options: DynagenErrorOptions = {}) {
    super(`service.${code}`, message, options);
  }
}

/** One item the batch writer could not write, with the reason. */
export interface UnwrittenItem<T = unknown> {
  /** `put` carries the item, `delete` the key. */
  readonly type: "put" | "delete";
  readonly item: T;
  /** The item (or key) as DynamoDB AttributeValues, as it would have been sent. */
  readonly raw?: Record<string, AttributeValue>;
  /** Table it was meant for. */
  readonly table: string;
  readonly reason: string;
}

/** Items the batch writer could not write after its attempts ran out. Nothing is dropped silently. */
export class BatchWriteError extends DynagenError {
  readonly items: readonly UnwrittenItem[];
  constructor(message: string, items: readonly UnwrittenItem[], options: DynagenErrorOptions = {}) {
    super("batch.unprocessed", message, { retryable: true, ...options });
    this.items = items;
  }
}

/** A pagination cursor that is malformed, tampered with, or from another index. */
export class CursorError extends DynagenError {
  constructor(message: string, options: DynagenErrorOptions = {}) {
    super("cursor.invalid", message, { ...options, retryable: false });
  }
}
