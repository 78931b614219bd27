import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { DynagenError, type DynagenErrorOptions } from "./dynagen-error.js";
import {
  ConditionFailedError,
  ItemExistsError,
  ServiceError,
  ThrottledError,
  TransactionCanceledError,
  type CancellationReason,
} from "./classes.js";

/** A raw DynamoDB item, as the SDK returns it. */
type RawItem = Record<string, AttributeValue>;

/** What the caller knows about the failed call, so the mapped error can say more. */
export interface SdkErrorContext {
  /** Turns a returned item into the caller's type; `index` is the action's position in a transaction. */
  unmarshal?: (raw: RawItem, index?: number) => unknown;
  /** Operation name used in messages (`Customer.update`). */
  operation?: string;
  /** The call was a create: a failed condition means the item exists. */
  onExists?: boolean;
}

const THROTTLES = new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"]);
/** Client errors (400) that succeed when sent again a little later. */
const TRANSIENT = new Set(["TransactionInProgressException", "TransactionConflictException", "ReplicatedWriteConflictException"]);
const TIMEOUTS = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
/** Node socket and DNS error codes: the SDK's transient list, plus ECONNABORTED. */
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "ECONNABORTED", "EHOSTUNREACH", "ENETUNREACH"]);

interface SdkLikeError {
  name?: string;
  message?: string;
  code?: string;
  cause?: unknown;
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number };
  Item?: RawItem;
  CancellationReasons?: { Code?: string; Message?: string; Item?: RawItem }[];
}

/**
 * Maps an error thrown by the DynamoDB SDK to dynagen's error classes, keeping the SDK error as
 * `cause` (and its `requestId`, `httpStatus`). A DynagenError is returned unchanged. Without an
 * HTTP response, only socket and DNS failures (`service.network`) and timeouts are retryable;
 * anything else, such as missing credentials or region, is `service.client`.
 *
 * @example
 * try {
 *   await client.send(new PutItemCommand({ ...input, ReturnValuesOnConditionCheckFailure: "ALL_OLD" }));
 * } catch (e) {
 *   throw toDynagenError(e, { unmarshal, operation: "Customer.create", onExists: true });
 * }
 */
export function toDynagenError(error: unknown, context: SdkErrorContext = {}): DynagenError {
  if (error instanceof DynagenError) return error;
  const e = (error !== null && typeof error === "object" ? error : {}) as SdkLikeError;
  const name = e.name ?? "Error";
  const prefix = context.operation ? `${context.operation}: ` : "";
  const message = `${prefix}${name}: ${e.message ?? String(error)}`;
  const options: DynagenErrorOptions = { cause: error };

  if (name === "ConditionalCheckFailedException") {
    const item = e.Item ? unmarshalOrRaw(e.Item, context) : undefined;
    return context.onExists
      ? new ItemExistsError(`${prefix}an item with this key already exists`, item, options)
      : new ConditionFailedError(`${prefix}the condition was not met`, item, options);
  }
  if (name === "TransactionCanceledException") {
    return new TransactionCanceledError(message, cancellationReasons(e, context), options);
  }
  if (THROTTLES.has(name)) return new ThrottledError(message, options);

  const status = e.$metadata?.httpStatusCode;
  if (name === "AbortError") return new ServiceError("aborted", message, { ...options, retryable: false });
  if (TIMEOUTS.has(name)) return new ServiceError("timeout", message, { ...options, retryable: true });
  if (hasNetworkCode(e)) return new ServiceError("network", message, { ...options, retryable: true });
  if ((status !== undefined && status >= 500) || e.$fault === "server" || TRANSIENT.has(name)) {
    return new ServiceError(serviceCode(name), message, { ...options, retryable: true });
  }
  if (status === undefined && e.$fault === undefined) {
    // No response and no known network signal: missing credentials or region, bad TLS or other
    // configuration, a bug. Sending again fails the same way, so it is not retryable.
    return new ServiceError("client", message, { ...options, retryable: false });
  }
  return new ServiceError(serviceCode(name), message, { ...options, retryable: false });
}

/** A Node socket or DNS failure, on the error itself or in its `cause` chain (as the SDK checks). */
function hasNetworkCode(e: SdkLikeError): boolean {
  let current: SdkLikeError | undefined = e;
  for (let depth = 0; current && depth <= 10; depth++) {
    if (current.code !== undefined && NETWORK_CODES.has(current.code)) return true;
    current = current.cause !== null && typeof current.cause === "object" ? (current.cause as SdkLikeError) : undefined;
  }
  return false;
}

function cancellationReasons(e: SdkLikeError, context: SdkErrorContext): CancellationReason[] {
  return (e.CancellationReasons ?? []).map((r, index) => {
    const reason: { index: number; code: string; message?: string; item?: unknown } = { index, code: r.Code ?? "None" };
    if (r.Message !== undefined) reason.message = r.Message;
    if (r.Item !== undefined) reason.item = unmarshalOrRaw(r.Item, context, index);
    return reason;
  });
}

function unmarshalOrRaw(raw: RawItem, context: SdkErrorContext, index?: number): unknown {
  return context.unmarshal ? context.unmarshal(raw, index) : raw;
}

/** `ValidationException` → `validation`, `InternalServerError` → `internalServerError`. */
function serviceCode(name: string): string {
  const bare = name.replace(/Exception$/, "");
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}
