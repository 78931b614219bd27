// Customers: create, a duplicate refused, optimistic locking and a failed condition.
import { ConditionFailedError, ItemExistsError } from "dynagen/runtime";
import type { Narrator } from "./print.js";
import { ANN, type Shop } from "./shop.js";

/** Creates Ann and shows that a second create of the same key is refused. */
export async function createCustomer(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Create a customer (defaults, version 1, createdAt)");
  const ann = await shop.customer.create(ANN);
  say.line(`created ${ann.name}: tier=${ann.tier} points=${ann.points} version=${ann.version} createdAt=${ann.createdAt}`);
  try {
    await shop.customer.create({ ...ANN, name: "Someone Else" });
  } catch (error) {
    if (!(error instanceof ItemExistsError)) throw error;
    say.line(`create again -> ${error.code}: the stored item is still "${(error.item as { name: string }).name}"`);
  }
  const byEmail = await shop.customer.query.byEmail({ email: ANN.email });
  say.line(`found by email ${ANN.email}: ${byEmail.items.map((c) => c.customerId).join(", ")}`);
}

/** Two writers read Ann at the same version; the second write is refused with the current item. */
export async function optimisticLocking(shop: Shop, say: Narrator): Promise<void> {
  say.heading("Update with optimistic locking");
  const read = await shop.customer.get({ customerId: ANN.customerId }, { consistent: true });
  if (read === undefined) throw new Error("Ann is missing");
  say.line(`two writers read version ${read.version}`);
  const first = await shop.customer.update({ customerId: ANN.customerId }, { add: { points: 50 } }, { expectedVersion: read.version });
  say.line(`writer 1 adds 50 points -> points=${first.points} version=${first.version}`);
  try {
    await shop.customer.update({ customerId: ANN.customerId }, { set: { tier: "pro" } }, { expectedVersion: read.version });
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    const current = error.item as { version: number; points: number };
    say.line(`writer 2 (still at version ${read.version}) -> ${error.code}; current item has version ${current.version}, points ${current.points}`);
    const retried = await shop.customer.update({ customerId: ANN.customerId }, { set: { tier: "pro" } }, { expectedVersion: current.version });
    say.line(`writer 2 retries at version ${current.version} -> tier=${retried.tier} version=${retried.version}`);
  }

  say.heading("A conditional write that fails");
  try {
    await shop.customer.update({ customerId: ANN.customerId }, { set: { nickname: "Annie" } }, { if: (a) => a.tier.eq("business") });
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    say.line(`set nickname only if tier is "business" -> ${error.code} (tier is "${(error.item as { tier: string }).tier}")`);
  }
}
