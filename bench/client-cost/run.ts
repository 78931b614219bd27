import { timeSideBySide, type RoundsOptions } from "../report/side-by-side.js";
import { NOT_BUILT, durationCell, renderTable } from "../report/table.js";
import { cannedClient, createCannedHandler } from "./canned-handler.js";
import { OPERATION_ROWS, type ClientColumn, type OrderOperations } from "./operations.js";
import { ROW_OPERATIONS, operationCalls, verifyOperations, type OperationName } from "./verify.js";

/** Calls per round for each operation: enough for a round to last tens of milliseconds. */
const ITERATIONS: Record<OperationName, number> = { put: 150, get: 150, ship: 150, query: 30, batchWrite: 50 };

/**
 * Section 1: each library's client-side cost per operation, every client answered by the same
 * in-memory handler. The first column is the baseline of every ratio.
 */
export async function runClientCost(columns: readonly ClientColumn[], rounds: Omit<RoundsOptions, "iterations">): Promise<string> {
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
  const rows: string[][] = [];
  for (const [i, operation] of ROW_OPERATIONS.entries()) {
    const contenders = [...ready].map(([name, ops]) => ({ name, run: operationCalls(ops)[operation] }));
    const times = await timeSideBySide(contenders, { ...rounds, iterations: ITERATIONS[operation] });
    const cell = (column: ClientColumn) =>
      column.create === undefined ? NOT_BUILT : ready.has(column.name) ? durationCell(times.get(column.name), times.get(baseline)) : "failed";
    rows.push([OPERATION_ROWS[i]!.label, ...columns.map(cell)]);
  }
  const title = `1. Client-side cost per operation, no network (median per op, ratio to ${baseline})`;
  return [renderTable(title, ["operation", ...columns.map((c) => c.name)], rows), ...notes].join("\n");
}
