import type { Logger } from "./logger.js";

/** What every hook receives. `durationMs` counts from the start of the operation. */
export interface HookEvent {
  /** DynamoDB operation name: `GetItem`, `Query`, `BatchWriteItem`… */
  readonly operation: string;
  /** The command input as the caller gave it (hooks are your code, so they always get it). */
  readonly input: unknown;
  /** 1 for the first attempt, 2 for the first retry… */
  readonly attempt: number;
  readonly durationMs: number;
}

/** Called before a retry is sent: `error` made the previous attempt fail, `delayMs` is the wait the retry policy chose. */
export interface RetryHookEvent extends HookEvent {
  readonly error: unknown;
  readonly delayMs: number | undefined;
}

export interface ResponseHookEvent extends HookEvent {
  readonly output: unknown;
}

export interface ErrorHookEvent extends HookEvent {
  readonly error: unknown;
}

/**
 * Callbacks around every operation of a client built by `createDynamoClient`. A hook that
 * throws (or rejects) never breaks the request: the error is logged at warn and ignored.
 */
export interface ClientHooks {
  /** Before each attempt is sent (attempt 1, then once per retry). */
  onRequest?(event: HookEvent): void | Promise<void>;
  /** Before each retry, with the error that caused it. */
  onRetry?(event: RetryHookEvent): void | Promise<void>;
  /** Once, when the operation succeeded. */
  onResponse?(event: ResponseHookEvent): void | Promise<void>;
  /** Once, when the operation failed for good (retries exhausted or not retryable). */
  onError?(event: ErrorHookEvent): void | Promise<void>;
}

/** Runs one hook, swallowing (and logging) whatever it throws so the request goes on. */
export async function callHook<E extends HookEvent>(
  name: keyof ClientHooks,
  hook: ((event: E) => void | Promise<void>) | undefined,
  event: E,
  logger: Logger,
): Promise<void> {
  if (!hook) return;
  try {
    await hook(event);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(`dynamodb ${event.operation}: ${name} hook threw, ignored: ${reason}`, {
      operation: event.operation,
      attempt: event.attempt,
    });
  }
}
