import { DeleteItemCommand, type DeleteItemCommandInput, type DeleteItemCommandOutput } from "@aws-sdk/client-dynamodb";
import { compileParams } from "../expressions/index.js";
import { stringKey, type EntityDescriptor, type TableContext } from "./descriptor.js";
import { Operation } from "./operation.js";
import { loose, sendItemCommand, type ConditionCallback } from "./single-item.js";

/** Options of `delete`. */
export interface DeleteOptions<Refs> {
  /** Resolve to the deleted item (undefined when there was none). */
  readonly returnOld?: boolean;
  /** Delete only if this holds (else `ConditionFailedError` with the current item). */
  readonly if?: ConditionCallback<Refs>;
}

/**
 * `delete`: removes one item by key. Deleting a missing item is not an error.
 *
 * @example
 * const old = await deleteItem(table, CUSTOMER, { customerId: "c1" }, { returnOld: true });
 */
export function deleteItem<Item, Key, Create, Refs>(table: TableContext, descriptor: EntityDescriptor<Item, Key, Create>, key: Key, options: DeleteOptions<Refs> = {}): Operation<Item | undefined, DeleteItemCommandInput> {
  return new Operation(
    () => {
      const input: DeleteItemCommandInput = { TableName: table.tableName, Key: stringKey(descriptor.primaryKey(key)) };
      if (options.if !== undefined) {
        Object.assign(input, compileParams({ condition: options.if(descriptor.refs as Refs) }));
        input.ReturnValuesOnConditionCheckFailure = "ALL_OLD";
      }
      if (options.returnOld) input.ReturnValues = "ALL_OLD";
      return input;
    },
    (params) =>
      sendItemCommand(() => table.client.send(new DeleteItemCommand(params)), loose(descriptor), "delete", (out: DeleteItemCommandOutput) =>
        out.Attributes === undefined ? undefined : descriptor.unmarshal(out.Attributes),
      ),
  );
}
