import { TransactWriteItemsCommand, type AttributeValue, type DynamoDBClient, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { ValidationError, toDynagenError } from "../errors/index.js";
import { checkActionCount } from "./limits.js";

/** Settings of {@link transactWrite}. */
export interface TransactWriteOptions {
  /** Idempotency key (`ClientRequestToken`, 1–36 characters): the same token within 10 minutes applies once. */
  readonly token?: string;
  /** Turns the current item returned with a cancellation reason into the caller's type; `index` is the action's position. */
  readonly unmarshal?: (raw: Record<string, AttributeValue>, index?: number) => unknown;
}

/**
 * Runs up to 100 Put, Update, Delete and ConditionCheck actions as one transaction. Every
 * conditional action asks for `ALL_OLD` on failure, so a cancellation is thrown as a
 * `TransactionCanceledError` with one reason per action, the failing ones carrying the item.
 *
 * @example
 * await transactWrite(client, [
 *   { Put: { TableName: "shop", Item: order, ConditionExpression: "attribute_not_exists(pk)" } },
 *   { Update: { TableName: "shop", Key: customerKey, UpdateExpression: "ADD #n :one", ExpressionAttributeNames: { "#n": "orders" }, ExpressionAttributeValues: { ":one": { N: "1" } } } },
 * ], { token: "checkout-1234" });
 */
export async function transactWrite(client: DynamoDBClient, actions: readonly TransactWriteItem[], options: TransactWriteOptions = {}): Promise<void> {
  checkActionCount(actions.length, "TransactWriteItems");
  const token = options.token;
  if (token !== undefined && (token.length < 1 || token.length > 36)) {
    throw new ValidationError("token", "token", "a ClientRequestToken must have 1 to 36 characters");
  }
  try {
    await client.send(new TransactWriteItemsCommand({ TransactItems: actions.map(withAllOld), ClientRequestToken: token }));
  } catch (error) {
    throw toDynagenError(error, { unmarshal: options.unmarshal, operation: "TransactWriteItems" });
  }
}

/** Asks DynamoDB to return the current item when the action's condition fails. */
function withAllOld(action: TransactWriteItem): TransactWriteItem {
  const allOld = { ReturnValuesOnConditionCheckFailure: "ALL_OLD" } as const;
  if (action.ConditionCheck) return { ConditionCheck: { ...allOld, ...action.ConditionCheck } };
  if (action.Put?.ConditionExpression) return { Put: { ...allOld, ...action.Put } };
  if (action.Update?.ConditionExpression) return { Update: { ...allOld, ...action.Update } };
  if (action.Delete?.ConditionExpression) return { Delete: { ...allOld, ...action.Delete } };
  return action;
}
