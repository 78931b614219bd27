import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriter, type BatchWriterOptions } from "../../runtime/batch/index.js";
import type { StoredItem } from "../order/order-attribute-values.js";
import { writeOneRequestAtATime } from "./baseline-loop.js";

/** A way of writing many items into a table; `undefined` while that part is not built. */
export interface ItemWriter {
  readonly name: string;
  readonly write: ((client: DynamoDBClient, tableName: string, items: readonly StoredItem[]) => Promise<void>) | undefined;
}

/** dynagen's runtime BatchWriter (several requests in flight, retries with jitter). */
function writeWithBatchWriter(options: BatchWriterOptions): NonNullable<ItemWriter["write"]> {
  return async (client, tableName, items) => {
    const writer = new BatchWriter(client, options);
    const target = { tableName, keyAttributes: ["pk", "sk"] };
    for (const item of items) await writer.put(target, item);
    await writer.close();
  };
}

export const ITEM_WRITERS: readonly ItemWriter[] = [
  { name: "one request in flight (baseline)", write: writeOneRequestAtATime },
  { name: "dynagen BatchWriter (defaults)", write: writeWithBatchWriter({}) },
  // Not columns of the issue: half and twice the default, which show where the default sits.
  { name: "dynagen BatchWriter, maxInFlight 8", write: writeWithBatchWriter({ maxInFlight: 8 }) },
  { name: "dynagen BatchWriter, maxInFlight 32", write: writeWithBatchWriter({ maxInFlight: 32 }) },
];
