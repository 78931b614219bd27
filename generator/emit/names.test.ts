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

  test("locals never take a helper, global, temporary or module-level name the marshaller calls", () => {
    for (const name of ["size", "index", "elementPath", "required", "keyString", "MAX_ITEM_BYTES", "String", "Number", "Array", "Set", "Math", "Object", "Buffer"]) {
      expect(localName(name)).toBe(`${name}_`);
    }
    // Temporaries are numbered per function (`l1`, `i1`, `e1`, `s2`, `w3`...): a pattern, not a list.
    for (const name of ["l1", "e1", "i1", "s12", "w3", "l99"]) expect(localName(name)).toBe(`${name}_`);
    for (const name of ["marshalOrderAddress", "orderByStatusSort", "userPrimaryPartition", "ORDER_STATUS_VALUES", "USER_EMAIL_PATTERN"]) {
      expect(localName(name)).toBe(`${name}_`);
    }
    expect(localName("line1")).toBe("line1");
    expect(localName("sizes")).toBe("sizes");
  });

  test("a taken name and the same name with an underscore get different locals", () => {
    expect(localName("size")).toBe("size_");
    expect(localName("size_")).toBe("size__");
    expect(localName("size__")).toBe("size___");
  });
});
