import { BatchGetItemCommand, type AttributeValue, type DynamoDBClient, type KeysAndAttributes } from "@aws-sdk/client-dynamodb";
import { BatchGetError, toDynagenError } from "../errors/index.js";
import { DEFAULT_RETRY, backoffDelay, sleep, type BatchRetrySettings } from "./backoff.js";
import { countOption } from "./count-option.js";
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
const DEFAULT_MAX_IN_FLIGHT = 4;

type ChunkOptions = Pick<BatchGetOptions<unknown, unknown>, keyof BatchRetrySettings | "consistentRead" | "projection">;

/** What one chunk's requests read, the keys they did not, and the last SDK error on the way. */
interface ChunkResult {
  readonly items: RawItem[];
  readonly unprocessed: RawItem[];
  readonly cause?: unknown;
}

/**
 * Reads many items of one table by key: duplicates removed, 100 keys per BatchGetItem request,
 * several requests in flight, UnprocessedKeys retried with backoff and jitter. Keys still
 * unprocessed when the attempts run out throw a `BatchGetError` (a `ThrottledError`) listing your
 * keys not read and the items read; no request is sent after that (nothing is dropped silently).
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
  const maxInFlight = countOption("maxInFlight", options.maxInFlight, DEFAULT_MAX_IN_FLIGHT);
  const maxAttempts = countOption("maxAttempts", options.maxAttempts, DEFAULT_RETRY.maxAttempts);
  const toKey = options.toKey ?? ((k: K) => k as unknown as RawItem);
  const requested = new Map<string, { key: RawItem; original: K }>();
  for (const original of keys) {
    const key = pickKey(toKey(original), target.keyAttributes);
    const id = itemKeyString(key, target.keyAttributes);
    if (!requested.has(id)) requested.set(id, { key, original });
  }
  const ids = [...requested.keys()];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += REQUEST_SIZE) chunks.push(ids.slice(i, i + REQUEST_SIZE));

  const found = new Map<string, RawItem>();
  const unprocessed = new Set<string>();
  // Once a chunk fails, no worker takes another and chunks in flight stop retrying.
  const run = { stopped: false };
  let cause: unknown;
  let failure: { error: unknown } | undefined;
  let next = 0;
  const worker = async () => {
    while (!run.stopped && next < chunks.length) {
      const chunk = chunks[next++]!;
      try {
        const result = await getChunk(client, target, chunk.map((id) => requested.get(id)!.key), { ...options, maxAttempts }, run);
        for (const item of result.items) found.set(itemKeyString(item, target.keyAttributes), item);
        if (result.unprocessed.length === 0) continue;
        run.stopped = true;
        for (const key of result.unprocessed) unprocessed.add(itemKeyString(key, target.keyAttributes));
        if (result.cause !== undefined) cause = result.cause;
      } catch (error) {
        run.stopped = true;
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(maxInFlight, chunks.length) }, worker));
  if (failure !== undefined) throw failure.error;
  for (const chunk of chunks.slice(next)) for (const id of chunk) unprocessed.add(id);

  const unmarshal = options.unmarshal ?? ((raw: RawItem) => raw as unknown as T);
  const items = new Map<string, T>();
  const missing: K[] = [];
  const notRead: K[] = [];
  for (const [id, { original }] of requested) {
    const raw = found.get(id);
    if (raw !== undefined) items.set(id, unmarshal(raw));
    else if (unprocessed.has(id)) notRead.push(original);
    else missing.push(original);
  }
  if (notRead.length > 0) {
    const message = `BatchGetItem: ${notRead.length} of ${requested.size} key(s) not read, still unprocessed after ${maxAttempts} attempt(s)`;
    throw new BatchGetError(message, notRead, items, cause === undefined ? {} : { cause });
  }
  return { items, missing };
}

/** Reads `keys` (up to 100), retrying unprocessed keys and retryable errors until the attempts run out or `run` is stopped. */
async function getChunk(client: DynamoDBClient, target: BatchTarget, keys: RawItem[], options: ChunkOptions & { maxAttempts: number }, run: { stopped: boolean }): Promise<ChunkResult> {
  const items: RawItem[] = [];
  let remaining = keys;
  let cause: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      const out = await client.send(new BatchGetItemCommand({ RequestItems: { [target.tableName]: request(target, remaining, options) } }));
      items.push(...(out.Responses?.[target.tableName] ?? []));
      remaining = out.UnprocessedKeys?.[target.tableName]?.Keys ?? [];
      if (remaining.length === 0) return { items, unprocessed: [] };
    } catch (error) {
      const mapped = toDynagenError(error, { operation: "BatchGetItem" });
      if (!mapped.retryable) throw mapped;
      cause = error;
    }
    if (attempt >= options.maxAttempts || run.stopped) return { items, unprocessed: remaining, cause };
    await sleep(backoffDelay(attempt, options));
    if (run.stopped) return { items, unprocessed: remaining, cause };
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
