import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from "@aws-sdk/client-dynamodb";
import type { StoredItem } from "../order/order-attribute-values.js";

const REQUEST_SIZE = 25;
const MAX_ATTEMPTS = 10;

/**
 * The baseline: what a careful user writes by hand. One BatchWriteItem of 25 in flight at a
 * time; UnprocessedItems are sent again (after a short, growing pause) until none are left.
 */
export async function writeOneRequestAtATime(client: DynamoDBClient, tableName: string, items: readonly StoredItem[]): Promise<void> {
  for (let start = 0; start < items.length; start += REQUEST_SIZE) {
    let requests: WriteRequest[] = items.slice(start, start + REQUEST_SIZE).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; requests.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`${requests.length} items still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
      requests = out.UnprocessedItems?.[tableName] ?? [];
    }
  }
}
