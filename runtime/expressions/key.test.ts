import { describe, expect, test } from "vitest";
import { ValidationError } from "../errors/index.js";
import { compileExpressions, key, type KeyConditionInput } from "./index.js";

const compile = (k: KeyConditionInput) => compileExpressions({ keyCondition: k }).params;

describe("key conditions", () => {
  test("partition only", () => {
    expect(compile(key("pk").eq("CUSTOMER#c1"))).toEqual({
      KeyConditionExpression: "#n0 = :v0",
      ExpressionAttributeNames: { "#n0": "pk" },
      ExpressionAttributeValues: { ":v0": { S: "CUSTOMER#c1" } },
    });
  });

  test.each([
    ["eq", key("sk").eq("B"), "#n1 = :v1"],
    ["lt", key("sk").lt("B"), "#n1 < :v1"],
    ["lte", key("sk").lte("B"), "#n1 <= :v1"],
    ["gt", key("sk").gt("B"), "#n1 > :v1"],
    ["gte", key("sk").gte("B"), "#n1 >= :v1"],
    ["beginsWith", key("sk").beginsWith("B"), "begins_with(#n1, :v1)"],
  ])("sort %s", (_, sort, expression) => {
    expect(compile(key("pk").eq("A").and(sort)).KeyConditionExpression).toBe(`#n0 = :v0 AND ${expression}`);
  });

  test("sort between", () => {
    expect(compile(key("pk").eq("A").and(key("sk").between("B", "C")))).toEqual({
      KeyConditionExpression: "#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2",
      ExpressionAttributeNames: { "#n0": "pk", "#n1": "sk" },
      ExpressionAttributeValues: { ":v0": { S: "A" }, ":v1": { S: "B" }, ":v2": { S: "C" } },
    });
  });

  test("the partition equality may come second", () => {
    expect(compile(key("sk").beginsWith("B").and(key("pk").eq("A"))).KeyConditionExpression).toBe("#n0 = :v0 AND begins_with(#n1, :v1)");
  });

  test("key names are taken whole, dots included", () => {
    expect(compile(key("a.b").eq(1)).ExpressionAttributeNames).toEqual({ "#n0": "a.b" });
  });

  test.each([
    ["no partition equality", () => key("pk").gt("A").node],
    ["two sort conditions", () => key("pk").eq("A").and(key("sk").gt("B")).and(key("sk").lt("C"))],
    ["the same attribute twice", () => key("pk").eq("A").and(key("pk").eq("B")).node],
    ["an empty name", () => key("")],
  ])("rejects %s", (_, build) => {
    expect(build).toThrow(ValidationError);
  });
});
