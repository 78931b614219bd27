import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { sampleOrder } from "../order/order.js";
import { cannedClient } from "./canned-handler.js";
import { createDocumentClientOperations } from "./document-client.js";
import { createDynagenOperations } from "./dynagen.js";
import { createElectroOperations } from "./electrodb.js";
import type { OrderOperations } from "./operations.js";
import { createRawOperations } from "./raw.js";
import { createToolboxOperations } from "./toolbox.js";
import { verifyOperations } from "./verify.js";

const columns: [string, (client: DynamoDBClient) => OrderOperations][] = [
  ["raw client", createRawOperations],
  ["dynagen", createDynagenOperations],
  ["lib-dynamodb", createDocumentClientOperations],
  ["ElectroDB", createElectroOperations],
  ["dynamodb-toolbox", createToolboxOperations],
];

describe("section 1 columns against the canned handler", () => {
  it.each(columns)("%s sends one request per operation and reads the canned answers", async (_name, create) => {
    const { handler, client } = cannedClient();
    await expect(verifyOperations(create(client), handler)).resolves.toBeUndefined();
    expect(handler.sentCount("Query")).toBe(1);
  });

  it.each(columns)("%s reads the same Order the raw client reads", async (_name, create) => {
    const { client } = cannedClient();
    const key = { customerId: "c1", placedAt: sampleOrder(1).placedAt, orderId: "o00001" };
    const expected = await createRawOperations(client).get(key);
    expect(await create(client).get(key)).toMatchObject(expected!);
  });

  it("the handler refuses an operation it has no answer for", async () => {
    const { client } = cannedClient();
    const { DeleteItemCommand } = await import("@aws-sdk/client-dynamodb");
    await expect(client.send(new DeleteItemCommand({ TableName: "bench", Key: { pk: { S: "x" } } }))).rejects.toThrow(
      /no answer for "DynamoDB_20120810.DeleteItem"/,
    );
  });
});
