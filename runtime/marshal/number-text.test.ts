import { describe, expect, test } from "vitest";
import { numberInRange, numberSize, numberTextProblem } from "./number-text.js";

describe("numberSize", () => {
  test("counts significant digits, not characters: sign, point, exponent and outer zeros are free", () => {
    expect(numberSize("1e+21")).toBe(2);
    expect(numberSize("100000000000000000000")).toBe(2);
    expect(numberSize("-0.000001")).toBe(2);
    expect(numberSize("123.45")).toBe(4);
    expect(numberSize("1234")).toBe(3);
    expect(numberSize("-1.5E+3")).toBe(numberSize("1500"));
    expect(numberSize("9".repeat(38))).toBe(20);
    expect(numberSize("9.9999999999999999999999999999999999999E+125")).toBe(20);
  });

  test("zero counts as one digit, the larger reading of AWS's rule", () => {
    expect(numberSize("0")).toBe(2);
    expect(numberSize("-0.000")).toBe(2);
  });

  test("never below AWS's ceil(digits / 2) + 1, at most one byte above it", () => {
    for (const [text, digits] of [["1.5", 2], ["12.5", 3], ["0.0012", 2], ["10.01", 4], [".5", 1], ["5.", 1], ["7E-130", 1]] as const) {
      const rule = Math.ceil(digits / 2) + 1;
      expect(numberSize(text)).toBeGreaterThanOrEqual(rule);
      expect(numberSize(text)).toBeLessThanOrEqual(rule + 1);
    }
  });

  test("text that is not a number keeps the character count", () => {
    expect(numberSize("abcd")).toBe(3);
    expect(numberSize("1e")).toBe(2);
  });
});

describe("numberTextProblem", () => {
  // Each verdict checked against DynamoDB Local 3.3.0.
  test("accepts what DynamoDB stores", () => {
    for (const text of ["1" + "0".repeat(36) + "1", "1E-130", "9.9999999999999999999999999999999999999E+125", "1" + "0".repeat(41), "0.0000", "-0", "+1", ".5", "5.", "1.5E+3", "00012"]) {
      expect(numberTextProblem(text)).toBeUndefined();
    }
  });

  test("names why DynamoDB would refuse the rest", () => {
    expect(numberTextProblem("1" + "0".repeat(37) + "1")).toMatch(/39 significant digits/);
    expect(numberTextProblem("9.99999999999999999999999999999999999999E+125")).toMatch(/39 significant digits/);
    expect(numberTextProblem("1E+126")).toMatch(/above/);
    expect(numberTextProblem("1E-131")).toMatch(/below/);
    expect(numberTextProblem("-1E-200")).toMatch(/below/);
    for (const text of ["1e", "12a", "", " 1", ".", "-", "1e+"]) expect(numberTextProblem(text)).toMatch(/not a decimal/);
  });
});

describe("numberInRange", () => {
  test("agrees with numberTextProblem on String() of the doubles at the edges", () => {
    for (const value of [0, -0, 1, -1e-130, 1e-130, 9.999999999999998e125, -9.999999999999998e125, 9.999999999999999e125, 1e126, 1e-131, 5e-324, Number.MAX_VALUE]) {
      expect(numberInRange(value)).toBe(numberTextProblem(String(value)) === undefined);
    }
  });
});
