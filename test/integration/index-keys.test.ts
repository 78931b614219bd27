// Updates that change a key slot rewrite the secondary index keys: the index is queried afterwards.
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { ValidationError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrderKey } from "../../generated/shop/index.js";
import { customerInput, openShop, orderInput, type ShopFixture } from "./shop-fixture.js";

let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("idxkeys");
});

describe("index keys on update", () => {
  it("changing Customer.email moves the customer in byEmail", async () => {
    await f.shop.customer.create(customerInput("ik-1", { email: "before@example.com" }));
    await f.shop.customer.update({ customerId: "ik-1" }, { set: { email: "after@example.com" } });
    expect((await f.shop.customer.query.byEmail({ email: "after@example.com" })).items.map((c) => c.customerId)).toEqual(["ik-1"]);
    expect((await f.shop.customer.query.byEmail({ email: "before@example.com" })).items).toEqual([]);
  });

  it("changing Order.status moves the order in byStatus (the other slot comes from the key)", async () => {
    const placedAt = "2026-05-01T00:00:00.000Z";
    await f.shop.order.create(orderInput("ik-2", "o1", placedAt, { status: "pending" }));
    await f.shop.order.update({ customerId: "ik-2", placedAt, orderId: "o1" }, { set: { status: "shipped" } });
    const shipped = await f.shop.order.query.byStatus({ customerId: "ik-2", status: "shipped" });
    expect(shipped.items.map((o) => o.orderId)).toEqual(["o1"]);
    expect((await f.shop.order.query.byStatus({ customerId: "ik-2", status: "pending" })).items).toEqual([]);
    const raw = await f.client.send(new GetItemCommand({ TableName: f.tableName, Key: { pk: { S: "CUSTOMER#ik-2" }, sk: { S: `ORDER#${placedAt}#o1` } } }));
    expect(raw.Item?.lsi1sk).toEqual({ S: `STATUS#shipped#${placedAt}` });
  });

  it("changing Review.customerId moves the review in byCustomer", async () => {
    await f.shop.review.create({ sku: "s1", reviewId: "r1", customerId: "ik-old", rating: 5, body: "ok", createdAt: "2026-01-01T00:00:00.000Z" });
    const after = await f.shop.review.update({ sku: "s1", reviewId: "r1" }, { set: { customerId: "ik-new" } });
    expect(after.customerId).toBe("ik-new");
    expect((await f.shop.review.query.byCustomer({ customerId: "ik-new" })).items.map((r) => r.reviewId)).toEqual(["r1"]);
    expect((await f.shop.review.query.byCustomer({ customerId: "ik-old" })).items).toEqual([]);
  });

  it("changing Product.category moves the product in byCategory", async () => {
    await f.shop.product.create({ sku: "ik-p", title: "Cap", category: "hats", price: 3 });
    await f.shop.product.update({ sku: "ik-p" }, { set: { category: "caps" } });
    expect((await f.shop.product.query.byCategory({ category: "caps" })).items.map((p) => p.sku)).toEqual(["ik-p"]);
    expect((await f.shop.product.query.byCategory({ category: "hats" })).items).toEqual([]);
  });

  it("an update whose key lacks a slot of a rewritten index key is rejected before sending", async () => {
    // Unreachable with the types (every key is whole); an untyped caller can still do it.
    const placedAt = "2026-05-02T00:00:00.000Z";
    await f.shop.order.create(orderInput("ik-4", "o1", placedAt, { status: "pending" }));
    const partial = { customerId: "ik-4", orderId: "o1" } as OrderKey;
    expect(() => f.shop.order.update(partial, { set: { status: "paid" } }).params()).toThrow(ValidationError);
    await expect(f.shop.order.update(partial, { set: { status: "paid" } })).rejects.toBeInstanceOf(ValidationError);
    expect((await f.shop.order.get({ customerId: "ik-4", placedAt, orderId: "o1" }, { consistent: true }))?.status).toBe("pending");
  });

  it("an empty key slot is rejected before sending and nothing changes", async () => {
    await f.shop.product.create({ sku: "ik-e", title: "Scarf", category: "scarves", price: 3 });
    const op = f.shop.product.update({ sku: "ik-e" }, { set: { category: "" } });
    expect(() => op.params()).toThrow(ValidationError);
    await expect(op).rejects.toMatchObject({ path: "category" });
    expect((await f.shop.product.query.byCategory({ category: "scarves" })).items.map((p) => p.sku)).toEqual(["ik-e"]);
    await expect(f.shop.product.create({ sku: "ik-e2", title: "Scarf", category: "", price: 3 })).rejects.toBeInstanceOf(ValidationError);
    await expect(f.shop.order.create(orderInput("ik-e", "", "2026-01-01T00:00:00.000Z"))).rejects.toMatchObject({ path: "orderId" });
    expect(await f.shop.product.get({ sku: "ik-e2" }, { consistent: true })).toBeUndefined();
  });
});
