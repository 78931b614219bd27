// Queries of the catalogue entities: Review shares its partition with Product, OrderLine sorts by
// a zero-padded integer slot, Product and Review and Customer read gsi1 with different prefixes.
import { beforeAll, describe, expect, it } from "vitest";
import { customerInput, openShop, type ShopFixture } from "./shop-fixture.js";

let f: ShopFixture;
const collect = async <T>(read: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of read) out.push(item);
  return out;
};

beforeAll(async () => {
  f = await openShop("qcatalog");
  for (const [sku, category] of [["hat-1", "hats"], ["hat-10", "hats"], ["hat-2", "hats"], ["sock-1", "socks"]] as const) {
    await f.shop.product.create({ sku, title: sku, category, price: 5 });
  }
  const reviews = [["r1", "c1", "2026-01-01T00:00:00.000Z"], ["r10", "c1", "2026-02-01T00:00:00.000Z"], ["r2", "c2", "2026-03-01T00:00:00.000Z"], ["r3", "c1", "2026-04-01T00:00:00.000Z"]] as const;
  for (const [reviewId, customerId, createdAt] of reviews) {
    await f.shop.review.create({ sku: "hat-1", reviewId, customerId, rating: 4, body: "fine", createdAt });
  }
  await f.shop.review.create({ sku: "hat-10", reviewId: "r9", customerId: "c1", rating: 2, body: "meh", createdAt: "2026-05-01T00:00:00.000Z" });
  for (const lineNo of [1, 2, 10, 11, 100]) await f.shop.orderLine.create({ orderId: "ol", lineNo, sku: "hat-1", quantity: 1, unitPrice: 5 });
  await f.shop.orderLine.create({ orderId: "ol1", lineNo: 1, sku: "hat-1", quantity: 1, unitPrice: 5 });
  await f.shop.customer.create(customerInput("c1", { email: "same@example.com" }));
});

describe("Review.query.primary (shares PRODUCT#{sku} with Product)", () => {
  const reviews = async (options?: Parameters<ShopFixture["shop"]["review"]["query"]["primary"]>[1]) =>
    (await collect(f.shop.review.query.primary({ sku: "hat-1" }, options).all())).map((r) => r.reviewId);

  it("no condition: reviews only, never the product's DETAILS item", async () => {
    expect(await reviews()).toEqual(["r1", "r10", "r2", "r3"]);
  });
  it("exact reviewId r1 never matches r10", async () => {
    expect(await reviews({ sort: { reviewId: "r1" } })).toEqual(["r1"]);
  });
  it("lt / lte stay above DETAILS; gt / gte stay in the REVIEW# prefix", async () => {
    expect(await reviews({ sort: { reviewId: { lt: "r2" } } })).toEqual(["r1", "r10"]);
    expect(await reviews({ sort: { reviewId: { lte: "r2" } } })).toEqual(["r1", "r10", "r2"]);
    expect(await reviews({ sort: { reviewId: { gt: "r10" } } })).toEqual(["r2", "r3"]);
    expect(await reviews({ sort: { reviewId: { gte: "r10" } } })).toEqual(["r10", "r2", "r3"]);
  });
  it("beginsWith and between", async () => {
    expect(await reviews({ sort: { reviewId: { beginsWith: "r1" } } })).toEqual(["r1", "r10"]);
    expect(await reviews({ sort: { reviewId: { between: ["r10", "r2"] } } })).toEqual(["r10", "r2"]);
  });
});

describe("Review.query.byCustomer (gsi1, sorted by createdAt)", () => {
  const byCustomer = async (options?: Parameters<ShopFixture["shop"]["review"]["query"]["byCustomer"]>[1]) =>
    (await collect(f.shop.review.query.byCustomer({ customerId: "c1" }, options).all())).map((r) => r.reviewId);

  it("reads this customer's reviews across products, in createdAt order", async () => {
    expect(await byCustomer()).toEqual(["r1", "r10", "r3", "r9"]);
  });
  it("every condition on createdAt", async () => {
    expect(await byCustomer({ sort: { createdAt: "2026-02-01T00:00:00.000Z" } })).toEqual(["r10"]);
    expect(await byCustomer({ sort: { createdAt: { beginsWith: "2026-0" } } })).toEqual(["r1", "r10", "r3", "r9"]);
    expect(await byCustomer({ sort: { createdAt: { between: ["2026-02-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z"] } } })).toEqual(["r10", "r3"]);
    expect(await byCustomer({ sort: { createdAt: { gt: "2026-02-01T00:00:00.000Z" } } })).toEqual(["r3", "r9"]);
    expect(await byCustomer({ sort: { createdAt: { gte: "2026-02-01T00:00:00.000Z" } } })).toEqual(["r10", "r3", "r9"]);
    expect(await byCustomer({ sort: { createdAt: { lt: "2026-02-01T00:00:00.000Z" } } })).toEqual(["r1"]);
    expect(await byCustomer({ sort: { createdAt: { lte: "2026-02-01T00:00:00.000Z" } } })).toEqual(["r1", "r10"]);
    expect(await byCustomer({ order: "desc" })).toEqual(["r9", "r3", "r10", "r1"]);
  });
});

describe("OrderLine.query.primary (integer slot {lineNo:06})", () => {
  const lines = async (orderId: string, options?: Parameters<ShopFixture["shop"]["orderLine"]["query"]["primary"]>[1]) =>
    (await collect(f.shop.orderLine.query.primary({ orderId }, options).all())).map((l) => l.lineNo);

  it("sorts numerically and matches one line exactly (1 never matches 10 or 100)", async () => {
    expect(await lines("ol")).toEqual([1, 2, 10, 11, 100]);
    expect(await lines("ol", { sort: { lineNo: 1 } })).toEqual([1]);
    expect(await lines("ol1")).toEqual([1]);
  });
  it("ranges on the integer slot", async () => {
    expect(await lines("ol", { sort: { lineNo: { gt: 2 } } })).toEqual([10, 11, 100]);
    expect(await lines("ol", { sort: { lineNo: { gte: 10 } } })).toEqual([10, 11, 100]);
    expect(await lines("ol", { sort: { lineNo: { lt: 10 } } })).toEqual([1, 2]);
    expect(await lines("ol", { sort: { lineNo: { lte: 11 } } })).toEqual([1, 2, 10, 11]);
    expect(await lines("ol", { sort: { lineNo: { between: [2, 11] } } })).toEqual([2, 10, 11]);
    expect(await lines("ol", { order: "desc" })).toEqual([100, 11, 10, 2, 1]);
  });
});

describe("gsi1 reads of Product and Customer", () => {
  it("Product.query.byCategory with every form on sku", async () => {
    const skus = async (options?: Parameters<ShopFixture["shop"]["product"]["query"]["byCategory"]>[1]) =>
      (await collect(f.shop.product.query.byCategory({ category: "hats" }, options).all())).map((p) => p.sku);
    expect(await skus()).toEqual(["hat-1", "hat-10", "hat-2"]);
    expect(await skus({ sort: { sku: "hat-1" } })).toEqual(["hat-1"]);
    expect(await skus({ sort: { sku: { beginsWith: "hat-1" } } })).toEqual(["hat-1", "hat-10"]);
    expect(await skus({ sort: { sku: { gt: "hat-1" } } })).toEqual(["hat-10", "hat-2"]);
    expect(await skus({ sort: { sku: { lte: "hat-10" } } })).toEqual(["hat-1", "hat-10"]);
    expect(await skus({ order: "desc", sort: { sku: { between: ["hat-10", "hat-2"] } } })).toEqual(["hat-2", "hat-10"]);
  });
  it("Customer.query.byEmail finds the customer by email", async () => {
    const page = await f.shop.customer.query.byEmail({ email: "same@example.com" });
    expect(page.items.map((c) => c.customerId)).toEqual(["c1"]);
    expect((await f.shop.customer.query.byEmail({ email: "other@example.com" })).items).toEqual([]);
  });
});
