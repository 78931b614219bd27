import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../model/index.js";
import { loadSchema } from "./load-schema.js";

// Lines 1-9 are the table; entities start on line 10.
const TABLE = `version: 1
table:
  name: app
  key: { partition: pk, sort: sk }
  indexes:
    gsi1: { partition: gsi1pk, sort: gsi1sk }
    lsi1: { type: local, sort: lsi1sk }
    gsi2: { partition: gsi2pk }
entities:
`;

function problems(text: string): string[] {
  return loadSchema({ path: "s.yaml", text }).diagnostics.map(formatDiagnostic);
}
const withEntities = (entities: string): string[] => problems(TABLE + entities);

describe("semantic checks, one message each, at the offending node", () => {
  test("unknown attribute in a template, with a suggestion", () => {
    expect(withEntities(`  Order:
    attributes: { orderId: string, placedAt: datetime }
    key: { partition: "ORDER#{orderid}", sort: "AT#{placed}" }
`)).toEqual([
      's.yaml:12:30: error: key partition of Order names "{orderid}", which is not an attribute of Order (did you mean "orderId"?)',
      's.yaml:12:52: error: key sort of Order names "{placed}", which is not an attribute of Order (did you mean "placedAt"?)',
    ]);
  });

  test("a slot attribute whose type cannot be in a key", () => {
    expect(withEntities(`  A:
    attributes: { id: string, on: boolean }
    key: { partition: "A#{id}", sort: "{on}" }
`)).toEqual([
      's.yaml:12:40: error: key sort of A names "{on}", but on is of type boolean; key slots take string, enum, datetime or integer number attributes',
    ]);
  });

  test("integer slots need a width, other slots take none", () => {
    expect(withEntities(`  A:
    attributes: { id: string, n: { type: number, integer: true } }
    key: { partition: "A#{id:03}", sort: "N#{n}" }
`)).toEqual([
      's.yaml:12:26: error: key partition of A names "{id:03}", but only integer slots take a width, and id is of type string',
      's.yaml:12:45: error: key sort of A names "{n}", an integer slot without a width; write {n:06} (any width) so it sorts as text',
    ]);
  });

  test("optional attributes cannot fill a primary key slot, but may fill an index slot", () => {
    expect(withEntities(`  A:
    attributes: { id: string, code: string? }
    key: { partition: "A#{id}", sort: "C#{code}" }
    indexes:
      byCode: { index: gsi2, partition: "CODE#{code}" }
`)).toEqual([
      's.yaml:12:42: error: key sort of A names "{code}", but code is optional; primary key attributes must be required',
    ]);
  });

  test("entity names that differ only in case", () => {
    expect(withEntities(`  Item:
    attributes: { id: string }
    key: { partition: "I#{id}", sort: "I" }
  ITEM:
    attributes: { id: string }
    key: { partition: "J#{id}", sort: "J" }
`)).toEqual([
      "s.yaml:13:3: error: entity ITEM clashes with entity Item: names that differ only in case give the same file and property",
    ]);
  });

  test("attribute names taken by the table's keys or type attribute", () => {
    expect(withEntities(`  A:
    attributes: { id: string, gsi2pk: string?, _type: string? }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual([
      "s.yaml:11:31: error: attribute gsi2pk of A clashes with the partition key of index gsi2, which dynagen writes on every item",
      "s.yaml:11:48: error: attribute _type of A clashes with the table's type attribute, which dynagen writes on every item",
    ]);
  });

  test("two entities whose primary keys can render the same key", () => {
    expect(withEntities(`  A:
    attributes: { id: string }
    key: { partition: "X#{id}", sort: "S" }
  B:
    attributes: { code: string }
    key: { partition: "X#{code}", sort: "S" }
`)).toEqual([
      's.yaml:15:5: error: key of B can produce the same keys as the key of A (same literal text around the slots); add a distinct literal such as "B#"',
    ]);
  });

  test("an index the table does not declare", () => {
    expect(withEntities(`  A:
    attributes: { id: string }
    key: { partition: "A#{id}", sort: "A" }
    indexes:
      byId: { index: gsi3, partition: "ID#{id}" }
`)).toEqual([
      's.yaml:14:22: error: index byId of A uses "gsi3", which the table does not declare (did you mean "gsi1"?)',
    ]);
  });

  test("sort template presence must match the table index", () => {
    expect(withEntities(`  A:
    attributes: { id: string }
    key: { partition: "A#{id}", sort: "A" }
    indexes:
      one: { index: gsi1, partition: "ID#{id}" }
      two: { index: gsi2, partition: "ID#{id}", sort: "A" }
`)).toEqual([
      's.yaml:14:7: error: index one of A is missing "sort": index gsi1 has a sort key (gsi1sk)',
      "s.yaml:15:49: error: index two of A gives a sort template, but index gsi2 has no sort key",
    ]);
  });

  test("a local index access pattern cannot give a partition", () => {
    expect(withEntities(`  A:
    attributes: { id: string }
    key: { partition: "A#{id}", sort: "A" }
    indexes:
      local: { index: lsi1, partition: "B#{id}", sort: "L" }
`)).toEqual([
      `s.yaml:14:29: error: index local of A is on local index lsi1, which uses the entity's primary partition; remove "partition"`,
    ]);
  });

  test("the entity key must have a sort template exactly when the table has a sort key", () => {
    expect(withEntities(`  A:
    attributes: { id: string }
    key: { partition: "A#{id}" }
`)).toEqual(['s.yaml:12:5: error: key of A is missing "sort": the table has a sort key (sk)']);
    expect(problems(`version: 1
table: { name: app, key: { partition: pk } }
entities:
  A:
    attributes: { id: string }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual(["s.yaml:6:33: error: key of A gives a sort template, but the table has no sort key"]);
  });

  test("the table's ttl must be of type ttl, and ttl attributes must be the table's", () => {
    expect(problems(`version: 1
table: { name: app, key: { partition: pk }, ttl: expiresAt }
entities:
  A:
    attributes: { id: string, expiresAt: number }
    key: { partition: "A#{id}" }
  B:
    attributes: { id: string, purgeAt: ttl }
    key: { partition: "B#{id}" }
`)).toEqual([
      "s.yaml:5:42: error: attribute expiresAt of A is the table's ttl, so it must be of type ttl, not number",
      `s.yaml:8:40: error: attribute purgeAt of B is of type ttl, but the table's ttl is "expiresAt"`,
    ]);
  });

  test("at most one version attribute, a required number outside keys", () => {
    expect(withEntities(`  A:
    attributes:
      id: string
      v1: { type: number, version: true }
      v2: { type: number, version: true }
      v3: { type: string, version: true }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual([
      "s.yaml:14:7: error: attribute v2 of A is a second version attribute (v1 is already one); an entity has at most one",
      `s.yaml:15:27: error: "version" does not apply to attribute v3 of A, which is of type string (it applies to number)`,
    ]);
  });

  test("defaults must have the attribute's type; enum defaults must be listed", () => {
    expect(withEntities(`  A:
    attributes:
      id: string
      n: { type: number, default: "1" }
      tier: { type: enum, values: [free, pro], default: fre }
      at: { type: string, default: now }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual([
      `s.yaml:13:35: error: default of attribute n of A must be a number, not "1"`,
      `s.yaml:14:57: error: default of attribute tier of A must be one of free, pro, not "fre" (did you mean "free"?)`,
    ]);
  });

  test("a ttl cannot default to or be updated to now: the item would expire at once", () => {
    expect(problems(`version: 1
table: { name: app, key: { partition: pk }, ttl: expiresAt }
entities:
  A:
    attributes:
      id: string
      expiresAt: { type: ttl, default: now, onUpdate: now }
    key: { partition: "A#{id}" }
`)).toEqual([
      "s.yaml:7:40: error: default of attribute expiresAt of A cannot be now: a ttl is when the item expires, so it would expire at once (set it from your code, e.g. an hour ahead)",
      `s.yaml:7:45: error: "onUpdate" does not apply to attribute expiresAt of A, which is of type ttl (it applies to datetime)`,
    ]);
  });

  test("readonly attributes cannot change on update", () => {
    expect(withEntities(`  A:
    attributes:
      id: string
      at: { type: datetime, readonly: true, onUpdate: now }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual(["s.yaml:13:45: error: attribute at of A is readonly, so it cannot change on update"]);
  });

  test("enum values are distinct; sets hold strings, numbers or binaries", () => {
    expect(withEntities(`  A:
    attributes:
      id: string
      e: { type: enum, values: [x, y, x] }
      s: { type: set, of: json }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual([
      's.yaml:13:39: error: attribute e of A lists the value "x" twice',
      "s.yaml:14:27: error: attribute s of A is a set of json; a set holds string, number or binary",
    ]);
  });

  test("bounds in order and patterns that compile", () => {
    expect(withEntities(`  A:
    attributes:
      id: string
      n: { type: number, min: 2, max: 1 }
      s: { type: string, minLength: 2, maxLength: 1, pattern: "(" }
    key: { partition: "A#{id}", sort: "A" }
`)).toEqual([
      "s.yaml:13:34: error: attribute n of A has min 2 greater than max 1",
      "s.yaml:14:40: error: attribute s of A has minLength 2 greater than maxLength 1",
      "s.yaml:14:63: error: pattern of attribute s of A is not a valid regular expression: /(/u: Unterminated group",
    ]);
  });

  test("collections: known entities on a known index, sharing one partition template", () => {
    expect(withEntities(`  A:
    attributes: { id: string }
    key: { partition: "P#{id}", sort: "A" }
  B:
    attributes: { id: string }
    key: { partition: "Q#{id}", sort: "B" }
collections:
  one: { entities: [A, B, C] }
  two: { index: gsi1, entities: [A] }
  three: { index: gsi9, entities: [A] }
`)).toEqual([
      's.yaml:17:24: error: collection one: B has partition "Q#{id}" on primary, but A has "P#{id}"; members must share one partition template',
      's.yaml:17:27: error: collection one names "C", which is not an entity',
      "s.yaml:18:34: error: collection two reads index gsi1, but A has no access pattern on it",
      's.yaml:19:19: error: collection three uses index "gsi9", which the table does not declare (did you mean "gsi1"?)',
    ]);
  });

  test("names that are not identifiers or are reserved", () => {
    expect(withEntities(`  Map:
    attributes: { id: string, "a b": string? }
    key: { partition: "M#{id}", sort: "A" }
  Collections:
    attributes: { id: string }
    key: { partition: "C#{id}", sort: "A" }
    indexes:
      primary: { index: gsi2, partition: "X#{id}" }
`)).toEqual([
      's.yaml:10:3: error: entity name "Map" would hide the built-in type of that name in generated code',
      's.yaml:11:31: error: attribute a b of Map is not a valid name: use letters, digits and "_", not starting with a digit',
      's.yaml:13:3: error: entity name "Collections" is reserved: "collections" is already a member of the generated factory or a generated file',
      `s.yaml:17:7: error: index primary of Collections: "primary" names the entity's key; choose another name`,
    ]);
  });

  test("problems are collected across the whole file and sorted by position", () => {
    const lines = withEntities(`  B:
    attributes: { id: string }
    key: { partition: "B#{nope}", sort: "B" }
  A:
    attributes: { id: string, pk: string }
    key: { partition: "A#{id}" }
`);
    expect(lines).toEqual([
      's.yaml:12:26: error: key partition of B names "{nope}", which is not an attribute of B',
      "s.yaml:14:31: error: attribute pk of A clashes with the table's partition key, which dynagen writes on every item",
      's.yaml:15:5: error: key of A is missing "sort": the table has a sort key (sk)',
    ]);
  });
});
