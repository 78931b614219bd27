import { createBench } from "../generated/bench/index.js";
import { sampleOrder } from "../order/order.js";
import { orderToAttributeValues } from "../order/order-attribute-values.js";
import { timeSideBySide } from "../report/side-by-side.js";
const fakeClient = { send: async (_c: unknown) => ({ UnprocessedItems: {} }) };
const fake = fakeClient as never;
const db = createBench({ client: fake, tableName: "bench" });
const batch = Array.from({ length: 25 }, (_, i) => sampleOrder(i));
const { medianNs } = await timeSideBySide([
  { name: "raw marshal 25", run: async () => { const r = batch.map((o) => ({ PutRequest: { Item: orderToAttributeValues(o) } })); await fakeClient.send(r); } },
  { name: "dynagen writer 25", run: async () => { const w = db.batchWriter(); for (const o of batch) await w.put(db.order, o); await w.close(); } },
  { name: "dynagen marshal 25", run: async () => { for (const o of batch) db.order.put(o).params(); } },
], { warmupRounds: 5, rounds: 21, iterations: 2000 });
console.log([...medianNs].map(([n, v]) => `${n} ${(v / 1000).toFixed(2)} µs`).join(" | "));
