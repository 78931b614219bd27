import { describe, expect, test } from "vitest";
import { ValidationError } from "../errors/index.js";
import { MAX_ITEM_BYTES, attributeValueSize, checkItemSize, itemSize, utf8Length } from "./item-size.js";

describe("item size", () => {
  test("counts names and values per DynamoDB's rules", () => {
    expect(itemSize({ pk: { S: "A#1" } })).toBe(5);
    expect(attributeValueSize({ BOOL: true })).toBe(1);
    expect(attributeValueSize({ N: "1234" })).toBe(3);
    expect(attributeValueSize({ B: new Uint8Array(10) })).toBe(10);
    expect(attributeValueSize({ L: [{ S: "ab" }, { NULL: true }] })).toBe(3 + 1 + 2 + 1 + 1);
    expect(attributeValueSize({ M: { k: { S: "v" } } })).toBe(3 + 1 + 1 + 1);
    expect(attributeValueSize({ SS: ["a", "bc"] })).toBe(3);
  });

  test("utf8Length counts multi-byte characters", () => {
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("abc")).toBe(3);
  });

  test("checkItemSize rejects items over 400 KB", () => {
    expect(() => checkItemSize({ a: { S: "x".repeat(MAX_ITEM_BYTES - 1) } }, "Doc")).not.toThrow();
    try {
      checkItemSize({ a: { S: "x".repeat(MAX_ITEM_BYTES) } }, "Doc");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).code).toBe("validation.itemSize");
    }
  });

  test("numbers count significant digits: an item DynamoDB Local stores passes", () => {
    const item = { pk: { S: "p" }, sk: { S: "s" }, readings: { L: Array.from({ length: 35000 }, () => ({ N: "100000000000000000000" })) } };
    expect(itemSize(item)).toBe(3 + 3 + 8 + 3 + 35000 * (1 + 2));
    expect(() => checkItemSize(item, "Meter")).not.toThrow();
    expect(attributeValueSize({ NS: ["1e+21", "-0.000001", "123.45"] })).toBe(2 + 2 + 4);
  });
});
