import { CreateTableCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { compileExpressions, key } from "../expressions/index.js";
import type { SortTemplatePart } from "./descriptor.js";
import { sortKeyCondition } from "./sort-condition.js";

const MAX = "\u{10FFFF}";
const PREFIXED: SortTemplatePart[] = ["AT#", { slot: "at" }, "#", { slot: "id" }];
const BARE: SortTemplatePart[] = [{ slot: "at" }, "#", { slot: "id" }];

function compiled(parts: readonly SortTemplatePart[], given: Record<string, unknown>) {
  const condition = key("pk").eq("P").and(sortKeyCondition("sk", parts, given)!);
  return compileExpressions({ keyCondition: condition }).params;
}

describe("sortKeyCondition", () => {
  it("keeps lt and lte inside the literal prefix with BETWEEN", () => {
    const lte = compiled(PREFIXED, { at: { lte: "2026-02" } });
    expect(lte.KeyConditionExpression).toBe("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
    expect(lte.ExpressionAttributeValues![":v1"]).toEqual({ S: "AT#" });
    expect(lte.ExpressionAttributeValues![":v2"]).toEqual({ S: `AT#2026-02#${MAX}` });
  });

  it("uses plain < and <= when the template starts with a slot (no empty lower bound)", () => {
    const lt = compiled(BARE, { at: { lt: "2026-02" } });
    expect(lt.KeyConditionExpression).toBe("#n0 = :v0 AND #n1 < :v1");
    expect(lt.ExpressionAttributeValues![":v1"]).toEqual({ S: "2026-02" });
    const lte = compiled(BARE, { at: { lte: "2026-02" } });
    expect(lte.KeyConditionExpression).toBe("#n0 = :v0 AND #n1 <= :v1");
    expect(lte.ExpressionAttributeValues![":v1"]).toEqual({ S: `2026-02#${MAX}` });
  });

  it("reads an empty beginsWith on a bare template as no sort condition (DynamoDB refuses begins_with \"\")", () => {
    expect(sortKeyCondition("sk", BARE, { at: { beginsWith: "" } })).toBeUndefined();
    expect(compiled(PREFIXED, { at: { beginsWith: "" } }).ExpressionAttributeValues![":v1"]).toEqual({ S: "AT#" });
    expect(compiled(BARE, { at: { beginsWith: "20" } }).KeyConditionExpression).toBe("#n0 = :v0 AND begins_with(#n1, :v1)");
  });

  it("answers lt and lte on a bare template exactly against DynamoDB Local", async () => {
    const client = localClient();
    const TableName = uniqueTableName("sortcond");
    await client.send(new CreateTableCommand({
      TableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }, { AttributeName: "sk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
    }));
    for (const sk of ["2026-01#a", "2026-02#a", "2026-02#b", "2026-03#a"]) {
      await client.send(new PutItemCommand({ TableName, Item: { pk: { S: "P" }, sk: { S: sk } } }));
    }
    const read = async (given: Record<string, unknown>) =>
      (await client.send(new QueryCommand({ TableName, ...compiled(BARE, given) }))).Items!.map((i) => i.sk!.S);
    expect(await read({ at: { lt: "2026-02" } })).toEqual(["2026-01#a"]);
    expect(await read({ at: { lte: "2026-02" } })).toEqual(["2026-01#a", "2026-02#a", "2026-02#b"]);
  });
});
