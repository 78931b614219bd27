/** Options every dynagen error accepts. */
export interface DynagenErrorOptions {
  /** The SDK (or other) error that caused this one. */
  cause?: unknown;
  retryable?: boolean;
  requestId?: string;
  httpStatus?: number;
}

/**
 * Base class of every error dynagen throws. `code` is namespaced (`validation.pattern`,
 * `condition.failed`), `retryable` says whether the same call may succeed later.
 *
 * @example
 * try { await shop.customer.create(c) } catch (e) { if (e instanceof DynagenError && e.retryable) retry() }
 */
export class DynagenError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  /** How many attempts the SDK made (retries included), when the cause says. */
  readonly attempts: number | undefined;

  constructor(code: string, message: string, options: DynagenErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retryable = options.retryable ?? false;
    const meta = sdkMetadata(options.cause);
    this.requestId = options.requestId ?? meta.requestId;
    this.httpStatus = options.httpStatus ?? meta.httpStatus;
    this.attempts = meta.attempts;
  }
}

/** Reads `$metadata` from an SDK error, when there is one. */
export function sdkMetadata(error: unknown): { requestId?: string; httpStatus?: number; attempts?: number } {
  if (error === null || typeof error !== "object") return {};
  const meta = (error as { $metadata?: { requestId?: string; httpStatusCode?: number; attempts?: number } }).$metadata;
  if (!meta) return {};
  return { requestId: meta.requestId, httpStatus: meta.httpStatusCode, attempts: meta.attempts };
}
