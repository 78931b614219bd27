import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { HttpResponse } from "@smithy/core/protocols";

/** What the fake answers: a response body, or an SDK error by name (sent as HTTP 400). */
export type FakeAnswer = { body: unknown } | { error: string };

/** A request the fake received: the operation (`BatchWriteItem`) and its JSON input. */
export interface FakeCall {
  readonly operation: string;
  readonly input: any; // DynamoDB JSON as sent; tests read what they need
}

/**
 * Offline tests: a real DynamoDBClient (SDK retries off) whose HTTP handler hands each request to
 * `answer`, so the whole SDK pipeline, error mapping included, runs without a database.
 */
export function fakeDynamo(answer: (call: FakeCall) => FakeAnswer | Promise<FakeAnswer>): { client: DynamoDBClient; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const requestHandler = {
    handle: async (request: { headers: Record<string, string>; body?: unknown }) => {
      const body = request.body;
      const input = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array));
      const call = { operation: (request.headers["x-amz-target"] ?? "").split(".").pop() ?? "", input };
      calls.push(call);
      const reply = await answer(call);
      const error = "error" in reply;
      const payload = error ? { __type: `com.amazonaws.dynamodb.v20120810#${reply.error}`, message: `fake ${reply.error}` } : reply.body;
      const headers = { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": `req-${calls.length}` };
      return { response: new HttpResponse({ statusCode: error ? 400 : 200, headers, body: Buffer.from(JSON.stringify(payload)) }) };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  const client = new DynamoDBClient({ endpoint: "http://offline.invalid", region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1, requestHandler });
  return { client, calls };
}
