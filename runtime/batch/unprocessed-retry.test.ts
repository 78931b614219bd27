import { DynamoDBClient, type AttributeValue, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { HttpResponse } from "@smithy/core/protocols";
import { describe, expect, it } from "vitest";
import { BatchWriteError, ThrottledError } from "../errors/index.js";
import { batchGet } from "./batch-get.js";
import { BatchWriter } from "./batch-writer.js";

// Offline: a real DynamoDBClient whose HTTP handler plays a DynamoDB that leaves part of each
// request unprocessed for the first `stingyCalls` calls.
type Raw = Record<string, AttributeValue>;
interface FakeDb { client: DynamoDBClient; stored: Map<string, Raw>; calls: number }

function fakeDynamo(stingyCalls: number): FakeDb {
  const db: FakeDb = { client: undefined as unknown as DynamoDBClient, stored: new Map(), calls: 0 };
  const answer = (body: unknown) => ({
    response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0" }, body: Buffer.from(JSON.stringify(body)) }),
  });
  const requestHandler = {
    handle: async (request: { headers: Record<string, string>; body?: unknown }) => {
      db.calls++;
      const stingy = db.calls <= stingyCalls;
      const target = request.headers["x-amz-target"] ?? "";
      const body = request.body;
      const input = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array));
      if (target.endsWith("BatchWriteItem")) {
        const unprocessed: Record<string, WriteRequest[]> = {};
        for (const [table, requests] of Object.entries(input.RequestItems as Record<string, WriteRequest[]>)) {
          requests.forEach((r, i) => {
            if (stingy && i % 3 !== 0) (unprocessed[table] ??= []).push(r); // two thirds left for later
            else if (r.PutRequest) db.stored.set(`${table}/${r.PutRequest.Item!.id!.S}`, r.PutRequest.Item!);
            else db.stored.delete(`${table}/${r.DeleteRequest!.Key!.id!.S}`);
          });
        }
        return answer({ UnprocessedItems: unprocessed });
      }
      if (target.endsWith("BatchGetItem")) {
        const [[table, { Keys }]] = Object.entries(input.RequestItems as Record<string, { Keys: Raw[] }>) as [[string, { Keys: Raw[] }]];
        const served = stingy ? Keys.slice(0, 10) : Keys;
        const left = stingy ? Keys.slice(10) : [];
        const found = served.map((k) => db.stored.get(`${table}/${k.id!.S}`)).filter((x) => x !== undefined);
        return answer({ Responses: { [table]: found }, UnprocessedKeys: left.length ? { [table]: { Keys: left } } : {} });
      }
      throw new Error(`unexpected operation ${target}`);
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  db.client = new DynamoDBClient({ endpoint: "http://offline.invalid", region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler });
  return db;
}

const target = { tableName: "things", keyAttributes: ["id"] };
const item = (i: number): Raw => ({ id: { S: `id-${i}` }, n: { N: String(i) } });

describe("retry of unprocessed items (offline)", () => {
  it("the batch writer retries UnprocessedItems until every item is written", async () => {
    const db = fakeDynamo(6);
    const writer = new BatchWriter(db.client, { baseDelayMs: 1, maxDelayMs: 5 });
    for (let i = 0; i < 100; i++) await writer.put(target, item(i));
    await writer.close();
    expect(db.stored.size).toBe(100);
    expect(db.calls).toBeGreaterThanOrEqual(7); // 6 stingy answers, then at least one retry that completes
  });

  it("throws BatchWriteError with exactly the items still unprocessed when attempts run out", async () => {
    const db = fakeDynamo(Number.POSITIVE_INFINITY);
    const writer = new BatchWriter(db.client, { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 });
    const originals = Array.from({ length: 25 }, (_, i) => ({ id: `id-${i}`, n: i }));
    for (const o of originals) await writer.put(target, item(o.n), o);
    const error = await writer.close().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BatchWriteError);
    expect((error as BatchWriteError).retryable).toBe(true);
    const unwritten = (error as BatchWriteError).items;
    const written = new Set([...db.stored.keys()].map((k) => k.slice("things/".length)));
    // Each attempt writes a third of what it is sent: 25 -> 16 -> 10 -> 6 left after 3 attempts.
    expect(unwritten).toHaveLength(25 - written.size);
    expect(unwritten).toHaveLength(6);
    for (const u of unwritten) {
      expect(originals).toContain(u.item); // the caller's own object, not AttributeValues
      expect(written.has((u.item as { id: string }).id)).toBe(false);
      expect(u).toMatchObject({ type: "put", table: "things" });
    }
  });

  it("batchGet retries UnprocessedKeys", async () => {
    const db = fakeDynamo(0);
    for (let i = 0; i < 50; i++) db.stored.set(`things/id-${i}`, item(i));
    db.calls = 0;
    const stingy = fakeDynamo(3);
    stingy.stored = db.stored;
    const keys = Array.from({ length: 60 }, (_, i) => ({ id: { S: `id-${i}` } }));
    const result = await batchGet(stingy.client, target, keys, { baseDelayMs: 1, maxDelayMs: 5 });
    expect(result.items.size).toBe(50);
    expect(result.missing).toEqual(keys.slice(50));
    expect(stingy.calls).toBe(4); // 10 + 10 + 10 keys served, then the last 30 in one call
  });

  it("batchGet throws ThrottledError when keys stay unprocessed", async () => {
    const db = fakeDynamo(Number.POSITIVE_INFINITY);
    const keys = Array.from({ length: 30 }, (_, i) => ({ id: { S: `id-${i}` } }));
    await expect(batchGet(db.client, target, keys, { maxAttempts: 2, baseDelayMs: 1 })).rejects.toBeInstanceOf(ThrottledError);
  });
});
