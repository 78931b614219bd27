import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { emitSchema } from "../emit/index.js";
import { formatDiagnostic } from "../model/index.js";
import { generatedTypeNames } from "./check-type-names.js";
import { loadSchema } from "./load-schema.js";

// Lines 1-6 are the table; entities start on line 7.
const TABLE = `version: 1
table:
  name: app
  key: { partition: pk, sort: sk }
  indexes: { gsi1: { partition: gsi1pk, sort: gsi1sk } }
entities:
`;
const problems = (entities: string, path = "s.yaml") => loadSchema({ path, text: TABLE + entities }).diagnostics.map(formatDiagnostic);
const entity = (name: string, attributes: string, extra = "") => `  ${name}:
    attributes: { id: string, ${attributes} }
    key: { partition: "${name.toUpperCase()}#{id}", sort: "${name}" }${extra}
`;

describe("generated type names", () => {
  test("a nested map named like another entity", () => {
    expect(problems(entity("Order", "line: { type: map, attributes: { sku: string } }") + entity("OrderLine", "qty: number"))).toEqual([
      "s.yaml:8:31: error: the type OrderLine generated for attribute line of Order clashes with entity OrderLine; rename one of them",
    ]);
  });

  test("a nested map named like a type generated for its own entity, or like another nested map", () => {
    const maps = "key: { type: map, attributes: { a: string } }, a: { type: map, attributes: { bC: { type: map, attributes: { d: string } } } }, aB: { type: map, attributes: { c: { type: map, attributes: { e: string } } } }";
    expect(problems(entity("X", maps))).toEqual([
      "s.yaml:8:31: error: the type XKey generated for attribute key of X clashes with the type XKey generated for entity X; rename one of them",
      "s.yaml:8:189: error: the type XABC generated for attribute aB.c of X clashes with the type XABC generated for attribute a.bC of X; rename one of them",
    ]);
  });

  test("list elements, index types and two maps whose names run together", () => {
    const attributes = "items: { type: list, of: { type: map, attributes: { a: string } } }, itemsItem: { type: map, attributes: { b: string } }, byTagQuery: { type: map, attributes: { c: string } }";
    expect(problems(entity("Y", attributes, `\n    indexes: { byTag: { index: gsi1, partition: "T#{id}", sort: "Y" } }`))).toEqual([
      "s.yaml:8:100: error: the type YItemsItem generated for attribute itemsItem of Y clashes with the type YItemsItem generated for attribute items[] of Y; rename one of them",
      "s.yaml:8:153: error: the type YByTagQuery generated for attribute byTagQuery of Y clashes with the type YByTagQuery generated for index byTag of Y; rename one of them",
    ]);
  });

  test("entity-level types of two entities, and the schema's own types", () => {
    expect(problems(entity("Order", "a: string") + entity("OrderRepository", "b: string") + entity("App", "c: string"), "schemas/app.yaml")).toEqual([
      "schemas/app.yaml:10:3: error: entity OrderRepository clashes with the type OrderRepository generated for entity Order; rename one of them",
      "schemas/app.yaml:13:3: error: entity App clashes with the type App generated for schema file app (index.ts); rename one of them",
      "schemas/app.yaml:13:3: error: the type AppTransaction generated for entity App clashes with the type AppTransaction generated for schema file app (index.ts); rename one of them",
    ]);
  });

  test("an entity named like another's key type is reported once, by the entity name check", () => {
    expect(problems(entity("Order", "a: string") + entity("OrderKey", "b: string"))).toEqual([
      "s.yaml:10:3: error: entity OrderKey clashes with the type OrderKey generated for entity Order; rename one of them",
    ]);
  });
});

describe("generatedTypeNames", () => {
  // The check restates the emitters' naming: every exported type they write, and no other, is listed.
  const golden = join(import.meta.dirname, "../../test/golden");
  const schemas = [
    { path: "schemas/shop.yaml", text: readFileSync(join(import.meta.dirname, "../../schemas/shop.yaml"), "utf8") },
    ...readdirSync(golden).filter((c) => !c.startsWith("reject-") && !c.includes(".")).map((c) => ({ path: `schemas/${c}.yaml`, text: readFileSync(join(golden, c, "schema.yaml"), "utf8") })),
  ];

  test.each(schemas.map((s) => [s.path, s] as const))("match the types emitted for %s", (_, source) => {
    const { schema } = loadSchema(source);
    const emitted = [...emitSchema(schema!).values()].flatMap((text) => [...text.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]));
    const listed = generatedTypeNames(schema!.stem, schema!.entities, schema!.collections).map((n) => n.name);
    expect([...new Set(listed)].sort()).toEqual([...new Set(emitted)].sort());
  });
});
