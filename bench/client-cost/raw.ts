import {
  BatchWriteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import {
  orderFromAttributeValues,
  orderKeyToAttributeValues,
  orderToAttributeValues,
} from "../order/order-attribute-values.js";
import { ORDER_SORT_PREFIX, TABLE_NAME, orderPartition } from "../order/order.js";
import type { OrderOperations } from "./operations.js";

/** The baseline: the raw client with hand-written AttributeValues and expressions. */
export function createRawOperations(client: DynamoDBClient): OrderOperations {
  return {
    async put(order) {
      await client.send(new PutItemCommand({ TableName: TABLE_NAME, Item: orderToAttributeValues(order) }));
    },
    async get(key) {
      const out = await client.send(new GetItemCommand({ TableName: TABLE_NAME, Key: orderKeyToAttributeValues(key) }));
      return out.Item ? orderFromAttributeValues(out.Item) : undefined;
    },
    async ship(key) {
      const out = await client.send(
        new UpdateItemCommand({
          TableName: TABLE_NAME,
          Key: orderKeyToAttributeValues(key),
          UpdateExpression: "SET #status = :shipped",
          ConditionExpression: "#status = :paid",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":shipped": { S: "shipped" }, ":paid": { S: "paid" } },
          ReturnValues: "ALL_NEW",
        }),
      );
      return out.Attributes ? orderFromAttributeValues(out.Attributes) : undefined;
    },
    async query(customerId) {
      const out = await client.send(
        new QueryCommand({
          TableName: TABLE_NAME,
          KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :prefix)",
          ExpressionAttributeNames: { "#pk": "pk", "#sk": "sk" },
          ExpressionAttributeValues: { ":pk": { S: orderPartition(customerId) }, ":prefix": { S: ORDER_SORT_PREFIX } },
        }),
      );
      return (out.Items ?? []).map(orderFromAttributeValues);
    },
    async batchWrite(orders) {
      const requests = orders.map((order) => ({ PutRequest: { Item: orderToAttributeValues(order) } }));
      await client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE_NAME]: requests } }));
    },
  };
}
