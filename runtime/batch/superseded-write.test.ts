import type { AttributeValue, WriteRequest } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { BatchWriteError } from "../errors/index.js";
import { BatchWriter } from "./batch-writer.js";
import { fakeDynamo, type FakeCall } from "./test-fake-dynamo.js";

// Offline: a DynamoDB that never writes the versions in `stuck` (always UnprocessedItems) and stores the rest.
type Raw = Record<string, AttributeValue>;
const target = { tableName: "things", keyAttributes: ["id"] };
const version = (v: number): Raw => ({ id: { S: "k" }, v: { N: String(v) } });

function stubbornDynamo(stuck: Set<string>) {
  const stored = new Map<string, string>();
  const db = fakeDynamo(async ({ input }: FakeCall) => {
    await new Promise((resolve) => setTimeout(resolve, 5)); // long enough for the test to write the key again
    const unprocessed: Record<string, WriteRequest[]> = {};
    for (const [table, requests] of Object.entries(input.RequestItems as Record<string, WriteRequest[]>)) {
      for (const r of requests) {
        const item = r.PutRequest!.Item!;
        if (stuck.has(item.v!.N!)) (unprocessed[table] ??= []).push(r);
        else stored.set(item.id!.S!, item.v!.N!);
      }
    }
    return { body: { UnprocessedItems: unprocessed } };
  });
  return { ...db, stored };
}

const settings = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 };

/** Puts version 1 of key k, flushes so it is in flight, puts version 2 meanwhile; the errors of both flushes and of close. */
async function writeTwice(writer: BatchWriter): Promise<unknown[]> {
  await writer.put(target, version(1), { id: "k", v: 1 });
  const first = writer.flush().then(() => undefined, (e: unknown) => e);
  await writer.put(target, version(2), { id: "k", v: 2 }); // held until version 1's request ends
  const errors = [await first, await writer.close().then(() => undefined, (e: unknown) => e)];
  return errors.filter((e) => e !== undefined);
}

describe("a failed write superseded by a newer write of its key (offline)", () => {
  it("is not reported once the newer write lands, so resending the error's items can never undo it", async () => {
    const db = stubbornDynamo(new Set(["1"]));
    const errors = await writeTwice(new BatchWriter(db.client, settings));
    expect(db.stored.get("k")).toBe("2");
    expect(errors).toEqual([]);
    expect(db.calls.length).toBe(3 + 1); // version 1 tried maxAttempts times, then version 2
  });

  it("when the newer write fails too, only the newer one is reported", async () => {
    const db = stubbornDynamo(new Set(["1", "2"]));
    const errors = await writeTwice(new BatchWriter(db.client, settings));
    expect(db.stored.size).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(BatchWriteError);
    expect((errors[0] as BatchWriteError).items.map((u) => u.item)).toEqual([{ id: "k", v: 2 }]);
  });

  it("keeps reporting the failures of other keys in the same request", async () => {
    const db = stubbornDynamo(new Set(["1", "7"]));
    const writer = new BatchWriter(db.client, settings);
    await writer.put(target, { id: { S: "other" }, v: { N: "7" } }, { id: "other", v: 7 });
    const errors = await writeTwice(writer);
    expect(db.stored.get("k")).toBe("2");
    expect(errors).toHaveLength(1);
    expect((errors[0] as BatchWriteError).items.map((u) => u.item)).toEqual([{ id: "other", v: 7 }]);
    expect((errors[0] as BatchWriteError).retryable).toBe(true);
  });
});
