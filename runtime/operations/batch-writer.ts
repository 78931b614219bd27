import { BatchWriter, type BatchWriterOptions } from "../batch/index.js";
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

  constructor(table: TableContext, options: BatchWriterOptions = {}) {
    this.#writer = new BatchWriter(table.client, options);
  }

  /** Buffers a put of `item` (checked and marshalled now). @example await writer.put(shop.order, order) */
  put<Item, Key>(repository: BatchWriteTarget<Item, Key>, item: Item): Promise<void> {
    const { table, descriptor } = repository;
    return this.#writer.put({ tableName: table.tableName, keyAttributes: descriptor.keyAttributes }, descriptor.marshal(item), item);
  }

  /** Buffers a delete of the item with `key`. @example await writer.delete(shop.customer, { customerId: "c2" }) */
  delete<Item, Key>(repository: BatchWriteTarget<Item, Key>, key: Key): Promise<void> {
    const { table, descriptor } = repository;
    return this.#writer.delete({ tableName: table.tableName, keyAttributes: descriptor.keyAttributes }, stringKey(descriptor.primaryKey(key)), key);
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
