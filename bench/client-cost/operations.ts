import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Order, OrderKey } from "../order/order.js";

/**
 * The five operations of section 1, as each library writes them. Every column implements this
 * once; the runner times them all the same way.
 */
export interface OrderOperations {
  /** Replaces the order (no condition). */
  put(order: Order): Promise<void>;
  get(key: OrderKey): Promise<Order | undefined>;
  /** Sets status to "shipped" if it is "paid" now; returns the new item (ALL_NEW). */
  ship(key: OrderKey): Promise<Order | undefined>;
  /** One page of the customer's orders (`begins_with(sk, "ORDER#")`), unmarshalled. */
  query(customerId: string): Promise<Order[]>;
  /** One BatchWriteItem of 25 puts. */
  batchWrite(orders: readonly Order[]): Promise<void>;
}

/** A column of the table: a library, and how to build its operations on a given client. */
export interface ClientColumn {
  readonly name: string;
  /** `undefined` while that library's part is not available (printed as n/a). */
  readonly create: ((client: DynamoDBClient) => OrderOperations | Promise<OrderOperations>) | undefined;
}

/** The operation rows, in print order, with the DynamoDB operation each one must send once. */
export const OPERATION_ROWS = [
  { label: "put", sends: "PutItem" },
  { label: "get", sends: "GetItem" },
  { label: "update with condition", sends: "UpdateItem" },
  { label: "query 100 items", sends: "Query" },
  { label: "batch write 25", sends: "BatchWriteItem" },
] as const;
