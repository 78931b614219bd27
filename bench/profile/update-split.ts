// Profiling aid: where section 1's update time goes: the raw call, the raw client sending
// dynagen's exact input (built once), and the repository call.
import { QueryCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { readPage } from "../../runtime/paginate/index.js";
import { cannedClient } from "../client-cost/canned-handler.js";
import { createBench } from "../generated/bench/index.js";
import { unmarshalOrder } from "../generated/bench/order.js";
import { createRawOperations } from "../client-cost/raw.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";
import { timeSideBySide } from "../report/side-by-side.js";

const { handler, client } = cannedClient();
const db = createBench({ client, tableName: TABLE_NAME });
const raw = createRawOperations(client);
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const input = db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }).params();
const queryInput = db.order.query.primary({ customerId: order.customerId }).params();
const queries = [
  { name: "raw query", run: () => raw.query(order.customerId) },
  { name: "raw client, dynagen's input", run: async () => ((await client.send(new QueryCommand(queryInput))).Items ?? []).map(unmarshalOrder) },
  { name: "readPage, dynagen's input", run: async () => (await readPage(client, { kind: "query", input: queryInput }, { unmarshal: unmarshalOrder, keyAttributes: ["pk", "sk"] })).items },
  { name: "readPage, fresh params()", run: async () => (await readPage(client, { kind: "query", input: db.order.query.primary({ customerId: order.customerId }).params() }, { unmarshal: unmarshalOrder, keyAttributes: ["pk", "sk"] })).items },
  { name: "repository", run: async () => (await db.order.query.primary({ customerId: order.customerId })).items },
];
const contenders = process.argv[2] === "query" ? (process.argv[3] === "reverse" ? [...queries].reverse() : queries) : [
  { name: "raw", run: () => raw.ship(key) },
  { name: "raw client, dynagen's input", run: async () => unmarshalOrder((await client.send(new UpdateItemCommand(input))).Attributes ?? {}) },
  { name: "repository", run: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }) },
];
for (let i = 0; i < 4; i++) {
  const { medianNs: times } = await timeSideBySide(contenders, { warmupRounds: 3, rounds: 21, iterations: process.argv[2] === "query" ? 15 : 60 });
  console.log([...times].map(([name, ns]) => `${name} ${(ns / 1000).toFixed(1)} µs`).join(" | "));
}
