import { describe, expect, test } from "vitest";
import { ValidationError } from "../errors/index.js";
import { and, attr, compileExpressions, key, MAX_IN_OPERANDS, not, or, plus, projection, update, type AttributeTypeCode } from "./index.js";

function codeOf(build: () => unknown): string | undefined {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).code;
  }
  return undefined;
}

const untyped = attr("a") as unknown as Record<string, (...args: unknown[]) => unknown>;

describe("builder input is checked before anything is sent", () => {
  test.each([
    ["empty path", () => attr(""), "validation.emptyName"],
    ["empty segment", () => attr(["a", ""]), "validation.emptyName"],
    ["empty key name", () => key(""), "validation.emptyName"],
    ["bad list index", () => attr("a[x]"), "validation.path"],
    ["empty IN", () => attr("a").in([]), "validation.emptyIn"],
    ["101 IN operands", () => attr("a").in(Array.from({ length: MAX_IN_OPERANDS + 1 }, (_, i) => i)), "validation.tooManyOperands"],
    ["empty AND", () => and(), "validation.emptyLogical"],
    ["empty OR", () => or(), "validation.emptyLogical"],
    ["undefined value", () => attr("a").eq(undefined), "validation.undefinedValue"],
    ["unknown type code", () => attr("a").type("STRING" as AttributeTypeCode), "validation.attributeType"],
    ["eq with no argument", () => untyped.eq!.call(attr("a")), "validation.arity"],
    ["eq with two arguments", () => untyped.eq!.call(attr("a"), 1, 2), "validation.arity"],
    ["between with one argument", () => untyped.between!.call(attr("a"), 1), "validation.arity"],
    ["in with a non-array", () => untyped.in!.call(attr("a"), 1), "validation.arity"],
    ["key between with one argument", () => (key("sk") as unknown as { between(a: unknown): unknown }).between(1), "validation.arity"],
    ["ADD of an empty set", () => update().add("tags", new Set()), "validation.emptySet"],
    ["DELETE of an empty set", () => update().delete("tags", new Set()), "validation.emptySet"],
    ["DELETE of a non-set", () => update().delete("tags", ["a"] as unknown as Set<string>), "validation.notASet"],
    ["REMOVE of nothing", () => update().remove(), "validation.arity"],
    ["empty update", () => compileExpressions({ update: update() }), "validation.emptyUpdate"],
    ["overlapping update paths", () => update().set("a", 1).remove("a").node, "validation.overlappingPaths"],
    ["parent and child updated together", () => update().set("a.b", 1).set("a", {}).node, "validation.overlappingPaths"],
    ["nested arithmetic", () => plus(plus(attr("a"), 1), 2), "validation.arithmetic"],
    ["size in an update", () => update().set("a", plus(attr("b").size(), 1)), "validation.updateOperand"],
    ["empty projection", () => projection(), "validation.emptyProjection"],
    ["key condition without partition eq", () => compileExpressions({ keyCondition: key("sk").beginsWith("A") }), "validation.keyCondition"],
    ["not a condition", () => not({} as never), "validation.condition"],
    ["a value the encoder cannot encode", () => compileExpressions({ condition: attr("a").eq(new Date(0)) }), "validation.value"],
    ["an empty set as a condition value", () => compileExpressions({ condition: attr("a").eq(new Set()) }), "validation.value"],
  ])("%s", (_, build, code) => {
    expect(codeOf(build)).toBe(code);
  });

  test("100 IN operands are fine", () => {
    const params = compileExpressions({ condition: attr("a").in(Array.from({ length: 100 }, (_, i) => i)) }).params;
    expect(Object.keys(params.ExpressionAttributeValues ?? {})).toHaveLength(100);
  });

  test("the error names the attribute path", () => {
    try {
      attr("lines[0].qty").in([]);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).path).toBe("lines[0].qty");
      expect((error as ValidationError).message).toBe("lines[0].qty: IN needs at least one value");
    }
  });

  test("between with low > high is left to DynamoDB (values are opaque here)", () => {
    expect(compileExpressions({ condition: attr("a").between(9, 1) }).params.ConditionExpression).toBe("#n0 BETWEEN :v0 AND :v1");
  });

  test("sibling update paths do not overlap", () => {
    expect(update().set("a.b", 1).set("a.c", 2).set("l[0]", 1).set("l[1]", 2).node.actions).toHaveLength(4);
  });
});
