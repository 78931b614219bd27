// Profiling aid: where section 1's update time goes: the raw call, the raw client sending
// dynagen's exact input (built once), and the repository call.
import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { createCannedHandler } from "../client-cost/canned-handler.js";
import { createBench } from "../generated/bench/index.js";
import { unmarshalOrder } from "../generated/bench/order.js";
import { createRawOperations } from "../client-cost/raw.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";
import { timeSideBySide } from "../report/side-by-side.js";

const handler = createCannedHandler();
const client = new DynamoDBClient({ region: "us-east-1", credentials: { accessKeyId: "b", secretAccessKey: "b" }, requestHandler: handler.requestHandler, maxAttempts: 1 });
const db = createBench({ client, tableName: TABLE_NAME });
const raw = createRawOperations(client);
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const input = db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }).params();
const contenders = [
  { name: "raw", run: () => raw.ship(key) },
  { name: "raw client, dynagen's input", run: async () => unmarshalOrder((await client.send(new UpdateItemCommand(input))).Attributes ?? {}) },
  { name: "repository", run: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }) },
];
for (let i = 0; i < 4; i++) {
  const times = await timeSideBySide(contenders, { warmupRounds: 3, rounds: 21, iterations: 60 });
  console.log([...times].map(([name, ns]) => `${name} ${(ns / 1000).toFixed(1)} µs`).join(" | "));
}
