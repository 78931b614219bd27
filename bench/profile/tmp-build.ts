import { cannedClient } from "../client-cost/canned-handler.js";
import { createBench } from "../generated/bench/index.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";
const { client } = cannedClient();
const db = createBench({ client, tableName: TABLE_NAME });
const o = sampleOrder(1);
const key = { customerId: o.customerId, placedAt: o.placedAt, orderId: o.orderId };
const fns: Record<string, () => unknown> = {
  update: () => db.order.update(key, { set: { status: "shipped" } }, { if: (a) => a.status.eq("paid") }).params(),
  put: () => db.order.put(o).params(),
  get: () => db.order.get(key).params(),
  query: () => db.order.query.primary({ customerId: "c1" }).params(),
};
let sink: unknown;
for (const [n, f] of Object.entries(fns)) {
  for (let i = 0; i < 200000; i++) sink = f();
  const s = process.hrtime.bigint();
  for (let i = 0; i < 500000; i++) sink = f();
  console.log(n, (Number(process.hrtime.bigint() - s) / 500000).toFixed(0), "ns");
}
void sink;
