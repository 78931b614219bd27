import { ValidationError } from "../errors/index.js";

/** DynamoDB's limit on actions in one TransactWriteItems or TransactGetItems request. */
export const MAX_TRANSACTION_ACTIONS = 100;

/** Rejects an empty or oversized transaction before anything is sent. */
export function checkActionCount(count: number, operation: string): void {
  if (count === 0) throw new ValidationError("transactionEmpty", "", `${operation}: a transaction needs at least one action`);
  if (count > MAX_TRANSACTION_ACTIONS) {
    throw new ValidationError("transactionTooLarge", "", `${operation}: ${count} actions, at most ${MAX_TRANSACTION_ACTIONS} are allowed in one transaction`);
  }
}
