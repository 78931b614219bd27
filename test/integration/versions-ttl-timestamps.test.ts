// Optimistic locking under concurrent updaters, TTL written as epoch seconds, and timestamps.
import { DescribeTimeToLiveCommand, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { ConditionFailedError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { customerInput, openShop, type ShopFixture } from "./shop-fixture.js";

let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("versions");
});

describe("optimistic locking", () => {
  it("8 concurrent read-modify-write updaters lose no increment", async () => {
    await f.shop.customer.create(customerInput("v-1"));
    let succeeded = 0;
    const updater = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        for (;;) {
          const current = await f.shop.customer.get({ customerId: "v-1" }, { consistent: true });
          if (current === undefined) throw new Error("customer vanished");
          try {
            await f.shop.customer.update({ customerId: "v-1" }, { set: { points: current.points + 1 } }, { expectedVersion: current.version });
            succeeded++;
            break;
          } catch (error) {
            if (!(error instanceof ConditionFailedError)) throw error;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, () => updater(5)));
    const final = await f.shop.customer.get({ customerId: "v-1" }, { consistent: true });
    expect(succeeded).toBe(40);
    expect(final?.points).toBe(succeeded);
    expect(final?.version).toBe(1 + succeeded);
  });

  it("a stale put fails with ConditionFailedError carrying the current item", async () => {
    const first = await f.shop.customer.create(customerInput("v-2"));
    const winner = await f.shop.customer.put({ ...first, name: "Winner" });
    expect(winner.version).toBe(2);
    const stale = f.shop.customer.put({ ...first, name: "Stale" });
    await expect(stale).rejects.toBeInstanceOf(ConditionFailedError);
    await expect(stale).rejects.toMatchObject({ item: { customerId: "v-2", name: "Winner", version: 2 } });
    expect((await f.shop.customer.get({ customerId: "v-2" }, { consistent: true }))?.name).toBe("Winner");
  });

  it("update increments the version even without an expected version", async () => {
    await f.shop.customer.create(customerInput("v-3"));
    expect((await f.shop.customer.update({ customerId: "v-3" }, { add: { points: 1 } })).version).toBe(2);
    expect((await f.shop.customer.update({ customerId: "v-3" }, { add: { points: 1 } })).version).toBe(3);
    await expect(f.shop.customer.update({ customerId: "v-3" }, { add: { points: 1 } }, { expectedVersion: 2 })).rejects.toBeInstanceOf(ConditionFailedError);
  });
});

describe("time to live", () => {
  it("is enabled on the table by table.create()", async () => {
    const ttl = await f.client.send(new DescribeTimeToLiveCommand({ TableName: f.tableName }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe("expiresAt");
    expect(ttl.TimeToLiveDescription?.TimeToLiveStatus).toBe("ENABLED");
  });

  it("writes the ttl attribute as a number of epoch seconds", async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    const cart = await f.shop.cart.create({ cartId: "cart-1", expiresAt });
    expect(cart.items).toEqual([]);
    const raw = await f.client.send(new GetItemCommand({ TableName: f.tableName, Key: { pk: { S: "CART#cart-1" }, sk: { S: "CART" } } }));
    expect(raw.Item?.expiresAt).toEqual({ N: String(expiresAt) });
    expect((await f.shop.cart.get({ cartId: "cart-1" }))?.expiresAt).toBe(expiresAt);
  });
});

describe("timestamps", () => {
  it("createdAt is set on create and kept by update; updatedAt changes on every update", async () => {
    const created = await f.shop.customer.create(customerInput("t-1"));
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    await new Promise((r) => setTimeout(r, 5));
    const first = await f.shop.customer.update({ customerId: "t-1" }, { set: { name: "One" } });
    await new Promise((r) => setTimeout(r, 5));
    const second = await f.shop.customer.update({ customerId: "t-1" }, { set: { name: "Two" } });
    expect(first.createdAt).toBe(created.createdAt);
    expect(second.createdAt).toBe(created.createdAt);
    expect(first.updatedAt).toBeDefined();
    expect(second.updatedAt).toBeDefined();
    expect(second.updatedAt! > first.updatedAt!).toBe(true);
    expect(first.updatedAt! >= created.createdAt).toBe(true);
  });

  it("updatedAt is set on cart updates too", async () => {
    await f.shop.cart.create({ cartId: "cart-2", expiresAt: Math.floor(Date.now() / 1000) + 60 });
    const after = await f.shop.cart.update({ cartId: "cart-2" }, { set: { items: [{ sku: "hat-1", quantity: 2 }] } });
    expect(after.items).toEqual([{ sku: "hat-1", quantity: 2 }]);
    expect(after.updatedAt).toBeDefined();
  });
});
