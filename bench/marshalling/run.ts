import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { isDeepStrictEqual } from "node:util";
import { orderFromAttributeValues, orderToAttributeValues, type StoredItem } from "../order/order-attribute-values.js";
import { sampleOrder, type Order } from "../order/order.js";
import { timeSyncSideBySide, type RoundsOptions, type SyncContender } from "../report/side-by-side.js";
import { NOT_BUILT, formatDuration, renderTable } from "../report/table.js";

/** A per-entity straight-line marshaller, as the emitter writes into generated/<stem>/<entity>.ts. */
export interface OrderMarshaller {
  marshalOrder(order: Order): Record<string, AttributeValue>;
  unmarshalOrder(raw: Record<string, AttributeValue>): Order;
}
const BASELINE = "util-dynamodb";
const COLUMNS = [BASELINE, "dynagen", "hand-written"];
/** The key and type attributes every stored Order carries besides its 10 attributes. */
const KEY_AND_TYPE = ["pk", "sk", "gsi1pk", "gsi1sk", "_type"];

/** Many short rounds, contenders taking turns in a rotating order: see `timeSyncSideBySide`. */
export const MARSHALLING_ROUNDS: RoundsOptions = { warmupRounds: 10, rounds: 41, iterations: 4_000 };

/** `0.03x (31.2x faster)`: the ratio to the baseline, and the speed-up it means. */
function speedCell(ns: number | undefined, baselineNs: number | undefined): string {
  if (ns === undefined || baselineNs === undefined) return NOT_BUILT;
  const ratio = ns / baselineNs;
  if (ns === baselineNs) return `${formatDuration(ns)} (baseline)`;
  const speed = ratio < 1 ? `${(1 / ratio).toFixed(1)}x faster` : `${ratio.toFixed(2)}x slower`;
  return `${formatDuration(ns)} (${ratio.toFixed(2)}x, ${speed})`;
}

/** Throws unless every contender returns a value deeply equal to the first one's (and to `expected`, when given). */
function checkSameOutput(what: string, contenders: readonly SyncContender[], expected?: unknown): void {
  const reference = expected ?? contenders[0]!.run();
  for (const contender of contenders) {
    if (!isDeepStrictEqual(contender.run(), reference)) throw new Error(`bench section 2: ${contender.name}'s ${what} differs from the others'`);
  }
}

/**
 * Section 2: marshalling one 10-attribute Order alone, util-dynamodb's generic
 * `marshall`/`unmarshall` (the baseline, with dynagen's pinned options) against straight-line
 * code: the hand-written functions of the raw column and, once generated, dynagen's.
 *
 * Every contender produces the same output, checked before timing:
 * - marshal: the 15 stored attributes (10 of the Order, pk, sk, gsi1pk, gsi1sk, _type).
 *   util-dynamodb is given the Order with the key and type attributes already in it (rendered
 *   once, outside the timed call); dynagen and the hand-written pair render them on each call,
 *   and dynagen also validates every value. The baseline does the least work.
 * - unmarshal: the 10-attribute Order. util-dynamodb is given the stored item without its key and
 *   type attributes (it would return them too); the straight-line readers get the whole stored item.
 *
 * bench/main.ts runs this section in a fresh process (bench/marshalling/main.ts), so util-dynamodb
 * is timed with none of the JIT and inline-cache state other sections leave in its functions.
 */
export function runMarshalling(generated: OrderMarshaller | undefined, rounds: RoundsOptions = MARSHALLING_ROUNDS): string {
  const order = sampleOrder(1);
  const stored: StoredItem = orderToAttributeValues(order);
  const orderWithKeys: Record<string, unknown> = {};
  for (const name of KEY_AND_TYPE) orderWithKeys[name] = stored[name]!.S;
  Object.assign(orderWithKeys, order);
  const storedAttributes: StoredItem = { ...stored };
  for (const name of KEY_AND_TYPE) delete storedAttributes[name];
  const options = { removeUndefinedValues: true, convertClassInstanceToMap: false };
  const marshalers: SyncContender[] = [
    { name: BASELINE, run: () => marshall(orderWithKeys, options) },
    { name: "hand-written", run: () => orderToAttributeValues(order) },
  ];
  const unmarshalers: SyncContender[] = [
    { name: BASELINE, run: () => unmarshall(storedAttributes) },
    { name: "hand-written", run: () => orderFromAttributeValues(stored) },
  ];
  if (generated) {
    marshalers.push({ name: "dynagen", run: () => generated.marshalOrder(order) });
    unmarshalers.push({ name: "dynagen", run: () => generated.unmarshalOrder(stored) });
  }
  checkSameOutput("marshalled item", marshalers);
  checkSameOutput("unmarshalled Order", unmarshalers, order);
  const row = (label: string, contenders: SyncContender[]) => {
    const times = timeSyncSideBySide(contenders, rounds);
    return [label, ...COLUMNS.map((name) => speedCell(times.get(name), times.get(BASELINE)))];
  };
  const title = `2. Marshalling one Order alone, same output from every column (median per item, ratio to ${BASELINE}; fresh process)`;
  return renderTable(title, ["operation", ...COLUMNS], [row("marshal", marshalers), row("unmarshal", unmarshalers)]);
}
