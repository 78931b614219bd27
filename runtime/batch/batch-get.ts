import { BatchGetItemCommand, type AttributeValue, type DynamoDBClient, type KeysAndAttributes } from "@aws-sdk/client-dynamodb";
import { ThrottledError, toDynagenError } from "../errors/index.js";
import { DEFAULT_RETRY, backoffDelay, sleep, type BatchRetrySettings } from "./backoff.js";
import { pickKey, itemKeyString, type BatchTarget } from "./item-key.js";

type RawItem = Record<string, AttributeValue>;

/** Settings of {@link batchGet}. */
export interface BatchGetOptions<T, K> extends BatchRetrySettings {
  /** Turns a raw item into the caller's type (default: the raw item). */
  readonly unmarshal?: (raw: RawItem) => T;
  /** Turns one of your keys into its AttributeValue key (default: the key is already one). */
  readonly toKey?: (key: K) => RawItem;
  readonly consistentRead?: boolean;
  /** Top-level attributes to read; the key attributes are always added. */
  readonly projection?: readonly string[];
  /** BatchGetItem requests in flight at once (default 4). */
  readonly maxInFlight?: number;
}

/** Items found, keyed by {@link itemKeyString} in the order the keys were asked for, and the keys not found. */
export interface BatchGetResult<T, K> {
  readonly items: Map<string, T>;
  readonly missing: K[];
}

const REQUEST_SIZE = 100;

type ChunkOptions = Pick<BatchGetOptions<unknown, unknown>, keyof BatchRetrySettings | "consistentRead" | "projection">;

/**
 * Reads many items of one table by key: duplicates removed, 100 keys per BatchGetItem request,
 * several requests in flight, UnprocessedKeys retried with backoff and jitter. Keys still
 * unprocessed when the attempts run out throw a `ThrottledError` (nothing is dropped silently).
 *
 * @example
 * const { items, missing } = await batchGet(client, { tableName: "shop", keyAttributes: ["pk", "sk"] }, keys, { unmarshal });
 * items.get(itemKeyString(keys[0], ["pk", "sk"]));
 */
export async function batchGet<T = RawItem, K = RawItem>(
  client: DynamoDBClient,
  target: BatchTarget,
  keys: readonly K[],
  options: BatchGetOptions<T, K> = {},
): Promise<BatchGetResult<T, K>> {
  const toKey = options.toKey ?? ((k: K) => k as unknown as RawItem);
  const requested = new Map<string, { key: RawItem; original: K }>();
  for (const original of keys) {
    const key = pickKey(toKey(original), target.keyAttributes);
    const id = itemKeyString(key, target.keyAttributes);
    if (!requested.has(id)) requested.set(id, { key, original });
  }
  const found = new Map<string, RawItem>();
  const ids = [...requested.keys()];
  const chunks: RawItem[][] = [];
  for (let i = 0; i < ids.length; i += REQUEST_SIZE) chunks.push(ids.slice(i, i + REQUEST_SIZE).map((id) => requested.get(id)!.key));

  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      for (const item of await getChunk(client, target, chunk, options)) found.set(itemKeyString(item, target.keyAttributes), item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, options.maxInFlight ?? 4), chunks.length) }, worker));

  const unmarshal = options.unmarshal ?? ((raw: RawItem) => raw as unknown as T);
  const items = new Map<string, T>();
  const missing: K[] = [];
  for (const [id, { original }] of requested) {
    const raw = found.get(id);
    if (raw === undefined) missing.push(original);
    else items.set(id, unmarshal(raw));
  }
  return { items, missing };
}

async function getChunk(client: DynamoDBClient, target: BatchTarget, keys: RawItem[], options: ChunkOptions): Promise<RawItem[]> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  const items: RawItem[] = [];
  let remaining = keys;
  for (let attempt = 1; ; attempt++) {
    let out;
    try {
      out = await client.send(new BatchGetItemCommand({ RequestItems: { [target.tableName]: request(target, remaining, options) } }));
    } catch (error) {
      const mapped = toDynagenError(error, { operation: "BatchGetItem" });
      if (!mapped.retryable || attempt >= maxAttempts) throw mapped;
      await sleep(backoffDelay(attempt, options));
      continue;
    }
    items.push(...(out.Responses?.[target.tableName] ?? []));
    remaining = out.UnprocessedKeys?.[target.tableName]?.Keys ?? [];
    if (remaining.length === 0) return items;
    if (attempt >= maxAttempts) throw new ThrottledError(`BatchGetItem: ${remaining.length} key(s) still unprocessed after ${attempt} attempts`);
    await sleep(backoffDelay(attempt, options));
  }
}

function request(target: BatchTarget, keys: RawItem[], options: ChunkOptions): KeysAndAttributes {
  const input: KeysAndAttributes = { Keys: keys };
  if (options.consistentRead) input.ConsistentRead = true;
  if (options.projection) {
    const names = [...new Set([...target.keyAttributes, ...options.projection])];
    input.ProjectionExpression = names.map((_, i) => `#p${i}`).join(", ");
    input.ExpressionAttributeNames = Object.fromEntries(names.map((name, i) => [`#p${i}`, name]));
  }
  return input;
}
