import type { HandlerExecutionContext, InitializeHandler, InitializeHandlerArguments, InitializeHandlerOutput, MetadataBearer } from "@smithy/types";
import { callHook, type ClientHooks } from "./hooks.js";
import type { LogFields, Logger } from "./logger.js";
import { elapsedMs, startOperation } from "./operation-state.js";

/** What both client middlewares need. */
export interface ObserveSettings {
  readonly logger: Logger;
  readonly logParams: boolean;
  readonly hooks: ClientHooks;
  /** The wait the retry strategy chose after an error, for onRetry and the warn line. */
  readonly delayAfter: (error: unknown) => number | undefined;
}

/**
 * Initialize-step middleware, outside the retry loop: times the whole operation, writes the
 * debug line (or the error line) and calls `onResponse` / `onError` once.
 */
export function operationMiddleware(settings: ObserveSettings) {
  return <Input extends object, Output extends MetadataBearer>(next: InitializeHandler<Input, Output>, context: HandlerExecutionContext) =>
    async (args: InitializeHandlerArguments<Input>): Promise<InitializeHandlerOutput<Output>> => {
      const state = startOperation(context, args.input);
      const { logger, hooks } = settings;
      const params = settings.logParams ? { input: args.input } : {};
      try {
        const result = await next(args);
        const durationMs = elapsedMs(state);
        const attempts = result.output.$metadata.attempts ?? Math.max(state.attempt, 1);
        const fields: LogFields = { operation: state.operation, table: state.table, attempts, durationMs, ...params };
        logger.debug(`dynamodb ${state.operation}${onTable(state.table)} ${durationMs} ms, ${plural(attempts, "attempt")}`, fields);
        await callHook("onResponse", hooks.onResponse, { operation: state.operation, input: args.input, attempt: attempts, durationMs, output: result.output }, logger);
        return result;
      } catch (error) {
        const durationMs = elapsedMs(state);
        const attempts = attemptsOf(error) ?? Math.max(state.attempt, 1);
        const errorName = error instanceof Error ? error.name : typeof error;
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        const fields: LogFields = { operation: state.operation, table: state.table, attempts, durationMs, errorName, ...params };
        logger.error(`dynamodb ${state.operation}${onTable(state.table)} failed after ${plural(attempts, "attempt")} in ${durationMs} ms: ${reason}`, fields);
        await callHook("onError", hooks.onError, { operation: state.operation, input: args.input, attempt: attempts, durationMs, error }, logger);
        throw error;
      }
    };
}

/** `$metadata.attempts` the SDK's retry middleware sets on the error it finally throws. */
function attemptsOf(error: unknown): number | undefined {
  const attempts = (error as { $metadata?: { attempts?: unknown } } | null)?.$metadata?.attempts;
  return typeof attempts === "number" ? attempts : undefined;
}

export function onTable(table: string | undefined): string {
  return table === undefined ? "" : ` ${table}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
