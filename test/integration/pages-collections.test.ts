// Collections split by entity; limit counted after filtering with cursors; all(), pages(), scans.
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { CursorError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { customerInput, openShop, orderInput, type ShopFixture } from "./shop-fixture.js";

const C = "pc";
const STATUSES = ["paid", "pending", "shipped"] as const;
/** 30 orders; every third one (10 in all) is paid. */
const ORDERS = Array.from({ length: 30 }, (_, i) => ({
  orderId: `o${String(i).padStart(2, "0")}`,
  placedAt: `2026-01-${String(1 + i).padStart(2, "0")}T00:00:00.000Z`,
  status: STATUSES[i % 3] as (typeof STATUSES)[number],
}));
const PAID = ORDERS.filter((o) => o.status === "paid").map((o) => o.orderId);

let f: ShopFixture;
beforeAll(async () => {
  f = await openShop("pages");
  await f.shop.customer.create(customerInput(C));
  for (const o of ORDERS) await f.shop.order.create(orderInput(C, o.orderId, o.placedAt, { status: o.status }));
  await f.client.send(new PutItemCommand({ TableName: f.tableName, Item: { pk: { S: `CUSTOMER#${C}` }, sk: { S: "NOTE#1" }, _type: { S: "Stranger" } } }));
  await f.shop.product.create({ sku: "pc-hat", title: "Hat", category: "hats", price: 9 });
  for (const reviewId of ["r1", "r2"]) await f.shop.review.create({ sku: "pc-hat", reviewId, customerId: C, rating: 5, body: "good" });
});

describe("collections", () => {
  it("customerOverview splits one partition into typed arrays, other entities left out", async () => {
    const overview = await f.shop.collections.customerOverview({ customerId: C });
    expect(overview.Customer.map((c) => c.customerId)).toEqual([C]);
    expect(overview.Order.map((o) => o.orderId)).toEqual(ORDERS.map((o) => o.orderId));
    expect(Object.keys(overview).sort()).toEqual(["Customer", "Order"]);
    expect(overview.cursor).toBeUndefined();
  });

  it("productPage holds the product and its reviews", async () => {
    const page = await f.shop.collections.productPage({ sku: "pc-hat" });
    expect(page.Product.map((p) => p.title)).toEqual(["Hat"]);
    expect(page.Review.map((r) => r.reviewId)).toEqual(["r1", "r2"]);
  });

  it("pages with limit and a cursor cover the collection exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await f.shop.collections.customerOverview({ customerId: C }, { limit: 7, ...(cursor ? { cursor } : {}) });
      expect(page.Customer.length + page.Order.length).toBeLessThanOrEqual(7);
      seen.push(...page.Customer.map((c) => `C:${c.customerId}`), ...page.Order.map((o) => `O:${o.orderId}`));
      cursor = page.cursor;
      pages++;
    } while (cursor !== undefined);
    expect(seen.sort()).toEqual([`C:${C}`, ...ORDERS.map((o) => `O:${o.orderId}`)].sort());
    expect(pages).toBeGreaterThanOrEqual(5);
  });
});

describe("limit after filtering, with cursors", () => {
  const paidQuery = (options: { limit?: number; cursor?: string } = {}) =>
    f.shop.order.query.primary({ customerId: C }, { where: (a) => a.status.eq("paid"), ...options });

  it("each page holds `limit` matching items until the end: no gaps, no repeats", async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await paidQuery({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.every((o) => o.status === "paid")).toBe(true);
      sizes.push(page.items.length);
      seen.push(...page.items.map((o) => o.orderId));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(PAID);
    expect(sizes.slice(0, 3)).toEqual([3, 3, 3]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("pages() yields the same pages and all() the same items", async () => {
    const pages: string[][] = [];
    for await (const page of paidQuery({ limit: 4 }).pages()) pages.push(page.items.map((o) => o.orderId));
    expect(pages.flat()).toEqual(PAID);
    expect(pages.slice(0, 2).map((p) => p.length)).toEqual([4, 4]);
    const all: string[] = [];
    for await (const o of paidQuery({ limit: 4 }).all()) all.push(o.orderId);
    expect(all).toEqual(PAID);
  });

  it("cursors work backwards (order desc) and on the local index", async () => {
    const collect = async (read: (cursor?: string) => PromiseLike<{ items: { orderId: string }[]; cursor: string | undefined }>) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await read(cursor);
        seen.push(...page.items.map((o) => o.orderId));
        cursor = page.cursor;
      } while (cursor !== undefined);
      return seen;
    };
    const desc = await collect((cursor) => f.shop.order.query.primary({ customerId: C }, { order: "desc", limit: 7, ...(cursor ? { cursor } : {}) }));
    expect(desc).toEqual(ORDERS.map((o) => o.orderId).reverse());
    const paid = await collect((cursor) => f.shop.order.query.byStatus({ customerId: C, status: "paid" }, { limit: 3, ...(cursor ? { cursor } : {}) }));
    expect(paid).toEqual(PAID);
  });

  it("all() resumes from a cursor", async () => {
    const first = await paidQuery({ limit: 4 });
    const rest: string[] = [];
    for await (const o of paidQuery({ limit: 4, ...(first.cursor ? { cursor: first.cursor } : {}) }).all()) rest.push(o.orderId);
    expect([...first.items.map((o) => o.orderId), ...rest]).toEqual(PAID);
  });

  it("a tampered cursor or one from another index is a CursorError", async () => {
    const page = await paidQuery({ limit: 2 });
    const cursor = page.cursor as string;
    expect(typeof cursor).toBe("string");
    const tampered = cursor.slice(0, -3) + (cursor.endsWith("A") ? "BBB" : "AAA");
    await expect(paidQuery({ limit: 2, cursor: tampered })).rejects.toBeInstanceOf(CursorError);
    await expect(paidQuery({ limit: 2, cursor: "not-a-cursor" })).rejects.toBeInstanceOf(CursorError);
    // The same cursor with its position moved (a well-formed payload whose check no longer matches).
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { k: Record<string, { S?: string }> };
    for (const value of Object.values(payload.k)) if (value.S !== undefined) value.S = `${value.S}~`;
    const moved = Buffer.from(JSON.stringify(payload)).toString("base64url");
    await expect(paidQuery({ limit: 2, cursor: moved })).rejects.toBeInstanceOf(CursorError);
    await expect(f.shop.order.query.byStatus({ customerId: C, status: "paid" }, { cursor })).rejects.toBeInstanceOf(CursorError);
  });
});

describe("scan", () => {
  it("reads one entity's items across parallel segments, each once", async () => {
    const ids: string[] = [];
    for await (const o of f.shop.order.scan({ segments: 4 }).all()) ids.push(o.orderId);
    expect(ids.sort()).toEqual(ORDERS.map((o) => o.orderId));
  });

  it("filters with where and pages with limit after filtering", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await f.shop.order.scan({ where: (a) => a.status.eq("paid"), limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((o) => o.orderId));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(seen.sort()).toEqual(PAID);
  });
});
