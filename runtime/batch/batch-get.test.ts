import { BatchWriteItemCommand, CreateTableCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { batchGet } from "./batch-get.js";
import { itemKeyString } from "./item-key.js";

type Raw = Record<string, AttributeValue>;
const client = localClient();
const TableName = uniqueTableName("bget");
const target = { tableName: TableName, keyAttributes: ["pk", "sk"] };

beforeAll(async () => {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }, { AttributeName: "sk", AttributeType: "N" }],
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
  }));
  for (let i = 0; i < 200; i += 25) {
    const chunk = Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `P${(i + j) % 3}` }, sk: { N: String(i + j) }, name: { S: `n${i + j}` }, big: { S: "x" } } } }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [TableName]: chunk } }));
  }
});
afterAll(() => client.destroy());

interface Key { group: number; n: number }
const toKey = (k: Key): Raw => ({ pk: { S: `P${k.group}` }, sk: { N: String(k.n) } });

describe("batchGet (DynamoDB Local)", () => {
  it("reads 250 keys (duplicates and missing ones included): results by key in request order, missing reported", async () => {
    // 0..239 in a shuffled order: 200 exist, 40 do not (n >= 200); plus 10 repeats.
    const ns = Array.from({ length: 240 }, (_, i) => (i * 7) % 240);
    const keys: Key[] = [...ns, ...ns.slice(0, 10)].map((n) => ({ group: n % 3, n }));
    expect(keys).toHaveLength(250);

    const result = await batchGet(client, target, keys, { toKey, unmarshal: (raw) => raw.name!.S!, projection: ["name"] });

    const present = ns.filter((n) => n < 200);
    expect([...result.items.keys()]).toEqual(present.map((n) => itemKeyString(toKey({ group: n % 3, n }), target.keyAttributes)));
    expect([...result.items.values()]).toEqual(present.map((n) => `n${n}`));
    expect(result.missing.map((k) => k.n)).toEqual(ns.filter((n) => n >= 200));
    expect(result.missing[0]).toBe(keys.find((k) => k.n >= 200)); // the caller's own key object
  });

  it("returns raw items when no unmarshal is given, projection keeps the keys", async () => {
    const result = await batchGet(client, target, [{ pk: { S: "P1" }, sk: { N: "1" } }], { projection: ["name"] });
    expect([...result.items.values()]).toEqual([{ pk: { S: "P1" }, sk: { N: "1" }, name: { S: "n1" } }]);
  });
});
