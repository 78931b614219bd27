import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { ValidationError } from "../errors/index.js";
import { canonicalNumber } from "../marshal/number-text.js";

/** A table the batch functions write to or read from: its name and its key attribute names. */
export interface BatchTarget {
  readonly tableName: string;
  /** Partition key name, then sort key name when the table has one. */
  readonly keyAttributes: readonly string[];
}

/**
 * The identity of an item within its table: the JSON array of its key values in key order
 * (binary as base64, numbers as DynamoDB writes them: `1.0` and `1e0` as `1`), e.g.
 * `["CUSTOMER#c1","PROFILE"]`. Results of `batchGet` are keyed by it.
 *
 * @example
 * itemKeyString({ pk: { S: "CUSTOMER#c1" }, sk: { S: "PROFILE" }, name: { S: "Ann" } }, ["pk", "sk"]); // '["CUSTOMER#c1","PROFILE"]'
 */
export function itemKeyString(item: Record<string, AttributeValue>, keyAttributes: readonly string[]): string {
  return JSON.stringify(keyAttributes.map((name) => {
    const value = item[name];
    if (value?.S !== undefined) return value.S;
    if (value?.N !== undefined) return canonicalNumber(value.N);
    if (value?.B !== undefined) return Buffer.from(value.B).toString("base64");
    throw new ValidationError("missingKey", name, "key attribute missing or not a string, number or binary");
  }));
}

/**
 * Only the key attributes of an item.
 *
 * @example
 * pickKey({ pk: { S: "a" }, sk: { S: "b" }, name: { S: "Ann" } }, ["pk", "sk"]); // { pk: { S: "a" }, sk: { S: "b" } }
 */
export function pickKey(item: Record<string, AttributeValue>, keyAttributes: readonly string[]): Record<string, AttributeValue> {
  const key: Record<string, AttributeValue> = {};
  for (const name of keyAttributes) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}
