import { CreateTableCommand, ScanCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { BatchWriteError, ValidationError } from "../errors/index.js";
import { BatchWriter } from "./batch-writer.js";

type Raw = Record<string, AttributeValue>;
const client = localClient();
const tables = { a: uniqueTableName("bw-a"), b: uniqueTableName("bw-b"), c: uniqueTableName("bw-c") };

async function createTable(TableName: string): Promise<void> {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }, { AttributeName: "sk", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
  }));
}

async function scanAll(TableName: string): Promise<Raw[]> {
  const items: Raw[] = [];
  let ExclusiveStartKey: Raw | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName, ExclusiveStartKey }));
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

beforeAll(() => Promise.all(Object.values(tables).map(createTable)));
afterAll(() => client.destroy());

const keys = ["pk", "sk"];
const row = (id: number, version: number): Raw => ({ pk: { S: `P${id % 10}` }, sk: { S: `S${id}` }, v: { N: String(version) } });

describe("BatchWriter (DynamoDB Local)", () => {
  it("writes 3,000 writes with duplicate keys and deletes across two tables: the last write of each key wins", async () => {
    const a = { tableName: tables.a, keyAttributes: keys };
    const b = { tableName: tables.b, keyAttributes: keys };
    const expected = new Map<string, number>();
    {
      await using writer = new BatchWriter(client, { maxInFlight: 4 });
      for (let i = 0; i < 3000; i++) {
        const id = i % 2000; // ids 0..999 are written twice (versions 1 then 2)
        const version = i < 2000 ? 1 : 2;
        await writer.put(a, row(id, version));
        expected.set(`P${id % 10}/S${id}`, version);
        if (i % 500 === 0) await writer.put(b, row(id, version)); // same key, other table: kept apart
      }
      for (let id = 1990; id < 2000; id++) {
        await writer.delete(a, { pk: { S: `P${id % 10}` }, sk: { S: `S${id}` } });
        expected.delete(`P${id % 10}/S${id}`);
      }
    } // disposal flushes

    const stored = await scanAll(tables.a);
    const actual = new Map(stored.map((item) => [`${item.pk!.S}/${item.sk!.S}`, Number(item.v!.N)]));
    expect(actual.size).toBe(1990);
    expect(actual).toEqual(expected);
    expect(await scanAll(tables.b)).toHaveLength(4); // ids 0, 500, 1000, 1500
  });

  it("holds a key written again while a request carries it, so the last write lands last; pendingCount counts both", async () => {
    const a = { tableName: tables.a, keyAttributes: keys };
    const hot = (version: number): Raw => ({ pk: { S: "HOT" }, sk: { S: "KEY" }, v: { N: String(version) } });
    const writer = new BatchWriter(client, { maxInFlight: 8 });
    for (let round = 0; round < 20; round++) {
      await writer.put(a, hot(round));
      for (let i = 0; i < 24; i++) await writer.put(a, row(10_000 + round * 24 + i, round));
      if (round === 0) expect(writer.pendingCount).toBe(25); // one full request, sent at once
    }
    await writer.put(a, hot(20));
    expect(writer.pendingCount).toBeGreaterThan(25);
    await writer.close();
    expect(writer.pendingCount).toBe(0);
    const stored = await scanAll(tables.a);
    expect(stored.find((item) => item.pk!.S === "HOT")?.v).toEqual({ N: "20" });
    expect(stored.filter((item) => Number(item.sk!.S!.slice(1)) >= 10_000)).toHaveLength(480);
  });

  it("items DynamoDB rejects throw BatchWriteError holding exactly those items; the rest of their request is written", async () => {
    const c = { tableName: tables.c, keyAttributes: keys };
    const writer = new BatchWriter(client);
    const originals: { id: number; bad: boolean }[] = [];
    for (let i = 0; i < 200; i++) {
      const bad = i === 37 || i === 151;
      const raw = bad ? { ...row(i, 1), sk: { N: String(i) } } : row(i, 1); // sk must be a string: ValidationException
      const original = { id: i, bad };
      originals.push(original);
      await writer.put(c, raw, original);
    }
    const error = await writer.close().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BatchWriteError);
    const unwritten = (error as BatchWriteError).items;
    const unwrittenIds = new Set(unwritten.map((u) => (u.item as { id: number }).id));
    const storedIds = new Set((await scanAll(tables.c)).map((item) => Number(item.sk!.S!.slice(1))));

    expect([...unwrittenIds].sort((x, y) => x - y)).toEqual([37, 151]);
    for (const o of originals) expect(unwrittenIds.has(o.id), `item ${o.id}`).toBe(!storedIds.has(o.id));
    expect(storedIds.size).toBe(198);
    for (const u of unwritten) expect(originals).toContain(u.item); // the caller's own objects, by identity
    for (const u of unwritten) expect(u.raw?.sk).toEqual({ N: String((u.item as { id: number }).id) }); // and the AttributeValues that were sent
    expect(unwritten[0]?.reason).toContain("ValidationException");
    expect((error as BatchWriteError).cause).toBeDefined();
    expect((error as BatchWriteError).retryable).toBe(false);

    expect(() => writer.put(c, row(1, 1))).toThrow(ValidationError);
  });
});
