import { createBench } from "../generated/bench/index.js";
import { sampleOrder } from "../order/order.js";
const fakeClient = { send: async (_c: unknown) => ({ UnprocessedItems: {} }) };
const db = createBench({ client: fakeClient as never, tableName: "bench" });
const batch = Array.from({ length: 25 }, (_, i) => sampleOrder(i));
for (let i = 0; i < 100000; i++) { const w = db.batchWriter(); for (const o of batch) await w.put(db.order, o); await w.close(); }
