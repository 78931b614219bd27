import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createBench } from "../generated/bench/index.js";
import { TABLE_NAME } from "../order/order.js";
import type { OrderOperations } from "./operations.js";

/**
 * dynagen's column: the repository generated from bench/schemas/bench.yaml (bench/generated/),
 * one call per operation, as SPEC §4 shows them.
 */
export function createDynagenOperations(client: DynamoDBClient): OrderOperations {
  const db = createBench({ client, tableName: TABLE_NAME });
  return {
    async put(order) {
      await db.order.put(order);
    },
    async get(key) {
      return await db.order.get(key);
    },
    async ship(key) {
      return await db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") });
    },
    async query(customerId) {
      return (await db.order.query.primary({ customerId })).items;
    },
    async batchWrite(orders) {
      // As SPEC §4 writes it: `put` checks and buffers at once; its promise only reports room in
      // the buffer (200 writes), which 25 never fill, and `close()` sends and waits.
      const writer = db.batchWriter();
      for (const order of orders) void writer.put(db.order, order);
      await writer.close();
    },
  };
}
