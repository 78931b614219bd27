import { describe, expect, test } from "vitest";
import { ValidationError } from "../errors/index.js";
import { formatPath, parsePath, toPath } from "./path.js";

describe("parsePath", () => {
  test.each([
    ["name", ["name"]],
    ["address.city", ["address", "city"]],
    ["lines[0].qty", ["lines", 0, "qty"]],
    ["matrix[1][22]", ["matrix", 1, 22]],
    ["a = :b OR", ["a = :b OR"]],
    ["#x", ["#x"]],
    [":y", [":y"]],
    ["size", ["size"]],
    ["with-dash", ["with-dash"]],
  ])("%s", (text, segments) => {
    expect(parsePath(text).segments).toEqual(segments);
  });

  test.each(["", "a..b", "a.", ".a", "[0]", "a.[0]", "a[x]", "a[-1]", "a[1", "a]b", "a[0]b", "a[0]."])("rejects %j", (text) => {
    expect(() => parsePath(text)).toThrow(ValidationError);
  });

  test("empty names get the emptyName code", () => {
    const error = (() => {
      try {
        parsePath("a..b");
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.code).toBe("validation.emptyName");
    expect(error?.path).toBe("a..b");
  });

  test("nodes are frozen", () => {
    const node = parsePath("a.b");
    expect(Object.isFrozen(node)).toBe(true);
    expect(Object.isFrozen(node.segments)).toBe(true);
  });
});

describe("toPath", () => {
  test("takes array segments literally", () => {
    expect(toPath(["weird.name", 0, "x[1]"]).segments).toEqual(["weird.name", 0, "x[1]"]);
  });
  test("passes a path node through", () => {
    const node = parsePath("a");
    expect(toPath(node)).toBe(node);
  });
  test.each([[[]], [[0, "a"]], [["a", ""]], [["a", 1.5]], [["a", -1]]])("rejects %j", (segments) => {
    expect(() => toPath(segments as (string | number)[])).toThrow(ValidationError);
  });
});

test("formatPath quotes names that would not parse back", () => {
  expect(formatPath(["lines", 0, "qty"])).toBe("lines[0].qty");
  expect(formatPath(["a.b", 2])).toBe('"a.b"[2]');
});
