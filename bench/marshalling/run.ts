import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { isDeepStrictEqual } from "node:util";
import { orderFromAttributeValues, orderToAttributeValues, type StoredItem } from "../order/order-attribute-values.js";
import { sampleOrder, type Order } from "../order/order.js";
import { jsonFromFreshProcess } from "../report/fresh-process.js";
import { median, timeSyncSideBySide, type RoundsOptions, type SyncContender } from "../report/side-by-side.js";
import { NOT_BUILT, formatDuration, renderTable } from "../report/table.js";

/** A per-entity straight-line marshaller, as the emitter writes into generated/<stem>/<entity>.ts. */
export interface OrderMarshaller {
  marshalOrder(order: Order): Record<string, AttributeValue>;
  unmarshalOrder(raw: Record<string, AttributeValue>): Order;
}
const BASELINE = "util-dynamodb";
const COLUMNS = [BASELINE, "dynagen", "hand-written"];
const OPERATIONS = ["marshal", "unmarshal"] as const;
type Operation = (typeof OPERATIONS)[number];
/** The key and type attributes every stored Order carries besides its 10 attributes. */
const KEY_AND_TYPE = ["pk", "sk", "gsi1pk", "gsi1sk", "_type"];
/** A contender that returns its input: what the timing loop itself costs per call, in every column. */
const LOOP_ALONE = "loop alone";

/** Many short rounds, contenders taking turns in a rotating order: see `timeSyncSideBySide`. */
export const MARSHALLING_ROUNDS: RoundsOptions = { warmupRounds: 10, rounds: 41, iterations: 4_000 };

/** What one process measured: median nanoseconds per call by column, and the timing loop's own cost. */
export interface MarshallingTimes {
  readonly ns: Record<Operation, Record<string, number>>;
  /** Nanoseconds per call of a contender that returns its input, timed with each row. */
  readonly loopNs: Record<Operation, number>;
}

/** How many times faster than the baseline a column ran in one process (NaN when it was not measured). */
function speedUp(times: MarshallingTimes, operation: Operation, column: string): number {
  const ns = times.ns[operation][column];
  const baseline = times.ns[operation][BASELINE];
  return ns === undefined || baseline === undefined ? Number.NaN : baseline / ns;
}

/** `131 ns (0.03x, 34.2x faster)`: the time, its ratio to the baseline and the speed-up it means. */
function speedCell(ns: number, speed: number, isBaseline: boolean): string {
  if (!Number.isFinite(ns)) return NOT_BUILT;
  if (isBaseline) return `${formatDuration(ns)} (baseline)`;
  const words = speed >= 1 ? `${speed.toFixed(1)}x faster` : `${(1 / speed).toFixed(2)}x slower`;
  return `${formatDuration(ns)} (${(1 / speed).toFixed(2)}x, ${words})`;
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
 * bench/main.ts measures in fresh processes (bench/marshalling/main.ts), so util-dynamodb is timed
 * with none of the JIT and inline-cache state other sections leave in its functions.
 */
export function measureMarshalling(generated: OrderMarshaller | undefined, rounds: RoundsOptions = MARSHALLING_ROUNDS): MarshallingTimes {
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
  const time = (contenders: SyncContender[], input: unknown) => {
    const times = timeSyncSideBySide([...contenders, { name: LOOP_ALONE, run: () => input }], rounds);
    const loopNs = times.get(LOOP_ALONE)!;
    times.delete(LOOP_ALONE);
    return { ns: Object.fromEntries(times), loopNs };
  };
  const marshal = time(marshalers, order);
  const unmarshal = time(unmarshalers, stored);
  return { ns: { marshal: marshal.ns, unmarshal: unmarshal.ns }, loopNs: { marshal: marshal.loopNs, unmarshal: unmarshal.loopNs } };
}

/**
 * The section's table from one or more processes' measurements: each cell is the median time over
 * the processes and the median of their speed-ups (each process's own baseline / column), so a
 * process that ran slow as a whole moves neither; with several processes, their speed-ups follow.
 */
export function renderMarshalling(processes: readonly MarshallingTimes[]): string {
  const rows = OPERATIONS.map((operation) => [
    operation,
    ...COLUMNS.map((column) =>
      speedCell(
        median(processes.map((p) => p.ns[operation][column] ?? Number.NaN)),
        median(processes.map((p) => speedUp(p, operation, column))),
        column === BASELINE,
      ),
    ),
  ]);
  const count = processes.length === 1 ? "one process" : `median of ${processes.length} fresh processes`;
  const title = `2. Marshalling one Order alone, same output from every column (median per item, ratio to ${BASELINE}; ${count})`;
  const lines = [renderTable(title, ["operation", ...COLUMNS], rows)];
  if (processes.length > 1) {
    const perProcess = (operation: Operation) => processes.map((p) => speedUp(p, operation, "dynagen").toFixed(1)).join("/");
    lines.push(`dynagen's speed-up in each process: marshal ${perProcess("marshal")}, unmarshal ${perProcess("unmarshal")}.`);
  }
  const loop = (operation: Operation) => `${median(processes.map((p) => p.loopNs[operation])).toFixed(1)} ns`;
  lines.push(
    `Each column is timed in a loop of its own; that loop with a call that returns its input took ${loop("marshal")} (marshal row) and ${loop("unmarshal")} (unmarshal row) per call, included in every column.`,
  );
  return lines.join("\n");
}

/** Measures in `count` fresh node processes (bench/marshalling/main.ts) and renders their table. */
export function runMarshallingInFreshProcesses(count: number): string {
  const processes: MarshallingTimes[] = [];
  for (let i = 0; i < count; i++) {
    try {
      processes.push(jsonFromFreshProcess(new URL("./main.js", import.meta.url), ["--json"]) as MarshallingTimes);
    } catch (error) {
      throw new Error(`bench section 2: ${(error as Error).message}`);
    }
  }
  return renderMarshalling(processes);
}
