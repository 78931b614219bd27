// `npm run demo`: starts DynamoDB Local, creates the example table from generated/, runs the
// tour over the shop's access patterns, and stops the database (also when something fails).
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoClient } from "dynagen/runtime";
import { createShop } from "../generated/shop/index.js";
import { startDynamoDbLocal, type DynamoDbLocal } from "../test/dynamodb-local/dynamodb-local.js";
import { Narrator } from "./print.js";
import { runTour } from "./tour.js";

async function main(): Promise<void> {
  const say = new Narrator((line) => console.log(line));
  say.print("Starting DynamoDB Local (in memory)...");
  let db: DynamoDbLocal | undefined;
  let client: DynamoDBClient | undefined;
  try {
    db = await startDynamoDbLocal();
    say.print(`DynamoDB Local answers at ${db.endpoint}`);
    client = createDynamoClient({
      endpoint: db.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "demo", secretAccessKey: "demo" },
      requestTimeoutMs: 10_000,
    });
    const shop = createShop({ client, tableName: "shop-demo" });
    const table = await shop.table.create();
    say.print(`Table ${table.name} is ${table.status} (from generated/shop/table.ts)`);
    await runTour(shop, say);
    const described = await shop.table.describe();
    say.print(`\nDone: table ${described.name} holds ${described.itemCount} items.`);
  } finally {
    client?.destroy();
    if (db !== undefined) {
      await db.stop();
      say.print("DynamoDB Local stopped.");
    }
  }
}

main().catch((error: unknown) => {
  console.error("\nThe demo failed:", error);
  process.exitCode = 1;
});
