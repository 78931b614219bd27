import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dynamoError, ok, startFakeDynamoDB, throttled, type FakeDynamoDB } from "../../test/http/fake-dynamodb.js";
import { FAKE_CLIENT, recordingSleep } from "../../test/http/recording-sleep.js";
import { createDynamoClient } from "./create-dynamo-client.js";
import type { ClientHooks } from "./hooks.js";
import type { DynamoClientOptions } from "./options.js";
import type { LogFields, Logger } from "./logger.js";

let fake: FakeDynamoDB;
beforeAll(async () => {
  fake = await startFakeDynamoDB();
});
afterAll(() => fake.close());

interface Line { level: keyof Logger; message: string; fields: LogFields | undefined }

function recordingLogger(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: keyof Logger) => (message: string, fields?: LogFields) => void lines.push({ level, message, fields });
  return { lines, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

/** Hooks that record `name:attempt` in call order, plus each event. */
function recordingHooks(): { hooks: ClientHooks; calls: string[]; events: Record<string, unknown[]> } {
  const calls: string[] = [];
  const events: Record<string, unknown[]> = {};
  const at = (name: string) => (event: { attempt: number }) => {
    calls.push(`${name}:${event.attempt}`);
    (events[name] ??= []).push(event);
  };
  return { calls, events, hooks: { onRequest: at("onRequest"), onRetry: at("onRetry"), onResponse: at("onResponse"), onError: at("onError") } };
}

function clientWith(options: DynamoClientOptions) {
  return createDynamoClient({ ...FAKE_CLIENT, endpoint: fake.endpoint, ...options, retry: { sleep: recordingSleep().sleep, random: () => 0, ...options.retry } });
}

const SECRET = "4111-1111-1111-1111";
const put = new PutItemCommand({ TableName: "shop", Item: { pk: { S: "CUSTOMER#c1" }, card: { S: SECRET } } });

describe("logging", () => {
  it("writes one debug line per operation with operation, table, duration and attempts, and no values", async () => {
    fake.script([ok()]);
    const { logger, lines } = recordingLogger();
    await clientWith({ logger }).send(put);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "debug", fields: { operation: "PutItem", table: "shop", attempts: 1 } });
    expect(lines[0]?.message).toMatch(/^dynamodb PutItem shop [\d.]+ ms, 1 attempt$/);
    expect(typeof lines[0]?.fields?.durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("logs retries at warn and the final failure at error", async () => {
    fake.script([], throttled());
    const { logger, lines } = recordingLogger();
    await clientWith({ logger, retry: { throttleMaxAttempts: 3 } }).send(put).catch(() => undefined);
    expect(lines.map((l) => l.level)).toEqual(["warn", "warn", "error"]);
    expect(lines[0]?.message).toBe("dynamodb PutItem shop retry 1 after ProvisionedThroughputExceededException (waited 25 ms)");
    expect(lines[1]?.fields).toMatchObject({ attempt: 3, delayMs: 50, errorName: "ProvisionedThroughputExceededException" });
    expect(lines[2]?.message).toMatch(/^dynamodb PutItem shop failed after 3 attempts in [\d.]+ ms: ProvisionedThroughputExceededException: /);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("adds the command input only with logParams", async () => {
    fake.script([ok()]);
    const { logger, lines } = recordingLogger();
    await clientWith({ logger, logParams: true }).send(put);
    expect(lines[0]?.fields?.input).toEqual(put.input);
  });
});

describe("with lib-dynamodb", () => {
  it("logs the underlying operation of a document client built on it", async () => {
    fake.script([ok()]);
    const { logger, lines } = recordingLogger();
    const doc = DynamoDBDocumentClient.from(clientWith({ logger }));
    await doc.send(new PutCommand({ TableName: "shop", Item: { pk: "CUSTOMER#c1", card: SECRET } }));
    expect(lines.map((l) => l.fields?.operation)).toEqual(["PutItem"]);
    expect(fake.requests.at(-1)?.body).toMatchObject({ Item: { card: { S: SECRET } } });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});

describe("hooks", () => {
  it("calls onRequest per attempt, onRetry before each retry and onResponse once, in order", async () => {
    fake.script([throttled(), throttled(), ok({ Item: { pk: { S: "x" } } })]);
    const { hooks, calls, events } = recordingHooks();
    const get = new GetItemCommand({ TableName: "shop", Key: { pk: { S: "x" } } });
    await clientWith({ hooks }).send(get);
    expect(calls).toEqual(["onRequest:1", "onRetry:2", "onRequest:2", "onRetry:3", "onRequest:3", "onResponse:3"]);
    expect(events.onRetry?.[0]).toMatchObject({ operation: "GetItem", input: get.input, delayMs: 25, error: { name: "ProvisionedThroughputExceededException" } });
    expect(events.onRetry?.[1]).toMatchObject({ delayMs: 50 });
    expect(events.onResponse?.[0]).toMatchObject({ operation: "GetItem", output: { Item: { pk: { S: "x" } } } });
    const durations = [...(events.onRequest ?? []), ...(events.onResponse ?? [])].map((e) => (e as { durationMs: number }).durationMs);
    expect(durations.every((d) => d >= 0)).toBe(true);
  });

  it("calls onError once on final failure with the attempts made", async () => {
    fake.script([dynamoError("ConditionalCheckFailedException")]);
    const { hooks, calls, events } = recordingHooks();
    await expect(clientWith({ hooks }).send(put)).rejects.toMatchObject({ name: "ConditionalCheckFailedException" });
    expect(calls).toEqual(["onRequest:1", "onError:1"]);
    expect(events.onError?.[0]).toMatchObject({ operation: "PutItem", input: put.input, error: { name: "ConditionalCheckFailedException" } });
  });

  it("keeps the request going when a hook throws or rejects, and logs it at warn", async () => {
    fake.script([throttled(), ok({ Item: { pk: { S: "ok" } } })]);
    const { logger, lines } = recordingLogger();
    const boom = () => {
      throw new Error("hook bug");
    };
    const hooks: ClientHooks = { onRequest: boom, onRetry: boom, onResponse: () => Promise.reject(new Error("async hook bug")) };
    const out = await clientWith({ hooks, logger }).send(new GetItemCommand({ TableName: "shop", Key: { pk: { S: "x" } } }));
    expect(out.Item).toEqual({ pk: { S: "ok" } });
    const warnings = lines.filter((l) => l.level === "warn").map((l) => l.message);
    expect(warnings).toEqual([
      "dynamodb GetItem: onRequest hook threw, ignored: hook bug",
      "dynamodb GetItem shop retry 1 after ProvisionedThroughputExceededException (waited 25 ms)",
      "dynamodb GetItem: onRetry hook threw, ignored: hook bug",
      "dynamodb GetItem: onRequest hook threw, ignored: hook bug",
      "dynamodb GetItem: onResponse hook threw, ignored: async hook bug",
    ]);
  });
});
