import { describe, expect, test } from "vitest";
import { parseKeyTemplate } from "./key-template.js";

describe("parseKeyTemplate", () => {
  test("literal only", () => {
    expect(parseKeyTemplate("PROFILE").template).toEqual({ source: "PROFILE", parts: [{ kind: "literal", text: "PROFILE" }] });
  });

  test("literal then slot", () => {
    expect(parseKeyTemplate("CUSTOMER#{customerId}").template?.parts).toEqual([
      { kind: "literal", text: "CUSTOMER#" },
      { kind: "slot", attribute: "customerId" },
    ]);
  });

  test("slots separated by literals, in order", () => {
    expect(parseKeyTemplate("ORDER#{placedAt}#{orderId}").template?.parts).toEqual([
      { kind: "literal", text: "ORDER#" },
      { kind: "slot", attribute: "placedAt" },
      { kind: "literal", text: "#" },
      { kind: "slot", attribute: "orderId" },
    ]);
  });

  test("a slot alone and a slot first", () => {
    expect(parseKeyTemplate("{status}").template?.parts).toEqual([{ kind: "slot", attribute: "status" }]);
    expect(parseKeyTemplate("{status}#X").template?.parts).toEqual([
      { kind: "slot", attribute: "status" },
      { kind: "literal", text: "#X" },
    ]);
  });

  test("integer slot widths", () => {
    expect(parseKeyTemplate("LINE#{lineNo:06}").template?.parts[1]).toEqual({ kind: "slot", attribute: "lineNo", width: 6 });
    expect(parseKeyTemplate("{n:012}").template?.parts[0]).toEqual({ kind: "slot", attribute: "n", width: 12 });
    // The runtime's keyInteger pads with at most 20 zeros.
    expect(parseKeyTemplate("{n:020}").template?.parts[0]).toEqual({ kind: "slot", attribute: "n", width: 20 });
  });

  test.each([
    ["A#{id", 2, 'unclosed "{" (slots are written {attribute})'],
    ["A#{id#{x}", 2, 'unclosed "{" (slots are written {attribute})'],
    ["A#id}", 4, 'unexpected "}" (slots are written {attribute})'],
    ["A#{}", 2, 'empty slot "{}" (slots are written {attribute})'],
    ["A#{:06}", 2, 'empty slot "{:06}" (slots are written {attribute})'],
    ["A#{ id }", 2, 'slot "{ id }" has spaces around the attribute name'],
    ["A#{n:6}", 2, 'slot "{n:6}" has a bad width "6" (write a zero and a width of 1 to 20, as in {n:06})'],
    ["A#{n:00}", 2, 'slot "{n:00}" has a bad width "00" (write a zero and a width of 1 to 20, as in {n:06})'],
    ["A#{n:0100}", 2, 'slot "{n:0100}" has a bad width "0100" (write a zero and a width of 1 to 20, as in {n:06})'],
    ["A#{n:021}", 2, 'slot "{n:021}" is 21 digits wide, but an integer slot takes at most 20, as in {n:020}'],
    ["A#{n:099}", 2, 'slot "{n:099}" is 99 digits wide, but an integer slot takes at most 20, as in {n:020}'],
    ["A#{n:x}", 2, 'slot "{n:x}" has a bad width "x" (write a zero and a width of 1 to 20, as in {n:06})'],
    ["A#{a}{b}", 5, "two slots must be separated by literal text, or different values could produce the same key"],
  ])("%s is rejected at its position", (source, index, message) => {
    const result = parseKeyTemplate(source);
    expect(result.template).toBeUndefined();
    expect(result.errors).toEqual([{ index, message }]);
  });

  test("reports every error of a template", () => {
    expect(parseKeyTemplate("{}#{x:7}").errors?.map((e) => e.index)).toEqual([0, 3]);
  });
});
