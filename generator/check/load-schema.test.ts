import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadSchema, schemaStem } from "./load-schema.js";

const SMALL = `version: 1
table:
  name: app
  key: { partition: pk, sort: sk }
  indexes:
    gsi1: { partition: gsi1pk, sort: gsi1sk }
    lsi1: { type: local, sort: lsi1sk }
  ttl: expiresAt
entities:
  Order:
    attributes:
      customerId: string
      orderId: string
      note: string?
      line: { type: number, integer: true }
      status: { type: enum, values: [open, done], default: open }
      placedAt: { type: datetime, default: now, readonly: true }
      touchedAt: { type: datetime, onUpdate: now }
      rev: { type: number, version: true }
      items: { type: list, of: { type: map, attributes: { sku: string, qty: number? } } }
      tags: { type: set, of: string, optional: true }
      expiresAt: ttl?
    key: { partition: "CUSTOMER#{customerId}", sort: "ORDER#{orderId}#{line:04}" }
    indexes:
      byId: { index: gsi1, partition: "ORDER#{orderId}", sort: "ORDER" }
      byStatus: { index: lsi1, sort: "{status}#{placedAt}" }
collections:
  overview: { entities: [Order] }
`;

describe("loadSchema builds the frozen model", () => {
  const { schema, diagnostics } = loadSchema({ path: "schemas/app.yaml", text: SMALL });

  test("no diagnostics, source, stem and hash", () => {
    expect(diagnostics).toEqual([]);
    expect(schema?.source).toBe("schemas/app.yaml");
    expect(schema?.stem).toBe("app");
    expect(schema?.hash).toBe(createHash("sha256").update(SMALL).digest("hex"));
  });

  test("table with defaults filled in", () => {
    expect(schema?.table).toEqual({
      name: "app",
      partitionKey: "pk",
      sortKey: "sk",
      indexes: [
        { name: "gsi1", type: "global", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
        { name: "lsi1", type: "local", partitionKey: "pk", sortKey: "lsi1sk" },
      ],
      typeAttribute: "_type",
      ttlAttribute: "expiresAt",
    });
  });

  test("attributes: shorthands, modifiers, nested types", () => {
    const attrs = schema!.entities[0]!.attributes;
    const byName = Object.fromEntries(attrs.map((a) => [a.name, a]));
    expect(attrs.map((a) => a.name)).toEqual(["customerId", "orderId", "note", "line", "status", "placedAt", "touchedAt", "rev", "items", "tags", "expiresAt"]);
    const plain = { readonly: false, onUpdateNow: false, version: false };
    expect(byName["customerId"]).toEqual({ name: "customerId", type: { kind: "string" }, optional: false, ...plain });
    expect(byName["note"]).toEqual({ name: "note", type: { kind: "string" }, optional: true, ...plain });
    expect(byName["status"]).toEqual({ name: "status", type: { kind: "enum", values: ["open", "done"] }, optional: false, default: { kind: "value", value: "open" }, ...plain });
    expect(byName["placedAt"]).toMatchObject({ readonly: true, default: { kind: "now" } });
    expect(byName["touchedAt"]).toMatchObject({ onUpdateNow: true });
    expect(byName["rev"]).toMatchObject({ version: true, type: { kind: "number", integer: false, precise: false } });
    expect(byName["items"]?.type).toEqual({
      kind: "list",
      of: {
        kind: "map",
        attributes: [
          { name: "sku", type: { kind: "string" }, optional: false, ...plain },
          { name: "qty", type: { kind: "number", integer: false, precise: false }, optional: true, ...plain },
        ],
      },
    });
    expect(byName["tags"]).toMatchObject({ type: { kind: "set", of: "string" }, optional: true });
  });

  test("keys and indexes; a local index takes the primary partition", () => {
    const order = schema!.entities[0]!;
    expect(order.key.sort?.parts).toEqual([
      { kind: "literal", text: "ORDER#" },
      { kind: "slot", attribute: "orderId" },
      { kind: "literal", text: "#" },
      { kind: "slot", attribute: "line", width: 4 },
    ]);
    expect(order.key).toMatchObject({ name: "primary", index: "primary" });
    expect(order.indexes.map((i) => [i.name, i.index, i.partition.source, i.sort?.source])).toEqual([
      ["byId", "gsi1", "ORDER#{orderId}", "ORDER"],
      ["byStatus", "lsi1", "CUSTOMER#{customerId}", "{status}#{placedAt}"],
    ]);
    expect(schema?.collections).toEqual([{ name: "overview", index: "primary", entities: ["Order"] }]);
  });

  test("the model is deeply frozen", () => {
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(schema!.entities[0]!.attributes[8]!.type)).toBe(true);
  });
});

describe("loadSchema", () => {
  test("the example shop schema passes", () => {
    const text = readFileSync(new URL("../../schemas/shop.yaml", import.meta.url), "utf8");
    const { schema, diagnostics } = loadSchema({ path: "schemas/shop.yaml", text });
    expect(diagnostics).toEqual([]);
    expect(schema?.entities.map((e) => e.name)).toEqual(["Customer", "Order", "OrderLine", "Product", "Review", "Cart"]);
  });

  test("the file name must make a valid folder and factory name", () => {
    expect(loadSchema({ path: "schemas/2shop.yaml", text: SMALL }).diagnostics).toEqual([
      {
        file: "schemas/2shop.yaml",
        line: 1,
        col: 1,
        message: 'schema file name "2shop" must be letters, digits and "-", starting with a letter: it names the output folder and the create function',
      },
    ]);
  });

  test("stems", () => {
    expect(schemaStem("schemas/shop.yaml")).toBe("shop");
    expect(schemaStem("a/b/my-app.yml")).toBe("my-app");
    expect(schemaStem("x.yaml")).toBe("x");
  });
});
