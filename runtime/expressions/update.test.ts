import { describe, expect, test } from "vitest";
import { attr, compileExpressions, ifNotExists, listAppend, minus, plus, update, type UpdateInput } from "./index.js";

const compile = (u: UpdateInput) => compileExpressions({ update: u }).params;

describe("update actions", () => {
  test("set a value", () => {
    expect(compile(update().set("name", "Anne"))).toEqual({
      UpdateExpression: "SET #n0 = :v0",
      ExpressionAttributeNames: { "#n0": "name" },
      ExpressionAttributeValues: { ":v0": { S: "Anne" } },
    });
  });

  test("set a nested path and a list element", () => {
    expect(compile(update().set("address.city", "Oslo").set("lines[1].qty", 3)).UpdateExpression).toBe("SET #n0.#n1 = :v0, #n2[1].#n3 = :v1");
  });

  test("set from another attribute", () => {
    expect(compile(update().set("copy", attr("original")))).toEqual({
      UpdateExpression: "SET #n0 = #n1",
      ExpressionAttributeNames: { "#n0": "copy", "#n1": "original" },
    });
  });

  test("ifNotExists, as a value and as a shortcut", () => {
    expect(compile(update().set("createdAt", ifNotExists("createdAt", "2026-01-01"))).UpdateExpression).toBe("SET #n0 = if_not_exists(#n0, :v0)");
    expect(compile(update().setIfNotExists("createdAt", "2026-01-01")).UpdateExpression).toBe("SET #n0 = if_not_exists(#n0, :v0)");
  });

  test("listAppend in both orders", () => {
    const appended = compile(update().set("lines", listAppend(attr("lines"), [1, 2])));
    expect(appended.UpdateExpression).toBe("SET #n0 = list_append(#n0, :v0)");
    expect(appended.ExpressionAttributeValues).toEqual({ ":v0": { L: [{ N: "1" }, { N: "2" }] } });
    expect(compile(update().set("lines", listAppend(["first"], attr("lines")))).UpdateExpression).toBe("SET #n0 = list_append(:v0, #n0)");
    expect(compile(update().append("l", [1])).UpdateExpression).toBe("SET #n0 = list_append(#n0, :v0)");
    expect(compile(update().prepend("l", [1])).UpdateExpression).toBe("SET #n0 = list_append(:v0, #n0)");
  });

  test("list_append onto a list that may be absent", () => {
    expect(compile(update().set("l", listAppend(ifNotExists("l", []), ["x"]))).UpdateExpression).toBe("SET #n0 = list_append(if_not_exists(#n0, :v0), :v1)");
  });

  test("increment and decrement", () => {
    expect(compile(update().increment("stock"))).toEqual({
      UpdateExpression: "SET #n0 = #n0 + :v0",
      ExpressionAttributeNames: { "#n0": "stock" },
      ExpressionAttributeValues: { ":v0": { N: "1" } },
    });
    expect(compile(update().decrement("stock", 5)).UpdateExpression).toBe("SET #n0 = #n0 - :v0");
    expect(compile(update().set("p", plus(ifNotExists("p", 0), 10))).UpdateExpression).toBe("SET #n0 = if_not_exists(#n0, :v0) + :v1");
    expect(compile(update().set("a", minus(attr("b"), attr("c")))).UpdateExpression).toBe("SET #n0 = #n1 - #n2");
  });

  test("remove, add and delete", () => {
    expect(compile(update().remove("nickname", "lines[2]"))).toEqual({
      UpdateExpression: "REMOVE #n0, #n1[2]",
      ExpressionAttributeNames: { "#n0": "nickname", "#n1": "lines" },
    });
    expect(compile(update().add("points", 10))).toMatchObject({ UpdateExpression: "ADD #n0 :v0", ExpressionAttributeValues: { ":v0": { N: "10" } } });
    expect(compile(update().add("tags", new Set(["a"])))).toMatchObject({ ExpressionAttributeValues: { ":v0": { SS: ["a"] } } });
    expect(compile(update().delete("tags", new Set(["old"])))).toMatchObject({
      UpdateExpression: "DELETE #n0 :v0",
      ExpressionAttributeValues: { ":v0": { SS: ["old"] } },
    });
  });

  test("clauses come in a fixed order whatever order the actions were given", () => {
    const u = update().delete("d", new Set([1])).remove("r").add("a", 1).set("s", 1);
    expect(compile(u).UpdateExpression).toBe("SET #n0 = :v0 REMOVE #n1 ADD #n2 :v1 DELETE #n3 :v2");
  });

  test("builders are immutable: each method returns a new one", () => {
    const base = update().set("a", 1);
    const more = base.set("b", 2);
    expect(base.actions).toHaveLength(1);
    expect(more.actions).toHaveLength(2);
    expect(Object.isFrozen(base.actions)).toBe(true);
  });

  test("hostile names in updates", () => {
    const params = compile(update().set(["a = :b OR"], 1).remove(["#n0"]).add([":v0"], 2).set(["size"], 3));
    expect(params.UpdateExpression).toBe("SET #n0 = :v0, #n1 = :v1 REMOVE #n2 ADD #n3 :v2");
    expect(params.ExpressionAttributeNames).toEqual({ "#n0": "a = :b OR", "#n1": "size", "#n2": "#n0", "#n3": ":v0" });
  });
});
