// Type tests of the generated shop repositories. The real check is `tsc` (npm run typecheck):
// every `expectTypeOf` must hold and every `@ts-expect-error` line must really be an error.
// At run time the operations are only built and their params() read: nothing is sent.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { NumberValue, type Page } from "dynagen/runtime";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createShop } from "../../generated/shop/index.js";
import type { Customer, CustomerCreate, CustomerKey, CustomerUpdate, Order, OrderKey, Product, Review } from "../../generated/shop/index.js";

// A client that is never asked anything: only params() is read below.
const shop = createShop({ client: new DynamoDBClient({ region: "us-east-1", endpoint: "http://127.0.0.1:9", credentials: { accessKeyId: "x", secretAccessKey: "x" } }), tableName: "types" });
const c1: CustomerKey = { customerId: "c1" };
const o1: OrderKey = { customerId: "c1", placedAt: "2026-01-01T00:00:00.000Z", orderId: "o1" };

/** Result types of correct usage. Declared, never called: the assertions are for tsc. */
async function resultTypes(): Promise<void> {
  expectTypeOf(await shop.customer.get(c1)).toEqualTypeOf<Customer | undefined>();
  // A projection holds only what was asked for, so every attribute may be missing.
  expectTypeOf(await shop.customer.get(c1, { attributes: ["name", "tier"] })).toEqualTypeOf<Partial<Customer> | undefined>();
  expectTypeOf(await shop.customer.create({ customerId: "c1", email: "a@b.c", name: "Ann" })).toEqualTypeOf<Customer>();
  expectTypeOf(await shop.customer.update(c1, { set: { name: "Anne" }, add: { points: 1 }, remove: ["nickname"] })).toEqualTypeOf<Customer>();
  expectTypeOf(await shop.customer.delete(c1, { returnOld: true })).toEqualTypeOf<Customer | undefined>();

  const page = await shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: { gte: "2026" } }, where: (a) => a.status.eq("paid") });
  expectTypeOf(page).toEqualTypeOf<Page<Order>>();
  expectTypeOf(page.items).toEqualTypeOf<Order[]>();
  expectTypeOf(page.cursor).toEqualTypeOf<string | undefined>();
  for await (const order of shop.order.query.byStatus({ customerId: "c1", status: "paid" }).all()) expectTypeOf(order).toEqualTypeOf<Order>();
  for await (const p of shop.review.query.byCustomer({ customerId: "c1" }).pages()) expectTypeOf(p.items).toEqualTypeOf<Review[]>();

  const overview = await shop.collections.customerOverview({ customerId: "c1" });
  expectTypeOf(overview.Customer).toEqualTypeOf<Customer[]>();
  expectTypeOf(overview.Order).toEqualTypeOf<Order[]>();
  expectTypeOf(overview.cursor).toEqualTypeOf<string | undefined>();
  expectTypeOf((await shop.collections.productPage({ sku: "s" })).Product).toEqualTypeOf<Product[]>();

  expectTypeOf((await shop.order.batchGet([o1])).items).toEqualTypeOf<Order[]>();
  expectTypeOf((await shop.order.batchGet([o1])).missing).toEqualTypeOf<OrderKey[]>();
  expectTypeOf(shop.customer.update).parameter(1).toEqualTypeOf<CustomerUpdate>();
  expectTypeOf(shop.customer.create).parameter(0).toEqualTypeOf<CustomerCreate>();
  expectTypeOf<Order["total"]>().toEqualTypeOf<NumberValue>();
  expectTypeOf<Order["tags"]>().toEqualTypeOf<Set<string> | undefined>();
}

/** What must not compile, one line each. Declared, never called. */
function rejected(): void {
  // @ts-expect-error an unknown attribute
  shop.customer.create({ customerId: "c1", email: "a@b.c", name: "Ann", favouriteColour: "red" });
  // @ts-expect-error a wrong value type
  shop.customer.create({ customerId: "c1", email: "a@b.c", name: 42 });
  // @ts-expect-error a missing key slot (placedAt)
  shop.order.get({ customerId: "c1", orderId: "o1" });
  // @ts-expect-error a missing partition slot in a query
  shop.order.query.byId({});
  // @ts-expect-error a sort condition on a slot the template lacks (status is not in the primary sort key)
  shop.order.query.primary({ customerId: "c1" }, { sort: { status: "paid" } });
  // @ts-expect-error a sort condition on a later slot without the earlier one
  shop.order.query.primary({ customerId: "c1" }, { sort: { orderId: { gt: "o1" } } });
  // An exact slot in the key, the condition on the next one in `sort` (SPEC §4's byStatus form):
  shop.order.query.byStatus({ customerId: "c1", status: "paid" }, { sort: { placedAt: { gte: "2026-01" } } });
  // @ts-expect-error the same condition without the status slot anywhere
  shop.order.query.byStatus({ customerId: "c1" }, { sort: { placedAt: { gte: "2026-01" } } });
  // @ts-expect-error a slot the key already gave, again in sort
  shop.order.query.byStatus({ customerId: "c1", status: "paid", placedAt: "2026-01-01T00:00:00.000Z" }, { sort: { placedAt: { gte: "2026-01" } } });
  // @ts-expect-error an update of a primary-key attribute
  shop.customer.update(c1, { set: { customerId: "c2" } });
  // @ts-expect-error a wrong enum value
  shop.customer.create({ customerId: "c1", email: "a@b.c", name: "Ann", tier: "gold" });
  // @ts-expect-error a readonly attribute in update.set
  shop.customer.update(c1, { set: { createdAt: "2026-01-01T00:00:00.000Z" } });
  // @ts-expect-error a where condition with a wrong value type
  shop.order.query.primary({ customerId: "c1" }, { where: (a) => a.status.eq("lost") });
  // @ts-expect-error a where condition with a string where a (precise) number is stored
  shop.order.query.primary({ customerId: "c1" }, { where: (a) => a.total.gt("100") });
  // @ts-expect-error removing a required attribute
  shop.customer.update(c1, { remove: ["name"] });
  // @ts-expect-error the version attribute is managed by dynagen
  shop.customer.update(c1, { set: { version: 9 } });
  // @ts-expect-error a wrong integer-slot value type
  shop.orderLine.query.primary({ orderId: "o1" }, { sort: { lineNo: "1" } });
  // @ts-expect-error a batch-writer item of the wrong entity
  shop.batchWriter().put(shop.order, { customerId: "c1", email: "a@b.c", name: "Ann" } as Customer);
}

describe("generated shop types", () => {
  it("builds each checked operation's params without sending", () => {
    expect(typeof resultTypes).toBe("function");
    expect(typeof rejected).toBe("function");
    expect(shop.customer.get(c1).params()).toEqual({ TableName: "types", Key: { pk: { S: "CUSTOMER#c1" }, sk: { S: "PROFILE" } } });
    const query = shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: { gte: "2026" } }, where: (a) => a.total.gt(new NumberValue("100")) }).params();
    expect(query.KeyConditionExpression).toMatch(/BETWEEN/);
    expect(Object.values(query.ExpressionAttributeValues ?? {})).toContainEqual({ N: "100" });
    const update = shop.customer.update(c1, { set: { name: "Anne" } }).params();
    expect(update.ReturnValues).toBe("ALL_NEW");
    expect(update.ConditionExpression).toMatch(/attribute_exists/);
  });
});
