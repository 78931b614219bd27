import { describe, expect, test } from "vitest";
import { DATETIME_PATTERN, binarySetValues, readNumber, readNumberSet } from "./values.js";

/** A small deterministic generator (mulberry32), so a failure names a reproducible input. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inputs `Number` and `readNumber` are compared on: DynamoDB's number text and what is near it. */
function candidates(count: number): string[] {
  const random = randomSource(20260301);
  const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)]!;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const shape = n % 4;
    if (shape === 0) {
      // Plain decimals of 1 to 20 digits, any dot position, sometimes negative.
      const digits = 1 + Math.floor(random() * 20);
      let text = "";
      for (let i = 0; i < digits; i++) text += pick("0123456789");
      const dot = Math.floor(random() * (digits + 2)) - 1;
      if (dot >= 0 && dot <= digits) text = text.slice(0, dot) + "." + text.slice(dot);
      out.push(random() < 0.3 ? `-${text}` : text);
    } else if (shape === 1) {
      // What String(number) writes for doubles across the whole range, exponents included.
      const value = (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
      out.push(String(value), String(Math.round(value * 100) / 100));
    } else {
      // Strings near the grammar: signs, exponents, spaces, several dots, hex, empty.
      const length = Math.floor(random() * 8);
      let text = "";
      for (let i = 0; i < length; i++) text += pick("0123456789.-+eE x");
      out.push(text);
    }
  }
  return out;
}

describe("readNumber", () => {
  test("gives the same double as Number for DynamoDB's number text and anything near it", () => {
    const fixed = ["0", "-0", "0.0", "-0.0", "125.5", "-125.5", "0.1", "0.3", "1.005", "9007199254740991", "9007199254740993",
      "123456789012345", "1234567890123456", "999999999999999.9", "0.000000000000001", "1e3", "1E-7", "-1e+21", ".5", "5.", "-.5",
      "-", ".", "", " 1", "1 ", "+1", "0x1A", "Infinity", "-Infinity", "NaN", "1.2.3", "--1", "00012", "0012.50"];
    for (const text of [...fixed, ...candidates(200_000)]) {
      const expected = Number(text);
      const got = readNumber(text);
      if (!Object.is(got, expected)) expect({ text, got }).toEqual({ text, got: expected });
    }
  });

  test("undefined reads as NaN, as Number(undefined) does", () => {
    expect(readNumber(undefined)).toBeNaN();
  });

  test("number sets read through it", () => {
    expect(readNumberSet({ NS: ["1", "-2.5", "3e2"] })).toEqual(new Set([1, -2.5, 300]));
  });
});

describe("DATETIME_PATTERN", () => {
  // The pattern as first written, with capturing groups: the one in use must accept the same strings.
  const original = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

  function datetimeLike(random: () => number): string {
    const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)]!;
    const digits = (count: number) => Array.from({ length: count }, () => pick("0123456789")).join("");
    let text = `${digits(4)}-${digits(2)}-${digits(2)}T${digits(2)}:${digits(2)}`;
    if (random() < 0.7) text += `:${digits(2)}`;
    if (random() < 0.5) text += `.${digits(Math.floor(random() * 12))}`;
    text += random() < 0.5 ? "Z" : `${pick("+-")}${digits(2)}:${digits(2)}`;
    // Most strings get one random edit: a character replaced, dropped or added.
    const edits = Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * (text.length + 1));
      const c = pick("0123456789-T:.Z+z \n#x");
      const kind = random();
      text = kind < 0.4 ? text.slice(0, at) + c + text.slice(at + 1) : kind < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + c + text.slice(at);
    }
    return text;
  }

  test("accepts exactly what the capturing pattern accepts", () => {
    const random = randomSource(20260302);
    let accepted = 0;
    for (let n = 0; n < 100_000; n++) {
      const text = datetimeLike(random);
      const expected = original.test(text);
      if (DATETIME_PATTERN.test(text) !== expected) expect({ text, accepted: !expected }).toEqual({ text, accepted: expected });
      if (expected) accepted++;
    }
    // Both kinds of input were tried in numbers.
    expect(accepted).toBeGreaterThan(10_000);
    expect(accepted).toBeLessThan(90_000);
  });
});

describe("binarySetValues", () => {
  // A JS Set compares identity; DynamoDB refuses "Input collection of type BS contains duplicates".
  test("keeps each byte content once, small sets and large", () => {
    const one = new Uint8Array([1, 2]);
    expect(binarySetValues(new Set([one, new Uint8Array([1, 2]), new Uint8Array([1]), new Uint8Array([2, 1])]), "b")).toEqual([one, new Uint8Array([1]), new Uint8Array([2, 1])]);
    const many = new Set<Uint8Array>();
    for (let i = 0; i < 40; i++) many.add(new Uint8Array([i % 20, 7]));
    const out = binarySetValues(many, "b");
    expect(out.map((b) => b[0])).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(binarySetValues(new Set([new Uint8Array(0), new Uint8Array(0)]), "b")).toHaveLength(1);
  });
});
