import { median, timeSideBySide, type RoundsOptions } from "../report/side-by-side.js";
import { NOT_BUILT, renderTable, timedCell } from "../report/table.js";
import { createRawOperations } from "./raw.js";
import { cannedClient, createCannedHandler } from "./canned-handler.js";
import { OPERATION_ROWS, type ClientColumn, type OrderOperations } from "./operations.js";
import { ROW_OPERATIONS, operationCalls, verifyOperations, type OperationName } from "./verify.js";

/** Calls per round for each operation: a round lasts about 10-20 ms of CPU time per column. */
const ITERATIONS: Record<OperationName, number> = { put: 50, get: 50, ship: 50, query: 12, batchWrite: 25 };

/** Turns' worth of calls each column makes before anything is timed. */
const WARM_UP_TURNS = 10;

/** Many short rounds: each contender's turn moves round to round, and the medians settle. */
const CLIENT_COST_ROUNDS = { warmupRounds: 3, rounds: 41 };

/** A second raw client, timed like every column but not printed as one: its ratio is the noise floor. */
const CONTROL = "raw client, second instance";

/**
 * Section 1: each library's client-side cost per operation, every client answered by the same
 * in-memory handler. The first column is the baseline of every ratio.
 */
export async function runClientCost(columns: readonly ClientColumn[], rounds: Omit<RoundsOptions, "iterations"> = CLIENT_COST_ROUNDS): Promise<string> {
  const handler = createCannedHandler();
  const ready = new Map<string, OrderOperations>();
  const notes: string[] = [];
  for (const column of columns) {
    if (!column.create) continue;
    const { client } = cannedClient(handler);
    try {
      const ops = await column.create(client);
      await verifyOperations(ops, handler);
      ready.set(column.name, ops);
    } catch (error) {
      notes.push(`${column.name} left out: ${(error as Error).message}`);
    }
  }
  const baseline = columns[0]!.name;
  const control = await createRawOperations(cannedClient(handler).client);
  await verifyOperations(control, handler);
  const rows: string[][] = [];
  const floor: string[] = [];
  const [baselineOps] = [...ready.values()];
  // Before any timing, every column runs every operation many times: the engine's optimizing
  // compiler then works on its own threads now, not during some column's timed turns (CPU time
  // counts every thread of the process).
  for (const ops of [...ready.values(), control]) {
    const calls = operationCalls(ops);
    for (const operation of ROW_OPERATIONS) for (let i = 0; i < ITERATIONS[operation] * WARM_UP_TURNS; i++) await calls[operation]();
  }
  for (const [i, operation] of ROW_OPERATIONS.entries()) {
    // Each column is timed against the raw client in rounds of its own (the two taking turns), so
    // the garbage a heavier library leaves behind is never collected in another column's time.
    const pair = async (name: string, ops: OrderOperations) => {
      const contenders = [
        { name: baseline, run: operationCalls(baselineOps!)[operation] },
        { name, run: operationCalls(ops)[operation] },
      ];
      return timeSideBySide(contenders, { ...rounds, iterations: ITERATIONS[operation] });
    };
    const cells = new Map<string, string>();
    const baselineNs: number[] = [];
    for (const [name, ops] of [...ready].slice(1)) {
      const { medianNs, ratio } = await pair(name, ops);
      baselineNs.push(medianNs.get(baseline)!);
      cells.set(name, timedCell(medianNs.get(name), ratio.get(name)));
    }
    const { ratio: controlRatio } = await pair(CONTROL, control);
    cells.set(baseline, timedCell(median(baselineNs), 1));
    const cell = (column: ClientColumn) => (column.create === undefined ? NOT_BUILT : (cells.get(column.name) ?? "failed"));
    rows.push([OPERATION_ROWS[i]!.label, ...columns.map(cell)]);
    floor.push(`${OPERATION_ROWS[i]!.label} ${controlRatio.get(CONTROL)!.toFixed(2)}x`);
  }
  const title = `1. Client-side cost per operation, no network (median CPU time per op; ratio: median of per-round ratios to ${baseline}, timed in pairs)`;
  notes.unshift(`Noise floor: a second raw client, timed against the first the same way, measured ${floor.join(", ")}.`);
  return [renderTable(title, ["operation", ...columns.map((c) => c.name)], rows), ...notes].join("\n");
}
