import { GetItemCommand, type GetItemCommandInput, type GetItemCommandOutput } from "@aws-sdk/client-dynamodb";
import { compileParams } from "../expressions/index.js";
import { stringKey, type EntityDescriptor, type RawItem, type TableContext } from "./descriptor.js";
import { Operation } from "./operation.js";
import { loose, sendItemCommand } from "./single-item.js";

/**
 * The attributes of `item` that `raw` holds. A projected item is read by the entity's own reader,
 * so precise numbers, sets and maps come back typed as in a full read; what the projection left
 * out is dropped rather than read as empty.
 */
function presentOnly(item: unknown, raw: RawItem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item as Record<string, unknown>)) if (raw[name] !== undefined) out[name] = value;
  return out;
}

/** Options of `get`. */
export interface GetOptions<A extends string = string> {
  /** Strongly consistent read. */
  readonly consistent?: boolean;
  /** Read only these top-level attributes. */
  readonly attributes?: readonly A[];
}

/**
 * `get`: reads one item by key; undefined when there is none. With `attributes`, only those are
 * read (the result holds just them).
 *
 * @example
 * const customer = await getItem(table, CUSTOMER, { customerId: "c1" }, { consistent: true });
 */
export function getItem<Item, Key, Create>(table: TableContext, descriptor: EntityDescriptor<Item, Key, Create>, key: Key, options: GetOptions = {}): Operation<Item | undefined, GetItemCommandInput> {
  const projected = options.attributes !== undefined;
  return new Operation(
    () => {
      const input: GetItemCommandInput = { TableName: table.tableName, Key: stringKey(descriptor.primaryKey(key)) };
      if (options.consistent !== undefined) input.ConsistentRead = options.consistent;
      if (projected) Object.assign(input, compileParams({ projection: (options.attributes ?? []).map((a) => [a]) }));
      return input;
    },
    (params) =>
      sendItemCommand(() => table.client.send(new GetItemCommand(params)), loose(descriptor), "get", (out: GetItemCommandOutput) => {
        if (out.Item === undefined) return undefined;
        return projected ? (presentOnly(descriptor.unmarshal(out.Item), out.Item) as Item) : descriptor.unmarshal(out.Item);
      }),
  );
}
