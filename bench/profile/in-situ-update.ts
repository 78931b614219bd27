// Profiling aid: the steps of building an update input, each timed between real sends (as in section 1).
import { compileExpressions } from "../../runtime/expressions/index.js";
import { stringKey } from "../../runtime/operations/descriptor.js";
import { allOf, itemExists } from "../../runtime/operations/single-item.js";
import { updateNode } from "../../runtime/operations/update-actions.js";
import { cannedClient } from "../client-cost/canned-handler.js";
import { createBench, ORDER_DESCRIPTOR, type OrderRefs } from "../generated/bench/index.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";

const { handler, client } = cannedClient();
const db = createBench({ client, tableName: TABLE_NAME });
const order = sampleOrder(1);
const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
const d = ORDER_DESCRIPTOR as never;
const steps = { condition: 0n, updateNode: 0n, compile: 0n, key: 0n };
const n = 600;
for (let phase = 0; phase < 2; phase++) {
  for (const k of Object.keys(steps) as (keyof typeof steps)[]) steps[k] = 0n;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const condition = allOf(itemExists(d), ((a: OrderRefs) => a.status.eq("paid"))(ORDER_DESCRIPTOR.refs as OrderRefs), undefined);
    const t1 = process.hrtime.bigint();
    const update = updateNode(d, key, { set: { status: "shipped" } });
    const t2 = process.hrtime.bigint();
    compileExpressions({ update, condition });
    const t3 = process.hrtime.bigint();
    stringKey(ORDER_DESCRIPTOR.primaryKey(key));
    const t4 = process.hrtime.bigint();
    steps.condition += t1 - t0;
    steps.updateNode += t2 - t1;
    steps.compile += t3 - t2;
    steps.key += t4 - t3;
    await db.order.get(key); // a real send between builds, as in the bench
  }
}
console.log(Object.entries(steps).map(([k, v]) => `${k} ${(Number(v) / n / 1000).toFixed(1)} µs`).join(" | "));
