import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../model/index.js";
import { loadSchema } from "./load-schema.js";

const problems = (text: string): string[] => loadSchema({ path: "s.yaml", text }).diagnostics.map(formatDiagnostic);

describe("schema-language.json violations in human words", () => {
  test("a typo in a property name, at the key, with the near miss; the missing property it explains is not repeated", () => {
    expect(problems(`version: 1
table: { name: app, key: { partition: pk } }
entities:
  User:
    attributes:
      email: { tpye: string }
    key: { partition: "U#{email}" }
`)).toEqual(['s.yaml:6:16: error: unknown property "tpye" in attribute email of User (did you mean "type"?)']);
  });

  test("top-level typos (the missing section they explain is not repeated) and empty sections", () => {
    expect(problems(`version: 1
tabel: { name: app, key: { partition: pk } }
entities: {}
`)).toEqual([
      "s.yaml:2:1: error: unknown property \"tabel\" at the top level (did you mean \"table\"?)",
      "s.yaml:3:11: error: entities must not be empty",
    ]);
  });

  test("wrong value types and enums", () => {
    expect(problems(`version: 1
table: { name: app, key: { partition: pk }, indexes: { g: { type: globl, partition: x } } }
entities:
  User:
    attributes:
      id: { type: string, optional: "yes" }
      tags: list?
    key: { partition: 7 }
`)).toEqual([
      's.yaml:2:67: error: type of table index g must be one of global, local, not "globl" (did you mean "global"?)',
      "s.yaml:6:37: error: optional of attribute id of User must be true or false",
      "s.yaml:7:13: error: attribute tags of User is of type list, which needs the long form { type: list, ... }",
      "s.yaml:8:23: error: key partition of User must be a string",
    ]);
  });

  test("type-specific required settings", () => {
    expect(problems(`version: 1
table: { name: app, key: { partition: pk } }
entities:
  User:
    attributes:
      id: string
      role: { type: enum }
      list: { type: list }
      address: { type: map }
    key: { partition: "U#{id}" }
`)).toEqual([
      's.yaml:7:7: error: attribute role of User is missing "values"',
      's.yaml:8:7: error: attribute list of User is missing "of"',
      's.yaml:9:7: error: attribute address of User is missing "attributes"',
    ]);
  });
});
