import { describe, expect, test } from "vitest";
import { attr, compileExpressions, key, Placeholders, projection, update } from "./index.js";

describe("one command, every part", () => {
  const compiled = compileExpressions({
    keyCondition: key("pk").eq("C#1").and(key("sk").beginsWith("ORDER#")),
    condition: attr("status").eq("pending").and(attr("pk").exists()),
    filter: attr("total").gt(100),
    update: update().set("status", "paid").add("total", 5),
    projection: ["status", "sk", "lines[0].qty"],
  });

  test("placeholders are shared and never collide", () => {
    expect(compiled.params).toEqual({
      KeyConditionExpression: "#n0 = :v0 AND begins_with(#n1, :v1)",
      ConditionExpression: "#n2 = :v2 AND attribute_exists(#n0)",
      FilterExpression: "#n3 > :v3",
      UpdateExpression: "SET #n2 = :v4 ADD #n3 :v5",
      ProjectionExpression: "#n2, #n1, #n4[0].#n5",
      ExpressionAttributeNames: { "#n0": "pk", "#n1": "sk", "#n2": "status", "#n3": "total", "#n4": "lines", "#n5": "qty" },
      ExpressionAttributeValues: {
        ":v0": { S: "C#1" },
        ":v1": { S: "ORDER#" },
        ":v2": { S: "pending" },
        ":v3": { N: "100" },
        ":v4": { S: "paid" },
        ":v5": { N: "5" },
      },
    });
  });

  test("each part lists only the names and values it uses", () => {
    expect(compiled.parts.update).toEqual({
      expression: "SET #n2 = :v4 ADD #n3 :v5",
      names: { "#n2": "status", "#n3": "total" },
      values: { ":v4": { S: "paid" }, ":v5": { N: "5" } },
    });
    expect(compiled.parts.projection).toEqual({
      expression: "#n2, #n1, #n4[0].#n5",
      names: { "#n2": "status", "#n1": "sk", "#n4": "lines", "#n5": "qty" },
      values: {},
    });
  });
});

describe("empty maps are left out", () => {
  test("no parts, no fields", () => {
    expect(compileExpressions({}).params).toEqual({});
  });
  test("a projection alone has names but no values", () => {
    const params = compileExpressions({ projection: projection("a", "a", "b") }).params;
    expect(params).toEqual({ ProjectionExpression: "#n0, #n1", ExpressionAttributeNames: { "#n0": "a", "#n1": "b" } });
    expect("ExpressionAttributeValues" in params).toBe(false);
  });
});

describe("value encoders", () => {
  const upper = (v: unknown) => ({ S: String(v).toUpperCase() });

  test("the request's encoder encodes every value", () => {
    const params = compileExpressions({ condition: attr("a").eq("x") }, { encodeValue: upper }).params;
    expect(params.ExpressionAttributeValues).toEqual({ ":v0": { S: "X" } });
  });

  test("an attribute's own encoder wins over the request's", () => {
    const tagged = attr("a", (v) => ({ S: `tagged:${String(v)}` }));
    const params = compileExpressions({ condition: tagged.eq("x").and(attr("b").eq("y")) }, { encodeValue: upper }).params;
    expect(params.ExpressionAttributeValues).toEqual({ ":v0": { S: "tagged:x" }, ":v1": { S: "Y" } });
  });

  test("the default encoder handles sets, lists, maps, binary and null", () => {
    const params = compileExpressions({
      condition: attr("a").eq({ m: [1, "x"], gone: undefined }).and(attr("b").eq(null), attr("c").eq(new Uint8Array([1])), attr("d").eq(true)),
    }).params;
    expect(params.ExpressionAttributeValues).toEqual({
      ":v0": { M: { m: { L: [{ N: "1" }, { S: "x" }] } } },
      ":v1": { NULL: true },
      ":v2": { B: new Uint8Array([1]) },
      ":v3": { BOOL: true },
    });
  });
});

test("a shared allocator continues numbering across compile calls", () => {
  const placeholders = new Placeholders();
  const first = compileExpressions({ condition: attr("a").eq(1) }, { placeholders });
  const second = compileExpressions({ update: update().set("a", 2).set("b", 3) }, { placeholders });
  expect(first.params.ConditionExpression).toBe("#n0 = :v0");
  expect(second.params.UpdateExpression).toBe("SET #n0 = :v1, #n1 = :v2");
  expect(placeholders.names).toEqual({ "#n0": "a", "#n1": "b" });
  expect(Object.keys(placeholders.values)).toEqual([":v0", ":v1", ":v2"]);
});

test("compiling twice gives the same output (nodes are not consumed)", () => {
  const condition = attr("a").eq(1).or(attr("b").eq(2));
  expect(compileExpressions({ condition }).params).toEqual(compileExpressions({ condition }).params);
});
