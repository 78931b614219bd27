import type { DynamoDBClient, QueryCommandInput } from "@aws-sdk/client-dynamodb";
import { attr, compileParams, key } from "../expressions/index.js";
import { paginateQuery, readPage, type Page, type PageOptions } from "../paginate/index.js";
import { Operation } from "./operation.js";
import { callLoose, type QueryIndex, type RawItem, type TableContext } from "./descriptor.js";
import { pageOptions } from "./query-items.js";

/** A collection: one partition of one index holding several entities. */
export interface CollectionDescriptor {
  readonly name: string;
  readonly typeAttribute: string;
  /** The index read; its `partition` renders the shared partition key. */
  readonly index: QueryIndex;
  /** Entity name → its unmarshaller. */
  readonly members: { readonly [entity: string]: (raw: RawItem) => unknown };
}

/** Options of a collection read. */
export interface CollectionOptions {
  readonly limit?: number;
  readonly cursor?: string;
  readonly order?: "asc" | "desc";
  readonly consistent?: boolean;
}

/** One collection item tagged with its entity. */
export interface CollectionItem {
  readonly entity: string;
  readonly item: unknown;
}

/**
 * A collection read: awaited it reads one page split by entity (`{ Customer: [...], Order:
 * [...], cursor }`); `pages()` yields such pages to the end.
 *
 * @example
 * for await (const page of shop.collections.customerOverview({ customerId: "c1" }).pages()) show(page.Order);
 */
export class CollectionOperation<R> extends Operation<R, QueryCommandInput> {
  readonly #pages: (params: QueryCommandInput) => AsyncIterable<Page<CollectionItem>>;
  readonly #group: (page: Page<CollectionItem>) => R;

  constructor(client: DynamoDBClient, build: () => QueryCommandInput, options: PageOptions<CollectionItem>, group: (page: Page<CollectionItem>) => R) {
    super(build, async (params) => group(await readPage(client, { kind: "query", input: params }, options)));
    this.#pages = (params) => paginateQuery(client, params, options);
    this.#group = group;
  }

  /** Every page, split by entity. @example for await (const page of op.pages()) n += page.Order.length */
  async *pages(): AsyncGenerator<R, void, undefined> {
    for await (const page of this.#pages(this.params())) yield this.#group(page);
  }
}

/**
 * Reads one partition of a collection's index and splits the items by entity. Items of other
 * entities are filtered out on the server. `empty()` makes the result object with an empty array
 * per entity.
 *
 * @example
 * const { Customer, Order, cursor } = await readCollection(table, CUSTOMER_OVERVIEW, { customerId: "c1" }, {}, () => ({ Customer: [], Order: [] }));
 */
export function readCollection<R extends { cursor?: string | undefined }>(
  table: TableContext,
  collection: CollectionDescriptor,
  slots: object,
  options: CollectionOptions,
  empty: () => R,
): CollectionOperation<R> {
  const { index } = collection;
  const names = Object.keys(collection.members);
  const build = (): QueryCommandInput => {
    const partition = key(index.partitionAttribute).eq(callLoose(index.partition, slots));
    const filter = attr([collection.typeAttribute]).in(names);
    const input: QueryCommandInput = { TableName: table.tableName, ...compileParams({ keyCondition: partition, filter }) };
    if (index.indexName !== undefined) input.IndexName = index.indexName;
    if (options.order === "desc") input.ScanIndexForward = false;
    if (options.consistent !== undefined) input.ConsistentRead = options.consistent;
    return input;
  };
  const unmarshal = (raw: RawItem): CollectionItem => {
    const entity = raw[collection.typeAttribute]?.S ?? "";
    return { entity, item: (collection.members[entity] as (raw: RawItem) => unknown)(raw) };
  };
  const group = (page: Page<CollectionItem>): R => {
    const out = empty() as R & Record<string, unknown[]>;
    for (const { entity, item } of page.items) out[entity]?.push(item);
    if (page.cursor !== undefined) out.cursor = page.cursor;
    return out;
  };
  return new CollectionOperation(table.client, build, pageOptions(unmarshal, index.keyAttributes, options), group);
}
