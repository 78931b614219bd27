// SPEC §4's example, run as written against DynamoDB Local. Adapted only where it elides values
// (`…`) or where schemas/shop.yaml differs from the SPEC's sketch: the customer is created with
// tier "pro" so the update's `if` holds, and Order.total is a precise number (NumberValue).
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { expect, it } from "vitest";
import { createShop } from "../../generated/shop/index.js";
import type { Order } from "../../generated/shop/index.js";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoint, uniqueTableName } from "../dynamodb-local/client.js";
import { money, orderInput } from "./shop-fixture.js";

it("runs the example of SPEC §4", async () => {
  const tableName = uniqueTableName("spec");
  const client = new DynamoDBClient({ endpoint: localEndpoint(), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const shop = createShop({ client: client, tableName: tableName }); // tableName optional
  await shop.table.create();
  // Orders the queries below read (the example assumes they exist).
  const placed = "2026-03-01T10:00:00.000Z";
  await shop.order.create(orderInput("c1", "o1", placed, { status: "paid", total: money("150") }));
  await shop.order.create(orderInput("c1", "o2", "2026-03-02T10:00:00.000Z", { status: "paid", total: money("50") }));
  await shop.customer.create({ customerId: "c2", email: "c2@b.c", name: "Cy" });

  await shop.customer.create({ customerId: "c1", email: "a@b.c", name: "Ann", tier: "pro" }); // ItemExistsError if present
  const c = await shop.customer.get({ customerId: "c1" });                                    // Customer | undefined
  await shop.customer.put(c!);                                                                 // replace
  const after = await shop.customer.update({ customerId: "c1" },
    { set: { name: "Anne" }, add: { points: 10 }, remove: ["nickname"] },
    { if: (a) => a.tier.eq("pro") });                                                          // returns the new item
  expect(after).toMatchObject({ customerId: "c1", name: "Anne", points: 10, version: 3 });
  await shop.customer.delete({ customerId: "c1" });
  expect(await shop.customer.get({ customerId: "c1" }, { consistent: true })).toBeUndefined();

  const page = await shop.order.query.primary({ customerId: "c1" },
    { sort: { placedAt: { gte: "2026-01-01" } }, where: (a) => a.total.gt(money("100")), limit: 20, order: "desc" });
  page.items; page.cursor;                    // cursor: opaque string, or undefined at the end
  expect(page.items.map((o) => o.orderId)).toEqual(["o1"]);
  expect(page.cursor).toBeUndefined();
  const paid: string[] = [];
  for await (const o of shop.order.query.byStatus({ customerId: "c1", status: "paid" }).all()) { paid.push(o.orderId); }
  expect(paid).toEqual(["o1", "o2"]);
  const overview = await shop.collections.customerOverview({ customerId: "c1" }); // { Customer: Customer[], Order: Order[], cursor? }
  expect(overview.Customer).toEqual([]);
  expect(overview.Order.map((o) => o.orderId)).toEqual(["o1", "o2"]);

  const got = await shop.order.batchGet([{ customerId: "c1", placedAt: placed, orderId: "o1" }]);
  expect(got.items.map((o) => o.orderId)).toEqual(["o1"]);
  const order: Order = { ...got.items[0]!, orderId: "o3", placedAt: "2026-03-03T10:00:00.000Z" };
  const writer = shop.batchWriter();          // also usable with `await using`
  writer.put(shop.order, order); writer.delete(shop.customer, { customerId: "c2" });
  await writer.close();                        // flushes; throws BatchWriteError listing what was not written
  expect((await shop.order.get({ customerId: "c1", placedAt: order.placedAt, orderId: "o3" }, { consistent: true }))?.orderId).toBe("o3");
  expect(await shop.customer.get({ customerId: "c2" }, { consistent: true })).toBeUndefined();

  await shop.customer.create({ customerId: "c1", email: "a@b.c", name: "Ann" });
  const txOrder = orderInput("c1", "o4", "2026-03-04T10:00:00.000Z");
  await shop.transact((tx) => [tx.customer.update({ customerId: "c1" }, { add: { points: 1 } }), tx.order.create(txOrder)], { token: "idempotency-key" });
  expect((await shop.customer.get({ customerId: "c1" }, { consistent: true }))?.points).toBe(1);
  expect(shop.order.query.primary({ customerId: "c1" }).params()).toMatchObject({ TableName: tableName, KeyConditionExpression: expect.any(String) }); // the exact QueryCommand input, nothing sent
});
