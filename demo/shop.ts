// The repositories the demo drives, and the example's fixed data.
import { NumberValue } from "dynagen/runtime";
import type { createShop, OrderCreate } from "../generated/shop/index.js";

/** What `createShop` returns. */
export type Shop = ReturnType<typeof createShop>;

/** Ann, the customer the tour follows. */
export const ANN = { customerId: "c-ann", email: "ann@example.com", name: "Ann Example" } as const;

/** An order of Ann's placed on `day` of March 2026. */
export function annOrder(orderId: string, day: number, status: OrderCreate["status"], total: string): OrderCreate {
  return {
    customerId: ANN.customerId,
    orderId,
    placedAt: `2026-03-${String(day).padStart(2, "0")}T10:00:00.000Z`,
    status,
    total: new NumberValue(total),
    currency: "EUR",
    shippingAddress: { name: ANN.name, line1: "1 Harbour Street", city: "Ghent", zip: "9000", country: "BE" },
  };
}
