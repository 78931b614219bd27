// create / get / put / update / delete of the example shop against DynamoDB Local.
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { ConditionFailedError, ItemExistsError, ValidationError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { customerInput, money, openShop, orderInput, type ShopFixture } from "./shop-fixture.js";

let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("single");
});

describe("create", () => {
  it("writes defaults, version 1 and createdAt, and returns the stored item", async () => {
    const created = await f.shop.customer.create(customerInput("create-1"));
    expect(created).toMatchObject({ customerId: "create-1", tier: "free", points: 0, marketingOptIn: false, version: 1 });
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await f.shop.customer.get({ customerId: "create-1" }, { consistent: true })).toEqual(created);
  });

  it("fails with ItemExistsError carrying the current item when the key exists", async () => {
    await f.shop.customer.create(customerInput("create-2", { name: "First" }));
    const error = await f.shop.customer.create(customerInput("create-2", { name: "Second" })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ItemExistsError);
    expect((error as ItemExistsError).item).toMatchObject({ customerId: "create-2", name: "First" });
    expect((await f.shop.customer.get({ customerId: "create-2" }))?.name).toBe("First");
  });

  it("rejects an invalid item before sending (ValidationError with the attribute path)", async () => {
    const bad = f.shop.customer.create(customerInput("create-3", { email: "not-an-email" }));
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({ path: "email" });
    expect(await f.shop.customer.get({ customerId: "create-3" })).toBeUndefined();
  });

  it("writes the primary, type and secondary key attributes", async () => {
    await f.shop.customer.create(customerInput("create-4"));
    const raw = await f.client.send(new GetItemCommand({ TableName: f.tableName, Key: { pk: { S: "CUSTOMER#create-4" }, sk: { S: "PROFILE" } } }));
    expect(raw.Item).toMatchObject({ _type: { S: "Customer" }, gsi1pk: { S: "EMAIL#create-4@example.com" }, gsi1sk: { S: "CUSTOMER" } });
  });
});

describe("every attribute type round-trips", () => {
  it("binary, json, sets of strings and numbers, lists of maps, nested maps", async () => {
    const product = {
      sku: "rt-1",
      title: "Hat",
      category: "hats",
      price: 19.99,
      stock: 3,
      images: [{ url: "https://x/1.png", alt: "front" }, { url: "https://x/2.png" }],
      sizes: new Set(["S", "M"]),
      ratings: new Set([4, 5]),
      thumbnail: new Uint8Array([0, 1, 2, 255]),
      specs: { material: "wool", layers: [1, 2], nested: { ok: true, none: null } },
    };
    await f.shop.product.create(product);
    expect(await f.shop.product.get({ sku: "rt-1" }, { consistent: true })).toEqual(product);
    await f.shop.customer.create(customerInput("rt-2", { address: { line1: "1 Main St", city: "Ghent", zip: "9000", country: "BE" } }));
    const moved = await f.shop.customer.update({ customerId: "rt-2" }, { set: { address: { line1: "2 Side St", line2: "Box 3", city: "Bruges", zip: "8000", country: "BE" } } });
    expect(moved.address).toEqual({ line1: "2 Side St", line2: "Box 3", city: "Bruges", zip: "8000", country: "BE" });
    const bad = f.shop.customer.update({ customerId: "rt-2" }, { set: { address: { line1: "x", city: "y", zip: "z", country: "BEL" } } });
    await expect(bad).rejects.toMatchObject({ path: "address.country" });
  });
});

describe("get", () => {
  it("returns undefined for a missing key", async () => {
    expect(await f.shop.customer.get({ customerId: "nobody" })).toBeUndefined();
  });

  it("reads consistently and projects the named attributes only", async () => {
    await f.shop.customer.create(customerInput("get-1", { nickname: "g" }));
    const op = f.shop.customer.get({ customerId: "get-1" }, { consistent: true, attributes: ["name", "tier"] });
    expect(op.params().ConsistentRead).toBe(true);
    expect(await op).toEqual({ name: "Customer get-1", tier: "free" });
  });
});

describe("put", () => {
  it("replaces the item, increments the version and sets updatedAt", async () => {
    const created = await f.shop.customer.create(customerInput("put-1", { nickname: "old" }));
    const { nickname: _dropped, ...rest } = created;
    const saved = await f.shop.customer.put({ ...rest, name: "Replaced" });
    expect(saved.version).toBe(2);
    const read = await f.shop.customer.get({ customerId: "put-1" }, { consistent: true });
    expect(read).toMatchObject({ name: "Replaced", version: 2 });
    expect(read?.nickname).toBeUndefined();
    expect(read?.updatedAt).toBeDefined();
  });
});

describe("update", () => {
  it("sets, removes and adds, and returns the new item", async () => {
    await f.shop.customer.create(customerInput("upd-1", { nickname: "n" }));
    const after = await f.shop.customer.update({ customerId: "upd-1" }, { set: { name: "Anne" }, add: { points: 10 }, remove: ["nickname"] });
    expect(after).toMatchObject({ customerId: "upd-1", name: "Anne", points: 10, version: 2 });
    expect(after.nickname).toBeUndefined();
    expect(await f.shop.customer.get({ customerId: "upd-1" }, { consistent: true })).toEqual(after);
  });

  it("adds to and deletes from a set", async () => {
    await f.shop.order.create(orderInput("upd-2", "o1", "2026-01-01T00:00:00.000Z", { tags: new Set(["gift"]) }));
    const key = { customerId: "upd-2", placedAt: "2026-01-01T00:00:00.000Z", orderId: "o1" };
    const added = await f.shop.order.update(key, { add: { tags: new Set(["rush", "fragile"]) } });
    expect([...(added.tags ?? [])].sort()).toEqual(["fragile", "gift", "rush"]);
    const deleted = await f.shop.order.update(key, { delete: { tags: new Set(["gift", "rush"]) } });
    expect([...(deleted.tags ?? [])]).toEqual(["fragile"]);
  });

  it("applies a condition and fails with ConditionFailedError carrying the current item", async () => {
    await f.shop.customer.create(customerInput("upd-3"));
    const failed = f.shop.customer.update({ customerId: "upd-3" }, { set: { name: "Pro only" } }, { if: (a) => a.tier.eq("pro") });
    await expect(failed).rejects.toBeInstanceOf(ConditionFailedError);
    await expect(failed).rejects.toMatchObject({ item: { customerId: "upd-3", tier: "free" } });
    const ok = await f.shop.customer.update({ customerId: "upd-3" }, { set: { name: "Free ok" } }, { if: (a) => a.tier.eq("free") });
    expect(ok.name).toBe("Free ok");
  });

  it("never creates a missing item", async () => {
    await expect(f.shop.customer.update({ customerId: "upd-missing" }, { set: { name: "x" } })).rejects.toBeInstanceOf(ConditionFailedError);
    expect(await f.shop.customer.get({ customerId: "upd-missing" })).toBeUndefined();
  });

  it("never creates a missing item, whether or not its condition stands in for the existence check", async () => {
    const cases: [options: Parameters<typeof f.shop.customer.update>[2], existenceCheckSent: boolean][] = [
      [{ if: (a) => a.tier.eq("free") }, false],
      [{ expectedVersion: 1 }, false],
      [{ if: (a) => a.email.beginsWith("a").or(a.name.exists()) }, false],
      // Both hold on a missing item: only the existence check sent with them makes the update fail.
      [{ if: (a) => a.tier.ne("pro") }, true],
      [{ if: (a) => a.nickname.notExists() }, true],
    ];
    for (const [i, [options, existenceCheckSent]] of cases.entries()) {
      const key = { customerId: `upd-missing-${i}` };
      const update = f.shop.customer.update(key, { set: { name: "x" } }, options);
      expect(update.params().ConditionExpression?.startsWith("attribute_exists(#n0) AND ")).toBe(existenceCheckSent);
      const error = await update.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConditionFailedError);
      expect((error as ConditionFailedError).item).toBeUndefined();
      expect(await f.shop.customer.get(key, { consistent: true })).toBeUndefined();
    }
  });

  it("validates set values before sending", async () => {
    await f.shop.customer.create(customerInput("upd-4"));
    await expect(f.shop.customer.update({ customerId: "upd-4" }, { set: { points: 1.5 } })).rejects.toBeInstanceOf(ValidationError);
    await expect(f.shop.customer.update({ customerId: "upd-4" }, { set: { name: "" } })).rejects.toMatchObject({ path: "name" });
  });

  it("keeps precise numbers exact", async () => {
    await f.shop.order.create(orderInput("upd-5", "o1", "2026-01-01T00:00:00.000Z"));
    const after = await f.shop.order.update({ customerId: "upd-5", placedAt: "2026-01-01T00:00:00.000Z", orderId: "o1" }, { set: { total: money("12345678901234567890.25") } });
    expect(after.total.toString()).toBe("12345678901234567890.25");
  });
});

describe("delete", () => {
  it("removes the item and, with returnOld, resolves to it", async () => {
    const created = await f.shop.customer.create(customerInput("del-1"));
    expect(await f.shop.customer.delete({ customerId: "del-1" }, { returnOld: true })).toEqual(created);
    expect(await f.shop.customer.get({ customerId: "del-1" }, { consistent: true })).toBeUndefined();
    expect(await f.shop.customer.delete({ customerId: "del-1" }, { returnOld: true })).toBeUndefined();
  });

  it("deletes only when the condition holds", async () => {
    await f.shop.customer.create(customerInput("del-2"));
    const refused = f.shop.customer.delete({ customerId: "del-2" }, { if: (a) => a.tier.eq("business") });
    await expect(refused).rejects.toBeInstanceOf(ConditionFailedError);
    await expect(refused).rejects.toMatchObject({ item: { customerId: "del-2" } });
    expect(await f.shop.customer.get({ customerId: "del-2" })).toBeDefined();
    await f.shop.customer.delete({ customerId: "del-2" }, { if: (a) => a.tier.eq("free") });
    expect(await f.shop.customer.get({ customerId: "del-2" }, { consistent: true })).toBeUndefined();
  });
});
