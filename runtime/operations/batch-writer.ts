import { BatchWriter, type BatchTarget, type BatchWriterOptions } from "../batch/index.js";
import { stringKey, type RawItem, type TableContext } from "./descriptor.js";

/** A repository as the batch writer sees it: where it writes and how it marshals. */
export interface BatchWriteTarget<Item, Key> {
  readonly table: TableContext;
  readonly descriptor: {
    readonly keyAttributes: readonly string[];
    marshal(item: Item): RawItem;
    primaryKey(key: Key): Record<string, string>;
  };
}

/**
 * A typed batch writer over one client: `put(shop.order, order)`, `delete(shop.customer, key)`.
 * Writes are buffered and sent 25 per request; `close()` (or `await using`) flushes and throws
 * `BatchWriteError` with whatever could not be written.
 *
 * @example
 * await using writer = shop.batchWriter();
 * await writer.put(shop.order, order);
 * await writer.delete(shop.customer, { customerId: "c2" });
 */
export class RepositoryBatchWriter {
  readonly #writer: BatchWriter;
  /** One target per repository written to, made on its first write rather than on every one. */
  readonly #targets = new Map<BatchWriteTarget<never, never>, BatchTarget>();

  constructor(table: TableContext, options: BatchWriterOptions = {}) {
    this.#writer = new BatchWriter(table.client, options);
  }

  /** Buffers a put of `item` (checked and marshalled now). @example await writer.put(shop.order, order) */
  put<Item, Key>(repository: BatchWriteTarget<Item, Key>, item: Item): Promise<void> {
    return this.#writer.put(this.#target(repository), repository.descriptor.marshal(item), item);
  }

  /** Buffers a delete of the item with `key`. @example await writer.delete(shop.customer, { customerId: "c2" }) */
  delete<Item, Key>(repository: BatchWriteTarget<Item, Key>, key: Key): Promise<void> {
    return this.#writer.delete(this.#target(repository), stringKey(repository.descriptor.primaryKey(key)), key);
  }

  #target<Item, Key>(repository: BatchWriteTarget<Item, Key>): BatchTarget {
    const known = repository as unknown as BatchWriteTarget<never, never>;
    let target = this.#targets.get(known);
    if (target === undefined) {
      target = { tableName: repository.table.tableName, keyAttributes: repository.descriptor.keyAttributes };
      this.#targets.set(known, target);
    }
    return target;
  }

  /** Writes not finished yet. */
  get pendingCount(): number {
    return this.#writer.pendingCount;
  }

  /** Sends everything buffered and waits. @example await writer.flush() */
  flush(): Promise<void> {
    return this.#writer.flush();
  }

  /** Flushes and closes; throws `BatchWriteError` listing what was not written. @example await writer.close() */
  close(): Promise<void> {
    return this.#writer.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
