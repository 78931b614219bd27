import { DynamoDBClient, type AttributeValue, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { HttpResponse } from "@smithy/core/protocols";
import { describe, expect, it } from "vitest";
import { BatchWriter } from "./batch-writer.js";

// Offline: a real DynamoDBClient whose HTTP handler holds every BatchWriteItem until the gate
// opens, counting the requests it holds at once and the items it was sent.
type Raw = Record<string, AttributeValue>;

function gatedDynamo() {
  const state = { holding: 0, mostHeld: 0, written: new Set<string>() };
  let open = false;
  const waiting: (() => void)[] = [];
  const requestHandler = {
    handle: async (request: { body?: unknown }) => {
      const body = request.body;
      const input = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array));
      state.holding++;
      state.mostHeld = Math.max(state.mostHeld, state.holding);
      if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
      // Answer on a later turn, so the writer can fill the slot before the next answer.
      await new Promise((resolve) => setImmediate(resolve));
      state.holding--;
      for (const requests of Object.values(input.RequestItems as Record<string, WriteRequest[]>)) {
        for (const r of requests) state.written.add(r.PutRequest!.Item!.id!.S!);
      }
      const response = new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0" }, body: Buffer.from('{"UnprocessedItems":{}}') });
      return { response };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  const client = new DynamoDBClient({ endpoint: "http://offline.invalid", region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler });
  const release = () => {
    open = true;
    for (const resolve of waiting.splice(0)) resolve();
  };
  return { client, state, release };
}

const target = { tableName: "things", keyAttributes: ["id"] };
const item = (i: number): Raw => ({ id: { S: `id-${i}` } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Puts `count` items without waiting; how many of the returned promises had settled once the writer had sent what it could. */
async function putAll(writer: BatchWriter, count: number): Promise<number> {
  let settled = 0;
  for (let i = 0; i < count; i++) void writer.put(target, item(i)).then(() => settled++);
  await settle();
  return settled;
}

describe("requests in flight and the buffer bound (offline)", () => {
  it("defaults: 16 requests in flight, and put waits once 425 writes are buffered behind them", async () => {
    const db = gatedDynamo();
    const writer = new BatchWriter(db.client);
    const settled = await putAll(writer, 1000);
    expect(db.state.holding).toBe(16);
    // 400 items left in 16 requests; of the next ones, a put settles while fewer than 425 are buffered after it.
    expect(settled).toBe(400 + 424);
    expect(writer.pendingCount).toBe(1000);
    db.release();
    await writer.close();
    expect(db.state.mostHeld).toBe(16);
    expect(db.state.written.size).toBe(1000);
  });

  it("maxInFlight bounds the requests at once; a smaller maxBuffered is raised to refill them all", async () => {
    const db = gatedDynamo();
    const writer = new BatchWriter(db.client, { maxInFlight: 3, maxBuffered: 10 });
    const settled = await putAll(writer, 300);
    expect(db.state.holding).toBe(3);
    expect(settled).toBe(75 + 99); // bound raised to 25 × (3 + 1) = 100
    db.release();
    await writer.close();
    expect(db.state.mostHeld).toBe(3);
    expect(db.state.written.size).toBe(300);
  });
});
