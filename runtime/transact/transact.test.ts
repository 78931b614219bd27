import { CreateTableCommand, GetItemCommand, PutItemCommand, type AttributeValue, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { TransactionCanceledError, ValidationError } from "../errors/index.js";
import { transactGet } from "./transact-get.js";
import { transactWrite } from "./transact-write.js";

type Raw = Record<string, AttributeValue>;
const client = localClient();
const TableName = uniqueTableName("tx");
const key = (id: string): Raw => ({ pk: { S: id } });

beforeAll(async () => {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
  }));
  await client.send(new PutItemCommand({ TableName, Item: { pk: { S: "stock" }, qty: { N: "1" } } }));
  await client.send(new PutItemCommand({ TableName, Item: { pk: { S: "customer" }, tier: { S: "pro" } } }));
});
afterAll(() => client.destroy());

async function read(id: string): Promise<Raw | undefined> {
  return (await client.send(new GetItemCommand({ TableName, Key: key(id), ConsistentRead: true }))).Item;
}

describe("transactWrite (DynamoDB Local)", () => {
  it("a cancelled transaction reports one reason per action, the failing one with its current item", async () => {
    const actions: TransactWriteItem[] = [
      { Put: { TableName, Item: { pk: { S: "order-1" } } } },
      { ConditionCheck: { TableName, Key: key("customer"), ConditionExpression: "tier = :pro", ExpressionAttributeValues: { ":pro": { S: "pro" } } } },
      {
        Update: {
          TableName, Key: key("stock"), UpdateExpression: "SET qty = qty - :n",
          ConditionExpression: "qty >= :n", ExpressionAttributeValues: { ":n": { N: "5" } },
        },
      },
    ];
    const error = await transactWrite(client, actions, { unmarshal: (raw, index) => ({ qty: Number(raw.qty?.N), index }) }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    const reasons = (error as TransactionCanceledError).reasons;
    expect(reasons.map((r) => r.code)).toEqual(["None", "None", "ConditionalCheckFailed"]);
    expect(reasons[2]).toMatchObject({ index: 2, code: "ConditionalCheckFailed", item: { qty: 1, index: 2 } });
    expect(reasons[0]?.item).toBeUndefined();
    expect(await read("order-1")).toBeUndefined(); // nothing applied
    expect((error as TransactionCanceledError).httpStatus).toBe(400);
  });

  it("the same ClientRequestToken twice applies once", async () => {
    const actions: TransactWriteItem[] = [
      { Update: { TableName, Key: key("counter"), UpdateExpression: "ADD hits :one", ExpressionAttributeValues: { ":one": { N: "1" } } } },
      { Put: { TableName, Item: { pk: { S: "log-1" } } } },
    ];
    await transactWrite(client, actions, { token: "request-7f3a" });
    await transactWrite(client, actions, { token: "request-7f3a" });
    expect((await read("counter"))?.hits).toEqual({ N: "1" });
    await transactWrite(client, actions, { token: "request-other" });
    expect((await read("counter"))?.hits).toEqual({ N: "2" });
  });

  it("rejects more than 100 actions, no actions, or a bad token before sending", async () => {
    const many: TransactWriteItem[] = Array.from({ length: 101 }, (_, i) => ({ Put: { TableName, Item: { pk: { S: `many-${i}` } } } }));
    await expect(transactWrite(client, many)).rejects.toBeInstanceOf(ValidationError);
    await expect(transactWrite(client, [])).rejects.toThrow(/at least one/);
    await expect(transactWrite(client, many.slice(0, 1), { token: "x".repeat(37) })).rejects.toBeInstanceOf(ValidationError);
    expect(await read("many-0")).toBeUndefined();
    await transactWrite(client, many.slice(0, 100));
    expect(await read("many-99")).toBeDefined();
  });
});

describe("transactGet (DynamoDB Local)", () => {
  it("returns one entry per get, in order, undefined for a missing item", async () => {
    const got = await transactGet(client, [
      { Get: { TableName, Key: key("customer") } },
      { Get: { TableName, Key: key("nobody") } },
      { Get: { TableName, Key: key("stock") } },
    ], { unmarshal: (raw, i) => `${i}:${raw.pk!.S}` });
    expect(got).toEqual(["0:customer", undefined, "2:stock"]);
    await expect(transactGet(client, Array.from({ length: 101 }, () => ({ Get: { TableName, Key: key("x") } })))).rejects.toBeInstanceOf(ValidationError);
  });
});
