import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { convertToAttr, convertToNative, NumberValueImpl as NumberValue, type NativeAttributeValue } from "@aws-sdk/util-dynamodb";
import { MARSHALL_OPTIONS, UNMARSHALL_OPTIONS } from "./generic.js";
import { badNumber, numberOutOfRange, tooDeep, wrongType } from "./failures.js";
import { numberInRange, numberTextProblem } from "./number-text.js";

/**
 * How many lists and maps may nest in one attribute value, the attribute's own included: DynamoDB
 * Local 3.3.0 stores 31 and refuses 32, even empty ones; sets and scalars add no level.
 */
export const MAX_JSON_DEPTH = 31;

/**
 * Marshals a free-form `json` attribute value, checking its depth and numbers first. `enclosing`
 * counts the lists and maps around the value inside its attribute (1 for a member of a map attribute).
 *
 * @example
 * marshalJson({ a: [1, { b: true }] }, "meta") // { M: { a: { L: [...] } } }
 */
export function marshalJson(value: unknown, path: string, enclosing = 0): AttributeValue {
  checkValue(value, path, enclosing + 1);
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

// Also rejects functions, which convertToAttr would drop without a word, and numbers DynamoDB
// refuses, which it would send. Sets and binary add no nesting level.
function checkValue(value: unknown, path: string, depth: number): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw badNumber(path, value);
    if (!numberInRange(value)) throw numberOutOfRange(path, value);
    return;
  }
  if (typeof value === "bigint") return checkNumberText(String(value), path);
  if (typeof value === "function") throw wrongType(path, "a JSON-like value", value);
  if (value === null || typeof value !== "object" || value instanceof Uint8Array) return;
  if (value instanceof NumberValue) return checkNumberText(value.value, path);
  if (value instanceof Set) {
    for (const e of value) checkValue(e, path, depth);
    return;
  }
  if (depth > MAX_JSON_DEPTH) throw tooDeep(path, MAX_JSON_DEPTH);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkValue(value[i], path, depth + 1);
  } else {
    for (const key in value) checkValue((value as Record<string, unknown>)[key], path, depth + 1);
  }
}

function checkNumberText(text: string, path: string): void {
  const problem = numberTextProblem(text);
  if (problem !== undefined) throw numberOutOfRange(path, text, problem);
}
