import { DescribeTableCommand, DescribeTimeToLiveCommand, type DynamoDBClient, type TableDescription } from "@aws-sdk/client-dynamodb";
import { toDynagenError } from "../errors/index.js";

/** What {@link describeTable} reports about a table. Counts are DynamoDB's (refreshed about every six hours in AWS). */
export interface TableInfo {
  readonly name: string;
  /** `CREATING`, `ACTIVE`, `UPDATING`, `DELETING`… */
  readonly status: string;
  readonly itemCount: number;
  readonly sizeBytes: number;
  readonly arn: string | undefined;
  readonly billingMode: string | undefined;
  readonly key: { readonly partition: string; readonly sort?: string };
  readonly indexes: readonly { readonly name: string; readonly type: "global" | "local"; readonly status: string | undefined; readonly itemCount: number; readonly sizeBytes: number }[];
  /** Present when asked for with `{ ttl: true }`. */
  readonly ttl?: { readonly attribute: string | undefined; readonly status: string };
  /** The SDK's own description, for anything not listed above. */
  readonly raw: TableDescription;
}

/**
 * Describes a table: status, item count, size in bytes, key, indexes, and (with `{ ttl: true }`,
 * one more request) its time-to-live setting.
 *
 * @example
 * const { status, itemCount, sizeBytes } = await describeTable(client, "shop");
 */
export async function describeTable(client: DynamoDBClient, tableName: string, options: { readonly ttl?: boolean } = {}): Promise<TableInfo> {
  try {
    const [described, ttl] = await Promise.all([
      client.send(new DescribeTableCommand({ TableName: tableName })),
      options.ttl ? client.send(new DescribeTimeToLiveCommand({ TableName: tableName })) : undefined,
    ]);
    const info = tableInfo(described.Table ?? {});
    if (!ttl) return info;
    const d = ttl.TimeToLiveDescription;
    return { ...info, ttl: { attribute: d?.AttributeName, status: d?.TimeToLiveStatus ?? "DISABLED" } };
  } catch (error) {
    throw toDynagenError(error, { operation: `describeTable(${tableName})` });
  }
}

/**
 * Turns the SDK's TableDescription into a {@link TableInfo}.
 *
 * @example
 * const info = tableInfo((await client.send(new DescribeTableCommand({ TableName: "shop" }))).Table!);
 */
export function tableInfo(t: TableDescription): TableInfo {
  const keyName = (type: "HASH" | "RANGE") => t.KeySchema?.find((k) => k.KeyType === type)?.AttributeName;
  const sort = keyName("RANGE");
  const global = (t.GlobalSecondaryIndexes ?? []).map((i) => ({
    name: i.IndexName ?? "", type: "global" as const, status: i.IndexStatus as string | undefined, itemCount: i.ItemCount ?? 0, sizeBytes: i.IndexSizeBytes ?? 0,
  }));
  const local = (t.LocalSecondaryIndexes ?? []).map((i) => ({
    name: i.IndexName ?? "", type: "local" as const, status: undefined, itemCount: i.ItemCount ?? 0, sizeBytes: i.IndexSizeBytes ?? 0,
  }));
  return {
    name: t.TableName ?? "",
    status: t.TableStatus ?? "UNKNOWN",
    itemCount: t.ItemCount ?? 0,
    sizeBytes: t.TableSizeBytes ?? 0,
    arn: t.TableArn,
    billingMode: t.BillingModeSummary?.BillingMode ?? (t.ProvisionedThroughput?.ReadCapacityUnits ? "PROVISIONED" : undefined),
    key: sort === undefined ? { partition: keyName("HASH") ?? "" } : { partition: keyName("HASH") ?? "", sort },
    indexes: [...global, ...local],
    raw: t,
  };
}
