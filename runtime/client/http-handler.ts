import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { ConnectionSettings } from "./options.js";

/**
 * The SDK's own Node HTTP handler with dynagen's settings: a connect timeout, a request timeout
 * and one keep-alive socket pool for http and https. `requestTimeoutMs` bounds the wait from
 * sending until the response headers, and then any silence of that length while the body is
 * read; either breach throws a (retryable) `TimeoutError`. A body that keeps trickling is not cut.
 *
 * @example
 * new DynamoDBClient({ requestHandler: createHttpHandler(connectionSettings({})) })
 */
export function createHttpHandler(settings: ConnectionSettings): NodeHttpHandler {
  const agentOptions = { keepAlive: settings.keepAlive, maxSockets: settings.maxSockets };
  return new NodeHttpHandler({
    connectionTimeout: settings.connectTimeoutMs,
    requestTimeout: settings.requestTimeoutMs,
    // Without this the SDK only logs a warning when the request timeout passes.
    throwOnRequestTimeout: true,
    // The request timeout stops when the headers arrive; this inactivity timeout covers the body.
    socketTimeout: settings.requestTimeoutMs,
    httpAgent: new HttpAgent(agentOptions),
    httpsAgent: new HttpsAgent(agentOptions),
  });
}
