import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import { compileExpressions, UpdateBuilder } from "../expressions/index.js";
import type { EntityDescriptor } from "./descriptor.js";
import { updateActions, updateNode } from "./update-actions.js";

const descriptor = {
  name: "T",
  marshalValue: { a: (v: string) => ({ S: v }), b: (v: number) => ({ N: String(v) }), c: (v: string | undefined) => (v === undefined ? undefined : { S: v }) },
  onUpdateNow: [],
  versionAttribute: "version",
  indexKeys: [{ attribute: "gsi1pk", sources: ["a"], render: (v: { a: string }) => `A#${v.a}` }],
} as unknown as EntityDescriptor<unknown, never, never>;

describe("updateNode", () => {
  it("compiles exactly as the same actions through UpdateBuilder", () => {
    const changes = { set: { a: "x", b: 2 }, remove: ["c"], add: { n: 1 }, delete: { tags: new Set(["t"]) } };
    const direct = compileExpressions({ update: updateNode(descriptor, {}, changes) }).params;
    const built = compileExpressions({ update: new UpdateBuilder(updateActions(descriptor, {}, changes)) }).params;
    expect(direct).toEqual(built);
    expect(direct.UpdateExpression).toBe("SET #n0 = :v0, #n1 = :v1, #n2 = :v2 REMOVE #n3 ADD #n4 :v3, #n5 :v4 DELETE #n6 :v5");
  });

  it("rejects an attribute updated twice, as UpdateBuilder does", () => {
    const twice = () => updateNode(descriptor, {}, { set: { a: "x" }, remove: ["a"] });
    expect(twice).toThrow(ValidationError);
    expect(twice).toThrow(/updated twice/);
    expect(() => new UpdateBuilder(updateActions(descriptor, {}, { set: { a: "x" }, remove: ["a"] })).node).toThrow(/updated twice/);
  });

  it("rejects an update with nothing to do", () => {
    const bare = { ...descriptor, versionAttribute: undefined } as unknown as EntityDescriptor<unknown, never, never>;
    expect(() => updateNode(bare, {}, {})).toThrow(expect.objectContaining({ code: "validation.emptyUpdate" }));
  });
});
