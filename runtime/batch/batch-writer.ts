import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteError, DynagenError, ValidationError, type UnwrittenItem } from "../errors/index.js";
import type { BatchRetrySettings } from "./backoff.js";
import type { BatchTarget } from "./item-key.js";
import { entryId, sendWriteRequest, type WriteEntry } from "./write-request.js";

type RawItem = Record<string, AttributeValue>;

/** Settings of a {@link BatchWriter}. */
export interface BatchWriterOptions extends BatchRetrySettings {
  /** BatchWriteItem requests in flight at once (default 8: measured against DynamoDB Local, 4 leaves the server idle between answers). */
  readonly maxInFlight?: number;
  /** `put`/`delete` return a promise that waits while this many writes are buffered (default 200). */
  readonly maxBuffered?: number;
}

const REQUEST_SIZE = 25;
const DEFAULT_MAX_IN_FLIGHT = 8;
/** What `put`/`delete` return while the buffer has room: one settled promise, not one per write. */
const ROOM: Promise<void> = Promise.resolve();

/**
 * Buffers puts and deletes (for one table or several) and writes them 25 per BatchWriteItem
 * request, several requests in flight. A later write of a key replaces an earlier buffered one
 * (the last wins), and a key is never in two requests at once, so writes of one key land in order.
 * Unprocessed items are retried with backoff and jitter. Whatever could not be written is thrown
 * by `flush()`/`close()` as a `BatchWriteError` listing those items (your `original` values).
 *
 * @example
 * await using writer = new BatchWriter(client);
 * for (const order of orders) await writer.put({ tableName: "shop", keyAttributes: ["pk", "sk"] }, marshalOrder(order), order);
 * // disposal flushes; or call `await writer.close()` yourself
 */
export class BatchWriter {
  readonly #client: DynamoDBClient;
  readonly #options: BatchWriterOptions;
  readonly #maxInFlight: number;
  readonly #maxBuffered: number;
  readonly #pending = new Map<string, WriteEntry>();
  readonly #inFlightIds = new Set<string>();
  #inFlight = 0;
  #flushing = 0;
  #closed = false;
  #failed: UnwrittenItem[] = [];
  #causes: unknown[] = [];
  #spaceWaiters: (() => void)[] = [];
  #idleWaiters: (() => void)[] = [];

  constructor(client: DynamoDBClient, options: BatchWriterOptions = {}) {
    this.#client = client;
    this.#options = options;
    this.#maxInFlight = Math.max(1, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
    this.#maxBuffered = Math.max(options.maxBuffered ?? 200, REQUEST_SIZE * (this.#maxInFlight + 1));
  }

  /** Writes (replaces) `item` in `target`'s table. Await the promise to respect the buffer bound. */
  put(target: BatchTarget, item: RawItem, original?: unknown): Promise<void> {
    return this.#add({ id: entryId(target, item), target, type: "put", raw: item, original });
  }

  /** Deletes the item with `key` from `target`'s table. */
  delete(target: BatchTarget, key: RawItem, original?: unknown): Promise<void> {
    return this.#add({ id: entryId(target, key), target, type: "delete", raw: key, original });
  }

  /** Writes not finished yet (buffered or in flight). */
  get pendingCount(): number {
    return this.#pending.size + this.#inFlightIds.size;
  }

  /** Sends everything buffered and waits; throws `BatchWriteError` for what could not be written since the last flush. */
  async flush(): Promise<void> {
    this.#flushing++;
    try {
      this.#pump();
      while (this.#pending.size > 0 || this.#inFlight > 0) await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
    } finally {
      this.#flushing--;
    }
    if (this.#failed.length === 0) return;
    const items = this.#failed;
    const causes = this.#causes;
    this.#failed = [];
    this.#causes = [];
    // Retryable unless some items were rejected outright (a retry would fail the same way).
    const retryable = causes.every((c) => c instanceof DynagenError && c.retryable);
    throw new BatchWriteError(`${items.length} item(s) could not be written`, items, causes.length === 0 ? { retryable } : { retryable, cause: causes[0] });
  }

  /** Flushes and refuses further writes. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }

  /** `await using writer = new BatchWriter(client)` closes (and flushes) the writer at the end of the block. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #add(entry: WriteEntry): Promise<void> {
    if (this.#closed) throw new ValidationError("writerClosed", "", "the batch writer is closed");
    this.#pending.delete(entry.id); // the last write of a key wins
    this.#pending.set(entry.id, entry);
    this.#pump();
    if (this.#pending.size < this.#maxBuffered) return ROOM;
    return new Promise((resolve) => this.#spaceWaiters.push(resolve));
  }

  #pump(): void {
    const min = this.#flushing > 0 ? 1 : REQUEST_SIZE;
    // Until a full request is buffered there is nothing to send: no walk over the buffer per write.
    while (this.#inFlight < this.#maxInFlight && this.#pending.size >= min) {
      const batch = this.#takeBatch(min);
      if (!batch) break;
      this.#inFlight++;
      void this.#send(batch);
    }
  }

  /** Up to 25 buffered entries whose keys are not in flight, or undefined when fewer than `min`. */
  #takeBatch(min: number): WriteEntry[] | undefined {
    const batch: WriteEntry[] = [];
    for (const entry of this.#pending.values()) {
      if (this.#inFlightIds.has(entry.id)) continue;
      batch.push(entry);
      if (batch.length === REQUEST_SIZE) break;
    }
    if (batch.length < min) return undefined;
    for (const entry of batch) {
      this.#pending.delete(entry.id);
      this.#inFlightIds.add(entry.id);
    }
    return batch;
  }

  async #send(batch: WriteEntry[]): Promise<void> {
    try {
      const failure = await sendWriteRequest(this.#client, batch, this.#options);
      if (failure) {
        this.#failed.push(...failure.items);
        if (failure.cause !== undefined) this.#causes.push(failure.cause);
      }
    } catch (error) {
      // Not expected (sendWriteRequest reports failures), but never lose the batch.
      this.#failed.push(...batch.map((e) => ({ type: e.type, item: e.original ?? e.raw, raw: e.raw, table: e.target.tableName, reason: String(error) })));
      this.#causes.push(error);
    } finally {
      this.#inFlight--;
      for (const entry of batch) this.#inFlightIds.delete(entry.id);
      this.#pump();
      this.#wake();
    }
  }

  #wake(): void {
    while (this.#spaceWaiters.length > 0 && this.#pending.size < this.#maxBuffered) this.#spaceWaiters.shift()?.();
    if (this.#pending.size === 0 && this.#inFlight === 0) {
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
    }
  }
}
