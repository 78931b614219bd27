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
  try {
    return convertToAttr(value, OPTIONS);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ValidationError("value", "", `cannot encode value as a DynamoDB attribute: ${why}`, { cause: error });
  }
}
