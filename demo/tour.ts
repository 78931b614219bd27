// The demo's program: the example shop's access patterns in order.
import type { Narrator } from "./print.js";
import type { Shop } from "./shop.js";
import { batchWrite, transactions } from "./tour-bulk.js";
import { createCustomer, optimisticLocking } from "./tour-customers.js";
import { customerOverview, placeOrders, queryOrders } from "./tour-orders.js";

/**
 * Runs the tour on a shop whose table exists and is empty.
 *
 * @example
 * await runTour(createShop({ client, tableName: "shop-demo" }), new Narrator(console.log));
 */
export async function runTour(shop: Shop, say: Narrator): Promise<void> {
  await createCustomer(shop, say);
  await placeOrders(shop, say);
  await queryOrders(shop, say);
  await customerOverview(shop, say);
  await optimisticLocking(shop, say);
  await batchWrite(shop, say);
  await transactions(shop, say);
}
