import type { HandlerExecutionContext } from "@smithy/types";

/** What the client middleware remembers about one operation, across its attempts. */
export interface OperationState {
  readonly operation: string;
  readonly table: string | undefined;
  readonly input: unknown;
  readonly startedAt: number;
  attempt: number;
  lastError: unknown;
}

const STATE = Symbol("dynagen.operation");

/** Starts the record of an operation on the SDK's per-call context. */
export function startOperation(context: HandlerExecutionContext, input: unknown): OperationState {
  const state: OperationState = {
    operation: operationName(context.commandName),
    table: tableNames(input),
    input,
    startedAt: performance.now(),
    attempt: 0,
    lastError: undefined,
  };
  (context as Record<symbol, unknown>)[STATE] = state;
  return state;
}

/** The record `startOperation` put on this context, if any. */
export function operationState(context: HandlerExecutionContext): OperationState | undefined {
  return (context as Record<symbol, OperationState | undefined>)[STATE];
}

/** Milliseconds since the operation started, to a tenth. */
export function elapsedMs(state: OperationState): number {
  return Math.round((performance.now() - state.startedAt) * 10) / 10;
}

/** `GetItemCommand` → `GetItem`. */
export function operationName(commandName: string | undefined): string {
  if (!commandName) return "unknown";
  return commandName.endsWith("Command") ? commandName.slice(0, -"Command".length) : commandName;
}

/**
 * The table (or tables, comma-separated) a command input names: `TableName`, the keys of
 * batch `RequestItems`, or each transaction action's `TableName`. Only names, never values.
 */
export function tableNames(input: unknown): string | undefined {
  if (input === null || typeof input !== "object") return undefined;
  const record = input as { TableName?: unknown; RequestItems?: unknown; TransactItems?: unknown };
  if (typeof record.TableName === "string") return record.TableName;
  if (record.RequestItems && typeof record.RequestItems === "object") return joinNames(Object.keys(record.RequestItems));
  if (Array.isArray(record.TransactItems)) {
    const names = record.TransactItems.flatMap((action: unknown) =>
      Object.values(action && typeof action === "object" ? action : {}).map((body: { TableName?: unknown }) => body?.TableName),
    );
    return joinNames(names.filter((name): name is string => typeof name === "string"));
  }
  return undefined;
}

function joinNames(names: string[]): string | undefined {
  const distinct = [...new Set(names)];
  return distinct.length > 0 ? distinct.join(",") : undefined;
}
