// The time `onUpdate: now` and `default: now` write. A transaction resent with the same
// ClientRequestToken must carry the same parameters, timestamps included, or DynamoDB answers
// IdempotentParameterMismatch: so the time used for a token is remembered for DynamoDB's
// 10-minute idempotency window and reused when the same token is built again.

let fixed: string | undefined;
/** Whether `currentTime()` was called since `buildAtTokenTime` last cleared it. */
let clockRead = false;

/**
 * The current time as ISO-8601 (inside `atFixedTime`, the time fixed there).
 *
 * @example
 * const item = { ...input, updatedAt: currentTime() };
 */
export function currentTime(): string {
  clockRead = true;
  return fixed ?? new Date().toISOString();
}

/**
 * Runs a synchronous `build` with `currentTime()` fixed to `time`.
 *
 * @example
 * const actions = atFixedTime("2026-03-01T10:00:00.000Z", () => build(tx));
 */
export function atFixedTime<T>(time: string, build: () => T): T {
  const previous = fixed;
  fixed = time;
  try {
    return build();
  } finally {
    fixed = previous;
  }
}

/** DynamoDB remembers a ClientRequestToken for 10 minutes. */
const TOKEN_WINDOW_MS = 10 * 60 * 1000;
const tokenTimes = new Map<string, { readonly time: string; readonly until: number }>();

/**
 * The time to build a transaction with `token` at: the first build's time while the token is
 * within DynamoDB's idempotency window, so a resend is the same request.
 *
 * @example
 * atFixedTime(timeForToken("checkout-1"), () => build(tx))
 */
export function timeForToken(token: string, now = Date.now()): string {
  forgetExpired(now);
  const known = tokenTimes.get(token);
  if (known) return known.time;
  const time = new Date(now).toISOString();
  tokenTimes.set(token, { time, until: now + TOKEN_WINDOW_MS });
  return time;
}

/**
 * Builds a transaction with `token` at the token's time (see `timeForToken`), remembering the
 * token only when the build read the clock: actions without `now` values are the same whenever
 * they are built, so a busy service does not keep every token for ten minutes.
 *
 * @example
 * const actions = buildAtTokenTime("checkout-1", () => build(tx));
 */
export function buildAtTokenTime<T>(token: string, build: () => T, now = Date.now()): T {
  forgetExpired(now);
  const known = tokenTimes.get(token);
  const time = known?.time ?? new Date(now).toISOString();
  const outerRead = clockRead;
  clockRead = false;
  try {
    const result = atFixedTime(time, build);
    if (known === undefined && clockRead) tokenTimes.set(token, { time, until: now + TOKEN_WINDOW_MS });
    return result;
  } finally {
    clockRead = outerRead || clockRead;
  }
}

/** Tokens remembered (for tests). */
export function rememberedTokenCount(): number {
  return tokenTimes.size;
}

function forgetExpired(now: number): void {
  for (const [key, entry] of tokenTimes) {
    if (entry.until > now) break; // entries are in the order they were made
    tokenTimes.delete(key);
  }
}
