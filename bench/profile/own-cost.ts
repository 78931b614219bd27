// Profiling aid: dynagen's own work per operation, nothing sent: building each command input
// (`params()`), unmarshalling a query page, and buffering a batch of 25 through the writer.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { entryId } from "../../runtime/batch/write-request.js";
import { createBench } from "../generated/bench/index.js";
import { marshalOrder, unmarshalOrder } from "../generated/bench/order.js";
import { sampleOrder } from "../order/order.js";
import { orderFromAttributeValues, orderToAttributeValues } from "../order/order-attribute-values.js";
import { timeSyncSideBySide } from "../report/side-by-side.js";

const client = new DynamoDBClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } });
const db = createBench({ client, tableName: "bench" });
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const batch = Array.from({ length: 25 }, (_, i) => sampleOrder(i));
const page = Array.from({ length: 100 }, (_, i) => orderToAttributeValues(sampleOrder(i)));
const raws = batch.map(marshalOrder);
const target = { tableName: "bench", keyAttributes: ["pk", "sk"] };

const contenders = [
  { name: "put params", run: () => db.order.put(order).params() },
  { name: "get params", run: () => db.order.get(key).params() },
  { name: "update+if params", run: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }).params() },
  { name: "query params", run: () => db.order.query.primary({ customerId: order.customerId }).params() },
  { name: "unmarshal 100", run: () => page.map(unmarshalOrder) },
  { name: "raw: unmarshal 100", run: () => page.map(orderFromAttributeValues) },
  { name: "marshal 25", run: () => batch.map(marshalOrder) },
  { name: "raw: marshal 25", run: () => batch.map(orderToAttributeValues) },
  { name: "batch entry ids 25", run: () => raws.map((raw) => entryId(target, raw)) },
];
const times = timeSyncSideBySide(contenders, { warmupRounds: 3, rounds: 15, iterations: 2000 });
for (const [name, ns] of times) console.log(`${name.padEnd(28)} ${(ns / 1000).toFixed(2).padStart(8)} µs`);
