import { crc32 } from "node:zlib";

/** A complete HTTP answer the proxy writes back to the client. */
export interface CannedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

const ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";

/** Builds an x-amz-json-1.0 answer with the length and CRC32 headers DynamoDB sends. */
export function jsonResponse(status: number, payload: unknown, requestId: string): CannedResponse {
  const body = Buffer.from(JSON.stringify(payload), "utf8");
  return {
    status,
    headers: {
      "content-type": "application/x-amz-json-1.0",
      "content-length": String(body.length),
      "x-amz-crc32": String(crc32(body)),
      "x-amzn-requestid": requestId,
    },
    body,
  };
}

export type ThrottleType = "ProvisionedThroughputExceededException" | "ThrottlingException";

/** A 400 throttling answer exactly as DynamoDB shapes it. */
export function throttleResponse(type: ThrottleType, requestId: string): CannedResponse {
  const message =
    type === "ThrottlingException"
      ? "Rate of requests exceeds the allowed throughput."
      : "The level of configured provisioned throughput for the table was exceeded.";
  return jsonResponse(400, { __type: ERROR_PREFIX + type, message }, requestId);
}

/** A 500 InternalServerError or a 503 ServiceUnavailable answer. */
export function serverErrorResponse(status: 500 | 503, requestId: string): CannedResponse {
  const type = status === 500 ? "InternalServerError" : "ServiceUnavailable";
  return jsonResponse(status, { __type: ERROR_PREFIX + type, message: `injected ${type}` }, requestId);
}
