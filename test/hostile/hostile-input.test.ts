import { ValidationError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import type { CustomerCreate, OrderLineCreate, ProductCreate, ReviewCreate } from "../../generated/shop/index.js";
import { openRecordingShop, type RecordingShop } from "./recording-shop.js";

let r: RecordingShop;
beforeAll(async () => void (r = await openRecordingShop("hostile")));

type Shop = RecordingShop["shop"];
/** What an untyped JavaScript caller can pass: anything, cast through unknown. */
const untyped = <T>(value: unknown) => value as T;

const customer = (extra: Record<string, unknown> = {}) => untyped<CustomerCreate>({ customerId: "c1", email: "c1@example.com", name: "Ann", ...extra });
const product = (extra: Record<string, unknown> = {}) => untyped<ProductCreate>({ sku: "p1", title: "Lamp", category: "home", price: 10, ...extra });
const line = (extra: Record<string, unknown> = {}) => untyped<OrderLineCreate>({ orderId: "o1", lineNo: 1, sku: "p1", quantity: 1, unitPrice: 2.5, ...extra });
const review = (extra: Record<string, unknown> = {}) => untyped<ReviewCreate>({ sku: "p1", reviewId: "r1", customerId: "c1", rating: 4, body: "ok", ...extra });

/** A json value nested `levels` deep: { d: { d: ... } }. */
function nested(levels: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = { d: value };
  return value;
}

const cases: { name: string; run: (shop: Shop) => PromiseLike<unknown> }[] = [
  { name: "NaN in a number", run: (s) => s.customer.create(customer({ points: NaN })) },
  { name: "Infinity in a number", run: (s) => s.orderLine.create(line({ unitPrice: Infinity })) },
  { name: "-Infinity in a number", run: (s) => s.product.create(product({ price: -Infinity })) },
  { name: "NaN in an update's add", run: (s) => s.customer.update({ customerId: "c1" }, { add: { points: NaN } }) },
  { name: "Infinity in a number set", run: (s) => s.product.create(product({ ratings: new Set([1, Infinity]) })) },
  { name: "empty string in a partition key slot (create)", run: (s) => s.customer.create(customer({ customerId: "" })) },
  { name: "empty string in a partition key slot (get)", run: (s) => s.customer.get({ customerId: "" }) },
  { name: "empty string in a partition key slot (delete)", run: (s) => s.customer.delete({ customerId: "" }) },
  { name: "empty string in a sort key slot", run: (s) => s.review.create(review({ reviewId: "" })) },
  { name: "empty string in a query's partition slot", run: (s) => s.review.query.primary({ sku: "" }) },
  { name: "missing key slot from an untyped caller", run: (s) => s.customer.get(untyped({})) },
  { name: "item over 400 KB", run: (s) => s.product.create(product({ specs: { blob: "x".repeat(410 * 1024) } })) },
  { name: "item over 400 KB from many list entries", run: (s) => s.product.create(product({ images: Array.from({ length: 2100 }, (_, i) => ({ url: `${"u".repeat(200)}${i}` })) })) },
  { name: "wrong enum value on create", run: (s) => s.customer.create(customer({ tier: "gold" })) },
  { name: "wrong enum value on update", run: (s) => s.customer.update({ customerId: "c1" }, { set: untyped({ tier: "platinum" }) }) },
  { name: "number given as a string", run: (s) => s.customer.create(customer({ points: "10" })) },
  { name: "string given as a number", run: (s) => s.customer.create(customer({ name: 42 })) },
  { name: "boolean given as a string", run: (s) => s.customer.create(customer({ marketingOptIn: "yes" })) },
  { name: "key slot given as an object", run: (s) => s.customer.create(customer({ customerId: { toString: () => "c1" } })) },
  { name: "map given as a string", run: (s) => s.customer.create(customer({ address: "1 Main St" })) },
  { name: "map missing a required attribute", run: (s) => s.customer.create(customer({ address: { line1: "x", city: "y" } })) },
  { name: "list given as an object", run: (s) => s.product.create(product({ images: { url: "x" } })) },
  { name: "set given as an array", run: (s) => s.product.create(product({ sizes: ["S", "M"] })) },
  { name: "string set holding a number", run: (s) => s.product.create(product({ sizes: new Set(["S", 3]) })) },
  { name: "binary given as a string", run: (s) => s.product.create(product({ thumbnail: "not bytes" })) },
  { name: "binary over maxLength", run: (s) => s.product.create(product({ thumbnail: new Uint8Array(65537) })) },
  { name: "null for a required attribute", run: (s) => s.customer.create(customer({ name: null })) },
  { name: "fraction in an integer", run: (s) => s.customer.create(customer({ points: 1.5 })) },
  { name: "integer below min", run: (s) => s.customer.create(customer({ points: -1 })) },
  { name: "integer above max", run: (s) => s.review.create(review({ rating: 6 })) },
  { name: "string breaking pattern", run: (s) => s.customer.create(customer({ email: "not-an-email" })) },
  { name: "string breaking maxLength", run: (s) => s.customer.create(customer({ name: "n".repeat(201) })) },
  { name: "string breaking minLength", run: (s) => s.customer.create(customer({ name: "" })) },
  { name: "string breaking maxLength in a nested map", run: (s) => s.customer.create(customer({ address: { line1: "x", city: "y", zip: "1", country: "BEL" } })) },
  { name: "string breaking pattern on update", run: (s) => s.customer.update({ customerId: "c1" }, { set: { email: "still not an email" } }) },
  { name: "datetime that is not ISO-8601", run: (s) => s.review.create(review({ createdAt: "yesterday" })) },
  { name: "json nested 40 levels", run: (s) => s.product.create(product({ specs: nested(40) })) },
  { name: "json nested 40 levels in an array", run: (s) => s.orderLine.create(line({ options: [nested(39)] })) },
  { name: "json holding a class instance (Date)", run: (s) => s.orderLine.create(line({ options: { at: new Date() } })) },
  { name: "json holding a symbol", run: (s) => s.orderLine.create(line({ options: { s: Symbol("x") } })) },
  { name: "json holding NaN", run: (s) => s.orderLine.create(line({ options: { n: NaN } })) },
];

describe("hostile input is rejected with ValidationError before anything is sent", () => {
  it.each(cases)("$name", async ({ run }) => {
    r.sent.length = 0;
    const error = await (async () => await run(r.shop))().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toMatch(/^validation\./);
    expect(r.sent).toEqual([]);
  });

  it("the recorder does see a valid call (so an empty list above means nothing was sent)", async () => {
    r.sent.length = 0;
    await r.shop.customer.create(customer({ customerId: "valid" }));
    expect(r.sent.map((s) => s.operation)).toEqual(["PutItem"]);
  });

  it("an empty set is never written: the attribute is left out of the request", async () => {
    r.sent.length = 0;
    await r.shop.product.create(product({ sku: "empty-set", sizes: new Set<string>() }));
    const item = (r.sent[0]?.input as { Item?: Record<string, unknown> }).Item ?? {};
    expect(Object.keys(item)).not.toContain("sizes");
    expect((await r.shop.product.get({ sku: "empty-set" }))?.sizes).toBeUndefined();
  });
});

export const HOSTILE_CASES = cases.length;
