import type { DynamoDBClient, QueryCommandInput, ScanCommandInput } from "@aws-sdk/client-dynamodb";
import { readPage, type Page, type PageOptions, type ReadRequest } from "./read-page.js";

/**
 * Pages of a Query, from `options.cursor` (or the start) to the end of the index. Each page holds
 * up to `limit` items counted after filtering.
 *
 * @example
 * for await (const page of paginateQuery(client, { TableName, KeyConditionExpression, ... }, { unmarshal, keyAttributes: ["pk", "sk"], limit: 50 })) {
 *   render(page.items, page.cursor);
 * }
 */
export function paginateQuery<T>(client: DynamoDBClient, input: QueryCommandInput, options: PageOptions<T>): AsyncIterable<Page<T>> {
  return pages(client, { kind: "query", input }, options);
}

/**
 * Pages of a Scan (one segment when `input` has `Segment`/`TotalSegments`), like {@link paginateQuery}.
 *
 * @example
 * for await (const page of paginateScan(client, { TableName }, { unmarshal, keyAttributes: ["pk", "sk"] })) save(page.items);
 */
export function paginateScan<T>(client: DynamoDBClient, input: ScanCommandInput, options: PageOptions<T>): AsyncIterable<Page<T>> {
  return pages(client, { kind: "scan", input }, options);
}

/**
 * The items of a sequence of pages, one by one.
 *
 * @example
 * for await (const order of itemsOf(paginateQuery(client, input, options))) total += order.total;
 */
export async function* itemsOf<T>(source: AsyncIterable<Page<T>>): AsyncGenerator<T, void, undefined> {
  for await (const page of source) yield* page.items;
}

async function* pages<T>(client: DynamoDBClient, request: ReadRequest, options: PageOptions<T>): AsyncGenerator<Page<T>, void, undefined> {
  let cursor = options.cursor;
  do {
    const page = await readPage(client, request, { ...options, cursor });
    yield page;
    cursor = page.cursor;
  } while (cursor !== undefined);
}
