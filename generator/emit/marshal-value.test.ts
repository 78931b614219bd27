import { describe, expect, test } from "vitest";
import { createContext } from "./context.js";
import { appendPath, marshalValue, writeAttribute } from "./marshal-value.js";
import { attr, schemaOf, userEntity } from "./test-model.js";

const context = () => createContext(schemaOf([userEntity()]), userEntity());

describe("marshalValue", () => {
  test("paths fold into literals, or concatenate onto a variable", () => {
    expect(appendPath('"lines"', "[", "i1")).toBe('"lines[" + i1 + "]"');
    expect(appendPath("path", ".qty")).toBe('path + ".qty"');
  });

  test("a string with a pattern compiles the regex once, at module level", () => {
    const ctx = context();
    const code = marshalValue(ctx, { kind: "string", pattern: "^a" }, "v", '"code"', "UserCode", false);
    expect(ctx.constants.get("USER_CODE_PATTERN")).toBe('new RegExp("^a", "u")');
    expect(code.checks).toContain('if (!USER_CODE_PATTERN.test(v)) throw patternMismatch("code", USER_CODE_PATTERN);');
    expect(code.expr).toBe("{ S: v }");
  });

  test("an optional set is guarded by its size; a required one rejects empty", () => {
    const optional = marshalValue(context(), { kind: "set", of: "number" }, "v", '"n"', "N", true);
    expect(optional.guard).toMatch(/^s\d+\.length > 0$/);
    const required = marshalValue(context(), { kind: "set", of: "number" }, "v", '"n"', "N", false);
    expect(required.guard).toBeUndefined();
    expect(required.checks.join("\n")).toContain("throw emptySet(");
  });

  test("a list loops once with the element path", () => {
    const code = marshalValue(context(), { kind: "list", of: { kind: "number", integer: true, precise: false } }, "v", '"xs"', "Xs", false);
    const text = code.checks.join("\n");
    expect(text).toContain("const l1: AttributeValue[] = new Array(v.length);");
    expect(text).toContain("for (let i1 = 0; i1 < l1.length; i1++) {");
    expect(text).toContain('throw notInteger("xs[" + i1 + "]", e1)');
    expect(code.expr).toBe("{ L: l1 }");
  });

  test("precise numbers and json go through runtime helpers, recorded as imports", () => {
    const ctx = context();
    expect(marshalValue(ctx, { kind: "number", integer: false, precise: true }, "v", '"x"', "X", false).expr).toBe('{ N: preciseNumber(v, "x") }');
    expect(marshalValue(ctx, { kind: "json" }, "v", '"x"', "X", false).expr).toBe('marshalJson(v, "x")');
    expect([...ctx.runtime].sort()).toEqual(["marshalJson", "preciseNumber"]);
  });

  test("writeAttribute: required attributes throw when missing, optional ones are skipped; json null is a value", () => {
    // The type check tells a missing value apart, so a present one costs one test.
    const required = writeAttribute(context(), attr("n", { kind: "boolean" }), "n", '"n"', "User", (e) => `out.n = ${e};`);
    expect(required[0]).toBe('if (typeof n !== "boolean") throw n == null ? required("n") : wrongType("n", "a boolean", n);');
    // A map's check is in its own function, which reports a wrong type: the presence check stays.
    const map = writeAttribute(context(), attr("m", { kind: "map", attributes: [] }), "m", '"m"', "User", (e) => `out.m = ${e};`);
    expect(map[0]).toBe('if (m === undefined || m === null) throw required("m");');
    const requiredJson = writeAttribute(context(), attr("j", { kind: "json" }), "j", '"j"', "User", (e) => `out.j = ${e};`);
    expect(requiredJson[0]).toBe('if (j === undefined) throw required("j");');
    const optional = writeAttribute(context(), attr("n", { kind: "boolean" }, { optional: true }), "n", '"n"', "User", (e) => `out.n = ${e};`);
    expect(optional[0]).toBe("if (n !== undefined && n !== null) {");
    const json = writeAttribute(context(), attr("j", { kind: "json" }, { optional: true }), "j", '"j"', "User", (e) => `out.j = ${e};`);
    expect(json[0]).toBe("if (j !== undefined) {");
  });
});
