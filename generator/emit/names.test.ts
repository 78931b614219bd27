import { describe, expect, test } from "vitest";
import { camelCase, constantCase, kebabCase, localName, pascalCase, propertyAccess } from "./names.js";

describe("names", () => {
  test("case conversions", () => {
    expect(pascalCase("orderLine")).toBe("OrderLine");
    expect(camelCase("OrderLine")).toBe("orderLine");
    expect(constantCase("byEmail")).toBe("BY_EMAIL");
    expect(kebabCase("OrderLine")).toBe("order-line");
    expect(pascalCase("basic-entity")).toBe("BasicEntity");
  });

  test("property access quotes names that are not identifiers", () => {
    expect(propertyAccess("item", "name")).toBe("item.name");
    expect(propertyAccess("item", "odd-name")).toBe('item["odd-name"]');
  });

  test("locals never take a name the generated function uses", () => {
    expect(localName("item")).toBe("item_");
    expect(localName("delete")).toBe("delete_");
    expect(localName("odd-name")).toBe("odd_name");
    expect(localName("points")).toBe("points");
  });
});
