// Profiling aid: how long dynagen's params() takes inside a realistic run (between SDK calls,
// caches cold), not in a tight loop: timed around each call while the repository sends as in section 1.
import { cannedClient } from "../client-cost/canned-handler.js";
import { createBench } from "../generated/bench/index.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";

const { handler, client } = cannedClient();
const db = createBench({ client, tableName: TABLE_NAME });
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const ops = {
  update: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }),
  query: () => db.order.query.primary({ customerId: order.customerId }),
  put: () => db.order.put(order),
  get: () => db.order.get(key),
};
for (const [name, make] of Object.entries(ops)) {
  for (const phase of ["warm", "timed"]) {
    let inParams = 0n;
    let total = 0n;
    const n = 600;
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      const op = make();
      op.params();
      const t1 = process.hrtime.bigint();
      await op;
      total += process.hrtime.bigint() - t0;
      inParams += t1 - t0;
    }
    if (phase === "timed") console.log(`${name.padEnd(7)} building the input ${(Number(inParams) / n / 1000).toFixed(1).padStart(6)} µs of ${(Number(total) / n / 1000).toFixed(1)} µs per call`);
  }
}
