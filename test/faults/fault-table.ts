import { CreateTableCommand, DeleteTableCommand, ScanCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";

/** A throwaway table keyed by string `pk` (plus `sk` when asked), created directly on DynamoDB Local. */
export interface FaultTable {
  readonly name: string;
  /** Every item in the table, read directly (not through the proxy). */
  scanAll(): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

export async function createFaultTable(prefix: string, client: DynamoDBClient = localClient()): Promise<FaultTable> {
  const name = uniqueTableName(prefix);
  await client.send(
    new CreateTableCommand({
      TableName: name,
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
  return {
    name,
    async scanAll() {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, never> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: name, ExclusiveStartKey: start, ConsistentRead: true }));
        items.push(...((page.Items ?? []) as Record<string, unknown>[]));
        start = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (start);
      return items;
    },
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: name }));
    },
  };
}
