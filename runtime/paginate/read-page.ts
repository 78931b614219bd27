import {
  QueryCommand,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from "@aws-sdk/client-dynamodb";
import { ValidationError, toDynagenError } from "../errors/index.js";
import { decodeCursor, encodeCursor, type CursorScope } from "./cursor.js";

type RawItem = Record<string, AttributeValue>;

/** One page of results. `cursor` resumes right after the last item; undefined at the end. */
export interface Page<T> {
  readonly items: T[];
  readonly cursor: string | undefined;
}

/** How to read pages of a Query or Scan. */
export interface PageOptions<T> {
  /** Turns a raw item into the caller's type. */
  readonly unmarshal: (raw: RawItem) => T;
  /** Key attributes of a position in the index read: table keys, then index keys. */
  readonly keyAttributes: readonly string[];
  /** Items per page, counted after filtering. Without it, a page is one DynamoDB response. */
  readonly limit?: number;
  /** Where to resume, from a previous page. */
  readonly cursor?: string;
  /** Makes cursors HMAC-signed (see {@link CursorScope}). */
  readonly cursorSecret?: string;
}

/** Which read: a Query or a Scan input. */
export type ReadRequest = { kind: "query"; input: QueryCommandInput } | { kind: "scan"; input: ScanCommandInput };

/** Largest read size used while growing reads past a filter. */
const MAX_GROWN_READ = 1000;

/**
 * Reads one page. With `limit`, reads on (DynamoDB's `Limit` is per read, before filtering) until
 * `limit` matching items are collected or the index is exhausted; the cursor is then built from
 * the last item returned, so the next page has no gap and no repeat.
 *
 * @example
 * const page = await readPage(client, { kind: "query", input }, { unmarshal, keyAttributes: ["pk", "sk"], limit: 20 });
 */
export async function readPage<T>(client: DynamoDBClient, request: ReadRequest, options: PageOptions<T>): Promise<Page<T>> {
  // Built only when a cursor is read or written: most single-page reads need none.
  let scope: CursorScope | undefined;
  const scopeOf = (): CursorScope => (scope ??= cursorScopeOf(request, options));
  let startKey = options.cursor !== undefined ? decodeCursor(options.cursor, scopeOf()) : request.input.ExclusiveStartKey;
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new ValidationError("limit", "limit", "must be a positive integer");
  if (limit === undefined) {
    const out = await send(client, request, { ExclusiveStartKey: startKey });
    const items = (out.Items ?? []).map(options.unmarshal);
    return { items, cursor: out.LastEvaluatedKey ? encodeCursor(out.LastEvaluatedKey, scopeOf()) : undefined };
  }
  const items: T[] = [];
  const filtered = request.input.FilterExpression !== undefined;
  let readSize = 0;
  while (true) {
    const remaining = limit - items.length;
    readSize = filtered ? Math.max(remaining, Math.min(readSize * 2, MAX_GROWN_READ)) : remaining;
    const out = await send(client, request, { ExclusiveStartKey: startKey, Limit: readSize });
    const raw = out.Items ?? [];
    for (let i = 0; i < raw.length; i++) {
      items.push(options.unmarshal(raw[i] as RawItem));
      if (items.length === limit) {
        const more = i < raw.length - 1 || out.LastEvaluatedKey !== undefined;
        return { items, cursor: more ? encodeCursor(pickKey(raw[i] as RawItem, scopeOf()), scopeOf()) : undefined };
      }
    }
    if (out.LastEvaluatedKey === undefined) return { items, cursor: undefined };
    startKey = out.LastEvaluatedKey;
  }
}

/**
 * The cursor scope of a read: its index (or the table) and the key attributes of a position.
 *
 * @example
 * const scope = cursorScopeOf({ kind: "query", input: { TableName: "shop", IndexName: "gsi1" } }, { keyAttributes: ["pk", "sk", "gsi1pk", "gsi1sk"] });
 */
export function cursorScopeOf(request: ReadRequest, options: Pick<PageOptions<unknown>, "keyAttributes" | "cursorSecret">): CursorScope {
  const scope = { index: request.input.IndexName ?? "", keyAttributes: options.keyAttributes, read: readOf(request) };
  return options.cursorSecret === undefined ? scope : { ...scope, secret: options.cursorSecret };
}

/**
 * What a read covers, for its cursors: `scan`, or a query's key condition with the names and
 * values it uses (not the filter's, which may change between pages without harm).
 */
function readOf(request: ReadRequest): string {
  if (request.kind === "scan") return "scan";
  const condition = request.input.KeyConditionExpression ?? "";
  const names = request.input.ExpressionAttributeNames ?? {};
  const values = request.input.ExpressionAttributeValues ?? {};
  const used = [...new Set(condition.match(/[#:][A-Za-z0-9_]+/g) ?? [])].sort();
  const resolved = used.map((p) => [p, p.startsWith("#") ? names[p] : values[p]]);
  return `query\n${condition}\n${JSON.stringify(resolved, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v))}`;
}

async function send(client: DynamoDBClient, request: ReadRequest, extra: { ExclusiveStartKey?: RawItem | undefined; Limit?: number }) {
  // The caller's input as it is when nothing is added (one page from its own start): no copy.
  const plain = extra.Limit === undefined && extra.ExclusiveStartKey === request.input.ExclusiveStartKey;
  try {
    if (request.kind === "query") return await client.send(new QueryCommand(plain ? request.input : { ...request.input, ...extra }));
    return await client.send(new ScanCommand(plain ? request.input : { ...request.input, ...extra }));
  } catch (error) {
    throw toDynagenError(error, { operation: request.kind === "query" ? "Query" : "Scan" });
  }
}

function pickKey(item: RawItem, scope: CursorScope): RawItem {
  const key: RawItem = {};
  for (const name of scope.keyAttributes) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}
