import { describe, expect, test } from "vitest";
import { mapShapes, typeText } from "./type-text.js";
import { attr } from "./test-model.js";

describe("typeText", () => {
  test("each attribute type", () => {
    expect(typeText({ kind: "string" }, "X")).toBe("string");
    expect(typeText({ kind: "number", integer: false, precise: true }, "X")).toBe("NumberValue");
    expect(typeText({ kind: "number", integer: true, precise: false }, "X")).toBe("number");
    expect(typeText({ kind: "ttl" }, "X")).toBe("number");
    expect(typeText({ kind: "datetime" }, "X")).toBe("string");
    expect(typeText({ kind: "binary" }, "X")).toBe("Uint8Array");
    expect(typeText({ kind: "json" }, "X")).toBe("unknown");
    expect(typeText({ kind: "enum", values: ["a", "b"] }, "X")).toBe('"a" | "b"');
    expect(typeText({ kind: "set", of: "binary" }, "X")).toBe("Set<Uint8Array>");
    expect(typeText({ kind: "list", of: { kind: "enum", values: ["a", "b"] } }, "X")).toBe('("a" | "b")[]');
    expect(typeText({ kind: "list", of: { kind: "map", attributes: [] } }, "OrderLines")).toBe("OrderLinesItem[]");
  });

  test("nested map shapes are named after their path", () => {
    const geo = attr("geo", { kind: "map", attributes: [attr("lat", { kind: "number", integer: false, precise: false })] });
    const entity = {
      name: "Order",
      attributes: [
        attr("address", { kind: "map", attributes: [geo] }),
        attr("lines", { kind: "list", of: { kind: "map", attributes: [attr("sku", { kind: "string" })] } }),
      ],
      key: { name: "primary", index: "primary", partition: { source: "X", parts: [] } },
      indexes: [],
    };
    expect(mapShapes(entity).map((s) => s.name)).toEqual(["OrderAddress", "OrderAddressGeo", "OrderLinesItem"]);
  });
});
