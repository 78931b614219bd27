// Profiling aid: one operation's `params()` in a tight loop, for `node --cpu-prof`.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createBench } from "../generated/bench/index.js";
import { sampleOrder } from "../order/order.js";

const client = new DynamoDBClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } });
const db = createBench({ client, tableName: "bench" });
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const calls: Record<string, () => unknown> = {
  update: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }).params(),
  query: () => db.order.query.primary({ customerId: order.customerId }).params(),
  put: () => db.order.put(order).params(),
};
const call = calls[process.argv[2] ?? "update"]!;
for (let i = 0; i < 300_000; i++) call();
