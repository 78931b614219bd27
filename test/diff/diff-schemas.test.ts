import { describe, expect, it } from "vitest";
import { loadSchema } from "../../generator/check/index.js";
import { diffSchemas, formatChange, hasBreakingChange } from "../../generator/diff/index.js";
import type { Schema } from "../../generator/model/index.js";
import { BASE, edited } from "./schema-pairs.js";

function load(text: string, path = "schemas/shop.yaml"): Schema {
  const { schema, diagnostics } = loadSchema({ path, text });
  if (!schema) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return schema;
}

function lines(oldText: string, newText: string): string[] {
  return diffSchemas([load(oldText)], [load(newText)]).map(formatChange);
}

const ENUM_REMOVED = ["status: { type: enum, values: [pending, paid, cancelled] }", "status: { type: enum, values: [pending, paid] }"] as const;

const CASES: { name: string; next: string; expected: string[] }[] = [
  { name: "no change", next: BASE, expected: [] },
  { name: "enum value removed", next: edited(ENUM_REMOVED), expected: ['breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)'] },
  {
    name: "enum value added",
    next: edited(["values: [pending, paid, cancelled]", "values: [pending, paid, cancelled, refunded]"]),
    expected: ['safe: shop Order.status: enum value "refunded" added'],
  },
  {
    name: "sort key template changed",
    next: edited(['sort: "ORDER#{orderId}"', 'sort: "ORD#{orderId}"']),
    expected: ['breaking: shop Order key: sort template changed from "ORDER#{orderId}" to "ORD#{orderId}" (stored items are keyed by the old template)'],
  },
  {
    name: "index template changed",
    next: edited(['partition: "ORDER#{orderId}", sort: "ORDER"', 'partition: "ORDER#{orderId}", sort: "ORDER#V2"']),
    expected: ['breaking: shop Order index byId: sort template changed from "ORDER" to "ORDER#V2" (stored items are keyed by the old template)'],
  },
  {
    name: "attribute removed",
    next: edited(["      nickname: string?\n", ""]),
    expected: ["breaking: shop Customer.nickname: attribute removed (stored items still hold it; code reading or writing it no longer compiles)"],
  },
  { name: "attribute retyped", next: edited(["nickname: string?", "nickname: number?"]), expected: ["breaking: shop Customer.nickname: retyped from string to number (stored items hold the old type)"] },
  { name: "optional made required", next: edited(["nickname: string?", "nickname: string"]), expected: ["breaking: shop Customer.nickname: optional made required (stored items may lack it)"] },
  { name: "required made optional", next: edited(["name: { type: string, maxLength: 100 }", "name: { type: string, maxLength: 100, optional: true }"]), expected: ["safe: shop Customer.name: required made optional"] },
  { name: "new optional attribute", next: edited(["      nickname: string?\n", "      nickname: string?\n      phone: string?\n"]), expected: ["safe: shop Customer.phone: optional attribute added"] },
  {
    name: "new required attribute with a default",
    next: edited(["      nickname: string?\n", "      nickname: string?\n      locale: { type: string, default: en }\n"]),
    expected: ["breaking: shop Customer.locale: required attribute added (stored items lack it; its default applies to new items only: make it optional or backfill)"],
  },
  { name: "default added", next: edited(["points: { type: number, integer: true, min: 0 }", "points: { type: number, integer: true, min: 0, default: 0 }"]), expected: ["safe: shop Customer.points: default 0 added"] },
  {
    name: "default removed from a required attribute",
    next: edited(["values: [free, pro], default: free }", "values: [free, pro] }"]),
    expected: ['breaking: shop Customer.tier: default "free" removed (creates that omitted it no longer compile)'],
  },
  { name: "maxLength lowered", next: edited(["maxLength: 100", "maxLength: 50"]), expected: ["breaking: shop Customer.name: max length changed from 100 to 50 (stored items may not satisfy it)"] },
  { name: "maxLength raised", next: edited(["maxLength: 100", "maxLength: 200"]), expected: ["safe: shop Customer.name: max length changed from 100 to 200 (relaxed)"] },
  {
    name: "pattern added",
    next: edited(["maxLength: 100", 'maxLength: 100, pattern: "^[A-Z]"']),
    expected: ['breaking: shop Customer.name: pattern "^[A-Z]" added (stored items may not match it)'],
  },
  { name: "min removed", next: edited(["integer: true, min: 0", "integer: true"]), expected: ["safe: shop Customer.points: min 0 removed (relaxed)"] },
  { name: "integer dropped", next: edited(["points: { type: number, integer: true, min: 0 }", "points: { type: number, min: 0 }"]), expected: ["safe: shop Customer.points: no longer integer only"] },
  {
    name: "nested map attribute removed",
    next: edited(["attributes: { city: string, zip: string }", "attributes: { city: string }"]),
    expected: ["breaking: shop Customer.address.zip: attribute removed (stored items still hold it; code reading or writing it no longer compiles)"],
  },
  { name: "list element retyped", next: edited(["tags: { type: list, of: string", "tags: { type: list, of: number"]), expected: ["breaking: shop Order.tags[]: retyped from string to number (stored items hold the old type)"] },
  {
    name: "access pattern removed",
    next: edited(['    indexes:\n      byId: { index: gsi1, partition: "ORDER#{orderId}", sort: "ORDER" }\n', ""]),
    expected: ["breaking: shop Order index byId: access pattern removed (query.byId no longer exists)"],
  },
  {
    name: "access pattern added",
    next: edited(['sort: "PROFILE" }\n', 'sort: "PROFILE" }\n    indexes:\n      byName: { index: gsi1, partition: "NAME#{name}", sort: "CUSTOMER" }\n']),
    expected: ["safe: shop Customer index byName: access pattern added on gsi1 (items stored before are not in it until rewritten)"],
  },
  {
    name: "entity removed and collection shrunk",
    next: edited(["entities: [Customer, Order]", "entities: [Order]"], ["  Customer:\n", "  Customer:\n"]).replace(/ {2}Customer:\n[\s\S]*?(?= {2}Order:)/, ""),
    expected: [
      "breaking: shop Customer: entity removed (stored items of it remain; its repository no longer exists)",
      "breaking: shop collection overview: entity Customer removed from the collection (code reading its Customer list no longer compiles)",
    ],
  },
  {
    name: "entity added",
    next: `${BASE.replace("collections:", `  Review:\n    attributes: { reviewId: string }\n    key: { partition: "REVIEW#{reviewId}", sort: "REVIEW" }\ncollections:`)}`,
    expected: ["safe: shop Review: entity added"],
  },
  {
    name: "table partition key renamed",
    next: edited(["key: { partition: pk, sort: sk }", "key: { partition: id, sort: sk }"]),
    expected: ['breaking: shop table: partition key attribute changed from "pk" to "id" (the table must be recreated and its items copied)'],
  },
  {
    name: "global index added",
    next: edited(["gsi1: { partition: gsi1pk, sort: gsi1sk }", "gsi1: { partition: gsi1pk, sort: gsi1sk }\n    gsi2: { partition: gsi2pk }"]),
    expected: ["safe: shop table index gsi2: global index added (created online on the deployed table)"],
  },
  { name: "index removed", next: edited(["    lsi1: { type: local, sort: lsi1sk }\n", ""]), expected: ["breaking: shop table index lsi1: index removed (queries on it fail)"] },
  { name: "local index added", next: edited(["lsi1: { type: local, sort: lsi1sk }", "lsi1: { type: local, sort: lsi1sk }\n    lsi2: { type: local, sort: lsi2sk }"]), expected: ["breaking: shop table index lsi2: local index added (a local index can only be created with the table: the table must be recreated)"] },
  { name: "type attribute changed", next: edited(["    lsi1: { type: local, sort: lsi1sk }\n", "    lsi1: { type: local, sort: lsi1sk }\n  typeAttribute: kind\n"]), expected: ['breaking: shop table: type attribute changed from "_type" to "kind" (stored items name their entity in the old attribute)'] },
  {
    name: "ttl added",
    next: edited(["    lsi1: { type: local, sort: lsi1sk }\n", "    lsi1: { type: local, sort: lsi1sk }\n  ttl: expiresAt\n"], ["      tags: { type: list", "      expiresAt: ttl?\n      tags: { type: list"]),
    expected: ['breaking: shop table: ttl attribute "expiresAt" added (stored items holding it start to expire; enable TTL on the deployed table)', "safe: shop Order.expiresAt: optional attribute added"],
  },
];

describe("diffSchemas: old/new pairs and their classification", () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(lines(BASE, c.next)).toEqual(c.expected);
    });
  }

  it("sorts breaking changes first, then by subject, the same on every run", () => {
    const next = edited(ENUM_REMOVED, ["      nickname: string?\n", "      nickname: string?\n      phone: string?\n"], ["maxLength: 100", "maxLength: 50"]);
    const expected = [
      "breaking: shop Customer.name: max length changed from 100 to 50 (stored items may not satisfy it)",
      'breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)',
      "safe: shop Customer.phone: optional attribute added",
    ];
    expect(lines(BASE, next)).toEqual(expected);
    expect(lines(BASE, next)).toEqual(expected);
  });

  it("matches files by stem: a removed file is breaking, an added one safe", () => {
    const shop = load(BASE);
    const audit = load(BASE.replace("name: shop", "name: audit"), "schemas/audit.yaml");
    expect(diffSchemas([shop], [audit]).map(formatChange)).toEqual([
      'breaking: shop: schema file removed (table "shop" and its 2 entities are no longer generated)',
      'safe: audit: schema file added (table "audit")',
    ]);
  });

  it("hasBreakingChange is true only when some change is breaking", () => {
    expect(hasBreakingChange(diffSchemas([load(BASE)], [load(edited(ENUM_REMOVED))]))).toBe(true);
    expect(hasBreakingChange(diffSchemas([load(BASE)], [load(edited(["values: [free, pro]", "values: [free, pro, business]"]))]))).toBe(false);
  });
});
