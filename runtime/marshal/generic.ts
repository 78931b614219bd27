import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall, type marshallOptions, type unmarshallOptions } from "@aws-sdk/util-dynamodb";

/** The options dynagen pins for untyped marshalling. */
export const MARSHALL_OPTIONS: marshallOptions = Object.freeze({
  removeUndefinedValues: true,
  convertClassInstanceToMap: false,
});

/** Numbers come back as JS numbers; precise attributes are read by generated code instead. */
export const UNMARSHALL_OPTIONS: unmarshallOptions = Object.freeze({ wrapNumbers: false });

/**
 * Marshals an item of unknown shape (for code without a generated entity).
 *
 * @example
 * marshallItem({ pk: "A#1", n: 1, gone: undefined }) // { pk: { S: "A#1" }, n: { N: "1" } }
 */
export function marshallItem(item: Record<string, unknown>): Record<string, AttributeValue> {
  return marshall(item, MARSHALL_OPTIONS);
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
