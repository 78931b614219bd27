import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { ConnectionSettings } from "./options.js";

/**
 * The SDK's own Node HTTP handler with dynagen's settings: a connect timeout, a request timeout
 * that throws a (retryable) `TimeoutError`, and one keep-alive socket pool for http and https.
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
    httpAgent: new HttpAgent(agentOptions),
    httpsAgent: new HttpsAgent(agentOptions),
  });
}
