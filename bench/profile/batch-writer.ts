// Profiling aid for section 5: the one-in-flight loop against BatchWriter settings given on the
// command line (`node dist/bench/profile/batch-writer.js 4 8 16`), 5,000 items, a few rounds each.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { startDynamoDbLocal } from "../../test/dynamodb-local/dynamodb-local.js";
import { BatchWriter } from "../../runtime/batch/index.js";
import { writeOneRequestAtATime } from "../batch-writer/baseline-loop.js";
import { countItems, createBenchTable, deleteBenchTable } from "../batch-writer/bench-table.js";
import { orderToAttributeValues, type StoredItem } from "../order/order-attribute-values.js";
import { sampleOrders } from "../order/order.js";
import { median } from "../report/side-by-side.js";

type Write = (client: DynamoDBClient, tableName: string, items: readonly StoredItem[]) => Promise<void>;
const settings = process.argv.slice(2).map(Number);
const rounds = 4;
const writers: [string, Write][] = [["one in flight", writeOneRequestAtATime]];
for (const maxInFlight of settings.length > 0 ? settings : [4, 8]) {
  writers.push([`BatchWriter ${maxInFlight}`, async (client, tableName, items) => {
    const writer = new BatchWriter(client, maxInFlight > 0 ? { maxInFlight } : {});
    const target = { tableName, keyAttributes: ["pk", "sk"] };
    for (const item of items) await writer.put(target, item);
    await writer.close();
  }]);
}
const database = await startDynamoDbLocal();
try {
  const client = new DynamoDBClient({ endpoint: database.endpoint, region: "us-east-1", credentials: { accessKeyId: "bench", secretAccessKey: "bench" } });
  const items = sampleOrders(5000).map(orderToAttributeValues);
  const times = new Map<string, number[]>(writers.map(([name]) => [name, []]));
  let table = 0;
  for (let round = 0; round <= rounds; round++) {
    for (let turn = 0; turn < writers.length; turn++) {
      const [name, write] = writers[(round + turn) % writers.length]!;
      const tableName = `profile-${table++}`;
      await createBenchTable(client, tableName);
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      await write(client, tableName, items);
      const ns = Number(process.hrtime.bigint() - start);
      const used = process.cpuUsage(cpu);
      const lost = items.length - (await countItems(client, tableName));
      await deleteBenchTable(client, tableName);
      if (round > 0) times.get(name)!.push(ns);
      if (round > 0) console.log(`${name.padEnd(16)} ${(ns / 1e6).toFixed(0)} ms, node cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, lost ${lost}`);
    }
  }
  const base = median(times.get("one in flight")!);
  for (const [name, values] of times) console.log(`${name.padEnd(16)} median ${(median(values) / 1e6).toFixed(0)} ms  ${(base / median(values)).toFixed(2)}x`);
  client.destroy();
} finally {
  await database.stop();
}
