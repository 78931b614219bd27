import { ConditionFailedError } from "dynagen/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { openRecordingShop, type RecordingShop } from "./recording-shop.js";

let r: RecordingShop;
beforeAll(async () => void (r = await openRecordingShop("exprsafe")));

/** Strings that look like expression syntax, placeholders or reserved words. */
const CRAFTED = [
  "a = :b OR",
  "#n0",
  ":v0",
  "#n0 = :v0",
  "size(x)",
  "attribute_exists(pk)",
  "x) OR attribute_exists(pk) OR (x",
  "SET #n0 = :v0 REMOVE pk",
  "name.first[0]",
  "SELECT",
  "ORDER",
  "'; DROP TABLE shop; --",
  "\u0000#\u0000",
  "😀 ${x} {customerId}",
];

describe("expression safety through the generated repositories", () => {
  it.each(CRAFTED)("value %j stored in key slots and attributes reads back unchanged", async (text) => {
    const id = `c-${text}`;
    await r.shop.customer.create({ customerId: id, email: "crafted@example.com", name: text, nickname: text });
    const got = await r.shop.customer.get({ customerId: id });
    expect(got).toMatchObject({ customerId: id, name: text, nickname: text });
    const updated = await r.shop.customer.update({ customerId: id }, { set: { nickname: `${text} (updated)` } }, { if: (a) => a.name.eq(text) });
    expect(updated.nickname).toBe(`${text} (updated)`);
  });

  it.each(CRAFTED)("json map keys %j are stored and read back unchanged", async (text) => {
    const options = { [text]: text, nested: { [text]: [text, { [text]: 1 }] } };
    await r.shop.orderLine.create({ orderId: `o-${text}`, lineNo: 1, sku: "s", quantity: 1, unitPrice: 1, options });
    expect((await r.shop.orderLine.get({ orderId: `o-${text}`, lineNo: 1 }))?.options).toEqual(options);
  });

  it("a crafted value in a condition never widens it: the write is refused", async () => {
    await r.shop.customer.create({ customerId: "victim", email: "v@example.com", name: "Victim" });
    for (const text of CRAFTED) {
      const attempt = r.shop.customer.update({ customerId: "victim" }, { set: { nickname: "hacked" } }, { if: (a) => a.name.eq(text) });
      await expect((async () => await attempt)()).rejects.toBeInstanceOf(ConditionFailedError);
    }
    expect((await r.shop.customer.get({ customerId: "victim" }))?.nickname).toBeUndefined();
  });

  it("crafted values never reach expression text: only placeholders do", () => {
    const text = "x) OR attribute_exists(pk) OR (x";
    const params = r.shop.customer.update({ customerId: "p" }, { set: { name: text, nickname: ":v0" } }, { if: (a) => a.email.eq("#n0") }).params();
    const expressions = [params.UpdateExpression, params.ConditionExpression].join(" ");
    // Names are placeholders too: no attribute name appears bare in the expressions.
    expect(expressions).not.toMatch(/\b(name|nickname|email|pk)\b/);
    expect(expressions).not.toContain(text);
    const values = Object.values(params.ExpressionAttributeValues ?? {}).map((v) => (v as { S?: string }).S);
    expect(values).toEqual(expect.arrayContaining([text, ":v0", "#n0"]));
  });

  it("a crafted value in a query filter and sort condition matches only itself", async () => {
    for (const [i, text] of CRAFTED.entries()) {
      await r.shop.review.create({ sku: "crafted", reviewId: text, customerId: "c", rating: 1 + (i % 5), body: text });
    }
    for (const text of CRAFTED) {
      const page = await r.shop.review.query.primary({ sku: "crafted" }, { where: (a) => a.body.eq(text) });
      expect(page.items.map((i) => i.body)).toEqual([text]);
      const bySort = await r.shop.review.query.primary({ sku: "crafted" }, { sort: { reviewId: text } });
      expect(bySort.items.map((i) => i.reviewId)).toContain(text);
      expect(bySort.items.every((i) => i.reviewId.startsWith(text))).toBe(true);
    }
  });
});
