/** Retry settings shared by the batch writer and batch get. */
export interface BatchRetrySettings {
  /** Attempts per request, the first included (default 8). */
  readonly maxAttempts?: number;
  /** Base of the exponential backoff, in ms (default 50). */
  readonly baseDelayMs?: number;
  /** Longest wait between attempts, in ms (default 5000). */
  readonly maxDelayMs?: number;
}

export const DEFAULT_RETRY = { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 5000 } as const;

/**
 * Delay before retry number `attempt` (1 = the first retry): exponential backoff with full jitter,
 * a random wait between 0 and min(maxDelayMs, baseDelayMs * 2^attempt), so clients retrying the
 * same throttled partition spread out.
 *
 * @example
 * await sleep(backoffDelay(attempt, { baseDelayMs: 50, maxDelayMs: 5000 }));
 */
export function backoffDelay(attempt: number, settings: BatchRetrySettings = {}): number {
  const base = settings.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
  const cap = settings.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  return Math.random() * Math.min(cap, base * 2 ** attempt);
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
