// One connected run per operation kind of a generated repository, against DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConditionFailedError, CursorError, ItemExistsError, NumberValue, TransactionCanceledError, ValidationError } from "dynagen/runtime";
import { createShop, type OrderCreate } from "../../generated/shop/index.js";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";

const shop = createShop({ client: localClient(), tableName: uniqueTableName("repo") });
const address = { name: "Ann", line1: "1 Main St", city: "Oslo", zip: "0150", country: "NO" };
const order = (orderId: string, placedAt: string, status: OrderCreate["status"] = "paid"): OrderCreate => ({
  customerId: "c1", orderId, placedAt, status, total: new NumberValue("10.50"), currency: "EUR", shippingAddress: address,
});

beforeAll(async () => {
  await shop.table.create();
});
afterAll(async () => {
  await shop.table.delete();
});

describe("generated repository against DynamoDB Local", () => {
  it("creates with defaults and version 1, refuses a second create with the stored item", async () => {
    const created = await shop.customer.create({ customerId: "c1", email: "ann@example.com", name: "Ann" });
    expect(created).toMatchObject({ tier: "free", points: 0, marketingOptIn: false, version: 1 });
    const again = await shop.customer.create({ customerId: "c1", email: "x@example.com", name: "X" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ItemExistsError);
    expect((again as ItemExistsError).item).toMatchObject({ name: "Ann", version: 1 });
  });

  it("gets, with projection, and undefined for a missing key", async () => {
    expect(await shop.customer.get({ customerId: "c1" }, { consistent: true })).toMatchObject({ customerId: "c1", name: "Ann" });
    expect(await shop.customer.get({ customerId: "c1" }, { attributes: ["name"] })).toEqual({ name: "Ann" });
    expect(await shop.customer.get({ customerId: "nobody" })).toBeUndefined();
  });

  it("updates: returns the new item, rewrites the index key, increments the version, refuses a missing item", async () => {
    const after = await shop.customer.update({ customerId: "c1" }, { set: { email: "anne@example.com", name: "Anne" }, add: { points: 10 } }, { if: (a) => a.tier.eq("free") });
    expect(after).toMatchObject({ name: "Anne", points: 10, version: 2 });
    expect(after.updatedAt).toMatch(/^\d{4}-/);
    const byEmail = await shop.customer.query.byEmail({ email: "anne@example.com" });
    expect(byEmail.items.map((c) => c.customerId)).toEqual(["c1"]);
    const missing = await shop.customer.update({ customerId: "nobody" }, { set: { name: "N" } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConditionFailedError);
  });

  it("puts with a version check: a stale write fails carrying the current item", async () => {
    const current = (await shop.customer.get({ customerId: "c1" }))!;
    const saved = await shop.customer.put({ ...current, nickname: "An" });
    expect(saved.version).toBe(current.version + 1);
    const stale = await shop.customer.put({ ...current, nickname: "Old" }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConditionFailedError);
    expect((stale as ConditionFailedError).item).toMatchObject({ nickname: "An", version: saved.version });
  });

  it("queries with sort conditions, limit after filter and cursors", async () => {
    for (const [id, at] of [["o1", "2026-01-05T00:00:00.000Z"], ["o10", "2026-02-01T00:00:00.000Z"], ["o2", "2026-03-01T00:00:00.000Z"]] as const) {
      await shop.order.create(order(id, at, id === "o10" ? "pending" : "paid"));
    }
    const gte = await shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: { gte: "2026-02-01" } } });
    expect(gte.items.map((o) => o.orderId)).toEqual(["o10", "o2"]);
    const exact = await shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: "2026-01-05T00:00:00.000Z", orderId: "o1" } });
    expect(exact.items.map((o) => o.orderId)).toEqual(["o1"]);
    const gt = await shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: { gt: "2026-02-01T00:00:00.000Z" } } });
    expect(gt.items.map((o) => o.orderId)).toEqual(["o2"]);
    const lt = await shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: { lt: "2026-02-01T00:00:00.000Z" } }, order: "desc" });
    expect(lt.items.map((o) => o.orderId)).toEqual(["o1"]);
    const paid = await shop.order.query.byStatus({ customerId: "c1", status: "paid" }, { limit: 1 });
    expect(paid.items.map((o) => o.orderId)).toEqual(["o1"]);
    const next = await shop.order.query.byStatus({ customerId: "c1", status: "paid" }, { limit: 1, cursor: paid.cursor! });
    expect(next.items.map((o) => o.orderId)).toEqual(["o2"]);
    const otherPartition = await shop.order.query.byStatus({ customerId: "c2", status: "paid" }, { limit: 1, cursor: paid.cursor! }).catch((e: unknown) => e);
    expect(otherPartition).toBeInstanceOf(CursorError);
    const all: string[] = [];
    for await (const o of shop.order.query.primary({ customerId: "c1" }, { where: (a) => a.status.eq("paid") }).all()) all.push(o.orderId);
    expect(all).toEqual(["o1", "o2"]);
  });

  it("reads a projection through the entity's reader: a precise number stays a NumberValue, every digit kept", async () => {
    await shop.order.create({ ...order("o-big", "2026-05-01T00:00:00.000Z"), total: new NumberValue("12345678901234567890.5") });
    const key = { customerId: "c1", placedAt: "2026-05-01T00:00:00.000Z", orderId: "o-big" };
    const projected = await shop.order.get(key, { attributes: ["total", "status", "shippingAddress"] });
    expect(Object.keys(projected!).sort()).toEqual(["shippingAddress", "status", "total"]);
    expect(projected!.total).toBeInstanceOf(NumberValue);
    expect(String(projected?.total)).toBe("12345678901234567890.5");
    expect(projected!.shippingAddress).toEqual(address);
    const small = await shop.order.get({ ...key, placedAt: "2026-01-05T00:00:00.000Z", orderId: "o1" }, { attributes: ["total"] });
    expect(String(small?.total)).toBe("10.5");
    expect(await shop.order.get(key, { attributes: ["status"] })).toEqual({ status: "paid" });
    await shop.order.delete(key);
  });

  it("refuses to resume a scan from a cursor with parallel segments, which would read everything again", async () => {
    const first = await shop.order.scan({ limit: 1 });
    expect(first.cursor).toBeDefined();
    const resumed = shop.order.scan({ segments: 2, cursor: first.cursor! }).all()[Symbol.asyncIterator]().next();
    const error = await resumed.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe("validation.cursorWithSegments");
  });

  it("reads a collection split by entity, and scans one entity", async () => {
    const overview = await shop.collections.customerOverview({ customerId: "c1" });
    expect(overview.Customer.map((c) => c.customerId)).toEqual(["c1"]);
    expect(overview.Order.map((o) => o.orderId).sort()).toEqual(["o1", "o10", "o2"]);
    const scanned: string[] = [];
    for await (const o of shop.order.scan({ segments: 2 }).all()) scanned.push(o.orderId);
    expect(scanned.sort()).toEqual(["o1", "o10", "o2"]);
  });

  it("batch writes and batch gets typed items", async () => {
    const writer = shop.batchWriter();
    await writer.put(shop.cart, { cartId: "k1", items: [], expiresAt: 2_000_000_000 });
    await writer.put(shop.cart, { cartId: "k2", items: [{ sku: "s", quantity: 2 }], expiresAt: 2_000_000_000 });
    await writer.close();
    const got = await shop.cart.batchGet([{ cartId: "k1" }, { cartId: "k2" }, { cartId: "k3" }]);
    expect(got.items.map((c) => c.cartId).sort()).toEqual(["k1", "k2"]);
    expect(got.missing).toEqual([{ cartId: "k3" }]);
  });

  it("runs a transaction, and a cancelled one reports the failing item", async () => {
    await shop.transact((tx) => [tx.customer.update({ customerId: "c1" }, { add: { points: 5 } }), tx.order.create(order("o3", "2026-04-01T00:00:00.000Z"))], { token: "tx-smoke-1" });
    expect((await shop.customer.get({ customerId: "c1" }))?.points).toBe(15);
    const failed = await shop.transact((tx) => [tx.order.create(order("o3", "2026-04-01T00:00:00.000Z"))]).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TransactionCanceledError);
    expect((failed as TransactionCanceledError).reasons[0]?.item).toMatchObject({ orderId: "o3" });
  });

  it("rejects (never throws) when an action fails validation while the transaction is built", async () => {
    const invalid = { ...order("o-bad", "not a date"), customerId: "c1" };
    let promise: Promise<void> | undefined;
    expect(() => (promise = shop.transact((tx) => [tx.order.create(invalid)]))).not.toThrow();
    const error = await promise!.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("placedAt");
  });

  it("deletes, returning the old item", async () => {
    const old = await shop.cart.delete({ cartId: "k1" }, { returnOld: true });
    expect(old?.cartId).toBe("k1");
    expect(await shop.cart.get({ cartId: "k1" })).toBeUndefined();
  });
});
