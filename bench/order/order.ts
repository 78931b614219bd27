/**
 * The one item every library in the benchmark reads and writes: an Order with 10 attributes,
 * keyed `CUSTOMER#{customerId}` / `ORDER#{placedAt}#{orderId}`, plus a GSI `ORDER#{orderId}` /
 * `ORDER` (the design of bench/schemas/bench.yaml).
 */
export interface OrderLine {
  sku: string;
  qty: number;
}

export type OrderStatus = "pending" | "paid" | "shipped" | "cancelled";

export interface Order {
  customerId: string;
  orderId: string;
  placedAt: string;
  status: OrderStatus;
  total: number;
  currency: string;
  itemCount: number;
  shippingCity: string;
  giftWrap: boolean;
  lines: OrderLine[];
}

export type OrderKey = Pick<Order, "customerId" | "placedAt" | "orderId">;

export const TABLE_NAME = "bench";
export const ENTITY_NAME = "Order";

export const orderPartition = (customerId: string): string => `CUSTOMER#${customerId}`;
export const orderSort = (placedAt: string, orderId: string): string => `ORDER#${placedAt}#${orderId}`;
export const orderGsi1Partition = (orderId: string): string => `ORDER#${orderId}`;
export const ORDER_GSI1_SORT = "ORDER";
export const ORDER_SORT_PREFIX = "ORDER#";

/** The `n`-th sample order of customer `c1` (deterministic, so every library sends the same data). */
export function sampleOrder(n: number): Order {
  const id = String(n).padStart(5, "0");
  return {
    customerId: "c1",
    orderId: `o${id}`,
    placedAt: `2026-03-01T10:${String(n % 60).padStart(2, "0")}:00.000Z`,
    status: "paid",
    total: 125.5 + n,
    currency: "EUR",
    itemCount: 3,
    shippingCity: "Lyon",
    giftWrap: n % 2 === 0,
    lines: [
      { sku: "sku-1", qty: 1 },
      { sku: "sku-2", qty: 2 },
    ],
  };
}

export const sampleOrders = (count: number, from = 0): Order[] =>
  Array.from({ length: count }, (_, i) => sampleOrder(from + i));

export const keyOf = (order: Order): OrderKey => ({
  customerId: order.customerId,
  placedAt: order.placedAt,
  orderId: order.orderId,
});
