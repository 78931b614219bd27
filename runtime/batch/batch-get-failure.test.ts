import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { BatchGetError, ThrottledError } from "../errors/index.js";
import { batchGet } from "./batch-get.js";
import { itemKeyString } from "./item-key.js";
import { fakeDynamo, type FakeAnswer } from "./test-fake-dynamo.js";

// Offline: a DynamoDB holding every key asked, whose answers each test shapes by the chunk's first key.
type Raw = Record<string, AttributeValue>;
const target = { tableName: "things", keyAttributes: ["id"] };
interface Key { n: number }
const toKey = (k: Key): Raw => ({ id: { S: `k${k.n}` } });
const asked = (count: number): Key[] => Array.from({ length: count }, (_, n) => ({ n }));
const found = (keys: Raw[]): FakeAnswer => ({ body: { Responses: { things: keys.map((k) => ({ ...k, v: { S: "x" } })) } } });
const leaving = (keys: Raw[], left: number): FakeAnswer => ({
  body: { Responses: { things: keys.slice(left).map((k) => ({ ...k, v: { S: "x" } })) }, UnprocessedKeys: { things: { Keys: keys.slice(0, left) } } },
});
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("batchGet when keys stay unprocessed (offline)", () => {
  it("throws BatchGetError, a ThrottledError with your keys not read, the items read and the last SDK error as cause", async () => {
    let secondChunkCalls = 0;
    const db = fakeDynamo(({ input }) => {
      const keys = input.RequestItems.things.Keys as Raw[];
      if (keys[0]!.id!.S !== "k100") return found(keys);
      secondChunkCalls++;
      return secondChunkCalls === 1 ? { error: "ProvisionedThroughputExceededException" } : leaving(keys, 5);
    });
    const keys = asked(250);
    const error = await batchGet(db.client, target, keys, { toKey, maxInFlight: 1, maxAttempts: 2, baseDelayMs: 1 }).then(() => undefined, (e: unknown) => e);

    expect(error).toBeInstanceOf(BatchGetError);
    expect(error).toBeInstanceOf(ThrottledError);
    const e = error as BatchGetError<Key, Raw>;
    expect(e).toMatchObject({ code: "throttle.exceeded", retryable: true });
    // The 5 keys left unprocessed, then the third chunk, never sent once the second had failed.
    expect(e.unprocessed).toEqual([...keys.slice(100, 105), ...keys.slice(200)]);
    expect(e.unprocessed[0]).toBe(keys[100]); // the caller's own objects
    expect(e.items.size).toBe(195);
    expect(e.items.get(itemKeyString(toKey(keys[0]!), ["id"]))).toEqual({ id: { S: "k0" }, v: { S: "x" } });
    expect((e.cause as Error).name).toBe("ProvisionedThroughputExceededException");
    expect(e.requestId).toBe("req-2");
    expect(db.calls).toHaveLength(1 + 2);
  });

  it("once a chunk gives up, no worker takes another and chunks in flight stop retrying: nothing is sent after the call rejects", async () => {
    let firstChunkCalls = 0;
    let firstChunkDone: () => void = () => undefined;
    const firstChunkGaveUp = new Promise<void>((resolve) => (firstChunkDone = resolve));
    const db = fakeDynamo(async ({ input }) => {
      const keys = input.RequestItems.things.Keys as Raw[];
      if (keys[0]!.id!.S === "k0") {
        if (++firstChunkCalls === 3) setTimeout(firstChunkDone, 20);
        return leaving(keys, 3); // at once, every time
      }
      await firstChunkGaveUp;
      return leaving(keys, 1); // answered after the first chunk gave up, and would be retried
    });
    const keys = asked(1000);
    const error = await batchGet(db.client, target, keys, { toKey, maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 }).then(() => undefined, (e: unknown) => e);
    const sentBeforeRejection = db.calls.length;
    await settle(150);

    expect(db.calls).toHaveLength(sentBeforeRejection);
    expect(sentBeforeRejection).toBe(3 + 3); // the first chunk's 3 attempts; one each for the 3 chunks in flight beside it
    const unprocessed = (error as BatchGetError<Key>).unprocessed.map((k) => k.n);
    expect(unprocessed).toEqual([0, 1, 2, 100, 200, 300, ...Array.from({ length: 600 }, (_, i) => 400 + i)]);
    expect((error as BatchGetError).items.size).toBe(1000 - unprocessed.length);
    expect((error as BatchGetError).cause).toBeUndefined(); // no SDK error, only unprocessed keys
  });

  it("a non-retryable error is thrown as is, and no other chunk is sent", async () => {
    const db = fakeDynamo(() => ({ error: "ResourceNotFoundException" }));
    const error = await batchGet(db.client, target, asked(300), { toKey, maxInFlight: 2 }).then(() => undefined, (e: unknown) => e);
    await settle(20);
    expect(error).not.toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ code: "service.resourceNotFound", retryable: false });
    expect(db.calls).toHaveLength(2);
  });
});
