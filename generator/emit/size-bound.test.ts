import { describe, expect, test } from "vitest";
import { createContext } from "./context.js";
import { attributeSizeBound, fixedSizeBound } from "./size-bound.js";
import { TABLE, schemaOf, userEntity } from "./test-model.js";

describe("size bound", () => {
  test("type attribute plus every key attribute at DynamoDB's maximum key length", () => {
    const keys = [{ attribute: "pk", role: "partition" as const }, { attribute: "sk", role: "sort" as const }];
    expect(fixedSizeBound(TABLE, "User", keys)).toBe("_type".length + "User".length + 2 + 2048 + 2 + 1024);
  });

  test("per attribute: 3 bytes per string unit, 21 per number, exact size for containers", () => {
    const ctx = createContext(schemaOf([userEntity()]), userEntity());
    expect(attributeSizeBound(ctx, "name", { kind: "string" }, "name", "out.name")).toBe("4 + name.length * 3");
    expect(attributeSizeBound(ctx, "n", { kind: "number", integer: false, precise: false }, "n", "out.n")).toBe("22");
    expect(attributeSizeBound(ctx, "é", { kind: "boolean" }, "v", "out.v")).toBe("3");
    expect(attributeSizeBound(ctx, "m", { kind: "map", attributes: [] }, "m", "out.m")).toBe("1 + attributeValueSize(out.m)");
    expect(ctx.runtime.has("attributeValueSize")).toBe(true);
  });
});
