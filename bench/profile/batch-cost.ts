// Profiling aid: section 1's batch write of 25 split up: the raw client, the runtime BatchWriter
// given hand-written items, and the generated repository's writer (marshalling included).
import { BatchWriteItemCommand } from "@aws-sdk/client-dynamodb";
import { BatchWriter } from "../../runtime/batch/index.js";
import { cannedClient } from "../client-cost/canned-handler.js";
import { createBench } from "../generated/bench/index.js";
import { orderToAttributeValues } from "../order/order-attribute-values.js";
import { sampleOrder, TABLE_NAME } from "../order/order.js";

const { handler, client } = cannedClient();
const db = createBench({ client, tableName: TABLE_NAME });
const orders = Array.from({ length: 25 }, (_, i) => sampleOrder(i));
const target = { tableName: TABLE_NAME, keyAttributes: ["pk", "sk"] };
const contenders = [
  { name: "raw", run: () => client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE_NAME]: orders.map((o) => ({ PutRequest: { Item: orderToAttributeValues(o) } })) } })) },
  {
    name: "BatchWriter, hand-written items",
    run: async () => {
      const writer = new BatchWriter(client);
      for (const o of orders) await writer.put(target, orderToAttributeValues(o), o);
      await writer.close();
    },
  },
  {
    name: "repository writer",
    run: async () => {
      const writer = db.batchWriter();
      for (const o of orders) await writer.put(db.order, o);
      await writer.close();
    },
  },
];
// CPU time per call as well as wall time: steadier than wall time when other processes share the cores.
for (const c of contenders) for (let i = 0; i < 300; i++) await c.run();
for (let round = 0; round < 3; round++) {
  const cells: string[] = [];
  for (const c of contenders) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) await c.run();
    const wall = Number(process.hrtime.bigint() - start) / 1000 / 1000;
    const used = process.cpuUsage(cpu);
    cells.push(`${c.name}: cpu ${((used.user + used.system) / 1000).toFixed(1)} µs, wall ${wall.toFixed(1)} µs`);
  }
  console.log(cells.join(" | "));
}
