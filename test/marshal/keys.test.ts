import { describe, expect, test } from "vitest";
import type { AttributeValue } from "dynagen/runtime";
import * as shop from "../../generated/shop/index.js";
import * as scores from "../golden/integer-slots/expected/index.js";
import * as items from "./items.js";
import { rejection } from "./rejection.js";

// The item marshallers render key attributes in place, from the values they have just checked;
// the key builders render them through the per-template renderers. Both must agree, value and error.

/** The string key attributes of a marshalled item. */
function keysOf(raw: Record<string, AttributeValue>, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, raw[name]?.S]));
}


describe("the item marshaller writes the keys the key builders render", () => {
  test("values, for every index of the example entities", () => {
    const customer = items.customer();
    expect(keysOf(shop.marshalCustomer(customer), ["pk", "sk", "gsi1pk", "gsi1sk"])).toEqual({ ...shop.customerKey(customer), ...shop.customerByEmailKey(customer) });
    const order = items.order();
    expect(keysOf(shop.marshalOrder(order), ["pk", "sk", "gsi1pk", "gsi1sk", "lsi1sk"])).toEqual({ ...shop.orderKey(order), ...shop.orderByIdKey(order), ...shop.orderByStatusKey(order) });
    const line = items.orderLine();
    expect(keysOf(shop.marshalOrderLine(line), ["pk", "sk", "lsi1sk"])).toEqual({ ...shop.orderLineKey(line), ...shop.orderLineByProductKey(line) });
    const score = items.score();
    expect(keysOf(scores.marshalScore(score), ["pk", "sk"])).toEqual(scores.scoreKey(score));
  });

  test("errors: an empty slot, a slot holding the literal after it, an integer slot out of range", () => {
    const customer = { ...items.customer(), customerId: "" };
    expect(rejection(() => shop.marshalCustomer(customer))).toEqual(rejection(() => shop.customerKey(customer)));
    expect(rejection(() => shop.marshalCustomer(customer))).toEqual(["validation.emptyKey", "customerId"]);
    const line = { ...items.orderLine(), sku: "SKU#1" };
    expect(rejection(() => shop.marshalOrderLine(line))).toEqual(rejection(() => shop.orderLineByProductKey(line)));
    expect(rejection(() => shop.marshalOrderLine(line))).toEqual(["validation.keySeparator", "sku"]);
    const score = { ...items.score(), game: "chess#960" };
    expect(rejection(() => scores.marshalScore(score))).toEqual(["validation.keySeparator", "game"]);
    expect(rejection(() => scores.marshalScore({ ...items.score(), season: 12345 }))).toEqual(["validation.keyRange", "season"]);
    // The last slot of a template may hold the separator.
    expect(shop.marshalOrder({ ...items.order(), orderId: "o#1" }).sk).toEqual({ S: "ORDER#2026-03-01T10:00:00.000Z#o#1" });
  });
});
