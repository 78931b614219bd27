import { emptyKey, keyOutOfRange, keySeparator, notInteger, wrongType, badNumber } from "./failures.js";

/**
 * Checks a string-like key slot value (string, enum, datetime) and returns it. `separator` is the
 * first character of the literal text after the slot, when there is one: a value holding it could
 * render the same key as other values (`{a}#{b}`: "x#y"+"z" and "x"+"y#z"), so it is rejected.
 *
 * @example
 * "ORDER#" + keyString(key.placedAt, "placedAt", "#") + "#" + keyString(key.orderId, "orderId")
 * // throws validation.emptyKey for "", validation.keySeparator for a placedAt holding "#"
 */
export function keyString(value: string, path: string, separator?: string): string {
  if (typeof value !== "string") throw wrongType(path, "a string", value);
  if (value.length === 0) throw emptyKey(path);
  if (separator !== undefined && value.includes(separator)) throw keySeparator(path, separator);
  return value;
}

const ZEROS = "00000000000000000000";

/**
 * Renders an integer key slot zero-padded to `width` digits, so keys sort as numbers.
 *
 * @example
 * keyInteger(42, "rank", 6) // "000042"; -1 or 1234567 throw validation.keyRange
 */
export function keyInteger(value: number, path: string, width: number): string {
  if (typeof value !== "number" || !Number.isFinite(value)) throw badNumber(path, value);
  if (!Number.isInteger(value)) throw notInteger(path, value);
  const digits = String(value);
  if (value < 0 || digits.length > width) throw keyOutOfRange(path, value, width);
  return digits.length === width ? digits : ZEROS.slice(0, width - digits.length) + digits;
}
