// Items of every attribute type, for the round-trip and validation tests.
import { NumberValue } from "dynagen/runtime";
import type { Customer, Order, OrderLine, Product, Cart } from "../../generated/shop/index.js";
import type { Entry } from "../golden/json-precise-binary/expected/index.js";
import type { Item } from "../golden/sets/expected/index.js";
import type { Invoice } from "../golden/nested-maps/expected/index.js";
import type { Session } from "../golden/ttl-version/expected/index.js";
import type { Score } from "../golden/integer-slots/expected/index.js";

export const customer = (): Customer => ({
  customerId: "c1",
  email: "ann@example.com",
  name: "Ann",
  nickname: "annie",
  tier: "pro",
  points: 42,
  address: { line1: "1 Main St", line2: "Flat 2", city: "Springfield", zip: "12345", country: "US" },
  marketingOptIn: true,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-02-01T00:00:00.000Z",
  version: 3,
});

export const order = (): Order => ({
  customerId: "c1",
  orderId: "o1",
  placedAt: "2026-03-01T10:00:00.000Z",
  status: "paid",
  total: new NumberValue("12345678901234567890.12345"),
  currency: "EUR",
  shippingAddress: { name: "Ann", line1: "1 Main St", city: "Springfield", zip: "12345", country: "US" },
  tags: new Set(["gift", "express"]),
  notes: ["leave at door", ""],
  version: 1,
});

export const orderLine = (): OrderLine => ({
  orderId: "o1",
  lineNo: 7,
  sku: "SKU-1",
  quantity: 2,
  unitPrice: 19.99,
  options: { color: "red", engraving: { text: "hi", lines: [1, 2] }, gift: false, note: null },
});

export const product = (): Product => ({
  sku: "SKU-1",
  title: "Mug",
  category: "kitchen",
  price: 9.5,
  stock: 0,
  images: [{ url: "https://x/1.png", alt: "front" }, { url: "https://x/2.png" }],
  sizes: new Set(["S", "M"]),
  ratings: new Set([4, 5, 3.5]),
  thumbnail: new Uint8Array([0, 1, 2, 255]),
  specs: ["a", 1, true, { deep: [[]] }],
});

export const cart = (): Cart => ({ cartId: "k1", items: [{ sku: "SKU-1", quantity: 1 }], expiresAt: 1_900_000_000 });

export const entry = (): Entry => ({
  accountId: "a1",
  entryId: "e1",
  amount: new NumberValue("-0.000000000000000000000000000000000001"),
  fee: new NumberValue("99999999999999999999999999999999999999"),
  metadata: { source: "import", tags: ["x"] },
  extra: null,
  signature: new Uint8Array([9, 8, 7]),
  attachment: new Uint8Array(0),
});

export const setsItem = (): Item => ({
  itemId: "i1",
  tags: new Set(["a", "b", "c"]),
  colors: new Set(["red"]),
  sizes: new Set([1, 2.5, -3]),
  codes: new Set([10]),
  thumbnails: new Set([new Uint8Array([1]), new Uint8Array([2, 3])]),
});

export const invoice = (): Invoice => ({
  invoiceId: "inv1",
  billing: { name: "Ann", address: { street: "Main", city: "Springfield", geo: { lat: 1.5, lng: -2.25 } } },
  lines: [
    { sku: "A", qty: 1 },
    { sku: "B", qty: 2, discounts: [{ code: "TEN", amount: 10 }] },
  ],
  matrix: [[1, 2], [], [3]],
  flags: ["urgent", "paid"],
});

export const session = (): Session => ({ sessionId: "s1", userId: "u1", expiresAt: 1_900_000_000, version: 1 });

export const score = (): Score => ({ game: "chess", season: 7, rank: 42, player: "p1", points: 1200 });
