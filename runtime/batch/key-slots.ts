import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { BatchTarget } from "./item-key.js";
import { keyText, type WriteEntry } from "./write-request.js";

type RawItem = Record<string, AttributeValue>;

/**
 * What a batch writer knows about one key of one table: its latest write not yet sent, and
 * whether a request holding the key is in flight. A slot with a write and no request in flight
 * waits in the writer's send queue.
 */
export interface KeySlot {
  /** The latest write of this key that no request has taken yet. */
  entry: WriteEntry | undefined;
  inFlight: boolean;
  readonly table: TableSlots;
  readonly partition: string;
  /** The sort key's text, or undefined when the table has only a partition key. */
  readonly sort: string | undefined;
}

/** The slots of one table: by partition text, then (for tables with a sort key) by sort text. */
interface TableSlots {
  readonly byPartition: Map<string, KeySlot>;
  readonly byPartitionAndSort: Map<string, Map<string, KeySlot>>;
}

/**
 * The slots of the keys a batch writer holds, found by the key values' own strings (nested maps:
 * table, partition, sort), so no id string is built, copied and hashed per write. A slot lives
 * while its key has a write buffered or in flight; `release` forgets it after that.
 */
export class KeySlots {
  readonly #tables = new Map<string, TableSlots>();

  /** The slot of `raw`'s key in `target`'s table, made on first use. Throws ValidationError when `raw` lacks a key attribute. */
  slot(target: BatchTarget, raw: RawItem): KeySlot {
    const names = target.keyAttributes;
    const partition = keyText(raw, names[0] as string);
    const sort = names.length === 1 ? undefined : keyText(raw, names[1] as string);
    let table = this.#tables.get(target.tableName);
    if (table === undefined) {
      table = { byPartition: new Map(), byPartitionAndSort: new Map() };
      this.#tables.set(target.tableName, table);
    }
    if (sort === undefined) {
      let slot = table.byPartition.get(partition);
      if (slot === undefined) table.byPartition.set(partition, (slot = newSlot(table, partition, undefined)));
      return slot;
    }
    let sorts = table.byPartitionAndSort.get(partition);
    if (sorts === undefined) table.byPartitionAndSort.set(partition, (sorts = new Map()));
    let slot = sorts.get(sort);
    if (slot === undefined) sorts.set(sort, (slot = newSlot(table, partition, sort)));
    return slot;
  }

  /** Forgets a slot that has nothing buffered and nothing in flight. */
  release(slot: KeySlot): void {
    const { table, partition, sort } = slot;
    if (sort === undefined) {
      table.byPartition.delete(partition);
      return;
    }
    const sorts = table.byPartitionAndSort.get(partition);
    if (sorts === undefined) return;
    sorts.delete(sort);
    if (sorts.size === 0) table.byPartitionAndSort.delete(partition);
  }

  /** Keys held, over all tables (for tests). */
  get size(): number {
    let size = 0;
    for (const table of this.#tables.values()) {
      size += table.byPartition.size;
      for (const sorts of table.byPartitionAndSort.values()) size += sorts.size;
    }
    return size;
  }
}

const newSlot = (table: TableSlots, partition: string, sort: string | undefined): KeySlot => ({ entry: undefined, inFlight: false, table, partition, sort });
