import { describe, expect, it } from "vitest";
import { attr } from "./attribute.js";
import { compileExpressions } from "./compile.js";
import { compileParams } from "./compile-params.js";
import { key } from "./key.js";
import { update } from "./update.js";

describe("compileParams", () => {
  it("gives exactly the params of compileExpressions, every part through one set of placeholders", () => {
    const input = {
      keyCondition: key("pk").eq("C#1").and(key("sk").beginsWith("ORDER#")),
      condition: attr("status").eq("paid").and(attr("pk").exists()),
      filter: attr("total").gt(100).or(attr("tags").contains("gift")),
      update: update().set("status", "shipped").remove("note").add("points", 5),
      projection: ["status", "total"],
    };
    const params = compileParams(input);
    expect(params).toEqual(compileExpressions(input).params);
    expect(params.ExpressionAttributeNames).toEqual({ "#n0": "pk", "#n1": "sk", "#n2": "status", "#n3": "total", "#n4": "tags", "#n5": "note", "#n6": "points" });
  });

  it("leaves out empty name and value maps", () => {
    expect(compileParams({})).toEqual({});
    expect(compileParams({ projection: ["a"] })).toEqual({ ProjectionExpression: "#n0", ExpressionAttributeNames: { "#n0": "a" } });
  });
});
