// batchGet, the typed batch writer and transactions against DynamoDB Local.
import { BatchWriteError, ConditionFailedError, TransactionCanceledError, ValidationError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { createShop } from "../../generated/shop/index.js";
import { customerInput, openShop, orderInput, type ShopFixture } from "./shop-fixture.js";

let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("batch");
});

const day = (i: number) => `2026-02-${String(1 + (i % 28)).padStart(2, "0")}T00:00:00.000Z`;

describe("batchGet", () => {
  it("returns the items found in the order asked and names the missing keys", async () => {
    for (const i of [1, 2, 3]) await f.shop.order.create(orderInput("bg", `o${i}`, day(i)));
    const keys = [3, 1, 9, 2].map((i) => ({ customerId: "bg", placedAt: day(i), orderId: `o${i}` }));
    const got = await f.shop.order.batchGet(keys);
    expect(got.items.map((o) => o.orderId)).toEqual(["o3", "o1", "o2"]);
    expect(got.missing).toEqual([keys[2]]);
  });

  it("reads more than 100 keys across requests", async () => {
    const writer = f.shop.batchWriter();
    for (let i = 0; i < 130; i++) await writer.put(f.shop.customer, manyCustomer(i));
    await writer.close();
    const got = await f.shop.customer.batchGet(Array.from({ length: 130 }, (_, i) => ({ customerId: `bg-many-${i}` })), { consistent: true });
    expect(got.items).toHaveLength(130);
    expect(got.missing).toEqual([]);
  });
});

/** A complete Customer item (as read) written by the batch writer. */
function manyCustomer(i: number) {
  return { customerId: `bg-many-${i}`, email: `m${i}@example.com`, name: `M ${i}`, tier: "free" as const, points: i, marketingOptIn: false, createdAt: "2026-01-01T00:00:00.000Z", version: 1 };
}

describe("batchWriter", () => {
  it("puts and deletes items of several entities, and they are there afterwards", async () => {
    await f.shop.customer.create(customerInput("bw-gone"));
    const writer = f.shop.batchWriter();
    for (let i = 0; i < 60; i++) await writer.put(f.shop.order, { ...orderInput("bw", `o${i}`, day(i)), status: "paid", version: 1 });
    await writer.put(f.shop.customer, manyCustomer(1000));
    await writer.delete(f.shop.customer, { customerId: "bw-gone" });
    await writer.close();
    const orders = [];
    for await (const o of f.shop.order.query.primary({ customerId: "bw" }, { consistent: true }).all()) orders.push(o);
    expect(orders).toHaveLength(60);
    expect(await f.shop.customer.get({ customerId: "bw-gone" }, { consistent: true })).toBeUndefined();
    expect((await f.shop.customer.get({ customerId: "bg-many-1000" }, { consistent: true }))?.points).toBe(1000);
  });

  it("two writes of one key in a batch: the last one wins", async () => {
    const writer = f.shop.batchWriter();
    await writer.put(f.shop.customer, { ...manyCustomer(5000), name: "First" });
    await writer.put(f.shop.customer, { ...manyCustomer(5000), name: "Last" });
    await writer.close();
    expect((await f.shop.customer.get({ customerId: "bg-many-5000" }, { consistent: true }))?.name).toBe("Last");
  });

  it("works with await using", async () => {
    {
      await using writer = f.shop.batchWriter();
      await writer.put(f.shop.customer, manyCustomer(2000));
    }
    expect(await f.shop.customer.get({ customerId: "bg-many-2000" }, { consistent: true })).toBeDefined();
  });

  it("rejects an invalid item when it is put, before anything is sent", async () => {
    const writer = f.shop.batchWriter();
    await expect(async () => writer.put(f.shop.customer, { ...manyCustomer(3000), email: "nope" })).rejects.toBeInstanceOf(ValidationError);
    await writer.close();
    expect(await f.shop.customer.get({ customerId: "bg-many-3000" }, { consistent: true })).toBeUndefined();
  });

  it("throws BatchWriteError with the very items it could not write", async () => {
    const nowhere = createShop({ client: f.client, tableName: `${f.tableName}-missing` });
    const writer = nowhere.batchWriter();
    const items = [manyCustomer(4000), manyCustomer(4001)];
    for (const item of items) await writer.put(nowhere.customer, item);
    const error = await writer.close().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BatchWriteError);
    const unwritten = (error as BatchWriteError).items;
    expect(unwritten.map((u) => u.type)).toEqual(["put", "put"]);
    expect(unwritten.map((u) => (u.item as { customerId: string }).customerId).sort()).toEqual(["bg-many-4000", "bg-many-4001"]);
  });
});

describe("transact", () => {
  it("applies all actions together", async () => {
    await f.shop.customer.create(customerInput("tx-1"));
    await f.shop.transact((tx) => [
      tx.customer.update({ customerId: "tx-1" }, { add: { points: 5 } }),
      tx.order.create(orderInput("tx-1", "o1", day(1))),
    ]);
    expect((await f.shop.customer.get({ customerId: "tx-1" }, { consistent: true }))?.points).toBe(5);
    expect((await f.shop.order.get({ customerId: "tx-1", placedAt: day(1), orderId: "o1" }, { consistent: true }))?.status).toBe("pending");
  });

  it("a cancelled transaction writes nothing and gives one reason per action, with the current item", async () => {
    await f.shop.customer.create(customerInput("tx-2", { tier: "free" }));
    const error = await f.shop
      .transact((tx) => [
        tx.order.create(orderInput("tx-2", "o1", day(2))),
        tx.customer.update({ customerId: "tx-2" }, { add: { points: 1 } }, { if: (a) => a.tier.eq("pro") }),
      ])
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    const reasons = (error as TransactionCanceledError).reasons;
    expect(reasons.map((r) => r.code)).toEqual(["None", "ConditionalCheckFailed"]);
    expect(reasons[1]?.item).toMatchObject({ customerId: "tx-2", tier: "free", points: 0 });
    expect(await f.shop.order.get({ customerId: "tx-2", placedAt: day(2), orderId: "o1" }, { consistent: true })).toBeUndefined();
  });

  it("a failing check cancels the writes; delete and check actions apply when they hold", async () => {
    await f.shop.customer.create(customerInput("tx-6"));
    await f.shop.order.create(orderInput("tx-6", "o1", day(6)));
    const key = { customerId: "tx-6", placedAt: day(6), orderId: "o1" };
    const refused = f.shop.transact((tx) => [tx.customer.check({ customerId: "tx-6" }, (a) => a.tier.eq("pro")), tx.order.delete(key)]);
    await expect(refused).rejects.toBeInstanceOf(TransactionCanceledError);
    expect(await f.shop.order.get(key, { consistent: true })).toBeDefined();
    await f.shop.transact((tx) => [tx.customer.check({ customerId: "tx-6" }, (a) => a.tier.eq("free")), tx.order.delete(key)]);
    expect(await f.shop.order.get(key, { consistent: true })).toBeUndefined();
  });

  it("the same token applies the transaction once", async () => {
    await f.shop.product.create({ sku: "tx-p", title: "Cap", category: "caps", price: 4, stock: 3 });
    const run = () =>
      f.shop.transact((tx) => [tx.product.update({ sku: "tx-p" }, { add: { stock: -1 } }), tx.order.create(orderInput("tx-5", "o1", day(5)))], { token: "tx-5-token" });
    await run();
    await run();
    expect((await f.shop.product.get({ sku: "tx-p" }, { consistent: true }))?.stock).toBe(2);
  });

  it("the same token applies the transaction once when the entity has an onUpdate: now attribute", async () => {
    // Resending the same call must be answered as the first one was (SPEC §5 "ClientRequestToken";
    // NOTES: "the same token twice applies once"), even though updatedAt is stamped per call.
    await f.shop.customer.create(customerInput("tx-3"));
    const run = () => f.shop.transact((tx) => [tx.customer.update({ customerId: "tx-3" }, { add: { points: 7 } })], { token: "tx-3-token" });
    await run();
    await run();
    const after = await f.shop.customer.get({ customerId: "tx-3" }, { consistent: true });
    expect(after?.points).toBe(7);
    expect(after?.version).toBe(2);
  });

  it("a stale put in a transaction is cancelled", async () => {
    const c = await f.shop.customer.create(customerInput("tx-4"));
    await f.shop.customer.update({ customerId: "tx-4" }, { set: { name: "Newer" } });
    await expect(f.shop.transact((tx) => [tx.customer.put({ ...c, name: "Stale" })])).rejects.toBeInstanceOf(TransactionCanceledError);
    await expect(f.shop.customer.put({ ...c, name: "Stale" })).rejects.toBeInstanceOf(ConditionFailedError);
  });
});
