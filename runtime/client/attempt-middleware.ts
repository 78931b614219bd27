import type { FinalizeHandler, FinalizeHandlerArguments, FinalizeHandlerOutput, HandlerExecutionContext, MetadataBearer } from "@smithy/types";
import { callHook } from "./hooks.js";
import { onTable, type ObserveSettings } from "./operation-middleware.js";
import { elapsedMs, operationState, startOperation } from "./operation-state.js";

/**
 * Finalize-step middleware placed inside the SDK's retry loop, so it runs once per attempt:
 * counts attempts, calls `onRequest`, and before a retry writes the warn line and calls
 * `onRetry` with the error of the attempt before.
 */
export function attemptMiddleware(settings: ObserveSettings) {
  return <Input extends object, Output extends MetadataBearer>(next: FinalizeHandler<Input, Output>, context: HandlerExecutionContext) =>
    async (args: FinalizeHandlerArguments<Input>): Promise<FinalizeHandlerOutput<Output>> => {
      const state = operationState(context) ?? startOperation(context, args.input);
      const { logger, hooks } = settings;
      state.attempt += 1;
      const base = { operation: state.operation, input: args.input, attempt: state.attempt };
      if (state.attempt > 1) {
        const error = state.lastError;
        const delayMs = settings.delayAfter(error);
        const errorName = error instanceof Error ? error.name : String(error);
        const params = settings.logParams ? { input: args.input } : {};
        logger.warn(`dynamodb ${state.operation}${onTable(state.table)} retry ${state.attempt - 1} after ${errorName}${delayMs === undefined ? "" : ` (waited ${delayMs} ms)`}`, {
          operation: state.operation, table: state.table, attempt: state.attempt, delayMs, errorName, ...params,
        });
        await callHook("onRetry", hooks.onRetry, { ...base, durationMs: elapsedMs(state), error, delayMs }, logger);
      }
      await callHook("onRequest", hooks.onRequest, { ...base, durationMs: elapsedMs(state) }, logger);
      try {
        return await next(args);
      } catch (error) {
        state.lastError = error;
        throw error;
      }
    };
}
