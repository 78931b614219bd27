import type { RetryErrorInfo } from "@smithy/types";

/**
 * How `createDynamoClient` retries. Throttles are retried quickly with little backoff (the
 * table is busy for a moment); server errors, timeouts and reset connections are retried
 * after a longer, jittered pause; client errors (validation, failed conditions) never.
 */
export interface RetryPolicy {
  /** Attempts in all (first try included) when the last failure was a throttle. Default 5. */
  readonly throttleMaxAttempts: number;
  /** First throttle retry waits between half of this and this, doubling up to `throttleMaxMs`. Default 50. */
  readonly throttleBaseMs: number;
  /** Upper bound of a throttle retry's wait. Default 200. */
  readonly throttleMaxMs: number;
  /** Attempts in all when the last failure was a 5xx, a timeout or a reset connection. Default 3. */
  readonly serverErrorMaxAttempts: number;
  /** A server-error retry waits a uniformly random time between these two. Defaults 250 and 500. */
  readonly serverErrorBaseMs: number;
  readonly serverErrorMaxMs: number;
  /** Waits before a retry; replaceable in tests. Default: a timer. */
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for jitter; replaceable in tests. Default `Math.random`. */
  readonly random: () => number;
}

/** What the caller may set; everything else takes the defaults above. */
export type RetryOptions = Partial<RetryPolicy>;

/** The kinds of failure the policy tells apart. */
export type FailureKind = "throttle" | "server" | "client";

// DynamoDB's throttling error names, recognised even if the SDK's classification ever changes.
const THROTTLE_NAMES = new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"]);

/**
 * Fills in the retry defaults.
 *
 * @example
 * resolveRetryPolicy({ throttleMaxAttempts: 8 }).serverErrorBaseMs // 250
 */
export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy: RetryPolicy = {
    throttleMaxAttempts: options.throttleMaxAttempts ?? 5,
    throttleBaseMs: options.throttleBaseMs ?? 50,
    throttleMaxMs: options.throttleMaxMs ?? 200,
    serverErrorMaxAttempts: options.serverErrorMaxAttempts ?? 3,
    serverErrorBaseMs: options.serverErrorBaseMs ?? 250,
    serverErrorMaxMs: options.serverErrorMaxMs ?? 500,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };
  if (policy.throttleMaxAttempts < 1 || policy.serverErrorMaxAttempts < 1) {
    throw new RangeError("retry: max attempts must be at least 1");
  }
  if (policy.throttleMaxMs < policy.throttleBaseMs || policy.serverErrorMaxMs < policy.serverErrorBaseMs) {
    throw new RangeError("retry: a maximum delay is below its base delay");
  }
  return Object.freeze(policy);
}

/**
 * Sorts a failed attempt, from the SDK's classification (`errorInfo.errorType`) and the
 * error's name. THROTTLING is a throttle; TRANSIENT (timeouts, resets, 500/502/503/504) and
 * SERVER_ERROR (other 5xx) are server failures; CLIENT_ERROR is never retried.
 *
 * @example
 * classifyFailure({ errorType: "TRANSIENT" }) // "server"
 */
export function classifyFailure(errorInfo: RetryErrorInfo): FailureKind {
  const name = (errorInfo.error as { name?: unknown } | undefined)?.name;
  if (errorInfo.errorType === "THROTTLING" || (typeof name === "string" && THROTTLE_NAMES.has(name))) return "throttle";
  if (errorInfo.errorType === "TRANSIENT" || errorInfo.errorType === "SERVER_ERROR") return "server";
  return "client";
}

/**
 * The wait before a retry after a failure of `kind`, where `retry` counts the retries in a row
 * after that kind of failure (1 for the first; another kind in between starts again at 1):
 * throttles get "equal jitter" on a doubling delay capped at `throttleMaxMs`; server failures
 * a uniform pick in `[serverErrorBaseMs, serverErrorMaxMs]`. Whole milliseconds.
 *
 * @example
 * retryDelay(resolveRetryPolicy({ random: () => 0 }), "throttle", 1) // 25
 */
export function retryDelay(policy: RetryPolicy, kind: Exclude<FailureKind, "client">, retry: number): number {
  if (kind === "throttle") {
    const ceiling = Math.min(policy.throttleMaxMs, policy.throttleBaseMs * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
  }
  const spread = policy.serverErrorMaxMs - policy.serverErrorBaseMs;
  return Math.round(policy.serverErrorBaseMs + policy.random() * spread);
}

/**
 * The attempt bound (first try included) that applies after a failure of `kind`.
 *
 * @example
 * maxAttemptsFor(resolveRetryPolicy(), "throttle") // 5
 */
export function maxAttemptsFor(policy: RetryPolicy, kind: FailureKind): number {
  if (kind === "throttle") return policy.throttleMaxAttempts;
  if (kind === "server") return policy.serverErrorMaxAttempts;
  return 1;
}
