import { ValidationError } from "dynagen/runtime";

/** Runs a marshaller expected to reject its input; returns the ValidationError's [code, path]. */
export function rejection(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [error.code, error.path];
    throw error;
  }
  throw new Error("expected a ValidationError, nothing was thrown");
}
