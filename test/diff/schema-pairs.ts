/** A small schema every diff case starts from; each case edits it with exact text replacements. */
export const BASE = `version: 1
table:
  name: shop
  key: { partition: pk, sort: sk }
  indexes:
    gsi1: { partition: gsi1pk, sort: gsi1sk }
    lsi1: { type: local, sort: lsi1sk }
entities:
  Customer:
    attributes:
      customerId: string
      name: { type: string, maxLength: 100 }
      nickname: string?
      points: { type: number, integer: true, min: 0 }
      tier: { type: enum, values: [free, pro], default: free }
      address: { type: map, optional: true, attributes: { city: string, zip: string } }
    key: { partition: "CUSTOMER#{customerId}", sort: "PROFILE" }
  Order:
    attributes:
      customerId: string
      orderId: string
      status: { type: enum, values: [pending, paid, cancelled] }
      tags: { type: list, of: string, optional: true }
    key: { partition: "CUSTOMER#{customerId}", sort: "ORDER#{orderId}" }
    indexes:
      byId: { index: gsi1, partition: "ORDER#{orderId}", sort: "ORDER" }
collections:
  overview: { index: primary, entities: [Customer, Order] }
`;

/** BASE with each `[from, to]` applied once; throws when `from` is not in the text, so a stale case cannot pass silently. */
export function edited(...edits: readonly (readonly [string, string])[]): string {
  let text = BASE;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`edit target not found: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}
