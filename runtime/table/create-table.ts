import {
  CreateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { toDynagenError } from "../errors/index.js";
import { describeTable, type TableInfo } from "./describe-table.js";
import { waiterTimes, type WaitSettings } from "./waiting.js";

/** Settings of {@link createTable}. */
export interface CreateTableOptions extends WaitSettings {
  /** Attribute holding the expiry (epoch seconds): time to live is enabled on it once the table is ACTIVE. */
  readonly ttlAttribute?: string;
  /** An existing table of that name is not an error (it is described and returned as is). */
  readonly ifNotExists?: boolean;
}

/**
 * Creates a table from its definition (the generated `table.ts` gives the CreateTable input),
 * waits until it is ACTIVE with the SDK's `waitUntilTableExists`, and enables time to live
 * when `ttlAttribute` is given (which needs an ACTIVE table, so it always waits then).
 *
 * @example
 * const info = await createTable(client, { ...shopTable, TableName: "shop-test" }, { ttlAttribute: "expiresAt" });
 * info.status; // "ACTIVE"
 */
export async function createTable(client: DynamoDBClient, input: CreateTableCommandInput, options: CreateTableOptions = {}): Promise<TableInfo> {
  const tableName = input.TableName ?? "";
  const operation = `createTable(${tableName})`;
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    const exists = (error as { name?: string }).name === "ResourceInUseException";
    if (!(exists && options.ifNotExists)) throw toDynagenError(error, { operation });
  }
  if (options.wait === false && options.ttlAttribute === undefined) return describeTable(client, tableName);
  try {
    await waitUntilTableExists({ client, ...waiterTimes(options) }, { TableName: tableName });
    if (options.ttlAttribute !== undefined) {
      await client.send(new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: options.ttlAttribute, Enabled: true },
      })).catch((error: unknown) => {
        // Enabling it twice (ifNotExists on an existing table) is not a failure.
        if (!/already enabled/i.test(String((error as Error).message))) throw error;
      });
    }
  } catch (error) {
    throw toDynagenError(error, { operation });
  }
  return describeTable(client, tableName, { ttl: options.ttlAttribute !== undefined });
}
