import { orderToAttributeValues } from "../order/order-attribute-values.js";
import { sampleOrder, sampleOrders, type Order } from "../order/order.js";

/** Items a query answers with: one page of 100 orders, no LastEvaluatedKey. */
export const QUERY_PAGE_SIZE = 100;

/**
 * The canned DynamoDB JSON each operation answers with, keyed by the operation name in the
 * `x-amz-target` header (`DynamoDB_20120810.<Operation>`). Serialised once, so every request
 * of every library gets the same bytes and the handler itself costs next to nothing.
 */
/** A stored order as DynamoDB returns it; `_v` is the version ElectroDB checks on every read. */
const storedOrder = (order: Order) => ({ ...orderToAttributeValues(order), _v: { S: "1" } });

export function cannedResponses(): ReadonlyMap<string, Buffer> {
  const item = storedOrder(sampleOrder(1));
  const shipped = { ...item, status: { S: "shipped" } };
  const items = sampleOrders(QUERY_PAGE_SIZE).map(storedOrder);
  const bodies: Record<string, unknown> = {
    PutItem: {},
    GetItem: { Item: item },
    UpdateItem: { Attributes: shipped },
    Query: { Items: items, Count: items.length, ScannedCount: items.length },
    BatchWriteItem: { UnprocessedItems: {} },
  };
  return new Map(Object.entries(bodies).map(([operation, body]) => [operation, Buffer.from(JSON.stringify(body))]));
}
