import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startFakeDynamoDB, type FakeDynamoDB } from "../../test/http/fake-dynamodb.js";
import { FAKE_CLIENT, recordingSleep } from "../../test/http/recording-sleep.js";
import { startUnacceptingListener } from "../../test/http/unaccepting-listener.js";
import { createDynamoClient } from "./create-dynamo-client.js";
import { connectionSettings } from "./options.js";

let fake: FakeDynamoDB;
beforeAll(async () => {
  fake = await startFakeDynamoDB();
});
afterAll(() => fake.close());

const get = new GetItemCommand({ TableName: "shop", Key: { pk: { S: "x" } } });

describe("connections", () => {
  it("reuses one socket for sequential requests (keep-alive)", async () => {
    fake.script([], ok());
    const before = fake.connections();
    const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint });
    await client.send(get);
    await client.send(get);
    await client.send(get);
    expect(fake.connections() - before).toBe(1);
    client.destroy();
  });

  it("opens a connection per request with keepAlive: false", async () => {
    fake.script([], ok());
    const before = fake.connections();
    const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint, keepAlive: false });
    await client.send(get);
    await client.send(get);
    expect(fake.connections() - before).toBe(2);
    client.destroy();
  });

  it("bounds parallel requests by maxSockets", async () => {
    fake.script([], ok());
    const before = fake.connections();
    const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint, maxSockets: 2 });
    await Promise.all(Array.from({ length: 6 }, () => client.send(get)));
    expect(fake.connections() - before).toBe(2);
    client.destroy();
  });

  it("gives up connecting after connectTimeoutMs with a TimeoutError, retried as transient", async () => {
    const listener = await startUnacceptingListener();
    try {
      const recorder = recordingSleep();
      const client = createDynamoClient({
        ...FAKE_CLIENT,
        endpoint: listener.endpoint,
        connectTimeoutMs: 150,
        retry: { sleep: recorder.sleep, random: () => 0, serverErrorMaxAttempts: 2 },
      });
      const error = await client.send(get).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "TimeoutError", $metadata: { attempts: 2 } });
      expect((error as Error).message).toContain("did not establish a connection");
      expect(recorder.waits).toEqual([250]);
      client.destroy();
    } finally {
      listener.close();
    }
  });

  it("applies the documented defaults and rejects nonsense", () => {
    expect(connectionSettings({})).toEqual({ connectTimeoutMs: 1000, requestTimeoutMs: 1000, keepAlive: true, maxSockets: 50 });
    expect(() => connectionSettings({ requestTimeoutMs: 0 })).toThrow(/requestTimeoutMs/);
    expect(() => connectionSettings({ maxSockets: -1 })).toThrow(/maxSockets/);
  });
});
