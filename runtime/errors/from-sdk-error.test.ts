import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  InternalServerError,
  PutItemCommand,
  ThrottlingException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../../test/dynamodb-local/client.js";
import { ConditionFailedError, ItemExistsError, ServiceError, ThrottledError, TransactionCanceledError } from "./classes.js";
import { DynagenError } from "./dynagen-error.js";
import { toDynagenError } from "./from-sdk-error.js";

const meta = { httpStatusCode: 400, requestId: "req-1" };

describe("toDynagenError (offline)", () => {
  it("maps a failed condition to ConditionFailedError with the unmarshalled item", () => {
    const sdk = new ConditionalCheckFailedException({ message: "failed", $metadata: meta, Item: { pk: { S: "a" } } });
    const err = toDynagenError(sdk, { unmarshal: (raw) => ({ key: raw.pk?.S }) });
    expect(err).toBeInstanceOf(ConditionFailedError);
    expect((err as ConditionFailedError).item).toEqual({ key: "a" });
    expect(err.code).toBe("condition.failed");
    expect(err.cause).toBe(sdk);
    expect(err.requestId).toBe("req-1");
    expect(err.httpStatus).toBe(400);
    expect(err.retryable).toBe(false);
  });

  it("maps a failed create to ItemExistsError", () => {
    const sdk = new ConditionalCheckFailedException({ message: "failed", $metadata: meta });
    const err = toDynagenError(sdk, { onExists: true, operation: "Customer.create" });
    expect(err).toBeInstanceOf(ItemExistsError);
    expect(err.message).toContain("Customer.create");
  });

  it("maps throttles to retryable ThrottledError", () => {
    const err = toDynagenError(new ThrottlingException({ message: "slow down", $metadata: meta }));
    expect(err).toBeInstanceOf(ThrottledError);
    expect(err.retryable).toBe(true);
  });

  it("maps a cancelled transaction to one reason per action", () => {
    const sdk = new TransactionCanceledException({
      message: "cancelled",
      $metadata: meta,
      CancellationReasons: [{ Code: "None" }, { Code: "ConditionalCheckFailed", Message: "no", Item: { pk: { S: "b" } } }],
    });
    const err = toDynagenError(sdk, { unmarshal: (raw, index) => ({ pk: raw.pk?.S, index }) }) as TransactionCanceledError;
    expect(err).toBeInstanceOf(TransactionCanceledError);
    expect(err.reasons).toEqual([
      { index: 0, code: "None" },
      { index: 1, code: "ConditionalCheckFailed", message: "no", item: { pk: "b", index: 1 } },
    ]);
  });

  it("maps 5xx and network errors to retryable ServiceError, 4xx to non-retryable", () => {
    const server = toDynagenError(new InternalServerError({ message: "boom", $metadata: { httpStatusCode: 500 } }));
    expect(server).toBeInstanceOf(ServiceError);
    expect(server.code).toBe("service.internalServerError");
    expect(server.retryable).toBe(true);

    const network = toDynagenError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    expect(network.code).toBe("service.network");
    expect(network.retryable).toBe(true);

    const validation = Object.assign(new Error("bad input"), { name: "ValidationException", $fault: "client", $metadata: { httpStatusCode: 400 } });
    const rejected = toDynagenError(validation);
    expect(rejected.code).toBe("service.validation");
    expect(rejected.retryable).toBe(false);
    expect(rejected.httpStatus).toBe(400);

    const aborted = toDynagenError(Object.assign(new Error("aborted"), { name: "AbortError" }));
    expect(aborted.code).toBe("service.aborted");
    expect(aborted.retryable).toBe(false);

    const conflict = Object.assign(new Error("in progress"), { name: "TransactionInProgressException", $fault: "client", $metadata: { httpStatusCode: 400 } });
    expect(toDynagenError(conflict).retryable).toBe(true);
  });

  it("maps setup errors without a response to non-retryable service.client, keeping the cause", () => {
    const credentials = Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" });
    const region = new Error("Region is missing");
    const bug = new TypeError("Cannot read properties of undefined (reading 'S')");
    const tls = Object.assign(new Error("certificate has expired"), { code: "CERT_HAS_EXPIRED", $metadata: { attempts: 1 } });
    for (const sdk of [credentials, region, bug, tls]) {
      const err = toDynagenError(sdk);
      expect(err).toBeInstanceOf(ServiceError);
      expect(err.code).toBe("service.client");
      expect(err.retryable).toBe(false);
      expect(err.cause).toBe(sdk);
    }
  });

  it("recognises network failures by their code, also in the cause chain, and timeouts by name", () => {
    const unreachable = Object.assign(new Error("connect ENETUNREACH"), { code: "ENETUNREACH", syscall: "connect" });
    const wrapped = new Error("request failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    for (const sdk of [unreachable, wrapped]) {
      expect(toDynagenError(sdk)).toMatchObject({ code: "service.network", retryable: true });
    }
    const timeout = Object.assign(new Error("socket timed out"), { name: "TimeoutError", $metadata: { httpStatusCode: 200 } });
    expect(toDynagenError(timeout)).toMatchObject({ code: "service.timeout", retryable: true });
  });

  it("returns a DynagenError unchanged", () => {
    const original = new DynagenError("x.y", "already mapped");
    expect(toDynagenError(original)).toBe(original);
  });
});

describe("toDynagenError (DynamoDB Local)", () => {
  const client = localClient();
  const TableName = uniqueTableName("errors");

  beforeAll(async () => {
    await client.send(new CreateTableCommand({
      TableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
    }));
  });
  afterAll(() => client.destroy());

  it("carries the current item of a failed condition (ALL_OLD)", async () => {
    await client.send(new PutItemCommand({ TableName, Item: { pk: { S: "c1" }, name: { S: "Ann" } } }));
    const attempt = client.send(new PutItemCommand({
      TableName,
      Item: { pk: { S: "c1" }, name: { S: "Bob" } },
      ConditionExpression: "attribute_not_exists(#pk)",
      ExpressionAttributeNames: { "#pk": "pk" },
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    }));
    const err = await attempt.then(() => undefined, (e: unknown) => toDynagenError(e, { onExists: true, unmarshal: (raw) => ({ name: raw.name?.S }) }));
    expect(err).toBeInstanceOf(ItemExistsError);
    expect((err as ItemExistsError).item).toEqual({ name: "Ann" });
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBeTypeOf("string");
  });
});
