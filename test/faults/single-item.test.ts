import { GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDynamoClient, type RetryHookEvent, type RetryOptions } from "dynagen/runtime";
import { DynagenError, ItemExistsError, ConditionFailedError, ServiceError, ThrottledError, toDynagenError } from "dynagen/runtime";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient, localEndpoint } from "../dynamodb-local/client.js";
import { createFaultTable, type FaultTable } from "./fault-table.js";
import { startFaultProxy, type FaultProxy, type FaultRates } from "./fault-proxy.js";

let table: FaultTable;
let proxy: FaultProxy;
const direct = localClient();

beforeAll(async () => {
  table = await createFaultTable("single");
  proxy = await startFaultProxy({ target: localEndpoint(), seed: 11, delayMs: 1500 });
});
afterAll(async () => {
  await proxy.close();
  await table.drop();
});
afterEach(() => proxy.setRates({}));

/** createDynamoClient through the proxy, recording every retry the policy made. */
function client(retry: RetryOptions = {}): { client: DynamoDBClient; retries: RetryHookEvent[] } {
  const retries: RetryHookEvent[] = [];
  const c = createDynamoClient({
    endpoint: proxy.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS,
    requestTimeoutMs: 1000, retry, hooks: { onRetry: (e) => void retries.push(e) },
  });
  return { client: c, retries };
}

const put = (pk: string, extra: Record<string, { N: string }> = {}) =>
  new PutItemCommand({ TableName: table.name, Item: { pk: { S: pk }, ...extra } });
const stored = async (pk: string) =>
  (await direct.send(new GetItemCommand({ TableName: table.name, Key: { pk: { S: pk } }, ConsistentRead: true }))).Item;
const mapped = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => toDynagenError(e));

describe("single-item operations through createDynamoClient under faults", () => {
  it("retries throttles quickly and succeeds on the last allowed attempt", async () => {
    const { client: c, retries } = client();
    const before = proxy.counts.injected.throttle;
    proxy.force("throttle", { times: 4, operation: "PutItem" });
    await c.send(put("throttled-then-ok"));
    expect(proxy.counts.injected.throttle - before).toBe(4);
    expect(retries.map((r) => r.delayMs! <= 200)).toEqual([true, true, true, true]);
    expect(await stored("throttled-then-ok")).toBeDefined();
  });

  it("retries 500/503 after 250-500 ms and succeeds", async () => {
    const { client: c, retries } = client();
    proxy.force("serverError", { times: 2, operation: "PutItem" });
    await c.send(put("server-then-ok"));
    expect(retries).toHaveLength(2);
    for (const r of retries) expect(r.delayMs).toBeGreaterThanOrEqual(250), expect(r.delayMs).toBeLessThanOrEqual(500);
    expect(await stored("server-then-ok")).toBeDefined();
  });

  it("raises ThrottledError after exactly throttleMaxAttempts throttles", async () => {
    const { client: c } = client({ throttleMaxAttempts: 3 });
    const before = proxy.counts.byOperation.PutItem ?? 0;
    proxy.force("throttle", { times: 3, operation: "PutItem" });
    const error = await mapped(c.send(put("throttled-out")));
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ retryable: true, httpStatus: 400, code: "throttle.exceeded" });
    expect((proxy.counts.byOperation.PutItem ?? 0) - before).toBe(3);
    expect(await stored("throttled-out")).toBeUndefined();
  });

  it("raises a retryable ServiceError after serverErrorMaxAttempts 5xx", async () => {
    const { client: c } = client({ serverErrorBaseMs: 10, serverErrorMaxMs: 20 });
    const before = proxy.counts.byOperation.PutItem ?? 0;
    proxy.force("serverError", { times: 3, operation: "PutItem" });
    const error = await mapped(c.send(put("server-out")));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error?.retryable).toBe(true);
    expect([500, 503]).toContain(error?.httpStatus);
    expect((proxy.counts.byOperation.PutItem ?? 0) - before).toBe(3);
  });

  it("retries a reset connection and a timed-out answer as server failures", async () => {
    const { client: c } = client({ serverErrorBaseMs: 10, serverErrorMaxMs: 20 });
    proxy.force("resetBeforeForward", { operation: "PutItem" });
    proxy.force("slowResponse", { operation: "PutItem" });
    await c.send(put("reset-slow-then-ok"));
    expect(await stored("reset-slow-then-ok")).toBeDefined();
    const { client: out } = client({ serverErrorBaseMs: 10, serverErrorMaxMs: 20 });
    proxy.force("slowResponse", { times: 3, operation: "PutItem" });
    const error = await mapped(out.send(put("slow-out")));
    expect(error).toMatchObject({ code: "service.timeout", retryable: true });
  });

  it("never reports a create whose answer was lost as success when it was not verifiably applied", async () => {
    const { client: c } = client({ serverErrorBaseMs: 10, serverErrorMaxMs: 20 });
    proxy.force("resetAfterForward", { operation: "PutItem" });
    const create = new PutItemCommand({
      TableName: table.name, Item: { pk: { S: "created-once" } }, ConditionExpression: "attribute_not_exists(pk)",
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    });
    const error = await c.send(create).then(() => undefined, (e: unknown) => toDynagenError(e, { onExists: true }));
    // The first attempt was applied and its answer lost; the retry then found the item.
    expect(error).toBeInstanceOf(ItemExistsError);
    expect(await stored("created-once")).toEqual({ pk: { S: "created-once" } });
  });

  it("conditional increments under lost answers: every reported success is in the table, every failure is a DynagenError", async () => {
    const { client: c } = client({ serverErrorBaseMs: 5, serverErrorMaxMs: 10, throttleBaseMs: 2, throttleMaxMs: 4 });
    await direct.send(put("counter", { n: { N: "0" } }));
    proxy.setRates({ resetAfterForward: 0.2, slowResponse: 0.05, resetBeforeForward: 0.1, throttle: 0.1, serverError: 0.1 });
    const tally = { succeeded: 0, failedApplied: 0, failedNotApplied: 0 };
    for (let i = 0; i < 60; i++) {
      const current = Number((await stored("counter"))?.n?.N);
      const outcome = await c
        .send(new UpdateItemCommand({
          TableName: table.name, Key: { pk: { S: "counter" } }, UpdateExpression: "SET n = :next",
          ConditionExpression: "n = :current", ExpressionAttributeValues: { ":current": { N: String(current) }, ":next": { N: String(current + 1) } },
        }))
        .then(() => undefined, (e: unknown) => toDynagenError(e));
      const after = Number((await stored("counter"))?.n?.N);
      if (outcome === undefined) {
        expect(after).toBe(current + 1);
        tally.succeeded++;
      } else {
        expect(outcome).toBeInstanceOf(DynagenError);
        expect([ConditionFailedError, ServiceError, ThrottledError].some((k) => outcome instanceof k)).toBe(true);
        expect([current, current + 1]).toContain(after);
        after === current ? tally.failedNotApplied++ : tally.failedApplied++;
      }
    }
    proxy.setRates({});
    expect(tally.succeeded + tally.failedApplied + tally.failedNotApplied).toBe(60);
    expect(tally.failedApplied).toBeGreaterThan(0); // the dangerous case did happen and was surfaced
    console.info(`conditional increments under faults: ${JSON.stringify(tally)}`);
  }, 120_000);
});
