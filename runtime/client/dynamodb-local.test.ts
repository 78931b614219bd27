import { CreateTableCommand, DeleteTableCommand, GetItemCommand, PutItemCommand, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoint, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { createDynamoClient } from "./create-dynamo-client.js";
import type { LogFields } from "./logger.js";

const table = uniqueTableName("client");
const lines: { message: string; fields?: LogFields }[] = [];
const record = (message: string, fields?: LogFields) => void lines.push({ message, fields });
const client = createDynamoClient({
  endpoint: localEndpoint(),
  region: LOCAL_REGION,
  credentials: LOCAL_CREDENTIALS,
  // Table creation on DynamoDB Local can take longer than the 1 s default on a busy machine.
  requestTimeoutMs: 10_000,
  logger: { debug: record, info: record, warn: record, error: record },
});

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
  client.destroy();
});

describe("createDynamoClient against DynamoDB Local", () => {
  it("creates a table, puts and gets an item", async () => {
    await client.send(new CreateTableCommand({
      TableName: table,
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    }));
    await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 30 }, { TableName: table });
    await client.send(new PutItemCommand({ TableName: table, Item: { pk: { S: "CUSTOMER#c1" }, name: { S: "Ann" } } }));
    const got = await client.send(new GetItemCommand({ TableName: table, Key: { pk: { S: "CUSTOMER#c1" } }, ConsistentRead: true }));
    expect(got.Item).toEqual({ pk: { S: "CUSTOMER#c1" }, name: { S: "Ann" } });
    expect(got.$metadata.attempts).toBe(1);
    const operations = lines.map((l) => l.fields?.operation);
    expect(operations).toContain("CreateTable");
    expect(operations.slice(-2)).toEqual(["PutItem", "GetItem"]);
    expect(lines.at(-1)?.fields?.table).toBe(table);
    expect(JSON.stringify(lines)).not.toContain("Ann");
  });
});
