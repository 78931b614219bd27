import { GetItemCommand, TransactWriteItemsCommand, type TransactWriteItemsCommandInput } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoClient } from "dynagen/runtime";
import { toDynagenError, transactWrite } from "dynagen/runtime";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient, localEndpoint } from "../dynamodb-local/client.js";
import { createFaultTable, type FaultTable } from "./fault-table.js";
import { startFaultProxy, type FaultProxy } from "./fault-proxy.js";

let table: FaultTable;
let proxy: FaultProxy;
const direct = localClient();

beforeAll(async () => {
  table = await createFaultTable("tx");
  proxy = await startFaultProxy({ target: localEndpoint(), seed: 5, delayMs: 1500 });
});
afterAll(async () => {
  await proxy.close();
  await table.drop();
});

const client = (serverErrorMaxAttempts = 3) =>
  createDynamoClient({
    endpoint: proxy.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, requestTimeoutMs: 1000,
    retry: { serverErrorBaseMs: 10, serverErrorMaxMs: 20, serverErrorMaxAttempts },
  });

/** Adds 1 to `n` of two items in one transaction: applied twice, it would leave 2. */
const increment = (a: string, b: string, token?: string): TransactWriteItemsCommandInput => ({
  ClientRequestToken: token,
  TransactItems: [a, b].map((pk) => ({
    Update: { TableName: table.name, Key: { pk: { S: pk } }, UpdateExpression: "ADD n :one", ExpressionAttributeValues: { ":one": { N: "1" } } },
  })),
});
const counter = async (pk: string) =>
  Number((await direct.send(new GetItemCommand({ TableName: table.name, Key: { pk: { S: pk } }, ConsistentRead: true }))).Item?.n?.N ?? 0);

describe("TransactWriteItems with a ClientRequestToken under lost answers", () => {
  it("the SDK's retry after a forwarded-then-reset attempt is applied once (explicit token)", async () => {
    const sent = proxy.counts.byOperation.TransactWriteItems ?? 0;
    const forwardedBefore = proxy.counts.forwarded;
    proxy.force("resetAfterForward", { operation: "TransactWriteItems" });
    await client().send(new TransactWriteItemsCommand(increment("tx-a1", "tx-b1", "token-explicit-1")));
    expect((proxy.counts.byOperation.TransactWriteItems ?? 0) - sent).toBe(2);
    expect(proxy.counts.forwarded - forwardedBefore).toBe(2); // the database saw it twice
    expect([await counter("tx-a1"), await counter("tx-b1")]).toEqual([1, 1]);
  });

  it("the token the SDK fills in is kept across its retries: applied once after a timed-out attempt", async () => {
    proxy.force("slowResponse", { operation: "TransactWriteItems" });
    await client().send(new TransactWriteItemsCommand(increment("tx-a2", "tx-b2")));
    expect([await counter("tx-a2"), await counter("tx-b2")]).toEqual([1, 1]);
  });

  it("a caller who gets an error and resends with the same token does not apply it twice", async () => {
    proxy.force("resetAfterForward", { times: 2, operation: "TransactWriteItems" });
    const error = await client(2).send(new TransactWriteItemsCommand(increment("tx-a3", "tx-b3", "token-caller-3"))).then(
      () => undefined,
      (e: unknown) => toDynagenError(e),
    );
    expect(error).toMatchObject({ code: expect.stringMatching(/^service\.(network|timeout)$/), retryable: true });
    expect(await counter("tx-a3")).toBe(1); // applied, although the caller was told it failed
    await client().send(new TransactWriteItemsCommand(increment("tx-a3", "tx-b3", "token-caller-3")));
    expect([await counter("tx-a3"), await counter("tx-b3")]).toEqual([1, 1]);
  });

  it("a new token is a new transaction (the idempotency is the token's, not the content's)", async () => {
    await client().send(new TransactWriteItemsCommand(increment("tx-a4", "tx-b4", "token-4a")));
    await client().send(new TransactWriteItemsCommand(increment("tx-a4", "tx-b4", "token-4b")));
    expect(await counter("tx-a4")).toBe(2);
  });

  it("the runtime's transactWrite with a token, retried after a forwarded-then-reset attempt, is applied once", async () => {
    proxy.force("resetAfterForward", { operation: "TransactWriteItems" });
    const actions = increment("tx-a5", "tx-b5").TransactItems ?? [];
    await transactWrite(client(), actions, { token: "token-runtime-5" });
    expect([await counter("tx-a5"), await counter("tx-b5")]).toEqual([1, 1]);
  });
});
