import { ValidationError } from "../errors/index.js";

// Builders for the ValidationErrors generated marshallers throw. They return the error so the
// generated code reads `throw wrongType(...)` and TypeScript sees the branch end.

/** A required attribute is missing (undefined or null). Code `validation.required`. */
export function required(path: string): ValidationError {
  return new ValidationError("required", path, "is required");
}

/** A value of the wrong JavaScript type. Code `validation.type`. */
export function wrongType(path: string, expected: string, value: unknown): ValidationError {
  return new ValidationError("type", path, `must be ${expected}, got ${describe(value)}`);
}

/**
 * A value that should be a finite number: wrong type (`validation.type`) or NaN/Infinity
 * (`validation.number`).
 *
 * @example
 * if (typeof v !== "number" || !Number.isFinite(v)) throw badNumber("points", v);
 */
export function badNumber(path: string, value: unknown): ValidationError {
  if (typeof value !== "number") return wrongType(path, "a number", value);
  return new ValidationError("number", path, `must be a finite number, got ${value}`);
}

/**
 * A number DynamoDB cannot store (over 38 significant digits, or magnitude outside 1E-130 to
 * 9.99…E+125). Code `validation.number`, like NaN and Infinity.
 *
 * @example
 * throw numberOutOfRange("reading", 1e300)
 */
export function numberOutOfRange(path: string, value: unknown, why = "is outside DynamoDB's number range (1E-130 to 9.9999999999999999999999999999999999999E+125)"): ValidationError {
  return new ValidationError("number", path, `${why}, got ${describe(value)}`);
}

/** Code `validation.integer`. */
export function notInteger(path: string, value: number): ValidationError {
  return new ValidationError("integer", path, `must be an integer, got ${value}`);
}

/** Code `validation.enum`. */
export function notInEnum(path: string, value: unknown, values: readonly string[]): ValidationError {
  return new ValidationError("enum", path, `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(value)}`);
}

/** Code `validation.min`. */
export function belowMin(path: string, value: number, min: number): ValidationError {
  return new ValidationError("min", path, `must be at least ${min}, got ${value}`);
}

/** Code `validation.max`. */
export function aboveMax(path: string, value: number, max: number): ValidationError {
  return new ValidationError("max", path, `must be at most ${max}, got ${value}`);
}

/** Code `validation.minLength` (string characters, binary bytes, list or set elements). */
export function tooShort(path: string, length: number, min: number): ValidationError {
  return new ValidationError("minLength", path, `must have length at least ${min}, got ${length}`);
}

/** Code `validation.maxLength`. */
export function tooLong(path: string, length: number, max: number): ValidationError {
  return new ValidationError("maxLength", path, `must have length at most ${max}, got ${length}`);
}

/** Code `validation.pattern`. */
export function patternMismatch(path: string, pattern: RegExp): ValidationError {
  return new ValidationError("pattern", path, `must match ${pattern}`);
}

/** Code `validation.datetime`. */
export function badDatetime(path: string, value: unknown): ValidationError {
  if (typeof value !== "string") return wrongType(path, "an ISO-8601 datetime string", value);
  return new ValidationError("datetime", path, `must be an ISO-8601 datetime, got ${JSON.stringify(value)}`);
}

/** A required set with no elements (DynamoDB cannot store an empty set). Code `validation.emptySet`. */
export function emptySet(path: string): ValidationError {
  return new ValidationError("emptySet", path, "must not be an empty set");
}

/** Code `validation.keySeparator`: a key slot value holding the text that separates it from the next slot. */
export function keySeparator(path: string, separator: string): ValidationError {
  return new ValidationError("keySeparator", path, `must not contain ${JSON.stringify(separator)}: it separates this slot from the rest of the key`);
}

/** Code `validation.emptyKey`: a key slot value that is an empty string. */
export function emptyKey(path: string): ValidationError {
  return new ValidationError("emptyKey", path, "must not be empty: it is part of a key");
}

/** Code `validation.keyRange`: an integer key slot that is negative or wider than its width. */
export function keyOutOfRange(path: string, value: number, width: number): ValidationError {
  return new ValidationError("keyRange", path, `must be an integer from 0 to ${"9".repeat(width)} (key width ${width}), got ${value}`);
}

/** Code `validation.depth`: a json value nested too deeply. */
export function tooDeep(path: string, maxDepth: number): ValidationError {
  return new ValidationError("depth", path, `is nested deeper than ${maxDepth} levels`);
}

/** Code `validation.itemSize`: the marshalled item exceeds DynamoDB's 400 KB limit. */
export function itemTooLarge(path: string, size: number, max: number): ValidationError {
  return new ValidationError("itemSize", path, `item is ${size} bytes, over the ${max}-byte limit`);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "a Uint8Array";
  if (value instanceof Set) return "a Set";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return typeof value;
}
