import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { HttpResponse } from "@smithy/core/protocols";
import type { HttpRequest } from "@smithy/types";
import { cannedResponses } from "./canned-responses.js";

const TARGET_PREFIX = "DynamoDB_20120810.";

type RequestHandler = NonNullable<DynamoDBClientConfig["requestHandler"]>;

export interface CannedHandler {
  /** Give this to every client under test. */
  readonly requestHandler: RequestHandler;
  /** How many requests of an operation (`PutItem`, `Query`...) were answered so far. */
  sentCount(operation: string): number;
}

/**
 * A request handler that answers every DynamoDB call from memory, so that only the client-side
 * work (building, signing, serialising, parsing) is measured. It throws on an operation it has
 * no answer for, so a library sending something unexpected cannot go unnoticed.
 */
export function createCannedHandler(): CannedHandler {
  const bodies = cannedResponses();
  const sent = new Map<string, number>();
  const requestHandler = {
    async handle(request: HttpRequest) {
      const target = request.headers["x-amz-target"] ?? "";
      const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
      const body = bodies.get(operation);
      if (!body) throw new Error(`the canned handler has no answer for "${target}"`);
      sent.set(operation, (sent.get(operation) ?? 0) + 1);
      const headers = {
        "content-type": "application/x-amz-json-1.0",
        "content-length": String(body.length),
        "x-amzn-requestid": "bench",
      };
      return { response: new HttpResponse({ statusCode: 200, headers, body }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  return { requestHandler: requestHandler as RequestHandler, sentCount: (operation) => sent.get(operation) ?? 0 };
}

/**
 * A raw client whose requests the canned handler answers (one attempt, fixed fake credentials):
 * what every section-1 column and profiling script sends through.
 */
export function cannedClient(handler: CannedHandler = createCannedHandler()): { handler: CannedHandler; client: DynamoDBClient } {
  const client = new DynamoDBClient({
    region: "us-east-1",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    requestHandler: handler.requestHandler,
    maxAttempts: 1,
  });
  return { handler, client };
}
