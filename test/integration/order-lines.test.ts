// OrderLine.byProduct (lsi1, `SKU#{sku}#QTY#{quantity:06}`): a key built from two updatable
// attributes. Queries over both slots, and updates that must give both or are rejected.
import { ValidationError, type SortCondition } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { openShop, type ShopFixture } from "./shop-fixture.js";

const O = "ol-p";
let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("lines");
  const lines = [[1, "hat", 2], [2, "hat", 10], [3, "sock", 1], [4, "hat", 1], [5, "hat-x", 3]] as const;
  for (const [lineNo, sku, quantity] of lines) await f.shop.orderLine.create({ orderId: O, lineNo, sku, quantity, unitPrice: 5 });
  await f.shop.orderLine.create({ orderId: "ol-other", lineNo: 1, sku: "hat", quantity: 4, unitPrice: 5 });
});

const byProduct = async (
  key: Parameters<ShopFixture["shop"]["orderLine"]["query"]["byProduct"]>[0],
  options?: Parameters<ShopFixture["shop"]["orderLine"]["query"]["byProduct"]>[1],
) => {
  const out: number[] = [];
  for await (const line of f.shop.orderLine.query.byProduct(key, options).all()) out.push(line.lineNo);
  return out;
};

describe("OrderLine.query.byProduct", () => {
  it("an exact sku sorts its lines by quantity; hat never matches hat-x", async () => {
    expect(await byProduct({ orderId: O, sku: "hat" })).toEqual([4, 1, 2]);
    expect(await byProduct({ orderId: O, sku: "hat", quantity: 2 })).toEqual([1]);
    expect(await byProduct({ orderId: O })).toEqual([4, 1, 2, 5, 3]);
  });
  it("every condition on the integer quantity slot", async () => {
    const hat = (quantity: SortCondition<number>) => byProduct({ orderId: O }, { sort: { sku: "hat", quantity } });
    expect(await hat({ gte: 2 })).toEqual([1, 2]);
    expect(await hat({ gt: 2 })).toEqual([2]);
    expect(await hat({ lt: 10 })).toEqual([4, 1]);
    expect(await hat({ lte: 10 })).toEqual([4, 1, 2]);
    expect(await hat({ between: [1, 2] })).toEqual([4, 1]);
    expect(await byProduct({ orderId: O }, { sort: { sku: { beginsWith: "hat" } } })).toEqual([4, 1, 2, 5]);
  });
});

describe("updating one slot of a two-slot index key", () => {
  it("is rejected before sending when the other slot is not given, and nothing changes", async () => {
    const key = { orderId: O, lineNo: 3 };
    const onlyQuantity = f.shop.orderLine.update(key, { set: { quantity: 5 } });
    expect(() => onlyQuantity.params()).toThrow(ValidationError);
    await expect(onlyQuantity).rejects.toMatchObject({ path: "sku" });
    await expect(f.shop.orderLine.update(key, { set: { sku: "scarf" } })).rejects.toMatchObject({ path: "quantity" });
    expect(await f.shop.orderLine.get(key, { consistent: true })).toMatchObject({ sku: "sock", quantity: 1 });
    expect(await byProduct({ orderId: O, sku: "sock" })).toEqual([3]);
  });

  it("rewrites the index key when both slots are given", async () => {
    const key = { orderId: O, lineNo: 3 };
    const after = await f.shop.orderLine.update(key, { set: { sku: "scarf", quantity: 7 } });
    expect(after).toMatchObject({ sku: "scarf", quantity: 7 });
    expect(await byProduct({ orderId: O, sku: "scarf", quantity: 7 })).toEqual([3]);
    expect(await byProduct({ orderId: O, sku: "sock" })).toEqual([]);
  });
});
