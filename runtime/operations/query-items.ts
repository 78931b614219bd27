import type { QueryCommandInput } from "@aws-sdk/client-dynamodb";
import { and, compileParams, toPath, type ComparisonNode, type Condition, type KeyConditionNode } from "../expressions/index.js";
import type { PageOptions } from "../paginate/index.js";
import { callLoose, type EntityDescriptor, type QueryIndex, type TableContext } from "./descriptor.js";
import { ReadOperation } from "./read-operation.js";
import { loose, ofEntityType } from "./single-item.js";
import { sortKeyCondition } from "./sort-condition.js";

/** Options of a query; `sort` is typed per index by the generated code. */
export interface QueryOptions<Refs, Sort = never> {
  /** Sort-key condition over the template's slots, in order. */
  readonly sort?: Sort;
  /** A filter on non-key attributes. */
  readonly where?: (attributes: Refs) => Condition;
  /** Items per page, counted after `where`. */
  readonly limit?: number;
  /** `desc` reads the sort key backwards. */
  readonly order?: "asc" | "desc";
  /** Resume from a page's cursor. */
  readonly cursor?: string;
  /** Strongly consistent read (table and local indexes only). */
  readonly consistent?: boolean;
}

/**
 * Queries one partition of an index for one entity: its type attribute is always filtered on,
 * and the sort condition stays inside the entity's key prefix.
 *
 * @example
 * const page = await queryItems(table, ORDER, ORDER_QUERIES.primary, { customerId: "c1" }, { sort: { placedAt: { gte: "2026-01-01" } } });
 */
export function queryItems<Item, Key, Create, Refs>(
  table: TableContext,
  descriptor: EntityDescriptor<Item, Key, Create>,
  index: QueryIndex,
  slots: object,
  options: QueryOptions<Refs, unknown> = {},
): ReadOperation<Item, QueryCommandInput> {
  const build = (): QueryCommandInput => {
    const given = options.sort === undefined ? (slots as Record<string, unknown>) : { ...slots, ...(options.sort as object) };
    const sort = index.sort === undefined || index.sortAttribute === undefined ? undefined : sortKeyCondition(index.sortAttribute, index.sort, given);
    // The key condition's node written directly (what key(pk).eq(v).and(sort) would build): used here only, never handed out.
    const partition: ComparisonNode = { kind: "comparison", operator: "=", left: toPath([index.partitionAttribute]), right: { kind: "value", value: callLoose(index.partition, slots) } };
    const keyCondition: KeyConditionNode = { kind: "keyCondition", partition, sort: sort?.parts[0] };
    const ofType = ofEntityType(loose(descriptor));
    const filter = options.where === undefined ? ofType : and(ofType, options.where(descriptor.refs as Refs));
    const params = compileParams({ keyCondition, filter });
    const input: QueryCommandInput = { TableName: table.tableName, ...params };
    if (index.indexName !== undefined) input.IndexName = index.indexName;
    if (options.order === "desc") input.ScanIndexForward = false;
    if (options.consistent !== undefined) input.ConsistentRead = options.consistent;
    return input;
  };
  return new ReadOperation(table.client, build, { kind: "query", options: pageOptions(descriptor.unmarshal, index.keyAttributes, options) });
}

/** Page options without undefined fields. */
export function pageOptions<T>(unmarshal: PageOptions<T>["unmarshal"], keyAttributes: readonly string[], options: { readonly limit?: number; readonly cursor?: string }): PageOptions<T> {
  const page: { -readonly [K in keyof PageOptions<T>]: PageOptions<T>[K] } = { unmarshal, keyAttributes };
  if (options.limit !== undefined) page.limit = options.limit;
  if (options.cursor !== undefined) page.cursor = options.cursor;
  return page;
}
