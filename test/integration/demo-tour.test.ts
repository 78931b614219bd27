// The demo's tour against this run's DynamoDB Local: every step runs and prints what it found.
import { expect, it } from "vitest";
import { createShop } from "../../generated/shop/index.js";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";
import { Narrator } from "../../demo/print.js";
import { runTour } from "../../demo/tour.js";

it("runs every access pattern of the tour and reports the expected facts", async () => {
  const shop = createShop({ client: localClient(), tableName: uniqueTableName("demo") });
  await shop.table.create();
  const lines: string[] = [];
  await runTour(shop, new Narrator((line) => lines.push(line)));
  const text = lines.join("\n");
  expect(text).toContain("create again -> item.exists");
  expect(text).toContain("paid: o-1002, o-1003");
  expect(text).toContain("placed since March 10, newest first: o-1004, o-1003");
  expect(text).toContain("Order x4: o-1001(delivered) o-1002(paid) o-1003(paid) o-1004(pending)");
  expect(text).toContain("writer 2 (still at version 1) -> condition.failed; current item has version 2, points 50");
  expect(text).toContain('-> condition.failed (tier is "pro")');
  expect(text).toContain('category "hats" holds 20');
  expect(text).toContain("missing sku-999");
  expect(text).toContain("stock now 4");
  expect(text).toContain("stock still 4");
  expect(text).toContain("untouched by the failed checkout: 50");
  expect(text).toContain("reasons: ConditionalCheckFailed, None");
  expect(lines.filter((l) => /^\n\d+\. /.test(l))).toHaveLength(8);
});
