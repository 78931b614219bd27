import { describe, expect, test } from "vitest";
import { createContext } from "./context.js";
import { attributeSizeBound, elementSizeBound, fixedSizeBound, sumSizeBounds } from "./size-bound.js";
import { TABLE, schemaOf, userEntity } from "./test-model.js";

describe("size bound", () => {
  test("type attribute plus every key attribute at DynamoDB's maximum key length", () => {
    const keys = [{ attribute: "pk", role: "partition" as const }, { attribute: "sk", role: "sort" as const }];
    expect(fixedSizeBound(TABLE, "User", keys)).toBe("_type".length + "User".length + 2 + 2048 + 2 + 1024);
  });

  test("per attribute: 3 bytes per string unit, 21 per number, exact size for containers", () => {
    const ctx = createContext(schemaOf([userEntity()]), userEntity());
    const bound = (name: string, type: Parameters<typeof attributeSizeBound>[2], v: string) => sumSizeBounds([attributeSizeBound(ctx, name, type, v, `out.${v}`)]);
    expect(bound("name", { kind: "string" }, "name")).toBe("4 + name.length * 3");
    expect(bound("n", { kind: "number", integer: false, precise: false }, "n")).toBe("22");
    expect(bound("é", { kind: "boolean" }, "v")).toBe("3");
    expect(bound("m", { kind: "map", attributes: [] }, "m")).toBe("1 + attributeValueSize(out.m)");
    expect(ctx.runtime.has("attributeValueSize")).toBe(true);
  });

  test("bounds added up: constants summed, string lengths multiplied once, other terms after", () => {
    const ctx = createContext(schemaOf([userEntity()]), userEntity());
    const bounds = [
      attributeSizeBound(ctx, "name", { kind: "string" }, "name", "out.name"),
      attributeSizeBound(ctx, "n", { kind: "number", integer: false, precise: false }, "n", "out.n"),
      attributeSizeBound(ctx, "email", { kind: "string" }, "email", "out.email"),
      attributeSizeBound(ctx, "m", { kind: "map", attributes: [] }, "m", "w1"),
    ];
    expect(sumSizeBounds(bounds)).toBe("32 + (name.length + email.length) * 3 + attributeValueSize(w1)");
    // Without the constant, which the marshaller adds to its starting value instead.
    expect(sumSizeBounds(bounds, false)).toBe("(name.length + email.length) * 3 + attributeValueSize(w1)");
    expect(sumSizeBounds([attributeSizeBound(ctx, "n", { kind: "boolean" }, "n", "out.n")], false)).toBe("");
  });

  test("a list element: its 1 byte added to the bound's constant", () => {
    expect(elementSizeBound({ kind: "string" }, "e")).toBe("1 + e.length * 3");
    expect(elementSizeBound({ kind: "number", integer: true, precise: false }, "e")).toBe("22");
    const sku = { name: "sku", type: { kind: "string" as const }, optional: false, readonly: false, onUpdateNow: false, version: false };
    expect(elementSizeBound({ kind: "map", attributes: [sku] }, "e")).toBe("8 + e.sku.length * 3");
  });
});
