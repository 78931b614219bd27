import { DeleteTableCommand, waitUntilTableNotExists, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { toDynagenError } from "../errors/index.js";
import { waiterTimes, type WaitSettings } from "./waiting.js";

/** Settings of {@link deleteTable}. */
export interface DeleteTableOptions extends WaitSettings {
  /** A table that does not exist is not an error. */
  readonly ifExists?: boolean;
}

/**
 * Deletes a table and waits until it is gone (the SDK's `waitUntilTableNotExists`).
 *
 * @example
 * await deleteTable(client, "shop-test", { ifExists: true });
 */
export async function deleteTable(client: DynamoDBClient, tableName: string, options: DeleteTableOptions = {}): Promise<void> {
  const operation = `deleteTable(${tableName})`;
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } catch (error) {
    const missing = (error as { name?: string }).name === "ResourceNotFoundException";
    if (missing && options.ifExists) return;
    throw toDynagenError(error, { operation });
  }
  if (options.wait === false) return;
  try {
    await waitUntilTableNotExists({ client, ...waiterTimes(options) }, { TableName: tableName });
  } catch (error) {
    throw toDynagenError(error, { operation });
  }
}
