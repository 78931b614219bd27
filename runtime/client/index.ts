export { createDynamoClient } from "./create-dynamo-client.js";
export { connectionSettings, type ConnectionSettings, type DynamoClientOptions } from "./options.js";
export { createHttpHandler } from "./http-handler.js";
export { DynagenRetryStrategy } from "./retry-strategy.js";
export { classifyFailure, resolveRetryPolicy, retryDelay, type FailureKind, type RetryOptions, type RetryPolicy } from "./retry-policy.js";
export { silentLogger, type LogFields, type Logger } from "./logger.js";
export type { ClientHooks, ErrorHookEvent, HookEvent, ResponseHookEvent, RetryHookEvent } from "./hooks.js";
