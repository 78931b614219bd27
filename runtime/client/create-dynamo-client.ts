import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { attemptMiddleware } from "./attempt-middleware.js";
import { createHttpHandler } from "./http-handler.js";
import { silentLogger } from "./logger.js";
import { operationMiddleware, type ObserveSettings } from "./operation-middleware.js";
import { connectionSettings, type DynamoClientOptions } from "./options.js";
import { DynagenRetryStrategy } from "./retry-strategy.js";

/**
 * A `DynamoDBClient` with dynagen's production settings: 1 s connect and request timeouts,
 * keep-alive with a 50-socket pool, a retry policy that retries throttles fast and server
 * errors slowly with jitter, log lines through `logger` (no attribute values unless
 * `logParams`) and `hooks` around each operation. Pass it to a generated `createShop({ client })`
 * or use it on its own.
 *
 * @example
 * const client = createDynamoClient({
 *   region: "eu-west-1",
 *   retry: { throttleMaxAttempts: 8 },
 *   logger: console,
 *   hooks: { onRetry: (e) => metrics.increment("dynamodb.retry", { op: e.operation }) },
 * });
 * const shop = createShop({ client });
 */
export function createDynamoClient(options: DynamoClientOptions = {}): DynamoDBClient {
  const strategy = new DynagenRetryStrategy(options.retry);
  const config: DynamoDBClientConfig = {
    requestHandler: createHttpHandler(connectionSettings(options)),
    retryStrategy: strategy,
    maxAttempts: strategy.maxAttempts,
  };
  if (options.region !== undefined) config.region = options.region;
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  if (options.credentials !== undefined) config.credentials = options.credentials;
  // The SDK's own `logger` setting would print whole inputs (item values) at info: not passed on.
  const client = new DynamoDBClient(config);
  const settings: ObserveSettings = {
    logger: options.logger ?? silentLogger,
    logParams: options.logParams ?? false,
    hooks: options.hooks ?? {},
    delayAfter: (error) => strategy.delayAfter(error),
  };
  client.middlewareStack.add(operationMiddleware(settings), { step: "initialize", priority: "high", name: "dynagenOperation" });
  // "low" in finalizeRequest sits inside the SDK's retry middleware ("high"): once per attempt.
  client.middlewareStack.add(attemptMiddleware(settings), { step: "finalizeRequest", priority: "low", name: "dynagenAttempt" });
  return client;
}
