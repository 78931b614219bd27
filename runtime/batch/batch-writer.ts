import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteError, DynagenError, ValidationError, type UnwrittenItem } from "../errors/index.js";
import { DEFAULT_RETRY, type BatchRetrySettings } from "./backoff.js";
import { countOption } from "./count-option.js";
import type { BatchTarget } from "./item-key.js";
import { KeySlots, type KeySlot } from "./key-slots.js";
import { entryId, sendWriteRequest, unwritten, type WriteEntry, type WriteFailure } from "./write-request.js";

type RawItem = Record<string, AttributeValue>;

/** Settings of a {@link BatchWriter}. */
export interface BatchWriterOptions extends BatchRetrySettings {
  /**
   * BatchWriteItem requests in flight at once (default 16). Against DynamoDB Local on two cores,
   * throughput rose from 4 to 8 in flight and stayed level from 8 to 32 (README, Performance);
   * against DynamoDB each request also waits on the network, which more requests in flight hide.
   */
  readonly maxInFlight?: number;
  /**
   * `put`/`delete` return a promise that waits while this many writes are buffered (default 200).
   * Never less than 25 × (maxInFlight + 1), so every request in flight can be refilled: 425 at the defaults.
   */
  readonly maxBuffered?: number;
}

const REQUEST_SIZE = 25;
const DEFAULT_MAX_IN_FLIGHT = 16;
/** What `put`/`delete` return while the buffer has room: one settled promise, not one per write. */
const ROOM: Promise<void> = Promise.resolve();

/**
 * Buffers puts and deletes (for one table or several) and writes them 25 per BatchWriteItem
 * request, several requests in flight. A later write of a key replaces an earlier buffered one
 * (the last wins), and a key is never in two requests at once, so writes of one key land in order.
 * Unprocessed items are retried with backoff and jitter. Whatever could not be written is thrown
 * by `flush()`/`close()` as a `BatchWriteError` listing those items (your `original` values); a
 * failed write whose key was written again meanwhile is left out, so resending the list is safe.
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
  readonly #keys = new KeySlots();
  /** Slots waiting for a request, oldest first, from `#head` on. */
  #queue: KeySlot[] = [];
  #head = 0;
  /** Keys with a write not yet taken by a request. */
  #buffered = 0;
  /** Keys held by requests in flight. */
  #inFlightKeys = 0;
  #inFlight = 0;
  #flushing = 0;
  #closed = false;
  #failed: UnwrittenItem[] = [];
  #causes: unknown[] = [];
  #spaceWaiters: (() => void)[] = [];
  #idleWaiters: (() => void)[] = [];

  constructor(client: DynamoDBClient, options: BatchWriterOptions = {}) {
    this.#client = client;
    countOption("maxAttempts", options.maxAttempts, DEFAULT_RETRY.maxAttempts);
    this.#options = options;
    this.#maxInFlight = countOption("maxInFlight", options.maxInFlight, DEFAULT_MAX_IN_FLIGHT);
    this.#maxBuffered = Math.max(countOption("maxBuffered", options.maxBuffered, 200), REQUEST_SIZE * (this.#maxInFlight + 1));
  }

  /** Writes (replaces) `item` in `target`'s table. Await the promise to respect the buffer bound. */
  put(target: BatchTarget, item: RawItem, original?: unknown): Promise<void> {
    return this.#add({ target, type: "put", raw: item, original });
  }

  /** Deletes the item with `key` from `target`'s table. */
  delete(target: BatchTarget, key: RawItem, original?: unknown): Promise<void> {
    return this.#add({ target, type: "delete", raw: key, original });
  }

  /** Writes not finished yet (buffered or in flight). */
  get pendingCount(): number {
    return this.#buffered + this.#inFlightKeys;
  }

  /** Sends everything buffered and waits; throws `BatchWriteError` for what could not be written since the last flush. */
  async flush(): Promise<void> {
    this.#flushing++;
    try {
      this.#pump();
      while (this.#buffered > 0 || this.#inFlight > 0) await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
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
    const slot = this.#keys.slot(entry.target, entry.raw);
    const first = slot.entry === undefined;
    slot.entry = entry; // the last write of a key wins, in the first one's place in the queue
    if (first) {
      this.#buffered++;
      // A key in flight waits for its request to finish (see #finish), so writes of one key land in order.
      if (!slot.inFlight) this.#queue.push(slot);
    }
    this.#pump();
    if (this.#buffered < this.#maxBuffered) return ROOM;
    return new Promise((resolve) => this.#spaceWaiters.push(resolve));
  }

  #pump(): void {
    // Until a full request is queued (or a flush asks for the rest) there is nothing to send.
    const min = this.#flushing > 0 ? 1 : REQUEST_SIZE;
    while (this.#inFlight < this.#maxInFlight && this.#queue.length - this.#head >= min) {
      const { slots, entries } = this.#takeBatch();
      this.#inFlight++;
      void this.#send(slots, entries);
    }
  }

  /** The oldest queued slots, up to 25, now in flight, and the writes they held. */
  #takeBatch(): { slots: KeySlot[]; entries: WriteEntry[] } {
    const end = Math.min(this.#head + REQUEST_SIZE, this.#queue.length);
    const slots = this.#queue.slice(this.#head, end);
    this.#head = end;
    if (end === this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
    } else if (end >= 1024 && end * 2 >= this.#queue.length) {
      this.#queue = this.#queue.slice(end); // a queue that never drains is compacted now and then
      this.#head = 0;
    }
    const entries: WriteEntry[] = new Array(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as KeySlot;
      entries[i] = slot.entry as WriteEntry; // a queued slot always holds a write
      slot.entry = undefined;
      slot.inFlight = true;
    }
    this.#buffered -= slots.length;
    this.#inFlightKeys += slots.length;
    return { slots, entries };
  }

  async #send(slots: readonly KeySlot[], batch: WriteEntry[]): Promise<void> {
    let failure: WriteFailure | undefined;
    try {
      failure = await sendWriteRequest(this.#client, batch, this.#options);
    } catch (error) {
      // Not expected (sendWriteRequest reports failures), but never lose the batch.
      failure = { items: unwritten(batch, String(error)), cause: error };
    }
    try {
      if (failure) this.#record(failure, slots, batch);
    } finally {
      this.#inFlight--;
      this.#finish(slots);
      this.#pump();
      this.#wake();
    }
  }

  /**
   * Keeps a finished request's failures, except writes of keys written again meanwhile: resending
   * such an old write would overwrite the newer one, which is itself written or reported.
   */
  #record(failure: WriteFailure, slots: readonly KeySlot[], batch: readonly WriteEntry[]): void {
    let items = failure.items;
    const superseded = new Set<string>();
    for (let i = 0; i < slots.length; i++) {
      const entry = batch[i] as WriteEntry;
      if ((slots[i] as KeySlot).entry !== undefined) superseded.add(entryId(entry.target, entry.raw));
    }
    if (superseded.size > 0) {
      const targets = new Map(batch.map((e) => [e.target.tableName, e.target]));
      items = items.filter((u) => {
        const target = targets.get(u.table);
        return u.raw === undefined || target === undefined || !superseded.has(entryId(target, u.raw));
      });
    }
    if (items.length === 0) return;
    this.#failed.push(...items);
    if (failure.cause !== undefined) this.#causes.push(failure.cause);
  }

  /** A request is done with `slots`: keys written again meanwhile go back in the queue, the others are forgotten. */
  #finish(slots: readonly KeySlot[]): void {
    this.#inFlightKeys -= slots.length;
    for (const slot of slots) {
      slot.inFlight = false;
      if (slot.entry === undefined) {
        this.#keys.release(slot);
      } else {
        this.#queue.push(slot);
      }
    }
  }

  #wake(): void {
    while (this.#spaceWaiters.length > 0 && this.#buffered < this.#maxBuffered) this.#spaceWaiters.shift()?.();
    if (this.#buffered === 0 && this.#inFlight === 0) {
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
    }
  }
}
