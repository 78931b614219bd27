import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";

/** A schema whose attribute `deep` is `levels` maps nested in one another. */
function schemaNesting(levels: number): string {
  let type = "string";
  for (let i = 0; i < levels; i++) type = `{ type: map, attributes: { x: ${type} } }`;
  return [
    "version: 1",
    "table: { name: app, key: { partition: pk, sort: sk } }",
    "entities:",
    "  Doc:",
    `    attributes: { id: string, deep: ${type} }`,
    '    key: { partition: "DOC#{id}", sort: "DOC" }',
  ].join("\n");
}

describe("nesting depth", () => {
  it("accepts 31 levels of maps in one attribute and rejects 32, as DynamoDB Local stores 31 and refuses 32", () => {
    expect(generate([{ path: "schemas/app.yaml", text: schemaNesting(31) }]).diagnostics).toEqual([]);
    const messages = generate([{ path: "schemas/app.yaml", text: schemaNesting(32) }]).diagnostics.map((d) => d.message);
    expect(messages).toEqual(["attribute deep of Doc nests maps and lists 32 levels deep; DynamoDB stores at most 31"]);
  });
});
