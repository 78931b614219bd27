import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Entity } from "electrodb";
import { ENTITY_NAME, TABLE_NAME, type Order } from "../order/order.js";
import type { OrderOperations } from "./operations.js";

/** The Order in ElectroDB: the same attributes, key templates and GSI, keys kept case-sensitive. */
export function electroOrderEntity(client: DynamoDBClient) {
  return new Entity(
    {
      model: { entity: ENTITY_NAME, version: "1", service: TABLE_NAME },
      attributes: {
        customerId: { type: "string", required: true },
        orderId: { type: "string", required: true },
        placedAt: { type: "string", required: true },
        status: { type: ["pending", "paid", "shipped", "cancelled"] as const, required: true },
        total: { type: "number", required: true },
        currency: { type: "string", required: true },
        itemCount: { type: "number", required: true },
        shippingCity: { type: "string", required: true },
        giftWrap: { type: "boolean", required: true },
        lines: {
          type: "list",
          required: true,
          items: {
            type: "map",
            properties: { sku: { type: "string", required: true }, qty: { type: "number", required: true } },
          },
        },
      },
      indexes: {
        primary: {
          pk: { field: "pk", composite: ["customerId"], template: "CUSTOMER#${customerId}", casing: "none" },
          sk: { field: "sk", composite: ["placedAt", "orderId"], template: "ORDER#${placedAt}#${orderId}", casing: "none" },
        },
        byId: {
          index: "gsi1",
          pk: { field: "gsi1pk", composite: ["orderId"], template: "ORDER#${orderId}", casing: "none" },
          sk: { field: "gsi1sk", composite: [], template: "ORDER", casing: "none" },
        },
      },
    },
    { table: TABLE_NAME, client: DynamoDBDocumentClient.from(client), identifiers: { entity: "_type", version: "_v" } },
  );
}

/** ElectroDB: fluent operations on an Entity, run with `go()`. */
export function createElectroOperations(client: DynamoDBClient): OrderOperations {
  const orders = electroOrderEntity(client);
  return {
    async put(order) {
      await orders.put(order).go();
    },
    async get(key) {
      const out = await orders.get(key).go();
      return (out.data ?? undefined) as Order | undefined;
    },
    async ship(key) {
      const out = await orders
        .update(key)
        .set({ status: "shipped" })
        .where(({ status }, { eq }) => eq(status, "paid"))
        .go({ response: "all_new" });
      return out.data as Order;
    },
    async query(customerId) {
      const out = await orders.query.primary({ customerId }).go({ pages: 1 });
      return out.data as Order[];
    },
    async batchWrite(batch) {
      await orders.put([...batch]).go();
    },
  };
}
