import { BatchGetItemCommand, BatchWriteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { localClient, localEndpoint } from "../dynamodb-local/client.js";
import { createFaultTable, type FaultTable } from "./fault-table.js";
import { startFaultProxy, type FaultProxy, type FaultRates } from "./fault-proxy.js";

let table: FaultTable;
let proxy: FaultProxy | undefined;

beforeAll(async () => void (table = await createFaultTable("proxy")));
afterAll(() => table.drop());
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** A plain SDK client through the proxy: one attempt, so every injected fault is visible. */
function through(p: FaultProxy, requestTimeout = 3000): DynamoDBClient {
  return localClient({ endpoint: p.endpoint, maxAttempts: 1, requestHandler: new NodeHttpHandler({ requestTimeout, connectionTimeout: 1000, throwOnRequestTimeout: true }) });
}

async function start(rates: FaultRates = {}, seed = 7, delayMs?: number): Promise<FaultProxy> {
  proxy = await startFaultProxy({ target: localEndpoint(), seed, rates, delayMs });
  return proxy;
}

const put = (pk: string) => new PutItemCommand({ TableName: table.name, Item: { pk: { S: pk } } });
const stored = async (pk: string) => (await localClient().send(new GetItemCommand({ TableName: table.name, Key: { pk: { S: pk } }, ConsistentRead: true }))).Item;
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected the request to fail"); }, (e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } });

describe("fault proxy", () => {
  it("forwards untouched when no fault is drawn", async () => {
    const p = await start();
    await through(p).send(put("plain"));
    expect(await stored("plain")).toEqual({ pk: { S: "plain" } });
    expect(p.counts).toMatchObject({ requests: 1, forwarded: 1, byOperation: { PutItem: 1 } });
  });

  it("answers throttles of both DynamoDB types without forwarding", async () => {
    const p = await start({ throttle: 1 });
    const errors = await Promise.all(Array.from({ length: 20 }, (_, i) => failure(through(p).send(put(`throttled-${i}`)))));
    expect(new Set(errors.map((e) => e.name))).toEqual(new Set(["ProvisionedThroughputExceededException", "ThrottlingException"]));
    expect(errors.every((e) => e.$metadata?.httpStatusCode === 400)).toBe(true);
    expect(p.counts.injected.throttle).toBe(20);
    expect(p.counts.throttles.ProvisionedThroughputExceededException + p.counts.throttles.ThrottlingException).toBe(20);
    expect(p.counts.forwarded).toBe(0);
    expect(await stored("throttled-0")).toBeUndefined();
  });

  it("answers 500 and 503 without forwarding", async () => {
    const p = await start({ serverError: 1 });
    const errors = await Promise.all(Array.from({ length: 20 }, (_, i) => failure(through(p).send(put(`failed-${i}`)))));
    expect(new Set(errors.map((e) => e.$metadata?.httpStatusCode))).toEqual(new Set([500, 503]));
    expect(new Set(errors.map((e) => e.name))).toEqual(new Set(["InternalServerError", "ServiceUnavailable"]));
    expect(p.counts.injected.serverError).toBe(20);
    expect(p.counts.serverErrors[500] + p.counts.serverErrors[503]).toBe(20);
    expect(p.counts.forwarded).toBe(0);
  });

  it("resets the connection before forwarding: the database never sees the write", async () => {
    const p = await start();
    p.force("resetBeforeForward", { operation: "PutItem" });
    const error = await failure(through(p).send(put("reset-before")));
    expect(error.message).toMatch(/ECONNRESET|socket hang up/);
    expect(await stored("reset-before")).toBeUndefined();
    expect(p.counts).toMatchObject({ forwarded: 0, injected: { resetBeforeForward: 1 } });
  });

  it("resets the connection after forwarding: the write is applied but its answer is lost", async () => {
    const p = await start();
    p.force("resetAfterForward", { operation: "PutItem" });
    const error = await failure(through(p).send(put("reset-after")));
    expect(error.message).toMatch(/ECONNRESET|socket hang up/);
    expect(await stored("reset-after")).toEqual({ pk: { S: "reset-after" } });
    expect(p.counts).toMatchObject({ forwarded: 1, injected: { resetAfterForward: 1 } });
  });

  it("holds an answer past the client's timeout after the write was applied", async () => {
    const p = await start({}, 7, 1500);
    p.force("slowResponse");
    const error = await failure(through(p, 300).send(put("slow")));
    expect(error.name).toBe("TimeoutError");
    expect(await stored("slow")).toEqual({ pk: { S: "slow" } });
    expect(p.counts).toMatchObject({ forwarded: 1, injected: { slowResponse: 1 } });
  });

  it("forwards part of a BatchWriteItem and reports the rest as UnprocessedItems", async () => {
    const p = await start();
    p.force("partialBatch", { operation: "BatchWriteItem" });
    const pks = Array.from({ length: 25 }, (_, i) => `batch-${i}`);
    const out = await through(p).send(
      new BatchWriteItemCommand({ RequestItems: { [table.name]: pks.map((pk) => ({ PutRequest: { Item: { pk: { S: pk } } } })) } }),
    );
    const unprocessed = (out.UnprocessedItems?.[table.name] ?? []).map((r) => r.PutRequest?.Item?.pk?.S);
    expect(unprocessed.length).toBe(p.counts.withheldBatchEntries);
    expect(unprocessed.length).toBeGreaterThan(0);
    expect(unprocessed.length).toBeLessThan(25);
    const written = (await table.scanAll()).map((i) => (i as { pk: { S: string } }).pk.S).filter((pk) => pk.startsWith("batch-"));
    expect([...written, ...unprocessed].sort()).toEqual([...pks].sort());
    expect(written.some((pk) => unprocessed.includes(pk))).toBe(false);
  });

  it("forwards part of a BatchGetItem and reports the rest as UnprocessedKeys, settings kept", async () => {
    const p = await start();
    const pks = Array.from({ length: 30 }, (_, i) => `get-${i}`);
    await localClient().send(new BatchWriteItemCommand({ RequestItems: { [table.name]: pks.slice(0, 25).map((pk) => ({ PutRequest: { Item: { pk: { S: pk } } } })) } }));
    await localClient().send(new BatchWriteItemCommand({ RequestItems: { [table.name]: pks.slice(25).map((pk) => ({ PutRequest: { Item: { pk: { S: pk } } } })) } }));
    p.force("partialBatch", { operation: "BatchGetItem" });
    const out = await through(p).send(
      new BatchGetItemCommand({ RequestItems: { [table.name]: { Keys: pks.map((pk) => ({ pk: { S: pk } })), ConsistentRead: true } } }),
    );
    const got = (out.Responses?.[table.name] ?? []).map((i) => i.pk?.S);
    const left = out.UnprocessedKeys?.[table.name];
    expect(left?.ConsistentRead).toBe(true);
    expect(left?.Keys?.length).toBe(p.counts.withheldBatchEntries);
    expect([...got, ...(left?.Keys ?? []).map((k) => k.pk?.S)].sort()).toEqual([...pks].sort());
    expect(got.length).toBeGreaterThan(0);
  });

  it("draws the same faults in the same order for the same seed", async () => {
    const rates = { throttle: 0.2, serverError: 0.2 };
    const outcomes = async (seed: number) => {
      const p = await startFaultProxy({ target: localEndpoint(), seed, rates });
      const client = through(p);
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) seen.push(await client.send(put(`seeded-${i}`)).then(() => "ok", (e: Error) => e.name));
      await p.close();
      return seen;
    };
    const first = await outcomes(42);
    expect(await outcomes(42)).toEqual(first);
    expect(new Set(first).size).toBeGreaterThanOrEqual(3);
  });
});
