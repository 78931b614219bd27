import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import {
  ENTITY_NAME,
  ORDER_GSI1_SORT,
  ORDER_SORT_PREFIX,
  TABLE_NAME,
  orderGsi1Partition,
  orderPartition,
  orderSort,
  type Order,
  type OrderKey,
} from "../order/order.js";
import type { OrderOperations } from "./operations.js";

/** The stored item as plain JS: the attributes plus keys and type, marshalled by lib-dynamodb. */
function storedOrder(order: Order): Record<string, unknown> {
  return {
    pk: orderPartition(order.customerId),
    sk: orderSort(order.placedAt, order.orderId),
    gsi1pk: orderGsi1Partition(order.orderId),
    gsi1sk: ORDER_GSI1_SORT,
    _type: ENTITY_NAME,
    ...order,
  };
}

const storedKey = (key: OrderKey) => ({ pk: orderPartition(key.customerId), sk: orderSort(key.placedAt, key.orderId) });

/** lib-dynamodb's DocumentClient: plain objects in and out, keys built by hand. */
export function createDocumentClientOperations(client: DynamoDBClient): OrderOperations {
  const documents = DynamoDBDocumentClient.from(client);
  return {
    async put(order) {
      await documents.send(new PutCommand({ TableName: TABLE_NAME, Item: storedOrder(order) }));
    },
    async get(key) {
      const out = await documents.send(new GetCommand({ TableName: TABLE_NAME, Key: storedKey(key) }));
      return out.Item as Order | undefined;
    },
    async ship(key) {
      const out = await documents.send(
        new UpdateCommand({
          TableName: TABLE_NAME,
          Key: storedKey(key),
          UpdateExpression: "SET #status = :shipped",
          ConditionExpression: "#status = :paid",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":shipped": "shipped", ":paid": "paid" },
          ReturnValues: "ALL_NEW",
        }),
      );
      return out.Attributes as Order | undefined;
    },
    async query(customerId) {
      const out = await documents.send(
        new QueryCommand({
          TableName: TABLE_NAME,
          KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :prefix)",
          ExpressionAttributeNames: { "#pk": "pk", "#sk": "sk" },
          ExpressionAttributeValues: { ":pk": orderPartition(customerId), ":prefix": ORDER_SORT_PREFIX },
        }),
      );
      return (out.Items ?? []) as Order[];
    },
    async batchWrite(orders) {
      const requests = orders.map((order) => ({ PutRequest: { Item: storedOrder(order) } }));
      await documents.send(new BatchWriteCommand({ RequestItems: { [TABLE_NAME]: requests } }));
    },
  };
}
