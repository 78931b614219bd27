import { timeSideBySide, type RoundsOptions } from "../report/side-by-side.js";
import { NOT_BUILT, renderTable, timedCell } from "../report/table.js";
import { createRawOperations } from "./raw.js";
import { cannedClient, createCannedHandler } from "./canned-handler.js";
import { OPERATION_ROWS, type ClientColumn, type OrderOperations } from "./operations.js";
import { ROW_OPERATIONS, operationCalls, verifyOperations, type OperationName } from "./verify.js";

/** Calls per round for each operation: a round lasts about 10-20 ms of CPU time per column. */
const ITERATIONS: Record<OperationName, number> = { put: 50, get: 50, ship: 50, query: 12, batchWrite: 25 };

/** Many short rounds: each contender's turn moves round to round, and the medians settle. */
const CLIENT_COST_ROUNDS = { warmupRounds: 3, rounds: 21 };

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
  for (const [i, operation] of ROW_OPERATIONS.entries()) {
    const contenders = [...ready, [CONTROL, control] as const].map(([name, ops]) => ({ name, run: operationCalls(ops)[operation] }));
    const { medianNs, ratio } = await timeSideBySide(contenders, { ...rounds, iterations: ITERATIONS[operation] });
    const cell = (column: ClientColumn) =>
      column.create === undefined ? NOT_BUILT : ready.has(column.name) ? timedCell(medianNs.get(column.name), ratio.get(column.name)) : "failed";
    rows.push([OPERATION_ROWS[i]!.label, ...columns.map(cell)]);
    floor.push(`${OPERATION_ROWS[i]!.label} ${ratio.get(CONTROL)!.toFixed(2)}x`);
  }
  const title = `1. Client-side cost per operation, no network (median CPU time per op; ratio: median of per-round ratios to ${baseline})`;
  notes.unshift(`Noise floor: a second raw client, timed as one more column, measured ${floor.join(", ")} against the first.`);
  return [renderTable(title, ["operation", ...columns.map((c) => c.name)], rows), ...notes].join("\n");
}
