import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchWriter, ThrottledError, batchGet, createDynamoClient, itemKeyString, type RetryOptions } from "dynagen/runtime";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient, localEndpoint } from "../dynamodb-local/client.js";
import { createFaultTable, type FaultTable } from "./fault-table.js";
import { startFaultProxy, type FaultProxy } from "./fault-proxy.js";

const STORED = 1200;
let table: FaultTable;
let proxy: FaultProxy;
const pkOf = (i: number) => `get-${String(i).padStart(5, "0")}`;
const key = (pk: string) => ({ pk: { S: pk } });

beforeAll(async () => {
  table = await createFaultTable("batchg");
  proxy = await startFaultProxy({ target: localEndpoint(), seed: 77, delayMs: 1500 });
  const writer = new BatchWriter(localClient(), { maxInFlight: 8 });
  const target = { tableName: table.name, keyAttributes: ["pk"] };
  for (let i = 0; i < STORED; i++) await writer.put(target, { pk: { S: pkOf(i) }, n: { N: String(i) } });
  await writer.close();
});
afterAll(async () => {
  await proxy.close();
  await table.drop();
});

const through = (retry: RetryOptions = {}) =>
  createDynamoClient({ endpoint: proxy.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, requestTimeoutMs: 1000, retry });

describe("batchGet through injected faults", () => {
  it("returns every existing key, and names every missing one, under partial responses and failures", async () => {
    const existing = Array.from({ length: STORED }, (_, i) => pkOf(i));
    const absent = Array.from({ length: 100 }, (_, i) => `absent-${i}`);
    const asked = [...existing, ...absent, ...existing.slice(0, 50)].map(key); // duplicates asked once
    const before = { ...proxy.counts.injected };
    proxy.setRates({ partialBatch: 0.5, throttle: 0.1, serverError: 0.05, resetBeforeForward: 0.05, resetAfterForward: 0.05, slowResponse: 0.02 });
    const result = await batchGet(through({ serverErrorBaseMs: 10, serverErrorMaxMs: 20, throttleBaseMs: 2, throttleMaxMs: 5, serverErrorMaxAttempts: 6 }),
      { tableName: table.name, keyAttributes: ["pk"] }, asked, { maxAttempts: 30, baseDelayMs: 2, maxDelayMs: 20, consistentRead: true });
    proxy.setRates({});
    expect(result.items.size).toBe(STORED);
    for (const [i, pk] of existing.entries()) expect(result.items.get(itemKeyString(key(pk), ["pk"]))).toEqual({ pk: { S: pk }, n: { N: String(i) } });
    expect(result.missing.map((k) => k.pk.S).sort()).toEqual([...absent].sort());
    const injected = Object.fromEntries(Object.entries(proxy.counts.injected).map(([k, v]) => [k, v - (before[k as keyof typeof before] ?? 0)]));
    expect(injected.partialBatch).toBeGreaterThan(0);
    console.info(`batchGet ${STORED} stored + 100 absent keys: found ${result.items.size}, missing ${result.missing.length}; injected ${JSON.stringify(injected)}`);
  }, 60_000);

  it("throws ThrottledError, never a short answer, when unprocessed keys outlast the attempts", async () => {
    proxy.force("partialBatch", { times: 2, operation: "BatchGetItem" });
    const asked = Array.from({ length: 40 }, (_, i) => key(pkOf(i)));
    const error = await batchGet(through(), { tableName: table.name, keyAttributes: ["pk"] }, asked, { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ThrottledError);
  });
});
