// A fresh example-shop table per test file, and builders for valid example items.
import { NumberValue } from "dynagen/runtime";
import { createShop } from "../../generated/shop/index.js";
import type { CustomerCreate, OrderCreate } from "../../generated/shop/index.js";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";

/** The repositories `createShop` returns. */
export type Shop = ReturnType<typeof createShop>;

/** A shop on its own new table in this run's DynamoDB Local. */
export interface ShopFixture {
  readonly shop: Shop;
  readonly client: ReturnType<typeof localClient>;
  readonly tableName: string;
}

/**
 * Creates a uniquely named table with the factory's own `table.create()`.
 *
 * @example
 * const { shop } = await openShop("crud");
 */
export async function openShop(prefix = "shop"): Promise<ShopFixture> {
  const client = localClient();
  const tableName = uniqueTableName(prefix);
  const shop = createShop({ client, tableName });
  await shop.table.create();
  return { shop, client, tableName };
}

/** A valid customer with the given id (email derived from it). */
export function customerInput(customerId: string, extra: Partial<CustomerCreate> = {}): CustomerCreate {
  return { customerId, email: `${customerId}@example.com`, name: `Customer ${customerId}`, ...extra };
}

/** A precise number, as `Order.total` (precise: true) takes it. */
export function money(text: string): NumberValue {
  return new NumberValue(text);
}

/** A valid order of `customerId`. */
export function orderInput(customerId: string, orderId: string, placedAt: string, extra: Partial<OrderCreate> = {}): OrderCreate {
  return {
    customerId,
    orderId,
    placedAt,
    total: money("10.50"),
    currency: "EUR",
    shippingAddress: { name: "Ann", line1: "1 Main St", city: "Ghent", zip: "9000", country: "BE" },
    ...extra,
  };
}

/** The ids of the items given, sorted, for exact set comparisons. */
export function idsOf<T>(items: readonly T[], id: (item: T) => string): string[] {
  return items.map(id).sort();
}
