import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import type { ClientHooks } from "./hooks.js";
import type { Logger } from "./logger.js";
import type { RetryOptions } from "./retry-policy.js";

/** Settings of `createDynamoClient`. Every field is optional. */
export interface DynamoClientOptions {
  /** AWS region; the SDK's own resolution (env, config files) when absent. */
  region?: string;
  /** Endpoint URL, e.g. DynamoDB Local's `http://127.0.0.1:8000`. */
  endpoint?: string;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Longest wait for the TCP (and TLS) connection. Default 1000 ms. */
  connectTimeoutMs?: number;
  /**
   * Longest wait of one attempt from sending to the response headers, and longest silence while
   * reading the body; a breach is a retryable TimeoutError. Default 1000 ms.
   */
  requestTimeoutMs?: number;
  /** Reuse connections between requests. Default true. */
  keepAlive?: boolean;
  /** Socket pool size per host. Default 50. */
  maxSockets?: number;
  /** Retry policy; see `RetryPolicy` for each field's default. */
  retry?: RetryOptions;
  /** Where log lines go. Default: nowhere. */
  logger?: Logger;
  /** Log each command's input (user data!) with its lines. Default false. */
  logParams?: boolean;
  hooks?: ClientHooks;
}

/** The numeric settings after defaults. */
export interface ConnectionSettings {
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAlive: boolean;
  readonly maxSockets: number;
}

/**
 * Applies the connection defaults (1 s connect, 1 s request, keep-alive, 50 sockets).
 *
 * @example
 * connectionSettings({ requestTimeoutMs: 3000 }) // { connectTimeoutMs: 1000, requestTimeoutMs: 3000, keepAlive: true, maxSockets: 50 }
 */
export function connectionSettings(options: DynamoClientOptions): ConnectionSettings {
  const settings: ConnectionSettings = {
    connectTimeoutMs: options.connectTimeoutMs ?? 1000,
    requestTimeoutMs: options.requestTimeoutMs ?? 1000,
    keepAlive: options.keepAlive ?? true,
    maxSockets: options.maxSockets ?? 50,
  };
  for (const key of ["connectTimeoutMs", "requestTimeoutMs", "maxSockets"] as const) {
    if (!(settings[key] > 0)) throw new RangeError(`createDynamoClient: ${key} must be a positive number`);
  }
  return Object.freeze(settings);
}
