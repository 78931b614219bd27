import { TransactGetItemsCommand, type AttributeValue, type DynamoDBClient, type TransactGetItem } from "@aws-sdk/client-dynamodb";
import { toDynagenError } from "../errors/index.js";
import { checkActionCount } from "./limits.js";

type RawItem = Record<string, AttributeValue>;

/**
 * Reads up to 100 items (from any tables) as one consistent snapshot. The result has one entry
 * per `Get`, in order: the item, or undefined when it does not exist.
 *
 * @example
 * const [customer, order] = await transactGet(client, [
 *   { Get: { TableName: "shop", Key: customerKey } },
 *   { Get: { TableName: "shop", Key: orderKey } },
 * ], { unmarshal: (raw, i) => (i === 0 ? unmarshalCustomer(raw) : unmarshalOrder(raw)) });
 */
export async function transactGet<T = RawItem>(
  client: DynamoDBClient,
  gets: readonly TransactGetItem[],
  options: { readonly unmarshal?: (raw: RawItem, index: number) => T } = {},
): Promise<(T | undefined)[]> {
  checkActionCount(gets.length, "TransactGetItems");
  const unmarshal = options.unmarshal ?? ((raw: RawItem) => raw as unknown as T);
  try {
    const out = await client.send(new TransactGetItemsCommand({ TransactItems: [...gets] }));
    return gets.map((_, i) => {
      const item = out.Responses?.[i]?.Item;
      return item === undefined ? undefined : unmarshal(item, i);
    });
  } catch (error) {
    throw toDynagenError(error, { operation: "TransactGetItems" });
  }
}
