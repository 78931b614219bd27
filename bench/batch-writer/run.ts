import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { startDynamoDbLocal } from "../../test/dynamodb-local/dynamodb-local.js";
import { orderToAttributeValues, type StoredItem } from "../order/order-attribute-values.js";
import { sampleOrders } from "../order/order.js";
import { median } from "../report/side-by-side.js";
import { NOT_BUILT, formatDuration, renderTable } from "../report/table.js";
import { countItems, createBenchTable, deleteBenchTable } from "./bench-table.js";
import { ITEM_WRITERS, type ItemWriter } from "./writers.js";

export const BATCH_ITEM_COUNT = 5_000;

interface WriterResult {
  readonly times: number[];
  readonly lost: number[];
}

/** Writes `items` into a fresh table, counts them back, drops the table; the wall time of the writing. */
async function oneRound(client: DynamoDBClient, writer: ItemWriter, tableName: string, items: readonly StoredItem[]) {
  await createBenchTable(client, tableName);
  try {
    const start = process.hrtime.bigint();
    await writer.write!(client, tableName, items);
    const ns = Number(process.hrtime.bigint() - start);
    return { ns, lost: items.length - (await countItems(client, tableName)) };
  } finally {
    await deleteBenchTable(client, tableName);
  }
}

/**
 * Section 5: writing 5,000 Orders into DynamoDB Local (started here, stopped at the end even on
 * failure), one BatchWriteItem in flight against dynagen's BatchWriter, every round checked by
 * counting the table's items afterwards.
 */
export async function runBatchWriter(rounds: { warmupRounds: number; rounds: number }): Promise<string> {
  const database = await startDynamoDbLocal();
  try {
    const client = new DynamoDBClient({
      endpoint: database.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    });
    const items = sampleOrders(BATCH_ITEM_COUNT).map(orderToAttributeValues);
    const ready = ITEM_WRITERS.filter((w) => w.write !== undefined);
    const results = new Map<string, WriterResult>(ready.map((w) => [w.name, { times: [], lost: [] }]));
    let table = 0;
    // Warm-up rounds write all the items too: DynamoDB Local's JIT needs thousands of writes
    // before its speed settles. Each round starts with the next writer, so none always goes first.
    for (let round = 0; round < rounds.warmupRounds + rounds.rounds; round++) {
      const warm = round < rounds.warmupRounds;
      for (let turn = 0; turn < ready.length; turn++) {
        const writer = ready[(round + turn) % ready.length]!;
        const { ns, lost } = await oneRound(client, writer, `bench-batch-${table++}`, items);
        if (!warm) results.get(writer.name)!.times.push(ns), results.get(writer.name)!.lost.push(lost);
      }
    }
    client.destroy();
    const baselineTimes = results.get(ITEM_WRITERS[0]!.name)?.times ?? [];
    const rows = ITEM_WRITERS.map((writer) => {
      const result = results.get(writer.name);
      if (!result) return [writer.name, NOT_BUILT, "", "", "", ""];
      const ns = median(result.times);
      const lost = result.lost.reduce((a, b) => a + b, 0);
      // Paired per round: the server's speed drifts (its JIT, its garbage collector) over a run.
      const speedUps = result.times.map((t, round) => baselineTimes[round]! / t);
      return [
        writer.name,
        formatDuration(ns),
        `${Math.round(BATCH_ITEM_COUNT / (ns / 1e9))}/s`,
        `${median(speedUps).toFixed(2)}x`,
        `${Math.min(...speedUps).toFixed(2)}-${Math.max(...speedUps).toFixed(2)}x`,
        lost === 0 ? `none in ${result.lost.length} rounds` : `${lost} LOST`,
      ];
    });
    const title = `5. Batch writer, ${BATCH_ITEM_COUNT} items into DynamoDB Local (${rounds.rounds} rounds after ${rounds.warmupRounds} of warm-up; speed-up: median of per-round ratios to the baseline)`;
    return renderTable(title, ["writer", "wall time", "items/s", "speed-up", "range", "items lost"], rows);
  } finally {
    await database.stop();
  }
}
