import { BatchWriteItemCommand, type CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { ServiceError } from "../errors/index.js";
import { createTable } from "./create-table.js";
import { deleteTable } from "./delete-table.js";
import { describeTable } from "./describe-table.js";

const client = localClient();
afterAll(() => client.destroy());

function definition(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk", "lsi1sk"].map((AttributeName) => ({ AttributeName, AttributeType: "S" as const })),
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
    GlobalSecondaryIndexes: [{
      IndexName: "gsi1",
      KeySchema: [{ AttributeName: "gsi1pk", KeyType: "HASH" }, { AttributeName: "gsi1sk", KeyType: "RANGE" }],
      Projection: { ProjectionType: "ALL" },
    }],
    LocalSecondaryIndexes: [{
      IndexName: "lsi1",
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "lsi1sk", KeyType: "RANGE" }],
      Projection: { ProjectionType: "ALL" },
    }],
  };
}

describe("table lifecycle (DynamoDB Local)", () => {
  it("create (with TTL) -> describe counts after writing -> delete", async () => {
    const name = uniqueTableName("table");
    const created = await createTable(client, definition(name), { ttlAttribute: "expiresAt" });
    expect(created).toMatchObject({ name, status: "ACTIVE", itemCount: 0, key: { partition: "pk", sort: "sk" }, ttl: { attribute: "expiresAt", status: "ENABLED" } });
    expect(created.indexes.map((i) => `${i.type}:${i.name}`)).toEqual(["global:gsi1", "local:lsi1"]);

    const again = await createTable(client, definition(name), { ttlAttribute: "expiresAt", ifNotExists: true });
    expect(again.status).toBe("ACTIVE");
    await expect(createTable(client, definition(name))).rejects.toBeInstanceOf(ServiceError);

    const items = Array.from({ length: 20 }, (_, i) => ({ PutRequest: { Item: { pk: { S: "p" }, sk: { S: `s${i}` }, body: { S: "y".repeat(100) } } } }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [name]: items } }));
    const described = await describeTable(client, name);
    expect(described.itemCount).toBe(20);
    expect(described.sizeBytes).toBeGreaterThan(20 * 100);
    expect(described.ttl).toBeUndefined();

    await deleteTable(client, name);
    const gone = await describeTable(client, name).then(() => undefined, (e: unknown) => e);
    expect(gone).toBeInstanceOf(ServiceError);
    expect((gone as ServiceError).code).toBe("service.resourceNotFound");
    await deleteTable(client, name, { ifExists: true });
    await expect(deleteTable(client, name)).rejects.toBeInstanceOf(ServiceError);
  });
});
