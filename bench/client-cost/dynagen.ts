import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { GeneratedBench } from "../dynagen/generated-bench.js";
import { TABLE_NAME } from "../order/order.js";
import type { OrderOperations } from "./operations.js";

/**
 * dynagen's column: the repository generated from bench/schemas/bench.yaml, one call per
 * operation, exactly as SPEC §4 shows them.
 */
export function createDynagenOperations(generated: GeneratedBench, client: DynamoDBClient): OrderOperations {
  const db = generated.createBench({ client, tableName: TABLE_NAME });
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
      const writer = db.batchWriter();
      for (const order of orders) writer.put(db.order, order);
      await writer.close();
    },
  };
}
