import { UpdateItemCommand, type UpdateItemCommandInput, type UpdateItemCommandOutput } from "@aws-sdk/client-dynamodb";
import { stringKey, type EntityDescriptor, type TableContext } from "./descriptor.js";
import { Operation } from "./operation.js";
import { allOf, itemExists, loose, requiresItem, sendItemCommand, versionIs, type ConditionCallback } from "./single-item.js";
import { updateParams, type UpdateChanges } from "./update-actions.js";

/** Options of `update`. */
export interface UpdateOptions<Refs> {
  /** Update only if this holds (else `ConditionFailedError` with the current item). */
  readonly if?: ConditionCallback<Refs>;
  /** Update only if the stored version is this one (optimistic locking). */
  readonly expectedVersion?: number;
}

/**
 * `update`: changes an existing item (never creates one: a missing item is a
 * `ConditionFailedError`) and resolves to the item after the update.
 *
 * @example
 * const after = await updateItem(table, CUSTOMER, { customerId: "c1" }, { set: { name: "Anne" }, add: { points: 10 } }, {});
 */
export function updateItem<Item, Key, Create, Refs>(
  table: TableContext,
  descriptor: EntityDescriptor<Item, Key, Create>,
  key: Key,
  changes: UpdateChanges,
  options: UpdateOptions<Refs> = {},
): Operation<Item, UpdateItemCommandInput> {
  return new Operation<Item, UpdateItemCommandInput>(
    () => updateInput(table, descriptor, key, changes, options),
    (params) =>
      sendItemCommand(() => table.client.send(new UpdateItemCommand(params)), loose(descriptor), "update", (out: UpdateItemCommandOutput) =>
        descriptor.unmarshal(out.Attributes ?? {}),
      ),
  );
}

/** The UpdateItem input of an update (also used inside transactions). */
export function updateInput<Item, Key, Create, Refs>(
  table: TableContext,
  descriptor: EntityDescriptor<Item, Key, Create>,
  key: Key,
  changes: UpdateChanges,
  options: UpdateOptions<Refs>,
): UpdateItemCommandInput & { ConditionExpression: string } {
  const d = loose(descriptor);
  const version = descriptor.versionAttribute;
  const asked = options.if?.(descriptor.refs as Refs);
  const versioned = version !== undefined && options.expectedVersion !== undefined ? versionIs(version, options.expectedVersion) : undefined;
  // An update never creates an item; a condition that already fails on a missing one says so itself.
  const exists = requiresItem(asked) || requiresItem(versioned) ? undefined : itemExists(d);
  const condition = allOf(exists, asked, versioned);
  const params = updateParams(d, key as object, changes, condition);
  return {
    TableName: table.tableName,
    Key: stringKey(descriptor.primaryKey(key)),
    ...params,
    ConditionExpression: params.ConditionExpression as string,
    ReturnValues: "ALL_NEW",
    ReturnValuesOnConditionCheckFailure: "ALL_OLD",
  };
}
