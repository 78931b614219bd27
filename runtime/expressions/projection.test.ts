import { describe, expect, test } from "vitest";
import { compileExpressions } from "./compile.js";
import { projection } from "./projection.js";

const compiled = (node: ReturnType<typeof projection>) => compileExpressions({ projection: node }).params;

describe("projection", () => {
  // DynamoDB refuses overlapping paths: "Two document paths overlap with each other".
  test("drops a path inside a projected parent, in either order", () => {
    expect(compiled(projection("a", "a.b"))).toEqual({ ProjectionExpression: "#n0", ExpressionAttributeNames: { "#n0": "a" } });
    expect(compiled(projection("a.b", "a"))).toEqual({ ProjectionExpression: "#n0", ExpressionAttributeNames: { "#n0": "a" } });
    expect(compiled(projection("l", "l[0]"))).toEqual({ ProjectionExpression: "#n0", ExpressionAttributeNames: { "#n0": "l" } });
    expect(compiled(projection("l[0].x", "b", "l[0]", "l[0].y"))).toEqual({
      ProjectionExpression: "#n0, #n1[0]",
      ExpressionAttributeNames: { "#n0": "b", "#n1": "l" },
    });
  });

  test("keeps siblings and paths that only share a name prefix", () => {
    const params = compiled(projection("a.b", "a.c", "ab", "l[0]", "l[1]", ["m", "0"], ["m", 0]));
    expect(params.ProjectionExpression).toBe("#n0.#n1, #n0.#n2, #n3, #n4[0], #n4[1], #n5.#n6, #n5[0]");
  });

  test("keeps exact duplicates once", () => {
    expect(compiled(projection("a", "b", "a", ["b"]))).toEqual({ ProjectionExpression: "#n0, #n1", ExpressionAttributeNames: { "#n0": "a", "#n1": "b" } });
  });
});
