import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dynamoError, ok, reset, serverError, slow, startFakeDynamoDB, throttled, type FakeDynamoDB } from "../../test/http/fake-dynamodb.js";
import { FAKE_CLIENT, recordingSleep, sequence } from "../../test/http/recording-sleep.js";
import { ServiceError, ThrottledError, toDynagenError } from "../errors/index.js";
import { createDynamoClient } from "./create-dynamo-client.js";
import type { RetryOptions } from "./retry-policy.js";

let fake: FakeDynamoDB;
beforeAll(async () => {
  fake = await startFakeDynamoDB();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.clearRequests();
});

const get = new GetItemCommand({ TableName: "shop", Key: { pk: { S: "CUSTOMER#c1" } } });

function clientWith(retry: RetryOptions = {}) {
  const recorder = recordingSleep();
  const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint, retry: { sleep: recorder.sleep, random: () => 0.5, ...retry } });
  return { client, waits: recorder.waits };
}

describe("retries through a scripted DynamoDB endpoint", () => {
  it("retries throttles fast, with little backoff, then succeeds", async () => {
    fake.script([throttled(), dynamoError("ThrottlingException"), dynamoError("RequestLimitExceeded"), ok({ Item: { pk: { S: "x" } } })]);
    const { client, waits } = clientWith({ random: sequence(0, 0.5, 1) });
    const out = await client.send(get);
    expect(out.Item).toEqual({ pk: { S: "x" } });
    expect(out.$metadata.attempts).toBe(4);
    expect(fake.requests.map((r) => r.operation)).toEqual(["GetItem", "GetItem", "GetItem", "GetItem"]);
    // ceilings 50, 100, 200 with equal jitter: half + random * half
    expect(waits).toEqual([25, 75, 200]);
  });

  it("retries 500 and 503 after 250-500 ms of jitter", async () => {
    fake.script([serverError(500), serverError(503), ok()]);
    const { client, waits } = clientWith({ random: sequence(0, 0.999) });
    const out = await client.send(get);
    expect(out.$metadata.attempts).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  it("starts throttle backoff afresh after a server error", async () => {
    fake.script([throttled(), serverError(500), dynamoError("ThrottlingException"), ok()]);
    const { client, waits } = clientWith({ random: () => 0.5 });
    const out = await client.send(get);
    expect(out.$metadata.attempts).toBe(4);
    // the second throttle waits as a first one (25-50 ms), not as a third retry (100-200 ms)
    expect(waits).toEqual([38, 375, 38]);
  });

  it("never retries client errors", async () => {
    for (const type of ["ValidationException", "ConditionalCheckFailedException"]) {
      fake.clearRequests();
      fake.script([dynamoError(type)]);
      const { client, waits } = clientWith();
      const error = await client.send(get).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: type, $metadata: { httpStatusCode: 400, attempts: 1 } });
      expect(fake.requests).toHaveLength(1);
      expect(waits).toEqual([]);
    }
  });

  it("stops after the throttle bound and throws the last error with $metadata.attempts", async () => {
    fake.script([], throttled());
    const { client, waits } = clientWith({ throttleMaxAttempts: 4 });
    const error = await client.send(get).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ProvisionedThroughputExceededException", $metadata: { attempts: 4, httpStatusCode: 400 } });
    expect((error as { $metadata: { requestId?: string } }).$metadata.requestId).toMatch(/^fake-/);
    expect(fake.requests).toHaveLength(4);
    expect(waits).toHaveLength(3);
  });

  it("bounds server errors separately (default 3 attempts)", async () => {
    fake.script([], serverError(500));
    const { client } = clientWith();
    const error = await client.send(get).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "InternalServerError", $metadata: { attempts: 3, httpStatusCode: 500 } });
    expect(fake.requests).toHaveLength(3);
  });

  it("treats a connection reset as transient and retries it slowly", async () => {
    fake.script([reset(), ok()]);
    const { client, waits } = clientWith({ random: () => 0 });
    const out = await client.send(new PutItemCommand({ TableName: "shop", Item: { pk: { S: "a" } } }));
    expect(out.$metadata.attempts).toBe(2);
    expect(waits).toEqual([250]);
  });

  it("turns a slow answer into a TimeoutError and retries it as transient", async () => {
    fake.script([slow(2_000), ok({ Item: { pk: { S: "late" } } })]);
    const recorder = recordingSleep();
    const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint, requestTimeoutMs: 150, retry: { sleep: recorder.sleep, random: () => 0 } });
    const out = await client.send(get);
    expect(out.Item).toEqual({ pk: { S: "late" } });
    expect(out.$metadata.attempts).toBe(2);
    expect(recorder.waits).toEqual([250]);
  });

  it("gives up on timeouts after the server-error bound with a TimeoutError", async () => {
    fake.script([], slow(2_000));
    const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint, requestTimeoutMs: 100, retry: { sleep: recordingSleep().sleep, serverErrorMaxAttempts: 2 } });
    const error = await client.send(get).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", $metadata: { attempts: 2 } });
    expect(fake.requests).toHaveLength(2);
  });
});

describe("mapping the final error", () => {
  it("keeps the attempt count on the SDK error that toDynagenError wraps", async () => {
    fake.script([], throttled());
    const { client } = clientWith({ throttleMaxAttempts: 3 });
    const mapped = toDynagenError(await client.send(get).catch((e: unknown) => e));
    expect(mapped).toBeInstanceOf(ThrottledError);
    expect(mapped.retryable).toBe(true);
    expect(mapped.httpStatus).toBe(400);
    expect((mapped.cause as { $metadata: { attempts: number } }).$metadata.attempts).toBe(3);
  });

  it("maps exhausted server errors to a retryable ServiceError", async () => {
    fake.script([], serverError(503));
    const { client } = clientWith();
    const mapped = toDynagenError(await client.send(get).catch((e: unknown) => e));
    expect(mapped).toBeInstanceOf(ServiceError);
    expect(mapped).toMatchObject({ retryable: true, httpStatus: 503 });
    expect((mapped.cause as { $metadata: { attempts: number } }).$metadata.attempts).toBe(3);
  });
});
