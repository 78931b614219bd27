import { compileParams } from "../../runtime/expressions/index.js";
import { updateNode, updateParams } from "../../runtime/operations/update-actions.js";
import { allOf, itemExists } from "../../runtime/operations/single-item.js";
import { ORDER_DESCRIPTOR, type OrderRefs } from "../generated/bench/index.js";
import { timeSyncSideBySide } from "../report/side-by-side.js";
import { sampleOrder } from "../order/order.js";
const o = sampleOrder(1);
const key = { customerId: o.customerId, placedAt: o.placedAt, orderId: o.orderId };
const d = ORDER_DESCRIPTOR as never;
const cond = () => allOf(itemExists(d), ((a: OrderRefs) => a.status.eq("paid"))(ORDER_DESCRIPTOR.refs as OrderRefs), undefined);
const t = timeSyncSideBySide([
  { name: "old", run: () => compileParams({ update: updateNode(d, key, { set: { status: "shipped" } }), condition: cond() }) },
  { name: "new", run: () => updateParams(d, key, { set: { status: "shipped" } }, cond()) },
  { name: "cond only", run: () => cond() },
], { warmupRounds: 3, rounds: 21, iterations: 20000 });
console.log([...t].map(([n, v]) => `${n} ${v.toFixed(0)} ns`).join(" | "));
