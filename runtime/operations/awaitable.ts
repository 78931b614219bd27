import type { Page } from "../paginate/index.js";

/**
 * An operation as generated repositories type it: awaiting it runs it (once), `params()` is the
 * exact command input. The runtime's `Operation` class implements it; generated code names one
 * instantiation per result (`type OrderPutOperation = AwaitableOperation<Order, PutItemCommandInput>`)
 * so no per-entity interface has to be checked against `PromiseLike`.
 *
 * @example
 * const op: AwaitableOperation<Order, PutItemCommandInput> = shop.order.put(order);
 * op.params().Item; await op;
 */
export interface AwaitableOperation<T, P> extends PromiseLike<T> {
  /** The exact command input; nothing is sent. */
  params(): P;
  /** Runs the operation and handles its failure, as a promise's `catch` does. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B>;
}

/**
 * A query or scan: awaiting it reads one page; `pages()` and `all()` read on demand.
 *
 * @example
 * for await (const order of shop.order.query.primary({ customerId: "c1" }).all()) console.log(order.orderId);
 */
export interface PagedOperation<T, P> extends AwaitableOperation<Page<T>, P> {
  /** Every page, read on demand. */
  pages(): AsyncIterable<Page<T>>;
  /** Every item of every page, read on demand. */
  all(): AsyncIterable<T>;
}
