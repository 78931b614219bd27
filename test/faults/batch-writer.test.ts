import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchWriteError, BatchWriter, createDynamoClient, type RetryOptions, type UnwrittenItem } from "dynagen/runtime";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoint } from "../dynamodb-local/client.js";
import { createFaultTable, type FaultTable } from "./fault-table.js";
import { startFaultProxy, type FaultProxy, type FaultRates } from "./fault-proxy.js";

let proxy: FaultProxy;
const tables: FaultTable[] = [];

beforeAll(async () => {
  proxy = await startFaultProxy({ target: localEndpoint(), seed: 2024, delayMs: 1500 });
});
afterAll(async () => {
  await proxy.close();
  await Promise.all(tables.map((t) => t.drop()));
});

const through = (retry: RetryOptions) =>
  createDynamoClient({ endpoint: proxy.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, requestTimeoutMs: 1000, retry });

const pkOf = (i: number) => `item-${String(i).padStart(5, "0")}`;

/** Writes `count` items through the proxy under `rates`; returns the table's keys and the error's keys. */
async function writeUnderFaults(count: number, rates: FaultRates, writerOptions: ConstructorParameters<typeof BatchWriter>[1], retry: RetryOptions) {
  const table = await createFaultTable("batchw");
  tables.push(table);
  const target = { tableName: table.name, keyAttributes: ["pk"] };
  const writer = new BatchWriter(through(retry), writerOptions);
  const before = snapshot(proxy.counts.injected);
  proxy.setRates(rates);
  let failed: readonly UnwrittenItem[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const pk = pkOf(i);
      await writer.put(target, { pk: { S: pk }, n: { N: String(i) }, body: { S: `payload ${i}` } }, pk);
    }
    await writer.close();
  } catch (error) {
    expect(error).toBeInstanceOf(BatchWriteError);
    failed = (error as BatchWriteError).items;
  } finally {
    proxy.setRates({});
  }
  const injected = Object.fromEntries(Object.entries(proxy.counts.injected).map(([k, v]) => [k, v - (before[k] ?? 0)]));
  const stored = await table.scanAll();
  for (const item of stored) expect(item).toEqual({ pk: item.pk, n: { N: String(Number((item.pk as { S: string }).S.slice(5))) }, body: { S: `payload ${Number((item.pk as { S: string }).S.slice(5))}` } });
  return { stored: stored.map((i) => (i.pk as { S: string }).S), failed: failed.map((f) => f.item as string), injected };
}

const snapshot = (counts: Record<string, number>) => ({ ...counts });
const input = (count: number) => Array.from({ length: count }, (_, i) => pkOf(i));

describe("BatchWriter through injected faults", () => {
  it("writes 5,000 items under heavy faults and loses none", async () => {
    const rates = { partialBatch: 0.3, throttle: 0.15, serverError: 0.08, resetBeforeForward: 0.04, resetAfterForward: 0.04, slowResponse: 0.02 };
    const run = await writeUnderFaults(5000, rates, { maxInFlight: 8, maxAttempts: 50, baseDelayMs: 5, maxDelayMs: 100 },
      { throttleBaseMs: 5, throttleMaxMs: 20, serverErrorBaseMs: 20, serverErrorMaxMs: 40, throttleMaxAttempts: 10, serverErrorMaxAttempts: 10 });
    expect(run.failed).toEqual([]);
    expect(run.stored.sort()).toEqual(input(5000));
    for (const kind of Object.keys(rates)) expect(run.injected[kind], kind).toBeGreaterThan(0);
    console.info(`BatchWriter 5,000 items: written ${run.stored.length}, lost 0, reported 0; injected ${JSON.stringify(run.injected)}`);
  }, 120_000);

  it("when attempts run out, BatchWriteError holds exactly the items not written", async () => {
    // Only faults that never apply a write: the error's items and the table are then disjoint.
    const rates = { partialBatch: 0.45, throttle: 0.25, serverError: 0.1, resetBeforeForward: 0.05 };
    const run = await writeUnderFaults(1000, rates, { maxInFlight: 4, maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
      { throttleMaxAttempts: 1, serverErrorMaxAttempts: 1 });
    expect(run.failed.length).toBeGreaterThan(0);
    expect(run.stored.length).toBeGreaterThan(0);
    expect(run.stored.filter((pk) => run.failed.includes(pk))).toEqual([]);
    expect([...run.stored, ...run.failed].sort()).toEqual(input(1000));
    console.info(`BatchWriter exhausted, 1,000 items: written ${run.stored.length}, reported ${run.failed.length}, lost 0; injected ${JSON.stringify(run.injected)}`);
  }, 120_000);

  it("with lost answers too, every item is either in the table or in the error: nothing is lost silently", async () => {
    const rates = { partialBatch: 0.3, throttle: 0.2, serverError: 0.1, resetAfterForward: 0.15, slowResponse: 0.05 };
    const run = await writeUnderFaults(1000, rates, { maxInFlight: 4, maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
      { throttleMaxAttempts: 1, serverErrorMaxAttempts: 1 });
    const union = new Set([...run.stored, ...run.failed]);
    expect([...union].sort()).toEqual(input(1000));
    expect(run.failed.length).toBeGreaterThan(0);
    // A reported item may have been written by an attempt whose answer was lost: a put is idempotent, so retrying it is safe.
    const ambiguous = run.failed.filter((pk) => run.stored.includes(pk)).length;
    console.info(`BatchWriter with lost answers, 1,000 items: written ${run.stored.length}, reported ${run.failed.length} (of which ${ambiguous} were in fact written), lost 0; injected ${JSON.stringify(run.injected)}`);
  }, 120_000);
});
