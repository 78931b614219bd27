import { sampleOrder } from "../order/order.js";
import type { CannedHandler } from "./canned-handler.js";
import { QUERY_PAGE_SIZE } from "./canned-responses.js";
import { OPERATION_ROWS, type OrderOperations } from "./operations.js";

export type OperationName = keyof OrderOperations;

/** The call each operation row times, with the arguments every library gets. */
export function operationCalls(ops: OrderOperations): Record<OperationName, () => Promise<unknown>> {
  const order = sampleOrder(1);
  const key = { customerId: order.customerId, placedAt: order.placedAt, orderId: order.orderId };
  const batch = Array.from({ length: 25 }, (_, i) => sampleOrder(i));
  return {
    put: () => ops.put(order),
    get: () => ops.get(key),
    ship: () => ops.ship(key),
    query: () => ops.query(order.customerId),
    batchWrite: () => ops.batchWrite(batch),
  };
}

export const ROW_OPERATIONS: readonly OperationName[] = ["put", "get", "ship", "query", "batchWrite"];

function checkResult(operation: OperationName, result: unknown): void {
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`${operation}: ${what}, got ${JSON.stringify(result)?.slice(0, 200)}`);
  };
  const order = result as { orderId?: unknown; total?: unknown; status?: unknown } | undefined;
  if (operation === "get") expect(order?.orderId === "o00001" && order.total === 126.5, "expected order o00001 with total 126.5");
  if (operation === "ship") expect(order?.status === "shipped", "expected the new item with status shipped");
  if (operation === "query") {
    const items = result as { total?: unknown }[];
    expect(Array.isArray(items) && items.length === QUERY_PAGE_SIZE, `expected ${QUERY_PAGE_SIZE} items`);
    expect(items.every((item) => typeof item.total === "number"), "expected unmarshalled items");
  }
}

/**
 * Runs each operation once and checks that it sent exactly one request of the expected kind and
 * read the answer back, so no library is timed doing less (or more) than the others.
 */
export async function verifyOperations(ops: OrderOperations, handler: CannedHandler): Promise<void> {
  const calls = operationCalls(ops);
  for (const [i, operation] of ROW_OPERATIONS.entries()) {
    const sends = OPERATION_ROWS[i]!.sends;
    const before = handler.sentCount(sends);
    const result = await calls[operation]();
    const sent = handler.sentCount(sends) - before;
    if (sent !== 1) throw new Error(`${operation}: expected one ${sends} request, saw ${sent}`);
    checkResult(operation, result);
  }
}
