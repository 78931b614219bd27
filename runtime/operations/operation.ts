/**
 * A prepared DynamoDB call: awaiting it sends the request (once, even when awaited again), and
 * `params()` returns the exact command input without sending anything. The input is built on
 * first use, so a validation error rejects the await (or throws from `params()`).
 *
 * @example
 * const op = shop.customer.get({ customerId: "c1" });
 * op.params();            // { TableName: "shop", Key: { pk: { S: "CUSTOMER#c1" }, sk: { S: "PROFILE" } } }
 * const customer = await op;
 */
export class Operation<T, P> implements PromiseLike<T> {
  readonly #build: () => P;
  readonly #run: (params: P) => Promise<T>;
  #params: P | undefined;
  #result: Promise<T> | undefined;

  constructor(build: () => P, run: (params: P) => Promise<T>) {
    this.#build = build;
    this.#run = run;
  }

  /** The exact command input; nothing is sent. @example repo.get(key).params().Key */
  params(): P {
    if (this.#params === undefined) this.#params = this.#build();
    return this.#params;
  }

  /** Sends the request (the first time) and settles with its result. @example await repo.get(key) */
  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#start().then(onFulfilled, onRejected);
  }

  /** @example await repo.create(item).catch((e) => …) */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#start().catch(onRejected);
  }

  #start(): Promise<T> {
    if (this.#result === undefined) {
      try {
        this.#result = this.#run(this.params());
      } catch (error) {
        this.#result = Promise.reject(error);
      }
    }
    return this.#result;
  }
}
