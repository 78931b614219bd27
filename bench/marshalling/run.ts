import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { orderFromAttributeValues, orderToAttributeValues } from "../order/order-attribute-values.js";
import { sampleOrder, type Order } from "../order/order.js";
import { timeSyncSideBySide, type RoundsOptions, type SyncContender } from "../report/side-by-side.js";
import { NOT_BUILT, formatDuration, renderTable } from "../report/table.js";

const ITERATIONS = 20_000;

/** A per-entity straight-line marshaller, as the emitter writes into generated/<stem>/<entity>.ts. */
export interface OrderMarshaller {
  marshalOrder(order: Order): Record<string, AttributeValue>;
  unmarshalOrder(raw: Record<string, AttributeValue>): Order;
}
const BASELINE = "util-dynamodb";

/** `0.03x (31.2x faster)`: the ratio to the baseline, and the speed-up it means. */
function speedCell(ns: number | undefined, baselineNs: number | undefined): string {
  if (ns === undefined || baselineNs === undefined) return NOT_BUILT;
  const ratio = ns / baselineNs;
  if (ns === baselineNs) return `${formatDuration(ns)} (baseline)`;
  const speed = ratio < 1 ? `${(1 / ratio).toFixed(1)}x faster` : `${ratio.toFixed(2)}x slower`;
  return `${formatDuration(ns)} (${ratio.toFixed(2)}x, ${speed})`;
}

/**
 * Section 2: marshalling one 10-attribute Order alone, util-dynamodb's generic
 * `marshall`/`unmarshall` (the baseline, with dynagen's pinned options) against straight-line
 * code: the hand-written functions of the raw column and, once generated, dynagen's.
 */
export function runMarshalling(generated: OrderMarshaller | undefined, rounds: Omit<RoundsOptions, "iterations">): string {
  const order = sampleOrder(1);
  const stored = orderToAttributeValues(order);
  const options = { removeUndefinedValues: true, convertClassInstanceToMap: false };
  const marshalers: SyncContender[] = [
    { name: BASELINE, run: () => marshall(order, options) },
    { name: "hand-written", run: () => orderToAttributeValues(order) },
  ];
  const unmarshalers: SyncContender[] = [
    { name: BASELINE, run: () => unmarshall(stored) },
    { name: "hand-written", run: () => orderFromAttributeValues(stored) },
  ];
  if (generated) {
    marshalers.push({ name: "dynagen", run: () => generated.marshalOrder(order) });
    unmarshalers.push({ name: "dynagen", run: () => generated.unmarshalOrder(stored) });
  }
  const columns = [BASELINE, "dynagen", "hand-written"];
  const row = (label: string, contenders: SyncContender[]) => {
    const times = timeSyncSideBySide(contenders, { ...rounds, iterations: ITERATIONS });
    return [label, ...columns.map((name) => speedCell(times.get(name), times.get(BASELINE)))];
  };
  const title = `2. Marshalling one Order alone (median per item, ratio to ${BASELINE})`;
  return renderTable(title, ["operation", ...columns], [row("marshal", marshalers), row("unmarshal", unmarshalers)]);
}
