import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { convertToAttr } from "@aws-sdk/util-dynamodb";
import { ValidationError } from "../errors/index.js";

const OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/**
 * The encoder used when neither the value nor the request brings one: the SDK's `convertToAttr`
 * with dynagen's pinned options. Values it cannot encode are a `validation.value` error.
 *
 * @example
 * encodeValue(new Set(["a"])) // { SS: ["a"] }
 */
export function encodeValue(value: unknown): AttributeValue {
  // The common cases, answered as convertToAttr would without walking its list of type checks.
  if (typeof value === "string") return { S: value };
  if (typeof value === "boolean") return { BOOL: value };
  try {
    return convertToAttr(value, OPTIONS);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ValidationError("value", "", `cannot encode value as a DynamoDB attribute: ${why}`, { cause: error });
  }
}
