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

  test("json round-trips and rejects nesting deeper than 32", () => {
    const value = { a: [1, { b: true, c: null }], s: "x" };
    expect(unmarshalJson(marshalJson(value, "meta"))).toEqual(value);
    let deep: unknown = 1;
    for (let i = 0; i < 32; i++) deep = [deep];
    expect(() => marshalJson(deep, "meta")).not.toThrow();
    expect(() => marshalJson([deep], "meta")).toThrow(/deeper than 32/);
    expect(unmarshalJson(undefined)).toBeUndefined();
  });

  test("json rejects functions anywhere in the value instead of dropping them", () => {
    expect(() => marshalJson({ a: { f: () => 1 } }, "meta")).toThrow(expect.objectContaining({ code: "validation.type", path: "meta" }));
    expect(() => marshalJson([1, function named() {}], "meta")).toThrow(expect.objectContaining({ code: "validation.type" }));
  });
});
