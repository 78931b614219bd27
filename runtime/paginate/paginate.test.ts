import { BatchWriteItemCommand, CreateTableCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { CursorError, ValidationError } from "../errors/index.js";
import { itemsOf, paginateQuery, paginateScan } from "./paginate.js";
import { readPage } from "./read-page.js";

type Raw = Record<string, AttributeValue>;
interface Row { pk: string; sk: string; n: number; keep: boolean }

const client = localClient();
const TableName = uniqueTableName("paginate");
const TABLE_KEYS = ["pk", "sk"];
const GSI_KEYS = ["pk", "sk", "gsi1pk", "gsi1sk"];
const unmarshal = (raw: Raw): Row => ({ pk: raw.pk!.S!, sk: raw.sk!.S!, n: Number(raw.n!.N), keep: raw.keep!.BOOL! });
const pad = (i: number) => String(i).padStart(5, "0");

function rows(): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < 1200; i++) {
    const item: Raw = { pk: { S: "P" }, sk: { S: `I#${pad(i)}` }, n: { N: String(i) }, keep: { BOOL: i % 3 === 0 } };
    // Sparse index: every other item, in the reverse order of the table.
    if (i % 2 === 0) Object.assign(item, { gsi1pk: { S: "G" }, gsi1sk: { S: `R#${pad(10_000 - i)}` } });
    out.push(item);
  }
  for (let i = 0; i < 300; i++) out.push({ pk: { S: `Q${i % 7}` }, sk: { S: `J#${pad(i)}` }, n: { N: String(i) }, keep: { BOOL: i % 4 === 0 } });
  return out;
}

beforeAll(async () => {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk"].map((AttributeName) => ({ AttributeName, AttributeType: "S" })),
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
    GlobalSecondaryIndexes: [{
      IndexName: "gsi1",
      KeySchema: [{ AttributeName: "gsi1pk", KeyType: "HASH" }, { AttributeName: "gsi1sk", KeyType: "RANGE" }],
      Projection: { ProjectionType: "ALL" },
    }],
  }));
  const all = rows();
  for (let i = 0; i < all.length; i += 25) {
    const chunk = all.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [TableName]: chunk } }));
  }
});
afterAll(() => client.destroy());

const keepOnly = { FilterExpression: "#keep = :t", ExpressionAttributeNames: { "#keep": "keep" }, ExpressionAttributeValues: { ":t": { BOOL: true } } };

describe("paginated Query", () => {
  const input = { TableName, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": { S: "P" }, ":t": { BOOL: true } }, FilterExpression: "#keep = :t", ExpressionAttributeNames: { "#keep": "keep" } };
  const expected = Array.from({ length: 1200 }, (_, i) => i).filter((i) => i % 3 === 0);

  it("returns `limit` items after filtering per page and resumes from cursors without gaps or repeats", async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await readPage(client, { kind: "query", input }, { unmarshal, keyAttributes: TABLE_KEYS, limit: 7, cursor });
      pages++;
      if (page.cursor !== undefined) expect(page.items).toHaveLength(7);
      seen.push(...page.items.map((r) => r.n));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it("descending, with paginateQuery and itemsOf", async () => {
    const seen: number[] = [];
    for await (const row of itemsOf(paginateQuery(client, { ...input, ScanIndexForward: false }, { unmarshal, keyAttributes: TABLE_KEYS, limit: 50 }))) seen.push(row.n);
    expect(seen).toEqual([...expected].reverse());
  });

  it("pages a global secondary index with its four key attributes", async () => {
    const gsiInput = { TableName, IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :g", ExpressionAttributeValues: { ":g": { S: "G" } } };
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const page of paginateQuery(client, gsiInput, { unmarshal, keyAttributes: GSI_KEYS, limit: 128 })) {
      sizes.push(page.items.length);
      seen.push(...page.items.map((r) => r.n));
    }
    const evens = Array.from({ length: 600 }, (_, i) => 1198 - 2 * i);
    expect(seen).toEqual(evens);
    expect(sizes).toEqual([128, 128, 128, 128, 88]);
  });

  it("rejects a cursor from another index before sending", async () => {
    const page = await readPage(client, { kind: "query", input }, { unmarshal, keyAttributes: TABLE_KEYS, limit: 3 });
    const gsiInput = { TableName, IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :g", ExpressionAttributeValues: { ":g": { S: "G" } } };
    await expect(readPage(client, { kind: "query", input: gsiInput }, { unmarshal, keyAttributes: GSI_KEYS, cursor: page.cursor })).rejects.toBeInstanceOf(CursorError);
    await expect(readPage(client, { kind: "query", input }, { unmarshal, keyAttributes: TABLE_KEYS, limit: 0 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("paginated Scan", () => {
  it("returns `limit` filtered items per page, in scan order, with no gaps or repeats", async () => {
    const everything: Row[] = [];
    for await (const row of itemsOf(paginateScan(client, { TableName }, { unmarshal, keyAttributes: TABLE_KEYS }))) everything.push(row);
    expect(everything).toHaveLength(1500);
    const expected = everything.filter((r) => r.keep).map((r) => `${r.pk}/${r.sk}`);

    const seen: string[] = [];
    let fullPages = 0;
    for await (const page of paginateScan(client, { TableName, ...keepOnly }, { unmarshal, keyAttributes: TABLE_KEYS, limit: 33 })) {
      if (page.items.length === 33) fullPages++;
      seen.push(...page.items.map((r) => `${r.pk}/${r.sk}`));
    }
    expect(seen).toEqual(expected);
    expect(fullPages).toBe(Math.floor(expected.length / 33));
  });
});
