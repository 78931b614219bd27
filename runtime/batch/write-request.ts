import { BatchWriteItemCommand, type AttributeValue, type DynamoDBClient, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { toDynagenError, ValidationError, type UnwrittenItem } from "../errors/index.js";
import { DEFAULT_RETRY, backoffDelay, sleep, type BatchRetrySettings } from "./backoff.js";
import type { BatchTarget } from "./item-key.js";
import { canonicalNumber } from "../marshal/number-text.js";

type RawItem = Record<string, AttributeValue>;

/** One buffered write: a put of `raw` or a delete of the key `raw`. */
export interface WriteEntry {
  readonly target: BatchTarget;
  readonly type: "put" | "delete";
  readonly raw: RawItem;
  /** The caller's value (typed item or key), reported if the write fails. */
  readonly original: unknown;
}

/** What a request could not write, and why. */
export interface WriteFailure {
  readonly items: UnwrittenItem[];
  readonly cause?: unknown;
}

/**
 * The id of an entry: table name and key, so the same key in two tables stays apart. The table
 * name and the partition key value carry their length, so where each ends is known, and a key
 * value is its text, marked with its type where that text could be taken for another type's
 * (see `keyText`). Ids are distinct for any values, separators included. They match the items
 * DynamoDB hands back unprocessed to the entries sent; the writer itself finds keys through
 * `KeySlots`, without building a string per write.
 *
 * @example
 * entryId({ tableName: "shop", keyAttributes: ["pk", "sk"] }, { pk: { S: "C#1" }, sk: { S: "P" } }) // "4:shop3:C#1P"
 */
export function entryId(target: BatchTarget, raw: RawItem): string {
  const prefix = target.tableName.length + ":" + target.tableName;
  const names = target.keyAttributes;
  const partition = keyText(raw, names[0] as string);
  if (names.length === 1) return prefix + partition;
  return prefix + partition.length + ":" + partition + keyText(raw, names[1] as string);
}

/**
 * A key value as text. A string is itself unless it is empty or starts with U+0000-U+0002; then
 * it gets a U+0000 in front. A number is U+0001 and its text, a binary value U+0002 and its
 * base64: the first character tells the three apart. Numbers DynamoDB takes for one key ("1",
 * "1.0") have one text (see `canonicalNumber`).
 */
export function keyText(raw: RawItem, name: string): string {
  const value = raw[name];
  const text = value?.S;
  if (text !== undefined) return text.length !== 0 && text.charCodeAt(0) > 2 ? text : "\u0000" + text;
  if (value?.N !== undefined) return "\u0001" + canonicalNumber(value.N);
  if (value?.B !== undefined) return "\u0002" + Buffer.from(value.B).toString("base64");
  throw new ValidationError("missingKey", name, "key attribute missing or not a string, number or binary");
}

/**
 * Sends one BatchWriteItem request (up to 25 entries, distinct keys) and retries what DynamoDB
 * leaves unprocessed, or the whole request after a retryable error, with backoff and full jitter.
 * A request DynamoDB rejects as invalid is split in halves and retried, so only the offending
 * items fail, not the other 24. Returns what is still unwritten when the attempts run out or the
 * error is not retryable.
 */
export async function sendWriteRequest(client: DynamoDBClient, entries: readonly WriteEntry[], retry: BatchRetrySettings = {}): Promise<WriteFailure | undefined> {
  const maxAttempts = retry.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  let remaining = entries;
  for (let attempt = 1; ; attempt++) {
    try {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: requestItems(remaining) }));
      remaining = unprocessedEntries(remaining, out.UnprocessedItems);
      if (remaining.length === 0) return undefined;
      if (attempt >= maxAttempts) return { items: unwritten(remaining, `still unprocessed after ${attempt} attempts`) };
    } catch (error) {
      const mapped = toDynagenError(error, { operation: "BatchWriteItem" });
      if (mapped.code === "service.validation" && remaining.length > 1) return bisect(client, remaining, retry);
      if (!mapped.retryable || attempt >= maxAttempts) return { items: unwritten(remaining, mapped.message), cause: mapped };
    }
    await sleep(backoffDelay(attempt, retry));
  }
}

async function bisect(client: DynamoDBClient, entries: readonly WriteEntry[], retry: BatchRetrySettings): Promise<WriteFailure | undefined> {
  const middle = Math.ceil(entries.length / 2);
  const halves = await Promise.all([sendWriteRequest(client, entries.slice(0, middle), retry), sendWriteRequest(client, entries.slice(middle), retry)]);
  const failures = halves.filter((f) => f !== undefined);
  if (failures.length === 0) return undefined;
  return { items: failures.flatMap((f) => f.items), cause: failures.find((f) => f.cause !== undefined)?.cause };
}

function requestItems(entries: readonly WriteEntry[]): Record<string, WriteRequest[]> {
  const byTable: Record<string, WriteRequest[]> = {};
  for (const e of entries) {
    const request: WriteRequest = e.type === "put" ? { PutRequest: { Item: e.raw } } : { DeleteRequest: { Key: e.raw } };
    (byTable[e.target.tableName] ??= []).push(request);
  }
  return byTable;
}

function unprocessedEntries(sent: readonly WriteEntry[], unprocessed: Record<string, WriteRequest[]> | undefined): WriteEntry[] {
  if (!unprocessed) return [];
  let any = false;
  for (const table in unprocessed) if ((unprocessed[table]?.length ?? 0) > 0) any = true;
  if (!any) return [];
  // Only on this (rare) path are ids built: to find the entries DynamoDB handed back.
  const byId = new Map(sent.map((e) => [entryId(e.target, e.raw), e]));
  const targets = new Map(sent.map((e) => [e.target.tableName, e.target]));
  const out: WriteEntry[] = [];
  for (const [table, requests] of Object.entries(unprocessed)) {
    for (const request of requests) {
      const raw = request.PutRequest?.Item ?? request.DeleteRequest?.Key;
      const target = targets.get(table);
      if (!raw || !target) continue;
      const id = entryId(target, raw);
      out.push(byId.get(id) ?? { target, type: request.PutRequest ? "put" : "delete", raw, original: undefined });
    }
  }
  return out;
}

/** The entries as the caller's failed writes (their `original` values, or the raw item). */
export function unwritten(entries: readonly WriteEntry[], reason: string): UnwrittenItem[] {
  return entries.map((e) => ({ type: e.type, item: e.original === undefined ? e.raw : e.original, raw: e.raw, table: e.target.tableName, reason }));
}
