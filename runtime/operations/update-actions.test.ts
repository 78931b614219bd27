import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import { attr, compileExpressions, compileParams, UpdateBuilder } from "../expressions/index.js";
import type { EntityDescriptor } from "./descriptor.js";
import { updateActions, updateNode, updateParams } from "./update-actions.js";

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

describe("updateParams", () => {
  const cases = [
    { set: { a: "x" } },
    { set: { a: "x", b: 2 }, remove: ["c"], add: { n: 1 }, delete: { tags: new Set(["t"]) } },
    { remove: ["c"], set: { c: undefined, b: 3 } },
    { add: { n: 5, m: new Set([1, 2]) } },
    { set: { c: undefined } },
    { set: { b: 1 }, delete: { tags: new Set(["x", "y"]) }, add: { n: 2 } },
  ];
  const conditions = [undefined, attr("status").eq("paid"), attr("pk").exists().and(attr("n").gt(1), attr("tags").contains("t"))];

  it("writes exactly what compileParams writes for the same update node and condition", () => {
    let compared = 0;
    for (const changes of cases) {
      for (const condition of conditions) {
        const expected = compileParams({ update: updateNode(descriptor, {}, changes), condition });
        expect(updateParams(descriptor, {}, changes, condition)).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBe(18);
  });

  it("numbers placeholders clause by clause (SET before REMOVE), with a rewritten key in SET", () => {
    const params = updateParams(descriptor, {}, { remove: ["c"], set: { a: "x" } }, attr("status").eq("paid"));
    expect(params.ConditionExpression).toBe("#n0 = :v0");
    expect(params.UpdateExpression).toBe("SET #n1 = :v1, #n2 = :v2 REMOVE #n3 ADD #n4 :v3");
    expect(params.ExpressionAttributeNames).toEqual({ "#n0": "status", "#n1": "a", "#n2": "gsi1pk", "#n3": "c", "#n4": "version" });
    expect(params.ExpressionAttributeValues).toEqual({ ":v0": { S: "paid" }, ":v1": { S: "x" }, ":v2": { S: "A#x" }, ":v3": { N: "1" } });
  });

  it("rejects what updateNode rejects, with the same errors", () => {
    expect(() => updateParams(descriptor, {}, { set: { a: "x" }, remove: ["a"] }, undefined)).toThrow(/updated twice/);
    const bare = { ...descriptor, versionAttribute: undefined } as unknown as EntityDescriptor<unknown, never, never>;
    expect(() => updateParams(bare, {}, {}, undefined)).toThrow(expect.objectContaining({ code: "validation.emptyUpdate" }));
    expect(() => updateParams(descriptor, {}, { add: { n: undefined } }, undefined)).toThrow(ValidationError);
    expect(() => updateParams(descriptor, {}, { set: { a: "x" } }, { not: "a condition" } as never)).toThrow(/expected a condition/);
  });
});

describe("keys of a sparse index", () => {
  // As the generator emits them: each key of the index lists the slots of both.
  const sparse = {
    name: "Task",
    marshalValue: { assignee: (v: string | undefined) => (v === undefined ? undefined : { S: v }), status: (v: string) => ({ S: v }) },
    onUpdateNow: [],
    indexKeys: [
      { attribute: "gsi1pk", sources: ["assignee", "status"], render: (v: { assignee: string }) => `USER#${v.assignee}` },
      { attribute: "gsi1sk", sources: ["assignee", "status"], render: (v: { status: string }) => v.status },
    ],
  } as unknown as EntityDescriptor<unknown, never, never>;
  const written = (changes: object) => updateActions(sparse, {}, changes).map((a) => `${a.kind} ${a.path.segments.join(".")}`);

  it("are rewritten together when any slot changes", () => {
    expect(written({ set: { assignee: "u1", status: "todo" } })).toEqual(["set assignee", "set status", "set gsi1pk", "set gsi1sk"]);
    expect(updateParams(sparse, {}, { set: { assignee: "u1", status: "todo" } }, undefined).ExpressionAttributeValues).toEqual({
      ":v0": { S: "u1" }, ":v1": { S: "todo" }, ":v2": { S: "USER#u1" }, ":v3": { S: "todo" },
    });
  });

  it("are removed together when an optional slot is removed", () => {
    expect(written({ remove: ["assignee"] })).toEqual(["remove assignee", "remove gsi1pk", "remove gsi1sk"]);
    expect(written({ set: { status: "done" }, remove: ["assignee"] })).toEqual(["set status", "remove assignee", "remove gsi1pk", "remove gsi1sk"]);
  });

  it("need every slot of the index", () => {
    expect(() => updateActions(sparse, {}, { set: { status: "done" } })).toThrow(
      expect.objectContaining({ code: "validation.indexKeySlot", path: "assignee", message: expect.stringContaining("changing status rewrites key gsi1pk, which also needs assignee: set it in the update") }),
    );
  });
});
