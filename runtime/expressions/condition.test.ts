import { describe, expect, test } from "vitest";
import { and, attr, compileExpressions, not, or, type ConditionInput } from "./index.js";

const compile = (condition: ConditionInput) => compileExpressions({ condition }).params;

describe("every condition operator", () => {
  test.each([
    ["eq", attr("a").eq(1), "#n0 = :v0"],
    ["ne", attr("a").ne(1), "#n0 <> :v0"],
    ["lt", attr("a").lt(1), "#n0 < :v0"],
    ["lte", attr("a").lte(1), "#n0 <= :v0"],
    ["gt", attr("a").gt(1), "#n0 > :v0"],
    ["gte", attr("a").gte(1), "#n0 >= :v0"],
  ])("%s", (_, condition, expression) => {
    expect(compile(condition)).toEqual({
      ConditionExpression: expression,
      ExpressionAttributeNames: { "#n0": "a" },
      ExpressionAttributeValues: { ":v0": { N: "1" } },
    });
  });

  test("between", () => {
    expect(compile(attr("d").between("2026-01", "2026-02"))).toEqual({
      ConditionExpression: "#n0 BETWEEN :v0 AND :v1",
      ExpressionAttributeNames: { "#n0": "d" },
      ExpressionAttributeValues: { ":v0": { S: "2026-01" }, ":v1": { S: "2026-02" } },
    });
  });

  test("in", () => {
    expect(compile(attr("status").in(["paid", "shipped", "cancelled"]))).toEqual({
      ConditionExpression: "#n0 IN (:v0, :v1, :v2)",
      ExpressionAttributeNames: { "#n0": "status" },
      ExpressionAttributeValues: { ":v0": { S: "paid" }, ":v1": { S: "shipped" }, ":v2": { S: "cancelled" } },
    });
  });

  test("exists and notExists take no value, so the values map is left out", () => {
    expect(compile(attr("a").exists())).toEqual({ ConditionExpression: "attribute_exists(#n0)", ExpressionAttributeNames: { "#n0": "a" } });
    expect(compile(attr("a").notExists())).toEqual({ ConditionExpression: "attribute_not_exists(#n0)", ExpressionAttributeNames: { "#n0": "a" } });
  });

  test("type", () => {
    expect(compile(attr("tags").type("SS"))).toEqual({
      ConditionExpression: "attribute_type(#n0, :v0)",
      ExpressionAttributeNames: { "#n0": "tags" },
      ExpressionAttributeValues: { ":v0": { S: "SS" } },
    });
  });

  test("beginsWith and contains", () => {
    expect(compile(attr("sk").beginsWith("ORDER#"))).toMatchObject({ ConditionExpression: "begins_with(#n0, :v0)", ExpressionAttributeValues: { ":v0": { S: "ORDER#" } } });
    expect(compile(attr("nums").contains(3))).toMatchObject({ ConditionExpression: "contains(#n0, :v0)", ExpressionAttributeValues: { ":v0": { N: "3" } } });
  });

  test("size compares with numbers", () => {
    expect(compile(attr("lines").size().gt(3))).toEqual({
      ConditionExpression: "size(#n0) > :v0",
      ExpressionAttributeNames: { "#n0": "lines" },
      ExpressionAttributeValues: { ":v0": { N: "3" } },
    });
    expect(compile(attr("s").size().between(1, 5)).ConditionExpression).toBe("size(#n0) BETWEEN :v0 AND :v1");
  });

  test("comparing two attributes uses no value placeholder", () => {
    expect(compile(attr("spent").gt(attr("budget")))).toEqual({
      ConditionExpression: "#n0 > #n1",
      ExpressionAttributeNames: { "#n0": "spent", "#n1": "budget" },
    });
    expect(compile(attr("a").lt(attr("b").size())).ConditionExpression).toBe("#n0 < size(#n1)");
  });
});

describe("and, or, not", () => {
  test("boto3-style chaining", () => {
    expect(compile(attr("total").gt(100).and(attr("tags").contains("x"))).ConditionExpression).toBe("#n0 > :v0 AND contains(#n1, :v1)");
  });

  test("nested groups keep their parentheses and flat chains flatten", () => {
    const c = and(attr("a").eq(1), or(attr("b").eq(2), attr("c").eq(3)), attr("d").eq(4).and(attr("e").eq(5)));
    expect(c.node.kind).toBe("and");
    expect(compile(c).ConditionExpression).toBe("#n0 = :v0 AND (#n1 = :v1 OR #n2 = :v2) AND #n3 = :v3 AND #n4 = :v4");
  });

  test("not wraps in parentheses", () => {
    expect(compile(not(attr("a").eq(1).or(attr("b").exists()))).ConditionExpression).toBe("NOT (#n0 = :v0 OR attribute_exists(#n1))");
    expect(compile(attr("a").eq(1).not()).ConditionExpression).toBe("NOT (#n0 = :v0)");
  });

  test("one condition is returned as it is", () => {
    const c = attr("a").eq(1);
    expect(and(c).node).toBe(c.node);
  });

  test("nodes are immutable and builders share them", () => {
    const base = attr("a").eq(1);
    const combined = base.and(attr("b").eq(2));
    expect(Object.isFrozen(base.node)).toBe(true);
    expect(Object.isFrozen(combined.node)).toBe(true);
    expect(compile(base).ConditionExpression).toBe("#n0 = :v0");
  });
});

describe("paths and names", () => {
  test("nested paths and list indexes: one placeholder per name, indexes literal", () => {
    expect(compile(attr("lines[2].qty").gt(1))).toMatchObject({
      ConditionExpression: "#n0[2].#n1 > :v0",
      ExpressionAttributeNames: { "#n0": "lines", "#n1": "qty" },
    });
    expect(compile(attr("address").get("city").eq("Oslo")).ConditionExpression).toBe("#n0.#n1 = :v0");
    expect(compile(attr("lines").at(0).get("sku").exists()).ConditionExpression).toBe("attribute_exists(#n0[0].#n1)");
  });

  test.each(["name", "status", "size", "a = :b OR", "#x", ":y", "with-dash", "with space", "ORDER"])("hostile name %j stays in the names map", (name) => {
    const params = compile(attr([name]).eq("v"));
    expect(params.ConditionExpression).toBe("#n0 = :v0");
    expect(params.ExpressionAttributeNames).toEqual({ "#n0": name });
  });

  test("a dotted name given as a segment is one attribute", () => {
    expect(compile(attr(["a.b"]).exists())).toEqual({ ConditionExpression: "attribute_exists(#n0)", ExpressionAttributeNames: { "#n0": "a.b" } });
    expect(compile(attr("a.b").exists())).toEqual({ ConditionExpression: "attribute_exists(#n0.#n1)", ExpressionAttributeNames: { "#n0": "a", "#n1": "b" } });
  });

  test("the same name reuses its placeholder; values never do", () => {
    const c = attr("a").gt(1).and(attr("a").lt(9), attr("b.a").eq(1));
    expect(compile(c)).toEqual({
      ConditionExpression: "#n0 > :v0 AND #n0 < :v1 AND #n1.#n0 = :v2",
      ExpressionAttributeNames: { "#n0": "a", "#n1": "b" },
      ExpressionAttributeValues: { ":v0": { N: "1" }, ":v1": { N: "9" }, ":v2": { N: "1" } },
    });
  });

  test("values that look like syntax are never spliced", () => {
    const params = compile(attr("a").eq(":v0 OR #n0 = #n0"));
    expect(params.ConditionExpression).toBe("#n0 = :v0");
    expect(params.ExpressionAttributeValues).toEqual({ ":v0": { S: ":v0 OR #n0 = #n0" } });
  });
});
