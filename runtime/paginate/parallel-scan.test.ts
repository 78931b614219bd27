import { BatchWriteItemCommand, CreateTableCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { ValidationError } from "../errors/index.js";
import { parallelScan } from "./parallel-scan.js";

type Raw = Record<string, AttributeValue>;
const client = localClient();
const TableName = uniqueTableName("pscan");
const COUNT = 1000;
const unmarshal = (raw: Raw) => raw.id!.S!;

beforeAll(async () => {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
  }));
  for (let i = 0; i < COUNT; i += 25) {
    const chunk = Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { id: { S: `item-${i + j}` }, pad: { S: "x".repeat(100) } } } }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [TableName]: chunk } }));
  }
});
afterAll(() => client.destroy());

describe("parallelScan", () => {
  it("returns every item exactly once over 4 segments", async () => {
    const seen: string[] = [];
    for await (const id of parallelScan(client, { TableName, Limit: 40 }, { segments: 4, concurrency: 2, unmarshal, keyAttributes: ["id"] })) seen.push(id);
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
    expect([...seen].sort()).toEqual(Array.from({ length: COUNT }, (_, i) => `item-${i}`).sort());
  });

  it("stops cleanly when the consumer breaks early", async () => {
    let taken = 0;
    for await (const _ of parallelScan(client, { TableName, Limit: 10 }, { segments: 4, unmarshal, keyAttributes: ["id"] })) {
      if (++taken === 15) break;
    }
    expect(taken).toBe(15);
  });

  it("rejects an invalid segment count", async () => {
    const scan = parallelScan(client, { TableName }, { segments: 0, unmarshal, keyAttributes: ["id"] });
    await expect(scan.next()).rejects.toBeInstanceOf(ValidationError);
  });
});
