/** How long table operations wait for DynamoDB. */
export interface WaitSettings {
  /** Wait for the table to become ACTIVE (create) or to disappear (delete). Default true. */
  readonly wait?: boolean;
  /** Give up after this many seconds (default 300). */
  readonly maxWaitSeconds?: number;
  /** Poll every this many seconds at first (default 1; the SDK's own default is 20). */
  readonly pollSeconds?: number;
}

/** The SDK waiter settings for {@link WaitSettings}. */
export function waiterTimes(settings: WaitSettings): { minDelay: number; maxDelay: number; maxWaitTime: number } {
  const minDelay = Math.max(1, settings.pollSeconds ?? 1);
  const maxWaitTime = Math.max(minDelay + 1, settings.maxWaitSeconds ?? 300);
  return { minDelay, maxDelay: Math.max(minDelay, 20), maxWaitTime };
}
