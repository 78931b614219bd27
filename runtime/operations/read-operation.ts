import type { DynamoDBClient, QueryCommandInput, ScanCommandInput } from "@aws-sdk/client-dynamodb";
import { itemsOf, paginateQuery, paginateScan, readPage, type Page, type PageOptions } from "../paginate/index.js";
import { Operation } from "./operation.js";

/** A Query or Scan input and how to turn its items into results. */
export interface ReadPlan<T> {
  readonly kind: "query" | "scan";
  readonly options: PageOptions<T>;
}

/**
 * A Query or Scan: awaited it reads one page (`{ items, cursor }`, `limit` counted after
 * filtering); `all()` iterates every item from the cursor on, `pages()` every page.
 *
 * @example
 * const { items, cursor } = await shop.order.query.primary({ customerId: "c1" }, { limit: 20 });
 * for await (const order of shop.order.query.primary({ customerId: "c1" }).all()) count++;
 */
export class ReadOperation<T, P extends QueryCommandInput | ScanCommandInput> extends Operation<Page<T>, P> {
  readonly #client: DynamoDBClient;
  readonly #plan: ReadPlan<T>;

  constructor(client: DynamoDBClient, build: () => P, plan: ReadPlan<T>) {
    super(build, (params) => readPage(client, { kind: plan.kind, input: params } as never, plan.options));
    this.#client = client;
    this.#plan = plan;
  }

  /** Every page from the cursor (or the start) to the end. @example for await (const page of op.pages()) send(page.items) */
  pages(): AsyncIterable<Page<T>> {
    const input = this.params();
    return this.#plan.kind === "query" ? paginateQuery(this.#client, input, this.#plan.options) : paginateScan(this.#client, input, this.#plan.options);
  }

  /** Every item from the cursor (or the start) to the end. @example for await (const o of op.all()) total += o.total */
  all(): AsyncIterable<T> {
    return itemsOf(this.pages());
  }
}
