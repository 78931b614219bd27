import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall, type marshallOptions, type unmarshallOptions } from "@aws-sdk/util-dynamodb";
import { numberOutOfRange } from "./failures.js";
import { numberTextProblem } from "./number-text.js";

/** The options dynagen pins for untyped marshalling. */
export const MARSHALL_OPTIONS: marshallOptions = Object.freeze({
  removeUndefinedValues: true,
  convertClassInstanceToMap: false,
});

/** Numbers come back as JS numbers; precise attributes are read by generated code instead. */
export const UNMARSHALL_OPTIONS: unmarshallOptions = Object.freeze({ wrapNumbers: false });

/**
 * Marshals an item of unknown shape (for code without a generated entity). Numbers DynamoDB
 * cannot store (1e-200, a 39-digit bigint) throw `validation.number` naming the attribute.
 *
 * @example
 * marshallItem({ pk: "A#1", n: 1, gone: undefined }) // { pk: { S: "A#1" }, n: { N: "1" } }
 */
export function marshallItem(item: Record<string, unknown>): Record<string, AttributeValue> {
  const out = marshall(item, MARSHALL_OPTIONS);
  for (const name in out) checkNumbers(out[name] as AttributeValue, name);
  return out;
}

// On the marshalled form: util-dynamodb refuses NaN and unsafe integers but sends 1e-200 as is.
function checkNumbers(value: AttributeValue, name: string): void {
  if (value.N !== undefined) checkNumber(value.N, name);
  else if (value.NS !== undefined) for (const n of value.NS) checkNumber(n, name);
  else if (value.L !== undefined) for (const e of value.L) checkNumbers(e, name);
  else if (value.M !== undefined) for (const key in value.M) checkNumbers(value.M[key] as AttributeValue, name);
}

function checkNumber(text: string, name: string): void {
  const problem = numberTextProblem(text);
  if (problem !== undefined) throw numberOutOfRange(name, text, problem);
}

/**
 * Unmarshals an item of unknown shape.
 *
 * @example
 * unmarshallItem({ n: { N: "1" } }) // { n: 1 }
 */
export function unmarshallItem(raw: Record<string, AttributeValue>): Record<string, unknown> {
  return unmarshall(raw, UNMARSHALL_OPTIONS);
}
