import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  BatchPutRequest,
  BatchWriteCommand,
  Entity,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  Table,
  UpdateItemCommand,
  boolean,
  executeBatchWrite,
  item,
  list,
  map,
  number,
  string,
} from "dynamodb-toolbox";
import {
  ENTITY_NAME,
  ORDER_GSI1_SORT,
  ORDER_SORT_PREFIX,
  TABLE_NAME,
  orderGsi1Partition,
  orderPartition,
  orderSort,
  type Order,
} from "../order/order.js";
import type { OrderOperations } from "./operations.js";

const orderSchema = item({
  customerId: string().key(),
  orderId: string().key(),
  placedAt: string().key(),
  status: string().enum("pending", "paid", "shipped", "cancelled"),
  total: number(),
  currency: string(),
  itemCount: number(),
  shippingCity: string(),
  giftWrap: boolean(),
  lines: list(map({ sku: string(), qty: number() })),
}).and((base) => ({
  gsi1pk: string()
    .hidden()
    .putLink<typeof base>(({ orderId }) => orderGsi1Partition(orderId)),
  gsi1sk: string().hidden().putDefault(ORDER_GSI1_SORT),
}));

/** The Order in dynamodb-toolbox v2: the same table, key templates (computeKey) and GSI. */
export function toolboxOrderEntity(client: DynamoDBClient) {
  const table = new Table({
    name: TABLE_NAME,
    partitionKey: { name: "pk", type: "string" },
    sortKey: { name: "sk", type: "string" },
    indexes: {
      gsi1: {
        type: "global",
        partitionKey: { name: "gsi1pk", type: "string" },
        sortKey: { name: "gsi1sk", type: "string" },
      },
    },
    entityAttributeSavedAs: "_type",
    documentClient: DynamoDBDocumentClient.from(client),
  });
  const entity = new Entity({
    name: ENTITY_NAME,
    table,
    schema: orderSchema,
    timestamps: false,
    computeKey: ({ customerId, placedAt, orderId }) => ({
      pk: orderPartition(customerId),
      sk: orderSort(placedAt, orderId),
    }),
  });
  return { table, entity };
}

/** dynamodb-toolbox v2: commands built from the entity and sent with `send()`. */
export function createToolboxOperations(client: DynamoDBClient): OrderOperations {
  const { table, entity } = toolboxOrderEntity(client);
  return {
    async put(order) {
      await entity.build(PutItemCommand).item(order).send();
    },
    async get(key) {
      const out = await entity.build(GetItemCommand).key(key).send();
      return out.Item as Order | undefined;
    },
    async ship(key) {
      const out = await entity
        .build(UpdateItemCommand)
        .item({ ...key, status: "shipped" })
        .options({ condition: { attr: "status", eq: "paid" }, returnValues: "ALL_NEW" })
        .send();
      return out.Attributes as Order | undefined;
    },
    async query(customerId) {
      const out = await table
        .build(QueryCommand)
        .entities(entity)
        .query({ partition: orderPartition(customerId), range: { beginsWith: ORDER_SORT_PREFIX } })
        .send();
      return (out.Items ?? []) as Order[];
    },
    async batchWrite(orders) {
      const requests = orders.map((order) => entity.build(BatchPutRequest).item(order));
      await executeBatchWrite(table.build(BatchWriteCommand).requests(...requests));
    },
  };
}
