import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { itemTooLarge } from "./failures.js";
import { numberSize } from "./number-text.js";

/** DynamoDB's item size limit: 400 KB, attribute names included. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * The size DynamoDB counts for a marshalled item: names plus values, per the service's rules
 * (numbers as one byte per two significant digits plus one, see numberSize).
 *
 * @example
 * itemSize({ pk: { S: "A#1" } }) // 5
 */
export function itemSize(item: Record<string, AttributeValue>): number {
  let size = 0;
  for (const name in item) {
    const value = item[name];
    if (value !== undefined) size += utf8Length(name) + attributeValueSize(value);
  }
  return size;
}

/**
 * Throws `validation.itemSize` when a marshalled item is over 400 KB; `entity` names it in the error.
 *
 * @example
 * checkItemSize(marshalled, "Customer")
 */
export function checkItemSize(item: Record<string, AttributeValue>, entity: string): void {
  const size = itemSize(item);
  if (size > MAX_ITEM_BYTES) throw itemTooLarge(entity, size, MAX_ITEM_BYTES);
}

/** The size of one attribute value (without its name). */
export function attributeValueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Length(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.B !== undefined) return value.B.byteLength;
  if (value.M !== undefined) {
    let size = 3;
    for (const name in value.M) {
      const child = value.M[name];
      if (child !== undefined) size += 1 + utf8Length(name) + attributeValueSize(child);
    }
    return size;
  }
  if (value.L !== undefined) {
    let size = 3;
    for (let i = 0; i < value.L.length; i++) size += 1 + attributeValueSize(value.L[i] as AttributeValue);
    return size;
  }
  if (value.SS !== undefined) {
    let size = 0;
    for (let i = 0; i < value.SS.length; i++) size += utf8Length(value.SS[i] as string);
    return size;
  }
  if (value.NS !== undefined) {
    let size = 0;
    for (let i = 0; i < value.NS.length; i++) size += numberSize(value.NS[i] as string);
    return size;
  }
  if (value.BS !== undefined) {
    let size = 0;
    for (let i = 0; i < value.BS.length; i++) size += (value.BS[i] as Uint8Array).byteLength;
    return size;
  }
  return 0;
}

/** UTF-8 byte length without allocating. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) i++, (bytes += 2);
    else bytes += 2;
  }
  return bytes;
}
