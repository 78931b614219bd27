import { describe, expect, test } from "vitest";
import { NumberValueImpl as NumberValue } from "@aws-sdk/util-dynamodb";
import { marshalJson, unmarshalJson } from "./json-value.js";
import { marshallItem, unmarshallItem } from "./generic.js";
import { numberSetValues, preciseNumber, readNumberSet, stringSetValues, checkDatetime } from "./values.js";

describe("generic marshaller (pinned options)", () => {
  test("drops undefined values and round-trips", () => {
    const raw = marshallItem({ pk: "A#1", n: 1, gone: undefined, tags: new Set(["a"]) });
    expect(raw).toEqual({ pk: { S: "A#1" }, n: { N: "1" }, tags: { SS: ["a"] } });
    expect(unmarshallItem(raw)).toEqual({ pk: "A#1", n: 1, tags: new Set(["a"]) });
  });

  test("refuses class instances instead of turning them into maps", () => {
    class Point { x = 1; }
    expect(() => marshallItem({ p: new Point() })).toThrow();
  });
});

describe("value helpers", () => {
  test("sets give their elements, empty sets an empty array", () => {
    expect(stringSetValues(new Set(["a", "b"]), "tags")).toEqual(["a", "b"]);
    expect(stringSetValues(new Set(), "tags")).toEqual([]);
    expect(numberSetValues(new Set([1, 2.5]), "n")).toEqual(["1", "2.5"]);
    expect(() => numberSetValues(new Set([Number.NaN]), "n")).toThrow(/finite/);
    expect(() => stringSetValues(["a"] as unknown as Set<string>, "tags")).toThrow(/Set/);
    expect(readNumberSet({ NS: ["1", "2"] })).toEqual(new Set([1, 2]));
  });

  test("precise numbers keep every digit", () => {
    expect(preciseNumber(new NumberValue("12345678901234567890.123"), "x")).toBe("12345678901234567890.123");
    expect(() => preciseNumber(1 as unknown as NumberValue, "x")).toThrow(/NumberValue/);
  });

  test("datetimes must be ISO-8601", () => {
    expect(checkDatetime("2026-03-01T10:00:00.000Z", "at")).toBe("2026-03-01T10:00:00.000Z");
    expect(checkDatetime("2026-03-01T10:00:00+02:00", "at")).toBe("2026-03-01T10:00:00+02:00");
    expect(() => checkDatetime("March 1", "at")).toThrow(/ISO-8601/);
  });

  test("json round-trips and rejects nesting deeper than 31 lists or maps, as DynamoDB does", () => {
    const value = { a: [1, { b: true, c: null }], s: "x" };
    expect(unmarshalJson(marshalJson(value, "meta"))).toEqual(value);
    let deep: unknown = 1;
    for (let i = 0; i < 31; i++) deep = [deep];
    expect(() => marshalJson(deep, "meta")).not.toThrow();
    // DynamoDB Local refuses 32 nested lists with "Nesting Levels have exceeded supported limits".
    expect(() => marshalJson([deep], "meta")).toThrow(/deeper than 31/);
    expect(() => marshalJson({ k: deep }, "meta")).toThrow(expect.objectContaining({ code: "validation.depth" }));
    expect(unmarshalJson(undefined)).toBeUndefined();
  });

  test("json counts the lists and maps around it inside its attribute", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 30; i++) deep = [deep];
    expect(() => marshalJson(deep, "doc.meta")).not.toThrow();
    expect(() => marshalJson(deep, "doc.meta", 1)).not.toThrow();
    expect(() => marshalJson(deep, "doc.meta", 2)).toThrow(/deeper than 31/);
  });

  test("json sets and binary add no nesting level", () => {
    let deep: unknown = new Set(["a"]);
    for (let i = 0; i < 31; i++) deep = [deep];
    expect(() => marshalJson(deep, "meta")).not.toThrow();
  });

  test("json rejects functions anywhere in the value instead of dropping them", () => {
    expect(() => marshalJson({ a: { f: () => 1 } }, "meta")).toThrow(expect.objectContaining({ code: "validation.type", path: "meta" }));
    expect(() => marshalJson([1, function named() {}], "meta")).toThrow(expect.objectContaining({ code: "validation.type" }));
  });

  test("numbers DynamoDB cannot store throw validation.number, not a server error", () => {
    const outOfRange = expect.objectContaining({ code: "validation.number", path: "n" });
    expect(() => numberSetValues(new Set([1, 1e-200]), "n")).toThrow(outOfRange);
    expect(() => numberSetValues(new Set([1e126]), "n")).toThrow(outOfRange);
    expect(numberSetValues(new Set([0, -1e-130, 9.999999999999998e125]), "n")).toEqual(["0", "-1e-130", "9.999999999999998e+125"]);
    expect(() => preciseNumber(new NumberValue("1" + "0".repeat(37) + "1"), "n")).toThrow(/39 significant digits/);
    expect(() => preciseNumber(new NumberValue("1E-131"), "n")).toThrow(outOfRange);
    expect(() => preciseNumber(new NumberValue("twelve"), "n")).toThrow(/not a decimal number/);
    expect(preciseNumber(new NumberValue("9.9999999999999999999999999999999999999E+125"), "n")).toBe("9.9999999999999999999999999999999999999E+125");
    expect(() => marshallItem({ n: [{ x: 1e-200 }] })).toThrow(outOfRange);
    expect(() => marshallItem({ n: 10n ** 38n })).not.toThrow();
    expect(() => marshallItem({ n: 10n ** 38n + 1n })).toThrow(/39 significant digits/);
    expect(() => marshalJson({ a: [1e-131] }, "n")).toThrow(outOfRange);
    expect(() => marshalJson(new Set([1e300]), "n")).toThrow(outOfRange);
    expect(() => marshalJson(new NumberValue("1E+126"), "n")).toThrow(outOfRange);
  });
});
