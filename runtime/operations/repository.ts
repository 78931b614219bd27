import type { DeleteItemCommandInput, GetItemCommandInput, PutItemCommandInput, QueryCommandInput, UpdateItemCommandInput } from "@aws-sdk/client-dynamodb";
import { batchGet } from "../batch/index.js";
import { deleteItem, type DeleteOptions } from "./delete-item.js";
import { stringKey, type EntityDescriptor, type QueryIndex, type TableContext } from "./descriptor.js";
import { getItem, type GetOptions } from "./get-item.js";
import type { Operation } from "./operation.js";
import { createItem, putItem, type PutOptions } from "./put-item.js";
import { queryItems, type QueryOptions } from "./query-items.js";
import type { ReadOperation } from "./read-operation.js";
import { scanItems, type ScanOperation, type ScanOptions } from "./scan-items.js";
import type { UpdateChanges } from "./update-actions.js";
import { updateItem, type UpdateOptions } from "./update-item.js";

/** What `batchGet` resolves to: the items found in the order asked, and the keys not found. */
export interface BatchGetItems<Item, Key> {
  readonly items: Item[];
  readonly missing: Key[];
}

/** One query function per access pattern, by pattern name. */
export interface EntityQueries<Item, Refs> {
  readonly [pattern: string]: (slots: object, options?: QueryOptions<Refs, unknown>) => ReadOperation<Item, QueryCommandInput>;
}

/**
 * The operations of one entity, on one table, with one `query` function per access pattern
 * given. Generated repositories are instances of this; the generated interface types and
 * documents each method and each query's slots.
 *
 * @example
 * const orders = new EntityRepository<Order, OrderKey, OrderCreate, OrderUpdate, OrderRefs>(table, ORDER_DESCRIPTOR, ORDER_QUERY_INDEXES);
 * await orders.create(order);
 * await orders.query.primary({ customerId: "c1" });
 */
export class EntityRepository<Item, Key, Create, Update, Refs> {
  /** Queries by access pattern name. */
  readonly query: EntityQueries<Item, Refs>;

  constructor(
    readonly table: TableContext,
    readonly descriptor: EntityDescriptor<Item, Key, Create>,
    indexes: { readonly [pattern: string]: QueryIndex } = {},
  ) {
    const query: { [pattern: string]: EntityQueries<Item, Refs>[string] } = {};
    for (const [pattern, index] of Object.entries(indexes)) {
      query[pattern] = (slots, options) => queryItems(table, descriptor, index, slots, options);
    }
    this.query = query;
  }

  /** Writes a new item; `ItemExistsError` when the key is taken. @example await repo.create(input) */
  create(input: Create): Operation<Item, PutItemCommandInput> {
    return createItem(this.table, this.descriptor, input);
  }

  /** Reads one item. @example await repo.get(key, { consistent: true }) */
  get(key: Key, options?: GetOptions<Extract<keyof Item, string>>): Operation<Item | undefined, GetItemCommandInput>;
  get<A extends keyof Item & string>(key: Key, options: GetOptions<A> & { readonly attributes: readonly A[] }): Operation<Pick<Item, A> | undefined, GetItemCommandInput>;
  get(key: Key, options: GetOptions = {}): Operation<Item | undefined, GetItemCommandInput> {
    return getItem(this.table, this.descriptor, key, options);
  }

  /** Replaces an item (version checked and incremented). @example await repo.put(item) */
  put(item: Item, options: PutOptions<Refs> = {}): Operation<Item, PutItemCommandInput> {
    return putItem(this.table, this.descriptor, item, options);
  }

  /** Changes an existing item and resolves to it. @example await repo.update(key, { set: { name: "Anne" } }) */
  update(key: Key, changes: Update, options: UpdateOptions<Refs> = {}): Operation<Item, UpdateItemCommandInput> {
    return updateItem(this.table, this.descriptor, key, changes as UpdateChanges, options);
  }

  /** Deletes an item. @example await repo.delete(key, { returnOld: true }) */
  delete(key: Key, options: DeleteOptions<Refs> = {}): Operation<Item | undefined, DeleteItemCommandInput> {
    return deleteItem(this.table, this.descriptor, key, options);
  }

  /** Reads many items by key (100 per request, unprocessed keys retried). @example const { items, missing } = await repo.batchGet(keys) */
  async batchGet(keys: readonly Key[], options: { readonly consistent?: boolean } = {}): Promise<BatchGetItems<Item, Key>> {
    const d = this.descriptor;
    const target = { tableName: this.table.tableName, keyAttributes: d.keyAttributes };
    const result = await batchGet(this.table.client, target, keys, {
      toKey: (key: Key) => stringKey(d.primaryKey(key)),
      unmarshal: d.unmarshal,
      ...(options.consistent === undefined ? {} : { consistentRead: options.consistent }),
    });
    return { items: [...result.items.values()], missing: result.missing };
  }

  /** Scans the table for this entity's items. @example for await (const x of repo.scan({ segments: 4 }).all()) n++ */
  scan(options: ScanOptions<Refs> = {}): ScanOperation<Item> {
    return scanItems(this.table, this.descriptor, options);
  }
}
