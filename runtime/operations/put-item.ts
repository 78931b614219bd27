import { PutItemCommand, type PutItemCommandInput } from "@aws-sdk/client-dynamodb";
import { compileParams, type Condition } from "../expressions/index.js";
import { currentTime } from "./clock.js";
import type { EntityDescriptor, TableContext } from "./descriptor.js";
import { Operation } from "./operation.js";
import { allOf, itemMissing, loose, sendItemCommand, versionIs, type ConditionCallback } from "./single-item.js";

/** Options of `put`. */
export interface PutOptions<Refs> {
  /** An extra condition on the stored item. */
  readonly if?: ConditionCallback<Refs>;
}

/**
 * `create`: writes a new item (defaults filled, version 1) only if none has its key. A clash is
 * an `ItemExistsError` carrying the stored item. Resolves to the item as stored.
 *
 * @example
 * const customer = await createItem(table, CUSTOMER, { customerId: "c1", email: "a@b.c", name: "Ann" });
 */
export function createItem<Item, Key, Create>(table: TableContext, descriptor: EntityDescriptor<Item, Key, Create>, input: Create): Operation<Item, PutItemCommandInput> {
  let item: Item;
  return new Operation(
    () => {
      item = descriptor.applyDefaults(input);
      const params = compileParams({ condition: itemMissing(loose(descriptor)) });
      const put: PutItemCommandInput = { TableName: table.tableName, Item: descriptor.marshal(item), ...params, ReturnValuesOnConditionCheckFailure: "ALL_OLD" };
      return put;
    },
    (params) => sendItemCommand(() => table.client.send(new PutItemCommand(params)), loose(descriptor), "create", () => item, true),
  );
}

/**
 * `put`: replaces the item. With a version attribute the write succeeds only if the stored
 * version equals `item`'s (stale: `ConditionFailedError` with the current item) and stores it
 * incremented; `onUpdate: now` attributes are set. Resolves to the item as stored.
 *
 * @example
 * const saved = await putItem(table, CUSTOMER, { ...customer, name: "Anne" }, {});
 */
export function putItem<Item, Key, Create, Refs>(table: TableContext, descriptor: EntityDescriptor<Item, Key, Create>, input: Item, options: PutOptions<Refs> = {}): Operation<Item, PutItemCommandInput> {
  let item: Item;
  return new Operation(
    () => {
      const version = descriptor.versionAttribute;
      let versionCheck: Condition | undefined;
      // The caller's item is never changed: a copy is made only when there is something to stamp.
      if (version !== undefined || descriptor.onUpdateNow.length > 0) {
        const next: Record<string, unknown> = { ...(input as unknown as Record<string, unknown>) };
        if (descriptor.onUpdateNow.length > 0) {
          const now = currentTime();
          for (const name of descriptor.onUpdateNow) next[name] = now;
        }
        if (version !== undefined) {
          versionCheck = versionIs(version, next[version]);
          next[version] = (typeof next[version] === "number" ? next[version] : 0) + 1;
        }
        item = next as Item;
      } else item = input;
      const condition = allOf(versionCheck, options.if?.(descriptor.refs as Refs));
      const params = compileParams({ condition });
      const put: PutItemCommandInput = { TableName: table.tableName, Item: descriptor.marshal(item), ...params };
      if (condition !== undefined) put.ReturnValuesOnConditionCheckFailure = "ALL_OLD";
      return put;
    },
    (params) => sendItemCommand(() => table.client.send(new PutItemCommand(params)), loose(descriptor), "put", () => item),
  );
}
