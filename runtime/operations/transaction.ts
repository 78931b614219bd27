import type { TransactWriteItem, Update as UpdateAction } from "@aws-sdk/client-dynamodb";
import { compileParams } from "../expressions/index.js";
import { transactWrite } from "../transact/index.js";
import { buildAtTokenTime } from "./clock.js";
import { deleteItem, type DeleteOptions } from "./delete-item.js";
import { stringKey, type EntityDescriptor, type RawItem, type TableContext } from "./descriptor.js";
import { createItem, putItem, type PutOptions } from "./put-item.js";
import type { ConditionCallback } from "./single-item.js";
import type { UpdateChanges } from "./update-actions.js";
import { updateInput, type UpdateOptions } from "./update-item.js";

/** One action of a transaction, with the unmarshaller for the item a cancellation returns. */
export interface TransactAction {
  readonly action: TransactWriteItem;
  readonly unmarshal: (raw: RawItem) => unknown;
}

/**
 * The transaction actions of one entity: the same checks and key handling as the repository's
 * `create`, `put`, `update` and `delete`, plus `check` (a condition on another item).
 *
 * @example
 * await shop.transact((tx) => [tx.customer.update({ customerId: "c1" }, { add: { points: 5 } }), tx.order.create(order)]);
 */
export class EntityTransaction<Item, Key, Create, Update, Refs> {
  constructor(
    readonly table: TableContext,
    readonly descriptor: EntityDescriptor<Item, Key, Create>,
  ) {}

  /** Put only if the key is free. @example tx.order.create(order) */
  create(input: Create): TransactAction {
    return this.#action({ Put: createItem(this.table, this.descriptor, input).params() });
  }

  /** Replace (version checked and incremented). @example tx.customer.put(customer) */
  put(item: Item, options: PutOptions<Refs> = {}): TransactAction {
    return this.#action({ Put: putItem(this.table, this.descriptor, item, options).params() });
  }

  /** Update an existing item. @example tx.customer.update({ customerId: "c1" }, { add: { points: 5 } }) */
  update(key: Key, changes: Update, options: UpdateOptions<Refs> = {}): TransactAction {
    const input = updateInput(this.table, this.descriptor, key, changes as UpdateChanges, options);
    const update: UpdateAction = {
      TableName: this.table.tableName,
      Key: input.Key ?? {},
      UpdateExpression: input.UpdateExpression ?? "",
      ConditionExpression: input.ConditionExpression,
      ExpressionAttributeNames: input.ExpressionAttributeNames,
      ExpressionAttributeValues: input.ExpressionAttributeValues,
    };
    return this.#action({ Update: update });
  }

  /** Delete an item. @example tx.cart.delete({ cartId: "k1" }) */
  delete(key: Key, options: Omit<DeleteOptions<Refs>, "returnOld"> = {}): TransactAction {
    return this.#action({ Delete: deleteItem(this.table, this.descriptor, key, options).params() });
  }

  /** Require a condition on an item without writing it. @example tx.customer.check({ customerId: "c1" }, (a) => a.tier.eq("pro")) */
  check(key: Key, condition: ConditionCallback<Refs>): TransactAction {
    const params = compileParams({ condition: condition(this.descriptor.refs as Refs) });
    return this.#action({ ConditionCheck: { TableName: this.table.tableName, Key: stringKey(this.descriptor.primaryKey(key)), ...params, ConditionExpression: params.ConditionExpression as string } });
  }

  #action(action: TransactWriteItem): TransactAction {
    return { action, unmarshal: this.descriptor.unmarshal };
  }
}

/**
 * Runs actions as one TransactWriteItems call; `token` makes it idempotent. A cancellation is a
 * `TransactionCanceledError` whose reasons carry each failing item, unmarshalled.
 *
 * @example
 * await runTransaction(table, [tx.customer.update(key, changes), tx.order.create(order)], { token: "checkout-1" });
 */
export async function runTransaction(
  table: TableContext,
  build: readonly TransactAction[] | (() => readonly TransactAction[]),
  options: { readonly token?: string } = {},
): Promise<void> {
  // Built under the token's remembered time, a resend carries the same `now` stamps.
  const actions = typeof build !== "function" ? build : options.token === undefined ? build() : buildAtTokenTime(options.token, build);
  // async: an action that fails validation while being built rejects the promise, never throws.
  return transactWrite(table.client, actions.map((a) => a.action), {
    ...(options.token === undefined ? {} : { token: options.token }),
    unmarshal: (raw, index) => (actions[index ?? 0] as TransactAction).unmarshal(raw),
  });
}
