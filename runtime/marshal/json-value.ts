import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { convertToAttr, convertToNative, type NativeAttributeValue } from "@aws-sdk/util-dynamodb";
import { MARSHALL_OPTIONS, UNMARSHALL_OPTIONS } from "./generic.js";
import { tooDeep, wrongType } from "./failures.js";

/** How deeply a `json` attribute may nest (DynamoDB allows 32 levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * Marshals a free-form `json` attribute value, checking its depth first.
 *
 * @example
 * marshalJson({ a: [1, { b: true }] }, "meta") // { M: { a: { L: [...] } } }
 */
export function marshalJson(value: unknown, path: string): AttributeValue {
  checkDepth(value, path, 1);
  try {
    return convertToAttr(value as NativeAttributeValue, MARSHALL_OPTIONS);
  } catch {
    throw wrongType(path, "a JSON-like value", value);
  }
}

/**
 * Reads a `json` attribute back (numbers as JS numbers).
 *
 * @example
 * unmarshalJson({ L: [{ N: "1" }] }) // [1]
 */
export function unmarshalJson(value: AttributeValue | undefined): unknown {
  return value === undefined ? undefined : convertToNative(value, UNMARSHALL_OPTIONS);
}

// Also rejects functions, which convertToAttr would drop without a word.
function checkDepth(value: unknown, path: string, depth: number): void {
  if (typeof value === "function") throw wrongType(path, "a JSON-like value", value);
  if (value === null || typeof value !== "object") return;
  if (value instanceof Uint8Array) return;
  if (depth > MAX_JSON_DEPTH) throw tooDeep(path, MAX_JSON_DEPTH);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkDepth(value[i], path, depth + 1);
  } else if (!(value instanceof Set)) {
    for (const key in value) checkDepth((value as Record<string, unknown>)[key], path, depth + 1);
  }
}
