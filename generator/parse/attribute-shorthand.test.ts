import { describe, expect, test } from "vitest";
import { parseAttributeShorthand, SHORTHAND_TYPES } from "./attribute-shorthand.js";

describe("parseAttributeShorthand", () => {
  test.each(SHORTHAND_TYPES)("%s is required, %s? optional", (type) => {
    expect(parseAttributeShorthand(type)).toEqual({ type, optional: false });
    expect(parseAttributeShorthand(`${type}?`)).toEqual({ type, optional: true });
  });

  test.each(["enum", "list", "set", "map", "strng", "string??", "?", ""])("%j is not a shorthand", (text) => {
    expect(parseAttributeShorthand(text)).toBeUndefined();
  });
});
