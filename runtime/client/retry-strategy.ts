import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from "@smithy/types";
import { classifyFailure, maxAttemptsFor, resolveRetryPolicy, retryDelay, type FailureKind, type RetryOptions, type RetryPolicy } from "./retry-policy.js";

type RetriedKind = Exclude<FailureKind, "client">;

/**
 * The SDK's token: how many retries so far, and the kind of the last failure with how many
 * retries in a row followed that kind (the run a throttle backs off by). Delay is 0 because
 * the strategy has already waited.
 */
class PolicyRetryToken implements StandardRetryToken {
  readonly $retryLog: { acquisitionDelay?: number };
  constructor(
    private readonly count: number,
    acquisitionDelay: number,
    readonly lastKind?: RetriedKind,
    readonly run = 0,
  ) {
    this.$retryLog = { acquisitionDelay };
  }
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    return 0;
  }
  getRetryCost(): number | undefined {
    return undefined;
  }
}

/**
 * The SDK retry strategy (`RetryStrategyV2`) behind `createDynamoClient`: it classifies each
 * failure, waits the policy's delay itself (through the injectable `sleep`) and refuses once
 * the attempt bound for that kind of failure is reached; the SDK then throws the last error
 * with `$metadata.attempts` set.
 *
 * @example
 * new DynamoDBClient({ retryStrategy: new DynagenRetryStrategy({ throttleMaxAttempts: 8 }) })
 */
export class DynagenRetryStrategy implements RetryStrategyV2 {
  readonly policy: RetryPolicy;
  // The delay chosen for each failed attempt's error, read by the hooks middleware for onRetry.
  private readonly delays = new WeakMap<object, number>();

  constructor(options: RetryOptions = {}) {
    this.policy = resolveRetryPolicy(options);
  }

  /** The most attempts any failure may lead to (the SDK's `maxAttempts` setting). */
  get maxAttempts(): number {
    return Math.max(this.policy.throttleMaxAttempts, this.policy.serverErrorMaxAttempts);
  }

  async acquireInitialRetryToken(_retryTokenScope: string): Promise<StandardRetryToken> {
    return new PolicyRetryToken(0, 0);
  }

  async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    const kind = classifyFailure(errorInfo);
    const attemptsMade = token.getRetryCount() + 1;
    if (kind === "client" || attemptsMade >= maxAttemptsFor(this.policy, kind)) {
      throw new Error("No retry token available");
    }
    // Backoff follows the run of this kind only: a throttle after a server error (already
    // a long wait) starts again at the shortest throttle delay.
    const previous = token instanceof PolicyRetryToken ? token : undefined;
    const run = previous?.lastKind === kind ? previous.run + 1 : 1;
    const delay = retryDelay(this.policy, kind, run);
    if (errorInfo.error !== null && typeof errorInfo.error === "object") this.delays.set(errorInfo.error, delay);
    await this.policy.sleep(delay);
    return new PolicyRetryToken(attemptsMade, delay, kind, run);
  }

  recordSuccess(_token: StandardRetryToken): void {
    // No client-side retry quota: attempts are already bounded per request.
  }

  /** The wait chosen after `error` made an attempt fail, if the strategy retried it. */
  delayAfter(error: unknown): number | undefined {
    return error !== null && typeof error === "object" ? this.delays.get(error) : undefined;
  }
}
