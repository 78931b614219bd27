// Names and values that look like expression syntax, stored and queried through DynamoDB Local.
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteTableCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { attr, compileExpressions, key, update, type ExpressionInput } from "./index.js";

const PK = "status"; // a reserved word as the partition key
const SK = "a = :b OR"; // expression syntax as the sort key

const stored = {
  [PK]: "p1",
  [SK]: "s1",
  "#n0": ":v0",
  ":v0": "#n0",
  "size(x)": "size(x)",
  name: "name",
  "a.b": "dotted",
  a: { b: "nested" },
  count: 5,
  tags: new Set(["x", ":v1"]),
};

let client: DynamoDBClient;
const table = uniqueTableName("expressions");

beforeAll(async () => {
  client = localClient();
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: PK, AttributeType: "S" },
        { AttributeName: SK, AttributeType: "S" },
      ],
      KeySchema: [
        { AttributeName: PK, KeyType: "HASH" },
        { AttributeName: SK, KeyType: "RANGE" },
      ],
    }),
  );
});

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: table }));
  client.destroy();
});

const itemKey = (sk: string): Record<string, AttributeValue> => ({ [PK]: { S: "p1" }, [SK]: { S: sk } });

async function put(sk: string, parts: ExpressionInput = {}): Promise<void> {
  const { params } = compileExpressions(parts);
  await client.send(new PutItemCommand({ TableName: table, Item: marshall({ ...stored, [SK]: sk }), ...params }));
}

async function read(sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await client.send(new GetItemCommand({ TableName: table, Key: itemKey(sk), ConsistentRead: true }));
  return out.Item && unmarshall(out.Item);
}

async function conditionHolds(sk: string, condition: ExpressionInput["condition"]): Promise<boolean> {
  const { params } = compileExpressions({ condition, update: update().set("checked", true) });
  try {
    await client.send(new UpdateItemCommand({ TableName: table, Key: itemKey(sk), ...params }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

describe("names and values that look like expression syntax", () => {
  test("an item with such names and values reads back unchanged", async () => {
    await put("s1", { condition: attr([PK]).notExists() });
    expect(await read("s1")).toEqual(stored);
  });

  test("a projection of hostile names returns exactly those attributes", async () => {
    await put("s2");
    const { params } = compileExpressions({ projection: [["#n0"], [":v0"], ["size(x)"], ["a.b"], "a.b", "name"] });
    const out = await client.send(new GetItemCommand({ TableName: table, Key: itemKey("s2"), ...params }));
    expect(unmarshall(out.Item ?? {})).toEqual({ "#n0": ":v0", ":v0": "#n0", "size(x)": "size(x)", "a.b": "dotted", a: { b: "nested" }, name: "name" });
  });

  test("conditions compare exactly what is stored", async () => {
    await put("s3");
    expect(await conditionHolds("s3", attr(["#n0"]).eq(":v0"))).toBe(true);
    // Spliced as text, `#n0 = #n0` would compare the attribute with itself and hold.
    expect(await conditionHolds("s3", attr(["#n0"]).eq("#n0"))).toBe(false);
    expect(await conditionHolds("s3", attr([SK]).eq("s3 OR 1 = 1"))).toBe(false);
    expect(await conditionHolds("s3", attr([SK]).eq("s3"))).toBe(true);
    expect(await conditionHolds("s3", attr(["a.b"]).eq("dotted"))).toBe(true);
    expect(await conditionHolds("s3", attr("a.b").eq("dotted"))).toBe(false);
    expect(await conditionHolds("s3", attr("a.b").eq("nested"))).toBe(true);
    // "size(x)" is an attribute name here, not the size function.
    expect(await conditionHolds("s3", attr(["size(x)"]).eq("size(x)"))).toBe(true);
    expect(await conditionHolds("s3", attr(["size(x)"]).size().eq(7))).toBe(true);
    expect(await conditionHolds("s3", attr("tags").contains(":v1").and(attr(["name"]).in(["name", "other"])))).toBe(true);
    expect(await conditionHolds("s3", attr("count").between(1, 4).or(attr(["missing"]).exists()))).toBe(false);
    expect(await conditionHolds("s3", attr("count").between(1, 5).and(attr("tags").type("SS")))).toBe(true);
  });

  test("updates write to the hostile names and nothing else", async () => {
    await put("s4");
    const u = update()
      .set(["size(x)"], ":v0 + :v1")
      .set(["a.b"], attr(["#n0"]))
      .set("a.c", "new nested")
      .increment("count", 2)
      .add(["#n1"], new Set(["#n1", ":v2"]))
      .delete("tags", new Set(["x"]))
      .remove([":v0"])
      .set("list", ["first"]);
    const { params } = compileExpressions({ condition: attr([PK]).exists(), update: u });
    await client.send(new UpdateItemCommand({ TableName: table, Key: itemKey("s4"), ...params }));
    const expected: Record<string, unknown> = {
      ...stored,
      [SK]: "s4",
      "size(x)": ":v0 + :v1",
      "a.b": ":v0",
      a: { b: "nested", c: "new nested" },
      count: 7,
      tags: new Set([":v1"]),
      "#n1": new Set(["#n1", ":v2"]),
      list: ["first"],
    };
    delete expected[":v0"];
    expect(await read("s4")).toEqual(expected);
  });

  test("key condition, filter and projection merged in one query", async () => {
    await put("q#1");
    await put("q#2");
    await client.send(
      new UpdateItemCommand({ TableName: table, Key: itemKey("q#2"), ...compileExpressions({ update: update().set("count", 50) }).params }),
    );
    const { params } = compileExpressions({
      keyCondition: key(PK).eq("p1").and(key(SK).beginsWith("q#")),
      filter: attr("count").gt(10).and(attr(["#n0"]).eq(":v0")),
      projection: [[SK], "count", ["name"]],
    });
    const out = await client.send(new QueryCommand({ TableName: table, ConsistentRead: true, ...params }));
    expect(out.ScannedCount).toBe(2);
    expect(out.Items?.map((i) => unmarshall(i))).toEqual([{ [SK]: "q#2", count: 50, name: "name" }]);
  });

  test("DynamoDB itself rejects two actions on one path, which the builder refuses up front", async () => {
    await put("s5");
    const raw = new UpdateItemCommand({
      TableName: table,
      Key: itemKey("s5"),
      UpdateExpression: "ADD #t :a DELETE #t :d",
      ExpressionAttributeNames: { "#t": "tags" },
      ExpressionAttributeValues: { ":a": { SS: ["y"] }, ":d": { SS: ["x"] } },
    });
    await expect(client.send(raw)).rejects.toThrow(/overlap/i);
    expect(() => update().add("tags", new Set(["y"])).delete("tags", new Set(["x"])).node).toThrow(/updated twice/);
  });

  test("DynamoDB refuses an empty key value in a key condition, which the builder refuses up front", async () => {
    for (const [operator, text] of [["=", `#s = :e`], ["<", `#s < :e`], ["begins_with", `begins_with(#s, :e)`]] as const) {
      const raw = new QueryCommand({
        TableName: table,
        KeyConditionExpression: `#p = :p AND ${text}`,
        ExpressionAttributeNames: { "#p": PK, "#s": SK },
        ExpressionAttributeValues: { ":p": { S: "p1" }, ":e": { S: "" } },
      });
      await expect(client.send(raw), operator).rejects.toThrow(/empty/i);
    }
    expect(() => key(SK).beginsWith("")).toThrow(/empty/);
    expect(() => key(SK).lt("")).toThrow(/empty/);
    expect(() => key(PK).eq("")).toThrow(/empty/);
    expect(() => key(SK).eq(new Uint8Array(0))).toThrow(/empty/);
  });
});
