// Every sort-condition form on Order's indexes (primary, byStatus on lsi1, byId on gsi1), with
// exact result sets: other entities in the partition, other customers and `o1` vs `o10` stay out.
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { ValidationError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { customerInput, openShop, orderInput, type ShopFixture } from "./shop-fixture.js";

type Status = "pending" | "paid" | "shipped" | "delivered" | "cancelled";
const ORDERS: readonly { orderId: string; placedAt: string; status: Status }[] = [
  { orderId: "o2", placedAt: "2026-01-15T10:00:00.000Z", status: "paid" },
  { orderId: "o3", placedAt: "2026-02-01T09:00:00.000Z", status: "pending" },
  { orderId: "o1", placedAt: "2026-03-01T10:00:00.000Z", status: "paid" },
  { orderId: "o10", placedAt: "2026-03-01T10:00:00.000Z", status: "shipped" },
  { orderId: "o4", placedAt: "2026-03-20T08:00:00.000Z", status: "paid" },
  { orderId: "o5", placedAt: "2026-04-02T12:00:00.000Z", status: "cancelled" },
];
const C = "q";

let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("qorders");
  await f.shop.customer.create(customerInput(C));
  for (const o of ORDERS) await f.shop.order.create(orderInput(C, o.orderId, o.placedAt, { status: o.status }));
  await f.shop.customer.create(customerInput("q-other"));
  await f.shop.order.create(orderInput("q-other", "o6", "2026-03-05T00:00:00.000Z", { status: "paid" }));
  // An item of another entity inside the orders' key range, on the table and on lsi1.
  await f.client.send(new PutItemCommand({
    TableName: f.tableName,
    Item: { pk: { S: `CUSTOMER#${C}` }, sk: { S: "ORDER#2026-03-10T00:00:00.000Z#zz" }, lsi1sk: { S: "STATUS#paid#2026-03-10T00:00:00.000Z" }, _type: { S: "Stranger" } },
  }));
});

/** Order ids a query returns, in the order returned (all pages). */
async function ids(read: AsyncIterable<{ orderId: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const o of read) out.push(o.orderId);
  return out;
}

describe("query.primary", () => {
  const primary = (sort?: Parameters<ShopFixture["shop"]["order"]["query"]["primary"]>[1]) => ids(f.shop.order.query.primary({ customerId: C }, sort).all());

  it("with no sort condition reads only this customer's orders, in key order", async () => {
    expect(await primary()).toEqual(["o2", "o3", "o1", "o10", "o4", "o5"]);
  });
  it("an exact slot matches that slot's value only", async () => {
    expect(await primary({ sort: { placedAt: "2026-03-01T10:00:00.000Z" } })).toEqual(["o1", "o10"]);
  });
  it("a multi-slot prefix matches o1 and never o10", async () => {
    expect(await primary({ sort: { placedAt: "2026-03-01T10:00:00.000Z", orderId: "o1" } })).toEqual(["o1"]);
    expect(await primary({ sort: { placedAt: "2026-03-01T10:00:00.000Z", orderId: "o10" } })).toEqual(["o10"]);
  });
  it("beginsWith", async () => {
    expect(await primary({ sort: { placedAt: { beginsWith: "2026-03" } } })).toEqual(["o1", "o10", "o4"]);
  });
  it("between includes both ends", async () => {
    expect(await primary({ sort: { placedAt: { between: ["2026-02-01T09:00:00.000Z", "2026-03-01T10:00:00.000Z"] } } })).toEqual(["o3", "o1", "o10"]);
  });
  it("gt and gte stay below the customer's profile item", async () => {
    expect(await primary({ sort: { placedAt: { gt: "2026-03-01T10:00:00.000Z" } } })).toEqual(["o4", "o5"]);
    expect(await primary({ sort: { placedAt: { gte: "2026-03-01T10:00:00.000Z" } } })).toEqual(["o1", "o10", "o4", "o5"]);
    expect(await primary({ sort: { placedAt: { gte: "2026-03" } } })).toEqual(["o1", "o10", "o4", "o5"]);
  });
  it("lt and lte", async () => {
    expect(await primary({ sort: { placedAt: { lt: "2026-02-01T09:00:00.000Z" } } })).toEqual(["o2"]);
    expect(await primary({ sort: { placedAt: { lte: "2026-02-01T09:00:00.000Z" } } })).toEqual(["o2", "o3"]);
  });
  it("a range on the last slot after an exact one", async () => {
    expect(await primary({ sort: { placedAt: "2026-03-01T10:00:00.000Z", orderId: { gt: "o1" } } })).toEqual(["o10"]);
  });
  it("an empty range or two conditions on one slot are rejected before sending", async () => {
    const query = (sort: Parameters<ShopFixture["shop"]["order"]["query"]["primary"]>[1]) => f.shop.order.query.primary({ customerId: C }, sort);
    expect(() => query({ sort: { placedAt: { between: ["2026-03", "2026-01"] } } }).params()).toThrow(ValidationError);
    await expect(query({ sort: { placedAt: { gt: "2026-01", lt: "2026-03" } } })).rejects.toBeInstanceOf(ValidationError);
  });
  it("order desc reads backwards", async () => {
    expect(await primary({ order: "desc" })).toEqual(["o5", "o4", "o10", "o1", "o3", "o2"]);
    expect(await primary({ sort: { placedAt: { beginsWith: "2026-03" } }, order: "desc" })).toEqual(["o4", "o10", "o1"]);
  });
});

describe("query.byStatus (local index)", () => {
  const byStatus = (slots: Parameters<ShopFixture["shop"]["order"]["query"]["byStatus"]>[0], options?: Parameters<ShopFixture["shop"]["order"]["query"]["byStatus"]>[1]) =>
    ids(f.shop.order.query.byStatus(slots, options).all());

  it("an exact status, sorted by placedAt; the stranger item on lsi1 stays out", async () => {
    expect(await byStatus({ customerId: C, status: "paid" })).toEqual(["o2", "o1", "o4"]);
  });
  it("both slots exact", async () => {
    expect(await byStatus({ customerId: C, status: "paid", placedAt: "2026-03-01T10:00:00.000Z" })).toEqual(["o1"]);
  });
  it("conditions on the last slot given", async () => {
    const c = { customerId: C };
    expect(await byStatus(c, { sort: { status: "paid", placedAt: { beginsWith: "2026-03" } } })).toEqual(["o1", "o4"]);
    expect(await byStatus(c, { sort: { status: "paid", placedAt: { between: ["2026-01-01", "2026-03-01T10:00:00.000Z"] } } })).toEqual(["o2", "o1"]);
    expect(await byStatus(c, { sort: { status: "paid", placedAt: { gt: "2026-01-15T10:00:00.000Z" } } })).toEqual(["o1", "o4"]);
    expect(await byStatus(c, { sort: { status: "paid", placedAt: { gte: "2026-01-15T10:00:00.000Z" } } })).toEqual(["o2", "o1", "o4"]);
    expect(await byStatus(c, { sort: { status: "paid", placedAt: { lt: "2026-03-20T08:00:00.000Z" } } })).toEqual(["o2", "o1"]);
    expect(await byStatus(c, { sort: { status: "paid", placedAt: { lte: "2026-03-20T08:00:00.000Z" } } })).toEqual(["o2", "o1", "o4"]);
  });

  it("an exact slot in the key and the condition on the next slot in sort", async () => {
    const direct = f.shop.order.query.byStatus({ customerId: C, status: "paid" }, { sort: { placedAt: { gte: "2026-01-15T10:00:00.000Z" } } });
    expect(await ids(direct.all())).toEqual(["o2", "o1", "o4"]);
  });
  it("an exact status in the sort option equals one in the key", async () => {
    expect(await byStatus({ customerId: C }, { sort: { status: "paid" } })).toEqual(["o2", "o1", "o4"]);
  });
  it("conditions on the first slot", async () => {
    expect(await byStatus({ customerId: C }, { sort: { status: { beginsWith: "p" } } })).toEqual(["o2", "o1", "o4", "o3"]);
    expect(await byStatus({ customerId: C }, { sort: { status: { gt: "paid" } } })).toEqual(["o3", "o10"]);
    expect(await byStatus({ customerId: C }, { sort: { status: { lte: "delivered" } } })).toEqual(["o5"]);
  });
  it("order desc", async () => {
    expect(await byStatus({ customerId: C, status: "paid" }, { order: "desc" })).toEqual(["o4", "o1", "o2"]);
  });
});

describe("query.byId (global index)", () => {
  it("finds one order by id; o1 never matches o10", async () => {
    expect(await ids(f.shop.order.query.byId({ orderId: "o1" }).all())).toEqual(["o1"]);
    const page = await f.shop.order.query.byId({ orderId: "o10" });
    expect(page.items.map((o) => [o.customerId, o.orderId, o.status])).toEqual([[C, "o10", "shipped"]]);
    expect(page.cursor).toBeUndefined();
  });
});
