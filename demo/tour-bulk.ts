// Many writes at once: the batch writer, and transactions (one applied, one cancelled).
import { TransactionCanceledError } from "dynagen/runtime";
import type { Narrator } from "./print.js";
import { ANN, annOrder, type Shop } from "./shop.js";

const CATEGORIES = ["hats", "scarves", "gloves"] as const;

/** Writes 60 products through one batch writer, then reads a category back. */
export async function batchWrite(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Batch write the catalogue (25 items per request)");
  const writer = shop.batchWriter();
  for (let i = 0; i < 60; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] as string;
    await writer.put(shop.product, { sku: `sku-${String(i).padStart(3, "0")}`, title: `${category} #${i}`, category, price: 10 + i, stock: 5 });
  }
  await writer.close();
  let hats = 0;
  for await (const _ of shop.product.query.byCategory({ category: "hats" }).all()) hats++;
  say.line(`60 products written; category "hats" holds ${hats}`);
  const got = await shop.product.batchGet([{ sku: "sku-000" }, { sku: "sku-059" }, { sku: "sku-999" }]);
  say.line(`batchGet 3 keys -> found ${got.items.map((p) => p.sku).join(", ")}; missing ${got.missing.map((k) => k.sku).join(", ")}`);
}

/** Checkout as a transaction: the order and the stock it takes together, or neither. */
export async function transactions(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Transaction: place an order and take the stock together");
  const order = annOrder("o-1005", 29, "paid", "10.00");
  const checkout = (token?: string) =>
    shop.transact(
      (tx) => [tx.order.create(order), tx.product.update({ sku: "sku-000" }, { add: { stock: -1 } }, { if: (a) => a.stock.gt(0) })],
      token === undefined ? {} : { token },
    );
  await checkout("checkout-o-1005");
  const stock = async () => (await shop.product.get({ sku: "sku-000" }, { consistent: true }))?.stock;
  say.line(`order o-1005 placed for sku-000; stock now ${await stock()}`);
  await checkout("checkout-o-1005");
  say.line(`the same checkout resent with its token is applied once: stock still ${await stock()}`);
  try {
    await checkout();
  } catch (error) {
    if (!(error instanceof TransactionCanceledError)) throw error;
    say.line(`placing o-1005 again without the token -> ${error.code}; reasons: ${error.reasons.map((r) => r.code).join(", ")}`);
  }
  const ann = await shop.customer.get({ customerId: ANN.customerId }, { consistent: true });
  say.line(`Ann's points are untouched by the failed checkout: ${ann?.points}`);
}
