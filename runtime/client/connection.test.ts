import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startFakeDynamoDB, type FakeDynamoDB } from "../../test/http/fake-dynamodb.js";
import { FAKE_CLIENT, recordingSleep } from "../../test/http/recording-sleep.js";
import { startUnacceptingListener } from "../../test/http/unaccepting-listener.js";
import { toDynagenError } from "../errors/index.js";
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

  it("ends an attempt whose body stalls after the headers with a TimeoutError, retried as transient", async () => {
    const server = await startStallingServer(1);
    try {
      const recorder = recordingSleep();
      const retry = { sleep: recorder.sleep, random: () => 0 };
      const client = createDynamoClient({ ...FAKE_CLIENT, endpoint: server.endpoint, requestTimeoutMs: 150, retry });
      const out = await within(3_000, client.send(get));
      expect(out.Item).toEqual({ pk: { S: "x" } });
      expect(out.$metadata.attempts).toBe(2);
      expect(recorder.waits).toEqual([250]);

      server.stallNext(Infinity);
      const error = await within(3_000, client.send(get)).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "TimeoutError", $metadata: { attempts: 3 } });
      expect(toDynagenError(error)).toMatchObject({ code: "service.timeout", retryable: true });
      client.destroy();
    } finally {
      await server.close();
    }
  });

  it("applies the documented defaults and rejects nonsense", () => {
    expect(connectionSettings({})).toEqual({ connectTimeoutMs: 1000, requestTimeoutMs: 1000, keepAlive: true, maxSockets: 50 });
    expect(() => connectionSettings({ requestTimeoutMs: 0 })).toThrow(/requestTimeoutMs/);
    expect(() => connectionSettings({ maxSockets: -1 })).toThrow(/maxSockets/);
  });
});

/** Answers GetItem with `{ Item }`; the next `count` answers send the headers and half the body, then nothing. */
async function startStallingServer(count: number) {
  let stalls = count;
  const body = JSON.stringify({ Item: { pk: { S: "x" } } });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "content-length": String(body.length) });
      if (stalls-- > 0) res.write(body.slice(0, body.length / 2));
      else res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stallNext: (n: number) => void (stalls = n),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Rejects when `promise` is still pending after `ms` (a stalled body used to hang forever). */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
