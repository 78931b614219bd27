import { describe, expect, expectTypeOf, test } from "vitest";
import {
  attributeRefs,
  compileExpressions,
  Condition,
  type AttributeRef,
  type ListRef,
  type SetRef,
  type SizeRef,
  type StringRef,
} from "./index.js";

// What generated code declares for an entity, and how it builds the object once.
interface OrderRefs {
  total: AttributeRef<number>;
  minimum: AttributeRef<number>;
  status: StringRef<"pending" | "paid">;
  lines: ListRef<{ sku: string; qty: number }>;
  tags: SetRef<string>;
}
const orderRefs: OrderRefs = attributeRefs(["total", "minimum", "status", "lines", "tags"]);
const where = (build: (a: OrderRefs) => Condition) => compileExpressions({ filter: build(orderRefs) }).params;

describe("typed refs", () => {
  test("methods accept only the attribute's type", () => {
    expectTypeOf(orderRefs.total.gt(100)).toEqualTypeOf<Condition>();
    // @ts-expect-error a number attribute does not take a string
    orderRefs.total.gt("x");
    // @ts-expect-error enum values are checked
    orderRefs.status.eq("shipped");
    // @ts-expect-error beginsWith is for strings only
    orderRefs.total.beginsWith("1");
    // @ts-expect-error set elements are checked
    orderRefs.tags.contains(1);
    // @ts-expect-error size compares with numbers
    orderRefs.lines.size().gt("3");
    expectTypeOf(orderRefs.lines.size()).toMatchTypeOf<SizeRef>();
  });

  test("a callback compiles to the same expression as the untyped builder", () => {
    expect(where((a) => a.total.gt(100).and(a.status.eq("paid"), a.tags.contains("gift")))).toEqual({
      FilterExpression: "#n0 > :v0 AND #n1 = :v1 AND contains(#n2, :v2)",
      ExpressionAttributeNames: { "#n0": "total", "#n1": "status", "#n2": "tags" },
      ExpressionAttributeValues: { ":v0": { N: "100" }, ":v1": { S: "paid" }, ":v2": { S: "gift" } },
    });
  });

  test("two attributes of the same type can be compared", () => {
    expect(where((a) => a.total.gte(a.minimum)).FilterExpression).toBe("#n0 >= #n1");
  });

  test("the refs object is frozen and reusable", () => {
    expect(Object.isFrozen(orderRefs)).toBe(true);
    expect(where((a) => a.lines.size().lt(3)).FilterExpression).toBe("size(#n0) < :v0");
    expect(where((a) => a.lines.size().lt(3)).FilterExpression).toBe("size(#n0) < :v0");
  });

  test("per-attribute encoders are applied to that attribute's values", () => {
    const refs: { placedAt: StringRef } = attributeRefs(["placedAt"], { placedAt: (v) => ({ S: `D:${String(v)}` }) });
    const params = compileExpressions({ condition: refs.placedAt.between("a", "b") }).params;
    expect(params.ExpressionAttributeValues).toEqual({ ":v0": { S: "D:a" }, ":v1": { S: "D:b" } });
  });
});
