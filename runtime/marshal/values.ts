import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { NumberValueImpl as NumberValue } from "@aws-sdk/util-dynamodb";
import { badDatetime, badNumber, wrongType } from "./failures.js";

// ISO-8601 date and time with an offset or Z: what sorts correctly as text in keys.
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an ISO-8601 datetime string and returns it.
 *
 * @example
 * checkDatetime("2026-03-01T10:00:00.000Z", "placedAt") // returns the string
 */
export function checkDatetime(value: string, path: string): string {
  if (typeof value !== "string" || !DATETIME.test(value)) throw badDatetime(path, value);
  return value;
}

/**
 * The DynamoDB number text of a precise number (a `NumberValue`, as read back).
 *
 * @example
 * preciseNumber(new NumberValue("12345678901234567890.5"), "balance") // "12345678901234567890.5"
 */
export function preciseNumber(value: NumberValue, path: string): string {
  if (!(value instanceof NumberValue)) throw wrongType(path, "a NumberValue", value);
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
    out.push(String(e));
  }
  return out;
}

/**
 * The elements of a binary set, checked.
 *
 * @example
 * binarySetValues(new Set([new Uint8Array([1])]), "blobs") // [Uint8Array [1]]
 */
export function binarySetValues(value: Set<Uint8Array>, path: string): Uint8Array[] {
  if (!(value instanceof Set)) throw wrongType(path, "a Set of Uint8Array", value);
  const out: Uint8Array[] = [];
  for (const e of value) {
    if (!(e instanceof Uint8Array)) throw wrongType(path, "a Set of Uint8Array", e);
    out.push(e);
  }
  return out;
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
  if (ns) for (let i = 0; i < ns.length; i++) out.add(Number(ns[i]));
  return out;
}
