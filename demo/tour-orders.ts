// Orders: placing them, reading them by status, by id and as the customer's overview.
import type { Narrator } from "./print.js";
import { ANN, annOrder, type Shop } from "./shop.js";

/** Ann's orders in the order they are placed. */
const ORDERS = [
  annOrder("o-1001", 1, "delivered", "42.50"),
  annOrder("o-1002", 8, "paid", "129.00"),
  annOrder("o-1003", 15, "paid", "18.99"),
  annOrder("o-1004", 22, "pending", "64.00"),
];

/** Places Ann's orders. */
export async function placeOrders(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Place orders");
  for (const input of ORDERS) {
    const order = await shop.order.create(input);
    say.line(`${order.orderId}  ${order.placedAt.slice(0, 10)}  ${order.status.padEnd(9)} ${order.total.toString()} ${order.currency}`);
  }
}

/** The status index (lsi1), a sort-key range, the id index (gsi1) and a `where` filter. */
export async function queryOrders(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Query orders by status (local index byStatus)");
  const paid = await shop.order.query.byStatus({ customerId: ANN.customerId, status: "paid" });
  say.line(`paid: ${paid.items.map((o) => o.orderId).join(", ")}`);
  const query = shop.order.query.primary({ customerId: ANN.customerId }, { sort: { placedAt: { gte: "2026-03-10" } }, order: "desc" });
  say.line(`placed since March 10, newest first: ${(await query).items.map((o) => o.orderId).join(", ")}`);
  say.line(`  (sent as ${query.params().KeyConditionExpression})`);
  const byId = await shop.order.query.byId({ orderId: "o-1003" });
  say.line(`order o-1003 by id (global index byId): customer ${byId.items[0]?.customerId}, total ${byId.items[0]?.total.toString()}`);
  const pages: number[] = [];
  for await (const page of shop.order.query.primary({ customerId: ANN.customerId }, { where: (a) => a.status.ne("delivered"), limit: 2 }).pages()) pages.push(page.items.length);
  say.line(`open orders, 2 per page after filtering: pages of ${pages.join(" + ")}`);
}

/** The customerOverview collection: Ann's profile and orders in one query. */
export async function customerOverview(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Collection customerOverview (one query, split by entity)");
  const overview = await shop.collections.customerOverview({ customerId: ANN.customerId });
  for (const c of overview.Customer) say.line(`Customer ${c.name}: tier=${c.tier} points=${c.points}`);
  say.line(`Order x${overview.Order.length}: ${overview.Order.map((o) => `${o.orderId}(${o.status})`).join(" ")}`);
}
