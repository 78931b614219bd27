// What generated code fills in for each entity: plain data and its straight-line functions.
// The generic operations read only this, so no per-call type switching happens at runtime.
import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";

/** A raw DynamoDB item. */
export type RawItem = Record<string, AttributeValue>;

/** Where a repository sends its requests. */
export interface TableContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}

/** One part of a sort-key template: literal text, or a slot (`width` for zero-padded integers). */
export type SortTemplatePart = string | { readonly slot: string; readonly width?: number };

/** One access pattern: the index it reads and how its keys are built. */
export interface QueryIndex {
  /** Access-pattern name (`primary`, `byStatus`). */
  readonly name: string;
  /** Physical index name; undefined for the table's own key. */
  readonly indexName?: string;
  readonly partitionAttribute: string;
  readonly sortAttribute?: string;
  /** Renders the partition key from the slots given. */
  readonly partition: (slots: never) => string;
  /** The sort template's parts in order (absent when the index has no sort key). */
  readonly sort?: readonly SortTemplatePart[];
  /** Key attributes of a position in this index (table keys, then index keys), for cursors. */
  readonly keyAttributes: readonly string[];
}

/**
 * A secondary key attribute and the attributes whose change rewrites it: its template's slots, and
 * for an index with an optional slot every slot of the index, so both key parts are written together.
 */
export interface IndexKeyWriter {
  readonly attribute: string;
  readonly sources: readonly string[];
  readonly render: (values: never) => string;
}

/**
 * Everything the operations need to know about one entity. Generated per entity as a constant.
 *
 * @example
 * const repo = new EntityOperations(table, ORDER_DESCRIPTOR);
 */
export interface EntityDescriptor<Item, Key, Create> {
  readonly name: string;
  readonly typeAttribute: string;
  /** The table's key attribute names: partition, then sort. */
  readonly keyAttributes: readonly string[];
  readonly versionAttribute?: string;
  /** Attributes set to the current time on every put and update. */
  readonly onUpdateNow: readonly string[];
  /** Renders the primary key attributes (`{ pk, sk }`). */
  readonly primaryKey: (key: Key) => Record<string, string>;
  readonly applyDefaults: (input: Create) => Item;
  readonly marshal: (item: Item) => RawItem;
  readonly unmarshal: (raw: RawItem) => Item;
  /** Per-attribute checks and conversions for update values (undefined: remove the attribute). */
  readonly marshalValue: { readonly [name: string]: (value: never) => AttributeValue | undefined };
  /** Attributes that fill the primary key (immutable, known from the key of an update). */
  readonly keySlots: readonly string[];
  /** Secondary key attributes an update may have to rewrite. */
  readonly indexKeys: readonly IndexKeyWriter[];
  /** Typed attribute refs handed to `(a) => …` callbacks; built once. */
  readonly refs: object;
}

/** Calls a descriptor's loosely typed function with a value (the generated types were checked at the call site). */
export function callLoose<R>(fn: (value: never) => R, value: unknown): R {
  return (fn as (value: unknown) => R)(value);
}

/** `{ pk: "A" }` → `{ pk: { S: "A" } }`. */
export function stringKey(key: Record<string, string>): RawItem {
  const raw: RawItem = {};
  for (const name in key) raw[name] = { S: key[name] as string };
  return raw;
}
