// Profiling aid for the update row of section 1: the raw client, the raw client sending dynagen's
// input (built once), the raw client building dynagen's input per call, and the repository,
// taking turns of 400 calls: `node dist/bench/profile/update-split.js`.
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { cannedClient } from "../client-cost/canned-handler.js";
import { createRawOperations } from "../client-cost/raw.js";
import { createBench, unmarshalOrder } from "../generated/bench/index.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";
import { timeSideBySide } from "../report/side-by-side.js";

const { client } = cannedClient();
const raw = createRawOperations(client);
const db = createBench({ client, tableName: TABLE_NAME });
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const build = () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }).params();
const input = build();
const { ReturnValuesOnConditionCheckFailure: _, ...withoutOld } = input;
const contenders = [
  { name: "raw", run: () => raw.ship(key) },
  { name: "raw client, dynagen's input", run: async () => unmarshalOrder((await client.send(new UpdateItemCommand(input))).Attributes ?? {}) },
  { name: "same without ReturnValuesOnConditionCheckFailure", run: async () => unmarshalOrder((await client.send(new UpdateItemCommand(withoutOld))).Attributes ?? {}) },
  { name: "raw client, input built per call", run: async () => unmarshalOrder((await client.send(new UpdateItemCommand(build()))).Attributes ?? {}) },
  { name: "repository", run: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }) },
];
for (const c of contenders) for (let i = 0; i < 800; i++) await c.run();
const { medianNs, ratio } = await timeSideBySide(contenders, { warmupRounds: 1, rounds: 11, iterations: 400 });
for (const c of contenders) console.log(`${c.name.padEnd(50)} ${(medianNs.get(c.name)! / 1000).toFixed(1).padStart(6)} µs  ${ratio.get(c.name)!.toFixed(3)}x`);
