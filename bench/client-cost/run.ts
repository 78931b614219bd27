import { jsonFromFreshProcess } from "../report/fresh-process.js";
import { median, timeSideBySide, type RoundsOptions } from "../report/side-by-side.js";
import { NOT_BUILT, renderTable, timedCell } from "../report/table.js";
import { cannedClient, createCannedHandler } from "./canned-handler.js";
import { CLIENT_COLUMNS, CONTROL_COLUMN } from "./columns.js";
import { OPERATION_ROWS, type ClientColumn, type OrderOperations } from "./operations.js";
import { ROW_OPERATIONS, operationCalls, verifyOperations, type OperationName } from "./verify.js";

/**
 * Calls per turn for each operation: a turn lasts about 100 ms, long enough to hold many of the
 * young-generation collections its calls cause. With short turns a collection falls on one
 * turn or the next by chance, and the paired ratios swung 0.7x-1.4x between two identical clients.
 */
const ITERATIONS: Record<OperationName, number> = { put: 400, get: 400, ship: 400, query: 80, batchWrite: 200 };

/**
 * Turns' worth of calls each column makes before anything is timed. With 2, `node --trace-opt`
 * showed V8 still optimizing dynagen's update path (updateInput, planUpdate, sendItemCommand...)
 * in the first timed rounds, whose CPU time then ran 10-30% over their wall time; over six paired
 * processes each, the update row's median was 1.065x with 2 and 1.045x with 10.
 */
const WARM_UP_TURNS = 10;

const CLIENT_COST_ROUNDS = { warmupRounds: 1, rounds: 11 };

/** What one column's process reports: per operation, both medians and the paired ratio; or why it was left out. */
export type PairResult =
  | { readonly column: string; readonly rows: Record<OperationName, { readonly baselineNs: number; readonly ns: number; readonly ratio: number }> }
  | { readonly column: string; readonly leftOut: string };

/**
 * Times one column against the raw client, both on the same canned handler: every operation is
 * first run many times by both (the optimizing compiler then works now, not in a timed turn:
 * CPU time counts every thread), then the two take turns in shuffled order, operation by operation.
 */
export async function timePair(columnName: string, rounds: Omit<RoundsOptions, "iterations"> = CLIENT_COST_ROUNDS): Promise<PairResult> {
  const column = [...CLIENT_COLUMNS, CONTROL_COLUMN].find((c) => c.name === columnName);
  if (!column?.create) return { column: columnName, leftOut: "no such column, or not built" };
  const handler = createCannedHandler();
  const baseline = await CLIENT_COLUMNS[0]!.create!(cannedClient(handler).client);
  let ops: OrderOperations;
  try {
    ops = await column.create(cannedClient(handler).client);
    await verifyOperations(ops, handler);
  } catch (error) {
    return { column: columnName, leftOut: (error as Error).message };
  }
  for (const each of [baseline, ops]) {
    const calls = operationCalls(each);
    for (const operation of ROW_OPERATIONS) for (let i = 0; i < ITERATIONS[operation] * WARM_UP_TURNS; i++) await calls[operation]();
  }
  const rows = {} as Record<OperationName, { baselineNs: number; ns: number; ratio: number }>;
  for (const operation of ROW_OPERATIONS) {
    const contenders = [
      { name: "baseline", run: operationCalls(baseline)[operation] },
      { name: "column", run: operationCalls(ops)[operation] },
    ];
    const { medianNs, ratio } = await timeSideBySide(contenders, { ...rounds, iterations: ITERATIONS[operation] });
    rows[operation] = { baselineNs: medianNs.get("baseline")!, ns: medianNs.get("column")!, ratio: ratio.get("column")! };
  }
  return { column: columnName, rows };
}

/**
 * Processes per column: the target's column (dynagen) and the noise floor are timed in nine
 * processes each and their per-operation medians kept, since one process's ratio moved by up to
 * 0.1x from run to run. With three the median still moved by 0.05x between runs, and with five
 * as well (the same code's update row read 1.03x and 1.07x, its batch row 1.02x and 1.08x, in
 * runs 20 minutes apart). The peers, far from the baseline, run in one.
 */
const PROCESSES: Record<string, number> = { dynagen: 9, [CONTROL_COLUMN.name]: 9 };

/** `timePair` for one column in `count` fresh processes: per operation, the medians of their times and ratios. */
function pairInFreshProcesses(columnName: string, count: number): { result: PairResult; ratios: Map<OperationName, number[]> } {
  const runs = Array.from({ length: count }, () => pairInFreshProcess(columnName));
  const ratios = new Map<OperationName, number[]>();
  const failed = runs.find((r) => "leftOut" in r);
  if (failed) return { result: failed, ratios };
  const timed = runs as Extract<PairResult, { rows: unknown }>[];
  const rows = {} as Record<OperationName, { baselineNs: number; ns: number; ratio: number }>;
  for (const operation of ROW_OPERATIONS) {
    const pick = (field: "baselineNs" | "ns" | "ratio") => timed.map((r) => r.rows[operation][field]);
    rows[operation] = { baselineNs: median(pick("baselineNs")), ns: median(pick("ns")), ratio: median(pick("ratio")) };
    ratios.set(operation, pick("ratio"));
  }
  return { result: { column: columnName, rows }, ratios };
}

/** Runs `timePair` for one column in a new node process. */
function pairInFreshProcess(columnName: string): PairResult {
  try {
    return jsonFromFreshProcess(new URL("./pair-main.js", import.meta.url), [columnName]) as PairResult;
  } catch (error) {
    return { column: columnName, leftOut: (error as Error).message };
  }
}

/**
 * Section 1: each library's client-side cost per operation, every client answered by the same
 * in-memory handler. Each column is timed against the raw client (the baseline of every ratio)
 * in a fresh process of its own (dynagen's and the noise floor's in nine, see PROCESSES); a
 * second raw client, timed the same way, gives the noise floor.
 */
export function runClientCost(columns: readonly ClientColumn[] = CLIENT_COLUMNS): string {
  const baseline = columns[0]!.name;
  const results = new Map<string, PairResult>();
  const spreads = new Map<string, Map<OperationName, number[]>>();
  for (const column of [...columns.slice(1), CONTROL_COLUMN]) {
    if (!column.create) continue;
    const count = PROCESSES[column.name] ?? 1;
    const { result, ratios } = pairInFreshProcesses(column.name, count);
    results.set(column.name, result);
    if (count > 1 && ratios.size > 0) spreads.set(column.name, ratios);
  }
  const notes: string[] = [];
  for (const result of results.values()) if ("leftOut" in result) notes.push(`${result.column} left out: ${result.leftOut}`);
  const timed = [...results.values()].filter((r) => "rows" in r);
  const rows = ROW_OPERATIONS.map((operation, i) => {
    const baselineNs = median(timed.filter((r) => r.column !== CONTROL_COLUMN.name).map((r) => r.rows[operation].baselineNs));
    const cell = (column: ClientColumn): string => {
      if (column.create === undefined) return NOT_BUILT;
      if (column.name === baseline) return timedCell(baselineNs, 1);
      const result = results.get(column.name);
      return result && "rows" in result ? timedCell(result.rows[operation].ns, result.rows[operation].ratio) : "failed";
    };
    return [OPERATION_ROWS[i]!.label, ...columns.map(cell)];
  });
  for (const [name, ratios] of spreads) {
    const each = ROW_OPERATIONS.map((operation, i) => `${OPERATION_ROWS[i]!.label} ${ratios.get(operation)!.map((r) => r.toFixed(2)).join("/")}`);
    const label = name === CONTROL_COLUMN.name ? "The noise floor" : `The ${name} column`;
    notes.push(`${label} is the median of ${ratios.get(ROW_OPERATIONS[0]!)!.length} processes, whose ratios were ${each.join(", ")}.`);
  }
  notes.push(
    `Times: each column's median in its own process (the median over its processes where it had several); the ${baseline} column is the median of its times in those processes. ` +
      "A ratio is paired within a process (same rounds, same heap), so it need not equal the quotient of two printed times.",
  );
  const control = results.get(CONTROL_COLUMN.name);
  if (control && "rows" in control) {
    const floor = ROW_OPERATIONS.map((operation, i) => `${OPERATION_ROWS[i]!.label} ${control.rows[operation].ratio.toFixed(2)}x`);
    notes.unshift(`Noise floor: a second raw client, timed against the first the same way, measured ${floor.join(", ")}.`);
  }
  const title = `1. Client-side cost per operation, no network (median CPU time per op; ratio: median of per-round ratios to ${baseline}, each column timed against it in a process of its own)`;
  return [renderTable(title, ["operation", ...columns.map((c) => c.name)], rows), ...notes].join("\n");
}
