import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { NumberValueImpl as NumberValue } from "@aws-sdk/util-dynamodb";
import { badDatetime, badNumber, numberOutOfRange, wrongType } from "./failures.js";
import { numberInRange, numberTextProblem } from "./number-text.js";

/**
 * ISO-8601 date and time with an offset or Z: what sorts correctly as text in keys. Generated
 * marshallers test it in place (`DATETIME_PATTERN.test(v)`), which V8 runs faster than a call;
 * its groups do not capture, which saves V8 recording them on every test.
 */
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an ISO-8601 datetime string and returns it.
 *
 * @example
 * checkDatetime("2026-03-01T10:00:00.000Z", "placedAt") // returns the string
 */
export function checkDatetime(value: string, path: string): string {
  if (typeof value !== "string" || !DATETIME_PATTERN.test(value)) throw badDatetime(path, value);
  return value;
}

/**
 * The DynamoDB number text of a precise number (a `NumberValue`, as read back), checked against
 * DynamoDB's 38 digits and range.
 *
 * @example
 * preciseNumber(new NumberValue("12345678901234567890.5"), "balance") // "12345678901234567890.5"
 */
export function preciseNumber(value: NumberValue, path: string): string {
  if (!(value instanceof NumberValue)) throw wrongType(path, "a NumberValue", value);
  const problem = numberTextProblem(value.value);
  if (problem !== undefined) throw numberOutOfRange(path, value.value, problem);
  return value.value;
}

/**
 * The elements of a string set, checked (an empty set gives an empty array: the caller decides).
 *
 * @example
 * const ss = stringSetValues(item.tags, "tags"); if (ss.length > 0) out.tags = { SS: ss };
 */
export function stringSetValues(value: Set<string>, path: string): string[] {
  if (!(value instanceof Set)) throw wrongType(path, "a Set of strings", value);
  const out: string[] = [];
  for (const e of value) {
    if (typeof e !== "string") throw wrongType(path, "a Set of strings", e);
    out.push(e);
  }
  return out;
}

/**
 * The elements of a number set as DynamoDB number text, checked.
 *
 * @example
 * numberSetValues(new Set([1, 2]), "sizes") // ["1", "2"]
 */
export function numberSetValues(value: Set<number>, path: string): string[] {
  if (!(value instanceof Set)) throw wrongType(path, "a Set of numbers", value);
  const out: string[] = [];
  for (const e of value) {
    if (typeof e !== "number" || !Number.isFinite(e)) throw badNumber(path, e);
    if (!numberInRange(e)) throw numberOutOfRange(path, e);
    out.push(String(e));
  }
  return out;
}

/**
 * The elements of a binary set, checked, each content once: a JS Set keeps equal arrays apart
 * (it compares identity) and DynamoDB refuses a BS with duplicates.
 *
 * @example
 * binarySetValues(new Set([new Uint8Array([1]), new Uint8Array([1])]), "blobs") // [Uint8Array [1]]
 */
export function binarySetValues(value: Set<Uint8Array>, path: string): Uint8Array[] {
  if (!(value instanceof Set)) throw wrongType(path, "a Set of Uint8Array", value);
  const out: Uint8Array[] = [];
  // Small sets compare against every kept element; large ones only within a hash bucket.
  const buckets = value.size > 8 ? new Map<number, Uint8Array[]>() : undefined;
  for (const e of value) {
    if (!(e instanceof Uint8Array)) throw wrongType(path, "a Set of Uint8Array", e);
    if (buckets === undefined) {
      if (!containsBytes(out, e)) out.push(e);
      continue;
    }
    const hash = hashBytes(e);
    const bucket = buckets.get(hash);
    if (bucket === undefined) buckets.set(hash, [e]);
    else if (!containsBytes(bucket, e)) bucket.push(e);
    else continue;
    out.push(e);
  }
  return out;
}

function containsBytes(list: readonly Uint8Array[], bytes: Uint8Array): boolean {
  search: for (let i = 0; i < list.length; i++) {
    const other = list[i] as Uint8Array;
    if (other.byteLength !== bytes.byteLength) continue;
    for (let j = 0; j < bytes.byteLength; j++) if (other[j] !== bytes[j]) continue search;
    return true;
  }
  return false;
}

// FNV-1a over the bytes: equal contents share a bucket, different ones rarely do.
function hashBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.byteLength; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash;
}

// 10^0 to 10^15, each exactly representable as a double.
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `Number(text)`, about three times faster for the decimals DynamoDB returns (`"-125.5"`).
 * A plain decimal of at most 15 digits is its digits as an integer (exact below 2^53) divided by
 * a power of ten (exact too), and one IEEE division rounds correctly: the same double `Number`
 * gives. Anything else (exponents, more digits, signs other than a leading minus, undefined)
 * goes to `Number` itself.
 *
 * @example
 * readNumber("125.5") // 125.5; readNumber("1e3") // 1000, through Number
 */
export function readNumber(text: string | undefined): number {
  if (typeof text !== "string") return Number(text);
  const length = text.length;
  if (length === 0 || length > 17) return Number(text);
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let dot = -1;
  // Reads stay inside the string: an out-of-range charCodeAt would leave V8's fast path.
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = digits * 10 + (c - 48);
    else if (c === 46 && dot < 0) dot = i;
    else return Number(text);
  }
  const count = length - start - (dot < 0 ? 0 : 1);
  if (count === 0 || count > 15 || dot === start || dot === length - 1) return Number(text);
  const value = dot < 0 ? digits : digits / (POWERS_OF_TEN[length - dot - 1] as number);
  return start === 0 ? value : -value;
}

/**
 * Reads a number set back as JS numbers.
 *
 * @example
 * readNumberSet({ NS: ["1", "2"] }) // Set {1, 2}
 */
export function readNumberSet(value: AttributeValue | undefined): Set<number> {
  const out = new Set<number>();
  const ns = value?.NS;
  if (ns) for (let i = 0; i < ns.length; i++) out.add(readNumber(ns[i]));
  return out;
}
